"""The legend strip under an exported map picture: safety styles, badges and lines.

It draws with the canvas theme's own pens and brushes, so the legend shows exactly the outline
styles, badge colours and line styles of the map above it. Each group (a bold heading and its
samples) starts a new row; samples flow left to right and wrap, so the legend fits under a
narrow map as well as a wide one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPen, QPolygonF

from supportmap.core.vocabulary import HELP_TYPES, HelpType, Safety
from supportmap.gui.canvas.theme import CanvasTheme, badge_glyph
from supportmap.gui.texts import charts as strings
from supportmap.gui.texts import text

LEGEND_BASE_WIDTH = 900.0
"""Map width (scene units) at which the legend has its natural size; wider maps scale it up."""

PADDING = 16.0
ROW_HEIGHT = 28.0
NODE_RADIUS = 9.0
BADGE_RADIUS = 7.0
CROSS_RADIUS = 4.5
LINE_LENGTH = 34.0
GLOW_WIDTH = 9.0
SYMBOL_GAP = 7.0
ENTRY_GAP = 20.0
TEXT_PIXELS = 12.0

LINE_SAMPLES = ("receive", "give", "one_sided", "tie", "conflict")
_LINE_LABELS = {
    "receive": strings.LEGEND_RECEIVE,
    "give": strings.LEGEND_GIVE,
    "one_sided": strings.LEGEND_ONE_SIDED,
    "tie": strings.LEGEND_TIE,
    "conflict": strings.LEGEND_CONFLICT,
}


@dataclass(frozen=True)
class _Entry:
    """One thing the legend draws at a place: a heading or a sample with its label."""

    kind: str  # "heading", "safety", "badge" or "line"
    text: str
    at: QPointF
    safety: Safety | None = None
    help_type: HelpType | None = None
    line: str | None = None


class Legend:
    """A laid-out legend strip; ``height`` is known before painting, to size the picture."""

    def __init__(self, theme: CanvasTheme, width: float, scale: float = 1.0) -> None:
        self.theme = theme
        self.scale = scale
        self.width = width
        self.font = QFont(QGuiApplication.font())
        self.font.setPixelSize(max(1, round(TEXT_PIXELS * scale)))
        self.heading_font = QFont(self.font)
        self.heading_font.setBold(True)
        self.badge_font = QFont(self.font)
        self.badge_font.setBold(True)
        self.badge_font.setPixelSize(max(1, round(9 * scale)))
        self._entries: list[_Entry] = []
        self.height = self._lay_out()

    def _groups(self) -> list[tuple[str, list[_Entry]]]:
        origin = QPointF()
        return [
            (
                text(strings.LEGEND_SAFETY),
                [_Entry("safety", s.label, origin, safety=s) for s in Safety],
            ),
            (
                text(strings.LEGEND_HELP),
                [_Entry("badge", t.label, origin, help_type=t) for t in HELP_TYPES],
            ),
            (
                text(strings.LEGEND_LINES),
                [_Entry("line", text(_LINE_LABELS[k]), origin, line=k) for k in LINE_SAMPLES],
            ),
        ]

    def _symbol_width(self, entry: _Entry) -> float:
        return (LINE_LENGTH if entry.kind == "line" else 2 * NODE_RADIUS) * self.scale

    def _lay_out(self) -> float:
        s = self.scale
        metrics = QFontMetricsF(self.font)
        heading_metrics = QFontMetricsF(self.heading_font)
        groups = self._groups()
        column = max(heading_metrics.horizontalAdvance(h) for h, _ in groups) + ENTRY_GAP * s
        left, right = PADDING * s, self.width - PADDING * s
        y = PADDING * s + ROW_HEIGHT * s / 2
        for index, (heading, samples) in enumerate(groups):
            if index:
                y += ROW_HEIGHT * s
            self._entries.append(_Entry("heading", heading, QPointF(left, y)))
            x = left + column
            for sample in samples:
                symbol = self._symbol_width(sample)
                entry_width = symbol + SYMBOL_GAP * s + metrics.horizontalAdvance(sample.text)
                if x + entry_width > right and x > left + column + 1:
                    y += ROW_HEIGHT * s
                    x = left + column
                self._entries.append(
                    _Entry(
                        sample.kind,
                        sample.text,
                        QPointF(x, y),
                        sample.safety,
                        sample.help_type,
                        sample.line,
                    )
                )
                x += entry_width + ENTRY_GAP * s
        return y + ROW_HEIGHT * s / 2 + PADDING * s

    def paint(self, painter: QPainter) -> None:
        """Draw the legend with its top-left corner at the painter's origin."""
        painter.save()
        margin = PADDING * self.scale
        painter.setPen(QPen(self.theme.muted_text, 0.8 * self.scale))
        painter.drawLine(QPointF(margin, 0.5), QPointF(self.width - margin, 0.5))
        for entry in self._entries:
            if entry.kind == "heading":
                painter.setFont(self.heading_font)
                painter.setPen(self.theme.text)
                self._text(painter, entry.at, entry.text)
                continue
            if entry.safety is not None:
                self._safety_sample(painter, entry.at, entry.safety)
            elif entry.help_type is not None:
                self._badge_sample(painter, entry.at, entry.help_type)
            elif entry.line is not None:
                self._line_sample(painter, entry.at, entry.line)
            painter.setFont(self.font)
            painter.setPen(self.theme.text)
            gap = self._symbol_width(entry) + SYMBOL_GAP * self.scale
            self._text(painter, entry.at + QPointF(gap, 0), entry.text)
        painter.restore()

    def _text(self, painter: QPainter, left_middle: QPointF, text: str) -> None:
        height = ROW_HEIGHT * self.scale
        rect = QRectF(left_middle.x(), left_middle.y() - height / 2, 10_000, height)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _safety_sample(self, painter: QPainter, at: QPointF, safety: Safety) -> None:
        s = self.scale
        style = self.theme.safety[safety]
        centre = at + QPointF(NODE_RADIUS * s, 0)
        outline = QPen(style.outline)
        outline.setWidthF(outline.widthF() * s)
        painter.setPen(outline)
        painter.setBrush(style.fill)
        painter.drawEllipse(centre, NODE_RADIUS * s, NODE_RADIUS * s)
        if style.double:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, (NODE_RADIUS - 3.2) * s, (NODE_RADIUS - 3.2) * s)
        if style.cross:
            # As on the canvas: a small disc with a ✕ on the lower-left rim.
            spot = centre + QPointF(-NODE_RADIUS * 0.75 * s, NODE_RADIUS * 0.75 * s)
            radius = CROSS_RADIUS * s
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.colour)
            painter.drawEllipse(spot, radius, radius)
            cross = QPen(self.theme.badge_cross_pen)
            cross.setWidthF(cross.widthF() * s * 0.8)
            painter.setPen(cross)
            arm = radius * 0.45
            painter.drawLine(spot + QPointF(-arm, -arm), spot + QPointF(arm, arm))
            painter.drawLine(spot + QPointF(-arm, arm), spot + QPointF(arm, -arm))

    def _badge_sample(self, painter: QPainter, at: QPointF, help_type: HelpType) -> None:
        s = self.scale
        centre = at + QPointF(NODE_RADIUS * s, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.badge_brushes[help_type])
        painter.drawEllipse(centre, BADGE_RADIUS * s, BADGE_RADIUS * s)
        painter.setPen(self.theme.badge_text[help_type])
        painter.setFont(self.badge_font)
        size = 2 * BADGE_RADIUS * s
        box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge_glyph(help_type))

    def _line_sample(self, painter: QPainter, at: QPointF, kind: str) -> None:
        """A short line drawn like the canvas's flow lines (from me) or ties (between people)."""
        s = self.scale
        start, stop = at, at + QPointF(LINE_LENGTH * s, 0)
        theme = self.theme
        if kind in ("tie", "conflict"):
            pen = QPen(theme.conflict_pen if kind == "conflict" else theme.tie_pen)
            pen.setWidthF(pen.widthF() * s)
            painter.setPen(pen)
            painter.drawLine(start, stop)
            return
        if kind == "one_sided":
            # Keep the glow's rounded ends inside the sample, clear of the label.
            inset = QPointF(GLOW_WIDTH / 2 * s, 0)
            start, stop = start + inset, stop - inset
            glow = QPen(theme.one_sided_glow, GLOW_WIDTH * s)
            glow.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(glow)
            painter.drawLine(start, stop)
        painter.setPen(QPen(theme.flow_colour, 2.2 * s))
        painter.drawLine(start, stop)
        tip, direction = (start, -1.0) if kind == "receive" else (stop, 1.0)
        size = 7.0 * s
        back = tip - QPointF(direction * size, 0)
        spread = size * math.tan(math.radians(28))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.flow_colour)
        painter.drawPolygon(QPolygonF([tip, back + QPointF(0, spread), back - QPointF(0, spread)]))

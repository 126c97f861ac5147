"""The legend strip under an exported map picture: safety styles and help-type badges.

It draws with the canvas theme's own pens and brushes, so the legend shows exactly the outline
styles and badge colours of the nodes above it. Entries flow left to right and wrap, so the
legend fits under a narrow map as well as a wide one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPen

from supportmap.core.vocabulary import HELP_TYPES, HelpType, Safety
from supportmap.gui import strings_charts as strings
from supportmap.gui.canvas.theme import BADGE_GLYPHS, CanvasTheme

LEGEND_BASE_WIDTH = 900.0
"""Map width (scene units) at which the legend has its natural size; wider maps scale it up."""

PADDING = 16.0
ROW_HEIGHT = 30.0
NODE_RADIUS = 9.0
BADGE_RADIUS = 7.0
CROSS_RADIUS = 4.5
SYMBOL_GAP = 7.0
ENTRY_GAP = 20.0
TEXT_PIXELS = 12.0


@dataclass(frozen=True)
class _Entry:
    """One thing the legend draws at a place: a heading, a safety sample or a badge sample."""

    kind: str
    text: str
    at: QPointF
    safety: Safety | None = None
    help_type: HelpType | None = None


class Legend:
    """A laid-out legend strip; ``height`` is known before painting, to size the picture."""

    def __init__(self, theme: CanvasTheme, width: float, scale: float = 1.0) -> None:
        self.theme = theme
        self.scale = scale
        self.font = QFont(QGuiApplication.font())
        self.font.setPixelSize(max(1, round(TEXT_PIXELS * scale)))
        self.heading_font = QFont(self.font)
        self.heading_font.setBold(True)
        self.badge_font = QFont(self.font)
        self.badge_font.setBold(True)
        self.badge_font.setPixelSize(max(1, round(9 * scale)))
        self._entries: list[_Entry] = []
        self.width = width
        self.height = self._lay_out(width)

    def _lay_out(self, width: float) -> float:
        s = self.scale
        metrics = QFontMetricsF(self.font)
        heading_metrics = QFontMetricsF(self.heading_font)
        right = width - PADDING * s
        y = PADDING * s + ROW_HEIGHT * s / 2
        groups: list[tuple[str, list[tuple[str, Safety | None, HelpType | None]]]] = [
            (
                strings.tr(strings.LEGEND_SAFETY),
                [("safety", safety, None) for safety in Safety],
            ),
            (
                strings.tr(strings.LEGEND_HELP),
                [("badge", None, help_type) for help_type in HELP_TYPES],
            ),
        ]
        for index, (heading, samples) in enumerate(groups):
            if index:
                y += ROW_HEIGHT * s
            x = PADDING * s
            self._entries.append(_Entry("heading", heading, QPointF(x, y)))
            x += heading_metrics.horizontalAdvance(heading) + ENTRY_GAP * s
            for kind, safety, help_type in samples:
                label = safety.label if safety is not None else help_type.label  # type: ignore[union-attr]
                entry_width = (
                    2 * NODE_RADIUS * s + SYMBOL_GAP * s + metrics.horizontalAdvance(label)
                )
                if x + entry_width > right and x > PADDING * s + 1:
                    y += ROW_HEIGHT * s
                    x = PADDING * s + 2 * ENTRY_GAP * s
                self._entries.append(_Entry(kind, label, QPointF(x, y), safety, help_type))
                x += entry_width + ENTRY_GAP * s
        return y + ROW_HEIGHT * s / 2 + PADDING * s

    def paint(self, painter: QPainter) -> None:
        """Draw the legend with its top-left corner at the painter's origin."""
        painter.save()
        rule = QPen(self.theme.muted_text, 0.8 * self.scale)
        painter.setPen(rule)
        margin = PADDING * self.scale
        painter.drawLine(QPointF(margin, 0.5), QPointF(self.width - margin, 0.5))
        for entry in self._entries:
            if entry.kind == "heading":
                painter.setFont(self.heading_font)
                painter.setPen(self.theme.text)
                self._text(painter, entry.at, entry.text)
            elif entry.safety is not None:
                self._safety_sample(painter, entry)
            elif entry.help_type is not None:
                self._badge_sample(painter, entry)
        painter.restore()

    def _text(self, painter: QPainter, left_middle: QPointF, text: str) -> None:
        rect = QRectF(
            left_middle.x(),
            left_middle.y() - ROW_HEIGHT * self.scale / 2,
            10_000,
            ROW_HEIGHT * self.scale,
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _safety_sample(self, painter: QPainter, entry: _Entry) -> None:
        s = self.scale
        style = self.theme.safety[entry.safety]  # type: ignore[index]
        centre = entry.at + QPointF(NODE_RADIUS * s, 0)
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
            at = centre + QPointF(-NODE_RADIUS * 0.75 * s, NODE_RADIUS * 0.75 * s)
            radius = CROSS_RADIUS * s
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.colour)
            painter.drawEllipse(at, radius, radius)
            cross = QPen(self.theme.badge_cross_pen)
            cross.setWidthF(cross.widthF() * s * 0.8)
            painter.setPen(cross)
            arm = radius * 0.45
            painter.drawLine(at + QPointF(-arm, -arm), at + QPointF(arm, arm))
            painter.drawLine(at + QPointF(-arm, arm), at + QPointF(arm, -arm))
        painter.setFont(self.font)
        painter.setPen(self.theme.text)
        self._text(painter, entry.at + QPointF((2 * NODE_RADIUS + SYMBOL_GAP) * s, 0), entry.text)

    def _badge_sample(self, painter: QPainter, entry: _Entry) -> None:
        s = self.scale
        help_type = entry.help_type
        assert help_type is not None
        centre = entry.at + QPointF(NODE_RADIUS * s, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.badge_brushes[help_type])
        painter.drawEllipse(centre, BADGE_RADIUS * s, BADGE_RADIUS * s)
        painter.setPen(self.theme.badge_text)
        painter.setFont(self.badge_font)
        box = QRectF(
            centre.x() - BADGE_RADIUS * s,
            centre.y() - BADGE_RADIUS * s,
            2 * BADGE_RADIUS * s,
            2 * BADGE_RADIUS * s,
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, BADGE_GLYPHS[help_type])
        painter.setFont(self.font)
        painter.setPen(self.theme.text)
        self._text(painter, entry.at + QPointF((2 * NODE_RADIUS + SYMBOL_GAP) * s, 0), entry.text)

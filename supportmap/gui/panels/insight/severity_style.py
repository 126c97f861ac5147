"""How each finding severity looks: a shape, a colour and a glyph, drawn with QPainter.

The colours are blues, purples and greys on purpose: the canvas already uses the Okabe–Ito
safety colours (green, orange, pink, vermilion, grey #999999) for how safe a person feels, and a
finding must never look like a verdict on a person's safety. Each severity also has its own
shape, so it never depends on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF


class Shape(Enum):
    DIAMOND = "diamond"
    CIRCLE = "circle"
    SQUARE = "square"
    RING = "ring"


@dataclass(frozen=True)
class SeverityStyle:
    """Colour (light and dark scheme), shape and glyph of one severity."""

    light: str
    dark: str
    shape: Shape
    glyph: str

    def colour(self, dark: bool) -> QColor:
        return QColor(self.dark if dark else self.light)


SEVERITY_STYLES: dict[str, SeverityStyle] = {
    "alert": SeverityStyle("#5B2C9F", "#B49AE8", Shape.DIAMOND, "!"),
    "warning": SeverityStyle("#1F5AA6", "#8DB8F0", Shape.CIRCLE, "!"),
    "notice": SeverityStyle("#3F6E8C", "#9CC3DB", Shape.SQUARE, "•"),
    "info": SeverityStyle("#5F6B7A", "#AEB8C4", Shape.RING, "i"),
}
"""Keyed by severity value (``Severity.ALERT.value`` …), alert first."""

SEVERITY_ORDER: tuple[str, ...] = ("alert", "warning", "notice", "info")

FORBIDDEN_COLOURS = frozenset({"#009E73", "#E69F00", "#CC79A7", "#D55E00", "#999999"})
"""The safety colours of the canvas; no severity may use one of them."""


def paint_severity(painter: QPainter, rect: QRectF, severity: str, dark: bool) -> None:
    """Draw the icon of ``severity`` inside ``rect`` (a square), antialiased."""
    style = SEVERITY_STYLES[severity]
    colour = style.colour(dark)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    inset = rect.width() * 0.08
    box = rect.adjusted(inset, inset, -inset, -inset)
    glyph_colour = QColor("#1b1b1f") if dark else QColor("#ffffff")
    if style.shape is Shape.DIAMOND:
        centre = box.center()
        half = box.width() / 2
        polygon = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - half),
                QPointF(centre.x() + half, centre.y()),
                QPointF(centre.x(), centre.y() + half),
                QPointF(centre.x() - half, centre.y()),
            ]
        )
        path = QPainterPath()
        path.addPolygon(polygon)
        path.closeSubpath()
        painter.fillPath(path, colour)
    elif style.shape is Shape.CIRCLE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    elif style.shape is Shape.SQUARE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        corner = box.width() * 0.22
        painter.drawRoundedRect(box.adjusted(1.5, 1.5, -1.5, -1.5), corner, corner)
    else:
        pen_width = max(1.5, box.width() * 0.1)
        painter.setPen(QPen(colour, pen_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half_pen = pen_width / 2 + 1
        painter.drawEllipse(box.adjusted(half_pen, half_pen, -half_pen, -half_pen))
        glyph_colour = colour
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(box.height() * 0.55)))
    painter.setFont(font)
    painter.setPen(glyph_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, style.glyph)
    painter.restore()


def severity_icon(severity: str, dark: bool, size: int = 32) -> QIcon:
    """The severity's icon as a QIcon (for combo boxes, tooltips and accessibility tools)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_severity(painter, QRectF(0, 0, size, size), severity, dark)
    painter.end()
    return QIcon(pixmap)

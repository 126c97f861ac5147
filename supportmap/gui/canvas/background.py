"""The still part of the map: faint sector wedges, the four labelled rings and the sector names.

The sector names sit on the dashed outer ring, in the middle of their wedge, so the map is
hardly larger than its rings and gets as much of the window as it can (DESIGN §5).

One item paints all of it and is cached in device coordinates, so dragging a person repaints a
cached pixmap here instead of redrawing every arc.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from supportmap.core import layout
from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.canvas.theme import CanvasTheme

Z_BACKGROUND = -100.0


def qt_angle(clockwise_from_noon: float) -> float:
    """Convert our angles (clockwise from 12 o'clock) to Qt's (counter-clockwise from 3)."""
    return 90.0 - clockwise_from_noon


def unit_vector(clockwise_from_noon: float) -> QPointF:
    """The scene direction of an angle measured clockwise from 12 o'clock (y grows down)."""
    theta = math.radians(clockwise_from_noon)
    return QPointF(math.sin(theta), -math.cos(theta))


class BackgroundItem(QGraphicsItem):
    """Rings for the circles and wedges for the sectors, with their names."""

    def __init__(self, theme: CanvasTheme) -> None:
        super().__init__()
        self._theme = theme
        self._ring_labels = [c.label for c in Circle]
        self._sector_labels = {s: s.label for s in layout.SECTOR_ORDER}
        self.setZValue(Z_BACKGROUND)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._bounds = QRectF()
        self._relayout()

    def _relayout(self) -> None:
        """Bounds that hold the outer ring and every sector name, and no more."""
        outer = layout.RING_RADII[-1] + 2.0
        bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer)
        for rect, _label in self._sector_label_rects():
            bounds = bounds.united(rect)
        self.prepareGeometryChange()
        self._bounds = bounds.adjusted(-1.0, -1.0, 1.0, 1.0)

    def set_labels(self, ring_labels: list[str], sector_labels: dict[Sector, str]) -> None:
        """Use translated names for the rings and sectors."""
        self._ring_labels = ring_labels
        self._sector_labels = sector_labels
        self._relayout()
        self.update()

    def set_theme(self, theme: CanvasTheme) -> None:
        self._theme = theme
        self._relayout()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = layout.RING_RADII[-1]
        disc = QRectF(-outer, -outer, 2 * outer, 2 * outer)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, sector in enumerate(layout.SECTOR_ORDER):
            start, end = layout.sector_span(sector)
            wedge = QPainterPath(QPointF(0, 0))
            wedge.arcTo(disc, qt_angle(start), -(end - start))
            wedge.closeSubpath()
            painter.setBrush(theme.wedge_brushes[index % 2])
            painter.drawPath(wedge)
        painter.setPen(theme.spoke_pen)
        inner = layout.FOCUS_RADIUS
        for sector in layout.SECTOR_ORDER:
            direction = unit_vector(layout.sector_span(sector)[0])
            painter.drawLine(direction * inner, direction * outer)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, radius in enumerate(layout.RING_RADII):
            last = index == len(layout.RING_RADII) - 1
            painter.setPen(theme.outer_ring_pen if last else theme.ring_pen)
            painter.drawEllipse(QPointF(0, 0), radius, radius)
        self._paint_ring_labels(painter)
        self._paint_sector_labels(painter)

    def _paint_ring_labels(self, painter: QPainter) -> None:
        """Each ring's name sits just inside its outer edge, on the line at 12 o'clock."""
        theme = self._theme
        painter.setFont(theme.ring_font)
        metrics = QFontMetricsF(theme.ring_font)
        for radius, label in zip(layout.RING_RADII, self._ring_labels, strict=False):
            width = metrics.horizontalAdvance(label) + 8.0
            height = metrics.height() + 2.0
            box = QRectF(-width / 2, -radius + 3.0, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.label_background)
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(theme.muted_text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _sector_label_rects(self) -> list[tuple[QRectF, str]]:
        """Where each sector name goes: centred on the outer ring, at the middle of its wedge."""
        metrics = QFontMetricsF(self._theme.sector_font)
        radius = layout.RING_RADII[-1]
        placed = []
        for sector in layout.SECTOR_ORDER:
            start, end = layout.sector_span(sector)
            anchor = unit_vector((start + end) / 2) * radius
            label = self._sector_labels[sector]
            width = metrics.horizontalAdvance(label) + 12.0
            height = metrics.height() + 2.0
            rect = QRectF(anchor.x() - width / 2, anchor.y() - height / 2, width, height)
            placed.append((rect, label))
        return placed

    def _paint_sector_labels(self, painter: QPainter) -> None:
        """Each name on a pill of the background colour, so the dashed ring does not cross it."""
        theme = self._theme
        painter.setFont(theme.sector_font)
        for rect, label in self._sector_label_rects():
            radius = rect.height() / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.label_background)
            painter.drawRoundedRect(rect, radius, radius)
            painter.setPen(theme.muted_text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

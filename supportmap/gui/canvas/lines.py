"""Lines of the map: the flow between me and each person, and the ties between people.

Pens and arrowheads are prepared when the data changes (`refresh`) or a node moves (`adjust`),
never inside `paint`, so a drag repaints cheaply.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from supportmap.core import layout
from supportmap.core.model import Person, Tie
from supportmap.core.rules import one_sided_flow
from supportmap.gui.canvas.items import PersonItem
from supportmap.gui.canvas.theme import CanvasTheme

Z_FLOW = -20.0
Z_TIE = -10.0
Z_LAYER = -15.0
HIT_WIDTH = 8.0
MAX_WIDTH = 6.0
FULL_AMOUNT = 20
"""Received plus given at which a flow line reaches its full width."""


def flow_width(person: Person) -> float:
    """Line width for the amount of support flowing both ways (received + given)."""
    amount = min(person.support.received + person.support.given, FULL_AMOUNT)
    return 1.0 + (MAX_WIDTH - 1.0) * amount / FULL_AMOUNT


def _arrowhead(tip: QPointF, direction: QPointF, size: float) -> QPolygonF:
    """A triangle with its point at ``tip`` aiming along the unit vector ``direction``."""
    normal = QPointF(-direction.y(), direction.x())
    base = tip - direction * size
    return QPolygonF([tip, base + normal * size * 0.55, base - normal * size * 0.55])


class LineItem(QGraphicsItem):
    """A line that follows the nodes it joins.

    Most of the time a line is *layered*: the scene's `LinesLayer` draws it together with all
    other still lines from one cached pixmap, and the item itself paints nothing (it stays in
    the scene for hit-testing and tooltips). Lines of people being dragged are taken out of the
    layer and paint themselves, so a drag step redraws a handful of lines, not all of them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.layer: LinesLayer | None = None
        self._layered = False
        self.layered = True

    @property
    def layered(self) -> bool:
        return self._layered

    @layered.setter
    def layered(self, layered: bool) -> None:
        # A layered line has "no contents" for Qt: never painted, still found under the mouse.
        self._layered = layered
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, layered)
        self.update()

    def adjust(self) -> None:
        """Recompute the geometry after a node moved."""

    def refresh(self) -> None:
        """Recompute the style after the data changed."""

    def draw(self, painter: QPainter) -> None:
        """Paint the line with ``painter`` in scene coordinates."""

    def changed(self) -> None:
        """Schedule a repaint wherever this line is drawn now."""
        if self.layered and self.layer is not None:
            self.layer.invalidate()
        else:
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self._layered:
            self.draw(painter)


class LinesLayer(QGraphicsItem):
    """Draws every layered line from a pixmap cached in device coordinates."""

    def __init__(self, lines: Callable[[], Iterable[LineItem]]) -> None:
        super().__init__()
        self._lines = lines
        self._bounds = QRectF()
        self.setZValue(Z_LAYER)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)

    def invalidate(self) -> None:
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        for line in self._lines():
            if line.layered and line.isVisible():
                painter.setOpacity(line.opacity())
                line.draw(painter)
        painter.setOpacity(1.0)


class FlowLineItem(LineItem):
    """The line from the centre to one person: width by amount, arrows by direction."""

    def __init__(self, person_item: PersonItem, theme: CanvasTheme) -> None:
        super().__init__()
        self.person_item = person_item
        self._theme = theme
        self._line = QLineF()
        self._pen = QPen()
        self._glow: QPen | None = None
        self._arrows: list[QPolygonF] = []
        self._arrow_colour = QColor()
        self._bounds = QRectF()
        self._receive = self._give = False
        self.setZValue(Z_FLOW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        person_item.lines.append(self)
        self.refresh()

    def set_theme(self, theme: CanvasTheme) -> None:
        self._theme = theme
        self.refresh()

    def refresh(self) -> None:
        person = self.person_item.person
        theme = self._theme
        self._receive = person.support.received > 0
        self._give = person.support.given > 0
        colour = theme.flow_colour if person.is_current else theme.potential_flow_colour
        width = flow_width(person)
        self._pen = QPen(colour, width)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setVisible(self._receive or self._give)
        if not person.is_current:
            self._pen.setStyle(Qt.PenStyle.DashLine)
        self._arrow_colour = colour
        self._glow = None
        if one_sided_flow(person):
            self._glow = QPen(theme.one_sided_glow, width + 7.0)
            self._glow.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.adjust()

    def adjust(self) -> None:
        end = self.person_item.pos()
        length = math.hypot(end.x(), end.y())
        self.prepareGeometryChange()
        self._arrows = []
        if length <= layout.FOCUS_RADIUS + layout.NODE_RADIUS + 4.0:
            self._line = QLineF()
            self._bounds = QRectF()
            self.changed()
            return
        direction = end / length
        start = direction * (layout.FOCUS_RADIUS + 3.0)
        stop = end - direction * (layout.NODE_RADIUS + 3.0)
        size = 8.0 + self._pen.widthF() * 1.3
        if self._receive:
            self._arrows.append(_arrowhead(start, -direction, size))
            start = start + direction * size * 0.8
        if self._give:
            self._arrows.append(_arrowhead(stop, direction, size))
            stop = stop - direction * size * 0.8
        self._line = QLineF(start, stop)
        margin = size + (self._glow.widthF() if self._glow else self._pen.widthF())
        self._bounds = (
            QRectF(self._line.p1(), self._line.p2())
            .normalized()
            .united(QRectF(direction * (layout.FOCUS_RADIUS + 3.0), end).normalized())
            .adjusted(-margin, -margin, margin, margin)
        )
        self.changed()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def draw(self, painter: QPainter) -> None:
        if self._line.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._glow is not None:
            painter.setPen(self._glow)
            painter.drawLine(self._line)
        painter.setPen(self._pen)
        painter.drawLine(self._line)
        if self._arrows:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._arrow_colour)
            for arrow in self._arrows:
                painter.drawPolygon(arrow)


class TieItem(LineItem):
    """Two people who know each other: a thin grey line, red and dashed for a conflict."""

    def __init__(self, tie: Tie, a: PersonItem, b: PersonItem, theme: CanvasTheme) -> None:
        super().__init__()
        self.a_item, self.b_item = a, b
        self._theme = theme
        self._tie = tie
        self._line = QLineF()
        self._pen = QPen()
        self._shape = QPainterPath()
        self.setZValue(Z_TIE)
        self.setAcceptHoverEvents(False)
        a.lines.append(self)
        b.lines.append(self)
        self.refresh()

    @property
    def tie(self) -> Tie:
        return self._tie

    def set_tie(self, tie: Tie) -> None:
        self._tie = tie
        self.refresh()

    def set_theme(self, theme: CanvasTheme) -> None:
        self._theme = theme
        self.refresh()

    def detach(self) -> None:
        """Forget the two nodes, before this item leaves the scene."""
        for item in (self.a_item, self.b_item):
            if self in item.lines:
                item.lines.remove(self)

    def refresh(self) -> None:
        base = self._theme.conflict_pen if self._tie.conflict else self._theme.tie_pen
        self._pen = QPen(base)
        self._pen.setWidthF(base.widthF() * (0.7 + 0.3 * self._tie.strength))
        self.adjust()

    def adjust(self) -> None:
        a, b = self.a_item.pos(), self.b_item.pos()
        line = QLineF(a, b)
        self.prepareGeometryChange()
        inset = layout.NODE_RADIUS + 2.0
        if line.length() <= 2 * inset:
            self._line = QLineF()
            self._shape = QPainterPath()
            self.changed()
            return
        unit = (b - a) / line.length()
        self._line = QLineF(a + unit * inset, b - unit * inset)
        self._shape = QPainterPath()  # built on demand: only hit-testing needs it
        self.changed()

    def boundingRect(self) -> QRectF:
        if self._line.isNull():
            return QRectF()
        margin = HIT_WIDTH / 2
        return (
            QRectF(self._line.p1(), self._line.p2())
            .normalized()
            .adjusted(-margin, -margin, margin, margin)
        )

    def shape(self) -> QPainterPath:
        if self._shape.isEmpty() and not self._line.isNull():
            path = QPainterPath(self._line.p1())
            path.lineTo(self._line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(path)
        return self._shape

    def draw(self, painter: QPainter) -> None:
        if self._line.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawLine(self._line)

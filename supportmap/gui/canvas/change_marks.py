"""The marks of a comparison on the canvas: who is new, who left, who moved, whose safety changed.

While the document shows a comparison (`MapDocument.compared`), the canvas draws the later map
and `ChangeMarks` lays these over it:

* a "new" tag beside each person who was not on the earlier map;
* a faint ghost, with its name, where each person who left was on the earlier map (it cannot
  be selected or moved: nobody is there any more);
* a dashed trail with an arrow from where someone was to where they are, when they moved;
* a faint ring in the earlier safety's own outline around someone whose safety changed.

Each mark says in its tooltip what changed, in words, and reads without colour. The marks are
drawn from the scene's theme when painted, so they follow the light and dark schemes, and they
go when the comparison ends.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from supportmap.core import layout
from supportmap.core.model import Person, Position
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Safety
from supportmap.gui.canvas.items import LABEL_GAP, Z_PERSON, R, initials
from supportmap.gui.canvas.scene import MapScene
from supportmap.gui.canvas.theme import LABEL_MAX_WIDTH, CanvasTheme, theme_for
from supportmap.gui.document import Compared, MapDocument
from supportmap.gui.texts import past

MOVED_AT_LEAST = 2.0
"""Scene units a person must have moved for a trail: less is the same place on screen."""
GHOST_OPACITY = 0.55
SAFETY_RING_GAP = 10.0
"""How far outside a node the ring of its earlier safety runs (clear of the selection ring)."""
ARROW_SIZE = 9.0
TAG_GAP = 5.0
Z_TRAIL = Z_PERSON - 2.0
Z_GHOST = Z_PERSON - 1.5
Z_SAFETY_RING = Z_PERSON - 0.6
Z_TAG = Z_PERSON + 2.0


def _theme_of(item: QGraphicsItem) -> CanvasTheme:
    scene = item.scene()
    return scene.theme if isinstance(scene, MapScene) else theme_for(False)


def _mark_colour(theme: CanvasTheme) -> QColor:
    """The colour of "this changed": the selection blue, clear of both backgrounds by 3:1."""
    return theme.selection_pen.color()


class GhostItem(QGraphicsItem):
    """Someone who was on the earlier map and is not now, faint, where they were."""

    def __init__(self, person: Person, position: QPointF, tooltip: str) -> None:
        super().__init__()
        self.person_id = person.id
        self.name = person.name
        self._initials = initials(person.name)
        self.setPos(position)
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        metrics = theme_for(False).name_metrics
        self._label = metrics.elidedText(person.name, Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH)
        width = metrics.horizontalAdvance(self._label) + 10.0
        self._label_rect = QRectF(-width / 2, R + LABEL_GAP, width, metrics.height() + 2.0)
        reach = R + 2.0
        self._bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach).united(self._label_rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), R, R)
        path.addRect(self._label_rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = _theme_of(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        faint = QColor(theme.muted_text)
        pen = QPen(faint, 1.6, Qt.PenStyle.DashLine)
        painter.setOpacity(GHOST_OPACITY)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), R, R)
        painter.setFont(theme.initials_font)
        painter.setPen(faint)
        painter.drawText(QRectF(-R, -R, 2 * R, 2 * R), Qt.AlignmentFlag.AlignCenter, self._initials)
        painter.setOpacity(1.0)  # the name stays readable
        painter.setFont(theme.name_font)
        painter.setPen(theme.muted_text)
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label)


class TrailItem(QGraphicsItem):
    """A dashed line with an arrow from where someone was to the edge of where they are."""

    def __init__(self, person_id: str, start: QPointF, end: QPointF, tooltip: str) -> None:
        super().__init__()
        self.person_id = person_id
        self.setZValue(Z_TRAIL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        line = QLineF(start, end)
        stop = max(0.0, line.length() - (R + 4.0))
        self._line = QLineF(start, line.pointAt(stop / line.length())) if line.length() else line
        self._start = start
        self._path = QPainterPath(start)
        self._path.lineTo(self._line.p2())

    @property
    def line(self) -> QLineF:
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:
        reach = max(ARROW_SIZE, R * 0.6) + 2.0
        return (
            QRectF(self._line.p1(), self._line.p2())
            .normalized()
            .adjusted(-reach, -reach, reach, reach)
        )

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        return stroker.createStroke(self._path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = _mark_colour(_theme_of(self))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 1.8, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self._start, 4.0, 4.0)  # where they were
        painter.drawLine(self._line)
        if self._line.length() < ARROW_SIZE:
            return
        angle = math.atan2(self._line.dy(), self._line.dx())
        tip = self._line.p2()
        wing = math.radians(28.0)
        left = tip - QPointF(
            ARROW_SIZE * math.cos(angle - wing), ARROW_SIZE * math.sin(angle - wing)
        )
        right = tip - QPointF(
            ARROW_SIZE * math.cos(angle + wing), ARROW_SIZE * math.sin(angle + wing)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([tip, left, right]))


class NewTagItem(QGraphicsItem):
    """A small "new" tag on the left of a node: the word says it, not only the colour."""

    def __init__(self, person_id: str, centre: QPointF, tooltip: str) -> None:
        super().__init__()
        self.person_id = person_id
        self.setZValue(Z_TAG)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        self.word = QCoreApplication.translate("ChangeMarks", "new")
        metrics = theme_for(False).name_metrics
        width = metrics.horizontalAdvance(self.word) + 10.0
        height = metrics.height() + 1.0
        self._rect = QRectF(-width, -height / 2, width, height)
        self.setPos(centre + QPointF(-(R + TAG_GAP), -R * 0.55))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = _theme_of(self)
        colour = _mark_colour(theme)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = self._rect.height() / 2
        painter.drawRoundedRect(self._rect, radius, radius)
        painter.setPen(theme.background)
        painter.setFont(theme.name_font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.word)


class SafetyWasItem(QGraphicsItem):
    """A faint ring around a node, drawn in the outline of the safety it had before."""

    def __init__(self, person_id: str, centre: QPointF, before: Safety, tooltip: str) -> None:
        super().__init__()
        self.person_id = person_id
        self.before = before
        self.setPos(centre)
        self.setZValue(Z_SAFETY_RING)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        self._radius = R + SAFETY_RING_GAP

    def boundingRect(self) -> QRectF:
        reach = self._radius + 4.0
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def shape(self) -> QPainterPath:
        ring = QPainterPath()
        ring.addEllipse(QPointF(0, 0), self._radius + 3.0, self._radius + 3.0)
        inner = QPainterPath()
        inner.addEllipse(QPointF(0, 0), self._radius - 3.0, self._radius - 3.0)
        return ring.subtracted(inner)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = _theme_of(self).safety[self.before]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(0.75)
        painter.setPen(style.outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self._radius, self._radius)
        if style.double:
            painter.drawEllipse(QPointF(0, 0), self._radius + 3.0, self._radius + 3.0)


MarkItem = GhostItem | TrailItem | NewTagItem | SafetyWasItem


def placed_positions(support_map: SupportMap) -> dict[str, Position]:
    """Where each person of a map is drawn: their own position, else where the scene puts them."""
    placer = layout.Placer(support_map.people.values())
    return {
        person.id: person.position or placer.place(person.circle, person.sector, person.name)
        for person in support_map.people.values()
    }


class ChangeMarks(QObject):
    """Keeps the marks of the document's comparison on a scene (none while there is none)."""

    def __init__(self, document: MapDocument, scene: MapScene) -> None:
        super().__init__(scene)
        self._document = document
        self._scene = scene
        self._items: list[MarkItem] = []
        document.reset.connect(self.clear)
        document.moment_changed.connect(self.refresh)
        self.refresh()

    def items(self) -> tuple[MarkItem, ...]:
        return tuple(self._items)

    def ghosts(self) -> tuple[GhostItem, ...]:
        return tuple(i for i in self._items if isinstance(i, GhostItem))

    def trails(self) -> tuple[TrailItem, ...]:
        return tuple(i for i in self._items if isinstance(i, TrailItem))

    def new_tags(self) -> tuple[NewTagItem, ...]:
        return tuple(i for i in self._items if isinstance(i, NewTagItem))

    def safety_rings(self) -> tuple[SafetyWasItem, ...]:
        return tuple(i for i in self._items if isinstance(i, SafetyWasItem))

    def clear(self) -> None:
        for item in self._items:
            self._scene.removeItem(item)
        self._items = []

    def refresh(self) -> None:
        """Draw the marks of the comparison on screen afresh (or none)."""
        self.clear()
        compared = self._document.compared
        if compared is not None:
            self._mark(compared)

    def _mark(self, compared: Compared) -> None:
        result = compared.result
        before, after = compared.before, compared.after
        entry = compared.before_entry
        then = past.moment_name(None if entry is None else entry.label)
        was_at = placed_positions(before)
        for person_id in result.people_removed:
            person = before.people[person_id]
            gone_from = was_at[person_id]
            tooltip = past.mark_gone(person.name, then)
            self._add(GhostItem(person, QPointF(gone_from.x, gone_from.y), tooltip))
        circles = {c.id: (int(c.before), int(c.after)) for c in result.circle_changed}
        added = set(result.people_added)
        safety = {c.id: c for c in result.safety_changed}
        for person in after.people.values():
            node = self._scene.person_item(person.id)
            if node is None:
                continue
            here = node.pos()
            if person.id in added:
                self._add(NewTagItem(person.id, here, past.mark_new(person.name, then)))
                continue
            spot = was_at.get(person.id)
            was = None if spot is None else QPointF(spot.x, spot.y)
            if was is not None and QLineF(was, here).length() >= MOVED_AT_LEAST:
                tooltip = past.mark_moved(person.name, then, circles.get(person.id))
                self._add(TrailItem(person.id, was, here, tooltip))
            change = safety.get(person.id)
            if change is not None:
                tooltip = past.mark_safety(
                    person.name, change.before.label, then, change.after.label
                )
                self._add(SafetyWasItem(person.id, here, change.before, tooltip))

    def _add(self, item: MarkItem) -> None:
        self._scene.addItem(item)
        self._items.append(item)

"""Canvas tools: what a mouse gesture means, one object per mode.

The view forwards mouse and key events to the active tool. A tool reports the gesture it
recognised through the document (one command per gesture) or the view's signals, and tells
listeners when a gesture `started`, `finished` or was `canceled` (Esc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
)

from supportmap.core import layout
from supportmap.core.batch import MapEdited
from supportmap.core.model import Position, ValidationError
from supportmap.gui.canvas.items import Z_PERSON, PersonItem
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text

if TYPE_CHECKING:
    from supportmap.gui.canvas.view import MapView

Z_OVERLAY = 100.0
MARK_MARGIN = 10.0
"""How far the ring marking the first person of a connection reaches beyond their node."""


class Tool(QObject):
    """A canvas mode. Event methods return True when they used the event.

    Signals:
        hint_changed(str): what the tool now asks of the user changed (see `hint`).
    """

    started = Signal()
    finished = Signal()
    canceled = Signal()
    hint_changed = Signal(str)

    name = ""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view

    def hint(self) -> str:
        """What to do next with this tool, for the status bar; empty when nothing needs saying."""
        return ""

    @property
    def busy(self) -> bool:
        """Whether a gesture is under way (Esc would cancel it)."""
        return False

    def activate(self) -> None:
        """The tool became the active one."""

    def deactivate(self) -> None:
        """Another tool takes over; drop any half-done gesture."""
        if self.busy:
            self.cancel()

    def mouse_press(self, event: QMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QMouseEvent) -> bool:
        return False

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self.busy:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        """Abandon the gesture under way and put everything back."""


class SelectTool(Tool):
    """Click to select (Ctrl+click adds), drag people to move them, drag on empty space for a
    rubber band. A drag moves the nodes on screen only; the release makes one move command.
    On a read-only view clicks and the rubber band still select; nobody moves."""

    name = "select"

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self._press: QPointF | None = None
        self._origins: dict[str, QPointF] = {}
        self._dragging = False
        self._band: QGraphicsRectItem | None = None
        self._band_base: tuple[str, ...] = ()
        self._before: tuple[str, ...] = ()

    @property
    def busy(self) -> bool:
        return self._dragging or self._band is not None

    def mouse_press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        scene_pos = self.view.scene_pos(event)
        item = self.view.person_at(event.position().toPoint())
        selection = self.view.selection
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._before = selection.ids()
        self._press = scene_pos
        if item is not None:
            ids = selection.ids()
            if toggle:
                if item.person_id in ids:
                    selection.set(tuple(i for i in ids if i != item.person_id))
                    self._press = None
                    return True
                selection.set((*ids, item.person_id), item.person_id)
            elif item.person_id in ids:
                selection.set(ids, item.person_id)
            else:
                selection.set((item.person_id,), item.person_id)
            scene = self.view.map_scene
            self._origins = {}
            if self.view.is_read_only:
                return True  # a past moment: people can be chosen, not moved
            for person_id in selection.ids():
                moving = scene.person_item(person_id)
                if moving is not None:
                    self._origins[person_id] = moving.pos()
            return True
        self._band_base = selection.ids() if toggle else ()
        if not toggle:
            selection.clear()
        band = QGraphicsRectItem(QRectF(scene_pos, scene_pos))
        band.setPen(self.view.map_scene.theme.rubber_pen)
        band.setBrush(self.view.map_scene.theme.rubber_brush)
        band.setZValue(Z_OVERLAY)
        self.view.map_scene.addItem(band)
        self._band = band
        self.started.emit()
        return True

    def mouse_move(self, event: QMouseEvent) -> bool:
        if self._press is None:
            return False
        scene_pos = self.view.scene_pos(event)
        if self._band is not None:
            rect = QRectF(self._press, scene_pos).normalized()
            self._band.setRect(rect)
            inside = self.view.map_scene.people_in(rect)
            self.view.selection.set((*self._band_base, *inside))
            return True
        if not self._origins:
            return True
        if not self._dragging:
            moved = (scene_pos - self._press) * self.view.transform().m11()
            if moved.manhattanLength() < QApplication.startDragDistance():
                return True
            self._dragging = True
            self.view.map_scene.set_live(self._origins)
            self.started.emit()
        delta = scene_pos - self._press
        scene = self.view.map_scene
        for person_id, origin in self._origins.items():
            moving = scene.person_item(person_id)
            if moving is not None:
                moving.move_to(origin + delta)
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._press is None:
            return True
        if self._band is not None:
            self._remove_band()
            self._press = None
            self.finished.emit()
            return True
        if self._dragging:
            scene = self.view.map_scene
            positions = {}
            for person_id in self._origins:
                moving = scene.person_item(person_id)
                if moving is not None:
                    positions[person_id] = Position(round(moving.x(), 1), round(moving.y(), 1))
            self._reset()
            self.view.document.move_people(positions)
            scene.put_back(positions)  # whoever the drop did not move goes back to their spot
            self.finished.emit()
        self._reset()
        return True

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        item = self.view.person_at(event.position().toPoint())
        if item is not None:
            self.view.edit_requested.emit(item.person_id)
        elif self.view.document.support_map is not None and not self.view.is_read_only:
            at = self.view.scene_pos(event)
            self.view.add_requested.emit(Position(round(at.x(), 1), round(at.y(), 1)))
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and not self.busy and self.view.selection.ids():
            self.view.selection.clear()
            return True
        return super().key_press(event)

    def cancel(self) -> None:
        if self._band is not None:
            self._remove_band()
            self.view.selection.set(self._before)
        if self._dragging:
            scene = self.view.map_scene
            for person_id, origin in self._origins.items():
                moving = scene.person_item(person_id)
                if moving is not None:
                    moving.move_to(origin)
        self._reset()
        self.canceled.emit()

    def _remove_band(self) -> None:
        if self._band is not None:
            self.view.map_scene.removeItem(self._band)
            self._band = None

    def _reset(self) -> None:
        if self._dragging:
            self.view.map_scene.set_live(())
        self._press = None
        self._origins = {}
        self._dragging = False


class ConnectTool(Tool):
    """Click one person, then another (or drag from one to the other): they become connected.

    The first person is ringed and a line follows the pointer from them until the second is
    chosen or Esc.
    """

    name = "connect"

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self._source: str | None = None
        self._line: QGraphicsLineItem | None = None
        self._mark: QGraphicsEllipseItem | None = None
        view.document.edited.connect(self._follow_source)  # after the scene: it was made first

    def hint(self) -> str:
        support_map = self.view.document.support_map
        if self._source is None or support_map is None or self._source not in support_map.people:
            return text(strings.CONNECT_TOOL_HINT)
        name = support_map.person(self._source).name
        return text(strings.CONNECT_TOOL_HINT_FROM).replace("%1", name)

    @property
    def busy(self) -> bool:
        return self._source is not None

    @property
    def source(self) -> str | None:
        return self._source

    def activate(self) -> None:
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def deactivate(self) -> None:
        super().deactivate()
        self.view.viewport().unsetCursor()

    def start_from(self, person_id: str) -> None:
        """Begin a connection at a person (the "Connect to…" menu entry)."""
        item = self.view.map_scene.person_item(person_id)
        if item is None:
            return
        self._drop_line()
        self._source = person_id
        theme = self.view.map_scene.theme
        line = QGraphicsLineItem(QLineF(item.pos(), item.pos()))
        line.setPen(theme.connect_pen)
        line.setZValue(Z_OVERLAY)
        self.view.map_scene.addItem(line)
        self._line = line
        self._mark = self._ring(item, theme.connect_pen.color())
        self.started.emit()
        self.hint_changed.emit(self.hint())

    def _ring(self, item: PersonItem, colour: QColor) -> QGraphicsEllipseItem:
        """A halo around the first person, under their node, so it stays clear who is picked."""
        radius = layout.NODE_RADIUS + MARK_MARGIN
        mark = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
        mark.setPos(item.pos())
        pen = QPen(colour, 3.0)
        pen.setCosmetic(True)  # as bold on a zoomed-out map as on a close view
        mark.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(90)
        mark.setBrush(fill)
        mark.setZValue(Z_PERSON - 0.5)
        mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.view.map_scene.addItem(mark)
        return mark

    @property
    def marked(self) -> QGraphicsEllipseItem | None:
        """The ring around the first person, while one is picked."""
        return self._mark

    def mouse_press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        item = self.view.person_at(event.position().toPoint())
        if item is None:
            self.cancel()
            return True
        if self._source is None:
            self.start_from(item.person_id)
            return True
        if item.person_id != self._source:
            self._connect(self._source, item)
        return True

    def _follow_source(self, batch: MapEdited) -> None:
        """Keep the ring and the line on the first person when an edit (an undo) moves them;
        stop when it takes them off the map, since there is nobody left to connect from."""
        source = self._source
        if source is None or source not in batch.changed_ids | batch.removed_ids:
            return
        item = self.view.map_scene.person_item(source)
        if item is None:
            self.cancel()
            return
        if self._mark is not None:
            self._mark.setPos(item.pos())
        if self._line is not None:
            line = self._line.line()
            line.setP1(item.pos())
            self._line.setLine(line)

    def _connect(self, source: str, target: PersonItem) -> None:
        document = self.view.document
        self._drop_line()
        self._source = None
        if self.view.is_read_only:
            self.canceled.emit()
            return
        support_map = document.require_map()
        if support_map.tie(source, target.person_id) is None:
            try:
                document.add_tie(source, target.person_id)
            except ValidationError:
                self.canceled.emit()
                return
        self.finished.emit()

    def mouse_move(self, event: QMouseEvent) -> bool:
        if self._line is None:
            return False
        line = self._line.line()
        line.setP2(self.view.scene_pos(event))
        self._line.setLine(line)
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        """Dragging from one person and letting go over another connects them too."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        item = self.view.person_at(event.position().toPoint())
        if self._source is not None and item is not None and item.person_id != self._source:
            self._connect(self._source, item)
        return True

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.LeftButton

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self._drop_line()
        self._source = None
        self.canceled.emit()

    def _drop_line(self) -> None:
        if self._line is not None:
            self.view.map_scene.removeItem(self._line)
            self._line = None
        if self._mark is not None:
            self.view.map_scene.removeItem(self._mark)
            self._mark = None

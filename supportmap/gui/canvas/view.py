"""`MapView`: the map canvas widget — zoom, pan, keyboard, and the active tool.

The view owns a `MapScene` and turns input into requests: edits go through `MapDocument`,
and what needs a dialog (a name for a new person, the editor) is asked of the main window with
signals. Mouse gestures are handled by tool objects (see `tools`). While the view `is_read_only`
(a past moment is on screen, or it shows the earlier map beside it) it only looks: selecting,
zooming and panning work, and no gesture becomes an edit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from supportmap.core import layout
from supportmap.core.model import Person
from supportmap.core.vocabulary import HelpType
from supportmap.gui.canvas.banner import CanvasNotice, Placement
from supportmap.gui.canvas.items import PersonItem
from supportmap.gui.canvas.lines import TieItem
from supportmap.gui.canvas.menus import person_menu, tie_menu
from supportmap.gui.canvas.scene import MapScene
from supportmap.gui.canvas.theme import system_prefers_dark
from supportmap.gui.canvas.tools import ConnectTool, SelectTool, Tool
from supportmap.gui.canvas.tooltips import CANVAS_DESCRIPTION, CANVAS_KEYS_HELP
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts.strings import text

PIXMAP_CACHE_KB = 160 * 1024
"""Room for the cached nodes, lines and rings of a 1000-person map on a high-DPI screen;
with Qt's default of 10 MB the caches evict each other and every repaint draws from scratch."""
ZOOM_STEP = 1.25
MIN_ZOOM = 0.15
MAX_ZOOM = 6.0
ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


@dataclass(frozen=True)
class ViewPlace:
    """Where the canvas looks: its zoom, the map point in its middle, and whether it keeps
    fitting the window as that is resized."""

    transform: QTransform
    centre: QPointF
    fits_window: bool


class MapView(QGraphicsView):
    """The support map canvas.

    Signals:
        edit_requested(str): Enter or double-click on a person; open the person editor.
        rename_requested(str): F2 or the context menu; ask for a new name.
        add_requested(Position): N, double-click on empty canvas or the context menu; ask for a
            name and add someone there (the ring and wedge at the position become theirs).
        tool_changed(str): the active tool changed ("select" or "connect").
        hint_changed(str): what the active tool asks of the user, for the status bar ("" for
            nothing).
    """

    edit_requested = Signal(str)
    rename_requested = Signal(str)
    add_requested = Signal(object)
    tool_changed = Signal(str)
    hint_changed = Signal(str)

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.person_actions: list[QAction] = []
        """Actions the window adds to a person's context menu; they act on the selection."""
        self.delete_action: QAction | None = None
        """The window's Delete action: its keys on the canvas, last in a person's menu."""
        self.map_scene = MapScene(document, selection, system_prefers_dark(), self)
        self.setScene(self.map_scene)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setObjectName("mapCanvas")
        self.setAccessibleName(self.tr("Support map"))
        self.setAccessibleDescription(f"{text(CANVAS_DESCRIPTION)} {text(CANVAS_KEYS_HELP)}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tools: dict[str, Tool] = {"select": SelectTool(self), "connect": ConnectTool(self)}
        for tool in self._tools.values():
            tool.finished.connect(self._tool_done)
            tool.canceled.connect(self._tool_done)
            tool.hint_changed.connect(self.hint_changed)
        self._tool: Tool = self._tools["select"]
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._fitted_once = False
        self._auto_fit = True
        self._locked = False
        self.mode_banner = CanvasNotice(Placement.TOP, self)
        """Says what a mode (what-if, a past moment) shows, with the way back; filled by it."""
        self.mode_banner.setObjectName("modeBanner")
        self.no_map_notice = CanvasNotice(Placement.CENTRE, self)
        """Shown by the window while no map is open, offering to start one."""
        self.no_map_notice.setObjectName("noMapNotice")
        document.reset.connect(self._on_reset)
        self._show_map_drawing()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_scheme)

    # --- public API ---------------------------------------------------------------------

    @property
    def tool(self) -> Tool:
        return self._tool

    @property
    def is_read_only(self) -> bool:
        """Whether gestures may only look (a past moment, or a view `lock`ed for good)."""
        return self._locked or self.document.read_only

    def lock(self) -> None:
        """Make this view read-only for good, whatever its document says (the earlier map
        shown beside the later one)."""
        self._locked = True
        self.set_tool("select")

    def set_tool(self, name: str) -> None:
        """Switch to the "select" or the "connect" tool (only "select" while read-only)."""
        if name != "select" and self.is_read_only:
            self.tool_changed.emit(self._tool.name)
            return
        tool = self._tools[name]
        if tool is self._tool:
            return
        self._tool.deactivate()
        self._tool = tool
        tool.activate()
        self.tool_changed.emit(name)
        self.hint_changed.emit(tool.hint())

    def start_connect(self, person_id: str) -> None:
        """Start the connect tool with a line from this person (the "Connect to…" entry)."""
        if self.is_read_only:
            return
        self.set_tool("connect")
        tool = self._tools["connect"]
        assert isinstance(tool, ConnectTool)
        tool.start_from(person_id)

    def fit_all(self) -> None:
        """Zoom and scroll so that the rings and everyone fit the window.

        The map keeps fitting as the window is resized, until the user zooms or pans.
        """
        self.fitInView(self.map_scene.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._clamp_zoom()
        self._auto_fit = True

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP, centre=True)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP, centre=True)

    def zoom(self) -> float:
        return self.transform().m11()

    def place(self) -> ViewPlace:
        """Where the canvas looks now, to come back to it with `go_to`."""
        middle = self.mapToScene(self.viewport().rect().center())
        return ViewPlace(QTransform(self.transform()), middle, self._auto_fit)

    def go_to(self, place: ViewPlace) -> None:
        """Look where `place` was taken; the middle stays put while the canvas is resized."""
        self.setTransform(place.transform)
        self.centerOn(place.centre)
        self._auto_fit = place.fits_window

    def highlight(self, people: Iterable[str], help_type: HelpType | None = None) -> None:
        """Fade everyone except ``people`` (a finding was selected)."""
        self.map_scene.highlight(people, help_type)

    def clear_highlight(self) -> None:
        self.map_scene.clear_highlight()

    def set_unavailable(self, person_id: str | None) -> None:
        """Show the map as if this person were unavailable (what-if); None shows everyone."""
        self.map_scene.set_unavailable(person_id)

    def request_add(self) -> None:
        """Ask to add someone at a free spot (N, or the toolbar through the main window)."""
        support_map = self.document.support_map
        if support_map is None or self.is_read_only:
            return
        draft = Person(id=support_map.new_person_id(), name="?")
        self.add_requested.emit(layout.place_person(support_map, draft))

    def set_delete_action(self, action: QAction) -> None:
        """Use the window's one Delete action for the keys on the canvas and the menu."""
        self.delete_action = action
        self.addAction(action)

    # --- helpers for tools --------------------------------------------------------------

    def scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def person_at(self, point: QPoint) -> PersonItem | None:
        """The person under a viewport point, if any."""
        for item in self.items(point):
            if isinstance(item, PersonItem):
                return item
        return None

    def tie_at(self, point: QPoint) -> TieItem | None:
        for item in self.items(point):
            if isinstance(item, TieItem):
                return item
        return None

    # --- reacting -----------------------------------------------------------------------

    def _on_reset(self) -> None:
        self._tool.deactivate()
        self.set_tool("select")
        self._show_map_drawing()
        if self.isVisible():
            self.fit_all()
        else:
            self._fitted_once = False

    def _show_map_drawing(self) -> None:
        """Rings only around someone: with no map open the canvas stays empty."""
        self.map_scene.background.setVisible(self.document.support_map is not None)

    def _tool_done(self) -> None:
        if self._tool.name == "connect" and self.sender() is self._tool:
            self.set_tool("select")

    def _follow_scheme(self, _scheme: Qt.ColorScheme) -> None:
        self.map_scene.set_dark(system_prefers_dark())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:
            self._fitted_once = True
            self.fit_all()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for notice in (self.mode_banner, self.no_map_notice):
            notice.place_within(self.viewport().geometry())
        if self._auto_fit and self._fitted_once:
            self.fit_all()

    # --- zoom and pan -------------------------------------------------------------------

    def _zoom_by(self, factor: float, *, centre: bool = False) -> None:
        if self.document.support_map is None:
            return  # nothing to look at more closely
        self._auto_fit = False
        current = self.zoom()
        target = min(MAX_ZOOM, max(MIN_ZOOM, current * factor))
        if math.isclose(target, current):
            return
        if centre:
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(target / current, target / current)
            self.setTransformationAnchor(anchor)
        else:
            self.scale(target / current, target / current)

    def _clamp_zoom(self) -> None:
        current = self.zoom()
        target = min(MAX_ZOOM, max(MIN_ZOOM, current))
        if not math.isclose(target, current):
            self.scale(target / current, target / current)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self._zoom_by(ZOOM_STEP**steps)
        event.accept()

    def _start_pan(self, event: QMouseEvent) -> bool:
        middle = event.button() == Qt.MouseButton.MiddleButton
        space = event.button() == Qt.MouseButton.LeftButton and self._space_held
        if not (middle or space):
            return False
        self._pan_from = event.position().toPoint()
        self._auto_fit = False
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def _pan(self, event: QMouseEvent) -> None:
        assert self._pan_from is not None
        point = event.position().toPoint()
        delta = point - self._pan_from
        self._pan_from = point
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        bars[0].setValue(bars[0].value() - delta.x())
        bars[1].setValue(bars[1].value() - delta.y())

    # --- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._start_pan(event) or self._tool.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan(event)
            event.accept()
            return
        if self._tool.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self._tool.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._tool.mouse_double_click(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._tool.busy:
            self._tool.cancel()
        person = self.person_at(event.pos())
        if person is not None:
            if person.person_id not in self.selection.ids():
                self.selection.set((person.person_id,), person.person_id)
            person_menu(self, person.person_id).exec(event.globalPos())
            return
        tie = self.tie_at(event.pos())
        if tie is not None and not self.is_read_only:
            tie_menu(self, tie.tie).exec(event.globalPos())
            return
        super().contextMenuEvent(event)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._tool.key_press(event):
            event.accept()
            return
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        current = self.selection.current()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            modifiers & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Equal
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif key == Qt.Key.Key_Space and plain:
            if not event.isAutoRepeat():
                self._space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in ARROWS and plain:
            self._navigate(*ARROWS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
            self.edit_requested.emit(current)
        elif key == Qt.Key.Key_F2 and current:
            if not self.is_read_only:
                self.rename_requested.emit(current)
        elif key == Qt.Key.Key_N and plain:
            self.request_add()
        else:
            return False
        return True

    def _navigate(self, dx: float, dy: float) -> None:
        """Select the nearest person in a direction (a 90° cone), or the one nearest me."""
        scene = self.map_scene
        items = scene.person_items()
        if not items:
            return
        current = self.selection.current()
        origin_item = scene.person_item(current) if current else None
        best: PersonItem | None
        if origin_item is None:
            best = min(items, key=lambda i: math.hypot(i.x(), i.y()))
        else:
            origin = origin_item.pos()
            best, best_score = None, math.inf
            for item in items:
                if item is origin_item:
                    continue
                vx, vy = item.x() - origin.x(), item.y() - origin.y()
                along = vx * dx + vy * dy
                across = abs(vx * dy - vy * dx)
                if along <= 0 or across > along:
                    continue
                score = along + 2.0 * across
                if score < best_score:
                    best, best_score = item, score
        if best is None:
            return
        self.selection.set((best.person_id,), best.person_id)
        self.ensureVisible(best, 40, 40)

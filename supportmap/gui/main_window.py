"""`MainWindow`: the canvas in the middle, the Person, People, History and Maps panels around it.

The window wires state objects to panels and turns document failures into calm messages; it
does not edit the map itself — panels and the canvas issue commands through `MapDocument`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QToolBar,
    QWidget,
)

from supportmap.core.batch import MapEdited
from supportmap.core.model import SNAPSHOT_LABEL_MAX, Position, ValidationError
from supportmap.gui import icons
from supportmap.gui.canvas.change_marks import ChangeMarks
from supportmap.gui.canvas.moment_banner import PastMomentBanner
from supportmap.gui.canvas.picture_export import ExportPictureAction
from supportmap.gui.canvas.side_by_side import MapArea
from supportmap.gui.canvas.view import MapView
from supportmap.gui.conflict import ConflictMessage
from supportmap.gui.dialogs import Problem, StartDialog, TextDialog
from supportmap.gui.document import LAST_MAP_SETTING, MapDocument
from supportmap.gui.documents.plan_actions import SafetyPlanActions
from supportmap.gui.documents.report_actions import ReportActions
from supportmap.gui.language import LanguageMenu
from supportmap.gui.live import LiveUpdates
from supportmap.gui.lock import IDLE_SETTING, LockControl, idle_minutes
from supportmap.gui.map_files import MapFileActions
from supportmap.gui.panels.changes_dock import ChangesDock
from supportmap.gui.panels.charts_dock import ChartsDock
from supportmap.gui.panels.history_dock import HistoryDock
from supportmap.gui.panels.insight import install_insight
from supportmap.gui.panels.maps_dock import MapsDock
from supportmap.gui.panels.people_actions import PeopleActions
from supportmap.gui.panels.people_dock import PeopleDock
from supportmap.gui.panels.person_dock import PersonDock
from supportmap.gui.panels.safety_plan_dock import SafetyPlanDock
from supportmap.gui.preferences import PreferencesDialog
from supportmap.gui.presentation import FullScreenAction, Presentation, PresentationLayout
from supportmap.gui.protection import ProtectionActions
from supportmap.gui.quick_hide import QuickHide
from supportmap.gui.selection import SelectionState
from supportmap.gui.server_dialog import LibrarySwitch
from supportmap.gui.texts import charts as strings_charts
from supportmap.gui.texts import insight as strings_insight
from supportmap.gui.texts import live as strings_live
from supportmap.gui.texts import past as strings_past
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text
from supportmap.storage.errors import StorageError

DEFAULT_SIZE = (1280, 800)
PANEL_WIDTH = 430
"""Default width of the column of panels; narrower windows take room from it first."""
MAP_SHARE = 0.55
"""The share of the window's width the map keeps while the panels can still give way."""
_SEPARATOR_SLACK = 8
"""Pixels of splitters between map and panels, which a dock's own width does not count."""
_STATE_VERSION = 2
"""2: the panels moved into one column on the right; layouts saved before start afresh."""


class MainWindow(QMainWindow):
    """The application window for one library, reached through ``document``.

    The document may have no library at first, so the window can show (with a map not stored
    yet, see `MapDocument.open_unstored`) before the database layer has loaded;
    `MapDocument.open_library` or `MapDocument.attach` then connects it. The window adopts
    the document (it becomes its child).
    """

    def __init__(
        self, document: MapDocument, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._settings = settings
        self.document = document
        document.setParent(self)
        self.selection = SelectionState(self.document, self)
        self.people_actions = PeopleActions(self.document, self.selection, self)

        self.view = MapView(self.document, self.selection, self)
        self.view.set_delete_action(self.people_actions.delete)
        self.map_area = MapArea(self.view, self)
        self.setCentralWidget(self.map_area)
        self.change_marks = ChangeMarks(self.document, self.view.map_scene)

        self.person_dock = PersonDock(self.document, self.selection, self.people_actions, self)
        self.people_dock = PeopleDock(self.document, self.selection, self.people_actions, self)
        self.history_dock = HistoryDock(self.document, self)
        self.maps_dock = MapsDock(self.document, self)
        # One column of panels on the right, so the map keeps most of the width (DESIGN §5):
        # what the map shows and the person on top, the people and the maps underneath.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.person_dock)
        self.insight = install_insight(
            self, self.document, self.selection, self.view, banner=self.view.mode_banner
        )
        self.charts_dock = ChartsDock(self.document, parent=self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.charts_dock)
        self.safety_plan_dock = SafetyPlanDock(self.document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.safety_plan_dock)
        # What the map shows and the person being edited are seen together, one above the
        # other; the charts (loaded when chosen) and the safety plan share the findings' place;
        # the people and the maps share the person's place.
        self.splitDockWidget(self.insight.dock, self.person_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.insight.dock, self.charts_dock)
        self.tabifyDockWidget(self.charts_dock, self.safety_plan_dock)
        # What changed between two moments comes forward beside them while they are compared.
        self.changes_dock = ChangesDock(self.document, self.selection, self)
        self._was_comparing = False
        self.tabifyDockWidget(self.charts_dock, self.changes_dock)
        self.past_banner = PastMomentBanner(self.document, self.view.mode_banner, self)
        self.past_banner.share_with(self.insight.whatif.changed, self.insight.whatif.is_active)
        self.past_banner.side_by_side_changed.connect(self._show_side_by_side)
        self.tabifyDockWidget(self.person_dock, self.people_dock)
        self.tabifyDockWidget(self.people_dock, self.history_dock)
        self.tabifyDockWidget(self.history_dock, self.maps_dock)
        self.insight.dock.raise_()
        self.person_dock.raise_()
        self.view.person_actions.append(self.insight.whatif_action)
        self.resizeDocks([self.insight.dock, self.person_dock], [400, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.insight.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)

        self.presentation = Presentation(self)
        self.full_screen_action = FullScreenAction(self)
        self.quick_hide = QuickHide(self)
        self.lock = LockControl(self, self.document, self.selection, self.quick_hide, settings)
        self.protection = ProtectionActions(self.document, self)
        self.protection.changed.connect(self.lock.update_state)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self._preferences)
        self._build_actions()
        self._build_menus_and_toolbar()
        notice = QLabel(self.tr("Not an emergency service"))
        notice.setToolTip(text(strings.NOT_EMERGENCY))
        notice.setAccessibleDescription(text(strings.NOT_EMERGENCY))
        self.tool_hint = QLabel()
        self.tool_hint.setObjectName("toolHint")
        self.statusBar().addWidget(self.tool_hint, 1)
        # Presentation mode hides the panels that name other clients, and every panel that
        # shows something private follows it with its own `set_presenting`.
        self.presentation_layout = PresentationLayout(
            self, self.view, self.document, self.presentation, hidden=[self.maps_dock]
        )
        self.statusBar().addPermanentWidget(notice)
        self.presentation.follow(self.person_dock)
        self.presentation.follow(self.history_dock)
        self.presentation.changed.connect(self._update_title)
        self.quick_hide.covered_changed.connect(self._update_title)

        self.document.reset.connect(self._on_reset)
        self.document.moment_changed.connect(self._on_moment_changed)
        self.document.edited.connect(self._on_edited)
        self.document.failed.connect(self._on_failed)
        self.document.problem.connect(self._show_storage_problem)
        self.document.stored.connect(self._on_stored)
        self.maps_dock.open_requested.connect(self.open_map)
        self.view.no_map_notice.button_clicked.connect(self.maps_dock.new_map)
        self.maps_dock.problem.connect(self._show_storage_problem)
        self.history_dock.problem.connect(self._show_storage_problem)
        self.history_dock.status.connect(self._show_status)
        self.people_actions.edit_requested.connect(self._edit_person)
        self.people_actions.added.connect(self._show_person_editor)
        self.people_actions.status.connect(
            lambda message: self.statusBar().showMessage(message, 6000)
        )
        self.view.edit_requested.connect(self._edit_person)
        self.view.rename_requested.connect(self.people_actions.rename_person)
        self.view.add_requested.connect(self._add_at)
        self.view.tool_changed.connect(
            lambda name: self.connect_tool_action.setChecked(name == "connect")
        )
        self.view.hint_changed.connect(self._show_tool_hint)
        # Other windows and colleagues on the same library (DESIGN §11).
        self.conflict_message = ConflictMessage(self.document, self)
        self.conflict_message.status.connect(self._show_status)
        self.live = LiveUpdates(self.document, self)
        self.live.reachable_changed.connect(self._show_reachable)
        self.document.waiting.connect(self._show_waiting)
        self.unreachable_notice = QLabel(self.tr("Library out of reach: changes are not saved"))
        self.unreachable_notice.setObjectName("unreachableNotice")
        self.unreachable_notice.setToolTip(text(strings_live.LIBRARY_UNREACHABLE))
        self.statusBar().addPermanentWidget(self.unreachable_notice)
        self.unreachable_notice.hide()
        self.library_switch = LibrarySwitch(self.document, settings, self)
        self.library_switch.status.connect(self._show_status)
        self.library_switch.switched.connect(lambda: self.open_initial(ask_when_empty=False))
        if self.document.has_library:
            self.live.start()

        self.resize(*DEFAULT_SIZE)
        self._restore_layout()
        self.changes_dock.refresh()  # a layout saved while comparing must not show it empty
        self._on_reset()

    # --- building ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        stack = self.document.undo_group
        # The Edit menu and the tooltip name what would be undone ("Undo Add Sam"); the
        # toolbar button keeps a fixed label, so a long name cannot push buttons off it.
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))

        self.connect_tool_action = QAction(self.tr("Connect &tool"), self)
        self.connect_tool_action.setToolTip(
            self.tr("Drag from one person to another to connect them (Esc to stop)")
        )
        self.connect_tool_action.setIcon(icons.connect_icon())
        self.connect_tool_action.setCheckable(True)  # checked for as long as the tool is on
        self.connect_tool_action.triggered.connect(self._use_connect_tool)
        self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        self.zoom_in_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_in_action.setIcon(icons.zoom_icon(plus=True))
        self.zoom_in_action.triggered.connect(self.map_area.zoom_in)
        self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.setIcon(icons.zoom_icon(plus=False))
        self.zoom_out_action.triggered.connect(self.map_area.zoom_out)
        self.fit_action = QAction(self.tr("&Fit to window"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setIcon(icons.fit_icon())
        self.fit_action.triggered.connect(self.map_area.fit_all)
        self.people_list_action = QAction(self.tr("Go to &People list"), self)
        self.people_list_action.setShortcut(QKeySequence("Ctrl+1"))
        self.people_list_action.triggered.connect(self.people_dock.focus_table)
        self.map_canvas_action = QAction(self.tr("Go to the &map"), self)
        self.map_canvas_action.setShortcut(QKeySequence("Ctrl+2"))
        self.map_canvas_action.triggered.connect(lambda: self.view.setFocus())
        self.safety_plan_action = QAction(self.tr("Go to the &safety plan"), self)
        self.safety_plan_action.setShortcut(QKeySequence("Ctrl+3"))
        self.safety_plan_action.triggered.connect(self.safety_plan_dock.focus_plan)
        self.server_action = QAction(self.tr("Connect to a practice ser&ver…"), self)
        self.server_action.triggered.connect(lambda: self.library_switch.connect_to_server())
        self.local_library_action = QAction(self.tr("&Use the library on this computer"), self)
        self.local_library_action.triggered.connect(lambda: self.library_switch.use_this_computer())
        self.new_map_action = QAction(self.tr("&New map…"), self)
        self.new_map_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_map_action.triggered.connect(self.maps_dock.new_map)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About SupportMap"), self)
        self.about_action.triggered.connect(self._about)
        self.export_picture_action = ExportPictureAction(
            self.view, self.document, self, self._settings
        )
        self.export_picture_action.exported.connect(
            lambda path: self._show_status(
                text(strings_charts.PICTURE_SAVED).replace("%1", path.name)
            )
        )
        self.charts_dock.saved.connect(
            lambda path: self._show_status(
                text(strings_charts.CHART_SAVED).replace("%1", path.name)
            )
        )
        self.snapshot_action = QAction(self.tr("Take a &snapshot…"), self)
        self.snapshot_action.setStatusTip(text(strings.SNAPSHOT_TIP))
        self.snapshot_action.triggered.connect(self._take_snapshot)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_map_action)
        self.file_menu.addAction(self.snapshot_action)
        self.file_menu.addAction(self.history_dock.end_session_action)
        self.file_menu.addSeparator()
        self.map_files = MapFileActions(self.document, self._settings, self)
        self.map_files.open_requested.connect(self.open_map)
        self.map_files.status.connect(self._show_status)
        self.file_menu.addActions(self.map_files.menu_actions())
        self.file_menu.addAction(self.export_picture_action)
        self.reports = ReportActions(self.document, self.view, self._settings, self)
        self.reports.status.connect(self._show_status)
        self.file_menu.addActions([self.reports.save_action, self.reports.print_action])
        self.plan_documents = SafetyPlanActions(self.document, self._settings, self)
        self.plan_documents.status.connect(self._show_status)
        plan_paper = [self.plan_documents.save_action, self.plan_documents.print_action]
        self.file_menu.addActions(plan_paper)
        self.safety_plan_dock.add_document_actions(plan_paper)
        self.file_menu.addSeparator()
        self.file_menu.addActions([*self.protection.menu_actions(), self.lock.action])
        self.file_menu.addActions([self.server_action, self.local_library_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(list(self.people_actions.all()))
        self.edit_menu.addAction(self.connect_tool_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.insight.whatif_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.people_list_action, self.map_canvas_action, self.safety_plan_action]
        )
        self.view_menu.addSeparator()
        docks = (self.insight.dock, self.person_dock, self.charts_dock, self.safety_plan_dock)
        for dock in (*docks, self.people_dock, self.history_dock, self.maps_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        room = (self.presentation.action, self.full_screen_action, self.quick_hide.action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(room)
        self.view_menu.addSeparator()  # the banner's buttons, for the keyboard (on in the past)
        past = self.past_banner
        self.view_menu.addActions([past.compare_action, past.side_by_side_action, past.back_action])
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self._settings, self)
        self.language_menu.chosen.connect(lambda message: self.statusBar().showMessage(message))
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.insight.crisis_action)
        self.help_menu.addSeparator()
        # The keys for a shared screen, listed where someone looks for them in a hurry.
        self.help_menu.addSection(self.tr("Keys for a shared screen"))
        self.help_menu.addActions(room)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.toolbar = toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.people_actions.add)
        toolbar.addAction(self.connect_tool_action)
        toolbar.addAction(self.people_actions.delete)
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        toolbar.addSeparator()
        toolbar.addAction(self.presentation.action)
        self.addToolBar(toolbar)
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    # --- maps -------------------------------------------------------------------------

    def open_map(self, map_id: int) -> bool:
        """Open a map of the library and remember it for the next start.

        An empty map gets the keyboard on the canvas, where the hint's "Press N" works.
        """
        try:
            self.document.open_map(map_id)
            self.document.set_setting(LAST_MAP_SETTING, str(map_id))
        except StorageError as error:
            self._show_storage_problem(str(error))
            return False
        if not self.document.require_map().people:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_initial(self, ask_when_empty: bool = True) -> None:
        """Reopen the last map used; with an empty library, ask who the first map is for."""
        document = self.document
        try:
            maps = document.list_maps()
            last = document.remembered_map_id()
        except StorageError as error:
            self._show_storage_problem(str(error))
            return
        if last is not None:
            self.open_map(last)
        elif maps and maps[0].map_id is not None:
            self.open_map(maps[0].map_id)
        elif ask_when_empty:
            answer = StartDialog.ask(self)
            if answer is not None:
                name, title = answer
                try:
                    map_id = document.new_map(name, title)
                except StorageError as error:
                    self._show_storage_problem(str(error))
                    return
                self.open_map(map_id)

    # --- reacting ---------------------------------------------------------------------

    def _on_reset(self) -> None:
        self.selection.clear()
        self._update_actions()
        self._update_title()
        self._update_status()

    def _on_stored(self) -> None:
        self._update_actions()
        if self.document.support_map is None:
            self._update_status()

    def _on_moment_changed(self) -> None:
        """Keep the two maps side by side in step with the comparison (another one, or none);
        when the comparison ends, the findings come back to the place its list had."""
        compared = self.document.compared
        if self.past_banner.side_by_side_action.isChecked() and compared is not None:
            self.map_area.show_compared(compared)
        if compared is None and self._was_comparing:
            self.insight.dock.raise_()
        self._was_comparing = compared is not None

    def _show_side_by_side(self, on: bool) -> None:
        self.map_area.show_compared(self.document.compared if on else None)

    def _update_status(self) -> None:
        if self.document.compared is not None:
            self.statusBar().showMessage(text(strings_past.COMPARE_STATUS))
        elif self.document.read_only:
            self.statusBar().showMessage(text(strings_past.MOMENT_STATUS))
        elif self.document.support_map is None and not self.document.has_library:
            self.statusBar().showMessage(text(strings.OPENING_LIBRARY))
        elif self.document.support_map is None:
            self.statusBar().showMessage(text(strings.NO_MAP_OPEN))
        elif not self.document.support_map.people:
            self.statusBar().showMessage(text(strings.EMPTY_MAP_HINT), 15000)
        else:
            self.statusBar().clearMessage()

    def _update_actions(self) -> None:
        has_map = self.document.support_map is not None
        self.connect_tool_action.setEnabled(has_map and not self.document.read_only)
        self.snapshot_action.setEnabled(self.document.is_stored)
        self.new_map_action.setEnabled(self.document.has_library)
        self.local_library_action.setEnabled(self.document.on_server)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setEnabled(has_map)
        self._show_no_map_notice(not has_map and self.document.has_library)

    def _show_no_map_notice(self, show: bool) -> None:
        """With no map open (the welcome was cancelled, the map deleted), offer to start one."""
        notice = self.view.no_map_notice
        if show:
            notice.show_notice(
                strings_insight.no_map_title(),
                strings_insight.no_map_text(),
                self.tr("Start a map…"),
                text(strings.NEW_MAP_TIP),
            )
        else:
            notice.hide()

    def _on_edited(self, batch: MapEdited) -> None:
        if batch.title_changed:
            self._update_title()

    def _update_title(self) -> None:
        """The open map and the app; only the map while presenting; only the app when hidden."""
        support_map = self.document.support_map
        if support_map is None or self.quick_hide.covered:
            self.setWindowTitle("SupportMap")
            return
        name = support_map.title or self.tr("Map for %1").replace("%1", support_map.focus_name)
        if self.presentation.active:
            self.setWindowTitle(name)
        else:
            self.setWindowTitle(self.tr("%1 — SupportMap").replace("%1", name))

    def _on_failed(self, detail: str) -> None:
        message = text(strings.SAVE_FAILED).replace("%1", detail)
        Problem.show(self, text(strings.SAVE_FAILED_TITLE), message)

    def _show_reachable(self, reachable: bool) -> None:
        said = strings_live.LIBRARY_BACK if reachable else strings_live.LIBRARY_UNREACHABLE
        self.statusBar().showMessage(text(said), 8000 if reachable else 0)
        self.unreachable_notice.setVisible(not reachable)

    def _show_storage_problem(self, message: str) -> None:
        Problem.show(self, self.tr("SupportMap"), message)

    def _edit_person(self, person_id: str) -> None:
        if person_id not in self.selection.ids():
            self.selection.set([person_id], person_id)
        else:
            self.selection.set(self.selection.ids(), person_id)
        self.person_dock.focus_editor()

    def _show_person_editor(self, _person_id: str) -> None:
        """Bring the Person editor into view, leaving the keyboard where it is (N adds more)."""
        self.person_dock.show()
        self.person_dock.raise_()

    def _add_at(self, position: object) -> None:
        self.people_actions.add_person(position if isinstance(position, Position) else None)

    def _use_connect_tool(self, on: bool) -> None:
        """The checked button turns the connect tool on and puts the keyboard on the map, where
        Esc stops it; unchecking it stops the tool too."""
        self.view.set_tool("connect" if on else "select")
        if on:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_tool_hint(self, hint: str) -> None:
        """Keep what the active tool asks for in the status bar until the tool is done.

        A label rather than a message: a message would be wiped by the first menu the pointer
        passes over, while the label only steps aside for it.
        """
        if hint:
            self.statusBar().clearMessage()
        self.tool_hint.setText(hint)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def _show_waiting(self, waiting: bool) -> None:
        """A call to the practice server takes a while: say so until it is answered.

        Keys and clicks wait meanwhile; Undo and Redo are also turned off, since a desktop's
        own menu bar or an assistive tool can trigger them without either.
        """
        if waiting:
            self.statusBar().showMessage(text(strings_live.WAITING_FOR_SERVER))
        else:
            self.statusBar().clearMessage()
        group = self.document.undo_group
        self.undo_action.setEnabled(not waiting and group.canUndo())
        self.redo_action.setEnabled(not waiting and group.canRedo())

    def _take_snapshot(self) -> None:
        if not self.document.is_stored:
            return
        label = TextDialog.ask(
            self,
            self.tr("Take a snapshot"),
            text(strings.SNAPSHOT_PROMPT),
            QDate.currentDate().toString(Qt.DateFormat.ISODate),
            SNAPSHOT_LABEL_MAX,
        )
        if label is None:
            return
        try:
            self.document.take_snapshot(label)
        except (StorageError, ValidationError) as error:
            self._show_storage_problem(str(error))
            return
        self._show_status(text(strings.SNAPSHOT_TAKEN).replace("%1", label))

    def _preferences(self) -> None:
        minutes = PreferencesDialog.ask(
            self, idle_minutes(self._settings), self.document.is_protected
        )
        if minutes is not None:
            self._settings.setValue(IDLE_SETTING, minutes)
            self.lock.apply_settings()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About SupportMap"), text(strings.ABOUT))

    # --- layout memory ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state), _STATE_VERSION)

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState(_STATE_VERSION))
        self._settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._panels_give_way()

    def _panels_give_way(self) -> None:
        """Narrow the panels, rather than the map, while the map has less than its share.

        Qt takes a smaller window's width from the map first; here the panel columns give
        theirs back, down to their minimum, until the map has `MAP_SHARE` of the width again.
        """
        if self.map_area.width() >= MAP_SHARE * self.width():
            return
        missing = math.ceil(MAP_SHARE * self.width()) + _SEPARATOR_SLACK - self.map_area.width()
        for area in (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea):
            docks = [
                dock
                for dock in self.findChildren(QDockWidget)
                if self.dockWidgetArea(dock) == area and dock.isVisible()
            ]
            if not docks or missing <= 0:
                continue
            width = max(dock.width() for dock in docks)
            least = max(dock.minimumSizeHint().width() for dock in docks)
            narrower = max(least, width - missing)
            if narrower < width:
                self.resizeDocks(docks[:1], [narrower], Qt.Orientation.Horizontal)
                missing -= width - narrower

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.document.busy:  # a save is on its way to the server: close once it is in
            event.ignore()
            self.document.when_idle(self.close)
            return
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # finishes an edit in progress, which saves it
        self.quick_hide.uncover()
        self.presentation.set_active(False)  # the layout kept is the everyday one
        self.save_layout()
        self.live.stop()
        super().closeEvent(event)

"""The History panel: the open map's snapshots and session notes on one timeline, newest first.

A therapist looks back over the weeks here: opens a snapshot read-only, compares it with now or
with another snapshot, renames or deletes it, or makes it the current map again; writes, edits
and deletes session notes (private unless said otherwise). **End session…** keeps a snapshot
with an optional note in one step. Everything works from the keyboard (Enter, F2, Delete, the
menu key) as well as from the buttons under the list.

The panel reads the list from `MapDocument.list_snapshots` (no frozen map is read) and the
map's notes, and follows the document's signals; it never reaches the library itself. What the
window shows instead of now (a past moment, a comparison) is marked in the list; changing what
the window shows is the document's business (`show_moment`, `compare`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.batch import MapEdited
from supportmap.core.model import SessionNote
from supportmap.gui.document import MapDocument, SnapshotEntry
from supportmap.gui.panels.history_actions import HistoryActions
from supportmap.gui.panels.history_delegate import HistoryDelegate
from supportmap.gui.panels.history_model import HistoryModel, Kind, Shown
from supportmap.gui.panels.history_since import SinceBox
from supportmap.gui.texts import history as strings
from supportmap.gui.texts import text
from supportmap.storage.errors import StorageError

END_SESSION_KEY = QKeySequence("Ctrl+Shift+E")
"""End session… from anywhere in the window (the File menu shows it)."""
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
"""Delete and F2 act with no modifier held (Delete may come from the number pad)."""


class HistoryDock(QDockWidget):
    """Dock with the map's history.

    Signals:
        status(str): a short confirmation for the status bar.
        problem(str): something could not be done; the text is for a calm message.
    """

    status = Signal(str)
    problem = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("HistoryDock")
        self._document = document
        self._presenting = False
        self._notes: tuple[SessionNote, ...] = ()
        self._snapshots: tuple[SnapshotEntry, ...] = ()

        self.operations = HistoryActions(document, self, self)
        self.operations.status.connect(self.status)
        self.operations.problem.connect(self.problem)
        self.end_session_action = self.operations.end_session
        self.end_session_action.setShortcut(END_SESSION_KEY)
        self.model = HistoryModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HistoryDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Snapshots and session notes"))
        self.list.setAccessibleDescription(text(strings.HISTORY_LIST_KEYS))
        self.list.activated.connect(lambda _index: self.operations.activate())
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # its context menu: see _context_menu
        self.context_menu: QMenu | None = None

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_end_button = QPushButton(self.tr("End session…"))
        self.empty_end_button.clicked.connect(self.operations.end_session.trigger)
        self.empty_note_button = QPushButton(self.tr("Add note…"))
        self.empty_note_button.clicked.connect(self.operations.add_note.trigger)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_end_button)
        empty_buttons.addWidget(self.empty_note_button)
        empty_buttons.addStretch(1)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list)
        self.pages.addWidget(empty)

        self.snapshot_bar = self._toolbar(
            self.tr("Snapshot"), self.operations.snapshot_buttons(), self.operations.compare_menu
        )
        self.note_bar = self._toolbar(self.tr("Notes"), self.operations.note_buttons())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        self.since = SinceBox(document)
        layout.addWidget(self.since)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.snapshot_bar)
        layout.addWidget(self.note_bar)
        self.setWidget(body)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        document.reset.connect(self._on_reset)
        document.snapshots_changed.connect(self.refresh)
        document.moment_changed.connect(self._on_moment_changed)
        document.stored.connect(self.refresh)
        document.edited.connect(self._on_edited)
        self._on_reset()

    def _toolbar(self, name: str, actions: list[QAction], menu: QMenu | None = None) -> QToolBar:
        """A row of buttons; those that do not fit go behind the row's » button."""
        bar = QToolBar(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setAccessibleName(name)
        for action in actions:
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            if menu is not None and action is menu.menuAction() and isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return bar

    # --- what the list shows -----------------------------------------------------------

    def set_presenting(self, on: bool) -> None:
        """Leave private notes out entirely while the screen is shared (presentation mode)."""
        if on != self._presenting:
            self._presenting = on
            self._fill()

    @property
    def presenting(self) -> bool:
        return self._presenting

    def refresh(self) -> None:
        """Read the snapshots again (cheap: no frozen map) and show the timeline."""
        try:
            self._snapshots = self._document.list_snapshots()
        except StorageError as error:
            self._snapshots = ()
            self.problem.emit(str(error))
        self._fill()

    def _on_reset(self) -> None:
        # While a past moment is on screen the document's map is that moment's; the notes
        # listed stay those of now, which cannot change until the window is back to now.
        if not self._document.read_only:
            support_map = self._document.support_map
            self._notes = support_map.notes if support_map is not None else ()
        self.refresh()

    def _on_moment_changed(self) -> None:
        """Mark what the window shows now, and bring its row into view."""
        self.refresh()
        shown = self._shown()
        for snapshot_id in shown:
            row = self.model.row_of(Kind.SNAPSHOT, snapshot_id)
            if row is not None:
                self.list.scrollTo(self.model.index(row, 0))
                break

    def _on_edited(self, batch: MapEdited) -> None:
        if batch.notes_changed and self._document.support_map is not None:
            self._notes = self._document.support_map.notes
            self._fill()

    def _fill(self) -> None:
        chosen = self.selected()
        notes = [note for note in self._notes if not (self._presenting and note.private)]
        self.model.fill(self._snapshots, notes, self._shown())
        row = None if chosen is None else self.model.row_of(*chosen)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
        has_map = self._document.support_map is not None
        empty = self.model.rowCount() == 0
        self.pages.setCurrentIndex(1 if empty else 0)
        self.empty_label.setText(text(strings.HISTORY_EMPTY if has_map else strings.HISTORY_NO_MAP))
        self.empty_end_button.setVisible(has_map)
        self.empty_note_button.setVisible(has_map)
        self.snapshot_bar.setVisible(not empty)
        self.note_bar.setVisible(not empty)
        self._update_actions()

    def _shown(self) -> dict[int, Shown]:
        """The snapshots on screen: the open moment, or the sides of a comparison."""
        document = self._document
        shown: dict[int, Shown] = {}
        if document.moment is not None:
            shown[document.moment.snapshot_id] = Shown.OPEN
        if document.compared is not None:
            for entry in (document.compared.before_entry, document.compared.after_entry):
                if entry is not None:
                    shown[entry.snapshot_id] = Shown.COMPARED
        return shown

    def _update_actions(self) -> None:
        self.operations.update(self.selected(), self._snapshots, self.notes_listed())
        self.empty_end_button.setEnabled(self.operations.end_session.isEnabled())
        self.empty_note_button.setEnabled(self.operations.add_note.isEnabled())

    # --- the selection -------------------------------------------------------------------

    def selected(self) -> tuple[Kind, int | str] | None:
        """The highlighted row as (kind, snapshot id or note id), or None."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.kind, row.item_id

    def notes_listed(self) -> tuple[SessionNote, ...]:
        """The notes the list shows (private ones are left out while presenting)."""
        return tuple(note for note in self._notes if not (self._presenting and note.private))

    def select(self, kind: Kind, item_id: int | str) -> None:
        """Highlight a row, when it is listed."""
        row = self.model.row_of(kind, item_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    # --- keyboard and menu ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.list.viewport() and isinstance(event, QContextMenuEvent):
            self._context_menu(event)
            return True
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() in _PLAIN
        ):
            if event.key() == Qt.Key.Key_Delete:
                self.operations.delete_selected()
                return True
            if event.key() == Qt.Key.Key_F2:
                self.operations.rename_or_edit()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """The menu of the row under the pointer, or of the highlighted row (menu key)."""
        position = event.pos()
        index = QModelIndex()
        if event.reason() != QContextMenuEvent.Reason.Keyboard:
            index = self.list.indexAt(position)
        if index.isValid():
            self.list.setCurrentIndex(index)
        else:
            index = self.list.currentIndex()
            position = self.list.visualRect(index).center() if index.isValid() else position
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        self.context_menu = self.operations.menu_for(self.selected(), self)
        self.context_menu.popup(self.list.viewport().mapToGlobal(position))

"""The People panel: a sortable, filterable table of everyone — the accessible twin of the canvas.

Screen readers cannot see inside a graphics view, so everything the canvas does can be done
here with the keyboard: Insert/N adds, F2 renames, Del deletes, Enter opens the Person editor,
Ctrl+L connects. Selection is shared with the canvas through `SelectionState`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui import strings
from supportmap.gui.document import MapDocument
from supportmap.gui.people_actions import PeopleActions
from supportmap.gui.people_model import ID_ROLE, SORT_ROLE, PeopleModel
from supportmap.gui.selection import SelectionState
from supportmap.gui.strings import text


class PeopleDock(QDockWidget):
    """Dock holding the filter box, the people table and buttons for the people actions."""

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        actions: PeopleActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("People"), parent)
        self.setObjectName("PeopleDock")
        self._selection = selection
        self._actions = actions
        self._syncing = False

        self.model = PeopleModel(document, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(text(strings.PEOPLE_FILTER_PLACEHOLDER))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter people"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setAccessibleName(self.tr("People on this map"))
        self.table.setAccessibleDescription(text(strings.PEOPLE_TABLE_KEYS))
        self.table.installEventFilter(self)
        actions.attach_keys(self.table)
        self.table.doubleClicked.connect(lambda _index: actions.edit.trigger())
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)

        buttons = QGridLayout()
        people_actions = (actions.add, actions.rename, actions.connect_person, actions.delete)
        for index, action in enumerate(people_actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // 2, index % 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        selection.changed.connect(self._on_shared_selection)
        self.model.modelReset.connect(self._on_shared_selection)

    # --- keyboard ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._actions.edit.trigger()
            return True
        return super().eventFilter(watched, event)

    # --- selection in both directions -------------------------------------------------

    def _on_table_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        ids = [str(index.data(ID_ROLE)) for index in rows]
        current_index = self.table.currentIndex()
        current = current_index.data(ID_ROLE) if current_index.isValid() else None
        self._syncing = True
        try:
            self._selection.set(ids, current if current in ids else None)
        finally:
            self._syncing = False

    def _on_shared_selection(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection_model = self.table.selectionModel()
            chosen = QItemSelection()
            current_index = None
            for person_id in self._selection.ids():
                row = self.model.row_of(person_id)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    continue
                chosen.select(index, index)
                if person_id == self._selection.current():
                    current_index = index
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection_model.select(chosen, flags)
            if current_index is not None:
                selection_model.setCurrentIndex(
                    current_index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.table.scrollTo(current_index)
        finally:
            self._syncing = False

    def focus_table(self) -> None:
        """Put the keyboard in the table (for the People menu entry)."""
        self.show()
        self.raise_()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

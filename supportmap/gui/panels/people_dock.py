"""The People panel: a sortable, filterable table of everyone — the accessible twin of the canvas.

Screen readers cannot see inside a graphics view, so everything the canvas does can be done
here with the keyboard: Insert/N adds, F2 renames, Del deletes, Enter opens the Person editor,
Ctrl+L connects, the Sort by box sorts. Selection is shared with the canvas through
`SelectionState`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.batch import MapEdited
from supportmap.core.rules import GiveAndTake
from supportmap.core.vocabulary import Circle, Safety, Sector
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.people_actions import PeopleActions
from supportmap.gui.panels.people_model import COLUMNS, ID_ROLE, SORT_ROLE, PeopleModel
from supportmap.gui.panels.people_table import PeopleTable
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text

_MOVE_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)
_KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)
"""Ways into the table that select its current row; a click selects what it hits itself."""
NAME_CHARACTERS = 14
RELATIONSHIP_CHARACTERS = 16
"""Widths of the free-text columns when the panel opens, in average characters of its font."""


class SortRow(QWidget):
    """The Sort by box and the Reverse check: sorting for the keyboard, since a header cannot
    take the focus. Both follow the header, so a click on a column heading shows here too."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        model = table.model()
        self.column_combo = QComboBox()
        for column in range(model.columnCount()):
            self.column_combo.addItem(str(model.headerData(column, Qt.Orientation.Horizontal)))
        self.column_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.column_combo.setAccessibleName(self.tr("Sort people by"))
        self.column_combo.setAccessibleDescription(text(strings.PEOPLE_SORT_KEYS))
        self.column_combo.activated.connect(self._sort)
        self.reverse_check = QCheckBox(self.tr("Reverse"))
        self.reverse_check.setToolTip(text(strings.PEOPLE_SORT_REVERSE_TIP))
        self.reverse_check.setAccessibleDescription(text(strings.PEOPLE_SORT_REVERSE_TIP))
        self.reverse_check.toggled.connect(self._sort)
        label = QLabel(self.tr("Sort &by"))
        label.setBuddy(self.column_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.column_combo, 1)
        layout.addWidget(self.reverse_check)
        header = table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._show)
        self._show(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _sort(self) -> None:
        order = (
            Qt.SortOrder.DescendingOrder
            if self.reverse_check.isChecked()
            else Qt.SortOrder.AscendingOrder
        )
        self._table.sortByColumn(self.column_combo.currentIndex(), order)

    def _show(self, column: int, order: Qt.SortOrder) -> None:
        with QSignalBlocker(self.column_combo), QSignalBlocker(self.reverse_check):
            self.column_combo.setCurrentIndex(column)
            self.reverse_check.setChecked(order == Qt.SortOrder.DescendingOrder)


class PeopleDock(QDockWidget):
    """Dock holding the filter box, the sort controls, the people table and action buttons."""

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
        self._rows_moving = 0

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
        self.filter_edit.setAccessibleDescription(text(strings.PEOPLE_FILTER_KEYS))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.installEventFilter(self)

        self.table = PeopleTable()
        self._set_model_keeping_selection()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._set_start_widths()
        self.table.setAccessibleName(self.tr("People on this map"))
        self.table.setAccessibleDescription(text(strings.PEOPLE_TABLE_KEYS))
        self.table.installEventFilter(self)
        actions.attach_keys(self.table)
        self.table.doubleClicked.connect(lambda _index: actions.edit.trigger())
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.sort_row = SortRow(self.table)

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
        layout.addWidget(self.sort_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        selection.changed.connect(self._on_shared_selection)
        document.edited.connect(self._reveal_added_people)

    def _set_start_widths(self) -> None:
        """Open each column wide enough for its longest word (free text for a set number of
        characters), with name, circle and safety in view together: in a narrow panel circle
        and safety give up width and cut their words short; the tooltip gives them whole."""
        metrics = self.table.fontMetrics()
        character = metrics.averageCharWidth()

        def widest(words: Iterable[str]) -> int:
            return max(metrics.horizontalAdvance(word) for word in words) + 3 * character

        model = self.model
        headings = {
            name: str(model.headerData(column, Qt.Orientation.Horizontal))
            for column, name in enumerate(COLUMNS)
        }
        widths = {
            "name": NAME_CHARACTERS * character,
            "circle": widest([headings["circle"], *(c.label for c in Circle)]),
            "safety": widest([headings["safety"], *(s.label for s in Safety)]),
            "balance": widest([headings["balance"], *(w.label for w in GiveAndTake)]),
            "relationship": RELATIONSHIP_CHARACTERS * character,
            "sector": widest([headings["sector"], *(s.label for s in Sector)]),
            "received": widest([headings["received"]]),
            "given": widest([headings["given"]]),
        }
        self.table.set_start_widths(
            [widths[name] for name in COLUMNS],
            squeezable=(COLUMNS.index("circle"), COLUMNS.index("safety")),
        )

    def _set_model_keeping_selection(self) -> None:
        """Give the table its model so that rows the filter hides or the sort moves never
        change the shared selection.

        The table's selection model deselects rows the proxy removes (a person edited out of
        the filter) and reports it as a selection change; that is not the user choosing
        someone else, so it must not reach `SelectionState`. The guard has to be up before the
        selection model reacts and down only after it has, hence the connection order around
        `setModel`.
        """
        proxy = self.proxy
        for about_to_change in (
            proxy.rowsAboutToBeRemoved,
            proxy.rowsAboutToBeInserted,
            proxy.layoutAboutToBeChanged,
            proxy.modelAboutToBeReset,
        ):
            about_to_change.connect(self._on_rows_moving)
        self.table.setModel(proxy)
        for changed in (
            proxy.rowsRemoved,
            proxy.rowsInserted,
            proxy.layoutChanged,
            proxy.modelReset,
        ):
            changed.connect(self._on_rows_moved)

    def _on_rows_moving(self, *_args: object) -> None:
        self._rows_moving += 1

    def _on_rows_moved(self, *_args: object) -> None:
        self._rows_moving -= 1
        if not self._rows_moving:
            self._on_shared_selection()  # rows the filter brings back show as selected again

    # --- keyboard ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.table and isinstance(event, QFocusEvent):
            if event.type() == QEvent.Type.FocusIn and event.reason() in _KEYBOARD_FOCUS:
                self._select_current_row()
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if watched is self.table:
                return self._on_table_key(event)
            if watched is self.filter_edit and event.key() == Qt.Key.Key_Down:
                self.focus_table()
                return True
        return super().eventFilter(watched, event)

    def _on_table_key(self, event: QKeyEvent) -> bool:
        """Enter edits; with nobody selected, Enter and the arrow keys first select the row
        that has the focus frame, so the keyboard never acts on a row it cannot see chosen."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._select_current_row()
            self._actions.edit.trigger()
            return True
        return event.key() in _MOVE_KEYS and self._select_current_row()

    def _select_current_row(self) -> bool:
        """Select the focused row (or the first) if the table shows nobody selected.

        Returns:
            True if a row was selected, False if something already was or there are no rows.
        """
        selection_model = self.table.selectionModel()
        if selection_model.hasSelection() or not self.proxy.rowCount():
            return False
        current = self.table.currentIndex()
        if not current.isValid():
            current = self.proxy.index(0, 0)
        selection_model.setCurrentIndex(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def focus_table(self) -> None:
        """Put the keyboard in the table (for the People menu entry), on a selected row."""
        self.show()
        self.raise_()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._select_current_row()  # also when the table had the focus already

    # --- selection in both directions -------------------------------------------------

    def _on_table_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing or self._rows_moving:
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
                index = self._visible_index(person_id)
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

    def _visible_index(self, person_id: str) -> QModelIndex:
        """The table index of a person's row, invalid if they are not shown (or not there)."""
        row = self.model.row_of(person_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _reveal_added_people(self, batch: MapEdited) -> None:
        """Clear the filter when it hides someone just added.

        The new person becomes the selection; hidden, they would be renamed or deleted by F2
        and Del while the table showed nobody selected.
        """
        if any(not self._visible_index(p.id).isValid() for p in batch.added_people):
            self.filter_edit.clear()

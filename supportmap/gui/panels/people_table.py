"""`PeopleTable`: the People panel's table, whose names stay in view while it scrolls sideways.

The panel is narrow and the table is wide, so scrolling right would otherwise take the names
away and leave rows of numbers nobody can place. A second view of the same model, showing only
the name column, lies over the table's left edge; it shares the table's selection and scrolls
up and down with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

NAME_COLUMN = 0
LEAST_CHARACTERS = 7
"""A column squeezed to fit the panel keeps at least this many average characters."""


def _look_alike(view: QTableView, row_height: int) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.verticalHeader().hide()


class PeopleTable(QTableView):
    """A table of people whose first column (the names) is frozen in place.

    Attributes:
        names: the view over the left edge that shows the name column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row_height = self.fontMetrics().height() + 8
        _look_alike(self, row_height)
        self.setTabKeyNavigation(False)  # Tab leaves the table instead of walking cells
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

        self.names = names = QTableView(self)
        _look_alike(names, row_height)
        names.setObjectName("peopleNames")
        names.setAccessibleName(self.tr("Names of the people on this map"))
        names.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the table
        names.setAutoScroll(False)  # it follows the table; scrolling itself mid-click would
        # move the row under the pointer between press and release
        names.setFrameShape(QFrame.Shape.NoFrame)
        names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        names.horizontalHeader().setSortIndicatorShown(True)
        names.horizontalHeader().sectionClicked.connect(self._sort_by_name)
        names.horizontalHeader().sectionResized.connect(self._name_column_resized)
        names.viewport().installEventFilter(self)
        names.doubleClicked.connect(self.doubleClicked)
        self.viewport().stackUnder(names)

        self._natural: list[int] = []
        self._squeezable: tuple[int, ...] = ()
        self._fitting = False
        self._user_sized = False
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._show_sort)
        self.verticalScrollBar().valueChanged.connect(names.verticalScrollBar().setValue)
        names.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # Qt override
        super().setModel(model)
        self.names.setModel(model)
        if model is None:
            return
        self.names.setSelectionModel(self.selectionModel())
        for column in range(model.columnCount()):
            self.names.setColumnHidden(column, column != NAME_COLUMN)
        self._place_names()

    def set_start_widths(self, widths: Sequence[int], squeezable: Sequence[int]) -> None:
        """Open the columns at their ``widths``; while the table is too narrow to show every
        column up to the last ``squeezable`` one, those give up width (they cut their text
        short) so that the first columns stay in view together. Once the user sizes one of
        those columns, their widths are left alone."""
        self._natural = list(widths)
        self._squeezable = tuple(squeezable)
        self._fit()

    def _fit(self) -> None:
        if self._user_sized or not self._natural or not self._squeezable:
            return
        widths = list(self._natural)
        shown = max(self._squeezable) + 1
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        missing = sum(widths[:shown]) - room
        if missing > 0:
            least = LEAST_CHARACTERS * self.fontMetrics().averageCharWidth()
            squeezed = sum(widths[c] for c in self._squeezable)
            scale = max(0, squeezed - missing) / squeezed
            for column in self._squeezable:
                widths[column] = max(least, int(widths[column] * scale))
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:  # Qt override
        """Bring a cell into view beside the names rather than under them; a name is always in
        view, so reaching one scrolls up or down only."""
        sideways = self.horizontalScrollBar()
        kept = sideways.value()
        super().scrollTo(index, hint)
        if index.column() == NAME_COLUMN:
            sideways.setValue(kept)
            return
        covered = self.columnWidth(NAME_COLUMN) - self.columnViewportPosition(index.column())
        if covered > 0:
            sideways.setValue(sideways.value() - covered)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()
        self._place_names()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """A click on a name puts the keyboard in the table, as a click on any other cell does."""
        if watched is self.names.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        return super().eventFilter(watched, event)

    def _place_names(self) -> None:
        """Lay the name view exactly over the table's name column, header included."""
        frame = self.frameWidth()
        header = self.horizontalHeader().height()
        self.names.horizontalHeader().setFixedHeight(header)
        self.names.setColumnWidth(NAME_COLUMN, self.columnWidth(NAME_COLUMN))
        self.names.setGeometry(
            frame, frame, self.columnWidth(NAME_COLUMN), header + self.viewport().height()
        )

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and self._squeezable and column <= max(self._squeezable):
            self._user_sized = True  # only a drag on a heading's edge sizes these columns
        if column == NAME_COLUMN:
            self._place_names()

    def _name_column_resized(self, column: int, _old: int, new: int) -> None:
        """Dragging the edge of the name heading widens the table's name column too."""
        if column == NAME_COLUMN and new != self.columnWidth(NAME_COLUMN):
            self.setColumnWidth(NAME_COLUMN, new)

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """The name heading shows the sort arrow while the table is sorted by name."""
        self.names.horizontalHeader().setSortIndicator(column, order)

    def _sort_by_name(self, column: int) -> None:
        """A click on the name heading sorts the table, as a click on the others does."""
        header = self.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column:
            ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
        self.sortByColumn(column, order)

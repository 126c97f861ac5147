"""`PeopleModel`: everyone on the open map as table rows, kept in step with the document.

The model follows `MapDocument.edited` incrementally (one added person inserts one row, one
edited person refreshes one row), so the table stays quick on large maps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from supportmap.core.batch import MapEdited
from supportmap.core.changes import PersonAdded, PersonRemoved
from supportmap.core.model import Person
from supportmap.core.rules import balance_of, give_and_take_of
from supportmap.gui.document import MapDocument
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text

SORT_ROLE = Qt.ItemDataRole.UserRole
"""Numbers sort as numbers and circles by closeness, whatever the displayed text."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person id of a row."""

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_SORT = SORT_ROLE.value
_ID = ID_ROLE

COLUMNS = ("name", "circle", "safety", "balance", "relationship", "sector", "received", "given")
"""Name, closeness and safety first, so that a narrow panel still shows them."""
_ELIDED = frozenset(COLUMNS[:5])
"""Columns whose text a narrow column may cut short: their tooltip gives it whole."""

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """Table of people: name, circle, safety, balance in words, relationship, life area, and
    how much help is received and given."""

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._cache: dict[str, tuple[Person, tuple[tuple[str, ...], tuple[Any, ...]]]] = {}
        self._headers = (
            self.tr("Name"),
            self.tr("Circle"),
            self.tr("Safety"),
            self.tr("Give and take"),
            self.tr("Relationship"),
            self.tr("Life area"),
            self.tr("Received"),
            self.tr("Given"),
        )
        document.edited.connect(self._on_edited)
        document.reset.connect(self._on_reset)
        self._on_reset()

    # --- lookups ----------------------------------------------------------------------

    def person_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, person_id: str) -> int | None:
        return self._rows.get(person_id)

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "balance":
                return text(strings.BALANCE_HEADER_TIP)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called tens of thousands of times when a large map is sorted: plain ints, one lookup.
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        person_id = self._ids[row]
        if role == _ID:
            return person_id
        support_map = self._document.support_map
        person = None if support_map is None else support_map.people.get(person_id)
        if person is None:
            return None  # being removed: the map has let go before this row does
        if role == _SORT:
            return self._row_values(person)[1][index.column()]
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._row_values(person)[0][index.column()]
        column = COLUMNS[index.column()]
        if role == _TOOLTIP and column == "balance" and person.is_professional:
            return text(strings.BALANCE_PROFESSIONAL_TIP)
        if role == _TOOLTIP and column in _ELIDED:
            return self._row_values(person)[0][index.column()] or None
        if role == _ALIGN and column in ("received", "given"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_values(self, person: Person) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """Display texts and sort keys of one row, computed once per version of the person.

        Sorting a large map asks for every key many times; the cache keeps that cheap.
        """
        cached = self._cache.get(person.id)
        if cached is None or cached[0] is not person:
            values = (
                tuple(self._display(person, column) for column in COLUMNS),
                tuple(self._sort_key(person, column) for column in COLUMNS),
            )
            cached = (person, values)
            self._cache[person.id] = cached
        return cached[1]

    def _display(self, person: Person, column: str) -> str:
        match column:
            case "name":
                return person.name
            case "relationship":
                return person.relationship
            case "sector":
                return person.sector.label
            case "circle":
                return person.circle.label
            case "safety":
                return person.safety.label
            case "received":
                return str(person.support.received)
            case "given":
                return str(person.support.given)
        way = give_and_take_of(person)
        return "" if way is None else way.label

    @staticmethod
    def _sort_key(person: Person, column: str) -> Any:
        match column:
            case "name":
                return person.name.casefold()
            case "relationship":
                return person.relationship.casefold()
            case "sector":
                return person.sector.label.casefold()
            case "circle":
                return int(person.circle)
            case "safety":
                return person.safety.label.casefold()
            case "received":
                return person.support.received
            case "given":
                return person.support.given
        value = balance_of(person)
        return -2.0 if value is None else value

    # --- following the document -------------------------------------------------------

    def _on_reset(self) -> None:
        self.beginResetModel()
        support_map = self._document.support_map
        self._ids = list(support_map.people) if support_map is not None else []
        self._cache.clear()
        self._reindex(0)
        self.endResetModel()

    def _reindex(self, start: int) -> None:
        if start == 0:
            self._rows = {}
        for row in range(start, len(self._ids)):
            self._rows[self._ids[row]] = row

    def _on_edited(self, batch: MapEdited) -> None:
        """Insert and remove rows as people come and go, then refresh each edited row once."""
        for change in batch.changes:
            match change:
                case PersonAdded(person, _):
                    row = len(self._ids)
                    self.beginInsertRows(QModelIndex(), row, row)
                    self._ids.append(person.id)
                    self._rows[person.id] = row
                    self.endInsertRows()
                case PersonRemoved(person, _):
                    gone = self._rows.get(person.id)
                    if gone is None:
                        continue
                    self.beginRemoveRows(QModelIndex(), gone, gone)
                    del self._ids[gone]
                    del self._rows[person.id]
                    self._cache.pop(person.id, None)
                    self._reindex(gone)
                    self.endRemoveRows()
        for person_id in batch.changed_ids:
            changed = self._rows.get(person_id)
            if changed is not None:
                last = self.index(changed, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(changed, 0), last)

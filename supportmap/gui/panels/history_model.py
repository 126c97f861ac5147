"""The map's history as one list: snapshots and session notes, newest first.

The order is by day, newest day first. A snapshot's day is the local date it was taken; a note's
day is its date. Within one day the snapshots come before (above) the notes of that day, because
the usual end of a session writes the note first and keeps the snapshot last; snapshots of one
day are newest first, and so are notes of one day (the one written last on top).

The list is made from `MapDocument.list_snapshots` and the map's notes only, so it never reads
a frozen map, however many snapshots there are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from supportmap.core.model import SessionNote
from supportmap.gui.document import SnapshotEntry

NOTE_LINES = 2
"""How many lines of a note the list shows; the tooltip holds the whole text."""
NOTE_LINE_MAX = 120
"""Characters of one shown line kept before the painter elides it to the width."""


class Kind(Enum):
    SNAPSHOT = "snapshot"
    NOTE = "note"


class Shown(Enum):
    """How a snapshot takes part in what the window shows instead of now."""

    NOT = ""
    OPEN = "open"
    COMPARED = "compared"


Item = SnapshotEntry | SessionNote


def timeline(snapshots: Sequence[SnapshotEntry], notes: Sequence[SessionNote]) -> list[Item]:
    """Snapshots and notes in the order of the list (see the module docstring)."""
    keyed: list[tuple[tuple[dt.date, int, float, int], Item]] = []
    for position, entry in enumerate(snapshots):  # oldest first, as the library lists them
        local = entry.taken.astimezone()
        keyed.append(((local.date(), 1, entry.taken.timestamp(), position), entry))
    for position, note in enumerate(notes):  # in the order they were written
        keyed.append(((note.date, 0, 0.0, position), note))
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _key, item in keyed]


_SHORT = QLocale.FormatType.ShortFormat


def local_date_time(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """An aware time as the person's locale writes a short date and time.

    Date and time are written apart and joined: a whole QDateTime takes ten times longer,
    which 200 snapshots would feel.
    """
    local = moment.astimezone()
    locale = locale or QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), _SHORT)
    return f"{day} {locale.toString(QTime(local.hour, local.minute), _SHORT)}"


def local_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date as the person's locale writes it, short."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), _SHORT)


def note_excerpt(note_text: str) -> str:
    """The first non-empty lines of a note, each cut short; the painter elides to the width."""
    lines = [line.strip() for line in note_text.splitlines() if line.strip()]
    return "\n".join(line[:NOTE_LINE_MAX] for line in lines[:NOTE_LINES])


@dataclass(frozen=True)
class Row:
    """One line of the list, with everything it shows already in words."""

    kind: Kind
    item_id: int | str
    title: str
    detail: str
    tooltip: str
    spoken: str
    private: bool = False
    shown: Shown = Shown.NOT


class HistoryModel(QAbstractListModel):
    """The rows of the History panel. Fill it with `set_rows`; it only shows them."""

    KIND_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
    PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 4
    SHOWN_ROLE = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def fill(
        self,
        snapshots: Sequence[SnapshotEntry],
        notes: Sequence[SessionNote],
        shown: dict[int, Shown],
    ) -> None:
        """Show these snapshots and notes; ``shown`` marks the snapshots on screen by id.

        Leave out the notes that are not to be seen (presentation mode) before calling: the
        list says nothing about them, not even that they exist.
        """
        locale = QLocale()
        rows = [
            self._snapshot_row(item, shown.get(item.snapshot_id, Shown.NOT), locale)
            if isinstance(item, SnapshotEntry)
            else self._note_row(item, locale)
            for item in timeline(snapshots, notes)
        ]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _snapshot_row(self, entry: SnapshotEntry, shown: Shown, locale: QLocale) -> Row:
        when = local_date_time(entry.taken, locale)
        parts = [self.tr("Snapshot"), when]
        if shown is Shown.OPEN:
            parts.append(self.tr("On screen"))
        elif shown is Shown.COMPARED:
            parts.append(self.tr("Compared"))
        detail = " · ".join(parts)
        spoken = self.tr("Snapshot %1, %2").replace("%1", entry.label).replace("%2", when)
        if shown is not Shown.NOT:
            spoken = f"{spoken}, {parts[-1]}"
        return Row(
            Kind.SNAPSHOT,
            entry.snapshot_id,
            entry.label,
            detail,
            f"{entry.label}\n{when}",
            spoken,
            shown=shown,
        )

    def _note_row(self, note: SessionNote, locale: QLocale) -> Row:
        day = local_date(note.date, locale)
        parts = [self.tr("Note"), day]
        if note.private:
            parts.append(self.tr("Private"))
        detail = " · ".join(parts)
        heading = ", ".join(parts)
        return Row(
            Kind.NOTE,
            note.id,
            note_excerpt(note.text),
            detail,
            f"{heading}\n\n{note.text}",
            f"{heading}: {note.text}",
            private=note.private,
        )

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, kind: Kind, item_id: int | str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.kind is kind and row.item_id == item_id:
                return number
        return None

    def rowCount(  # Qt override
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        read = _READERS.get(int(role))
        return None if read is None else read(self._rows[index.row()])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


_READERS: dict[int, Callable[[Row], object]] = {
    int(Qt.ItemDataRole.DisplayRole): lambda row: row.title,
    int(Qt.ItemDataRole.ToolTipRole): lambda row: row.tooltip,
    int(Qt.ItemDataRole.AccessibleTextRole): lambda row: row.spoken,
    int(HistoryModel.KIND_ROLE): lambda row: row.kind.value,
    int(HistoryModel.ID_ROLE): lambda row: row.item_id,
    int(HistoryModel.DETAIL_ROLE): lambda row: row.detail,
    int(HistoryModel.PRIVATE_ROLE): lambda row: row.private,
    int(HistoryModel.SHOWN_ROLE): lambda row: row.shown.value,
}
"""What each role reads from a row (looked up once per call: Qt asks for roles very often)."""

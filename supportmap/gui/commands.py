"""`ChangeCommand`: one undoable user action, and `MapEntry`: one line of the list of maps."""

from __future__ import annotations

import datetime as dt
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from supportmap.core.changes import Change, PersonChanged, invert

if TYPE_CHECKING:
    from supportmap.gui.document import MapDocument

MOVE_MERGE_ID = 1
"""Moves of the same people in quick succession (live drag steps, nudges) merge into one command."""
MERGE_WINDOW_S = 1.0
"""Moves further apart than this stay separate steps: two drags are two things to undo."""
_clock = time.monotonic


class ChangeCommand(QUndoCommand):
    """One undoable user action: a list of core changes applied and saved together."""

    def __init__(
        self, document: MapDocument, changes: Sequence[Change], text: str, merge_id: int = -1
    ) -> None:
        super().__init__(text)
        # A weak reference: the stack that owns this command belongs to the document, and a
        # strong one would make a cycle through C++ that the garbage collector tears apart
        # in an unsafe order.
        self._document = weakref.ref(document)
        self._changes: tuple[Change, ...] = tuple(changes)
        self._merge_id = merge_id
        self._last = _clock()

    @property
    def changes(self) -> tuple[Change, ...]:
        return self._changes

    def id(self) -> int:  # Qt override
        return self._merge_id

    def redo(self) -> None:  # Qt override
        self._run(self._changes, undoing=False)

    def undo(self) -> None:  # Qt override
        self._run(tuple(invert(change) for change in reversed(self._changes)), undoing=True)

    def _run(self, changes: Sequence[Change], *, undoing: bool) -> None:
        document = self._document()
        if document is None or not document._perform(changes, self.text(), undoing=undoing):
            self.setObsolete(True)

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        """Fold a later move of the same people into this one (before of ours, after of theirs)."""
        if not isinstance(other, ChangeCommand) or other.isObsolete():
            return False
        if other.id() != self._merge_id or self._merge_id == -1:
            return False
        if other._last - self._last > MERGE_WINDOW_S:
            return False
        mine, theirs = self._changes, other._changes
        if len(mine) != len(theirs):
            return False
        merged: list[Change] = []
        for a, b in zip(mine, theirs, strict=True):
            if not (
                isinstance(a, PersonChanged)
                and isinstance(b, PersonChanged)
                and a.after.id == b.before.id
            ):
                return False
            merged.append(PersonChanged(a.before, b.after))
        self._changes = tuple(merged)
        self._last = other._last
        return True


@dataclass(frozen=True)
class MapEntry:
    """One map as the list of maps shows it; ``map_id`` is None for an open map not stored yet.

    ``title`` is the map's own title, empty if it has none (views then name it after
    ``focus_name``). ``updated`` is the map's last change and ``last_snapshot`` when its newest
    snapshot was taken (aware times; None when not known, e.g. for a map not stored yet).
    """

    map_id: int | None
    title: str
    focus_name: str
    people: int
    updated: dt.datetime | None = None
    last_snapshot: dt.datetime | None = None

"""`ChangeCommand`: one undoable user action; `gesture_name`: how the Edit menu names it, also
for changes someone else made (`gesture_names`); `MapEntry`: one line of the list of maps."""

from __future__ import annotations

import datetime as dt
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from supportmap.core import changes as kinds  # the kinds of change, matched below
from supportmap.core.changes import Change, PersonChanged, invert

if TYPE_CHECKING:
    from supportmap.core.supportmap import SupportMap
    from supportmap.gui.document import MapDocument

MOVE_MERGE_ID = 1
"""Moves of the same people in quick succession (live drag steps, nudges) merge into one command."""
MERGE_WINDOW_S = 1.0
"""Moves further apart than this stay separate steps: two drags are two things to undo."""
_clock = time.monotonic
MOVED = {"position", "circle", "sector"}
"""What a person's move on the map changes: where they sit, and so their ring and wedge."""
translate = QCoreApplication.translate


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


def gesture_names(changes: Sequence[Change], after: SupportMap) -> list[str]:
    """What ``changes`` did, one line per gesture as the Edit menu names it ("Rename Sam"), in
    the order of the changes and without repeats.

    The changes are those that made the map on screen the other person's version (as
    `MapDocument.reload_map` works them out), so one person's several edits show as one
    ("Edit Sam"), and taking someone who left out of the safety plan goes with their removal
    rather than showing as an edit of the plan.

    Args:
        after: the map the changes led to, which names the people of ties (someone who left
            it is named by the change that removed them).
    """
    removed = {c.person.id: c.person.name for c in changes if isinstance(c, kinds.PersonRemoved)}
    names = {person.id: person.name for person in after.people.values()} | removed
    lines: list[str] = []
    for change in changes:
        if _only_takes_out(change, removed):
            continue
        line = gesture_name(change, lambda person_id: names.get(person_id, "?"))
        if line not in lines:
            lines.append(line)
    return lines


def _only_takes_out(change: Change, removed: Iterable[str]) -> bool:
    """Whether ``change`` only takes people who left the map out of the safety plan."""
    if not isinstance(change, kinds.SafetyPlanChanged) or change.before is None:
        return False
    return change.after == change.before.without(removed)


def gesture_name(change: Change, name_of: Callable[[str], str]) -> str:
    """The Edit menu's name of the gesture ``change`` comes from ("Rename Sam", "Add a note");
    ``name_of`` names the people of a tie by their ids.

    Gestures of several changes that name a count ("Move 3 people") are named where they are
    made (`MapDocument`), since the catalogue finds a count only there.
    """

    def pair(label: str, a: str, b: str) -> str:
        return label.replace("%1", name_of(a)).replace("%2", name_of(b))

    match change:
        case kinds.PersonAdded(person=person):
            return translate("MapDocument", "Add %1").replace("%1", person.name)
        case kinds.PersonRemoved(person=person):
            return translate("MapDocument", "Delete %1").replace("%1", person.name)
        case kinds.PersonChanged(before=before, after=after):
            if set(change.fields) == {"name"}:
                return translate("MapDocument", "Rename %1").replace("%1", before.name)
            if "position" in change.fields and set(change.fields) <= MOVED:
                return translate("MapDocument", "Move %1").replace("%1", after.name)
            return translate("MapDocument", "Edit %1").replace("%1", after.name)
        case kinds.TieAdded(tie=tie):
            return pair(translate("MapDocument", "Connect %1 and %2"), tie.a, tie.b)
        case kinds.TieRemoved(tie=tie):
            return pair(translate("MapDocument", "Disconnect %1 and %2"), tie.a, tie.b)
        case kinds.TieChanged(after=tie):
            return pair(translate("MapDocument", "Edit tie between %1 and %2"), tie.a, tie.b)
        case kinds.MapRetitled():
            return translate("MapDocument", "Rename map")
        case kinds.FocusRenamed(before=before):
            return translate("MapDocument", "Rename %1").replace("%1", before)
        case kinds.NoteAdded():
            return translate("MapDocument", "Add a note")
        case kinds.NoteRemoved():
            return translate("MapDocument", "Delete a note")
        case kinds.NoteChanged():
            return translate("MapDocument", "Edit a note")
        case kinds.SafetyPlanChanged():
            return translate("MapDocument", "Edit the safety plan")

"""`MapGestures`: each gesture on the map becomes its changes (`core.edits`), pushed as one
undo command named for the Edit menu ("Rename Sam", "Move 3 people").

Mixed into `MapDocument`, which applies, saves and records what is pushed. Their names are the
document's texts: they keep its translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from supportmap.core import edits
from supportmap.core.changes import Change, PersonRemoved
from supportmap.core.model import CrisisLine, PlanList, Position
from supportmap.core.supportmap import SupportMap
from supportmap.gui.commands import MOVE_MERGE_ID

translate = QCoreApplication.translate


class MapGestures:
    """The gestures of the open map, for `MapDocument`.

    Every method raises ValidationError when its gesture does not fit the map; nothing is
    pushed then.
    """

    def require_map(self) -> SupportMap:
        """The open map (`MapDocument.require_map`)."""
        raise NotImplementedError

    def push(self, changes: Change | Sequence[Change], text: str, merge_id: int = -1) -> None:
        """Apply, save and record ``changes`` as one command (`MapDocument.push`)."""
        raise NotImplementedError

    def name_of(self, person_id: str) -> str:
        return self.require_map().person(person_id).name

    def add_person(self, name: str, **fields: Any) -> str:
        """Add someone, placed as `edits.add_person` says; returns their id.

        Raises ValidationError for an invalid name or field.
        """
        change = edits.add_person(self.require_map(), name, **fields)
        self.push(
            change,
            translate("MapDocument", "Add %1").replace("%1", change.person.name),
        )
        return change.person.id

    def update_person(self, person_id: str, **fields: Any) -> None:
        """Change fields of one person as one command ("Rename Sam" or "Edit Sam")."""
        change = edits.update_person(self.require_map(), person_id, **fields)
        if change is None:
            return
        if set(change.fields) == {"name"}:
            text = translate("MapDocument", "Rename %1").replace("%1", change.before.name)
        else:
            text = translate("MapDocument", "Edit %1").replace("%1", change.after.name)
        self.push(change, text)

    def move_people(self, positions: Mapping[str, Position]) -> None:
        """Move people as `edits.move_people` says; drops that change nothing push nothing."""
        changes = edits.move_people(self.require_map(), positions)
        if not changes:
            return
        if len(changes) == 1:
            text = translate("MapDocument", "Move %1").replace("%1", changes[0].before.name)
        else:
            text = translate("MapDocument", "Move %n people", "", len(changes))
        self.push(changes, text, MOVE_MERGE_ID)

    def remove_people(self, ids: Iterable[str]) -> None:
        """Remove people with all their ties, as one command."""
        changes = edits.remove_people(self.require_map(), ids)
        removed = [c.person for c in changes if isinstance(c, PersonRemoved)]
        if not removed:
            return
        if len(removed) == 1:
            text = translate("MapDocument", "Delete %1").replace("%1", removed[0].name)
        else:
            text = translate("MapDocument", "Delete %n people", "", len(removed))
        self.push(changes, text)

    def add_tie(self, a: str, b: str, strength: int = 1, conflict: bool = False) -> None:
        """Record that two people know each other."""
        change = edits.add_tie(self.require_map(), a, b, strength, conflict)
        text = translate("MapDocument", "Connect %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

    def update_tie(self, a: str, b: str, **fields: Any) -> None:
        """Change strength or conflict of a tie."""
        change = edits.update_tie(self.require_map(), a, b, **fields)
        if change is None:
            return
        text = translate("MapDocument", "Edit tie between %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

    def remove_tie(self, a: str, b: str) -> None:
        """Forget that two people know each other."""
        change = edits.remove_tie(self.require_map(), a, b)
        text = translate("MapDocument", "Disconnect %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

    def add_note(self, text: str, private: bool = True, date: dt.date | None = None) -> None:
        """Write a session note, dated today unless ``date`` is given; private by default."""
        when = date or dt.date.today()
        self.push(
            edits.add_note(self.require_map(), when, text, private),
            translate("MapDocument", "Add a note"),
        )

    def update_note(self, note_id: str, **fields: Any) -> None:
        """Change a note's text, date or privacy as one command."""
        change = edits.update_note(self.require_map(), note_id, **fields)
        if change is not None:
            self.push(change, translate("MapDocument", "Edit a note"))

    def remove_note(self, note_id: str) -> None:
        """Delete a session note (Undo brings it back)."""
        self.push(
            edits.remove_note(self.require_map(), note_id),
            translate("MapDocument", "Delete a note"),
        )

    # --- the safety plan: one command per gesture; ``label`` names it for Undo ---------------

    def add_plan_item(
        self, which: PlanList, item: str | CrisisLine, label: str, index: int | None = None
    ) -> None:
        """Add a text, a person's id or a crisis line to a list of the plan (see `edits`)."""
        self.push(edits.add_plan_item(self.require_map(), which, item, index), label)

    def replace_plan_item(
        self, which: PlanList, index: int, item: str | CrisisLine, label: str
    ) -> None:
        """Rewrite one text or crisis line of the plan; nothing is pushed if it stays the same."""
        change = edits.replace_plan_item(self.require_map(), which, index, item)
        if change is not None:
            self.push(change, label)

    def remove_plan_item(self, which: PlanList, index: int, label: str) -> None:
        """Take the item shown at ``index`` out of a list of the plan."""
        self.push(edits.remove_plan_item(self.require_map(), which, index), label)

    def move_plan_item(self, which: PlanList, index: int, to: int, label: str) -> None:
        """Move the item shown at ``index`` of a list of the plan to ``to``."""
        change = edits.move_plan_item(self.require_map(), which, index, to)
        if change is not None:
            self.push(change, label)

    def use_plan_suggestion(self, which: PlanList, label: str) -> None:
        """Let a people list of the plan follow what the map suggests again."""
        change = edits.set_plan_list(self.require_map(), which, None)
        if change is not None:
            self.push(change, label)

    def set_what_matters(self, text: str) -> None:
        """Write what matters most to the person, as one command."""
        change = edits.set_what_matters(self.require_map(), text)
        if change is not None:
            self.push(change, translate("MapDocument", "Edit what matters most"))

"""`MapEdited`: everything one command did to a map, handed to listeners as one value.

A command (a drag, deleting several people, one undo) may apply many changes. Listeners want to
know *what kind* of thing happened (someone added, a tie changed, the title changed) and react
once, not re-analyse the map after every single change of a burst. The helpers answer the
questions the views ask, so no listener has to pattern-match the changes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from supportmap.core.changes import (
    Change,
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
    TieRemoved,
)
from supportmap.core.model import Person, Tie


@dataclass(frozen=True)
class MapEdited:
    """The changes one command applied (on do, undo or redo), in the order they were applied."""

    changes: tuple[Change, ...]

    @cached_property
    def added_people(self) -> tuple[Person, ...]:
        """People who joined the map, in order."""
        return tuple(c.person for c in self.changes if isinstance(c, PersonAdded))

    @cached_property
    def removed_ids(self) -> frozenset[str]:
        """Ids of people who left the map."""
        return frozenset(c.person.id for c in self.changes if isinstance(c, PersonRemoved))

    @cached_property
    def changed_people(self) -> tuple[Person, ...]:
        """People whose fields changed, as they are now (each once, in the order first changed)."""
        latest: dict[str, Person] = {}
        for change in self.changes:
            if isinstance(change, PersonChanged):
                latest[change.after.id] = change.after
        return tuple(latest.values())

    @cached_property
    def changed_ids(self) -> frozenset[str]:
        return frozenset(person.id for person in self.changed_people)

    @property
    def people_counted_differently(self) -> bool:
        """Whether someone joined or left: the number of people on the map changed."""
        return bool(self.added_people or self.removed_ids)

    @cached_property
    def ties_touched(self) -> tuple[Tie, ...]:
        """Ties added, removed or changed (as they are now, or were when removed).

        Ties that leave or return together with a person are included.
        """
        ties: list[Tie] = []
        for change in self.changes:
            match change:
                case TieAdded(tie) | TieRemoved(tie) | TieChanged(_, tie):
                    ties.append(tie)
                case PersonAdded(_, person_ties) | PersonRemoved(_, person_ties):
                    ties.extend(person_ties)
        return tuple(ties)

    def touches_ties_of(self, person_id: str) -> bool:
        """Whether a tie of ``person_id`` was added, removed or changed."""
        return any(person_id in (tie.a, tie.b) for tie in self.ties_touched)

    @cached_property
    def title_changed(self) -> bool:
        """Whether what names the map changed: its title or the focus person's name."""
        return any(isinstance(c, MapRetitled | FocusRenamed) for c in self.changes)

    @cached_property
    def focus_name(self) -> str | None:
        """The focus person's new name, if it changed."""
        names = [c.after for c in self.changes if isinstance(c, FocusRenamed)]
        return names[-1] if names else None

    @cached_property
    def safety_plan_changed(self) -> bool:
        """Whether what the user wrote or chose in the safety plan changed.

        What the plan shows also follows people's fields (their safety, help, contact), so a
        view of the plan listens to `changed_people` and `removed_ids` as well.
        """
        return any(isinstance(c, SafetyPlanChanged) for c in self.changes)

    @cached_property
    def notes_changed(self) -> bool:
        """Whether a session note was added, removed or changed."""
        return any(isinstance(c, NoteAdded | NoteRemoved | NoteChanged) for c in self.changes)

"""Changes to a support map, as plain values.

A change describes one edit completely (the state before and after), so that it can be applied,
inverted for undo, persisted by the storage layer as a small write, and listened to by the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportmap.core.model import Person, SafetyPlan, SessionNote, Tie


@dataclass(frozen=True, slots=True)
class PersonAdded:
    """A person joins the map, with any ties restored alongside them (undo of a removal).

    ``index`` is their place in the map's order (None: at the end), so that undoing a removal
    puts them back where they were.
    """

    person: Person
    ties: tuple[Tie, ...] = ()
    index: int | None = None


@dataclass(frozen=True, slots=True)
class PersonRemoved:
    """A person leaves the map together with all their ties; ``index`` is where they stood."""

    person: Person
    ties: tuple[Tie, ...] = ()
    index: int | None = None


@dataclass(frozen=True, slots=True)
class PersonChanged:
    """One or more fields of a person changed; ``before.id == after.id``."""

    before: Person
    after: Person

    @property
    def fields(self) -> tuple[str, ...]:
        """Names of the fields that differ between before and after."""
        names = Person.__dataclass_fields__
        return tuple(n for n in names if getattr(self.before, n) != getattr(self.after, n))


@dataclass(frozen=True, slots=True)
class TieAdded:
    tie: Tie


@dataclass(frozen=True, slots=True)
class TieRemoved:
    tie: Tie


@dataclass(frozen=True, slots=True)
class TieChanged:
    """Strength or conflict of a tie changed; the two people stay the same."""

    before: Tie
    after: Tie


@dataclass(frozen=True, slots=True)
class MapRetitled:
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class FocusRenamed:
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class NoteAdded:
    note: SessionNote


@dataclass(frozen=True, slots=True)
class NoteRemoved:
    note: SessionNote


@dataclass(frozen=True, slots=True)
class NoteChanged:
    before: SessionNote
    after: SessionNote


@dataclass(frozen=True, slots=True)
class SafetyPlanChanged:
    """The map's safety plan changed as a whole; None is a map without a plan.

    Removing someone named in the plan first takes them out of it with this change, so the
    plan never names a person who is not on the map, and undo puts them back in their place.
    """

    before: SafetyPlan | None
    after: SafetyPlan | None


Change = (
    PersonAdded
    | PersonRemoved
    | PersonChanged
    | TieAdded
    | TieRemoved
    | TieChanged
    | MapRetitled
    | FocusRenamed
    | NoteAdded
    | NoteRemoved
    | NoteChanged
    | SafetyPlanChanged
)


def invert(change: Change) -> Change:
    """The change that undoes ``change``."""
    match change:
        case PersonAdded(person, ties, index):
            return PersonRemoved(person, ties, index)
        case PersonRemoved(person, ties, index):
            return PersonAdded(person, ties, index)
        case PersonChanged(before, after):
            return PersonChanged(after, before)
        case TieAdded(tie):
            return TieRemoved(tie)
        case TieRemoved(tie):
            return TieAdded(tie)
        case TieChanged(before, after):
            return TieChanged(after, before)
        case MapRetitled(before, after):
            return MapRetitled(after, before)
        case FocusRenamed(before, after):
            return FocusRenamed(after, before)
        case NoteAdded(note):
            return NoteRemoved(note)
        case NoteRemoved(note):
            return NoteAdded(note)
        case NoteChanged(before, after):
            return NoteChanged(after, before)
        case SafetyPlanChanged(before, after):
            return SafetyPlanChanged(after, before)
    raise TypeError(f"not a change: {change!r}")

"""`SupportMap`: one person's network — the focus person, the people around them and their ties.

The map is edited only through `SupportMap.apply(change)` with the values of
`supportmap.core.changes`; `supportmap.core.edits` computes them from what the user did. The
same change is then saved by the storage layer and recorded for undo by the GUI.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

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
from supportmap.core.i18n import _
from supportmap.core.model import (
    NAME_MAX,
    PEOPLE_LISTS,
    Person,
    SafetyPlan,
    SessionNote,
    Tie,
    ValidationError,
    check_text,
    check_title,
    tie_key,
)


class SupportMap:
    """A support map. People and notes keep the order in which they were added.

    The map may hold a safety plan, whose people lists only ever name people of the map: a
    person named in it can only be removed once a `SafetyPlanChanged` has taken them out
    (`supportmap.core.edits.remove_people` does both, and undo puts them back).
    """

    def __init__(self, focus_name: str = "Me", title: str = "") -> None:
        self._focus_name = check_text("focus.name", focus_name, NAME_MAX, required=True)
        self._title = check_title(title)
        self._people: dict[str, Person] = {}
        self._ties: dict[tuple[str, str], Tie] = {}
        self._ties_by_person: dict[str, set[tuple[str, str]]] = {}
        self._notes: dict[str, SessionNote] = {}
        self._plan: SafetyPlan | None = None

    @classmethod
    def build(
        cls,
        focus_name: str,
        title: str = "",
        people: Iterable[Person] = (),
        ties: Iterable[Tie] = (),
        notes: Iterable[SessionNote] = (),
        safety_plan: SafetyPlan | None = None,
    ) -> SupportMap:
        """A map from parts, checked for duplicate ids, duplicate ties and dangling references."""
        support_map = cls(focus_name, title)
        for i, person in enumerate(people):
            try:
                support_map._apply(PersonAdded(person))
            except ValidationError as error:
                raise error.within(f"people[{i}]") from None
        for i, tie in enumerate(ties):
            try:
                support_map._apply(TieAdded(tie))
            except ValidationError as error:
                raise error.within(f"ties[{i}]") from None
        for i, note in enumerate(notes):
            try:
                support_map._apply(NoteAdded(note))
            except ValidationError as error:
                raise error.within(f"session_notes[{i}]") from None
        if safety_plan is not None:
            try:
                support_map._apply(SafetyPlanChanged(None, safety_plan))
            except ValidationError as error:
                raise error.within("safety_plan") from None
        return support_map

    def copy(self) -> SupportMap:
        """An independent copy with the same content."""
        return SupportMap.build(
            self._focus_name,
            self._title,
            self.people.values(),
            self.ties.values(),
            self.notes,
            self._plan,
        )

    # --- reading -------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def focus_name(self) -> str:
        return self._focus_name

    @property
    def people(self) -> Mapping[str, Person]:
        """Everyone on the map by id, in the order they were added (read-only view)."""
        return MappingProxyType(self._people)

    @property
    def ties(self) -> Mapping[tuple[str, str], Tie]:
        """Every tie by its order-free key (see `tie_key`), in the order added (read-only)."""
        return MappingProxyType(self._ties)

    @property
    def notes(self) -> tuple[SessionNote, ...]:
        return tuple(self._notes.values())

    @property
    def safety_plan(self) -> SafetyPlan | None:
        """What the user wrote in the map's safety plan; None when they never started one."""
        return self._plan

    def person(self, person_id: str) -> Person:
        try:
            return self._people[person_id]
        except KeyError:
            no_person = _("no person with id {id}").format(id=repr(person_id))
            raise ValidationError("id", no_person) from None

    def tie(self, a: str, b: str) -> Tie | None:
        return self._ties.get(tie_key(a, b))

    def ties_of(self, person_id: str) -> tuple[Tie, ...]:
        """The ties of one person, in the order they were added."""
        keys = self._ties_by_person.get(person_id, set())
        return tuple(tie for key, tie in self._ties.items() if key in keys)

    def current_people(self) -> Iterator[Person]:
        """People in circles 1–3, who count towards coverage, balance and structure."""
        return (p for p in self._people.values() if p.is_current)

    def new_person_id(self) -> str:
        """An id nobody on the map has, and that nobody had in an earlier snapshot either.

        Comparing two moments matches people by id (DESIGN §8.1), so a newcomer must never get
        the id of someone removed earlier: the id is random rather than the next number
        (``p`` and eight hex digits), which also keeps two windows adding at once apart.
        """
        return _random_id("p", self._people)

    def new_note_id(self) -> str:
        """An id no session note of the map has: random (``n`` and eight hex digits), so that
        two windows adding a note at once never give theirs the same id."""
        return _random_id("n", self._notes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SupportMap):
            return NotImplemented
        return (
            self._focus_name == other._focus_name
            and self._title == other._title
            and list(self._people.items()) == list(other._people.items())
            and list(self._ties.items()) == list(other._ties.items())
            and list(self._notes.items()) == list(other._notes.items())
            and self._plan == other._plan
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"SupportMap(focus_name={self._focus_name!r}, title={self._title!r}, "
            f"people={len(self._people)}, ties={len(self._ties)})"
        )

    # --- editing --------------------------------------------------------------------------

    def apply(self, change: Change) -> Change:
        """Validate and apply one change; returns it. Nothing changes if it does not fit.

        `supportmap.core.edits` turns a user's gesture into the changes to apply.
        """
        self._apply(change)
        return change

    # --- internals ------------------------------------------------------------------------

    def _expect_current(self, person: Person) -> None:
        if self._people.get(person.id) != person:
            unexpected = _("person {id} is not as this change expects")
            raise ValidationError("id", unexpected.format(id=repr(person.id)))

    def _expect_tie(self, tie: Tie) -> None:
        if self._ties.get(tie.key) != tie:
            unexpected = _("the tie {a}–{b} is not as expected")
            raise ValidationError("ties", unexpected.format(a=repr(tie.a), b=repr(tie.b)))

    def _apply(self, change: Change) -> None:
        match change:
            case PersonAdded(person, ties, index):
                if person.id in self._people:
                    used = _("{id} is already used by another person")
                    raise ValidationError("id", used.format(id=repr(person.id)))
                for tie in ties:
                    if person.id not in (tie.a, tie.b):
                        raise ValidationError("ties", _("restored ties must involve the person"))
                self._people[person.id] = person
                if index is not None and 0 <= index < len(self._people) - 1:
                    order = list(self._people.items())
                    order.insert(index, order.pop())
                    self._people = dict(order)
                self._ties_by_person[person.id] = set()
                try:
                    for tie in ties:
                        self._apply(TieAdded(tie))
                except ValidationError:
                    self._drop_person(person.id)
                    raise
            case PersonRemoved(person, ties):
                self._expect_current(person)
                if set(ties) != set(self.ties_of(person.id)):
                    every_tie = _("the removal must name every tie of the person")
                    raise ValidationError("ties", every_tie)
                if self._plan is not None and person.id in self._plan.person_ids:
                    in_plan = _("{id} is still named in the safety plan").format(id=repr(person.id))
                    raise ValidationError("safety_plan", in_plan)
                self._drop_person(person.id)
            case PersonChanged(before, after):
                if before.id != after.id:
                    raise ValidationError("id", _("a person's id cannot change"))
                self._expect_current(before)
                self._people[after.id] = after
            case TieAdded(tie):
                for end in (tie.a, tie.b):
                    if end not in self._people:
                        no_person = _("no person {id}").format(id=repr(end))
                        raise ValidationError("b" if end == tie.b else "a", no_person)
                if tie.key in self._ties:
                    tied = _("{a} and {b} are already tied").format(a=repr(tie.a), b=repr(tie.b))
                    raise ValidationError("b", tied)
                self._ties[tie.key] = tie
                self._ties_by_person[tie.a].add(tie.key)
                self._ties_by_person[tie.b].add(tie.key)
            case TieRemoved(tie):
                self._expect_tie(tie)
                self._drop_tie(tie.key)
            case TieChanged(before, after):
                if before.key != after.key:
                    raise ValidationError("ties", _("the two people of a tie cannot change"))
                self._expect_tie(before)
                self._ties[after.key] = after
            case MapRetitled(before, after):
                if before != self._title:
                    raise ValidationError("title", _("is not as this change expects"))
                self._title = check_title(after)
            case FocusRenamed(before, after):
                if before != self._focus_name:
                    raise ValidationError("focus.name", _("is not as this change expects"))
                self._focus_name = check_text("focus.name", after, NAME_MAX, required=True)
            case NoteAdded(note):
                if note.id in self._notes:
                    used = _("{id} is already used").format(id=repr(note.id))
                    raise ValidationError("session_notes", used)
                self._notes[note.id] = note
            case NoteRemoved(note):
                if self._notes.get(note.id) != note:
                    raise ValidationError("session_notes", _("note is not as this change expects"))
                del self._notes[note.id]
            case NoteChanged(before, after):
                if before.id != after.id or self._notes.get(before.id) != before:
                    raise ValidationError("session_notes", _("note is not as this change expects"))
                self._notes[after.id] = after
            case SafetyPlanChanged(before, after):
                if before != self._plan:
                    raise ValidationError("safety_plan", _("is not as this change expects"))
                if after is not None:
                    self._check_plan_people(after)
                self._plan = after
            case _:
                raise TypeError(f"not a change: {change!r}")

    def _check_plan_people(self, plan: SafetyPlan) -> None:
        for which in PEOPLE_LISTS:
            for i, person_id in enumerate(plan.items(which) or ()):
                if person_id not in self._people:
                    no_person = _("no person {id}").format(id=repr(person_id))
                    raise ValidationError(f"{which.value}[{i}]", no_person)

    def _drop_tie(self, key: tuple[str, str]) -> None:
        del self._ties[key]
        for end in key:
            self._ties_by_person[end].discard(key)

    def _drop_person(self, person_id: str) -> None:
        for key in list(self._ties_by_person.get(person_id, ())):
            self._drop_tie(key)
        self._ties_by_person.pop(person_id, None)
        del self._people[person_id]


def _random_id(prefix: str, used: Mapping[str, object]) -> str:
    while True:
        candidate = f"{prefix}{secrets.token_hex(4)}"
        if candidate not in used:
            return candidate

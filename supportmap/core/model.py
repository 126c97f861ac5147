"""Immutable value types of a support map: people, their support levels, ties, session notes
and the safety plan.

Every value validates itself on construction, so an invalid person or tie cannot exist. Errors
are `ValidationError`s that name the field and say what is allowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, TypeVar

from supportmap.core.i18n import _, ngettext
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, HelpType, Safety, Sector

NAME_MAX = 80
RELATIONSHIP_MAX = 80
NEXT_STEP_MAX = 280
NOTES_MAX = 5000
CONTACT_MAX = 120
TITLE_MAX = 200
SESSION_NOTE_MAX = 20000
LEVEL_MAX = 3
ID_MAX = 64


class ValidationError(ValueError):
    """A value the user (or a file) supplied is not allowed.

    Attributes:
        field: dotted path of the offending field, e.g. ``people[p1].support.emotional.receive``.
        problem: what is wrong and what is allowed, in plain words.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def within(self, prefix: str) -> ValidationError:
        """The same error with its field path placed under ``prefix``."""
        return ValidationError(f"{prefix}.{self.field}", self.problem)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x80-\x9f]")
"""C0 controls but tab and newline, and C1 controls: PostgreSQL cannot store NUL, and the
others can rewrite a terminal that prints them (DESIGN.md §3)."""


def check_no_controls(field_name: str, text: str) -> None:
    """Refuse control characters other than tab and newline in any text the user gives."""
    found = _CONTROL.search(text)
    if found is not None:
        raise ValidationError(
            field_name,
            _(
                "must not contain control characters (found U+{code}); "
                "only tab and new line are allowed"
            ).format(code=f"{ord(found.group()):04X}"),
        )


def has_visible(text: str) -> bool:
    """Whether ``text`` shows at least one character: not only spaces, zero-width or control."""
    return any(unicodedata.category(char)[0] not in "CZ" for char in text)


def check_text(
    field_name: str, value: object, limit: int, *, required: bool = False, trim: bool = False
) -> str:
    """The text rules of DESIGN.md §3, shared by file import and every editor.

    Args:
        field_name: named in the error message.
        value: what was given.
        limit: the most characters allowed, counted after trimming and normalising.
        required: a name: trimmed, NFC-normalised, and it must show a visible character.
        trim: a title: trimmed and NFC-normalised, and it may end up empty.

    Returns:
        The text as it is to be stored.
    """
    if not isinstance(value, str):
        raise ValidationError(
            field_name, _("must be text, got {got}").format(got=type(value).__name__)
        )
    check_no_controls(field_name, value)
    text = unicodedata.normalize("NFC", value).strip() if required or trim else value
    if required and not text:
        raise ValidationError(field_name, _("must not be empty"))
    if len(text) > limit:
        too_long = ngettext(
            "must be at most {limit} character, got {length}",
            "must be at most {limit} characters, got {length}",
            limit,
        )
        raise ValidationError(field_name, too_long.format(limit=limit, length=len(text)))
    if required and not has_visible(text):
        raise ValidationError(
            field_name, _("must contain at least one visible character, not only invisible ones")
        )
    return text


def check_title(value: object) -> str:
    """A map title: trimmed and normalised, at most `TITLE_MAX`; empty shows the focus name."""
    return check_text("title", value, TITLE_MAX, trim=True)


def _check_int(field_name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        not_whole = _("must be a whole number {low}..{high}, got {got}")
        raise ValidationError(field_name, not_whole.format(low=low, high=high, got=repr(value)))
    if not low <= value <= high:
        outside = _("must be {low}..{high}, got {got}")
        raise ValidationError(field_name, outside.format(low=low, high=high, got=value))
    return value


E = TypeVar("E", bound=Enum)


def _coerce_enum(field_name: str, enum: type[E], value: object) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum)
        not_one = _("must be one of {allowed}, got {got}")
        raise ValidationError(
            field_name, not_one.format(allowed=allowed, got=repr(value))
        ) from None


@dataclass(frozen=True, slots=True)
class SupportLevel:
    """How much of one help type I receive from, and give to, one person (0 never … 3 often)."""

    receive: int = 0
    give: int = 0

    def __post_init__(self) -> None:
        _check_int("receive", self.receive, 0, LEVEL_MAX)
        _check_int("give", self.give, 0, LEVEL_MAX)

    @property
    def is_zero(self) -> bool:
        return self.receive == 0 and self.give == 0


_ZERO = SupportLevel()


@dataclass(frozen=True, slots=True)
class Support:
    """Support levels for all five help types, in `HelpType` order. Missing means 0."""

    levels: tuple[SupportLevel, ...] = (_ZERO,) * len(HELP_TYPES)

    def __post_init__(self) -> None:
        if len(self.levels) != len(HELP_TYPES) or not all(
            isinstance(level, SupportLevel) for level in self.levels
        ):
            raise ValidationError("support", _("must hold one level per help type"))

    @classmethod
    def of(cls, levels: Mapping[HelpType | str, SupportLevel | tuple[int, int]]) -> Support:
        """Build from a mapping of help type to `SupportLevel` or ``(receive, give)``."""
        built = [_ZERO] * len(HELP_TYPES)
        for key, level in levels.items():
            help_type = _coerce_enum("support", HelpType, key)
            if not isinstance(level, SupportLevel):
                try:
                    level = SupportLevel(*level)
                except ValidationError as error:
                    raise error.within(f"support.{help_type.value}") from None
            built[help_type.ordinal] = level
        return cls(tuple(built))

    def __getitem__(self, help_type: HelpType) -> SupportLevel:
        return self.levels[help_type.ordinal]

    def receive(self, help_type: HelpType) -> int:
        return self.levels[help_type.ordinal].receive

    def give(self, help_type: HelpType) -> int:
        return self.levels[help_type.ordinal].give

    def with_level(
        self, help_type: HelpType, *, receive: int | None = None, give: int | None = None
    ) -> Support:
        """A copy with one help type's receive and/or give level changed."""
        old = self.levels[help_type.ordinal]
        try:
            new = SupportLevel(
                old.receive if receive is None else receive, old.give if give is None else give
            )
        except ValidationError as error:
            raise error.within(f"support.{help_type.value}") from None
        levels = list(self.levels)
        levels[help_type.ordinal] = new
        return Support(tuple(levels))

    def items(self) -> Iterator[tuple[HelpType, SupportLevel]]:
        """Help types with a non-zero level, in `HelpType` order."""
        for help_type, level in zip(HELP_TYPES, self.levels, strict=True):
            if not level.is_zero:
                yield help_type, level

    @property
    def received(self) -> int:
        """Σ receive over all help types."""
        return sum(level.receive for level in self.levels)

    @property
    def given(self) -> int:
        """Σ give over all help types."""
        return sum(level.give for level in self.levels)


@dataclass(frozen=True, slots=True)
class Position:
    """Where a person sits on the map, in scene units with the focus person at (0, 0)."""

    x: float
    y: float

    def __post_init__(self) -> None:
        for name in ("x", "y"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                not_number = _("must be a number, got {got}").format(got=repr(value))
                raise ValidationError(f"position.{name}", not_number)
            if value != value or abs(value) > 1e7:
                not_finite = _("must be a finite number, got {got}").format(got=value)
                raise ValidationError(f"position.{name}", not_finite)
            object.__setattr__(self, name, float(value))


@dataclass(frozen=True, slots=True)
class Person:
    """A member of the network. Construct with keywords; every field but id and name defaults."""

    id: str
    name: str
    relationship: str = ""
    sector: Sector = Sector.OTHER
    circle: Circle = Circle.AROUND
    safety: Safety = Safety.UNSURE
    support: Support = field(default_factory=Support)
    barriers: frozenset[Barrier] = frozenset()
    next_step: str = ""
    notes: str = ""
    contact: str = ""
    """How to reach them (a phone number, "via Sam"), shown in the safety plan."""
    position: Position | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "id", _check_id("id", self.id))
        set_(self, "name", check_text("name", self.name, NAME_MAX, required=True))
        set_(self, "relationship", check_text("relationship", self.relationship, RELATIONSHIP_MAX))
        set_(self, "sector", _coerce_enum("sector", Sector, self.sector))
        set_(self, "circle", _coerce_enum("circle", Circle, self.circle))
        set_(self, "safety", _coerce_enum("safety", Safety, self.safety))
        if not isinstance(self.support, Support):
            raise ValidationError("support", _("must be a Support value"))
        barriers: object = self.barriers
        if isinstance(barriers, str) or not isinstance(barriers, Iterable):
            raise ValidationError("barriers", _("must be a set of barriers"))
        set_(self, "barriers", frozenset(_coerce_enum("barriers", Barrier, b) for b in barriers))
        set_(self, "next_step", check_text("next_step", self.next_step, NEXT_STEP_MAX))
        set_(self, "notes", check_text("notes", self.notes, NOTES_MAX))
        set_(self, "contact", check_text("contact", self.contact, CONTACT_MAX))
        if self.position is not None and not isinstance(self.position, Position):
            raise ValidationError("position", _("must be a Position or None"))

    def replace(self, **changes: Any) -> Person:
        """A validated copy with some fields changed."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("is not a field of a person"))
        return dataclasses.replace(self, **changes)

    @property
    def is_current(self) -> bool:
        """In circles 1–3: counts towards coverage, balance and structure."""
        return self.circle.is_current

    @property
    def is_professional(self) -> bool:
        return self.sector is Sector.PROFESSIONAL

    @property
    def sorted_barriers(self) -> tuple[Barrier, ...]:
        """Barriers in the order of DESIGN.md, as written to files."""
        return tuple(b for b in Barrier if b in self.barriers)


def _check_id(field_name: str, value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > ID_MAX:
        not_id = ngettext(
            "must be non-empty text of at most {limit} character, got {got}",
            "must be non-empty text of at most {limit} characters, got {got}",
            ID_MAX,
        )
        raise ValidationError(field_name, not_id.format(limit=ID_MAX, got=repr(value)))
    check_no_controls(field_name, value)
    return value


def tie_key(a: str, b: str) -> tuple[str, str]:
    """The order-free key of the tie between ``a`` and ``b``."""
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True, slots=True)
class Tie:
    """Two people who know each other (undirected). Ties with the focus person are implicit."""

    a: str
    b: str
    strength: int = 1
    conflict: bool = False

    def __post_init__(self) -> None:
        _check_id("a", self.a)
        _check_id("b", self.b)
        if self.a == self.b:
            themselves = _("a person cannot be tied to themselves ({id})")
            raise ValidationError("b", themselves.format(id=repr(self.a)))
        _check_int("strength", self.strength, 1, 3)
        if not isinstance(self.conflict, bool):
            raise ValidationError(
                "conflict", _("must be true or false, got {got}").format(got=repr(self.conflict))
            )

    @property
    def key(self) -> tuple[str, str]:
        return tie_key(self.a, self.b)

    def other(self, person_id: str) -> str:
        return self.b if person_id == self.a else self.a

    def replace(self, **changes: Any) -> Tie:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class SessionNote:
    """Dated free text attached to a map; private notes are hidden in presentation mode.

    ``id`` identifies the note within its map only; it is not part of the file format.
    """

    id: str
    date: dt.date
    text: str
    private: bool = False

    def __post_init__(self) -> None:
        _check_id("id", self.id)
        if not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime):
            raise ValidationError(
                "date", _("must be a date, got {got}").format(got=repr(self.date))
            )
        check_text("text", self.text, SESSION_NOTE_MAX)
        if not isinstance(self.private, bool):
            raise ValidationError(
                "private", _("must be true or false, got {got}").format(got=repr(self.private))
            )


SNAPSHOT_LABEL_MAX = 80


def check_snapshot_label(label: object) -> str:
    """A snapshot label: 1–80 characters after trimming, like a name in length and rules."""
    return check_text("label", label, SNAPSHOT_LABEL_MAX, required=True)


# --- the safety plan (DESIGN.md §9) ------------------------------------------------------------

PLAN_TEXT_MAX = 280
PLAN_LIST_MAX = 20


class PlanList(StrEnum):
    """The lists of a safety plan; each value is the field's name and its key in a file."""

    WARNING_SIGNS = "warning_signs"
    COPING = "coping"
    DISTRACTION_PLACES = "distraction_places"
    DISTRACTION_PEOPLE = "distraction_people"
    PEOPLE_TO_ASK = "people_to_ask"
    PROFESSIONALS = "professionals"
    CRISIS_LINES = "crisis_lines"
    SAFER_SURROUNDINGS = "safer_surroundings"

    @property
    def holds_people(self) -> bool:
        """Whether the list names people of the map by id (steps 3–5, filled from the map)."""
        return self in _PEOPLE_LISTS


_PEOPLE_LISTS = frozenset(
    {PlanList.DISTRACTION_PEOPLE, PlanList.PEOPLE_TO_ASK, PlanList.PROFESSIONALS}
)
PEOPLE_LISTS: tuple[PlanList, ...] = tuple(which for which in PlanList if which.holds_people)


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """A crisis service the user entered, e.g. a helpline's name and its number."""

    name: str
    contact: str = ""

    def __post_init__(self) -> None:
        check_text("name", self.name, PLAN_TEXT_MAX)
        check_text("contact", self.contact, PLAN_TEXT_MAX)


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """What the user wrote in their safety plan, and whom they chose for steps 3–5.

    A people list that is None was never chosen: the plan shows the map's default for it
    (`supportmap.core.safety_plan`). A tuple, even an empty one, is the user's own ordered
    choice. Ids are checked against the map by `SupportMap`, not here.
    """

    warning_signs: tuple[str, ...] = ()
    coping: tuple[str, ...] = ()
    distraction_places: tuple[str, ...] = ()
    distraction_people: tuple[str, ...] | None = None
    people_to_ask: tuple[str, ...] | None = None
    professionals: tuple[str, ...] | None = None
    crisis_lines: tuple[CrisisLine, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    what_matters: str = ""

    def __post_init__(self) -> None:
        for which in PlanList:
            items = getattr(self, which.value)
            if items is None and which.holds_people:
                continue
            object.__setattr__(self, which.value, _plan_list(which, items))
        check_text("what_matters", self.what_matters, PLAN_TEXT_MAX)

    def items(self, which: PlanList) -> tuple[Any, ...] | None:
        """The stored items of one list: texts, ids or `CrisisLine`s; None for an unchosen
        people list."""
        items: tuple[Any, ...] | None = getattr(self, which.value)
        return items

    def replace(self, **changes: Any) -> SafetyPlan:
        """A validated copy with some fields changed."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("is not a part of the safety plan"))
        return dataclasses.replace(self, **changes)

    @property
    def person_ids(self) -> frozenset[str]:
        """Everyone the people lists name."""
        return frozenset(pid for which in PEOPLE_LISTS for pid in self.items(which) or ())

    def without(self, person_ids: Iterable[str]) -> SafetyPlan:
        """The plan with these people taken out of every people list (a chosen list stays
        chosen, even when it ends up empty)."""
        gone = set(person_ids)
        kept = {
            which.value: tuple(pid for pid in chosen if pid not in gone)
            for which in PEOPLE_LISTS
            if (chosen := self.items(which)) is not None
        }
        return self.replace(**kept)


def _plan_list(which: PlanList, items: object) -> tuple[Any, ...]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise ValidationError(which.value, _("must be a list"))
    checked = tuple(items)
    if len(checked) > PLAN_LIST_MAX:
        too_many = ngettext(
            "may hold at most {limit} item, got {count}",
            "may hold at most {limit} items, got {count}",
            PLAN_LIST_MAX,
        )
        raise ValidationError(which.value, too_many.format(limit=PLAN_LIST_MAX, count=len(checked)))
    for i, item in enumerate(checked):
        where = f"{which.value}[{i}]"
        if which is PlanList.CRISIS_LINES:
            if not isinstance(item, CrisisLine):
                raise ValidationError(where, _("must be a crisis line with a name and a contact"))
        elif which.holds_people:
            _check_id(where, item)
            if item in checked[:i]:
                twice = _("{id} is named twice in this list").format(id=repr(item))
                raise ValidationError(where, twice)
        else:
            check_text(where, item, PLAN_TEXT_MAX)
    return checked

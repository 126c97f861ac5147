"""The shape of a `.supportmap.json` map (DESIGN.md §3) as strict pydantic models.

These models only check the *shape*: types, ranges and vocabularies. Everything the core model
already knows how to check (text lengths, ids, duplicate and dangling references) is left to
the core, so there is a single definition of what a valid person or tie is.

Validation is strict on purpose: a level of ``true`` or ``7.0`` is refused rather than guessed
at, because a file that says something odd about a person's support is better questioned than
silently reinterpreted. Unknown extra keys are ignored, so files from later versions that only
add fields still open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic import ValidationError as PydanticError
from pydantic_core import ErrorDetails, PydanticCustomError

from supportmap.core.i18n import N_, _
from supportmap.core.model import SupportLevel
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector
from supportmap.storage.fileformat_json import show

E = TypeVar("E", bound=Enum)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")


def _whole_number(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise PydanticCustomError(
                "whole_number",
                _("must be a whole number {low}..{high}, got {got}"),
                {"low": low, "high": high, "got": show(value)},
            )
        if not low <= value <= high:
            raise PydanticCustomError(
                "range",
                _("must be {low}..{high}, got {got}"),
                {"low": low, "high": high, "got": value},
            )
        return value

    return check


def _member(enum: type[E]) -> Callable[[object], E]:
    allowed = ", ".join(f'"{member.value}"' for member in enum)

    def check(value: object) -> E:
        if isinstance(value, str):
            try:
                return enum(value)
            except ValueError:
                pass
        raise PydanticCustomError(
            "member",
            _("must be one of {allowed}, got {got}"),
            {"allowed": allowed, "got": show(value)},
        )

    return check


def _circle(value: object) -> Circle:
    return Circle(_whole_number(1, 4)(value))


def _date(value: object) -> dt.date:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError(
        "date", _("must be a date like 2026-11-21, got {got}"), {"got": show(value)}
    )


def _timestamp(value: object) -> dt.datetime:
    if isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            try:
                return parsed.astimezone(dt.UTC)
            except OverflowError:
                raise PydanticCustomError(
                    "timestamp_range",
                    _("cannot be stored: {got} lies outside the years 1 to 9999 in UTC"),
                    {"got": show(value)},
                ) from None
    raise PydanticCustomError(
        "timestamp",
        _("must be a date and time with a time zone like 2026-10-01T10:00:00Z, got {got}"),
        {"got": show(value)},
    )


Level = Annotated[int, BeforeValidator(_whole_number(0, 3))]
Strength = Annotated[int, BeforeValidator(_whole_number(1, 3))]
SectorValue = Annotated[Sector, BeforeValidator(_member(Sector))]
SafetyValue = Annotated[Safety, BeforeValidator(_member(Safety))]
BarrierValue = Annotated[Barrier, BeforeValidator(_member(Barrier))]
CircleValue = Annotated[Circle, BeforeValidator(_circle)]
DateValue = Annotated[dt.date, BeforeValidator(_date)]
TimestampValue = Annotated[dt.datetime, BeforeValidator(_timestamp)]


class _Shape(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class LevelShape(_Shape):
    receive: Level = 0
    give: Level = 0


class SupportShape(_Shape):
    """Keys are help types; an unknown one is an unknown enum value, hence refused."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    emotional: LevelShape | None = None
    practical: LevelShape | None = None
    informational: LevelShape | None = None
    companionship: LevelShape | None = None
    crisis: LevelShape | None = None

    def levels(self) -> dict[HelpType | str, SupportLevel | tuple[int, int]]:
        """The given help types as ``(receive, give)`` pairs, ready for `Support.of`."""
        found: dict[HelpType | str, SupportLevel | tuple[int, int]] = {}
        for help_type in HelpType:
            level: LevelShape | None = getattr(self, help_type.value)
            if level is not None:
                found[help_type] = (level.receive, level.give)
        return found


class PositionShape(_Shape):
    x: float
    y: float


class PersonShape(_Shape):
    id: str
    name: str
    relationship: str = ""
    sector: SectorValue = Sector.OTHER
    circle: CircleValue = Circle.AROUND
    safety: SafetyValue = Safety.UNSURE
    support: SupportShape = Field(default_factory=SupportShape)
    barriers: list[BarrierValue] = Field(default_factory=list)
    next_step: str = ""
    notes: str = ""
    contact: str = ""
    position: PositionShape | None = None


class TieShape(_Shape):
    a: str
    b: str
    strength: Strength = 1
    conflict: bool = False


class NoteShape(_Shape):
    date: DateValue
    text: str = ""
    private: bool = False


class FocusShape(_Shape):
    name: str


class CrisisLineShape(_Shape):
    name: str = ""
    contact: str = ""


class SafetyPlanShape(_Shape):
    """A people list left out (None) means "what the map suggests"; see `SafetyPlan`."""

    warning_signs: list[str] = Field(default_factory=list)
    coping: list[str] = Field(default_factory=list)
    distraction_places: list[str] = Field(default_factory=list)
    distraction_people: list[str] | None = None
    people_to_ask: list[str] | None = None
    professionals: list[str] | None = None
    crisis_lines: list[CrisisLineShape] = Field(default_factory=list)
    safer_surroundings: list[str] = Field(default_factory=list)
    what_matters: str = ""


class MapShape(_Shape):
    title: str = ""
    focus: FocusShape
    people: list[PersonShape] = Field(default_factory=list)
    ties: list[TieShape] = Field(default_factory=list)
    session_notes: list[NoteShape] = Field(default_factory=list)
    safety_plan: SafetyPlanShape | None = None


class SnapshotShape(_Shape):
    """A snapshot's map is left raw here and checked by the map reader with its own path."""

    label: str
    taken: TimestampValue
    map: Any = None


def first_problem(error: PydanticError, where: str) -> str:
    """One line for the first thing pydantic found wrong, with the field's full path."""
    detail = error.errors(include_url=False)[0]
    return f"{field_path(where, detail['loc'])}: {_problem(detail)}"


def field_path(where: str, loc: tuple[int | str, ...]) -> str:
    """``('people', 3, 'name')`` under ``map`` → ``map.people[3].name``."""
    path = where
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else part
    return path


_WRONG_TYPE = {
    "string_type": N_("must be text, got {got}"),
    "int_type": N_("must be a whole number, got {got}"),
    "float_type": N_("must be a number, got {got}"),
    "bool_type": N_("must be true or false, got {got}"),
    "list_type": N_("must be a list, got {got}"),
    "model_type": N_("must be an object, got {got}"),
    "dict_type": N_("must be an object, got {got}"),
    "model_attributes_type": N_("must be an object, got {got}"),
}

_OURS = frozenset({"whole_number", "range", "member", "date", "timestamp", "timestamp_range"})
"""The kinds of the errors raised above, whose message is already in the user's language."""


def _problem(detail: ErrorDetails) -> str:
    kind = detail["type"]
    got = show(detail.get("input"))
    if kind == "missing":
        return _("is required")
    if kind == "extra_forbidden":
        allowed = ", ".join(f'"{t.value}"' for t in HelpType)
        return _("is not a kind of help; the kinds are {allowed}").format(allowed=allowed)
    if kind in _WRONG_TYPE:
        return _(_WRONG_TYPE[kind]).format(got=got)
    if kind in _OURS:
        return detail["msg"]
    return _("is not allowed here, got {got}").format(got=got)

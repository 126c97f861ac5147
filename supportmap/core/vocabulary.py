"""The fixed vocabularies of DESIGN.md §2, shared by the UI, the database and the file format.

Enum values are the strings/ints written to files and databases; labels are what people read,
in the language in use (marked for the catalogue with ``N_`` and shown through ``_``).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from supportmap.core.i18n import N_, _


class Sector(StrEnum):
    """Life area; the map is divided into one wedge per sector."""

    FAMILY = "family"
    FRIENDS = "friends"
    WORK = "work"
    COMMUNITY = "community"
    PROFESSIONAL = "professional"
    ONLINE = "online"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_SECTOR_LABELS[self])


_SECTOR_LABELS = {
    Sector.FAMILY: N_("Family"),
    Sector.FRIENDS: N_("Friends"),
    Sector.WORK: N_("Work & school"),
    Sector.COMMUNITY: N_("Community"),
    Sector.PROFESSIONAL: N_("Professionals & services"),
    Sector.ONLINE: N_("Online"),
    Sector.OTHER: N_("Other"),
}


class Circle(IntEnum):
    """Closeness, after the convoy model. Circle 4 is potential support only."""

    CLOSEST = 1
    CLOSE = 2
    AROUND = 3
    COULD_REACH = 4

    @property
    def label(self) -> str:
        return _(_CIRCLE_LABELS[self])

    @property
    def is_current(self) -> bool:
        """Whether people in this circle belong to the current network (circles 1–3)."""
        return self is not Circle.COULD_REACH


_CIRCLE_LABELS = {
    Circle.CLOSEST: N_("Closest"),
    Circle.CLOSE: N_("Close"),
    Circle.AROUND: N_("Around me"),
    Circle.COULD_REACH: N_("Could reach out"),
}


class Safety(StrEnum):
    """How it feels to lean on a person. The user's own judgment."""

    SAFE = "safe"
    STRINGS = "strings"
    DRAINING = "draining"
    UNSAFE = "unsafe"
    UNSURE = "unsure"

    @property
    def label(self) -> str:
        return _(_SAFETY_LABELS[self])


_SAFETY_LABELS = {
    Safety.SAFE: N_("Safe"),
    Safety.STRINGS: N_("Strings attached"),
    Safety.DRAINING: N_("Draining"),
    Safety.UNSAFE: N_("Unsafe"),
    Safety.UNSURE: N_("Not sure yet"),
}


class HelpType(StrEnum):
    """What kind of help flows between me and a person, in the order of DESIGN.md."""

    EMOTIONAL = "emotional"
    PRACTICAL = "practical"
    INFORMATIONAL = "informational"
    COMPANIONSHIP = "companionship"
    CRISIS = "crisis"

    @property
    def label(self) -> str:
        return _(_HELP_LABELS[self])

    @property
    def ordinal(self) -> int:
        return _HELP_INDEX[self]


_HELP_LABELS = {
    HelpType.EMOTIONAL: N_("Emotional"),
    HelpType.PRACTICAL: N_("Practical"),
    HelpType.INFORMATIONAL: N_("Advice & information"),
    HelpType.COMPANIONSHIP: N_("Company"),
    HelpType.CRISIS: N_("Crisis"),
}
_HELP_INDEX = {t: i for i, t in enumerate(HelpType)}
HELP_TYPES: tuple[HelpType, ...] = tuple(HelpType)


class Barrier(StrEnum):
    """What makes it hard to ask a particular person, in the order of DESIGN.md §1."""

    BURDEN = "burden"
    JUDGMENT = "judgment"
    PRIDE = "pride"
    OWING = "owing"
    CONTROL = "control"
    PAST = "past"
    SHAME = "shame"
    ENERGY = "energy"
    HOPE = "hope"
    ACCESS = "access"

    @property
    def label(self) -> str:
        return _(_BARRIER_LABELS[self])

    @property
    def ordinal(self) -> int:
        return _BARRIER_INDEX[self]


_BARRIER_LABELS = {
    Barrier.BURDEN: N_("I don't want to be a burden"),
    Barrier.JUDGMENT: N_("I'm afraid of being judged"),
    Barrier.PRIDE: N_("I'd rather manage on my own"),
    Barrier.OWING: N_("I'd feel I owe them"),
    Barrier.CONTROL: N_("They might take over"),
    Barrier.PAST: N_("Help from them went badly before"),
    Barrier.SHAME: N_("I feel ashamed to ask"),
    Barrier.ENERGY: N_("Reaching out takes energy I don't have"),
    Barrier.HOPE: N_("I don't expect it would help"),
    Barrier.ACCESS: N_("They are hard to reach"),
}

_BARRIER_INDEX = {b: i for i, b in enumerate(Barrier)}

LEVEL_LABELS: tuple[str, ...] = (N_("Never"), N_("Rarely"), N_("Sometimes"), N_("Often"))
"""How often help flows, by level 0..3 (source texts: show them with `level_label`)."""
STRENGTH_LABELS: dict[int, str] = {
    1: N_("Acquainted"),
    2: N_("Know each other well"),
    3: N_("Very close"),
}
"""How well two people know each other, by strength (source texts: show with `strength_label`)."""


def level_label(level: int) -> str:
    """ "Often": how often help flows at ``level``, as shown."""
    return _(LEVEL_LABELS[level])


def strength_label(strength: int) -> str:
    """ "Very close": how well two people know each other, as shown."""
    return _(STRENGTH_LABELS[strength])

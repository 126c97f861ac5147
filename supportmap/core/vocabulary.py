"""The fixed vocabularies of DESIGN.md §2, shared by the UI, the database and the file format.

Enum values are the strings/ints written to files and databases; labels are what people read.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


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
        return _SECTOR_LABELS[self]


_SECTOR_LABELS = {
    Sector.FAMILY: "Family",
    Sector.FRIENDS: "Friends",
    Sector.WORK: "Work & school",
    Sector.COMMUNITY: "Community",
    Sector.PROFESSIONAL: "Professionals & services",
    Sector.ONLINE: "Online",
    Sector.OTHER: "Other",
}


class Circle(IntEnum):
    """Closeness, after the convoy model. Circle 4 is potential support only."""

    CLOSEST = 1
    CLOSE = 2
    AROUND = 3
    COULD_REACH = 4

    @property
    def label(self) -> str:
        return _CIRCLE_LABELS[self]

    @property
    def is_current(self) -> bool:
        """Whether people in this circle belong to the current network (circles 1–3)."""
        return self is not Circle.COULD_REACH


_CIRCLE_LABELS = {
    Circle.CLOSEST: "Closest",
    Circle.CLOSE: "Close",
    Circle.AROUND: "Around me",
    Circle.COULD_REACH: "Could reach out",
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
        return _SAFETY_LABELS[self]


_SAFETY_LABELS = {
    Safety.SAFE: "Safe",
    Safety.STRINGS: "Strings attached",
    Safety.DRAINING: "Draining",
    Safety.UNSAFE: "Unsafe",
    Safety.UNSURE: "Not sure yet",
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
        return _HELP_LABELS[self]

    @property
    def ordinal(self) -> int:
        return _HELP_INDEX[self]


_HELP_LABELS = {
    HelpType.EMOTIONAL: "Emotional",
    HelpType.PRACTICAL: "Practical",
    HelpType.INFORMATIONAL: "Advice & information",
    HelpType.COMPANIONSHIP: "Company",
    HelpType.CRISIS: "Crisis",
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
        return _BARRIER_LABELS[self]


_BARRIER_LABELS = {
    Barrier.BURDEN: "I don't want to be a burden",
    Barrier.JUDGMENT: "I'm afraid of being judged",
    Barrier.PRIDE: "I'd rather manage on my own",
    Barrier.OWING: "I'd feel I owe them",
    Barrier.CONTROL: "They might take over",
    Barrier.PAST: "Help from them went badly before",
    Barrier.SHAME: "I feel ashamed to ask",
    Barrier.ENERGY: "Reaching out takes energy I don't have",
    Barrier.HOPE: "I don't expect it would help",
    Barrier.ACCESS: "They are hard to reach",
}

LEVEL_LABELS: tuple[str, ...] = ("Never", "Rarely", "Sometimes", "Often")
STRENGTH_LABELS: dict[int, str] = {1: "Acquainted", 2: "Know each other well", 3: "Very close"}

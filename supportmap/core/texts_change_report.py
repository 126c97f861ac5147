"""The words of the plain-text report of what changed between two moments of a map
(`supportmap.core.report_change`, printed by ``supportmap compare``).

The summary sentences live in `supportmap.core.texts_change`; these are the headings and the
lines of the details below them. Like every text they describe and never judge.
"""

from __future__ import annotations

from supportmap.core.i18n import N_, _, number
from supportmap.core.texts import capitalised, help_words
from supportmap.core.vocabulary import HelpType

NOW_WORD = N_("now")
"""The current map's moment inside a sentence ("… between “Session 3” and now")."""

PEOPLE_ADDED = N_("New on the map")
PEOPLE_REMOVED = N_("No longer on the map")
RENAMED = N_("Names written differently")
CIRCLE_CHANGED = N_("In another circle")
SECTOR_CHANGED = N_("In another part of life")
SAFETY_CHANGED = N_("How it feels to lean on them")
SUPPORT_CHANGED = N_("Help that goes between you")
TIES_CHANGED = N_("Who knows whom")
FIGURES = N_("At a glance, before and after")
FINDINGS_RESOLVED = N_("No longer showing on the map")
FINDINGS_NEW = N_("Newly showing on the map")


def heading(text: str) -> str:
    """One of the headings above, as shown."""
    return _(text)


def snapshot_moment(label: str, date: str) -> str:
    """A snapshot inside a sentence: its label and the day it was taken."""
    return _("“{label}” ({date})").format(label=label, date=date)


def file_moment(title: str) -> str:
    """The current map of a file inside a sentence: its title."""
    return _("“{title}”").format(title=title)


def report_title(before: str, after: str) -> str:
    return _("What changed from {before} to {after}").format(before=before, after=after)


def nothing_changed(before: str, after: str) -> str:
    return _("Nothing changed between {before} and {after}.").format(before=before, after=after)


def added_line(name: str, circle: str, sector: str) -> str:
    return _("{name} ({circle}, {sector})").format(name=name, circle=circle, sector=sector)


def renamed_line(before: str, after: str) -> str:
    return _("{before} is now written as {after}").format(before=before, after=after)


def circle_line(name: str, before: str, after: str, closer: bool) -> str:
    if closer:
        line = _("{name}: from “{before}” to “{after}”, closer to you")
    else:
        line = _("{name}: from “{before}” to “{after}”, further out")
    return line.format(name=name, before=before, after=after)


def from_to_line(name: str, before: str, after: str) -> str:
    """A person's life area or safety, before and after."""
    return _("{name}: from “{before}” to “{after}”").format(name=name, before=before, after=after)


def receive_line(name: str, help_type: HelpType, before: str, after: str) -> str:
    return _("{words} you receive from {name}: from “{before}” to “{after}”").format(
        words=capitalised(help_words(help_type)), name=name, before=before, after=after
    )


def give_line(name: str, help_type: HelpType, before: str, after: str) -> str:
    return _("{words} you give {name}: from “{before}” to “{after}”").format(
        words=capitalised(help_words(help_type)), name=name, before=before, after=after
    )


def tie_added_line(a: str, b: str) -> str:
    return _("{a} and {b} are now noted as knowing each other").format(a=a, b=b)


def tie_removed_line(a: str, b: str) -> str:
    return _("{a} and {b} are no longer noted as knowing each other").format(a=a, b=b)


def tie_strength_line(a: str, b: str, before: str, after: str) -> str:
    return _("{a} and {b}: from “{before}” to “{after}”").format(
        a=a, b=b, before=before, after=after
    )


def tie_tension_line(a: str, b: str, now_tense: bool) -> str:
    if now_tense:
        return _("{a} and {b}: there is now tension between them").format(a=a, b=b)
    return _("{a} and {b}: the tension between them is no longer noted").format(a=a, b=b)


def coverage_line(help_type: HelpType, before: int, after: int) -> str:
    return _("Safe people for {words}: {before} → {after}").format(
        words=help_words(help_type), before=before, after=after
    )


def resilience_line(before: int, after: int) -> str:
    return _("The fewest safe people behind any kind of help: {before} → {after}").format(
        before=before, after=after
    )


def spread_line(before: float, after: float) -> str:
    return _(
        "The help you receive is spread across about {before:.1f} → {after:.1f} people"
    ).format(before=number(before), after=number(after))

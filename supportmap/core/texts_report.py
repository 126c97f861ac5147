"""The words of the plain-text report of a map (`supportmap.core.report`).

Finding texts live in `supportmap.core.texts`; these are the headings and lines around them.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportmap.core.i18n import N_, _, number
from supportmap.core.texts import help_words, join_names
from supportmap.core.vocabulary import HelpType

SEVERITY_HEADINGS = {
    "alert": N_("Worth attention now"),
    "warning": N_("Worth a look"),
    "notice": N_("Good to notice"),
    "info": N_("Good to know"),
}
"""Headings of the findings by severity (source texts: show them with `severity_heading`)."""

EMPTY_MAP_PROMPT = N_(
    "Your map is empty so far, and that is a fine place to start. You could add one person "
    "you see or talk to often, and note what kind of help goes between you."
)
SMALL_MAP_PROMPT = N_(
    "A small map is a good start. Adding one more person, even someone you only could reach "
    "out to, already shows more of the picture."
)
AT_A_GLANCE = N_("At a glance")
WHAT_IF_HEADING = N_("If someone were not available")
NOTHING_HANGS = N_(
    "Right now no single person's absence would leave a kind of help without a safe source "
    "or cut people off from the others."
)


def severity_heading(severity: str) -> str:
    """The heading of one severity ("alert", "warning", "notice", "info"), as shown."""
    return _(SEVERITY_HEADINGS[severity])


def report_title(title: str, focus_name: str) -> str:
    return title or _("Support map of {name}").format(name=focus_name)


def people_line(current: int, potential: int) -> str:
    if potential:
        line = _("People you lean on now: {current} (and {potential} you could reach out to)")
        return line.format(current=current, potential=potential)
    return _("People you lean on now: {current}").format(current=current)


def coverage_line(help_type: HelpType, safe_people: int) -> str:
    words = help_words(help_type)
    if safe_people == 0:
        return _("Safe people for {words}: nobody yet").format(words=words)
    return _("Safe people for {words}: {count}").format(words=words, count=safe_people)


def spread_line(effective_supporters: float) -> str:
    if effective_supporters == 0:
        return _("You haven't noted any help you receive yet.")
    if round(effective_supporters, 1) == 1.0:
        return _("The help you receive comes from about one person.")
    return _("The help you receive is spread across about {count:.1f} people.").format(
        count=number(effective_supporters)
    )


def knowing_line(pairs_tied: int, pairs: int, components: int) -> str:
    if pairs == 0:
        return ""
    if pairs_tied and components > 1:
        line = _(
            "Of the {pairs} pairs among them, {tied} know each other; they form {groups} "
            "separate groups."
        )
    else:
        line = _("Of the {pairs} pairs among them, {tied} know each other.")
    return line.format(pairs=pairs, tied=pairs_tied, groups=components)


def areas_line(labels: Sequence[str]) -> str:
    if not labels:
        return ""
    return _("Parts of life they come from: {areas}.").format(
        areas=join_names(labels, limit=len(labels))
    )


def what_if_line(name: str, lost: Sequence[HelpType], cut_off: Sequence[str]) -> str:
    parts = []
    if lost:
        words = join_names([help_words(t) for t in lost], limit=len(lost))
        parts.append(_("nobody safe would be left for {words}").format(words=words))
    if cut_off:
        parts.append(
            _("{names} would no longer be connected to the others on your map").format(
                names=join_names(cut_off)
            )
        )
    consequences = join_names(parts, limit=len(parts))
    return _("If {name} were not available, {consequences}.").format(
        name=name, consequences=consequences
    )

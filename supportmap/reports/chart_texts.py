"""Every sentence the charts show, in one place so they can be reviewed and translated together.

Written after VOICE.md: describe, don't judge; plain words; an empty map is normal and gets a
warm invitation rather than an empty plot. Constants are source texts marked with ``N_`` (show
them with ``_()``); the functions return sentences in the language in use.
"""

from __future__ import annotations

from supportmap.core.i18n import N_, _, ngettext

COVERAGE_TITLE = N_("Who helps with what, and how safe it feels")
COVERAGE_AXIS = N_("People you get this help from")
COVERAGE_NONE_YET = N_("no one yet")
COVERAGE_EMPTY = N_(
    "Nobody is on your map yet. Add someone you can lean on, even a little, "
    "and this chart will show the kinds of help they bring."
)


def coverage_total(safe: int, total: int) -> str:
    """Label at the end of a coverage bar: how many of the helpers feel safe."""
    return _("{safe} safe of {total}").format(safe=safe, total=total)


BALANCE_TITLE = N_("What you give and what you receive")
BALANCE_GIVE = N_("You give")
BALANCE_RECEIVE = N_("You receive")
BALANCE_AXIS = N_("How much, added up over all kinds of help")
BALANCE_PROFESSIONALS = N_("Professionals & services: paid help, nothing to give back")
BALANCE_EMPTY = N_(
    "Nothing is marked as going back and forth yet. When you note what you give to "
    "people and what you get from them, it will show up here."
)


def balance_more(shown: int, total: int) -> str:
    """Footnote when only the people with the most going on fit in the chart."""
    return _("Showing the {shown} people with the most going back and forth, of {total}.").format(
        shown=shown, total=total
    )


SECTOR_TITLE = N_("Where the people around you come from")
SECTOR_AXIS = N_("People")
SECTOR_POTENTIAL = N_("Could reach out (not counted yet)")
SECTOR_EMPTY = N_(
    "Nobody is on your map yet. As you add people from family, friends, work or "
    "elsewhere, this chart shows which parts of life your support comes from."
)

HISTORY_TITLE = N_("How your safe support has changed")
HISTORY_AXIS = N_("Safe people you get this help from")
HISTORY_NOW = N_("Now")
HISTORY_EMPTY = N_(
    "No snapshots yet. When you keep a snapshot, for example at the end of a session, "
    "this chart shows how each kind of help has changed since."
)

ONE_PERSON_NOTE = N_("One person so far. Each person you add fills in the picture.")


# --- the charts said in words (for screen readers) -------------------------------------------


def people_count(count: int) -> str:
    """ "1 person", "3 people"."""
    return ngettext("{n} person", "{n} people", count).format(n=count)


def coverage_summary(kind: str, total: int, safe: int) -> str:
    if not total:
        return _("{kind}: no one yet.").format(kind=kind)
    return _("{kind}: {people}, {safe} of them safe.").format(
        kind=kind, people=people_count(total), safe=safe
    )


def balance_summary(name: str, given: int, received: int) -> str:
    return _("{name}: you give {given}, you receive {received}.").format(
        name=name, given=given, received=received
    )


def sector_summary(area: str, current: int, potential: int) -> str:
    if potential:
        return _("{area}: {people}, {potential} more you could reach out to.").format(
            area=area, people=people_count(current), potential=potential
        )
    return _("{area}: {people}.").format(area=area, people=people_count(current))


def history_summary(kind: str, points: list[tuple[str, int]]) -> str:
    values = "; ".join(
        _("{label}: {value}").format(label=label, value=value) for label, value in points
    )
    return _("{kind} — {values}.").format(kind=kind, values=values)


def summary_title(title: str) -> str:
    """A chart's title as the first sentence of its summary."""
    return _("{title}.").format(title=title)

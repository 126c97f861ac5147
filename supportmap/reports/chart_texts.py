"""Every sentence the charts show, in one place so they can be reviewed and translated together.

Written after VOICE.md: describe, don't judge; plain words; an empty map is normal and gets a
warm invitation rather than an empty plot.
"""

from __future__ import annotations

COVERAGE_TITLE = "Who helps with what, and how safe it feels"
COVERAGE_AXIS = "People you get this help from"
COVERAGE_NONE_YET = "no one yet"
COVERAGE_EMPTY = (
    "Nobody is on your map yet. Add someone you can lean on, even a little, "
    "and this chart will show the kinds of help they bring."
)


def coverage_total(safe: int, total: int) -> str:
    """Label at the end of a coverage bar: how many of the helpers feel safe."""
    return f"{safe} safe of {total}"


BALANCE_TITLE = "What you give and what you receive"
BALANCE_GIVE = "You give"
BALANCE_RECEIVE = "You receive"
BALANCE_AXIS = "How much, added up over all kinds of help"
BALANCE_PROFESSIONALS = "Professionals & services: paid help, nothing to give back"
BALANCE_EMPTY = (
    "Nothing is marked as going back and forth yet. When you note what you give to "
    "people and what you get from them, it will show up here."
)


def balance_more(shown: int, total: int) -> str:
    """Footnote when only the people with the most going on fit in the chart."""
    return f"Showing the {shown} people with the most going back and forth, of {total}."


SECTOR_TITLE = "Where the people around you come from"
SECTOR_AXIS = "People"
SECTOR_POTENTIAL = "Could reach out (not counted yet)"
SECTOR_EMPTY = (
    "Nobody is on your map yet. As you add people from family, friends, work or "
    "elsewhere, this chart shows which parts of life your support comes from."
)

HISTORY_TITLE = "How your safe support has changed"
HISTORY_AXIS = "Safe people you get this help from"
HISTORY_NOW = "Now"
HISTORY_EMPTY = (
    "No snapshots yet. When you keep a snapshot, for example at the end of a session, "
    "this chart shows how each kind of help has changed since."
)

ONE_PERSON_NOTE = "One person so far. Each person you add fills in the picture."

"""Sentences of the past on screen: a moment looked back at, and two moments compared.

Marked for the catalogue like the other modules of this package and shown with `text`; the
words that say *what* changed come from the core (`supportmap.core.texts_change`) already
translated.
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP, text

__all__ = ["text"]

# --- the banner over the canvas ---------------------------------------------------------------

MOMENT_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Looking back at “%1”")
MOMENT_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This is the map as it was on %1. It is kept as it was, so nothing can be changed here.",
)
COMPARE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Comparing %1 with %2")
COMPARE_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "What changed since %1 is marked on the map and listed under “What changed”. Nothing can "
    "be changed here.",
)
COMPARE_SAME_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap", "Nothing changed between these two moments: the map is just as it was."
)
BACK_TO_NOW_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Show the map as it is now again, ready to change (Esc)"
)
COMPARE_WITH_NOW_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "See what changed between this moment and the map as it is now"
)
SIDE_BY_SIDE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Show the earlier map on the left and the later one on the right"
)
MOMENT_STATUS = QT_TRANSLATE_NOOP(
    "SupportMap", "A past moment is shown. Press Esc or choose “Back to now” to make changes."
)
COMPARE_STATUS = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Two moments are compared; nothing can be changed here. Press Esc or choose “Back to now” "
    "to make changes.",
)

NO_PERSON_SELECTED_PAST = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Select someone on the map or in the People list to see what they meant to you then.",
)

PERSON_AS_THEN = QT_TRANSLATE_NOOP(
    "SupportMap", "As noted at that moment. Nothing can be changed here."
)

# --- the change list -----------------------------------------------------------------------

CHANGES_NOTHING = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Nothing changed between these two moments. The same people are there, in the same "
    "places, with the same help between you.",
)
CHANGES_SMALL_ONLY = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The people and their circles stayed as they were. The smaller changes are listed below.",
)
CHANGES_LIST_DESCRIPTION = QT_TRANSLATE_NOOP(
    "SupportMap",
    "What changed between the two moments, grouped. Choosing a person's line selects them "
    "on the map.",
)

# --- marks on the canvas ----------------------------------------------------------------------

MARK_NEW = QT_TRANSLATE_NOOP("SupportMap", "%1 is new on the map since %2.")
MARK_GONE = QT_TRANSLATE_NOOP(
    "SupportMap", "%1 was on the map in %2 and is not on it now. This is where they were."
)
MARK_MOVED = QT_TRANSLATE_NOOP("SupportMap", "%1 was here in %2 and has moved since.")
MARK_MOVED_CIRCLE = QT_TRANSLATE_NOOP(
    "SupportMap", "%1 was here in %2, in circle %3, and is now in circle %4."
)
MARK_SAFETY = QT_TRANSLATE_NOOP("SupportMap", "Leaning on %1 was “%2” in %3 and is now “%4”.")


def moment_title(label: str) -> str:
    return text(MOMENT_TITLE).replace("%1", label)


def moment_detail(when: str) -> str:
    return text(MOMENT_DETAIL).replace("%1", when)


def compare_title(before: str, after: str) -> str:
    return text(COMPARE_TITLE).replace("%1", before).replace("%2", after)


def compare_detail(before: str) -> str:
    return text(COMPARE_DETAIL).replace("%1", before)


# --- naming a moment ---------------------------------------------------------------------------

NOW_NAME = QT_TRANSLATE_NOOP("SupportMap", "now")
NOW_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Now")
QUOTED_LABEL = QT_TRANSLATE_NOOP("SupportMap", "“%1”")
CAPTION = QT_TRANSLATE_NOOP("SupportMap", "%1 · %2")


def moment_name(label: str | None) -> str:
    """A moment as a sentence names it: “Session 1” in quotes, or "now" (``label`` None)."""
    if label is None:
        return text(NOW_NAME)
    return text(QUOTED_LABEL).replace("%1", label)


def caption(label: str | None, when: str) -> str:
    """A moment over its map beside the other: the label and the date, or "Now"."""
    if label is None:
        return text(NOW_CAPTION)
    return text(CAPTION).replace("%1", label).replace("%2", when)


def mark_new(name: str, since: str) -> str:
    return text(MARK_NEW).replace("%1", name).replace("%2", since)


def mark_gone(name: str, moment: str) -> str:
    return text(MARK_GONE).replace("%1", name).replace("%2", moment)


def mark_moved(name: str, moment: str, circles: tuple[int, int] | None) -> str:
    if circles is None:
        return text(MARK_MOVED).replace("%1", name).replace("%2", moment)
    sentence = text(MARK_MOVED_CIRCLE).replace("%1", name).replace("%2", moment)
    return sentence.replace("%3", str(circles[0])).replace("%4", str(circles[1]))


def mark_safety(name: str, before: str, moment: str, after: str) -> str:
    sentence = text(MARK_SAFETY).replace("%1", name).replace("%2", before)
    return sentence.replace("%3", moment).replace("%4", after)

"""The sentences that say what changed between two moments of a map (DESIGN.md §8.1).

They follow VOICE.md like every finding text: they describe, name the people and never judge;
a person moving further away is described, not weighed.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportmap.core.i18n import _, ngettext
from supportmap.core.texts import capitalised, help_words, join_names
from supportmap.core.vocabulary import HelpType, Safety

# Every name is shown (no "and N others"): each person who came, went, moved or whose safety
# changed is named in some sentence.


def _all_names(names: Sequence[str]) -> str:
    return join_names(names, limit=len(names))


def change_lost_safe_source(help_types: Sequence[HelpType]) -> str:
    """Help types that had a safe source at the earlier moment and have none now."""
    n = len(help_types)
    words = _all_names([help_words(t) for t in help_types])
    sentence = ngettext(
        "Earlier, someone you marked safe gave you {words}; right now nobody safe is noted for it.",
        "Earlier, someone you marked safe gave you {words}; right now nobody safe is noted for "
        "them.",
        n,
    ).format(words=words)
    if HelpType.CRISIS in help_types:
        sentence += " " + _(
            "If things get very hard, professionals and crisis lines can be reached at any hour."
        )
    return sentence


def change_gained_safe_source(help_types: Sequence[HelpType]) -> str:
    """Help types that had no safe source at the earlier moment and have one now."""
    words = _all_names([help_words(t) for t in help_types])
    return capitalised(
        ngettext(
            "{words} now comes from someone you marked safe.",
            "{words} now come from someone you marked safe.",
            len(help_types),
        ).format(words=words)
    )


def change_moved_closer(names: Sequence[str]) -> str:
    return ngettext(
        "{names} is now in a circle closer to you.",
        "{names} are now in circles closer to you.",
        len(names),
    ).format(names=_all_names(names))


def change_moved_further(names: Sequence[str]) -> str:
    return ngettext(
        "{names} is now in a circle further out.",
        "{names} are now in circles further out.",
        len(names),
    ).format(names=_all_names(names))


def change_safety(name: str, before: Safety, after: Safety) -> str:
    return _("Leaning on {name} was “{before}” and is now “{after}”.").format(
        name=name, before=before.label, after=after.label
    )


def change_people_added(names: Sequence[str]) -> str:
    return ngettext(
        "{names} is new on your map.", "{names} are new on your map.", len(names)
    ).format(names=_all_names(names))


def change_people_removed(names: Sequence[str]) -> str:
    return ngettext(
        "{names} is no longer on your map.", "{names} are no longer on your map.", len(names)
    ).format(names=_all_names(names))

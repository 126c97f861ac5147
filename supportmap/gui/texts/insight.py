"""Sentences of the findings dock, the Details view, what-if mode and the crisis notice.

They live together so they can be reviewed against VOICE.md and translated in one pass. Each
function wraps its text in ``QCoreApplication.translate`` under one context, so translators
see them side by side. Analysis texts (finding titles, details, small steps) are not here: they
come from ``supportmap.core.texts`` through the findings themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from supportmap.core import texts
from supportmap.core.vocabulary import HelpType

_CONTEXT = "Insight"


def tr(text: str) -> str:
    """Translate one text of this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def join_names(names: Sequence[str]) -> str:
    """Join names the way people say them: "Sam", "Sam and Kim", "Sam, Kim and Jo"."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


_HELP_NOUNS = {
    HelpType.EMOTIONAL: "emotional support",
    HelpType.PRACTICAL: "practical help",
    HelpType.INFORMATIONAL: "advice and information",
    HelpType.COMPANIONSHIP: "company",
    HelpType.CRISIS: "help in a crisis",
}


def help_phrase(help_types: Sequence[HelpType]) -> str:
    """ "emotional support and help in a crisis": help types as words in a sentence."""
    return join_names([tr(_HELP_NOUNS[t]) for t in help_types])


# --- findings list -------------------------------------------------------------------------

SEVERITY_HEADINGS = texts.SEVERITY_HEADINGS
"""The same headings as the text report, so the app and the command line speak alike."""


def severity_heading(severity: str) -> str:
    return tr(SEVERITY_HEADINGS[severity])


def small_step_label() -> str:
    return tr("One small step")


def empty_prompt_title() -> str:
    return tr("Your map is just beginning")


def empty_prompt_text() -> str:
    return tr(
        "Add the people around you: family, friends, people from work or school, "
        "neighbours, anyone you could turn to. Once a few people are on the map, this list "
        "shows gently where support is strong and where it is thin."
    )


def tiny_prompt_title(name: str) -> str:
    return tr("You have started with %1").replace("%1", name)


def tiny_prompt_text() -> str:
    return tr(
        "You could add one or two more people, even ones you rarely see. With a few people on "
        "the map, this list shows where support is strong and where it is thin."
    )


def all_clear_title() -> str:
    return tr("Nothing stands out right now")


def all_clear_text() -> str:
    return tr("Every kind of help has more than one safe source on your map.")


def crisis_line() -> str:
    return tr(
        "Few people on your map can be reached at the worst moments. SupportMap is not an "
        "emergency service; local emergency numbers, crisis lines and professionals such as "
        "your GP or a therapist are there for those times."
    )


def crisis_line_start() -> str:
    return tr(
        "SupportMap is not an emergency service. If things are at their worst, local "
        "emergency numbers and crisis lines are there for you."
    )


def crisis_line_button() -> str:
    return tr("Where to turn in a crisis")


def filter_heading() -> str:
    return tr("Show who gives")


def any_help() -> str:
    return tr("Any kind of help")


def any_safety() -> str:
    return tr("Any safety")


def filter_count(count: int) -> str:
    if count == 0:
        return tr("Nobody on the map matches")
    if count == 1:
        return tr("1 person")
    return tr("%1 people").replace("%1", str(count))


def findings_list_name() -> str:
    return tr("Findings about your map")


# --- tabs ----------------------------------------------------------------------------------


def tab_findings() -> str:
    return tr("Findings")


def tab_ranking() -> str:
    return tr("Who holds it together")


def tab_details() -> str:
    return tr("Details")


def dock_title() -> str:
    return tr("Findings")


# --- details view -------------------------------------------------------------------------

_DETAIL_EXPLANATIONS = {
    "coverage": "How many people who feel safe give you each kind of help.",
    "density": "Share of the pairs of people you lean on who know each other: 0 none, 1 all.",
    "components": (
        "Groups of people linked to each other; someone who knows nobody else is a group."
    ),
    "bridges": "People who are the only link between some of the others on your map.",
    "effective_size": "Roughly how many separate circles of people you reach; overlap counts less.",
    "efficiency": "Effective size per person: near 1 when each person links you to someone new.",
    "constraint": "Higher when a few people who all know each other make up most of your map.",
    "diversity": "How evenly people spread over life areas: 0 one area only, 1 perfectly even.",
    "effective_supporters": "How many people your help really comes from, weighing who gives more.",
}
"""What each figure of the Details view means, by figure key, in plain words (VOICE.md rule 7)."""


def detail_explanation(key: str) -> str:
    return tr(_DETAIL_EXPLANATIONS[key])


# --- what-if -------------------------------------------------------------------------------


def whatif_action_text() -> str:
    return tr("What if they were not available?")


def whatif_action_tip() -> str:
    return tr("See the map as if this person could not be there for a while")


def whatif_menu_entry(name: str) -> str:
    return tr("What if %1 were not available?").replace("%1", name)


def whatif_title(name: str) -> str:
    return tr("If %1 were not available").replace("%1", name)


def whatif_lost(help_types: Sequence[HelpType]) -> str:
    return tr("No safe source would be left for %1.").replace("%1", help_phrase(help_types))


def whatif_nothing_lost() -> str:
    return tr("Every kind of help would still have a safe source.")


def whatif_cut_off(names: Sequence[str]) -> str:
    if len(names) == 1:
        return tr("%1 would no longer be linked to the others.").replace("%1", names[0])
    return tr("%1 would no longer be linked to the others.").replace("%1", join_names(names))


def whatif_back() -> str:
    return tr("Back to my map")


def whatif_back_tip() -> str:
    return tr("Leave the what-if view (Esc)")


def whatif_not_current(name: str) -> str:
    return tr("%1 is someone you could reach out to, not someone you rely on today.").replace(
        "%1", name
    )


def whatif_new_heading() -> str:
    return tr("Would come up")


def whatif_gone_heading() -> str:
    return tr("Would no longer apply")


def whatif_same_heading() -> str:
    return tr("Stays the same")


def whatif_no_difference() -> str:
    return tr("The findings would stay the same.")


def ranking_intro() -> str:
    return tr(
        "People on your map, starting with those whose absence would change the most. "
        "Choose someone to see the map without them for a moment."
    )


def ranking_line(
    name: str, lost: Sequence[HelpType], cut_off: Sequence[str], coverage_drop: int
) -> str:
    parts: list[str] = []
    if lost:
        parts.append(tr("no safe source left for %1").replace("%1", help_phrase(lost)))
    if cut_off:
        parts.append(tr("%1 cut off from the others").replace("%1", join_names(cut_off)))
    if parts:
        return tr("Without %1: %2.").replace("%2", "; ".join(parts)).replace("%1", name)
    if coverage_drop:
        return tr("Every kind of help would still have a safe source, one fewer for some.")
    return tr("Every kind of help would still have a safe source.")


def ranking_empty() -> str:
    return tr("Once people you rely on are on the map, they are listed here.")


def ranking_list_name() -> str:
    return tr("Who holds your network together")


# --- crisis notice -------------------------------------------------------------------------


def crisis_action_text() -> str:
    return tr("If you are in crisis…")


def crisis_dialog_title() -> str:
    return tr("If you are in crisis")


def crisis_dialog_paragraphs() -> tuple[str, ...]:
    return (
        tr("SupportMap is not an emergency service, and it cannot reach anyone for you."),
        tr(
            "If you are in danger, or might hurt yourself, contact your local emergency number now."
        ),
        tr(
            "Most countries have crisis lines you can call or message, many of them day and "
            "night. You do not need to know what to say before you reach out."
        ),
        tr(
            "A GP, a doctor, a therapist or a counsellor can help too, including with finding "
            "the crisis line where you live."
        ),
        tr("If you can, you could also let one person you trust know how you are."),
    )


def crisis_dialog_close() -> str:
    return tr("Close")

"""Sentences of the findings dock, the Details view, what-if mode and the crisis notice.

They live together so they can be reviewed against VOICE.md and translated in one pass; each is
marked with ``QT_TRANSLATE_NOOP`` and shown through `supportmap.gui.texts.text` (see the package
docstring). Analysis texts (finding titles, details, small steps, kinds of help) are not here:
they come from ``supportmap.core.texts`` in the language in use.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportmap.core import texts, texts_report
from supportmap.core.vocabulary import HelpType
from supportmap.gui.texts import QT_TRANSLATE_NOOP, text


def join_names(names: Sequence[str]) -> str:
    """Join names the way people say them: "Sam", "Sam and Kim", "Sam, Kim and Jo"."""
    return texts.join_names(names, limit=len(names))


def help_phrase(help_types: Sequence[HelpType]) -> str:
    """ "emotional support and help in a crisis": help types as words in a sentence."""
    return join_names([texts.help_words(t) for t in help_types])


# --- findings list -------------------------------------------------------------------------

SEVERITY_HEADINGS = texts_report.SEVERITY_HEADINGS
"""The same headings as the text report, so the app and the command line speak alike."""

SMALL_STEP = QT_TRANSLATE_NOOP("SupportMap", "One small step")
EMPTY_PROMPT_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Your map is just beginning")
EMPTY_PROMPT_TEXT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Add the people around you: family, friends, people from work or school, "
    "neighbours, anyone you could turn to. Once a few people are on the map, this list "
    "shows gently where support is strong and where it is thin.",
)
TINY_PROMPT_TITLE = QT_TRANSLATE_NOOP("SupportMap", "You have started with %1")
TINY_PROMPT_TEXT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "You could add one or two more people, even ones you rarely see. With a few people on "
    "the map, this list shows where support is strong and where it is thin.",
)
NOTE_HELP_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Your map can show more once help is noted")
NOTE_HELP_TEXT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Then this list shows where support is strong and where it is thin. To note help, select "
    "someone and fill in what help flows between you in the Person panel.",
)
STRENGTHS_TITLE = QT_TRANSLATE_NOOP("SupportMap", "What is there for you")
STRENGTH_LINE = QT_TRANSLATE_NOOP("SupportMap", "%1: %2")
NO_MAP_TITLE = QT_TRANSLATE_NOOP("SupportMap", "No map is open")
NO_MAP_TEXT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "You could open a map in the Maps panel, or start a new one for yourself or for someone "
    "you work with.",
)
ALL_CLEAR_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Nothing stands out right now")
ALL_CLEAR_TEXT = QT_TRANSLATE_NOOP(
    "SupportMap", "Every kind of help has more than one safe source on your map."
)
CRISIS_LINE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Few people on your map can be reached at the worst moments. SupportMap is not an "
    "emergency service; local emergency numbers, crisis lines and professionals such as "
    "your GP or a therapist are there for those times.",
)
CRISIS_LINE_START = QT_TRANSLATE_NOOP(
    "SupportMap",
    "SupportMap is not an emergency service. If things are at their worst, local "
    "emergency numbers and crisis lines are there for you.",
)
CRISIS_LINE_BUTTON = QT_TRANSLATE_NOOP("SupportMap", "Where to turn in a crisis")
FILTER_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Show who gives")
ANY_HELP = QT_TRANSLATE_NOOP("SupportMap", "Any kind of help")
ANY_SAFETY = QT_TRANSLATE_NOOP("SupportMap", "Any safety")
FINDINGS_LIST_NAME = QT_TRANSLATE_NOOP("SupportMap", "Findings about your map")


def severity_heading(severity: str) -> str:
    return texts_report.severity_heading(severity)


def small_step_label() -> str:
    return text(SMALL_STEP)


def empty_prompt_title() -> str:
    return text(EMPTY_PROMPT_TITLE)


def empty_prompt_text() -> str:
    return text(EMPTY_PROMPT_TEXT)


def tiny_prompt_title(name: str) -> str:
    return text(TINY_PROMPT_TITLE).replace("%1", name)


def tiny_prompt_text() -> str:
    return text(TINY_PROMPT_TEXT)


def note_help_title() -> str:
    return text(NOTE_HELP_TITLE)


def note_help_text() -> str:
    return text(NOTE_HELP_TEXT)


def strengths_title() -> str:
    return text(STRENGTHS_TITLE)


def strength_line(help_type: HelpType, names: Sequence[str]) -> str:
    """ "Emotional support: Jamie, Theo and Dana" (long lists end in "and N others")."""
    words = texts.help_words(help_type)
    phrase = words[:1].upper() + words[1:]
    return text(STRENGTH_LINE).replace("%1", phrase).replace("%2", texts.join_names(names))


def no_map_title() -> str:
    return text(NO_MAP_TITLE)


def no_map_text() -> str:
    return text(NO_MAP_TEXT)


def all_clear_title() -> str:
    return text(ALL_CLEAR_TITLE)


def all_clear_text() -> str:
    return text(ALL_CLEAR_TEXT)


def crisis_line() -> str:
    return text(CRISIS_LINE)


def crisis_line_start() -> str:
    return text(CRISIS_LINE_START)


def crisis_line_button() -> str:
    return text(CRISIS_LINE_BUTTON)


def filter_heading() -> str:
    return text(FILTER_HEADING)


def any_help() -> str:
    return text(ANY_HELP)


def any_safety() -> str:
    return text(ANY_SAFETY)


def findings_list_name() -> str:
    return text(FINDINGS_LIST_NAME)


# --- tabs ----------------------------------------------------------------------------------

TAB_FINDINGS = QT_TRANSLATE_NOOP("SupportMap", "Findings")
TAB_RANKING = QT_TRANSLATE_NOOP("SupportMap", "Who holds it together")
TAB_DETAILS = QT_TRANSLATE_NOOP("SupportMap", "Details")


def tab_findings() -> str:
    return text(TAB_FINDINGS)


def tab_ranking() -> str:
    return text(TAB_RANKING)


def tab_details() -> str:
    return text(TAB_DETAILS)


def dock_title() -> str:
    return text(TAB_FINDINGS)


# --- details view -------------------------------------------------------------------------

_DETAIL_EXPLANATIONS = {
    "coverage": QT_TRANSLATE_NOOP(
        "SupportMap", "How many people who feel safe give you each kind of help."
    ),
    "density": QT_TRANSLATE_NOOP(
        "SupportMap",
        "Share of the pairs of people you lean on who know each other: 0 none, 1 all.",
    ),
    "components": QT_TRANSLATE_NOOP(
        "SupportMap",
        "Groups of people linked to each other; someone who knows nobody else is a group.",
    ),
    "bridges": QT_TRANSLATE_NOOP(
        "SupportMap", "People who are the only link between some of the others on your map."
    ),
    "effective_size": QT_TRANSLATE_NOOP(
        "SupportMap",
        "Roughly how many separate circles of people you reach; overlap counts less.",
    ),
    "efficiency": QT_TRANSLATE_NOOP(
        "SupportMap",
        "Effective size per person: near 1 when each person links you to someone new.",
    ),
    "constraint": QT_TRANSLATE_NOOP(
        "SupportMap",
        "Higher when a few people who all know each other make up most of your map.",
    ),
    "diversity": QT_TRANSLATE_NOOP(
        "SupportMap",
        "How evenly people spread over life areas: 0 one area only, 1 perfectly even.",
    ),
    "effective_supporters": QT_TRANSLATE_NOOP(
        "SupportMap",
        "How many people your help really comes from, weighing who gives more.",
    ),
}
"""What each figure of the Details view means, by figure key, in plain words (VOICE.md rule 7)."""


def detail_explanation(key: str) -> str:
    return text(_DETAIL_EXPLANATIONS[key])


# --- what-if -------------------------------------------------------------------------------

WHATIF_ACTION = QT_TRANSLATE_NOOP("SupportMap", "What if they were not available?")
WHATIF_ACTION_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "See the map as if this person could not be there for a while"
)
WHATIF_MENU_ENTRY = QT_TRANSLATE_NOOP("SupportMap", "What if %1 were not available?")
WHATIF_TITLE = QT_TRANSLATE_NOOP("SupportMap", "If %1 were not available")
WHATIF_LOST = QT_TRANSLATE_NOOP("SupportMap", "No safe source would be left for %1.")
WHATIF_NOTHING_LOST = QT_TRANSLATE_NOOP(
    "SupportMap", "Every kind of help would still have a safe source."
)
WHATIF_CUT_OFF = QT_TRANSLATE_NOOP("SupportMap", "%1 would no longer be linked to the others.")
WHATIF_CANVAS_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "%1 is faded out for a moment; nothing on your map has changed. "
    "Findings shows what would be different.",
)
WHATIF_BACK = QT_TRANSLATE_NOOP("SupportMap", "Back to my map")
WHATIF_BACK_TIP = QT_TRANSLATE_NOOP("SupportMap", "Leave the what-if view (Esc)")
WHATIF_NOT_CURRENT = QT_TRANSLATE_NOOP(
    "SupportMap", "%1 is someone you could reach out to, not someone you rely on today."
)
WHATIF_NEW_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Would come up")
WHATIF_GONE_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Would no longer apply")
WHATIF_SAME_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Stays the same")
WHATIF_NO_DIFFERENCE = QT_TRANSLATE_NOOP("SupportMap", "The findings would stay the same.")
RANKING_INTRO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "People on your map, starting with those whose absence would change the most. "
    "Choose someone to see the map without them for a moment.",
)
RANKING_LOST = QT_TRANSLATE_NOOP("SupportMap", "no safe source left for %1")
RANKING_CUT_OFF = QT_TRANSLATE_NOOP("SupportMap", "%1 cut off from the others")
RANKING_LINE = QT_TRANSLATE_NOOP("SupportMap", "Without %1: %2.")
RANKING_ONE_FEWER = QT_TRANSLATE_NOOP(
    "SupportMap", "Every kind of help would still have a safe source, one fewer for some."
)
RANKING_EMPTY = QT_TRANSLATE_NOOP(
    "SupportMap", "Once people you rely on are on the map, they are listed here."
)
RANKING_LIST_NAME = QT_TRANSLATE_NOOP("SupportMap", "Who holds your network together")


def whatif_action_text() -> str:
    return text(WHATIF_ACTION)


def whatif_action_tip() -> str:
    return text(WHATIF_ACTION_TIP)


def whatif_menu_entry(name: str) -> str:
    return text(WHATIF_MENU_ENTRY).replace("%1", name)


def whatif_title(name: str) -> str:
    return text(WHATIF_TITLE).replace("%1", name)


def whatif_lost(help_types: Sequence[HelpType]) -> str:
    return text(WHATIF_LOST).replace("%1", help_phrase(help_types))


def whatif_nothing_lost() -> str:
    return text(WHATIF_NOTHING_LOST)


def whatif_cut_off(names: Sequence[str]) -> str:
    return text(WHATIF_CUT_OFF).replace("%1", join_names(names))


def whatif_canvas_detail(name: str) -> str:
    return text(WHATIF_CANVAS_DETAIL).replace("%1", name)


def whatif_back() -> str:
    return text(WHATIF_BACK)


def whatif_back_tip() -> str:
    return text(WHATIF_BACK_TIP)


def whatif_not_current(name: str) -> str:
    return text(WHATIF_NOT_CURRENT).replace("%1", name)


def whatif_new_heading() -> str:
    return text(WHATIF_NEW_HEADING)


def whatif_gone_heading() -> str:
    return text(WHATIF_GONE_HEADING)


def whatif_same_heading() -> str:
    return text(WHATIF_SAME_HEADING)


def whatif_no_difference() -> str:
    return text(WHATIF_NO_DIFFERENCE)


def ranking_intro() -> str:
    return text(RANKING_INTRO)


def ranking_line(
    name: str, lost: Sequence[HelpType], cut_off: Sequence[str], coverage_drop: int
) -> str:
    parts: list[str] = []
    if lost:
        parts.append(text(RANKING_LOST).replace("%1", help_phrase(lost)))
    if cut_off:
        parts.append(text(RANKING_CUT_OFF).replace("%1", join_names(cut_off)))
    if parts:
        return text(RANKING_LINE).replace("%2", "; ".join(parts)).replace("%1", name)
    if coverage_drop:
        return text(RANKING_ONE_FEWER)
    return text(WHATIF_NOTHING_LOST)


def ranking_empty() -> str:
    return text(RANKING_EMPTY)


def ranking_list_name() -> str:
    return text(RANKING_LIST_NAME)


# --- crisis notice -------------------------------------------------------------------------

CRISIS_ACTION = QT_TRANSLATE_NOOP("SupportMap", "If you are in crisis…")
CRISIS_DIALOG_TITLE = QT_TRANSLATE_NOOP("SupportMap", "If you are in crisis")
CRISIS_DIALOG_PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "SupportMap", "SupportMap is not an emergency service, and it cannot reach anyone for you."
    ),
    QT_TRANSLATE_NOOP(
        "SupportMap",
        "If you are in danger, or might hurt yourself, contact your local emergency number now.",
    ),
    QT_TRANSLATE_NOOP(
        "SupportMap",
        "Most countries have crisis lines you can call or message, many of them day and "
        "night. You do not need to know what to say before you reach out.",
    ),
    QT_TRANSLATE_NOOP(
        "SupportMap",
        "A GP, a doctor, a therapist or a counsellor can help too, including with finding "
        "the crisis line where you live.",
    ),
    QT_TRANSLATE_NOOP(
        "SupportMap", "If you can, you could also let one person you trust know how you are."
    ),
)
CRISIS_DIALOG_CLOSE = QT_TRANSLATE_NOOP("SupportMap", "Close")


def crisis_action_text() -> str:
    return text(CRISIS_ACTION)


def crisis_dialog_title() -> str:
    return text(CRISIS_DIALOG_TITLE)


def crisis_dialog_paragraphs() -> tuple[str, ...]:
    return tuple(text(paragraph) for paragraph in CRISIS_DIALOG_PARAGRAPHS)


def crisis_dialog_close() -> str:
    return text(CRISIS_DIALOG_CLOSE)

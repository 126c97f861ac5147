"""Sentences of the Safety plan panel, reviewed together against VOICE.md.

The panel may be read by someone in distress: each hint says plainly what belongs in a step,
with an example, and never tells anyone what they have to do. The step titles themselves come
from `supportmap.core.safety_plan`, so the panel and the printed plan name them alike.
"""

from __future__ import annotations

from supportmap.core.model import PlanList
from supportmap.gui.texts import QT_TRANSLATE_NOOP

DOCK_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Safety plan")
INTRO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "A plan for hard moments, in your own words, to read when things get difficult. Steps 3 to "
    "5 start with people from the map; you can change them.",
)
PAST_MOMENT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This is the plan as it was at the moment shown. Go back to now to change it.",
)

STEP_HINTS = {
    PlanList.WARNING_SIGNS: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Thoughts, feelings or situations that tell you a hard time may be starting, for "
        "example “I stop answering messages”.",
    ),
    PlanList.COPING: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Small things that help a little, without anyone else, for example a walk, a shower or "
        "a favourite song.",
    ),
    PlanList.DISTRACTION_PEOPLE: QT_TRANSLATE_NOOP(
        "SupportMap",
        "People who are good company, and places where you feel a little better, such as a "
        "park, a café or a library.",
    ),
    PlanList.PEOPLE_TO_ASK: QT_TRANSLATE_NOOP(
        "SupportMap",
        "People you could tell that things are hard, and ask for help. How to reach them is "
        "shown with their name.",
    ),
    PlanList.PROFESSIONALS: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Professionals and services you could contact in a crisis, and crisis lines you write "
        "down here yourself.",
    ),
    PlanList.SAFER_SURROUNDINGS: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Ways to make where you are safer while things are hard, for example asking someone to "
        "keep certain things for you for a while.",
    ),
}
"""What belongs in each step, keyed by the step's first list."""

WHAT_MATTERS_HINT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The people, hopes and reasons that matter most to you, worth reading when things feel "
    "hardest.",
)

PEOPLE_HEADING = QT_TRANSLATE_NOOP("SupportMap", "People")
PLACES_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Places")
CRISIS_LINES_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Crisis lines")

EMPTY_TEXTS = QT_TRANSLATE_NOOP(
    "SupportMap", "Nothing written here yet. You could add one thing, whenever it feels right."
)
EMPTY_SUGGESTION = {
    PlanList.DISTRACTION_PEOPLE: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Nobody here yet. Safe people you get company from appear here once that help is noted "
        "on the map, or you could add someone yourself.",
    ),
    PlanList.PEOPLE_TO_ASK: QT_TRANSLATE_NOOP(
        "SupportMap",
        "Nobody here yet. Safe people you get comfort or crisis help from appear here once that "
        "help is noted on the map, or you could add someone yourself.",
    ),
    PlanList.PROFESSIONALS: QT_TRANSLATE_NOOP(
        "SupportMap",
        "No professionals or services here yet. People in the life area “Professionals & "
        "services” appear here.",
    ),
}
EMPTY_CHOSEN = QT_TRANSLATE_NOOP(
    "SupportMap",
    "You have taken everyone out of this step. “Use the map's suggestion again” brings back "
    "whom the map suggests.",
)

SUGGESTED_MARK = QT_TRANSLATE_NOOP("SupportMap", "Suggested by the map")
SUGGESTED_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This list follows the map as it changes. Adding, removing or moving someone makes it your "
    "own choice.",
)
CHOSEN_MARK = QT_TRANSLATE_NOOP("SupportMap", "Your own choice")
CHOSEN_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "You chose who is in this list and in which order. People marked unsafe or draining are "
    "still always left out.",
)
NO_CONTACT_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "How to reach %1 is not written down yet; you could add it in the Person panel."
)

CHOOSE_PERSON_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Who would you like to add to this step?")
NOBODY_TO_ADD = QT_TRANSLATE_NOOP(
    "SupportMap",
    "There is nobody else on the map who could be added to this step. People marked unsafe or "
    "draining are always left out.",
)
LIST_FULL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This list holds up to %1 lines. You could edit or remove one to make room.",
)
LINE_AT_LIMIT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "A line holds up to %1 characters, so typing stops there. You could go on in a new line.",
)
WHAT_MATTERS_AT_LIMIT = QT_TRANSLATE_NOOP(
    "SupportMap", "This holds up to %1 characters, so the text stops there."
)
NOT_CHANGED = QT_TRANSLATE_NOOP("SupportMap", "%1 Nothing was changed.")

CRISIS_LINE_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Write down a crisis line or service you know of, and how to reach it. SupportMap does not "
    "look up numbers.",
)
CRISIS_LINE_NAME_HINT = QT_TRANSLATE_NOOP("SupportMap", "The name of the line or service")
CRISIS_LINE_CONTACT_HINT = QT_TRANSLATE_NOOP(
    "SupportMap", "A phone number, a text service or a website"
)

FIELD_AT_LIMIT = QT_TRANSLATE_NOOP(
    "SupportMap", "A field here holds up to %1 characters, so typing stops there."
)

UNDO_TEXTS = {
    PlanList.WARNING_SIGNS: (
        QT_TRANSLATE_NOOP("SupportMap", "Add warning sign"),
        QT_TRANSLATE_NOOP("SupportMap", "Edit warning sign"),
        QT_TRANSLATE_NOOP("SupportMap", "Remove warning sign"),
        QT_TRANSLATE_NOOP("SupportMap", "Move warning sign"),
    ),
    PlanList.COPING: (
        QT_TRANSLATE_NOOP("SupportMap", "Add something I can do"),
        QT_TRANSLATE_NOOP("SupportMap", "Edit something I can do"),
        QT_TRANSLATE_NOOP("SupportMap", "Remove something I can do"),
        QT_TRANSLATE_NOOP("SupportMap", "Move something I can do"),
    ),
    PlanList.DISTRACTION_PLACES: (
        QT_TRANSLATE_NOOP("SupportMap", "Add place"),
        QT_TRANSLATE_NOOP("SupportMap", "Edit place"),
        QT_TRANSLATE_NOOP("SupportMap", "Remove place"),
        QT_TRANSLATE_NOOP("SupportMap", "Move place"),
    ),
    PlanList.CRISIS_LINES: (
        QT_TRANSLATE_NOOP("SupportMap", "Add crisis line"),
        QT_TRANSLATE_NOOP("SupportMap", "Edit crisis line"),
        QT_TRANSLATE_NOOP("SupportMap", "Remove crisis line"),
        QT_TRANSLATE_NOOP("SupportMap", "Move crisis line"),
    ),
    PlanList.SAFER_SURROUNDINGS: (
        QT_TRANSLATE_NOOP("SupportMap", "Add way to be safer"),
        QT_TRANSLATE_NOOP("SupportMap", "Edit way to be safer"),
        QT_TRANSLATE_NOOP("SupportMap", "Remove way to be safer"),
        QT_TRANSLATE_NOOP("SupportMap", "Move way to be safer"),
    ),
}
"""Undo texts of the lists of texts: add, edit, remove, move ("Undo Add warning sign")."""

UNDO_ADD_PERSON = QT_TRANSLATE_NOOP("SupportMap", "Add %1 to step %2")
UNDO_REMOVE_PERSON = QT_TRANSLATE_NOOP("SupportMap", "Remove %1 from step %2")
UNDO_MOVE_PERSON = QT_TRANSLATE_NOOP("SupportMap", "Move %1 in step %2")
UNDO_USE_SUGGESTION = QT_TRANSLATE_NOOP("SupportMap", "Use the map's suggestion for step %1")

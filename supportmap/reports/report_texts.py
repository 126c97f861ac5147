"""The words of the client and clinician reports (`supportmap.reports.report_content`).

Finding texts, the crisis notice and the "since" summary come from core and are reused as they
are; these are the headings and the sentences around them. The client report follows VOICE.md
strictly and never uses network-science words; the clinician report names the figures of
DESIGN.md §4 with a one-line definition each, because a clinician files and compares them.
Constants are source texts marked with ``N_`` (show them with ``_()``); functions return
sentences in the language in use.
"""

from __future__ import annotations

from supportmap.core.i18n import N_, _

CLIENT_SUBTITLE = N_("Your support map to take home")
CLINICIAN_SUBTITLE = N_(
    "Clinician report: for the client's file. It holds private session notes and each "
    "person's notes; keep it confidential."
)
MAP_HEADING = N_("Your map")
MAP_CAPTION = N_(
    "The people nearest the middle are the closest to you. Colour and outline show how safe "
    "each person feels; the small badges show the help you receive from them."
)
STRENGTHS_HEADING = N_("What is there for you")
STRENGTHS_NONE = N_(
    "Once you note which safe people give you which kind of help, they are named here."
)
FINDINGS_HEADING = N_("What your map shows")
NOTHING_STANDS_OUT = N_(
    "Nothing stands out right now: every kind of help has more than one safe source on your map."
)
NOTE_HELP_PROMPT = N_(
    "Your map can show more once help is noted. You could pick one person and note what "
    "kind of help goes between you, and which way it goes."
)
SMALL_STEP_LEAD = N_("One small step:")
NOTHING_CHANGED = N_(
    "Since then, nobody has joined or left your map, moved closer or further away, or "
    "changed in how safe they feel."
)
STEPS_HEADING = N_("Your next small steps")
STEPS_NONE = N_(
    "No small steps are written down yet. If you like, you could note one next to someone "
    "on your map, as small as replying to a message."
)

FIGURES_HEADING = N_("Structural figures")
FIGURES_INTRO = N_(
    "The figures of the analysis under their usual names. Only circles 1 to 3 count; "
    "circle 4 is potential support."
)
FIGURE_COLUMN = N_("Figure")
VALUE_COLUMN = N_("Value")
DEFINITION_COLUMN = N_("Definition")
NONE_VALUE = N_("none")
NOT_DEFINED = N_("not defined (no current people)")

FIGURE_NAMES = {
    "coverage": N_("coverage"),
    "resilience": N_("resilience"),
    "effective_supporters": N_("effective number of supporters"),
    "density": N_("density"),
    "components": N_("components"),
    "isolates": N_("isolates"),
    "articulation_points": N_("articulation points"),
    "effective_size": N_("effective size (Burt)"),
    "efficiency": N_("efficiency (Burt)"),
    "constraint": N_("constraint (Burt)"),
    "diversity": N_("sector diversity (IQV)"),
}
"""The section-4 names of the figures, by their key in the analysis."""

FIGURE_DEFINITIONS = {
    "coverage": N_("Per help type, the current people marked safe who give it at least rarely."),
    "resilience": N_(
        "The smallest coverage: the fewest people whose loss leaves some help type with no "
        "safe source."
    ),
    "effective_supporters": N_(
        "1 / Σ share², each share being a person's part of all help received; 0 when "
        "nothing is received."
    ),
    "density": N_("Ties among current people as a share of all possible pairs."),
    "components": N_("Connected groups among current people, leaving out the focus person."),
    "isolates": N_("Current people with no tie to anyone else on the map."),
    "articulation_points": N_("Current people whose absence splits the others into more groups."),
    "effective_size": N_("The focus person's contacts minus their redundancy (ties unweighted)."),
    "efficiency": N_("Effective size divided by the number of contacts."),
    "constraint": N_(
        "How much the contacts are tied to each other; higher is a more closed network."
    ),
    "diversity": N_(
        "(1 − Σ pᵢ²) / (1 − 1/7) over the sectors of current people: 0 one sector, 1 even."
    ),
}
"""One line for each figure, for the clinician who reads the report."""

WHAT_IF_HEADING = N_("What-if ranking")
WHAT_IF_INTRO = N_(
    "Current people, the one whose absence would take most away first: help types left "
    "without a safe source weigh most (emotional and crisis help twice), then the share of "
    "people cut off from the largest group."
)
WHAT_IF_NOBODY = N_("There are no current people to rank yet.")
RANK_COLUMN = N_("#")
PERSON_COLUMN = N_("Person")
LOSES_COLUMN = N_("Last safe source of")
CUT_OFF_COLUMN = N_("Would cut off")
SCORE_COLUMN = N_("Score")

SNAPSHOTS_HEADING = N_("Snapshots")
SNAPSHOTS_NONE = N_("No snapshot of this map has been taken yet.")
MOMENT_COLUMN = N_("Moment")
TAKEN_COLUMN = N_("Taken")
PEOPLE_COLUMN = N_("People")
RESILIENCE_COLUMN = N_("Resilience")
FINDINGS_COLUMN = N_("Findings")
NOW_ROW = N_("Now")

NOTES_HEADING = N_("Session notes")
NOTES_NONE = N_("No session notes yet.")
PRIVATE_LABEL = N_("Private")

PEOPLE_HEADING = N_("People: barriers and notes")
PEOPLE_NONE = N_("Nobody is on the map yet.")
BARRIERS_LEAD = N_("What makes asking hard:")
NO_BARRIERS = N_("nothing ticked")
NOTES_LEAD = N_("Notes:")
NO_NOTES = N_("no notes")


def since_heading(label: str) -> str:
    """The heading of the change since the last snapshot: "Since Session 3"."""
    return _("Since {label}").format(label=label)


def page_footer(page: int, pages: int) -> str:
    """ "Page 2 of 3"."""
    return _("Page {page} of {pages}").format(page=page, pages=pages)


def person_heading(name: str, relationship: str, circle: str, safety: str) -> str:
    """ "Sam (sister) · Closest · Safe": one person in the clinician's list."""
    if relationship:
        return _("{name} ({relationship}) · {circle} · {safety}").format(
            name=name, relationship=relationship, circle=circle, safety=safety
        )
    return _("{name} · {circle} · {safety}").format(name=name, circle=circle, safety=safety)


def strength_line(help_label: str) -> str:
    """The lead of one line of "What is there for you": "Emotional support:"."""
    return _("{kind}:").format(kind=help_label)


def step_lead(name: str) -> str:
    """The lead of one person's small step: "Sam:"."""
    return _("{name}:").format(name=name)

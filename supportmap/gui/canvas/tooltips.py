"""What the canvas says about a person when the pointer rests on them.

The sentences themselves are kept together at the top, for review against VOICE.md and for
translation (marked like the sentences of `supportmap.gui.texts`, and shown with its `text`).
"""

from __future__ import annotations

from html import escape

from supportmap.core.model import Person
from supportmap.core.rules import Flow, one_sided_flow
from supportmap.core.vocabulary import HELP_TYPES, HelpType, level_label
from supportmap.gui.texts import QT_TRANSLATE_NOOP
from supportmap.gui.texts.strings import text

BADGE_TOOLTIP = QT_TRANSLATE_NOOP("SupportMap", "%1 help from %2: %3")
RECEIVES_LINE = QT_TRANSLATE_NOOP("SupportMap", "You receive: %1")
GIVES_LINE = QT_TRANSLATE_NOOP("SupportMap", "You give: %1")
NOTHING_YET = QT_TRANSLATE_NOOP("SupportMap", "No help noted yet in either direction.")
ONE_SIDED_GIVING = QT_TRANSLATE_NOOP(
    "SupportMap", "Right now you give %1 much more than you receive from them."
)
ONE_SIDED_RECEIVING = QT_TRANSLATE_NOOP(
    "SupportMap", "Right now %1 gives you much more than you give back, and that is okay."
)
CANVAS_DESCRIPTION = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The support map: you at the centre, the people around you in rings by closeness and in "
    "wedges by life area. The People panel lists the same people for keyboard and screen "
    "reader use.",
)
CANVAS_KEYS_HELP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Arrow keys move between people, Enter opens the editor, F2 renames, N adds someone, "
    "Delete removes the selected people, Escape cancels.",
)


def _list(person: Person, receive: bool) -> str:
    levels = [
        (t, person.support.receive(t) if receive else person.support.give(t)) for t in HELP_TYPES
    ]
    return ", ".join(f"{t.label} ({level_label(level).lower()})" for t, level in levels if level)


def person_tooltip(person: Person, badge: HelpType | None = None) -> str:
    """Rich text for a node's tooltip; about one help type when the pointer is on its badge."""
    name = escape(person.name)
    if badge is not None:
        level = level_label(person.support.receive(badge)).lower()
        return (text(BADGE_TOOLTIP).replace("%1", escape(badge.label)).replace("%2", name)).replace(
            "%3", escape(level)
        )
    details = [escape(person.relationship)] if person.relationship else []
    details += [escape(person.sector.label), escape(person.circle.label)]
    lines = [f"<b>{name}</b>", " · ".join(details), escape(person.safety.label)]
    received, given = _list(person, True), _list(person, False)
    if received:
        lines.append(escape(text(RECEIVES_LINE).replace("%1", received)))
    if given:
        lines.append(escape(text(GIVES_LINE).replace("%1", given)))
    if not received and not given:
        lines.append(escape(text(NOTHING_YET)))
    side = one_sided_flow(person)
    if side is Flow.GIVING:
        lines.append(escape(text(ONE_SIDED_GIVING).replace("%1", person.name)))
    elif side is Flow.RECEIVING:
        lines.append(escape(text(ONE_SIDED_RECEIVING).replace("%1", person.name)))
    return "<br>".join(lines)

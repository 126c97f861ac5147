"""Making a refused edit again on a map that someone else changed in the meantime.

When a save is refused because another window or clinician changed the map first, the window
reloads the map and offers to make the refused edit again. The refused changes carry the values
they were made from, which no longer match; `reapply` turns each one back into the gesture it
came from ("rename p3 to Samuel", "remove p4", "add Kim") and runs that gesture through
`supportmap.core.edits` on the fresh map, so what the other person changed and this edit did not
touch is kept. A gesture that no longer fits (the person was removed meanwhile) raises
`ValidationError`; the window then says so instead of forcing it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from supportmap.core import edits
from supportmap.core.changes import (
    Change,
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
    TieRemoved,
    invert,
)
from supportmap.core.model import Support, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES


def reapply(support_map: SupportMap, refused: Sequence[Change]) -> list[Change]:
    """The changes that make ``refused`` again on ``support_map``, which is left as it was.

    Changes that the fresh map already holds (someone else made the same edit) drop out, so an
    empty list means there is nothing left to do.

    Raises:
        ValidationError: a gesture no longer fits the map (its person, tie or note is gone).
    """
    made: list[Change] = []
    try:
        for change in refused:
            for again in _again(support_map, change):
                support_map.apply(again)
                made.append(again)
    finally:
        for change in reversed(made):
            support_map.apply(invert(change))
    return made


def _again(support_map: SupportMap, change: Change) -> list[Change]:
    match change:
        case PersonChanged(before, after):
            fields = {name: getattr(after, name) for name in change.fields}
            if "support" in fields:
                fields["support"] = _levels_again(support_map.person(before.id).support, change)
            return _some(edits.update_person(support_map, before.id, **fields))
        case PersonAdded(person, ties, _index):
            if ties:  # an undone removal brings its ties back; it fits only where it was
                edits.check(support_map, [change])
                return [change]
            fields = {f.name: getattr(person, f.name) for f in dataclasses.fields(person)}
            del fields["id"], fields["name"]
            return [edits.add_person(support_map, person.name, **fields)]
        case PersonRemoved(person, _ties, _index):
            return list(edits.remove_people(support_map, [person.id]))
        case TieAdded(tie):
            if support_map.tie(tie.a, tie.b) == tie:
                return []
            return [edits.add_tie(support_map, tie.a, tie.b, tie.strength, tie.conflict)]
        case TieRemoved(tie):
            if support_map.tie(tie.a, tie.b) is None:
                return []
            return [edits.remove_tie(support_map, tie.a, tie.b)]
        case TieChanged(before, after):
            fields = {
                f.name: getattr(after, f.name)
                for f in dataclasses.fields(after)
                if getattr(after, f.name) != getattr(before, f.name)
            }
            return _some(edits.update_tie(support_map, before.a, before.b, **fields))
        case MapRetitled(_before, after):
            return _some(edits.retitle(support_map, after))
        case FocusRenamed(_before, after):
            return _some(edits.rename_focus(support_map, after))
        case NoteAdded(note):
            return [edits.add_note(support_map, note.date, note.text, note.private)]
        case NoteRemoved(note):
            return [edits.remove_note(support_map, note.id)]
        case NoteChanged(before, after):
            fields = {
                f.name: getattr(after, f.name)
                for f in dataclasses.fields(after)
                if getattr(after, f.name) != getattr(before, f.name)
            }
            return _some(edits.update_note(support_map, before.id, **fields))
        case SafetyPlanChanged(_before, after):
            if support_map.safety_plan == after:
                return []
            return [SafetyPlanChanged(support_map.safety_plan, after)]
    raise ValidationError("change", "unknown change")  # pragma: no cover - Change is closed


def _levels_again(support: Support, change: PersonChanged) -> Support:
    """``support`` with only the levels ``change`` set: someone else may have set the other
    direction of the same help type meanwhile, and both are kept."""
    for help_type in HELP_TYPES:
        was, now = change.before.support[help_type], change.after.support[help_type]
        if was.receive != now.receive:
            support = support.with_level(help_type, receive=now.receive)
        if was.give != now.give:
            support = support.with_level(help_type, give=now.give)
    return support


def _some(change: Change | None) -> list[Change]:
    return [] if change is None else [change]

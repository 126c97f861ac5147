"""Property: any sequence of edits, saved as it happens, loads back as the editor's map."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportmap.core import edits
from supportmap.core.changes import Change, invert
from supportmap.core.model import Position
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Safety, Sector
from supportmap.storage.library import Library
from tests import text_strategies
from tests.storage.library_helpers import sample_map
from tests.text_strategies import free_text

names = text_strategies.names(max_size=12)
positions = st.none() | st.builds(Position, st.floats(-900, 900), st.floats(-900, 900))
person_fields = st.fixed_dictionaries(
    {},
    optional={
        "name": names,
        "relationship": free_text(10),
        "sector": st.sampled_from(tuple(Sector)),
        "circle": st.sampled_from(tuple(Circle)),
        "safety": st.sampled_from(tuple(Safety)),
        "barriers": st.frozensets(st.sampled_from(tuple(Barrier)), max_size=4),
        "next_step": free_text(20),
        "notes": free_text(40),
        "position": positions,
    },
)
OPERATIONS = (
    "add person",
    "update person",
    "set support",
    "remove person",
    "add tie",
    "update tie",
    "remove tie",
    "retitle",
    "rename focus",
    "add note",
    "update note",
    "remove note",
    "undo",
)


PERSON_EDITS = {"update person", "set support", "remove person"}


def applied(editor: SupportMap, change: Change | None) -> Change | None:
    """The change after applying it to the editor's map (None: the edit changed nothing)."""
    return None if change is None else editor.apply(change)


def one_edit(data: st.DataObject, editor: SupportMap, done: list[Change]) -> Change | None:
    operation = data.draw(st.sampled_from(OPERATIONS))
    people = list(editor.people)
    ties = list(editor.ties.values())
    notes = [note.id for note in editor.notes]
    if operation == "add person" or (not people and operation in PERSON_EDITS):
        fields = data.draw(person_fields)
        return applied(editor, edits.add_person(editor, fields.pop("name", "New person"), **fields))
    if operation == "update person":
        person_id = data.draw(st.sampled_from(people))
        return applied(editor, edits.update_person(editor, person_id, **data.draw(person_fields)))
    if operation == "set support":
        change = edits.set_support(
            editor,
            data.draw(st.sampled_from(people)),
            data.draw(st.sampled_from(HELP_TYPES)),
            receive=data.draw(st.integers(0, 3)),
            give=data.draw(st.integers(0, 3)),
        )
        return applied(editor, change)
    if operation == "remove person":
        (removal,) = edits.remove_people(editor, [data.draw(st.sampled_from(people))])
        return applied(editor, removal)
    if operation == "add tie" and len(people) >= 2:
        a, b = data.draw(st.lists(st.sampled_from(people), min_size=2, max_size=2, unique=True))
        if editor.tie(a, b) is None:
            strength, conflict = data.draw(st.integers(1, 3)), data.draw(st.booleans())
            return applied(editor, edits.add_tie(editor, a, b, strength, conflict))
    if operation == "update tie" and ties:
        tie = data.draw(st.sampled_from(ties))
        strength = data.draw(st.integers(1, 3))
        return applied(editor, edits.update_tie(editor, tie.a, tie.b, strength=strength))
    if operation == "remove tie" and ties:
        tie = data.draw(st.sampled_from(ties))
        return applied(editor, edits.remove_tie(editor, tie.b, tie.a))
    if operation == "retitle":
        return applied(editor, edits.retitle(editor, data.draw(free_text(30))))
    if operation == "rename focus":
        return applied(editor, edits.rename_focus(editor, data.draw(names)))
    if operation == "add note":
        text = data.draw(free_text(30))
        return applied(editor, edits.add_note(editor, dt.date(2026, 1, 1), text))
    if operation == "update note" and notes:
        note_id, private = data.draw(st.sampled_from(notes)), data.draw(st.booleans())
        return applied(editor, edits.update_note(editor, note_id, private=private))
    if operation == "remove note" and notes:
        return applied(editor, edits.remove_note(editor, data.draw(st.sampled_from(notes))))
    if operation == "undo" and done:
        return editor.apply(invert(done.pop()))
    return None


def same_content(stored: SupportMap, editor: SupportMap) -> bool:
    """Equal apart from order, which undo of a removal may change (the person goes last)."""
    return (
        (stored.focus_name, stored.title) == (editor.focus_name, editor.title)
        and dict(stored.people) == dict(editor.people)
        and dict(stored.ties) == dict(editor.ties)
        and set(stored.notes) == set(editor.notes)
    )


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_saved_edits_load_back_as_the_editor_map(library: Library, data: st.DataObject) -> None:
    editor = sample_map(people=data.draw(st.integers(0, 6)))
    map_id = library.save_new_map(editor)
    done: list[Change] = []
    for _ in range(data.draw(st.integers(1, 20))):
        change = one_edit(data, editor, done)
        if change is None:
            continue
        done.append(change)
        library.apply(map_id, change)
    assert same_content(library.load_map(map_id), editor)


def test_library_fixture_is_a_real_file_or_server(library: Library, backend: str) -> None:
    if backend == "sqlite":
        assert Path(library.location).is_file()
    else:
        assert library.engine.dialect.name == "postgresql"
        assert library.location.startswith("postgresql://")

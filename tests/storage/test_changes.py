"""Every kind of edit, saved one at a time, loads back as the map the editor holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from supportmap.core import edits
from supportmap.core.changes import Change, PersonChanged, PersonRemoved, TieAdded, invert
from supportmap.core.model import Person, Position, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.library import Library
from tests.maps import edit
from tests.storage.library_helpers import file_digest, sample_map

Edit = Callable[[SupportMap], Change | None]

EDITS: dict[str, Edit] = {
    "add person": lambda m: edits.add_person(
        m, "Lee", sector=Sector.WORK, barriers={Barrier.PRIDE}
    ),
    "rename person": lambda m: edits.update_person(m, "p1", name="Samantha"),
    "move person": lambda m: edits.update_person(
        m, "p2", position=Position(1.5, -2.5), circle=Circle.CLOSE, sector=Sector.ONLINE
    ),
    "clear position": lambda m: edits.update_person(m, "p1", position=None),
    "safety and notes": lambda m: edits.update_person(
        m, "p3", safety=Safety.UNSURE, notes="Moved practice", next_step="Book a visit"
    ),
    "new support level": lambda m: edits.set_support(m, "p2", HelpType.COMPANIONSHIP, receive=2),
    "changed support level": lambda m: edits.set_support(m, "p1", HelpType.EMOTIONAL, give=0),
    "cleared support level": lambda m: edits.set_support(m, "p1", HelpType.PRACTICAL, receive=0),
    "barriers": lambda m: edits.update_person(m, "p1", barriers={Barrier.OWING, Barrier.SHAME}),
    "remove person with ties": lambda m: edits.remove_people(m, ["p1"])[0],
    "remove person without ties": lambda m: edits.remove_people(m, ["x4"])[0],
    "add tie": lambda m: edits.add_tie(m, "p2", "p3", 3, True),
    "change tie": lambda m: edits.update_tie(m, "p1", "p2", strength=1, conflict=False),
    "remove tie": lambda m: edits.remove_tie(m, "p3", "p1"),
    "retitle": lambda m: edits.retitle(m, "After session 4"),
    "rename focus": lambda m: edits.rename_focus(m, "Alexandra"),
    "add note": lambda m: edits.add_note(m, dt.date(2026, 11, 1), "Talked about Kim", True),
    "change note": lambda m: edits.update_note(m, "n1", text="Edited", private=False),
    "remove note": lambda m: edits.remove_note(m, "n2"),
}
"""What each kind of edit makes of the sample map; the tests apply it to editor and library."""


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_is_saved_and_its_undo_too(library: Library, name: str) -> None:
    editor = sample_map(people=5)
    map_id = library.save_new_map(editor)
    change = EDITS[name](editor)
    assert change is not None
    editor.apply(change)

    library.apply(map_id, change)
    assert library.load_map(map_id) == editor

    editor.apply(invert(change))
    library.apply(map_id, invert(change))
    reloaded = library.load_map(map_id)
    assert reloaded.people == editor.people  # a restored person may move to the end
    assert dict(reloaded.ties) == dict(editor.ties)
    assert set(reloaded.notes) == set(editor.notes)
    assert (reloaded.title, reloaded.focus_name) == (editor.title, editor.focus_name)


def test_a_long_editing_session_matches_the_editor(library: Library) -> None:
    editor = sample_map(people=5)
    map_id = library.save_new_map(editor)
    saved = 0
    for gesture in EDITS.values():
        try:
            change = gesture(editor)
        except ValidationError:
            continue  # e.g. editing a tie of a person removed earlier in the session
        if change is not None:
            editor.apply(change)
            library.apply(map_id, change)
            saved += 1
    assert saved >= 15
    assert library.load_map(map_id) == editor


def test_restored_person_gets_their_ties_back(library: Library) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    (removal,) = edit(editor, edits.remove_people, ["p1"])
    library.apply(map_id, removal)
    assert library.load_map(map_id).ties_of("p2") == ()

    library.apply(map_id, invert(removal))

    assert set(library.load_map(map_id).ties_of("p1")) == set(removal.ties)


def test_apply_many_is_all_or_nothing(library: Library, library_file: Path) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    library.close()
    before = file_digest(library_file)
    library = Library.open(library_file)
    stale = editor.copy()
    (good,) = edit(editor, edits.remove_people, ["p2"])
    wrong = PersonRemoved(stale.person("p3"), ())  # p3 still has a tie, which this omits

    with pytest.raises(ConflictError) as caught:
        library.apply_many(map_id, [good, wrong])

    assert "\n" not in str(caught.value)
    assert library.load_map(map_id) == sample_map()
    library.close()
    assert file_digest(library_file) == before


def test_edit_of_a_person_the_library_does_not_have_is_refused(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    ghost = Person(id="zz", name="Ghost")
    renamed = PersonChanged(ghost, ghost.replace(name="Ghosted"))

    for change in (renamed, TieAdded(sample_map().ties[("p1", "p2")].replace(b="p9"))):
        with pytest.raises(ConflictError):
            library.apply(map_id, change)
    assert library.load_map(map_id) == sample_map()


def test_every_edit_marks_the_map_as_updated(library: Library) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    before = library.list_maps()[0].updated
    library.apply(map_id, edit(editor, edits.update_person, "p2", notes="x"))
    assert library.list_maps()[0].updated > before

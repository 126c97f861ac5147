"""Every kind of edit, saved one at a time, loads back as the map the editor holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from supportmap.core.changes import Change, PersonChanged, PersonRemoved, TieAdded, invert
from supportmap.core.model import Position, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector
from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library
from tests.storage.library_helpers import file_digest, sample_map

Edit = Callable[[SupportMap], Change | None]

EDITS: dict[str, Edit] = {
    "add person": lambda m: m.add_person("Lee", sector=Sector.WORK, barriers={Barrier.PRIDE}),
    "rename person": lambda m: m.update_person("p1", name="Samantha"),
    "move person": lambda m: m.update_person(
        "p2", position=Position(1.5, -2.5), circle=Circle.CLOSE, sector=Sector.ONLINE
    ),
    "clear position": lambda m: m.update_person("p1", position=None),
    "safety and notes": lambda m: m.update_person(
        "p3", safety=Safety.UNSURE, notes="Moved practice", next_step="Book a visit"
    ),
    "new support level": lambda m: m.set_support("p2", HelpType.COMPANIONSHIP, receive=2),
    "changed support level": lambda m: m.set_support("p1", HelpType.EMOTIONAL, give=0),
    "cleared support level": lambda m: m.set_support("p1", HelpType.PRACTICAL, receive=0),
    "barriers": lambda m: m.update_person("p1", barriers={Barrier.OWING, Barrier.SHAME}),
    "remove person with ties": lambda m: m.remove_person("p1"),
    "remove person without ties": lambda m: m.remove_person("x4"),
    "add tie": lambda m: m.add_tie("p2", "p3", 3, True),
    "change tie": lambda m: m.update_tie("p1", "p2", strength=1, conflict=False),
    "remove tie": lambda m: m.remove_tie("p3", "p1"),
    "retitle": lambda m: m.set_title("After session 4"),
    "rename focus": lambda m: m.rename_focus("Alexandra"),
    "add note": lambda m: m.add_note(dt.date(2026, 11, 1), "Talked about Kim", True),
    "change note": lambda m: m.update_note("n1", text="Edited", private=False),
    "remove note": lambda m: m.remove_note("n2"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_is_saved_and_its_undo_too(library: Library, name: str) -> None:
    editor = sample_map(people=5)
    map_id = library.save_new_map(editor)
    change = EDITS[name](editor)
    assert change is not None

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
    for edit in EDITS.values():
        try:
            change = edit(editor)
        except ValidationError:
            continue  # e.g. editing a tie of a person removed earlier in the session
        if change is not None:
            library.apply(map_id, change)
            saved += 1
    assert saved >= 15
    assert library.load_map(map_id) == editor


def test_restored_person_gets_their_ties_back(library: Library) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    removal = editor.remove_person("p1")
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
    good = editor.remove_person("p2")
    wrong = PersonRemoved(stale.person("p3"), ())  # p3 still has a tie, which this omits

    with pytest.raises(StorageError, match="no longer matches") as caught:
        library.apply_many(map_id, [good, wrong])

    assert "\n" not in str(caught.value)
    assert library.load_map(map_id) == sample_map()
    library.close()
    assert file_digest(library_file) == before


def test_edit_of_a_person_the_library_does_not_have_is_refused(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    other = SupportMap("Alex")
    ghost = other.add_person("Ghost", id="zz").person
    renamed = PersonChanged(ghost, ghost.replace(name="Ghosted"))

    for change in (renamed, TieAdded(sample_map().ties[("p1", "p2")].replace(b="p9"))):
        with pytest.raises(StorageError, match="no longer matches"):
            library.apply(map_id, change)
    assert library.load_map(map_id) == sample_map()


def test_every_edit_marks_the_map_as_updated(library: Library) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    before = library.list_maps()[0].updated
    library.apply(map_id, editor.update_person("p2", notes="x") or editor.set_title("x"))
    assert library.list_maps()[0].updated > before

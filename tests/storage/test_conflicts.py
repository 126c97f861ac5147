"""No lost update: two windows on one library, each with the map as it read it (both backends).

Each "window" is a `Library` of its own with its own copy of the map, as two windows, two
instances or two clinicians have; the saves run one after the other here, and with real
processes at the same time in test_concurrent_writers.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supportmap.core import edits
from supportmap.core.changes import invert
from supportmap.core.model import Position
from supportmap.core.vocabulary import HelpType
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.library import Library
from tests.maps import edit
from tests.storage.library_helpers import database_rows, sample_map


@pytest.fixture
def second(library_location: str, library: Library) -> Iterator[Library]:
    """Another window on the same library (opened after the first has set it up)."""
    other = Library.open(library_location)
    yield other
    other.close()


def test_two_renames_of_one_person_one_wins_and_the_other_is_told(
    library: Library, second: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)

    library.apply(map_id, edit(mine, edits.update_person, "p1", name="Samuel"))
    with pytest.raises(ConflictError) as caught:
        second.apply(map_id, edit(theirs, edits.update_person, "p1", name="Sammy"))

    assert caught.value.map_id == map_id and caught.value.subject == "person p1"
    assert "not saved" in str(caught.value) and "damaged" not in str(caught.value)
    assert library.load_map(map_id).person("p1").name == "Samuel"
    names = database_rows(library_location, "SELECT name FROM person WHERE pid = 'p1'")
    assert names == [("Samuel",)]


def test_changes_to_different_fields_of_one_person_both_survive(
    library: Library, second: Library
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)

    library.apply(map_id, edit(mine, edits.update_person, "p2", name="Kimberly"))
    second.apply(map_id, edit(theirs, edits.update_person, "p2", contact="07700 900123"))

    kim = library.load_map(map_id).person("p2")
    assert (kim.name, kim.contact) == ("Kimberly", "07700 900123")


@pytest.mark.parametrize("start", [(1, 0), (0, 0)], ids=["level-set", "level-from-zero"])
def test_receive_and_give_of_one_help_type_never_vanish(
    library: Library, second: Library, start: tuple[int, int]
) -> None:
    map_id = library.save_new_map(sample_map())
    setup = library.load_map(map_id)
    receive, give = start
    if start != (0, 0):
        library.apply(
            map_id,
            edit(setup, edits.set_support, "p2", HelpType.PRACTICAL, receive=receive, give=give),
        )
    mine, theirs = library.load_map(map_id), second.load_map(map_id)

    library.apply(map_id, edit(mine, edits.set_support, "p2", HelpType.PRACTICAL, receive=3))
    with pytest.raises(ConflictError):
        second.apply(map_id, edit(theirs, edits.set_support, "p2", HelpType.PRACTICAL, give=2))

    level = library.load_map(map_id).person("p2").support[HelpType.PRACTICAL]
    assert (level.receive, level.give) == (3, give)


def test_undo_after_someone_elses_edit_is_refused_and_keeps_their_edit(
    library: Library, second: Library
) -> None:
    map_id = library.save_new_map(sample_map())
    mine = library.load_map(map_id)
    renamed = edit(mine, edits.update_person, "p3", name="Dr Nguyen")
    library.apply(map_id, renamed)
    theirs = second.load_map(map_id)
    second.apply(map_id, edit(theirs, edits.update_person, "p3", name="Dr Ngo"))

    with pytest.raises(ConflictError):
        library.apply(map_id, invert(renamed))

    assert library.load_map(map_id).person("p3").name == "Dr Ngo"


def test_removing_someone_another_window_changed_is_refused(
    library: Library, second: Library
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    second.apply(map_id, edit(theirs, edits.update_person, "p1", notes="Moved to Leeds"))

    with pytest.raises(ConflictError):
        library.apply_many(map_id, edit(mine, edits.remove_people, ["p1"]))

    assert library.load_map(map_id).person("p1").notes == "Moved to Leeds"


def test_an_id_another_window_took_first_is_refused_and_a_fresh_one_works(
    library: Library, second: Library
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    first = edit(mine, edits.add_person, "Lee", id="p99")
    clash = edit(theirs, edits.add_person, "Ana", id="p99")  # an id taken after all

    library.apply(map_id, first)
    with pytest.raises(ConflictError) as caught:
        second.apply(map_id, clash)
    assert caught.value.subject == f"id {clash.person.id}"
    fresh = second.load_map(map_id)
    again = edit(fresh, edits.add_person, "Ana")
    second.apply(map_id, again)

    people = library.load_map(map_id).people
    assert again.person.id != first.person.id
    assert [people[first.person.id].name, people[again.person.id].name] == ["Lee", "Ana"]


def test_two_windows_adding_a_note_at_once_both_keep_theirs(
    library: Library, second: Library
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    day = mine.notes[0].date
    ours = edit(mine, edits.add_note, day, "Mine")
    other = edit(theirs, edits.add_note, day, "Theirs")

    library.apply(map_id, ours)
    second.apply(map_id, other)

    texts = {note.id: note.text for note in library.load_map(map_id).notes}
    assert texts[ours.note.id] == "Mine" and texts[other.note.id] == "Theirs"


def test_a_refused_command_writes_none_of_its_changes(
    library: Library, second: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    second.apply(map_id, edit(theirs, edits.retitle, "Their title"))
    everything = "SELECT pid, name, x, y FROM person ORDER BY pid"
    before = database_rows(library_location, everything)

    places = {"p1": Position(150.0, 60.0), "p3": Position(-70.0, 280.0)}
    moved = edit(mine, edits.move_people, places)
    with pytest.raises(ConflictError):
        library.apply_many(map_id, (*moved, edit(mine, edits.retitle, "My title")))

    assert database_rows(library_location, everything) == before
    assert library.load_map(map_id).title == "Their title"


def test_safety_plans_and_notes_are_checked_too(library: Library, second: Library) -> None:
    map_id = library.save_new_map(sample_map())
    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    library.apply(map_id, edit(mine, edits.set_what_matters, "My garden"))
    with pytest.raises(ConflictError) as plan:
        second.apply(map_id, edit(theirs, edits.set_what_matters, "My dog"))
    assert plan.value.subject == "safety plan"

    mine, theirs = library.load_map(map_id), second.load_map(map_id)
    library.apply(map_id, edit(mine, edits.update_note, "n1", text="First session, shorter"))
    with pytest.raises(ConflictError) as note:
        second.apply(map_id, edit(theirs, edits.remove_note, "n1"))
    assert note.value.subject == "note n1"
    assert library.load_map(map_id).notes[0].text == "First session, shorter"

"""The repository API on a real library file: maps in, maps out, in the order they were saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supportmap.core import edits
from supportmap.core.changes import PersonAdded
from supportmap.core.model import Person, ValidationError
from supportmap.core.snapshot import Snapshot
from supportmap.storage.errors import StorageError
from supportmap.storage.fileformat import (
    Document,
    map_from_dict,
    map_to_dict,
    read_document,
    write_document,
)
from supportmap.storage.library import Library
from tests.maps import edit, make_map
from tests.storage.library_helpers import sample_map


def test_fresh_library_is_empty_and_private(library: Library, library_file: Path) -> None:
    assert library.list_maps() == []
    assert library_file.stat().st_mode & 0o777 == 0o600
    assert library_file.parent.stat().st_mode & 0o777 == 0o700


def test_saved_map_loads_back_equal_in_the_same_order(library: Library) -> None:
    original = sample_map(people=12)
    map_id = library.save_new_map(original)

    loaded = library.load_map(map_id)

    assert loaded == original
    assert list(loaded.people) == list(original.people)
    assert list(loaded.ties) == list(original.ties)
    assert [n.id for n in loaded.notes] == ["n1", "n2"]


def test_map_survives_closing_and_reopening(library_location: str) -> None:
    with Library.open(library_location) as library:
        map_id = library.save_new_map(sample_map())
    with Library.open(library_location) as library:
        assert library.load_map(map_id) == sample_map()


def test_create_map_and_list_with_counts(library: Library) -> None:
    empty = library.create_map("Jo", "Jo at home")
    full = library.save_new_map(sample_map(people=5))

    infos = library.list_maps()

    assert [info.id for info in infos] == [full, empty]
    assert (infos[0].people, infos[1].people) == (5, 0)
    assert infos[1].title == "Jo at home" and infos[1].focus_name == "Jo"
    assert all(info.updated.tzinfo is not None for info in infos)


def test_list_is_most_recently_updated_first(library: Library) -> None:
    first = library.create_map("A")
    second = library.create_map("B")
    support_map = library.load_map(first)
    library.apply(first, edit(support_map, edits.add_person, "Sam"))

    assert [info.id for info in library.list_maps()] == [first, second]


def test_search_matches_title_or_focus_ignoring_case(library: Library) -> None:
    library.create_map("Ömer", "Family work")
    library.create_map("Alex", "After the move")
    library.create_map("Bea", "")

    assert [m.focus_name for m in library.list_maps("ömer")] == ["Ömer"]
    assert [m.focus_name for m in library.list_maps("AFTER")] == ["Alex"]
    assert [m.focus_name for m in library.list_maps("  ")] == ["Bea", "Alex", "Ömer"]
    assert library.list_maps("nobody") == []


def test_create_map_refuses_an_empty_focus_name(library: Library) -> None:
    with pytest.raises(ValidationError, match=r"focus\.name"):
        library.create_map("   ")
    assert library.list_maps() == []


def test_rename_map(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    library.rename_map(map_id, "  Alex — session 4  ")
    assert library.load_map(map_id).title == "Alex — session 4"
    assert library.list_maps()[0].title == "Alex — session 4"


def test_duplicate_copies_people_ties_notes_and_snapshots(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    library.take_snapshot(map_id, "Session 1")

    copy_id = library.duplicate_map(map_id)
    named_id = library.duplicate_map(map_id, "Practice copy")

    copy = library.load_map(copy_id)
    assert copy.title == "Alex — after session 3 (copy)"
    assert list(copy.people.values()) == list(sample_map().people.values())
    assert copy.ties == sample_map().ties and copy.notes == sample_map().notes
    assert [s.label for s in library.list_snapshots(copy_id)] == ["Session 1"]
    assert library.load_map(named_id).title == "Practice copy"
    library.apply(copy_id, edit(copy, edits.remove_people, ["p1"])[0])
    assert "p1" in library.load_map(map_id).people


def test_delete_map_removes_everything_of_it_only(library: Library, library_location: str) -> None:
    from tests.storage.library_helpers import database_rows

    keep = library.save_new_map(sample_map())
    gone = library.save_new_map(sample_map())
    library.take_snapshot(gone, "End")

    library.delete_map(gone)

    assert [m.id for m in library.list_maps()] == [keep]
    for table in ("person", "tie", "session_note", "snapshot"):
        counted = database_rows(
            library_location, f"SELECT count(*) FROM {table} WHERE map_id = {gone}"
        )
        assert counted == [(0,)]
    orphans = "SELECT count(*) FROM support_level WHERE person_id NOT IN (SELECT id FROM person)"
    assert database_rows(library_location, orphans) == [(0,)]
    assert library.load_map(keep) == sample_map()


def test_unknown_map_ids_give_a_clear_message(library: Library) -> None:
    for action in (
        lambda: library.load_map(42),
        lambda: library.delete_map(42),
        lambda: library.rename_map(42, "x"),
        lambda: library.duplicate_map(42),
        lambda: library.take_snapshot(42, "x"),
        lambda: library.apply(42, PersonAdded(Person(id="p1", name="Sam"))),
    ):
        with pytest.raises(StorageError, match="no map with id 42") as caught:
            action()
        assert "\n" not in str(caught.value)


def test_settings_are_kept_and_replaced(library_location: str) -> None:
    with Library.open(library_location) as library:
        assert library.get_setting("last_map") is None
        library.set_setting("last_map", "3")
        library.set_setting("last_map", "7")
    with Library.open(library_location) as library:
        assert library.get_setting("last_map") == "7"


def test_snapshots_freeze_the_map_as_it_was(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    first = library.take_snapshot(map_id, "Session 1")
    support_map = library.load_map(map_id)
    library.apply(map_id, edit(support_map, edits.add_person, "New friend"))
    second = library.take_snapshot(map_id, "Session 2")

    infos = library.list_snapshots(map_id)
    assert [(i.id, i.label) for i in infos] == [(first, "Session 1"), (second, "Session 2")]
    assert all(i.taken.tzinfo is not None for i in infos)
    frozen = library.load_snapshot(first)
    assert frozen.map == map_from_dict(map_to_dict(sample_map()))
    assert "New friend" not in [p.name for p in frozen.map.people.values()]
    assert [s.label for s in library.load_snapshots(map_id)] == ["Session 1", "Session 2"]
    assert library.load_snapshots(map_id)[1].map == map_from_dict(map_to_dict(support_map))


def test_imported_snapshots_keep_label_time_and_map(library: Library) -> None:
    taken = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    snapshot = Snapshot("Before", taken, sample_map())

    map_id = library.save_new_map(sample_map(), [snapshot])

    (stored,) = library.load_snapshots(map_id)
    assert stored.label == "Before"
    assert stored.taken == taken and stored.taken.tzinfo == dt.UTC
    assert stored.map == map_from_dict(map_to_dict(sample_map()))


def test_snapshot_label_is_checked(library: Library) -> None:
    map_id = library.create_map("A")
    with pytest.raises(ValidationError, match="label"):
        library.take_snapshot(map_id, " ")
    assert library.list_snapshots(map_id) == []


def test_snapshot_label_is_a_name_of_at_most_80_characters(library: Library) -> None:
    map_id = library.create_map("A")
    library.take_snapshot(map_id, "  " + "x" * 80 + " ")
    for bad in ("x" * 81, "Session\x07 1", "\u200b"):
        with pytest.raises(ValidationError, match="label"):
            library.take_snapshot(map_id, bad)
    assert [info.label for info in library.list_snapshots(map_id)] == ["x" * 80]


def test_a_snapshot_can_be_renamed_and_deleted_without_touching_the_map(
    library: Library, tmp_path: Path
) -> None:
    map_id = library.save_new_map(sample_map())
    stored = library.load_map(map_id)
    first = library.take_snapshot(map_id, "Session 1")
    second = library.take_snapshot(map_id, "Session 2")

    library.rename_snapshot(first, "  First meeting ")
    library.delete_snapshot(second)

    assert [(i.id, i.label) for i in library.list_snapshots(map_id)] == [(first, "First meeting")]
    assert library.load_map(map_id) == stored
    with pytest.raises(ValidationError, match="label"):
        library.rename_snapshot(first, "")
    assert library.load_snapshot(first).label == "First meeting"
    path = tmp_path / "out.supportmap.json"
    write_document(path, Document(library.load_map(map_id), tuple(library.load_snapshots(map_id))))
    assert [s.label for s in read_document(path).snapshots] == ["First meeting"]


def test_unknown_snapshot_is_a_clear_error(library: Library) -> None:
    with pytest.raises(StorageError, match="no snapshot with id 5"):
        library.load_snapshot(5)
    with pytest.raises(StorageError, match="no snapshot with id 5"):
        library.rename_snapshot(5, "Later")
    with pytest.raises(StorageError, match="no snapshot with id 5"):
        library.delete_snapshot(5)


def test_closed_library_cannot_be_used(library_location: str) -> None:
    library = Library.open(library_location)
    library.close()
    library.close()
    with pytest.raises(RuntimeError):
        library.list_maps()


def test_in_memory_library_works_for_throwaway_use() -> None:
    with Library.open("sqlite://") as library:
        map_id = library.save_new_map(sample_map())
        assert library.load_map(map_id) == sample_map()


def test_unusable_locations_are_refused_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for location in ("", "nonsense://", str(blocker / "library.sqlite3")):
        with pytest.raises(StorageError) as caught:
            Library.open(location)
        assert "\n" not in str(caught.value)


def test_two_open_libraries_on_one_file_see_each_others_edits(library_location: str) -> None:
    """E.g. the app and the command line at the same time."""
    with Library.open(library_location) as first, Library.open(library_location) as second:
        map_id = first.save_new_map(sample_map())
        editor = second.load_map(map_id)
        second.apply(map_id, edit(editor, edits.update_person, "p2", name="Kimberly"))
        first.apply(map_id, edit(editor, edits.add_person, "Lee"))
        assert first.load_map(map_id) == editor == second.load_map(map_id)


def test_library_busy_in_another_program_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, library_file: Path
) -> None:
    import sqlite3

    from supportmap.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 0.05)
    with Library.open(library_file) as library:
        map_id = library.create_map("Alex")
        holder = sqlite3.connect(library_file, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StorageError, match="another program is using it") as caught:
                library.rename_map(map_id, "Renamed")
            assert "\n" not in str(caught.value)
            assert library.list_maps()[0].title == ""  # readers are not blocked
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        library.rename_map(map_id, "Renamed")
        assert library.list_maps()[0].title == "Renamed"


def test_a_person_put_back_by_undo_is_stored_in_their_old_place(library: Library) -> None:
    from supportmap.core.changes import invert

    names = ("Sam", "Kim", "Jo", "Ana")
    support_map = make_map([Person(id=f"p{i}", name=n) for i, n in enumerate(names, 1)])
    map_id = library.save_new_map(support_map)
    for person_id in ("p1", "p3", "p4"):  # first, middle, last
        (removed,) = edit(support_map, edits.remove_people, [person_id])
        library.apply(map_id, removed)
        restored = invert(removed)
        support_map.apply(restored)
        library.apply(map_id, restored)
        assert list(library.load_map(map_id).people) == ["p1", "p2", "p3", "p4"]
    added = edit(support_map, edits.add_person, "Lee", id="p5")
    library.apply(map_id, added)
    assert list(library.load_map(map_id).people) == ["p1", "p2", "p3", "p4", "p5"]


def test_the_list_knows_when_each_map_last_had_a_snapshot(library: Library) -> None:
    def at(day: int) -> dt.datetime:
        return dt.datetime(2026, 3, day, 9, 30, tzinfo=dt.UTC)

    kept = sample_map()
    with_two = library.save_new_map(
        kept, [Snapshot("first", at(2), kept), Snapshot("second", at(14), kept)]
    )
    with_none = library.create_map("Jordan")
    listed = {info.id: info.last_snapshot for info in library.list_maps()}
    assert listed == {with_two: at(14), with_none: None}
    library.take_snapshot(with_none, "today")
    taken = {info.id: info.last_snapshot for info in library.list_maps()}[with_none]
    assert taken is not None and taken > at(14)

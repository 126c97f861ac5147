"""The map's history through the document: snapshots, session notes, past moments, comparing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from supportmap.core.vocabulary import Circle, Safety
from supportmap.gui.document import MapDocument
from supportmap.storage.library import Library


def names(document: MapDocument) -> list[str]:
    return [person.name for person in document.require_map().people.values()]


def test_end_session_writes_the_note_first_so_the_snapshot_keeps_it(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    document.add_person("Sam")
    document.end_session("Session 1 · 3 Nov", "Talked about Sam.")

    (entry,) = document.list_snapshots()
    assert entry.label == "Session 1 · 3 Nov"
    (note,) = document.require_map().notes
    assert (note.text, note.private) == ("Talked about Sam.", True)
    frozen = second_library.load_snapshot(entry.snapshot_id).map
    assert [n.text for n in frozen.notes] == ["Talked about Sam."]
    assert document.undo_stack.undoText() == "Add a note"


def test_end_session_refuses_a_bad_label_before_writing_anything(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    with pytest.raises(ValueError, match="label"):
        document.end_session("x" * 81, "A note that must not be kept")
    assert document.require_map().notes == ()
    assert second_library.load_map(map_id).notes == ()
    assert document.list_snapshots() == ()


def test_notes_are_added_changed_and_deleted_as_undoable_edits(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    document.add_note("First")
    (note,) = document.require_map().notes
    document.update_note(note.id, text="First, longer", private=False)
    assert second_library.load_map(map_id).notes[0].text == "First, longer"
    document.remove_note(note.id)
    assert second_library.load_map(map_id).notes == ()
    document.undo_stack.undo()
    document.undo_stack.undo()
    (back,) = second_library.load_map(map_id).notes
    assert (back.text, back.private) == ("First", True)


def test_a_past_moment_is_shown_read_only_and_back_to_now_restores_the_history(
    qtbot: QtBot, document: MapDocument
) -> None:
    document.add_person("Sam")
    document.take_snapshot("Session 1")
    document.add_person("Kim")
    (entry,) = document.list_snapshots()

    with qtbot.waitSignals([document.reset, document.moment_changed], order="strict"):
        document.show_moment(entry.snapshot_id)
    assert document.read_only and document.moment == entry
    assert names(document) == ["Sam"]
    assert not document.undo_group.canUndo()
    with pytest.raises(RuntimeError):
        document.add_person("Nobody")

    document.back_to_now()
    assert not document.read_only and document.moment is None
    assert names(document) == ["Sam", "Kim"]
    assert document.undo_stack.undoText() == "Add Kim"


def test_compare_puts_the_earlier_moment_first_and_shows_the_later_map(
    document: MapDocument,
) -> None:
    sam = document.add_person("Sam", circle=Circle.CLOSE)
    document.take_snapshot("Session 1")
    document.update_person(sam, circle=Circle.CLOSEST, safety=Safety.SAFE)
    document.add_person("Kim")
    document.take_snapshot("Session 2")
    first, second = document.list_snapshots()

    document.compare(second.snapshot_id, first.snapshot_id)
    compared = document.compared
    assert compared is not None and document.read_only
    assert (compared.before_entry, compared.after_entry) == (first, second)
    assert [c.id for c in compared.result.circle_changed] == [sam]
    assert names(document) == ["Sam", "Kim"]

    document.compare(first.snapshot_id)
    assert document.compared is not None and document.compared.after_entry is None
    document.back_to_now()
    assert document.compared is None and not document.read_only


def test_restore_is_one_undoable_command_and_keeps_the_notes(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    document.add_person("Sam")
    document.take_snapshot("Session 1")
    document.add_person("Kim")
    document.add_note("Kim joined")
    (entry,) = document.list_snapshots()
    document.show_moment(entry.snapshot_id)

    document.restore_snapshot(entry.snapshot_id)
    assert not document.read_only
    assert names(document) == ["Sam"]
    assert [p.name for p in second_library.load_map(map_id).people.values()] == ["Sam"]
    assert [n.text for n in document.require_map().notes] == ["Kim joined"]
    assert document.undo_stack.undoText() == "Go back to “Session 1”"
    document.undo_stack.undo()
    assert names(document) == ["Sam", "Kim"]


def test_renaming_or_deleting_the_snapshot_on_screen_follows_it(
    qtbot: QtBot, document: MapDocument
) -> None:
    document.take_snapshot("Session 1")
    (entry,) = document.list_snapshots()
    document.show_moment(entry.snapshot_id)

    document.rename_snapshot(entry.snapshot_id, "  First meeting ")
    assert document.moment is not None and document.moment.label == "First meeting"
    with qtbot.waitSignal(document.moment_changed):
        document.delete_snapshot(entry.snapshot_id)
    assert document.moment is None and document.list_snapshots() == ()


def test_opening_another_map_leaves_the_past(document: MapDocument, library: Library) -> None:
    document.take_snapshot("Session 1")
    (entry,) = document.list_snapshots()
    document.show_moment(entry.snapshot_id)
    other = library.create_map("Robin")

    document.open_map(other)
    assert not document.read_only and document.require_map().focus_name == "Robin"

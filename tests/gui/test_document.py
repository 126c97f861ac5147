"""MapDocument: every edit is one undo command, saved at once, and undo/redo reach the database."""

from __future__ import annotations

import pytest

from supportmap.core.batch import MapEdited
from supportmap.core.changes import PersonChanged
from supportmap.core.layout import locate
from supportmap.core.model import Position, ValidationError
from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.document import MapDocument
from supportmap.storage.library import Library


def stored(library: Library, map_id: int) -> dict[str, tuple[str, Circle, Sector]]:
    support_map = library.load_map(map_id)
    return {p.id: (p.name, p.circle, p.sector) for p in support_map.people.values()}


def test_add_is_saved_and_undo_removes_it_from_the_database(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    sam = document.add_person("Sam", circle=Circle.CLOSEST, sector=Sector.FAMILY)
    person = document.require_map().person(sam)
    assert person.position is not None
    assert locate(person.position) == (Circle.CLOSEST, Sector.FAMILY)
    assert stored(second_library, map_id) == {sam: ("Sam", Circle.CLOSEST, Sector.FAMILY)}
    assert document.undo_stack.undoText() == "Add Sam"

    document.undo_stack.undo()
    assert stored(second_library, map_id) == {}
    document.undo_stack.redo()
    assert stored(second_library, map_id) == {sam: ("Sam", Circle.CLOSEST, Sector.FAMILY)}


def test_moving_across_a_ring_and_a_wedge_changes_circle_and_sector(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    sam = document.add_person("Sam", circle=Circle.CLOSEST, sector=Sector.FAMILY)
    target = Position(0.0, 300.0)  # straight down: circle 3, the wedge under six o'clock
    circle, sector = locate(target)
    assert (circle, sector) != (Circle.CLOSEST, Sector.FAMILY)

    document.move_people({sam: target})
    assert document.undo_stack.undoText() == "Move Sam"
    assert stored(second_library, map_id)[sam] == ("Sam", circle, sector)
    document.undo_stack.undo()
    assert stored(second_library, map_id)[sam] == ("Sam", Circle.CLOSEST, Sector.FAMILY)


class FakeClock:
    """Stands in for the document's clock, so a test says exactly how much time passes."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    from supportmap.gui import commands as commands_module

    fake = FakeClock()
    monkeypatch.setattr(commands_module, "_clock", fake)
    return fake


def test_a_drag_merges_into_one_command_that_undoes_to_the_start(
    document: MapDocument, second_library: Library, map_id: int, clock: FakeClock
) -> None:
    sam = document.add_person("Sam", circle=Circle.CLOSEST, sector=Sector.FAMILY)
    start = document.require_map().person(sam).position
    for step in range(1, 6):
        clock.now += 1.0  # each step exactly at the edge of the one-second window
        document.move_people({sam: Position(10.0 * step, -300.0)})
    assert document.undo_stack.count() == 2  # the add and one move
    document.undo_stack.undo()
    assert document.require_map().person(sam).position == start
    assert second_library.load_map(map_id).person(sam).position == start


def test_removing_people_takes_their_ties_and_undo_restores_both(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    lee = document.add_person("Lee")
    document.add_tie(sam, kim, strength=2)
    document.add_tie(kim, lee, conflict=True)
    assert document.undo_stack.undoText() == "Connect Kim and Lee"

    document.remove_people([sam, kim])
    assert document.undo_stack.undoText() == "Delete 2 people"
    assert set(second_library.load_map(map_id).people) == {lee}
    assert not second_library.load_map(map_id).ties

    document.undo_stack.undo()
    restored = second_library.load_map(map_id)
    assert list(restored.people) == [sam, kim, lee], "everyone is back in their place"
    assert list(document.require_map().people) == [sam, kim, lee]
    assert restored.tie(sam, kim) is not None and restored.tie(sam, kim).strength == 2
    assert restored.tie(kim, lee) is not None and restored.tie(kim, lee).conflict


def test_rename_and_edit_are_named_after_the_person(document: MapDocument) -> None:
    sam = document.add_person("Sam")
    document.update_person(sam, name="Samira")
    assert document.undo_stack.undoText() == "Rename Sam"
    document.update_person(sam, relationship="sister")
    assert document.undo_stack.undoText() == "Edit Samira"


def test_changing_circle_in_the_editor_moves_the_person_into_that_ring(
    document: MapDocument,
) -> None:
    sam = document.add_person("Sam", circle=Circle.AROUND, sector=Sector.WORK)
    document.update_person(sam, circle=Circle.CLOSEST)
    person = document.require_map().person(sam)
    assert person.position is not None
    assert locate(person.position) == (Circle.CLOSEST, Sector.WORK)


def test_an_invalid_name_changes_nothing(document: MapDocument, map_id: int) -> None:
    sam = document.add_person("Sam")
    with pytest.raises(ValidationError):
        document.update_person(sam, name="   ")
    assert document.require_map().person(sam).name == "Sam"
    assert document.undo_stack.count() == 1


def test_a_batch_that_does_not_fit_is_refused_before_it_is_pushed(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    """The second change expects Sam as he was before the first: nothing of it is kept."""
    sam_id = document.add_person("Sam")
    sam = document.require_map().person(sam_id)
    heard: list[object] = []
    document.edited.connect(heard.append)
    first = PersonChanged(sam, sam.replace(name="Samira"))
    stale = PersonChanged(sam, sam.replace(notes="calls on Sundays"))
    with pytest.raises(ValidationError, match="not as this change expects"):
        document.push([first, stale], "Edit Sam")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add Sam"
    assert heard == []
    assert document.require_map().person(sam_id) == sam
    assert second_library.load_map(map_id).person(sam_id) == sam


def test_a_failed_save_is_rolled_back_and_reported(
    document: MapDocument, second_library: Library, map_id: int, qtbot, full_disk
) -> None:  # type: ignore[no-untyped-def]
    sam = document.add_person("Sam")
    with full_disk(), qtbot.waitSignal(document.failed) as failure:
        document.update_person(sam, name="Samira")
    assert failure.args and failure.args[0]
    assert document.require_map().person(sam).name == "Sam"
    assert second_library.load_map(map_id).person(sam).name == "Sam"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add Sam"


def test_one_batch_is_emitted_for_each_do_undo_and_redo(document: MapDocument, qtbot) -> None:
    seen: list[MapEdited] = []
    document.edited.connect(seen.append)
    sam = document.add_person("Sam")
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert [[type(c).__name__ for c in batch.changes] for batch in seen] == [
        ["PersonAdded"],
        ["PersonRemoved"],
        ["PersonAdded"],
    ]
    assert [p.id for p in seen[0].added_people] == [sam]
    assert seen[1].removed_ids == {sam}


def test_reopening_shows_the_same_map(
    library: Library, map_id: int, second_library: Library, qapp
) -> None:
    first = MapDocument(library)
    first.open_map(map_id)
    sam = first.add_person("Sam", circle=Circle.CLOSE, sector=Sector.FRIENDS)
    first.move_people({sam: Position(120.0, -150.0)})
    again = MapDocument(second_library)
    again.open_map(map_id)
    assert again.require_map() == first.require_map()


def test_two_separate_drags_are_two_steps_to_undo(document: MapDocument, clock: FakeClock) -> None:
    sam = document.add_person("Sam", circle=Circle.CLOSEST, sector=Sector.FAMILY)
    document.move_people({sam: Position(20.0, -300.0)})
    clock.now += 1.01  # just beyond the one-second window
    document.move_people({sam: Position(40.0, -300.0)})
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert document.require_map().person(sam).position == Position(20.0, -300.0)


def test_a_failed_undo_keeps_the_map_as_saved_and_forgets_the_history(
    document: MapDocument, second_library: Library, map_id: int, qtbot, full_disk
) -> None:  # type: ignore[no-untyped-def]
    sam = document.add_person("Sam")
    with full_disk(), qtbot.waitSignal(document.failed):
        document.undo_stack.undo()
    assert sam in document.require_map().people
    assert sam in second_library.load_map(map_id).people
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0)


def test_one_undo_of_a_multi_person_delete_emits_exactly_one_batch(
    document: MapDocument, qtbot
) -> None:
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    lee = document.add_person("Lee")
    document.add_tie(sam, kim)
    document.add_tie(kim, lee)
    document.remove_people([sam, kim])
    seen: list[MapEdited] = []
    document.edited.connect(seen.append)
    document.undo_stack.undo()
    assert len(seen) == 1
    batch = seen[0]
    assert [p.name for p in batch.added_people] == ["Kim", "Sam"]  # undone last one first
    assert not batch.removed_ids and batch.people_counted_differently
    assert {(t.a, t.b) for t in batch.ties_touched} == {(sam, kim), (kim, lee)}
    assert not batch.title_changed


def test_a_multi_person_delete_is_one_batch_and_changes_the_list_of_maps(
    document: MapDocument, qtbot
) -> None:
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    batches: list[MapEdited] = []
    document.edited.connect(batches.append)
    with qtbot.waitSignal(document.maps_changed):
        document.remove_people([sam, kim])
    assert len(batches) == 1 and batches[0].removed_ids == {sam, kim}

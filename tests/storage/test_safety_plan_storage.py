"""Contacts and the safety plan in a real library: every plan edit and its undo load back."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from supportmap.core import edits
from supportmap.core.changes import Change, SafetyPlanChanged, invert
from supportmap.core.model import CrisisLine, PlanList, SafetyPlan
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.library import Library
from tests.maps import edit
from tests.storage.library_helpers import database_rows, sample_map

LINE = CrisisLine("Night line", "0800 000 000")
STARTED = SafetyPlan(
    warning_signs=("I stop sleeping",),
    coping=("tea", "music"),
    people_to_ask=("p1",),
    crisis_lines=(LINE,),
    what_matters="Mo",
)

PlanEdit = Callable[[SupportMap], Change | Sequence[Change] | None]

PLAN_EDITS: dict[str, PlanEdit] = {
    "a first warning sign": lambda m: edits.add_plan_item(m, PlanList.WARNING_SIGNS, "tired"),
    "rewrite a text": lambda m: edits.replace_plan_item(m, PlanList.COPING, 1, "loud music"),
    "reorder texts": lambda m: edits.move_plan_item(m, PlanList.COPING, 1, 0),
    "remove a text": lambda m: edits.remove_plan_item(m, PlanList.COPING, 0),
    "add a place": lambda m: edits.add_plan_item(m, PlanList.DISTRACTION_PLACES, "the pool"),
    "choose people to ask": lambda m: edits.set_plan_list(m, PlanList.PEOPLE_TO_ASK, []),
    "back to the default": lambda m: edits.set_plan_list(m, PlanList.PEOPLE_TO_ASK, None),
    "remove the professional shown": lambda m: edits.remove_plan_item(m, PlanList.PROFESSIONALS, 0),
    "add a crisis line": lambda m: edits.add_plan_item(m, PlanList.CRISIS_LINES, LINE, 0),
    "rewrite a crisis line": lambda m: edits.replace_plan_item(
        m, PlanList.CRISIS_LINES, 0, CrisisLine("Night line", "116 123")
    ),
    "safer surroundings": lambda m: edits.set_plan_list(
        m, PlanList.SAFER_SURROUNDINGS, ["keys with Sam"]
    ),
    "what matters": lambda m: edits.set_what_matters(m, "my daughter, Mo"),
    "remove someone the plan names": lambda m: edits.remove_people(m, ["p1"]),
    "a contact": lambda m: edits.update_person(m, "p2", contact="via Sam"),
}


def as_batch(made: Change | Sequence[Change] | None) -> list[Change]:
    assert made is not None and made != ()
    return list(made) if isinstance(made, Sequence) else [made]


def started_map() -> SupportMap:
    editor = sample_map(people=5)
    editor.apply(SafetyPlanChanged(None, STARTED))
    return editor


@pytest.mark.parametrize("name", list(PLAN_EDITS))
def test_plan_edit_is_saved_and_its_undo_too(library: Library, name: str) -> None:
    editor = started_map()
    map_id = library.save_new_map(editor)
    before = editor.copy()
    batch = as_batch(PLAN_EDITS[name](editor))
    for change in batch:
        editor.apply(change)
    library.apply_many(map_id, batch)
    assert library.load_map(map_id) == editor

    undo = [invert(change) for change in reversed(batch)]
    library.apply_many(map_id, undo)
    reloaded = library.load_map(map_id)
    assert reloaded.safety_plan == before.safety_plan
    assert reloaded.people == before.people


def test_every_plan_edit_in_a_row_then_every_undo_matches_the_editor(library: Library) -> None:
    editor = started_map()
    map_id = library.save_new_map(editor)
    history: list[list[Change]] = []
    for gesture in PLAN_EDITS.values():
        made = gesture(editor)
        if made is None:
            continue
        batch = as_batch(made)
        for change in batch:
            editor.apply(change)
        library.apply_many(map_id, batch)
        history.append(batch)
        assert library.load_map(map_id) == editor
    assert len(history) >= 10
    for batch in reversed(history):
        undo = [invert(change) for change in reversed(batch)]
        for change in undo:
            editor.apply(change)
        library.apply_many(map_id, undo)
        assert library.load_map(map_id).safety_plan == editor.safety_plan
    assert editor.safety_plan == STARTED
    assert library.load_map(map_id) == started_map()


def test_the_first_edit_of_a_plan_stores_one_and_its_undo_none(
    library: Library, library_location: str
) -> None:
    editor = sample_map()
    map_id = library.save_new_map(editor)
    first = edit(editor, edits.add_plan_item, PlanList.WARNING_SIGNS, "I stop eating")
    library.apply(map_id, first)
    assert database_rows(
        library_location, "SELECT what_matters, people_to_ask FROM safety_plan"
    ) == [("", None)]
    assert library.load_map(map_id) == editor
    library.apply(map_id, invert(first))
    assert database_rows(library_location, "SELECT count(*) FROM safety_plan") == [(0,)]
    assert library.load_map(map_id).safety_plan is None


def test_a_plan_change_that_does_not_match_the_library_is_refused(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    stale = SafetyPlanChanged(STARTED, SafetyPlan())
    with pytest.raises(ConflictError):
        library.apply(map_id, stale)
    assert library.load_map(map_id).safety_plan is None


def test_duplicating_a_map_copies_its_plan_and_contacts(library: Library) -> None:
    editor = sample_map()
    edit(editor, edits.update_person, "p1", contact="07700 900123")
    editor.apply(SafetyPlanChanged(None, STARTED))
    copy_id = library.duplicate_map(library.save_new_map(editor))
    copy = library.load_map(copy_id)
    assert copy.safety_plan == STARTED
    assert copy.person("p1").contact == "07700 900123"


def test_deleting_a_map_deletes_its_plan(library: Library, library_location: str) -> None:
    editor = sample_map()
    editor.apply(SafetyPlanChanged(None, STARTED))
    map_id = library.save_new_map(editor)
    library.delete_map(map_id)
    assert database_rows(library_location, "SELECT count(*) FROM safety_plan") == [(0,)]


def test_a_snapshot_keeps_the_plan_as_it_was(library: Library) -> None:
    editor = sample_map()
    editor.apply(SafetyPlanChanged(None, STARTED))
    map_id = library.save_new_map(editor, [Snapshot.of(editor, "Session 1")])
    edit(editor, edits.set_what_matters, "the sea")
    library.apply(map_id, SafetyPlanChanged(STARTED, editor.safety_plan))
    (snapshot,) = library.load_snapshots(map_id)
    assert snapshot.map.safety_plan == STARTED
    assert library.load_map(map_id).safety_plan == STARTED.replace(what_matters="the sea")

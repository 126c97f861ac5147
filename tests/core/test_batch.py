"""`MapEdited` answers what one command did, so listeners never pattern-match changes."""

from __future__ import annotations

from supportmap.core.batch import MapEdited
from supportmap.core.changes import (
    FocusRenamed,
    MapRetitled,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
)
from supportmap.core.model import Person, Position, SafetyPlan, Tie

SAM = Person(id="p1", name="Sam")
KIM = Person(id="p2", name="Kim")
LEE = Person(id="p3", name="Lee")


def test_a_drag_of_one_person_in_steps_reports_them_once_as_they_ended() -> None:
    first = SAM.replace(position=Position(10.0, 0.0))
    last = SAM.replace(position=Position(30.0, 0.0))
    batch = MapEdited((PersonChanged(SAM, first), PersonChanged(first, last)))
    assert batch.changed_people == (last,)
    assert batch.changed_ids == {"p1"}
    assert not batch.people_counted_differently
    assert batch.ties_touched == ()
    assert not batch.title_changed and batch.focus_name is None


def test_people_who_come_and_go_with_their_ties() -> None:
    tie = Tie("p1", "p2", 2)
    batch = MapEdited((PersonRemoved(SAM, (tie,), 0), PersonAdded(LEE)))
    assert batch.added_people == (LEE,)
    assert batch.removed_ids == {"p1"}
    assert batch.people_counted_differently
    assert batch.ties_touched == (tie,)
    assert batch.touches_ties_of("p2") and not batch.touches_ties_of("p3")


def test_tie_changes_name_both_people() -> None:
    before = Tie("p2", "p3")
    batch = MapEdited((TieAdded(Tie("p1", "p2")), TieChanged(before, before.replace(strength=3))))
    assert batch.touches_ties_of("p1") and batch.touches_ties_of("p3")
    assert not batch.changed_people and not batch.people_counted_differently


def test_the_title_changes_with_the_map_title_or_the_focus_name() -> None:
    assert MapEdited((MapRetitled("", "Alex — intake"),)).title_changed
    renamed = MapEdited((FocusRenamed("Alex", "Alexandra"),))
    assert renamed.title_changed and renamed.focus_name == "Alexandra"
    assert not MapEdited((PersonAdded(KIM),)).title_changed


def test_a_command_says_whether_the_safety_plan_changed() -> None:
    plan_edit = SafetyPlanChanged(None, SafetyPlan(people_to_ask=("p1",)))
    assert MapEdited((plan_edit, PersonRemoved(SAM))).safety_plan_changed
    assert not MapEdited((PersonRemoved(SAM),)).safety_plan_changed


def test_a_note_added_changed_or_removed_is_told_apart_from_other_edits() -> None:
    import datetime as dt

    from supportmap.core.changes import NoteAdded, NoteChanged, NoteRemoved
    from supportmap.core.model import SessionNote

    note = SessionNote("n1", dt.date(2026, 11, 3), "Talked about Sam", True)
    shared = SessionNote("n1", dt.date(2026, 11, 3), "Talked about Sam", False)
    for change in (NoteAdded(note), NoteRemoved(note), NoteChanged(note, shared)):
        assert MapEdited((PersonAdded(LEE), change)).notes_changed
    assert not MapEdited((PersonAdded(LEE), TieAdded(Tie("p1", "p3", 1)))).notes_changed

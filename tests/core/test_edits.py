"""The edit policy without Qt: each gesture becomes the changes worked out here by hand."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportmap.core import edits
from supportmap.core.changes import (
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    PersonChanged,
    PersonRemoved,
    TieAdded,
    TieChanged,
    TieRemoved,
    invert,
)
from supportmap.core.layout import NODE_RADIUS, RING_RADII, locate
from supportmap.core.model import Person, Position, SessionNote, Support, Tie, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, HelpType, Sector
from tests.core.map_strategies import support_maps
from tests.maps import edit, make_map, make_person

P = make_person


def four_people() -> SupportMap:
    """Sam, Kim, Jo and Ana in that order; Kim knows Sam and Jo."""
    people = [
        Person(id="p1", name="Sam", position=Position(100.0, 0.0)),
        Person(id="p2", name="Kim"),
        Person(id="p3", name="Jo"),
        Person(id="p4", name="Ana"),
    ]
    return make_map(people, [("p1", "p2"), ("p2", "p3")], focus="Alex", title="Alex")


# --- adding -----------------------------------------------------------------------------


def test_a_new_person_gets_a_fresh_id_and_a_spot_in_their_ring_and_wedge() -> None:
    support_map = make_map([Person(id="p1", name="Sam"), Person(id="p7", name="Kim")])
    support_map.apply(edits.add_person(support_map, "Zed", id="x9"))
    change = edits.add_person(support_map, "Jo", circle=Circle.AROUND, sector=Sector.WORK)
    assert re.fullmatch(r"p[0-9a-f]{8}", change.person.id)
    assert (change.person.circle, change.person.sector) == (Circle.AROUND, Sector.WORK)
    assert change.person.position is not None
    assert locate(change.person.position) == (Circle.AROUND, Sector.WORK)
    assert change.person.id not in support_map.people  # nothing applied yet


def test_someone_added_after_a_removal_never_takes_the_removed_person_s_id() -> None:
    support_map = make_map([P("p1", name="Sam"), P("p2", name="Bo")])
    earlier = support_map.copy()
    support_map.apply(edits.remove_people(support_map, ["p2"])[0])
    ids = set()
    for _ in range(200):
        change = edits.add_person(support_map, "Ana")
        assert change.person.id not in earlier.people
        ids.add(change.person.id)
    assert len(ids) == 200


def test_a_taken_id_or_a_bad_field_is_refused_before_anything_changes() -> None:
    support_map = four_people()
    with pytest.raises(ValidationError) as raised:
        edits.add_person(support_map, "Jo", id="p3")
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        edits.add_person(support_map, "   ")
    assert raised.value.field == "name"
    assert support_map == four_people()


def test_a_click_on_the_focus_person_adds_someone_just_outside_them() -> None:
    support_map = SupportMap("Alex")
    change = edits.add_person(support_map, "Sam", position=Position(0.0, 5.0))
    # Straight below the centre, at the clearance of 40 + 19.5 + 4 from it.
    assert change.person.position == Position(0.0, 63.5)
    assert (change.person.circle, change.person.sector) == (Circle.CLOSEST, Sector.COMMUNITY)


def test_a_click_in_a_ring_gives_that_ring_and_wedge_unless_they_were_chosen() -> None:
    support_map = SupportMap("Alex")
    clicked = edits.add_person(support_map, "Sam", position=Position(300.0, 0.0))
    assert clicked.person.position == Position(300.0, 0.0)
    assert (clicked.person.circle, clicked.person.sector) == (Circle.AROUND, Sector.FRIENDS)
    chosen = edits.add_person(support_map, "Kim", position=Position(300.0, 0.0), circle=1)
    # Choosing either of them keeps the click from deciding the other (Person's default sector).
    assert (chosen.person.circle, chosen.person.sector) == (Circle.CLOSEST, Sector.OTHER)


# --- updating and moving ----------------------------------------------------------------


def test_updating_a_person_names_the_fields_that_changed_or_gives_nothing() -> None:
    support_map = four_people()
    change = edits.update_person(support_map, "p2", name="Kimberly")
    assert change == PersonChanged(Person(id="p2", name="Kim"), Person(id="p2", name="Kimberly"))
    assert change.fields == ("name",)
    assert edits.update_person(support_map, "p2", name="Kim") is None
    with pytest.raises(ValidationError) as raised:
        edits.update_person(support_map, "p2", id="p9")
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        edits.update_person(support_map, "p9", name="Nobody")
    assert raised.value.field == "id"


def test_a_new_circle_moves_the_person_into_that_ring_unless_a_position_is_given() -> None:
    support_map = four_people()
    moved = edits.update_person(support_map, "p1", circle=Circle.COULD_REACH)
    assert moved is not None and moved.after.position is not None
    assert locate(moved.after.position) == (Circle.COULD_REACH, Sector.OTHER)
    kept = edits.update_person(support_map, "p1", circle=4, position=Position(1.0, 2.0))
    assert kept is not None and kept.after.position == Position(1.0, 2.0)


def test_support_levels_change_one_help_type() -> None:
    support_map = four_people()
    change = edit(support_map, edits.set_support, "p3", HelpType.CRISIS, receive=2)
    assert change.after.support == Support.of({HelpType.CRISIS: (2, 0)})
    assert edits.set_support(support_map, "p3", HelpType.CRISIS, receive=2) is None


def test_a_drop_takes_the_ring_and_wedge_under_it() -> None:
    support_map = four_people()
    (change,) = edits.move_people(support_map, {"p2": Position(300.0, 0.0)})
    assert change.before == support_map.person("p2")
    assert change.after == Person(
        id="p2",
        name="Kim",
        circle=Circle.AROUND,
        sector=Sector.FRIENDS,
        position=Position(300.0, 0.0),
    )


def test_a_drop_on_the_focus_lands_just_outside_and_a_drop_that_changes_nothing_is_left_out() -> (
    None
):
    support_map = four_people()
    (change,) = edits.move_people(support_map, {"p3": Position(0.0, -5.0)})
    assert change.after.position == Position(0.0, -63.5)
    assert (change.after.circle, change.after.sector) == (Circle.CLOSEST, Sector.FAMILY)
    support_map.apply(change)
    assert edits.move_people(support_map, {"p3": Position(0.0, -5.0)}) == ()
    assert edits.move_people(support_map, {"p3": Position(0.0, -63.5)}) == ()


def test_a_drop_beyond_the_outer_ring_lands_on_its_edge_in_circle_4_along_the_same_line() -> None:
    support_map = four_people()
    changes = edits.move_people(
        support_map, {"p2": Position(700.0, 0.0), "p3": Position(-600.0, -800.0)}
    )
    # A node whose centre lies a node's radius inside the outer ring's edge still fits in it.
    edge = RING_RADII[-1] - NODE_RADIUS
    right, up_left = changes
    assert right.after.position == Position(edge, 0.0)
    assert up_left.after.position is not None  # (−600, −800) is 1000 away: 3/5 and 4/5 of it
    assert up_left.after.position.x == pytest.approx(-0.6 * edge, abs=0.01)
    assert up_left.after.position.y == pytest.approx(-0.8 * edge, abs=0.01)
    assert (right.after.circle, right.after.sector) == (Circle.COULD_REACH, Sector.FRIENDS)
    assert (up_left.after.circle, up_left.after.sector) == (Circle.COULD_REACH, Sector.OTHER)
    for change in changes:
        support_map.apply(change)
    assert edits.move_people(support_map, {"p2": Position(5000.0, 0.0)}) == ()


def test_a_drop_just_inside_the_outer_ring_stays_where_it_was_dropped() -> None:
    support_map = four_people()
    inside = RING_RADII[-1] - NODE_RADIUS - 1.0
    (change,) = edits.move_people(support_map, {"p2": Position(0.0, inside)})
    assert change.after.position == Position(0.0, inside)
    assert change.after.circle is Circle.COULD_REACH


def test_someone_added_where_the_user_clicked_off_the_map_lands_inside_the_outer_ring() -> None:
    support_map = make_map([])
    change = edits.add_person(support_map, "Jo", position=Position(0.0, 900.0))
    assert change.person.position == Position(0.0, RING_RADII[-1] - NODE_RADIUS)
    assert change.person.circle is Circle.COULD_REACH


# --- removing ---------------------------------------------------------------------------


def test_removals_carry_their_ties_once_and_the_index_each_has_when_applied() -> None:
    support_map = four_people()
    kim_sam, kim_jo = Tie("p1", "p2"), Tie("p2", "p3")
    removals = edits.remove_people(support_map, ["p3", "p2", "p3", "zz", "p1"])
    assert removals == (
        PersonRemoved(support_map.person("p3"), (kim_jo,), 2),
        PersonRemoved(support_map.person("p2"), (kim_sam,), 1),
        PersonRemoved(support_map.person("p1"), (), 0),
    )
    before = support_map.copy()
    for removal in removals:
        support_map.apply(removal)
    assert list(support_map.people) == ["p4"] and not support_map.ties
    for removal in reversed(removals):
        support_map.apply(invert(removal))
    assert support_map == before
    assert edits.remove_people(support_map, ["zz"]) == ()


# --- ties -------------------------------------------------------------------------------


def test_a_tie_needs_two_different_people_on_the_map_not_tied_yet() -> None:
    support_map = four_people()
    assert edits.add_tie(support_map, "p4", "p1", 3, True) == TieAdded(Tie("p4", "p1", 3, True))
    for a, b, field in [("p1", "p1", "b"), ("p1", "p9", "b"), ("p9", "p1", "a")]:
        with pytest.raises(ValidationError) as raised:
            edits.add_tie(support_map, a, b)
        assert raised.value.field == field
    with pytest.raises(ValidationError, match="already tied"):
        edits.add_tie(support_map, "p2", "p1")


def test_changing_or_removing_a_tie_that_is_not_there_says_so() -> None:
    support_map = four_people()
    assert edits.update_tie(support_map, "p2", "p1", strength=2) == TieChanged(
        Tie("p1", "p2"), Tie("p1", "p2", 2)
    )
    assert edits.update_tie(support_map, "p1", "p2", strength=1) is None
    assert edits.remove_tie(support_map, "p3", "p2") == TieRemoved(Tie("p2", "p3"))
    with pytest.raises(ValidationError, match="there is no tie between 'p1' and 'p3'"):
        edits.update_tie(support_map, "p1", "p3", strength=2)
    with pytest.raises(ValidationError, match="there is no tie between 'p1' and 'p4'"):
        edits.remove_tie(support_map, "p1", "p4")


# --- the map and its notes --------------------------------------------------------------


def test_title_and_focus_name_are_trimmed_and_unchanged_ones_give_nothing() -> None:
    support_map = four_people()
    assert edits.retitle(support_map, "  After session 2 ") == MapRetitled(
        "Alex", "After session 2"
    )
    assert edits.retitle(support_map, "Alex ") is None
    assert edits.rename_focus(support_map, "Alexandra") == FocusRenamed("Alex", "Alexandra")
    assert edits.rename_focus(support_map, " Alex") is None
    with pytest.raises(ValidationError) as raised:
        edits.rename_focus(support_map, "  ")
    assert raised.value.field == "focus.name"


def test_notes_get_fresh_ids_and_unknown_notes_are_refused() -> None:
    support_map = four_people()
    day = dt.date(2026, 11, 21)
    first = edit(support_map, edits.add_note, day, "First session", private=True)
    n1 = first.note.id
    assert re.fullmatch(r"n[0-9a-f]{8}", n1)
    assert first == NoteAdded(SessionNote(n1, day, "First session", True))
    second = edits.add_note(support_map, day, "Second").note.id
    assert re.fullmatch(r"n[0-9a-f]{8}", second) and second != n1
    assert edits.update_note(support_map, n1, private=False) == NoteChanged(
        first.note, SessionNote(n1, day, "First session", False)
    )
    assert edits.update_note(support_map, n1, text="First session") is None
    assert edits.remove_note(support_map, n1).note == first.note
    with pytest.raises(ValidationError) as raised:
        edits.remove_note(support_map, "n7")
    assert raised.value.field == "session_notes"


# --- checking a batch -------------------------------------------------------------------


def test_checking_a_batch_finds_the_change_that_does_not_fit_and_leaves_the_map_alone() -> None:
    support_map = four_people()
    before = support_map.copy()
    sam = support_map.person("p1")
    fits = PersonChanged(sam, sam.replace(name="Samira"))
    stale = PersonChanged(sam, sam.replace(name="Sammy"))  # Sam is Samira by then
    edits.check(support_map, [fits])
    with pytest.raises(ValidationError, match="not as this change expects"):
        edits.check(support_map, [fits, stale])
    assert support_map == before


@given(data=st.data(), support_map=support_maps(max_people=10))
@settings(max_examples=60, deadline=None)
def test_any_removal_undone_in_reverse_gives_back_the_same_map(
    data: st.DataObject, support_map: SupportMap
) -> None:
    ids = data.draw(st.lists(st.sampled_from([*support_map.people, "nobody"]), max_size=12))
    before = support_map.copy()
    removals = edits.remove_people(support_map, ids)
    edits.check(support_map, removals)
    for removal in removals:
        support_map.apply(removal)
    assert set(support_map.people) == set(before.people) - set(ids)
    for removal in reversed(removals):
        support_map.apply(invert(removal))
    # Everyone is back in their place; restored ties come back after the others.
    assert list(support_map.people.items()) == list(before.people.items())
    assert dict(support_map.ties) == dict(before.ties)


# --- the past ---------------------------------------------------------------------------


@given(support_maps(), support_maps())
@settings(max_examples=60, deadline=None)
def test_restoring_an_earlier_map_brings_back_its_people_ties_focus_and_title(
    now: SupportMap, earlier: SupportMap
) -> None:
    now.apply(edits.add_note(now, dt.date(2026, 11, 1), "kept"))
    notes = now.notes
    changes = edits.restore(now, earlier)
    edits.check(now, changes)
    for change in changes:
        now.apply(change)
    assert dict(now.people) == dict(earlier.people)
    assert {key: (t.strength, t.conflict) for key, t in now.ties.items()} == {
        key: (t.strength, t.conflict) for key, t in earlier.ties.items()
    }
    assert (now.focus_name, now.title) == (earlier.focus_name, earlier.title)
    assert now.notes == notes
    assert edits.restore(now, earlier) == []


def test_restoring_keeps_the_order_of_people_who_stay_and_puts_newcomers_at_their_old_place() -> (
    None
):
    now = make_map([P("a"), P("b"), P("c")])
    earlier = make_map([P("x"), P("b"), P("a")])
    for change in edits.restore(now, earlier):
        now.apply(change)
    assert list(now.people) == ["x", "a", "b"]

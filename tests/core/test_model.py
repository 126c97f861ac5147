"""The map model: validation names the field, changes invert, listeners hear every change."""

from __future__ import annotations

import datetime as dt

import pytest

from supportmap.core.changes import Change, PersonAdded, PersonRemoved, TieAdded, invert
from supportmap.core.model import Person, Position, Support, SupportLevel, Tie, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector


@pytest.mark.parametrize(
    ("fields", "field", "fragment"),
    [
        ({"name": "   "}, "name", "must not be empty"),
        ({"name": "x" * 81}, "name", "at most 80"),
        ({"relationship": "y" * 81}, "relationship", "at most 80"),
        ({"next_step": "z" * 281}, "next_step", "at most 280"),
        ({"sector": "space"}, "sector", "'space'"),
        ({"circle": 5}, "circle", "5"),
        ({"safety": "maybe"}, "safety", "'maybe'"),
        ({"barriers": ["tired"]}, "barriers", "'tired'"),
        ({"id": ""}, "id", "non-empty"),
    ],
)
def test_person_validation_names_the_field(
    fields: dict[str, object], field: str, fragment: str
) -> None:
    values: dict[str, object] = {"id": "p1", "name": "Sam", **fields}
    with pytest.raises(ValidationError) as raised:
        Person(**values)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert fragment in raised.value.problem


def test_name_is_trimmed_and_any_unicode_is_allowed() -> None:
    assert Person(id="p1", name="  Zoë 🌱 ").name == "Zoë 🌱"


def test_support_level_errors_name_the_help_type() -> None:
    with pytest.raises(ValidationError) as raised:
        Support.of({"emotional": (7, 0)})
    assert raised.value.field == "support.emotional.receive"
    assert "0..3" in raised.value.problem
    with pytest.raises(ValidationError) as raised:
        Support().with_level(HelpType.CRISIS, give=-1)
    assert raised.value.field == "support.crisis.give"
    with pytest.raises(ValidationError):
        SupportLevel(True, 0)  # type: ignore[arg-type]


def test_position_must_be_finite() -> None:
    with pytest.raises(ValidationError) as raised:
        Position(float("nan"), 0)
    assert raised.value.field == "position.x"


def test_map_refuses_self_ties_duplicates_and_unknown_people() -> None:
    support_map = SupportMap("Alex")
    support_map.add_person("Sam", id="p1")
    support_map.add_person("Kim", id="p2")
    with pytest.raises(ValidationError) as raised:
        support_map.add_tie("p1", "p1")
    assert raised.value.field == "b"
    support_map.add_tie("p1", "p2")
    with pytest.raises(ValidationError, match="already tied"):
        support_map.add_tie("p2", "p1")
    with pytest.raises(ValidationError, match="'p9'"):
        support_map.add_tie("p1", "p9")
    with pytest.raises(ValidationError) as raised:
        support_map.update_person("p9", name="X")
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        support_map.add_person("Jo", id="p1")
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        SupportMap.build("Alex", people=[Person(id="a", name="A")], ties=[Tie("a", "b")])
    assert raised.value.field == "ties[0].b"


def test_removing_a_person_takes_their_ties_and_undo_restores_them() -> None:
    support_map = SupportMap("Alex")
    for name in ("Sam", "Kim", "Jo"):
        support_map.add_person(name)
    support_map.add_tie("p1", "p2", strength=3)
    support_map.add_tie("p1", "p3", conflict=True)
    support_map.add_tie("p2", "p3")
    before = support_map.copy()
    removed = support_map.remove_person("p1")
    assert isinstance(removed, PersonRemoved)
    assert set(support_map.ties) == {("p2", "p3")}
    assert len(removed.ties) == 2
    support_map.apply(invert(removed))
    assert support_map.people.keys() == before.people.keys()
    assert dict(support_map.ties) == dict(before.ties)
    assert support_map.tie("p3", "p1") == Tie("p1", "p3", 1, True)


def test_every_change_inverts_back_to_the_same_map() -> None:
    support_map = SupportMap("Alex", "Before")
    support_map.add_person("Sam", sector=Sector.FAMILY)
    support_map.add_person("Kim")
    start = support_map.copy()
    changes = [
        support_map.add_tie("p1", "p2"),
        support_map.update_tie("p1", "p2", strength=2),
        support_map.set_support("p1", HelpType.EMOTIONAL, receive=3, give=1),
        support_map.update_person("p2", circle=Circle.COULD_REACH, safety=Safety.SAFE),
        support_map.set_title("After"),
        support_map.rename_focus("Alexandra"),
        support_map.add_note(dt.date(2026, 11, 21), "First session", private=True),
        support_map.add_person("Jo"),
        support_map.remove_person("p1"),
    ]
    assert all(change is not None for change in changes)
    assert support_map != start
    for change in reversed(changes):
        assert change is not None
        support_map.apply(invert(change))
    # Undoing a removal brings the person back at the end of the map order.
    assert dict(support_map.people) == dict(start.people)
    assert dict(support_map.ties) == dict(start.ties)
    assert (support_map.title, support_map.focus_name) == (start.title, start.focus_name)
    assert support_map.notes == start.notes
    for change in changes:
        assert change is not None
        assert invert(invert(change)) == change


def test_stale_changes_are_refused() -> None:
    support_map = SupportMap("Alex")
    added = support_map.add_person("Sam")
    support_map.update_person("p1", name="Samantha")
    with pytest.raises(ValidationError):
        support_map.apply(invert(added))
    assert support_map.person("p1").name == "Samantha"


def test_listeners_hear_every_applied_change_until_unsubscribed() -> None:
    support_map = SupportMap("Alex")
    heard: list[Change] = []
    unsubscribe = support_map.subscribe(heard.append)
    added = support_map.add_person("Sam")
    tie_partner = support_map.add_person("Kim")
    tied = support_map.add_tie("p1", "p2")
    assert support_map.update_person("p1", name="Sam") is None
    assert heard == [added, tie_partner, tied]
    assert isinstance(heard[0], PersonAdded) and isinstance(heard[2], TieAdded)
    with pytest.raises(ValidationError):
        support_map.add_tie("p1", "p2")
    assert len(heard) == 3
    unsubscribe()
    support_map.remove_person("p2")
    assert len(heard) == 3


def test_copy_is_independent_and_equal() -> None:
    support_map = SupportMap("Alex")
    support_map.add_person("Sam")
    copy = support_map.copy()
    assert copy == support_map
    copy.add_person("Kim")
    assert copy != support_map
    assert len(support_map.people) == 1


def test_undoing_a_removal_puts_the_person_back_in_their_place() -> None:
    from supportmap.core.changes import invert
    from supportmap.core.supportmap import SupportMap

    support_map = SupportMap("Alex")
    for name in ("Sam", "Kim", "Jo", "Ana"):
        support_map.add_person(name)
    support_map.add_tie("p2", "p3")
    before = support_map.copy()
    removed = support_map.remove_person("p2")
    assert removed.index == 1
    support_map.apply(invert(removed))
    assert list(support_map.people) == ["p1", "p2", "p3", "p4"]
    assert support_map.people == before.people

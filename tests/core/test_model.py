"""The map model: validation names the field, changes apply only where they fit, and invert."""

from __future__ import annotations

import datetime as dt

import pytest

from supportmap.core import edits
from supportmap.core.changes import (
    Change,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    TieAdded,
    invert,
)
from supportmap.core.model import Person, Position, Support, SupportLevel, Tie, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from tests.maps import edit, make_map


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
    sam, kim = Person(id="p1", name="Sam"), Person(id="p2", name="Kim")
    support_map = make_map([sam, kim], [("p1", "p2")], focus="Alex")
    with pytest.raises(ValidationError) as raised:
        support_map.apply(TieAdded(Tie("p1", "p1")))
    assert raised.value.field == "b"
    with pytest.raises(ValidationError, match="already tied"):
        support_map.apply(TieAdded(Tie("p2", "p1")))
    with pytest.raises(ValidationError, match="'p9'"):
        support_map.apply(TieAdded(Tie("p1", "p9")))
    with pytest.raises(ValidationError) as raised:
        support_map.apply(PersonChanged(Person(id="p9", name="X"), Person(id="p9", name="Y")))
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        support_map.apply(PersonAdded(Person(id="p1", name="Jo")))
    assert raised.value.field == "id"
    with pytest.raises(ValidationError) as raised:
        SupportMap.build("Alex", people=[Person(id="a", name="A")], ties=[Tie("a", "b")])
    assert raised.value.field == "ties[0].b"
    assert support_map == make_map([sam, kim], [("p1", "p2")], focus="Alex")


def test_removing_a_person_takes_their_ties_and_undo_restores_them() -> None:
    people = [Person(id=f"p{i}", name=name) for i, name in enumerate(("Sam", "Kim", "Jo"), 1)]
    ties = [Tie("p1", "p2", strength=3), Tie("p1", "p3", conflict=True), Tie("p2", "p3")]
    support_map = make_map(people, ties, focus="Alex")
    before = support_map.copy()
    removed = support_map.apply(PersonRemoved(people[0], (ties[0], ties[1]), 0))
    assert set(support_map.ties) == {("p2", "p3")}
    with pytest.raises(ValidationError, match="every tie"):
        support_map.apply(PersonRemoved(people[1], (), 0))
    support_map.apply(invert(removed))
    assert list(support_map.people) == ["p1", "p2", "p3"]
    assert dict(support_map.ties) == dict(before.ties)
    assert support_map.tie("p3", "p1") == Tie("p1", "p3", 1, True)


def test_every_change_inverts_back_to_the_same_map() -> None:
    support_map = make_map(
        [Person(id="p1", name="Sam", sector=Sector.FAMILY), Person(id="p2", name="Kim")],
        focus="Alex",
        title="Before",
    )
    start = support_map.copy()
    changes: list[Change] = [
        edit(support_map, edits.add_tie, "p1", "p2"),
        edit(support_map, edits.update_tie, "p1", "p2", strength=2),
        edit(support_map, edits.set_support, "p1", HelpType.EMOTIONAL, receive=3, give=1),
        edit(support_map, edits.update_person, "p2", circle=Circle.COULD_REACH, safety=Safety.SAFE),
        edit(support_map, edits.retitle, "After"),
        edit(support_map, edits.rename_focus, "Alexandra"),
        edit(support_map, edits.add_note, dt.date(2026, 11, 21), "First session", private=True),
        edit(support_map, edits.add_person, "Jo"),
        *[support_map.apply(c) for c in edits.remove_people(support_map, ["p1"])],
    ]
    assert support_map != start
    for change in reversed(changes):
        support_map.apply(invert(change))
    assert support_map == start
    for change in changes:
        assert invert(invert(change)) == change


def test_stale_changes_are_refused() -> None:
    sam = Person(id="p1", name="Sam")
    support_map = SupportMap("Alex")
    support_map.apply(PersonAdded(sam))
    support_map.apply(PersonChanged(sam, sam.replace(name="Samantha")))
    with pytest.raises(ValidationError):
        support_map.apply(PersonRemoved(sam))
    assert support_map.person("p1").name == "Samantha"


def test_copy_is_independent_and_equal() -> None:
    support_map = make_map([Person(id="p1", name="Sam")], focus="Alex")
    copy = support_map.copy()
    assert copy == support_map
    copy.apply(PersonAdded(Person(id="p2", name="Kim")))
    assert copy != support_map
    assert len(support_map.people) == 1


def test_undoing_a_removal_puts_the_person_back_in_their_place() -> None:
    people = [Person(id=f"p{i}", name=n) for i, n in enumerate(("Sam", "Kim", "Jo", "Ana"), 1)]
    support_map = make_map(people, [("p2", "p3")], focus="Alex")
    before = support_map.copy()
    removed = support_map.apply(PersonRemoved(people[1], (Tie("p2", "p3"),), 1))
    support_map.apply(invert(removed))
    assert list(support_map.people) == ["p1", "p2", "p3", "p4"]
    assert support_map == before

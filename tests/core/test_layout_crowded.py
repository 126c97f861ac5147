"""Placement in a full wedge and near the centre: nobody lands on top of someone else."""

import math
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from supportmap.core import Circle, Person, Position, Sector, SupportMap
from supportmap.core.changes import PersonAdded
from supportmap.core.layout import (
    FOCUS_CLEARANCE,
    NODE_SPACING,
    Placer,
    clear_of_focus,
    locate,
    place_person,
    place_person_near,
    point_at,
)


def _distance(a: Position, b: Position) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _add_one_at_a_time(
    support_map: SupportMap, names: list[str], circle: Circle, sector: Sector
) -> list[Position]:
    """Add people the way the app does, one `place_person` (a fresh `Placer`) per person."""
    placed = []
    for name in names:
        person = Person(id=support_map.new_person_id(), name=name, circle=circle, sector=sector)
        person = person.replace(position=place_person(support_map, person))
        support_map.apply(PersonAdded(person))
        assert person.position is not None
        placed.append(person.position)
    return placed


def test_a_family_added_one_by_one_to_the_closest_circle_keeps_their_nodes_apart() -> None:
    names = ["Mum", "Dad", "Grandma", "Uncle Joe"]
    placed = _add_one_at_a_time(SupportMap("Alex"), names, Circle.CLOSEST, Sector.FAMILY)
    assert all(locate(p) == (Circle.CLOSEST, Sector.FAMILY) for p in placed)
    assert min(_distance(a, b) for a, b in combinations(placed, 2)) >= NODE_SPACING


def test_people_added_one_by_one_to_a_full_wedge_never_share_a_spot() -> None:
    for circle in Circle:
        names = [f"Person {i}" for i in range(40)]
        placed = _add_one_at_a_time(SupportMap("Alex"), names, circle, Sector.OTHER)
        assert len(set(placed)) == len(placed), circle
        assert all(locate(p) == (circle, Sector.OTHER) for p in placed)


def test_one_at_a_time_lands_where_one_shared_placer_does() -> None:
    """An import shares one `Placer`; adding person by person must give the same map."""
    shared = Placer()
    names = [f"P{i}" for i in range(30)]
    expected = [shared.place(Circle.CLOSE, Sector.WORK, name) for name in names]
    assert _add_one_at_a_time(SupportMap("Alex"), names, Circle.CLOSE, Sector.WORK) == expected


def test_the_very_centre_is_moved_straight_up_out_of_the_focus_person() -> None:
    assert clear_of_focus(Position(0.0, 0.0)) == Position(0.0, -FOCUS_CLEARANCE)


@given(st.floats(1.0, FOCUS_CLEARANCE - 0.02), st.floats(0, 359.99))
def test_a_point_on_the_focus_person_moves_out_along_its_own_direction(
    radius: float, degrees: float
) -> None:
    inside = point_at(radius, degrees)
    moved = clear_of_focus(inside)
    assert math.hypot(moved.x, moved.y) >= FOCUS_CLEARANCE - 0.01
    assert _distance(moved, point_at(FOCUS_CLEARANCE, degrees)) < 0.5
    assert locate(moved)[0] is Circle.CLOSEST
    assert clear_of_focus(moved) == moved


def test_a_point_clear_of_the_focus_person_stays_put() -> None:
    outside = point_at(FOCUS_CLEARANCE + 0.5, 200.0)
    assert clear_of_focus(outside) == outside


def test_a_click_next_to_someone_gives_the_nearest_clear_spot_of_that_ring_and_wedge() -> None:
    sam = Person(id="p1", name="Sam", position=point_at(215.0, 77.0))
    support_map = SupportMap.build("Alex", people=[sam])
    assert sam.position is not None
    click = Position(sam.position.x + 20.0, sam.position.y)
    circle, sector = locate(click)
    new = Person(id="p2", name="Kim", circle=circle, sector=sector)

    placed = place_person_near(support_map, new, click)
    assert locate(placed) == (circle, sector)
    assert _distance(placed, sam.position) >= NODE_SPACING
    calmest = place_person(support_map, new)
    assert _distance(placed, click) < _distance(calmest, click)  # aside, not somewhere else


def test_a_click_on_free_ground_is_kept() -> None:
    sam = Person(id="p1", name="Sam", position=point_at(400.0, 290.0))
    support_map = SupportMap.build("Alex", people=[sam])
    click = point_at(400.0, 300.0)
    circle, sector = locate(click)
    new = Person(id="p2", name="Kim", circle=circle, sector=sector)
    assert place_person_near(support_map, new, click) == click

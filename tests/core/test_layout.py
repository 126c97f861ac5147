"""Map geometry: positions map back to the ring and wedge they lie in; placement avoids overlap."""

import math

from hypothesis import example, given
from hypothesis import strategies as st

from supportmap.core import Circle, Person, Position, Sector, SupportMap
from supportmap.core.changes import PersonChanged
from supportmap.core.layout import (
    LABEL_CHAR_WIDTH,
    LABEL_GAP,
    LABEL_HEIGHT,
    LABEL_MAX_WIDTH,
    NODE_RADIUS,
    RING_RADII,
    Placer,
    locate,
    place_person,
    point_at,
    ring_bounds,
    sector_span,
)

circles = st.sampled_from(list(Circle))
sectors = st.sampled_from(list(Sector))


def test_twelve_o_clock_is_the_start_of_the_first_wedge() -> None:
    assert point_at(100, 0) == Position(0.0, -100.0)
    assert point_at(100, 90) == Position(100.0, 0.0)
    assert locate(Position(1.0, -100.0)) == (Circle.CLOSEST, Sector.FAMILY)


def test_ring_bounds_nest_without_gaps() -> None:
    previous_outer = None
    for circle in Circle:
        inner, outer = ring_bounds(circle)
        assert inner < outer
        if previous_outer is not None:
            assert inner == previous_outer
        previous_outer = outer
    assert previous_outer == RING_RADII[-1]


def test_far_away_counts_as_could_reach_out() -> None:
    assert locate(Position(0.0, 5000.0))[0] is Circle.COULD_REACH


@given(circles, sectors)
def test_a_placed_person_lies_in_their_ring_and_wedge(circle: Circle, sector: Sector) -> None:
    support_map = SupportMap("Me")
    position = place_person(support_map, Person(id="p1", name="Sam", circle=circle, sector=sector))
    assert locate(position) == (circle, sector)


@given(st.floats(1.0, 449.0), st.floats(0, 359.99))
@example(1.0, 308.625)  # a point so near the centre that rounding moves it into the next wedge
def test_locate_agrees_with_ring_and_wedge_bounds(radius: float, degrees: float) -> None:
    circle, sector = locate(point_at(radius, degrees))
    inner, outer = ring_bounds(circle)
    start, end = sector_span(sector)
    assert radius <= outer + 0.01
    assert circle is Circle.CLOSEST or radius >= inner - 0.01
    # Positions keep two decimals: near the centre that moves the angle by up to ~0.4°.
    slack = math.degrees(0.01 / radius) + 0.01
    assert start - slack <= degrees <= end + slack or degrees > 360 - slack


def _boxes_touch(a: Position, b: Position, name_a: str, name_b: str) -> bool:
    """Whether two people's node-and-label boxes would overlap on the canvas."""
    half = [
        max(NODE_RADIUS + 7, min(LABEL_MAX_WIDTH, LABEL_CHAR_WIDTH * len(n) + 10) / 2)
        for n in (name_a, name_b)
    ]
    tall = 2 * NODE_RADIUS + LABEL_GAP + LABEL_HEIGHT
    return abs(a.x - b.x) < sum(half) and abs(a.y - b.y) < tall


def test_people_placed_in_one_wedge_keep_their_names_clear_of_each_other() -> None:
    placer = Placer()
    names = ["Sam", "Ruth Adeyemi", "Jo", "Marco"]
    placed = [placer.place(Circle.AROUND, Sector.FRIENDS, name) for name in names]
    assert all(locate(p) == (Circle.AROUND, Sector.FRIENDS) for p in placed)
    for i, a in enumerate(placed):
        for j in range(i + 1, len(placed)):
            assert not _boxes_touch(a, placed[j], names[i], names[j])


def test_first_people_of_neighbouring_rings_are_not_on_one_line_from_the_centre() -> None:
    placer = Placer()
    inner = placer.place(Circle.CLOSEST, Sector.FAMILY, "Sam")
    outer = placer.place(Circle.CLOSE, Sector.FAMILY, "Kim")
    # The line from the centre to the outer person passes the inner one at a distance.
    cross = abs(outer.x * inner.y - outer.y * inner.x) / math.hypot(outer.x, outer.y)
    assert cross > NODE_RADIUS + 4


def test_a_full_wedge_still_gives_a_spot_inside_it() -> None:
    placer = Placer()
    for _ in range(200):
        assert locate(placer.place(Circle.CLOSEST, Sector.ONLINE)) == (
            Circle.CLOSEST,
            Sector.ONLINE,
        )


def test_placement_ignores_the_person_being_placed() -> None:
    sam = Person(id="p1", name="Sam", circle=1, sector="family")
    support_map = SupportMap.build("Me", people=[sam])
    first = place_person(support_map, sam)
    support_map.apply(PersonChanged(sam, sam.replace(position=first)))
    assert place_person(support_map, support_map.person("p1")) == first


def test_overflow_in_a_full_wedge_is_spread_over_distinct_spots() -> None:
    placer = Placer()
    placed = [placer.place(Circle.CLOSEST, Sector.WORK) for _ in range(300)]
    overflow = placed[-20:]
    assert len(set(overflow)) == len(overflow)
    assert all(locate(p) == (Circle.CLOSEST, Sector.WORK) for p in overflow)

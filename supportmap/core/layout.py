"""Map geometry: concentric rings for the circles and wedges for the sectors. No Qt.

Coordinates are scene units with the focus person at (0, 0) and y growing downwards (as on
screen). Angles are degrees clockwise from 12 o'clock. Because position is data, `locate` turns
any position back into the circle and sector it lies in, and `place_person` finds a free spot
inside a person's ring and wedge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from itertools import product

from supportmap.core.model import Person, Position
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, Sector

NODE_RADIUS = 16.0
FOCUS_RADIUS = 40.0
RING_RADII: tuple[float, ...] = (160.0, 270.0, 370.0, 460.0)
"""Outer radius of circles 1–4."""
SECTOR_ORDER: tuple[Sector, ...] = (
    Sector.FAMILY,
    Sector.FRIENDS,
    Sector.WORK,
    Sector.COMMUNITY,
    Sector.PROFESSIONAL,
    Sector.ONLINE,
    Sector.OTHER,
)
WEDGE_DEGREES = 360.0 / len(SECTOR_ORDER)
MIN_SPACING = 2 * NODE_RADIUS + 14.0
"""Distance between two people's centres that leaves room for their name labels."""


def ring_bounds(circle: Circle) -> tuple[float, float]:
    """Inner and outer radius of a circle's ring."""
    index = Circle(circle) - 1
    inner = FOCUS_RADIUS if index == 0 else RING_RADII[index - 1]
    return inner, RING_RADII[index]


def sector_span(sector: Sector) -> tuple[float, float]:
    """Start and end angle of a sector's wedge, clockwise from 12 o'clock."""
    start = SECTOR_ORDER.index(Sector(sector)) * WEDGE_DEGREES
    return start, start + WEDGE_DEGREES


def point_at(radius: float, degrees: float) -> Position:
    """The position at ``radius`` from the centre and ``degrees`` clockwise from 12 o'clock."""
    theta = math.radians(degrees)
    return Position(
        round(radius * math.sin(theta), 2) + 0.0, round(-radius * math.cos(theta), 2) + 0.0
    )


def locate(position: Position) -> tuple[Circle, Sector]:
    """The circle and sector a position lies in. Beyond the outer ring counts as circle 4."""
    radius = math.hypot(position.x, position.y)
    circle = Circle.COULD_REACH
    for index, outer in enumerate(RING_RADII):
        if radius <= outer:
            circle = Circle(index + 1)
            break
    degrees = math.degrees(math.atan2(position.x, -position.y)) % 360.0
    wedge = min(int(degrees // WEDGE_DEGREES), len(SECTOR_ORDER) - 1)
    return circle, SECTOR_ORDER[wedge]


class Placer:
    """Finds free spots for new people, given the positions already taken.

    Keeps a grid of taken positions so that placing many people (an import of a large map)
    stays close to linear rather than comparing every candidate spot with everyone.
    """

    def __init__(self, taken: Iterable[Position] = ()) -> None:
        self._grid: dict[tuple[int, int], list[Position]] = {}
        self._first_free: dict[tuple[Circle, Sector], int] = {}
        self._overflow: dict[tuple[Circle, Sector], int] = {}
        for position in taken:
            self.take(position)

    def take(self, position: Position) -> None:
        """Mark a position as occupied."""
        self._grid.setdefault(_cell(position), []).append(position)

    def place(self, circle: Circle, sector: Sector) -> Position:
        """A free position inside the ring of ``circle`` and the wedge of ``sector``, taken.

        When the wedge is full, further people are spread evenly over its spots: a crowded
        wedge still keeps each person in the circle and sector they belong to.
        """
        key = (Circle(circle), Sector(sector))
        spots = _candidates(*key)
        index = self._first_free.get(key, 0)
        while index < len(spots):
            if self._is_free(spots[index]):
                self._first_free[key] = index + 1
                self.take(spots[index])
                return spots[index]
            index += 1
        overflow = self._overflow.get(key, 0)
        self._first_free[key] = len(spots)
        self._overflow[key] = overflow + 1
        spot = spots[(overflow * _SPREAD) % len(spots)]
        self.take(spot)
        return spot

    def _is_free(self, position: Position) -> bool:
        kx, ky = _cell(position)
        for dx, dy in product((-1, 0, 1), repeat=2):
            for other in self._grid.get((kx + dx, ky + dy), ()):
                if math.hypot(other.x - position.x, other.y - position.y) < MIN_SPACING:
                    return False
        return True


_SPREAD = 7919
"""A prime step through a full wedge's spots, so that overflow lands far apart."""


def _cell(position: Position) -> tuple[int, int]:
    return math.floor(position.x / MIN_SPACING), math.floor(position.y / MIN_SPACING)


@cache
def _candidates(circle: Circle, sector: Sector) -> tuple[Position, ...]:
    """Spots in a ring and wedge on a fine grid, the calmest first.

    The calmest spot is the middle of the ring at the centre of the wedge; the others follow by
    their distance from it, so the first people of a wedge sit along its middle.
    """
    inner, outer = ring_bounds(circle)
    start, end = sector_span(sector)
    margin = 8.0
    low, high = inner + NODE_RADIUS + 4.0, outer - NODE_RADIUS
    middle, centre = (inner + outer) / 2, (start + end) / 2
    step = 6.0
    spots: list[tuple[float, Position]] = []
    radius = low
    while radius <= high + 1e-9:
        half = (end - start) / 2 - math.degrees(margin / radius)
        count = max(0, int(math.radians(half) * radius // step))
        for i in range(-count, count + 1):
            degrees = centre + half * i / count if count else centre
            arc = math.radians(degrees - centre) * radius
            spots.append((math.hypot(radius - middle, arc), point_at(radius, degrees)))
        radius += step
    spots.sort(key=lambda scored: scored[0])
    return tuple(position for _, position in spots) or (point_at(middle, centre),)


def place_person(support_map: SupportMap, person: Person) -> Position:
    """A free spot for ``person`` in their ring and wedge, away from everyone already placed."""
    placer = Placer(
        p.position for p in support_map.people.values() if p.position and p.id != person.id
    )
    return placer.place(person.circle, person.sector)

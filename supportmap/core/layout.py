"""Map geometry: concentric rings for the circles and wedges for the sectors. No Qt.

Coordinates are scene units with the focus person at (0, 0) and y growing downwards (as on
screen). Angles are degrees clockwise from 12 o'clock. Because position is data, `locate` turns
any position back into the circle and sector it lies in, and `place_person` finds a free spot
inside a person's ring and wedge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import product

from supportmap.core.model import Person, Position
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, Sector

NODE_RADIUS = 18.0
FOCUS_RADIUS = 44.0
RING_RADII: tuple[float, ...] = (150.0, 250.0, 350.0, 450.0)
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
MIN_SPACING = 2 * NODE_RADIUS + 22.0
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
    stays linear rather than comparing every candidate with everyone.
    """

    def __init__(self, taken: Iterable[Position] = ()) -> None:
        self._cell = MIN_SPACING
        self._grid: dict[tuple[int, int], list[Position]] = {}
        for position in taken:
            self.take(position)

    def take(self, position: Position) -> None:
        """Mark a position as occupied."""
        self._grid.setdefault(self._key(position), []).append(position)

    def place(self, circle: Circle, sector: Sector) -> Position:
        """A free position inside the ring of ``circle`` and the wedge of ``sector``, taken."""
        best, best_gap = None, -1.0
        for candidate in _candidates(circle, sector):
            gap = self._nearest(candidate)
            if gap >= MIN_SPACING:
                best = candidate
                break
            if gap > best_gap:
                best, best_gap = candidate, gap
        assert best is not None
        self.take(best)
        return best

    def _key(self, position: Position) -> tuple[int, int]:
        return math.floor(position.x / self._cell), math.floor(position.y / self._cell)

    def _nearest(self, position: Position) -> float:
        kx, ky = self._key(position)
        nearest = math.inf
        for dx, dy in product((-1, 0, 1), repeat=2):
            for other in self._grid.get((kx + dx, ky + dy), ()):
                nearest = min(nearest, math.hypot(other.x - position.x, other.y - position.y))
        return nearest


def _candidates(circle: Circle, sector: Sector) -> Iterator[Position]:
    """Spots in a ring and wedge, the calmest first: middle of the ring, centre of the wedge."""
    inner, outer = ring_bounds(circle)
    start, end = sector_span(sector)
    margin = NODE_RADIUS + 4.0
    middle = (inner + outer) / 2
    half_depth = max(0.0, (outer - inner) / 2 - margin)
    radii = [middle]
    for step in (0.5, 1.0):
        radii += [middle - half_depth * step, middle + half_depth * step]
    centre = (start + end) / 2
    for radius in radii:
        usable = (end - start) / 2 - math.degrees(margin / radius)
        steps = max(1, int(usable * math.radians(1) * radius // (MIN_SPACING / 2)))
        for i in range(steps + 1):
            offset = usable * i / steps
            yield point_at(radius, centre + offset)
            if i:
                yield point_at(radius, centre - offset)


def place_person(support_map: SupportMap, person: Person) -> Position:
    """A free spot for ``person`` in their ring and wedge, away from everyone already placed."""
    placer = Placer(
        p.position for p in support_map.people.values() if p.position and p.id != person.id
    )
    return placer.place(person.circle, person.sector)

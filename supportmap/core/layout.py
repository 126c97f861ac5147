"""Map geometry: concentric rings for the circles and wedges for the sectors. No Qt.

Coordinates are scene units with the focus person at (0, 0) and y growing downwards (as on
screen). Angles are degrees clockwise from 12 o'clock. Because position is data, `locate` turns
any position back into the circle and sector it lies in, and `place_person` finds a free spot
inside a person's ring and wedge. Nobody new is put on top of someone already there, nor under
the focus person (`clear_of_focus`), and nobody is left outside the outer ring (`inside_map`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from itertools import product

from supportmap.core.model import Person, Position
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, Sector

NODE_RADIUS = 19.5
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
NODE_SPACING = 2 * NODE_RADIUS + 4.0
"""Distance between two people's centres at which their nodes stay apart with a little air
(neighbours' help badges and labels may still touch); a crowded inner wedge still holds four."""
NODE_TOUCH = 2 * NODE_RADIUS + 2.0
"""Distance between two people's centres at which their round nodes just touch."""
FOCUS_CLEARANCE = FOCUS_RADIUS + NODE_RADIUS + 4.0
"""Distance from the centre at which a person's node stays clear of the focus person's."""
LABEL_GAP = 3.0
LABEL_HEIGHT = 23.0
LABEL_MAX_WIDTH = 140.0
"""A name label sits centred under its node; long names are elided to this width."""
LABEL_CHAR_WIDTH = 8.7
"""Average width of one letter of a name label, to estimate its width without Qt."""
_NODE_HALF_WIDTH = NODE_RADIUS + 11.0
"""Half the width of a node with its help badges."""
_BOX_HEIGHT = 2 * NODE_RADIUS + LABEL_GAP + LABEL_HEIGHT + 4.0
"""Vertical room one person takes: node, gap, label and a little air."""
_STAGGER_DEGREES = 9.0
"""Rings alternate their first spot either side of a wedge's centre line, so that the line
from the centre to someone in an outer ring does not run through someone in an inner one."""


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
    return Position(*_xy_at(radius, degrees))


def _xy_at(radius: float, degrees: float) -> tuple[float, float]:
    theta = math.radians(degrees)
    return round(radius * math.sin(theta), 2) + 0.0, round(-radius * math.cos(theta), 2) + 0.0


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


_Spots = tuple[tuple[float, float], ...]
"""Candidate spots (x, y) of one ring and wedge, the calmest first."""


class Placer:
    """Finds free spots for new people, given the positions already taken.

    Keeps a grid of taken positions so that placing many people (an import of a large map)
    stays close to linear rather than comparing every candidate spot with everyone.
    """

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._grid: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
        self._nodes: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self._first_free: dict[tuple[Circle, Sector], int] = {}
        self._first_apart: dict[tuple[Circle, Sector, float], int] = {}
        self._crowd: dict[tuple[Circle, Sector], int] = {}
        self._occupied: set[tuple[float, float]] = set()
        self._all_occupied: set[tuple[Circle, Sector]] = set()
        for person in people:
            if person.position is not None:
                self.take(person.position, person.name)

    def take(self, position: Position, name: str = "") -> None:
        """Mark a position as occupied by someone called ``name`` (their label takes room)."""
        self._take(position.x, position.y, _half_width(name), locate(position))

    def _take(self, x: float, y: float, half_width: float, key: tuple[Circle, Sector]) -> None:
        self._grid.setdefault(_cell(x, y), []).append((x, y, half_width))
        self._nodes.setdefault(_node_cell(x, y), []).append((x, y))
        self._crowd[key] = self._crowd.get(key, 0) + 1
        self._occupied.add((x, y))

    def place(self, circle: Circle, sector: Sector, name: str = "") -> Position:
        """A free position inside the ring of ``circle`` and the wedge of ``sector``, taken.

        The calmest spot where node and name touch nobody comes first. In a wedge too full
        for that, the calmest spot where at least the node keeps clear of every other node
        (`NODE_SPACING`, else `NODE_TOUCH`); in one too full even for that, the spots are
        shared out so that nobody lands exactly on someone else (until there are more people
        than spots). A crowded wedge still keeps each person in their circle and sector.
        """
        key = (Circle(circle), Sector(sector))
        spots = _candidates(*key)
        half_width = _half_width(name)
        spot = (
            self._clear_spot(key, spots, half_width)
            or self._spot_apart(key, spots, NODE_SPACING)
            or self._spot_apart(key, spots, NODE_TOUCH)
            or self._crowded_spot(key, spots)
        )
        self._take(*spot, half_width, key)
        return Position(*spot)

    def place_near(
        self, circle: Circle, sector: Sector, near: Position, name: str = ""
    ) -> Position:
        """The free position in the ring and wedge nearest to ``near``, taken.

        For someone added where the user clicked, when that spot would cover another node:
        they land as close to the click as the map allows. "Free" is as in `place`, from
        clear of everything to clear of nodes; in a wedge too full, wherever `place` puts them.
        """
        key = (Circle(circle), Sector(sector))
        half_width = _half_width(name)
        spots = sorted(
            _candidates(*key), key=lambda spot: math.hypot(spot[0] - near.x, spot[1] - near.y)
        )
        spot = (
            next((s for s in spots if self._is_free(*s, half_width)), None)
            or next((s for s in spots if self._is_apart(*s, NODE_SPACING)), None)
            or next((s for s in spots if self._is_apart(*s, NODE_TOUCH)), None)
        )
        if spot is None:
            return self.place(circle, sector, name)
        self._take(*spot, half_width, key)
        return Position(*spot)

    def node_is_free(self, position: Position) -> bool:
        """Whether a node at ``position``, badges included, would keep clear of every node."""
        return self._is_apart(position.x, position.y, NODE_SPACING)

    def _clear_spot(
        self, key: tuple[Circle, Sector], spots: _Spots, half_width: float
    ) -> tuple[float, float] | None:
        """The calmest spot where node and label touch nobody (``_first_free`` skips the
        spots taken for anyone, so a long import does not test them again and again)."""
        index = self._first_free.get(key, 0)
        advancing = True
        while index < len(spots):
            x, y = spots[index]
            if advancing and not self._is_free(x, y, _NODE_HALF_WIDTH):
                self._first_free[key] = index + 1  # taken for anyone, however short their name
            elif self._is_free(x, y, half_width):
                return x, y
            else:
                advancing = False  # free for a shorter name: later people may still use it
            index += 1
        return None

    def _spot_apart(
        self, key: tuple[Circle, Sector], spots: _Spots, spacing: float
    ) -> tuple[float, float] | None:
        """The calmest spot at least ``spacing`` from every node (labels may touch).

        _Spots only ever fill up, so the pointer past the covered ones only moves forward:
        all the placements in one wedge together test each spot about once.
        """
        pointer = (*key, spacing)
        index = self._first_apart.get(pointer, 0)
        while index < len(spots) and not self._is_apart(*spots[index], spacing):
            index += 1
        self._first_apart[pointer] = index
        return spots[index] if index < len(spots) else None

    def _crowded_spot(self, key: tuple[Circle, Sector], spots: _Spots) -> tuple[float, float]:
        """A spot in a wedge where every node would touch another: far from the last one,
        and nobody's exact spot while there are spots left (people on one spot hide each
        other completely). Counting from how many sit in the wedge already keeps a fresh
        `Placer` (one per added person) from starting over at the same spot."""
        start = self._crowd.get(key, 0)
        if key not in self._all_occupied:
            for step in range(len(spots)):
                spot = spots[((start + step) * _SPREAD) % len(spots)]
                if spot not in self._occupied:
                    return spot
            self._all_occupied.add(key)  # for good: a huge import need not look again
        return spots[(start * _SPREAD) % len(spots)]

    def _is_free(self, x: float, y: float, half_width: float) -> bool:
        """Whether a person here, with a label this wide, would touch nobody's node or label."""
        kx, ky = _cell(x, y)
        for dx, dy in _AROUND:
            for other_x, other_y, other_half in self._grid.get((kx + dx, ky + dy), ()):
                if (
                    abs(other_x - x) < half_width + other_half + 4.0
                    and abs(other_y - y) < _BOX_HEIGHT
                ):
                    return False
        return True

    def _is_apart(self, x: float, y: float, spacing: float) -> bool:
        """Whether a node here would be at least ``spacing`` from every other node."""
        kx, ky = _node_cell(x, y)
        least = spacing * spacing
        for dx, dy in _AROUND:
            for other_x, other_y in self._nodes.get((kx + dx, ky + dy), ()):
                if (other_x - x) * (other_x - x) + (other_y - y) * (other_y - y) < least:
                    return False
        return True


_SPREAD = 7919
"""A prime step through a full wedge's spots, so that overflow lands far apart."""


_CELL = LABEL_MAX_WIDTH + 4.0
"""Grid cell size: no two people farther apart than this can touch."""
_AROUND = tuple(product((-1, 0, 1), repeat=2))
"""A grid cell and its neighbours, as offsets."""


def _cell(x: float, y: float) -> tuple[int, int]:
    return math.floor(x / _CELL), math.floor(y / _CELL)


def _node_cell(x: float, y: float) -> tuple[int, int]:
    """A cell of the finer grid of nodes alone: nodes closer than `NODE_SPACING` are in
    neighbouring cells."""
    return math.floor(x / NODE_SPACING), math.floor(y / NODE_SPACING)


def _half_width(name: str) -> float:
    """Half the width a person takes: their node, or their name label if wider (estimated)."""
    label = min(LABEL_MAX_WIDTH, LABEL_CHAR_WIDTH * len(name.strip()) + 10.0)
    return max(_NODE_HALF_WIDTH, label / 2)


@cache
def _candidates(circle: Circle, sector: Sector) -> _Spots:
    """_Spots (x, y) in a ring and wedge on a fine grid, the calmest first.

    The calmest spot is the middle of the ring at the centre of the wedge; the others follow by
    their distance from it, so the first people of a wedge sit along its middle. (Plain pairs,
    not `Position` values: only the few spots taken become positions.)
    """
    inner, outer = ring_bounds(circle)
    start, end = sector_span(sector)
    margin = 8.0
    low, high = inner + NODE_RADIUS + 4.0, outer - NODE_RADIUS
    middle, centre = (inner + outer) / 2, (start + end) / 2
    ideal = centre + (_STAGGER_DEGREES if Circle(circle) % 2 == 0 else -_STAGGER_DEGREES)
    step = 6.0
    spots: list[tuple[float, tuple[float, float]]] = []
    radius = low
    while radius <= high + 1e-9:
        half = (end - start) / 2 - math.degrees(margin / radius)
        count = max(0, int(math.radians(half) * radius // step))
        for i in range(-count, count + 1):
            degrees = centre + half * i / count if count else centre
            offset = math.radians(degrees - ideal) * radius
            spots.append((math.hypot(radius - middle, offset), _xy_at(radius, degrees)))
        radius += step
    spots.sort(key=lambda scored: scored[0])
    return tuple(spot for _, spot in spots) or (_xy_at(middle, centre),)


def clear_of_focus(position: Position) -> Position:
    """``position``, or the nearest point just outside the focus person if a node there would
    sit on them (straight above them for the very centre).

    The focus person is drawn over everyone else, so a person left under them disappears.
    """
    distance = math.hypot(position.x, position.y)
    if distance >= FOCUS_CLEARANCE - 0.01:  # what this returns, after rounding, passes again
        return position
    degrees = math.degrees(math.atan2(position.x, -position.y)) if distance else 0.0
    return point_at(FOCUS_CLEARANCE, degrees)


OUTER_LIMIT = RING_RADII[-1] - NODE_RADIUS
"""Farthest a person's centre may lie from the centre: their node stays inside the outer ring."""


def inside_map(position: Position) -> Position:
    """``position`` moved onto the map: out from under the focus person (`clear_of_focus`) and
    in from beyond the outer ring, along its own direction, to the edge of circle 4.

    Someone dropped off the map is not left floating outside the rings; they land where the
    ring of people one could reach out to ends.
    """
    position = clear_of_focus(position)
    distance = math.hypot(position.x, position.y)
    if distance <= OUTER_LIMIT + 0.01:  # what this returns, after rounding, passes again
        return position
    return point_at(OUTER_LIMIT, math.degrees(math.atan2(position.x, -position.y)))


def _others(support_map: SupportMap, person: Person) -> Placer:
    return Placer(p for p in support_map.people.values() if p.id != person.id)


def place_person(support_map: SupportMap, person: Person) -> Position:
    """A free spot for ``person`` in their ring and wedge, away from everyone already placed.

    Builds a `Placer` for this one person: for many at once, share one `Placer` instead.
    """
    return _others(support_map, person).place(person.circle, person.sector, person.name)


def place_person_near(support_map: SupportMap, person: Person, near: Position) -> Position:
    """``near`` if ``person``'s node there keeps clear of everyone else's; otherwise the free
    spot of their ring and wedge nearest to it (someone added where the user clicked)."""
    placer = _others(support_map, person)
    if placer.node_is_free(near):
        return near
    return placer.place_near(person.circle, person.sector, near, person.name)

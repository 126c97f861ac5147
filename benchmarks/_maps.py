"""Seeded random support maps of a given size, for benchmarks and tests.

The mix follows what people tend to draw: most in circles 2–3, fewer closest, some potential;
family and friends more common than other life areas; most people safe or not sure yet; a few
help types per person at modest levels; ties more likely within a life area than across.
"""

from __future__ import annotations

import random

from supportmap.core.layout import Placer
from supportmap.core.model import Person, Support, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Safety, Sector

FIRST_NAMES = (
    "Sam", "Kim", "Jo", "Alex", "Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana",
    "Ines", "Jamal", "Kai", "Lena", "Mo", "Nia", "Omar", "Priya", "Rosa", "Tom", "Uma", "Vic",
)  # fmt: skip
_CIRCLES = (Circle.CLOSEST, Circle.CLOSE, Circle.AROUND, Circle.COULD_REACH)
_CIRCLE_WEIGHTS = (1, 3, 4, 1.5)
_SECTORS = tuple(Sector)
_SECTOR_WEIGHTS = (4, 4, 2, 2, 1.5, 1, 0.5)
_SAFETIES = tuple(Safety)
_SAFETY_WEIGHTS = (6, 1.5, 1, 0.5, 2)
_BARRIERS = tuple(Barrier)


def random_map(people: int, ties: int, seed: int = 0) -> SupportMap:
    """A realistic-looking map with ``people`` people and ``ties`` ties (capped at all pairs).

    The same arguments always give the same map. Positions come from the map layout, so every
    person sits in their own ring and wedge.
    """
    rng = random.Random(seed)
    placer = Placer()
    members: list[Person] = []
    for i in range(people):
        circle = rng.choices(_CIRCLES, _CIRCLE_WEIGHTS)[0]
        sector = rng.choices(_SECTORS, _SECTOR_WEIGHTS)[0]
        levels = {}
        for help_type in rng.sample(HELP_TYPES, rng.randint(0, 3)):
            levels[help_type] = (rng.randint(0, 3), rng.randint(0, 3))
        barriers = rng.sample(_BARRIERS, rng.choice((0, 0, 0, 1, 2)))
        members.append(
            Person(
                id=f"p{i + 1}",
                name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]}{'' if i < 24 else f' {i // 24}'}",
                sector=sector,
                circle=circle,
                safety=rng.choices(_SAFETIES, _SAFETY_WEIGHTS)[0],
                support=Support.of(levels),
                barriers=frozenset(barriers),
                position=placer.place(circle, sector),
            )
        )
    wanted = min(ties, people * (people - 1) // 2)
    chosen: dict[tuple[int, int], Tie] = {}
    while len(chosen) < wanted:
        a, b = rng.randrange(people), rng.randrange(people)
        if a == b:
            continue
        if members[a].sector != members[b].sector and rng.random() < 0.5:
            continue
        key = (min(a, b), max(a, b))
        if key not in chosen:
            chosen[key] = Tie(
                members[key[0]].id, members[key[1]].id, rng.randint(1, 3), rng.random() < 0.05
            )
    return SupportMap.build("Me", f"Random map {people}/{ties}", members, chosen.values())

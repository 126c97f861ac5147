"""Maps for chart tests, built in code: a realistic small map, edge cases and a big random one.

No Qt here: the reports layer is tested without a display.
"""

from __future__ import annotations

import datetime as dt
import random

from supportmap.core import edits
from supportmap.core.model import Person, Support, Tie
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Circle, HelpType, Safety, Sector
from tests.maps import edit, make_person


def person(
    pid: str, name: str, sector: Sector, circle: int, safety: Safety, **levels: tuple[int, int]
) -> Person:
    """`make_person` in the short form the chart maps are written in."""
    return make_person(pid, name=name, sector=sector, circle=circle, safety=safety, support=levels)


def realistic_map() -> SupportMap:
    """Alex's map: a sister who carries a lot, a friend with strings, a therapist, a neighbour."""
    people = [
        person(
            "p1",
            "Sam",
            Sector.FAMILY,
            1,
            Safety.SAFE,
            emotional=(3, 2),
            practical=(2, 1),
            crisis=(2, 0),
        ),
        person(
            "p2", "Mum", Sector.FAMILY, 2, Safety.STRINGS, practical=(3, 0), informational=(2, 1)
        ),
        person("p3", "Jo", Sector.FRIENDS, 2, Safety.SAFE, emotional=(1, 3), companionship=(2, 3)),
        person(
            "p4", "Kim", Sector.FRIENDS, 3, Safety.DRAINING, companionship=(1, 3), emotional=(0, 3)
        ),
        person(
            "p5",
            "Dr Osei",
            Sector.PROFESSIONAL,
            2,
            Safety.SAFE,
            emotional=(2, 0),
            informational=(3, 0),
        ),
        person("p6", "Priya from choir", Sector.COMMUNITY, 3, Safety.UNSURE, companionship=(2, 1)),
        person("p7", "Uncle Ray", Sector.FAMILY, 3, Safety.UNSAFE, practical=(1, 0)),
        person("p8", "Forum friends", Sector.ONLINE, 3, Safety.SAFE, informational=(1, 1)),
        person("p9", "Lee (old colleague)", Sector.WORK, 4, Safety.SAFE),
    ]
    ties = [Tie("p1", "p2", 3), Tie("p3", "p4", 2), Tie("p2", "p7", 1, conflict=True)]
    return SupportMap.build("Alex", "Alex — after session 3", people, ties)


def one_person_map() -> SupportMap:
    return SupportMap.build(
        "Alex", "", [person("p1", "Sam", Sector.FAMILY, 1, Safety.SAFE, emotional=(2, 1))]
    )


def random_map(people: int, seed: int = 0) -> SupportMap:
    """A seeded random map with a realistic mix of circles, sectors, safeties and levels."""
    rng = random.Random(seed)
    built = []
    for i in range(people):
        levels = {t: (rng.choice((0, 0, 1, 2, 3)), rng.choice((0, 0, 1, 2, 3))) for t in HELP_TYPES}
        built.append(
            Person(
                f"p{i + 1}",
                f"Person number {i + 1} with a long name" if i % 17 == 0 else f"Person {i + 1}",
                sector=rng.choice(list(Sector)),
                circle=Circle(rng.choice((1, 2, 2, 3, 3, 3, 4))),
                safety=rng.choice(list(Safety)),
                support=Support.of(levels),
            )
        )
    ties = {}
    for _ in range(people * 3):
        a, b = rng.sample(range(1, people + 1), 2) if people > 1 else (0, 0)
        if a != b:
            tie = Tie(f"p{a}", f"p{b}", rng.randint(1, 3))
            ties[tie.key] = tie
    return SupportMap.build("Me", "Random", built, ties.values())


def snapshots_of(support_map: SupportMap) -> list[Snapshot]:
    """Three sessions: crisis support arrives, a draining friend moves out, the map grows."""
    first = support_map.copy()
    edit(first, edits.set_support, "p1", HelpType.CRISIS, receive=0)
    edit(first, edits.update_person, "p5", circle=Circle.COULD_REACH)
    second = support_map.copy()
    edit(second, edits.update_person, "p5", circle=Circle.COULD_REACH)
    start = dt.datetime(2026, 9, 1, 10, tzinfo=dt.UTC)
    return [
        Snapshot("Session 1", start, first),
        Snapshot("Session 2", start + dt.timedelta(days=14), second),
        Snapshot("Session 3", start + dt.timedelta(days=28), support_map.copy()),
    ]

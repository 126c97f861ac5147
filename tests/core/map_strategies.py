"""Hypothesis strategies for support maps and plain graphs, shared by the analysis tests."""

from __future__ import annotations

from hypothesis import strategies as st

from supportmap.core.model import Person, Support, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Safety, Sector

NAMES = ("Sam", "Kim", "Jo", "Alex", "Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus")

levels = st.tuples(st.integers(0, 3), st.integers(0, 3))


@st.composite
def people(draw: st.DrawFn, count: int) -> list[Person]:
    made = []
    for i in range(count):
        support = draw(st.dictionaries(st.sampled_from(HELP_TYPES), levels, max_size=5))
        made.append(
            Person(
                id=f"p{i + 1}",
                name=draw(st.sampled_from(NAMES)),
                sector=draw(st.sampled_from(tuple(Sector))),
                circle=draw(st.sampled_from(tuple(Circle))),
                safety=draw(st.sampled_from(tuple(Safety))),
                support=Support.of(support),
                barriers=frozenset(draw(st.sets(st.sampled_from(tuple(Barrier)), max_size=3))),
            )
        )
    return made


@st.composite
def edges(draw: st.DrawFn, nodes: int) -> set[tuple[int, int]]:
    """A random edge set on ``nodes`` nodes: anything from empty to complete."""
    pairs = [(a, b) for a in range(nodes) for b in range(a + 1, nodes)]
    if not pairs:
        return set()
    shape = draw(st.sampled_from(("random", "empty", "complete", "sparse")))
    if shape == "empty":
        return set()
    if shape == "complete":
        return set(pairs)
    chance = draw(st.floats(0.0, 1.0)) if shape == "random" else 0.08
    rng = draw(st.randoms(use_true_random=False))
    return {pair for pair in pairs if rng.random() < chance}


@st.composite
def support_maps(draw: st.DrawFn, max_people: int = 14) -> SupportMap:
    members = draw(people(draw(st.integers(0, max_people))))
    ties = [
        Tie(members[a].id, members[b].id, draw(st.integers(1, 3)))
        for a, b in sorted(draw(edges(len(members))))
    ]
    return SupportMap.build("Me", "", members, ties)

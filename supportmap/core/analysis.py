"""The analysis of a map, exactly as DESIGN.md §4 defines it.

`analyze` reads the map once: it sums support levels per person, builds the structure graph H
of the current people as adjacency lists, searches it once (`supportmap.core.structure`) and
computes Burt's measures of the focus on G with our own code (`supportmap.core.burt`). The
what-if (`supportmap.core.whatif`) reuses that search, so analysing a map and everyone's
absence stays within one frame for everyday maps.

Choices where DESIGN.md is silent:

* ``share`` is taken over all current people, professionals included (the definition says
  "current people" and only balance leaves professionals out), and so is ``concentration``.
* ``isolates`` and ``articulation_points`` are listed in map order.
* ``diversity`` of a single current person is 0 (one sector, nothing to vary), as the formula
  gives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from supportmap.core.burt import focus_measures
from supportmap.core.findings import (
    Figures,
    Finding,
    FindingCode,
    People,
    Severity,
    derive_findings,
)
from supportmap.core.model import Person
from supportmap.core.rules import balance_of, counts_in_balance, is_safe_provider
from supportmap.core.structure import CutOff, StructureGraph, analyse_structure
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Sector

__all__ = [
    "Analysis",
    "Ego",
    "Finding",
    "FindingCode",
    "Severity",
    "Structure",
    "analyze",
]

_SECTOR_COUNT = len(Sector)


@dataclass(frozen=True)
class Structure:
    """Figures of the structure graph H (current people and their ties)."""

    density: float
    components: int
    isolates: tuple[str, ...]
    articulation_points: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "density": self.density,
            "components": self.components,
            "isolates": list(self.isolates),
            "articulation_points": list(self.articulation_points),
        }


@dataclass(frozen=True)
class Ego:
    """Burt's measures of the focus person on G; all None when there are no current people."""

    effective_size: float | None
    efficiency: float | None
    constraint: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "effective_size": self.effective_size,
            "efficiency": self.efficiency,
            "constraint": self.constraint,
        }


@dataclass(frozen=True)
class Analysis:
    """Everything DESIGN.md §4 reports about one map.

    Attributes:
        coverage: number of safe providers per help type (all five types).
        resilience: the smallest coverage.
        balance: (received − given) / (received + given) for current non-professional people,
            None where both are 0.
        received / given: Σ levels for every person on the map, circle 4 included.
        effective_supporters: 1 / Σ share² over current people; 0 when nothing is received.
        structure / ego / diversity: see DESIGN.md §4.
        findings: in the order of DESIGN.md §4 (`supportmap.core.findings.sort_key`); "the
            largest component" of H, among equally large ones, is the one holding the person
            who comes first in the map's order.
    """

    coverage: Mapping[HelpType, int]
    resilience: int
    balance: Mapping[str, float | None]
    received: Mapping[str, int]
    given: Mapping[str, int]
    effective_supporters: float
    structure: Structure
    ego: Ego
    diversity: float
    findings: tuple[Finding, ...]
    graph: _Graph = field(repr=False, compare=False, kw_only=True)
    """Internal: the searched structure graph, reused by the what-if of the same map."""

    def to_json(self) -> dict[str, Any]:
        """The keys of DESIGN.md §7, in that order, with plain JSON values."""
        return {
            "coverage": {t.value: self.coverage[t] for t in HELP_TYPES},
            "resilience": self.resilience,
            "balance": dict(self.balance),
            "effective_supporters": self.effective_supporters,
            "structure": self.structure.to_json(),
            "ego": self.ego.to_json(),
            "diversity": self.diversity,
            "findings": [f.to_json() for f in self.findings],
        }


@dataclass(frozen=True)
class _Graph:
    """What the what-if reuses: current people in map order, H searched once, providers
    marked safe and not."""

    current: tuple[Person, ...]
    structure: StructureGraph
    safe_providers: Mapping[HelpType, tuple[Person, ...]]
    other_providers: Mapping[HelpType, tuple[Person, ...]]


def sector_diversity(sector_counts: Mapping[Sector, int], current: int) -> float:
    """The IQV of the current people's sectors; counts in order of first appearance."""
    if not current:
        return 0.0
    squares = sum((c / current) ** 2 for c in sector_counts.values())
    return (1.0 - squares) / (1.0 - 1.0 / _SECTOR_COUNT)


def analyze(support_map: SupportMap) -> Analysis:
    """Analyse a map of any size, including an empty one. Does not change the map."""
    people = tuple(support_map.people.values())
    current = tuple(p for p in people if p.is_current)
    received = {p.id: p.support.received for p in people}
    given = {p.id: p.support.given for p in people}

    safe: dict[HelpType, list[Person]] = {t: [] for t in HELP_TYPES}
    other: dict[HelpType, list[Person]] = {t: [] for t in HELP_TYPES}
    sector_counts: dict[Sector, int] = {}
    for person in current:
        for help_type in HELP_TYPES:
            if person.support.receive(help_type):
                providers = safe if is_safe_provider(person, help_type) else other
                providers[help_type].append(person)
        sector_counts[person.sector] = sector_counts.get(person.sector, 0) + 1
    coverage = {t: len(safe[t]) for t in HELP_TYPES}

    balance = {p.id: balance_of(p) for p in current if counts_in_balance(p)}

    total = sum(received[p.id] for p in current)
    squares = sum((received[p.id] / total) ** 2 for p in current) if total else 0.0
    effective_supporters = 1.0 / squares if total else 0.0

    index = {p.id: i for i, p in enumerate(current)}
    adjacency: list[list[int]] = [[] for _ in current]
    for a, b in support_map.ties:
        ia, ib = index.get(a), index.get(b)
        if ia is not None and ib is not None:
            adjacency[ia].append(ib)
            adjacency[ib].append(ia)
    graph = analyse_structure(adjacency)
    n = len(current)
    ties = graph.edge_count
    ids = [p.id for p in current]
    structure = Structure(
        density=2 * ties / (n * (n - 1)) if n >= 2 else 0.0,
        components=graph.components,
        isolates=tuple(ids[i] for i in range(n) if not adjacency[i]),
        articulation_points=tuple(ids[i] for i in graph.articulation_points),
    )
    burt = focus_measures(dict(enumerate(adjacency)))
    ego = Ego(burt.effective_size, burt.efficiency, burt.constraint)
    diversity = sector_diversity(sector_counts, n)

    largest = graph.largest_component()
    outside = tuple(ids[i] for i in range(n) if graph.component_of[i] != largest) if n else ()
    figures = Figures(
        people=People.of(people, received, given),
        safe_providers=safe,
        other_providers=other,
        received=received,
        given=given,
        articulation_points=structure.articulation_points,
        cut_off={ids[i]: CutOff(graph, i, ids) for i in graph.articulation_points},
        outside_largest=outside,
        components=graph.components,
        current_ties=ties,
        diversity=diversity,
    )
    return Analysis(
        coverage=coverage,
        resilience=min(coverage.values()),
        balance=balance,
        received=received,
        given=given,
        effective_supporters=effective_supporters,
        structure=structure,
        ego=ego,
        diversity=diversity,
        findings=derive_findings(figures),
        graph=_Graph(
            current,
            graph,
            {t: tuple(safe[t]) for t in HELP_TYPES},
            {t: tuple(other[t]) for t in HELP_TYPES},
        ),
    )

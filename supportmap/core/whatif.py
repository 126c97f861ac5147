"""What if a person became unavailable? Computed for every current person at once.

Nothing is re-analysed per person. Coverage after someone's absence is their coverage minus
the help types they safely provide; the structure graph was searched once by `analyze`, and that
search already knows, for every person, which pieces their group would fall into without them
(see `supportmap.core.structure`). Only `findings_without`, asked for one person on demand,
analyses the smaller map in full.

Circle-4 people are not part of the current network, so their absence changes nothing here and
they get no what-if.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from supportmap.core.analysis import Analysis, analyze, sector_diversity
from supportmap.core.findings import (
    PERSONAL,
    Figures,
    Finding,
    People,
    derive_findings,
    sort_key,
)
from supportmap.core.model import Person
from supportmap.core.structure import CutOff, analyse_structure
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Sector

VITAL_WEIGHT = 2.0
"""Weight in `WhatIf.cost` of emotional and crisis help, whose gaps are alerts in DESIGN §4."""


@dataclass(frozen=True)
class WhatIf:
    """The difference one person's absence would make to the current network.

    Attributes:
        person_id: who is imagined away.
        lost_help_types: help types for which they are the last safe provider, in DESIGN order.
        coverage_before / coverage_after: safe providers per help type with and without them.
        components_before / components_after: components of H with and without them.
        splits: whether H would fall into more components than before.
        cut_off: people of their group outside the largest remaining piece (map order); among
            equally large pieces the one with the person added first counts as largest. Empty
            when nothing splits.
        cost: how much their absence would take away, for ranking (see `cost_of`).
    """

    person_id: str
    lost_help_types: tuple[HelpType, ...]
    coverage_before: Mapping[HelpType, int]
    coverage_after: Mapping[HelpType, int]
    components_before: int
    components_after: int
    splits: bool
    cut_off: tuple[str, ...]
    cost: float

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "lost_help_types": [t.value for t in self.lost_help_types],
            "coverage_before": {t.value: self.coverage_before[t] for t in HELP_TYPES},
            "coverage_after": {t.value: self.coverage_after[t] for t in HELP_TYPES},
            "components_before": self.components_before,
            "components_after": self.components_after,
            "splits": self.splits,
            "cut_off": list(self.cut_off),
            "cost": self.cost,
        }


def cost_of(
    provides: tuple[HelpType, ...],
    coverage_before: Mapping[HelpType, int],
    cut_off: int,
    current: int,
) -> float:
    """The ranking cost of one person's absence.

    ``cost = Σ_T w(T) / coverage_before(T) + cut_off / (current − 1)``, the sum running over the
    help types the person safely provides, with ``w`` = 2 for emotional and crisis help and 1
    otherwise. Being the last safe source of a type counts in full, one of two counts half, and
    so on; the second term is the share of the other current people who would be cut off from
    the largest remaining group.
    """
    help_part = sum(
        (VITAL_WEIGHT if t in (HelpType.EMOTIONAL, HelpType.CRISIS) else 1.0) / coverage_before[t]
        for t in provides
    )
    return help_part + (cut_off / (current - 1) if current > 1 else 0.0)


def what_if_all(support_map: SupportMap, analysis: Analysis | None = None) -> dict[str, WhatIf]:
    """The what-if of every current person, keyed by id in map order.

    Args:
        support_map: the map.
        analysis: ``analyze(support_map)`` if the caller already has it (it must be of this very
            map, unchanged since); analysed here otherwise.
    """
    analysis = analysis if analysis is not None else analyze(support_map)
    graph = analysis.graph
    before = MappingProxyType(dict(analysis.coverage))
    ids = [p.id for p in graph.current]
    provided: dict[str, list[HelpType]] = {}
    for help_type in HELP_TYPES:
        for person in graph.safe_providers[help_type]:
            provided.setdefault(person.id, []).append(help_type)
    components = graph.structure.components
    results: dict[str, WhatIf] = {}
    for node, person_id in enumerate(ids):
        provides = tuple(provided.get(person_id, ()))
        after = dict(before)
        for help_type in provides:
            after[help_type] -= 1
        pieces = graph.structure.piece_count_without(node)
        components_after = components - 1 + pieces
        cut_off = (
            tuple(map(ids.__getitem__, graph.structure.cut_off_without(node)))
            if pieces >= 2
            else ()
        )
        results[person_id] = WhatIf(
            person_id=person_id,
            lost_help_types=tuple(t for t in provides if after[t] == 0),
            coverage_before=before,
            coverage_after=MappingProxyType(after),
            components_before=components,
            components_after=components_after,
            splits=components_after > components,
            cut_off=cut_off,
            cost=cost_of(provides, before, len(cut_off), len(ids)),
        )
    return results


def findings_without(support_map: SupportMap, person_id: str) -> tuple[Finding, ...]:
    """The findings of the map as if ``person_id`` were not on it (the map itself is untouched).

    Raises:
        ValidationError: if there is no such person.
    """
    support_map.person(person_id)
    without = SupportMap.build(
        support_map.focus_name,
        support_map.title,
        (p for p in support_map.people.values() if p.id != person_id),
        (t for t in support_map.ties.values() if person_id not in (t.a, t.b)),
    )
    return analyze(without).findings


def findings_without_each(
    support_map: SupportMap, analysis: Analysis | None = None
) -> dict[str, tuple[Finding, ...]]:
    """`findings_without` of every current person (the what-ifs' keys), sharing the work.

    Equal to calling `findings_without` per person, which builds and analyses a whole map each
    time. Here the map's figures are adjusted for each absence instead: the people lists lose
    one person, the structure graph is searched once more without them, and the findings that
    read one person alone (`PERSONAL`) are taken over from the whole map's.

    Args:
        support_map: the map.
        analysis: ``analyze(support_map)`` if the caller already has it (of this very map).
    """
    analysis = analysis if analysis is not None else analyze(support_map)
    shared = _SharedFigures(support_map, analysis)
    return {person.id: shared.findings_without(person) for person in analysis.graph.current}


class _SharedFigures:
    """What every absence shares: the whole map's figures, its search and its findings."""

    def __init__(self, support_map: SupportMap, analysis: Analysis) -> None:
        self.analysis = analysis
        graph = analysis.graph
        self.current = graph.current
        self.ids = [p.id for p in self.current]
        self.node_of = {person_id: i for i, person_id in enumerate(self.ids)}
        self.people = People.of(
            tuple(support_map.people.values()), analysis.received, analysis.given
        )
        self.sort_key = sort_key(self.people.order)
        self.personal = [(self.sort_key(f), f) for f in analysis.findings if f.code in PERSONAL]
        self.safe = graph.safe_providers
        self.other = graph.other_providers
        self.ties = graph.structure.edge_count

    def findings_without(self, absent: Person) -> tuple[Finding, ...]:
        ids, structure = self.ids, self.analysis.graph.structure
        received, given = self.analysis.received, self.analysis.given
        node = self.node_of.get(absent.id)
        if node is not None:
            structure = analyse_structure(structure.adjacency, removed=node)
        sectors: dict[Sector, int] = {}
        for person in self.current:
            if person is not absent:
                sectors[person.sector] = sectors.get(person.sector, 0) + 1
        remaining = len(self.current) - (node is not None)
        largest = structure.largest_component()
        figures = Figures(
            people=self.people.without(absent, received, given),
            safe_providers=_without(self.safe, absent),
            other_providers=_without(self.other, absent),
            received=received,
            given=given,
            articulation_points=tuple(ids[i] for i in structure.articulation_points),
            cut_off={ids[i]: CutOff(structure, i, ids) for i in structure.articulation_points},
            outside_largest=tuple(
                ids[i]
                for i in range(len(ids))
                if i != node and structure.component_of[i] != largest
            )
            if remaining
            else (),
            components=structure.components,
            current_ties=self.ties - (len(structure.adjacency[node]) if node is not None else 0),
            diversity=sector_diversity(sectors, remaining),
        )
        shared = [(self.sort_key(f), f) for f in derive_findings(figures, personal=False)]
        own = [pair for pair in self.personal if absent.id not in pair[1].people]
        return tuple(f for _, f in heapq.merge(own, shared, key=itemgetter(0)))


def _without(
    providers: Mapping[HelpType, Sequence[Person]], absent: Person
) -> dict[HelpType, Sequence[Person]]:
    # Identity, not equality: comparing people field by field would cost more than the rest.
    return {
        help_type: tuple(p for p in those if p is not absent)
        if any(p is absent for p in those)
        else those
        for help_type, those in providers.items()
    }


def ranking(what_ifs: Mapping[str, WhatIf]) -> list[WhatIf]:
    """The what-ifs, most costly absence first; equal costs keep the given (map) order."""
    return sorted(what_ifs.values(), key=lambda w: -w.cost)

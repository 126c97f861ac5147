"""The figures of DESIGN.md §4: coverage, balance, share, structure, ego, diversity."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from hypothesis import given, settings

from supportmap.core.analysis import analyze
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Safety, Sector
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person

P = make_person


def test_empty_map_has_defined_figures_and_json_keys() -> None:
    analysis = analyze(SupportMap("Alex"))
    assert dict(analysis.coverage) == dict.fromkeys(HELP_TYPES, 0)
    assert analysis.resilience == 0
    assert analysis.balance == {}
    assert analysis.effective_supporters == 0.0
    assert analysis.structure.density == 0.0
    assert analysis.structure.components == 0
    assert analysis.structure.isolates == ()
    assert analysis.ego.effective_size is None
    assert analysis.ego.efficiency is None
    assert analysis.ego.constraint is None
    assert analysis.diversity == 0.0
    data = json.loads(json.dumps(analysis.to_json()))
    assert list(data) == [
        "coverage",
        "resilience",
        "balance",
        "effective_supporters",
        "structure",
        "ego",
        "diversity",
        "findings",
    ]
    assert list(data["coverage"]) == [t.value for t in HELP_TYPES]
    assert list(data["structure"]) == ["density", "components", "isolates", "articulation_points"]
    assert data["ego"] == {"effective_size": None, "efficiency": None, "constraint": None}


def test_coverage_counts_only_current_safe_providers() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (1, 0), "crisis": (3, 0)}),
            P("b", support={"emotional": (2, 0)}, circle=3),
            P("c", support={"emotional": (3, 0)}, safety=Safety.STRINGS),
            P("d", support={"emotional": (3, 0), "practical": (3, 0)}, circle=4),
            P("e", support={"practical": (0, 3)}),
        ]
    )
    analysis = analyze(support_map)
    assert analysis.coverage[HelpType.EMOTIONAL] == 2
    assert analysis.coverage[HelpType.CRISIS] == 1
    assert analysis.coverage[HelpType.PRACTICAL] == 0
    assert analysis.resilience == 0


def test_received_and_given_cover_everyone_balance_only_current_non_professionals() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (3, 1), "practical": (0, 2)}),
            P("gp", sector=Sector.PROFESSIONAL, support={"informational": (3, 0)}),
            P("far", circle=4, support={"companionship": (1, 2)}),
            P("quiet", circle=2),
        ]
    )
    analysis = analyze(support_map)
    assert analysis.received == {"a": 3, "gp": 3, "far": 1, "quiet": 0}
    assert analysis.given == {"a": 3, "gp": 0, "far": 2, "quiet": 0}
    assert analysis.balance == {"a": 0.0, "quiet": None}


def test_effective_supporters_counts_professionals_and_ignores_circle_four() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (3, 0)}),
            P("gp", sector=Sector.PROFESSIONAL, support={"informational": (1, 0)}),
            P("far", circle=4, support={"emotional": (3, 0)}),
        ]
    )
    # shares 3/4 and 1/4: 1 / (9/16 + 1/16) = 1.6
    assert analyze(support_map).effective_supporters == pytest.approx(1.6)


def test_structure_of_a_path_and_an_isolate_ignores_circle_four_ties() -> None:
    support_map = make_map(
        [P("a"), P("b"), P("c"), P("d"), P("far", circle=4)],
        ties=(("a", "b"), ("b", "c"), ("far", "a"), ("far", "d")),
    )
    structure = analyze(support_map).structure
    assert structure.density == pytest.approx(2 / 6)
    assert structure.components == 2
    assert structure.isolates == ("d",)
    assert structure.articulation_points == ("b",)


def test_diversity_is_iqv_of_current_sectors() -> None:
    one = make_map([P("a")])
    assert analyze(one).diversity == 0.0
    two = make_map([P("a", sector=Sector.FAMILY), P("b"), P("c", circle=4, sector=Sector.WORK)])
    assert analyze(two).diversity == pytest.approx((1 - 0.5) / (1 - 1 / 7))


def _structure_graph(support_map: SupportMap) -> nx.Graph:
    graph = nx.Graph()
    current = [p.id for p in support_map.current_people()]
    graph.add_nodes_from(current)
    graph.add_edges_from(k for k in support_map.ties if set(k) <= set(current))
    return graph


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(support_maps())
def test_structure_and_ego_agree_with_networkx(support_map: SupportMap) -> None:
    analysis = analyze(support_map)
    graph = _structure_graph(support_map)
    order = list(graph)
    assert analysis.structure.density == pytest.approx(nx.density(graph) if len(graph) else 0.0)
    assert analysis.structure.components == nx.number_connected_components(graph)
    assert analysis.structure.isolates == tuple(v for v in order if graph.degree(v) == 0)
    points = set(nx.articulation_points(graph))
    assert analysis.structure.articulation_points == tuple(v for v in order if v in points)
    if not order:
        assert analysis.ego.constraint is None
        return
    graph.add_edges_from(("focus", v) for v in order)
    size = nx.effective_size(graph, nodes=["focus"])["focus"]
    assert analysis.ego.effective_size == pytest.approx(size, abs=1e-9, rel=0)
    assert analysis.ego.efficiency == pytest.approx(size / len(order), abs=1e-9, rel=0)
    constraint = nx.constraint(graph, nodes=["focus"])["focus"]
    assert analysis.ego.constraint == pytest.approx(constraint, abs=1e-9, rel=0)
    json.dumps(analysis.to_json(), allow_nan=False)


def test_analysis_leaves_the_map_unchanged() -> None:
    support_map = make_map([P("a", support={"emotional": (2, 1)}), P("b")], ties=(("a", "b"),))
    before = support_map.copy()
    analyze(support_map)
    assert support_map == before

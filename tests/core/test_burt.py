"""Burt's measures by our own code agree with networkx's on every kind of graph."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportmap.core.burt import ego_measures, focus_measures
from tests.core.map_strategies import edges

FOCUS = "focus"


def _networkx(graph: nx.Graph, node: object) -> tuple[float, float]:
    return (
        nx.effective_size(graph, nodes=[node])[node],
        nx.constraint(graph, nodes=[node])[node],
    )


def _ego_graph(nodes: int, ties: set[tuple[int, int]]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    graph.add_edges_from(ties)
    graph.add_node(FOCUS)
    graph.add_edges_from((FOCUS, v) for v in range(nodes))
    return graph


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.integers(0, 60).flatmap(lambda n: st.tuples(st.just(n), edges(n))))
def test_focus_measures_equal_networkx(graph_spec: tuple[int, set[tuple[int, int]]]) -> None:
    nodes, ties = graph_spec
    graph = _ego_graph(nodes, ties)
    structure = {v: set(graph[v]) - {FOCUS} for v in range(nodes)}
    ours = focus_measures(structure)
    general = ego_measures({v: set(graph[v]) for v in graph}, FOCUS)
    if nodes == 0:
        assert ours.effective_size is ours.efficiency is ours.constraint is None
        assert general == ours
        return
    size, constraint = _networkx(graph, FOCUS)
    for measures in (ours, general):
        assert measures.effective_size is not None and measures.efficiency is not None
        assert measures.constraint is not None
        assert measures.effective_size == pytest.approx(size, abs=1e-9, rel=0)
        assert measures.efficiency == pytest.approx(size / nodes, abs=1e-9, rel=0)
        assert measures.constraint == pytest.approx(constraint, abs=1e-9, rel=0)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), edges(n), st.integers(0, n - 1))))
def test_any_node_of_any_graph_equals_networkx(
    graph_spec: tuple[int, set[tuple[int, int]], int],
) -> None:
    nodes, ties, node = graph_spec
    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    graph.add_edges_from(ties)
    ours = ego_measures({v: set(graph[v]) for v in graph}, node)
    if graph.degree(node) == 0:
        assert (ours.effective_size, ours.efficiency, ours.constraint) == (None, None, None)
        assert math.isnan(nx.constraint(graph, nodes=[node])[node])
        return
    size, constraint = _networkx(graph, node)
    assert ours.effective_size == pytest.approx(size, abs=1e-9, rel=0)
    assert ours.constraint == pytest.approx(constraint, abs=1e-9, rel=0)


def test_star_without_ties_is_fully_efficient_and_least_constrained() -> None:
    ours = focus_measures({v: set() for v in range(4)})
    assert ours.effective_size == 4.0
    assert ours.efficiency == 1.0
    assert ours.constraint == pytest.approx(4 * (1 / 4) ** 2)


def test_complete_ego_graph_by_hand() -> None:
    # Three people who all know each other: t = 3 ties among n = 3 neighbours.
    ours = focus_measures({0: {1, 2}, 1: {0, 2}, 2: {0, 1}})
    assert ours.effective_size == pytest.approx(3 - 2 * 3 / 3)
    # Each neighbour j: (1/3 + 2 × (1/3) × (1/3))² = (5/9)²
    assert ours.constraint == pytest.approx(3 * (5 / 9) ** 2)

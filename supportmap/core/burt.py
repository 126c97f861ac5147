"""Burt's structural-hole measures of one node: effective size, efficiency and constraint.

The map reports these for the focus person, who is tied to everyone in the current network.
networkx computes the same figures, but its constraint re-normalises every tie weight on every
use and takes seconds for a focus with 150 neighbours; here each figure is one pass over the
ego's neighbourhood. The formulas are those of networkx for an undirected, unweighted graph
without self-loops, so the results agree with `networkx.effective_size` and
`networkx.constraint` to floating-point rounding:

* every tie has mutual weight 2, so the normalised weight ``p(u, v)`` is ``1 / degree(u)`` for a
  neighbour ``v`` of ``u`` and 0 otherwise;
* effective size = ``n - 2t / n`` (Borgatti's form), where ``n`` is the ego's degree and ``t`` the
  number of ties among its neighbours;
* efficiency = effective size / ``n``;
* constraint = Σ over neighbours ``j`` of ``(p(ego, j) + Σ_q p(ego, q) p(q, j))²``, ``q`` running
  over the ego's neighbours that are tied to ``j``.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BurtMeasures:
    """Burt's measures of one node; all None when the node has no ties (undefined there)."""

    effective_size: float | None
    efficiency: float | None
    constraint: float | None


def ego_measures(
    neighbours: Mapping[Hashable, Collection[Hashable]], ego: Hashable
) -> BurtMeasures:
    """Burt's measures of ``ego`` on an undirected, unweighted simple graph.

    Args:
        neighbours: adjacency of the whole graph, symmetric (``v in neighbours[u]`` exactly when
            ``u in neighbours[v]``), without self-loops. Only the ego's neighbourhood and their
            degrees are read, so the cost is Σ degree over the ego's neighbours.
        ego: the node to measure.

    Returns:
        The three measures, or three Nones for a node without ties, where networkx gives NaN.
    """
    around = neighbours[ego]
    n = len(around)
    if n == 0:
        return BurtMeasures(None, None, None)
    around_set = around if isinstance(around, set | frozenset) else set(around)
    inverse_degree = {q: 1.0 / len(neighbours[q]) for q in around_set}
    direct = 1.0 / n
    ties_among_twice = 0
    constraint = 0.0
    for j in around_set:
        indirect = 0.0
        for q in neighbours[j]:
            if q in around_set:
                ties_among_twice += 1
                indirect += inverse_degree[q]
        local = direct + direct * indirect
        constraint += local * local
    effective_size = n - ties_among_twice / n
    return BurtMeasures(effective_size, effective_size / n, constraint)


def focus_measures(structure: Mapping[Hashable, Collection[Hashable]]) -> BurtMeasures:
    """Burt's measures of a focus node tied to every node of ``structure`` (the ego graph G).

    Equal to `ego_measures` on ``structure`` plus such a focus node, without building that graph:
    every neighbour's degree in G is its degree in ``structure`` plus one.

    Args:
        structure: symmetric adjacency of the structure graph H, without self-loops.
    """
    n = len(structure)
    if n == 0:
        return BurtMeasures(None, None, None)
    inverse_degree = {q: 1.0 / (len(around) + 1) for q, around in structure.items()}
    direct = 1.0 / n
    ties_twice = 0
    constraint = 0.0
    for around in structure.values():
        ties_twice += len(around)
        indirect = 0.0
        for q in around:
            indirect += inverse_degree[q]
        local = direct + direct * indirect
        constraint += local * local
    effective_size = n - ties_twice / n
    return BurtMeasures(effective_size, effective_size / n, constraint)

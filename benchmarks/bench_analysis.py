"""How long the full analysis of a map takes, beside networkx's Burt measures alone.

Run from the repository root::

    python benchmarks/bench_analysis.py

For each map size it prints the median time of ``analyze`` + ``what_if_all`` (the budget is one
frame at 60 Hz for 150 people and 1,000 ties, 250 ms for 1,000 people and 8,000 ties), and the
time networkx needs for ``effective_size`` + ``constraint`` of the focus alone on the same ego
graph G, in the same run, with the ratio. networkx's constraint grows roughly with the cube of
the focus's degree; on the large map it is timed for a sample of the focus's neighbours and
scaled up (marked "estimated") unless ``--full-networkx`` is given.

Last, it times the analysis of a chain of 2,500 and of 10,000 people, where everyone inside the
chain cuts off one end of it. Work that grows with the number of people gives a ratio of 4 (a
little more in practice: the garbage collector and the processor's caches cost more on larger
maps); work that grows with its square would give 16.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map

from supportmap.core.analysis import analyze
from supportmap.core.model import Person, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.whatif import what_if_all

FOCUS = "__focus__"
SIZES = ((150, 1000, 16.0, 51), (1000, 8000, 250.0, 15))
SAMPLE = 25


def median_ms(run: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def ego_graph(support_map: SupportMap) -> nx.Graph:
    """G of DESIGN §4: current people, their ties, and the focus tied to everyone."""
    graph = nx.Graph()
    current = [p.id for p in support_map.current_people()]
    graph.add_nodes_from(current)
    keep = set(current)
    graph.add_edges_from(k for k in support_map.ties if k[0] in keep and k[1] in keep)
    graph.add_edges_from((FOCUS, p) for p in current)
    return graph


def networkx_ms(graph: nx.Graph, full: bool) -> tuple[float, bool, float, float]:
    """Milliseconds for networkx's measures of the focus; whether estimated; the two values."""
    start = time.perf_counter()
    size = nx.effective_size(graph, nodes=[FOCUS])[FOCUS]
    neighbours = list(graph[FOCUS])
    if full or len(neighbours) <= SAMPLE * 8:
        value = nx.constraint(graph, nodes=[FOCUS])[FOCUS]
        return (time.perf_counter() - start) * 1000, False, size, value
    effective_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    for other in neighbours[:SAMPLE]:
        nx.local_constraint(graph, FOCUS, other)
    sample_ms = (time.perf_counter() - start) * 1000
    return effective_ms + sample_ms * len(neighbours) / SAMPLE, True, size, float("nan")


def chain_ms(length: int) -> float:
    """The best of three analyses of ``length`` people in a line."""
    people = [Person(id=f"p{i}", name=f"P{i}") for i in range(length)]
    ties = [Tie(f"p{i}", f"p{i + 1}") for i in range(length - 1)]
    support_map = SupportMap.build("Me", "", people, ties)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        analyze(support_map)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-networkx", action="store_true", help="time networkx in full")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, networkx {nx.__version__}")
    for people, ties, budget, repeat in SIZES:
        support_map = random_map(people, ties, args.seed)
        analysis = analyze(support_map)
        ours = median_ms(lambda m=support_map: what_if_all(m, analyze(m)), repeat)
        theirs, estimated, size, value = networkx_ms(ego_graph(support_map), args.full_networkx)
        verdict = "within" if ours <= budget else "OVER"
        print(
            f"\n{people} people / {ties} ties "
            f"({sum(1 for _ in support_map.current_people())} current):"
        )
        print(
            f"  analyze + what_if_all  median {ours:8.2f} ms  (budget {budget:.0f} ms: "
            f"{verdict}; {repeat} runs; {len(analysis.findings)} findings)"
        )
        label = "estimated" if estimated else "measured "
        print(f"  networkx Burt measures {label} {theirs:8.0f} ms  (focus only, one run)")
        print(f"  ratio networkx / full analysis: {theirs / ours:,.0f}x")
        ego = analysis.ego
        assert ego.effective_size is not None and ego.constraint is not None
        print(f"  effective size: ours {ego.effective_size:.12f}, networkx {size:.12f}")
        if not estimated:
            print(f"  constraint:     ours {ego.constraint:.12f}, networkx {value:.12f}")
    short, long = chain_ms(2_500), chain_ms(10_000)
    print(f"\nchain of 2,500 people {short:8.1f} ms, of 10,000 {long:8.1f} ms")
    print(f"  ratio: {long / short:.1f} (4 when linear, 16 when quadratic)")


if __name__ == "__main__":
    main()

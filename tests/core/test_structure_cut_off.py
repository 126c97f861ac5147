"""Who a person's absence cuts off: the lazy lists the findings read agree with a brute force,
and a long chain of people is analysed in work that grows with its length, not its square."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator, Sized
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportmap.core.analysis import analyze
from supportmap.core.model import Person, Tie
from supportmap.core.structure import CutOff, StructureGraph, analyse_structure
from supportmap.core.supportmap import SupportMap


@st.composite
def graphs(draw: st.DrawFn) -> list[list[int]]:
    n = draw(st.integers(1, 14))
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in draw(st.permutations(chosen)):
        adjacency[a].append(b)
        adjacency[b].append(a)
    return adjacency


def pieces_by_search(adjacency: list[list[int]], removed: int) -> list[list[int]]:
    seen = {removed}
    component = {removed}
    frontier = [removed]
    while frontier:
        node = frontier.pop()
        for other in adjacency[node]:
            if other not in component:
                component.add(other)
                frontier.append(other)
    pieces = []
    for start in sorted(component - {removed}):
        if start in seen:
            continue
        piece, frontier = [start], [start]
        seen.add(start)
        while frontier:
            for other in adjacency[frontier.pop()]:
                if other not in seen:
                    seen.add(other)
                    piece.append(other)
                    frontier.append(other)
        pieces.append(sorted(piece))
    return pieces


@given(graphs())
def test_cut_off_lists_agree_with_a_search_of_the_graph_without_each_person(
    adjacency: list[list[int]],
) -> None:
    graph = analyse_structure(adjacency)
    labels = [f"P{i}" for i in range(len(adjacency))]
    for node in range(len(adjacency)):
        pieces = pieces_by_search(adjacency, node)
        assert sorted(graph.pieces_without(node)) == pieces
        assert graph.piece_count_without(node) == len(pieces)
        if len(pieces) < 2:
            expected: list[int] = []
        else:
            largest = max(pieces, key=lambda piece: (len(piece), -piece[0]))
            expected = sorted(m for piece in pieces if piece is not largest for m in piece)
        assert graph.cut_off_without(node) == expected
        cut_off = CutOff(graph, node, labels)
        named = [labels[m] for m in expected]
        assert list(cut_off) == named
        assert len(cut_off) == len(named)
        for count in range(4):
            assert cut_off[:count] == named[:count]
        if named:
            assert cut_off[0] == named[0]
            assert cut_off[-1] == named[-1]


def chain(length: int) -> SupportMap:
    """The focus and ``length`` people in a line: everyone inside it cuts off one end."""
    people = [Person(id=f"p{i}", name=f"P{i}") for i in range(length)]
    ties = [Tie(f"p{i}", f"p{i + 1}") for i in range(length - 1)]
    return SupportMap.build("Me", "", people, ties)


def chain_analysis_work(length: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How many names of cut-off people the analysis of a chain makes, and the peak of memory
    it holds meanwhile.

    Both are counts, not clock readings, so they do not depend on how loaded the machine is.
    Every name made passes through `CutOff` or the graph's own lists, which are counted here.
    """
    support_map = chain(length)
    made = 0

    def count(found: Sized) -> None:
        nonlocal made
        made += len(found)

    def counting(method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            found = method(*args)
            count(found if isinstance(found, Sized) else [found])
            return found

        return counted

    iterate = CutOff.__iter__

    def counted_iter(self: CutOff[str]) -> Iterator[str]:
        for name in iterate(self):
            count([name])
            yield name

    with monkeypatch.context() as patched:
        patched.setattr(CutOff, "__iter__", counted_iter)
        patched.setattr(CutOff, "__getitem__", counting(CutOff.__getitem__))
        for name in ("cut_off_without", "pieces_without", "first_in"):
            patched.setattr(StructureGraph, name, counting(getattr(StructureGraph, name)))
        analysis = analyze(support_map)
    tracemalloc.start()
    try:
        analyze(support_map)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    bridges = [f for f in analysis.findings if f.code == "bridge_person"]
    assert len(bridges) == length - 2
    return made, peak


def test_a_long_chain_of_people_is_analysed_in_work_that_grows_with_its_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short_made, short_peak = chain_analysis_work(500, monkeypatch)
    long_made, long_peak = chain_analysis_work(2_000, monkeypatch)
    # Four times the people: every person's cut-off list made in full (or kept) is sixteen
    # times as much. The time itself is measured by benchmarks/bench_analysis.py.
    assert 0 < long_made < 6 * short_made, (short_made, long_made)
    assert long_peak < 6 * short_peak, (short_peak, long_peak)

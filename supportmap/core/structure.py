"""The structure graph H of a map: who among the current people knows whom.

One depth-first search (Tarjan's low-link method, iterative so that long chains of people do
not hit Python's recursion limit) yields everything the analysis and the what-if need at once:
the components, the articulation points, and for every person the pieces their component would
fall into without them. That is what lets the what-if cover every person without searching the
graph again per person.

Nodes are the integers ``0 … n-1`` in map order, so sorting node numbers gives map order.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TypeVar, overload

T = TypeVar("T")
FEW = 16
"""`CutOff` finds up to this many first members without sorting the whole cut-off."""


@dataclass(frozen=True, slots=True)
class StructureGraph:
    """Components and cut structure of an undirected simple graph given as adjacency lists.

    Attributes:
        adjacency: neighbours of each node.
        component_of: the component number of each node.
        component_members: members of each component, in map order.
        articulation_points: nodes whose removal splits their component, in map order.
    """

    adjacency: Sequence[Sequence[int]]
    component_of: tuple[int, ...]
    component_members: tuple[tuple[int, ...], ...]
    articulation_points: tuple[int, ...]
    _preorder: tuple[int, ...]
    _discovered: tuple[int, ...]
    _subtree_size: tuple[int, ...]
    _separated: dict[int, tuple[int, ...]]
    _component_start: tuple[int, ...]
    _minimum_table: list[list[int]] = field(default_factory=list)

    @property
    def node_count(self) -> int:
        return len(self.adjacency)

    @property
    def edge_count(self) -> int:
        return sum(len(around) for around in self.adjacency) // 2

    @property
    def components(self) -> int:
        return len(self.component_members)

    def largest_component(self) -> int | None:
        """The largest component; among equals, the one holding the earliest node in map order."""
        if not self.component_members:
            return None
        return max(
            range(len(self.component_members)),
            key=lambda c: (len(self.component_members[c]), -self.component_members[c][0]),
        )

    def pieces_without(self, node: int) -> list[list[int]]:
        """The components that ``node``'s component falls into when ``node`` is removed.

        Each piece is in map order. An isolated node leaves no piece; a node that is not an
        articulation point leaves one.
        """
        return [self._members(piece) for piece in self._piece_ranges(node)]

    def piece_count_without(self, node: int) -> int:
        """``len(pieces_without(node))``, in time proportional to ``node``'s ties."""
        separated = self._separated.get(node, ())
        size = len(self.component_members[self.component_of[node]])
        rest = size - 1 - sum(self._subtree_size[child] for child in separated)
        return len(separated) + (1 if rest > 0 else 0)

    def cut_off_without(self, node: int) -> list[int]:
        """People of ``node``'s component outside its largest remaining piece, in map order.

        Empty when removing ``node`` does not split anything. Among equally large pieces the
        one holding the earliest node in map order counts as the largest. Every piece is a
        few runs of the search's preorder, so the cost is that of copying and sorting the
        answer.
        """
        preorder = self._preorder
        runs = self.cut_off_runs(node)
        return sorted(chain.from_iterable(preorder[low:high] for low, high in runs))

    def cut_off_runs(self, node: int) -> list[tuple[int, int]]:
        """`cut_off_without` as runs ``[low, high)`` of the preorder, found in time ~ ties."""
        pieces = self._piece_ranges(node)
        if len(pieces) < 2:
            return []
        sizes = [sum(high - low for low, high in piece) for piece in pieces]
        biggest = max(sizes)
        candidates = [i for i, size in enumerate(sizes) if size == biggest]
        largest = (
            candidates[0]
            if len(candidates) == 1
            else min(candidates, key=lambda i: self.first_in(pieces[i], 1)[0])
        )
        return [run for i, piece in enumerate(pieces) if i != largest for run in piece]

    def first_in(self, runs: Sequence[tuple[int, int]], count: int) -> list[int]:
        """The ``count`` earliest nodes in map order within ``runs`` of the preorder.

        Uses a table of range minima built once, so a long run costs no more than a short one.
        """
        table = self._minima()
        found: list[int] = []
        heap = [(self._range_min(table, low, high), low, high) for low, high in runs if low < high]
        heapq.heapify(heap)
        while heap and len(found) < count:
            smallest, low, high = heapq.heappop(heap)
            found.append(smallest)
            at = self._discovered[smallest]
            for part_low, part_high in ((low, at), (at + 1, high)):
                if part_low < part_high:
                    part = (self._range_min(table, part_low, part_high), part_low, part_high)
                    heapq.heappush(heap, part)
        return found

    def _minima(self) -> list[list[int]]:
        if not self._minimum_table:
            level = list(self._preorder)
            self._minimum_table.append(level)
            width = 1
            while 2 * width <= len(self._preorder):
                level = list(map(min, level[:-width], level[width:]))
                self._minimum_table.append(level)
                width *= 2
        return self._minimum_table

    @staticmethod
    def _range_min(table: list[list[int]], low: int, high: int) -> int:
        level = (high - low).bit_length() - 1
        row = table[level]
        return min(row[low], row[high - (1 << level)])

    def components_without(self, node: int) -> int:
        """How many components the graph has once ``node`` is removed."""
        return self.components - 1 + self.piece_count_without(node)

    def _piece_ranges(self, node: int) -> list[list[tuple[int, int]]]:
        """Each remaining piece of ``node``'s component as runs ``[low, high)`` of the preorder.

        A child whose subtree cannot reach above ``node`` is a piece of its own: one run. What
        is left (the part above ``node`` and the children that can reach it) is the last piece.
        """
        discovered, size = self._discovered, self._subtree_size
        separated = self._separated.get(node, ())
        pieces = [[(discovered[c], discovered[c] + size[c])] for c in separated]
        start = self._component_start[self.component_of[node]]
        end = start + len(self.component_members[self.component_of[node]])
        rest: list[tuple[int, int]] = []
        cursor = start
        for low, high in [(discovered[node], discovered[node] + 1), *(p[0] for p in pieces)]:
            if cursor < low:
                rest.append((cursor, low))
            cursor = high
        if cursor < end:
            rest.append((cursor, end))
        if rest:
            pieces.append(rest)
        return pieces

    def _members(self, piece: list[tuple[int, int]]) -> list[int]:
        return sorted(chain.from_iterable(self._preorder[low:high] for low, high in piece))


def analyse_structure(
    adjacency: Sequence[Sequence[int]], removed: int | None = None
) -> StructureGraph:
    """Search the graph once and record components, articulation points and cut pieces.

    Args:
        adjacency: for each node ``0 … n-1`` its neighbours; symmetric, no self-loops, no
            repeated edges.
        removed: a node to treat as absent, with its ties (the graph without one person,
            keeping everyone else's number); nothing may be asked about it afterwards.
    """
    n = len(adjacency)
    discovered = [-1] * n
    if removed is not None:
        # Seen already, and later than anyone can be: never entered, never lowers a low-link.
        discovered[removed] = 2 * n + 1
    low = [0] * n
    parent = [-1] * n
    subtree_size = [1] * n
    component_of = [-1] * n
    preorder: list[int] = []
    separated: dict[int, list[int]] = {}
    components: list[tuple[int, ...]] = []
    component_start: list[int] = []
    for root in range(n):
        if discovered[root] != -1:
            continue
        component = len(components)
        start = len(preorder)
        component_start.append(start)
        discovered[root] = low[root] = start
        preorder.append(root)
        component_of[root] = component
        stack = [(root, iter(adjacency[root]))]
        while stack:
            node, neighbours = stack[-1]
            lowest = low[node]
            for other in neighbours:
                seen = discovered[other]
                if seen == -1:
                    low[node] = lowest
                    parent[other] = node
                    discovered[other] = low[other] = len(preorder)
                    preorder.append(other)
                    component_of[other] = component
                    stack.append((other, iter(adjacency[other])))
                    break
                # The tie back to the parent counts too: it can lower a low-link only to the
                # parent's own number, which the test for a cut (>=) lets through unchanged.
                if seen < lowest:
                    lowest = seen
            else:
                low[node] = lowest
                stack.pop()
                if stack:
                    up = stack[-1][0]
                    subtree_size[up] += subtree_size[node]
                    if low[node] < low[up]:
                        low[up] = low[node]
                    if low[node] >= discovered[up]:
                        separated.setdefault(up, []).append(node)
        components.append(tuple(sorted(preorder[start:])))
    cut_points = sorted(
        node for node, children in separated.items() if parent[node] != -1 or len(children) >= 2
    )
    return StructureGraph(
        adjacency=adjacency,
        component_of=tuple(component_of),
        component_members=tuple(components),
        articulation_points=tuple(cut_points),
        _preorder=tuple(preorder),
        _discovered=tuple(discovered),
        _subtree_size=tuple(subtree_size),
        _separated={node: tuple(children) for node, children in separated.items()},
        _component_start=tuple(component_start),
    )


class CutOff(Sequence[T]):
    """`StructureGraph.cut_off_without` of one node, labelled, worked out only as far as read.

    On a long chain of people the cut-offs of all bridge people together hold a number of
    names that grows with the square of its length, while a sentence names only the first
    few and counts the rest. So the length comes from the pieces' sizes, the first few
    members from a table of minima, and the whole list only when someone iterates it.
    """

    def __init__(self, graph: StructureGraph, node: int, labels: Sequence[T]) -> None:
        self._graph = graph
        self._runs = graph.cut_off_runs(node)
        self._size = sum(high - low for low, high in self._runs)
        self._labels = labels
        self._first: list[int] = []

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[T]:
        preorder = self._graph._preorder
        nodes = sorted(chain.from_iterable(preorder[low:high] for low, high in self._runs))
        return map(self._labels.__getitem__, nodes)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, int) and 0 <= index < FEW:
            return self[: index + 1][index]
        if isinstance(index, slice) and index.start in (None, 0) and index.step in (None, 1):
            stop = self._size if index.stop is None else min(index.stop, self._size)
            if 0 <= stop <= FEW:
                if len(self._first) < stop:
                    self._first = self._graph.first_in(self._runs, stop)
                return [self._labels[node] for node in self._first[:stop]]
        return list(self)[index]


class Relabelled(Sequence[T]):
    """A sequence of keys read through a mapping, as lazily as the sequence itself."""

    def __init__(self, keys: Sequence[str], labels: Mapping[str, T]) -> None:
        self._keys = keys
        self._labels = labels

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[T]:
        return map(self._labels.__getitem__, self._keys)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self._labels[key] for key in self._keys[index]]
        return self._labels[self._keys[index]]

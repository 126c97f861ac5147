"""The structure graph H of a map: who among the current people knows whom.

One depth-first search (Tarjan's low-link method, iterative so that long chains of people do
not hit Python's recursion limit) yields everything the analysis and the what-if need at once:
the components, the articulation points, and for every person the pieces their component would
fall into without them. That is what lets the what-if cover every person without searching the
graph again per person.

Nodes are the integers ``0 … n-1`` in map order, so sorting node numbers gives map order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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
        separated = self._separated.get(node, ())
        pieces = [self._subtree(child) for child in separated]
        members = self.component_members[self.component_of[node]]
        rest = len(members) - 1 - sum(len(piece) for piece in pieces)
        if rest > 0:
            taken = {node}
            for piece in pieces:
                taken.update(piece)
            pieces.append([m for m in members if m not in taken])
        return pieces

    def cut_off_without(self, node: int) -> list[int]:
        """People of ``node``'s component outside its largest remaining piece, in map order.

        Empty when removing ``node`` does not split anything. Among equally large pieces the
        one holding the earliest node in map order counts as the largest.
        """
        pieces = self.pieces_without(node)
        if len(pieces) < 2:
            return []
        largest = max(range(len(pieces)), key=lambda i: (len(pieces[i]), -pieces[i][0]))
        return sorted(m for i, piece in enumerate(pieces) if i != largest for m in piece)

    def components_without(self, node: int) -> int:
        """How many components the graph has once ``node`` is removed."""
        return self.components - 1 + len(self.pieces_without(node))

    def _subtree(self, child: int) -> list[int]:
        start = self._discovered[child]
        return sorted(self._preorder[start : start + self._subtree_size[child]])


def analyse_structure(adjacency: Sequence[Sequence[int]]) -> StructureGraph:
    """Search the graph once and record components, articulation points and cut pieces.

    Args:
        adjacency: for each node ``0 … n-1`` its neighbours; symmetric, no self-loops, no
            repeated edges.
    """
    n = len(adjacency)
    discovered = [-1] * n
    low = [0] * n
    parent = [-1] * n
    subtree_size = [1] * n
    component_of = [-1] * n
    preorder: list[int] = []
    separated: dict[int, list[int]] = {}
    components: list[tuple[int, ...]] = []
    for root in range(n):
        if discovered[root] != -1:
            continue
        component = len(components)
        start = len(preorder)
        discovered[root] = low[root] = start
        preorder.append(root)
        component_of[root] = component
        stack = [(root, iter(adjacency[root]))]
        while stack:
            node, neighbours = stack[-1]
            for other in neighbours:
                if discovered[other] == -1:
                    parent[other] = node
                    discovered[other] = low[other] = len(preorder)
                    preorder.append(other)
                    component_of[other] = component
                    stack.append((other, iter(adjacency[other])))
                    break
                if other != parent[node] and discovered[other] < low[node]:
                    low[node] = discovered[other]
            else:
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
    )

"""What-if for everyone at once agrees with analysing the map without each person."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings

from supportmap.core import edits
from supportmap.core.analysis import analyze
from supportmap.core.model import ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType
from supportmap.core.whatif import findings_without, ranking, what_if_all
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person

P = make_person


def _without(support_map: SupportMap, person_id: str) -> SupportMap:
    smaller = support_map.copy()
    (removal,) = edits.remove_people(smaller, [person_id])
    smaller.apply(removal)
    return smaller


def _expected_cut_off(support_map: SupportMap, person_id: str) -> tuple[str, ...]:
    """By brute force: p's former group, minus the largest piece left without p."""
    order = [p.id for p in support_map.current_people()]
    graph = nx.Graph()
    graph.add_nodes_from(order)
    graph.add_edges_from(k for k in support_map.ties if set(k) <= set(order))
    group = nx.node_connected_component(graph, person_id) - {person_id}
    graph.remove_node(person_id)
    pieces = [c for c in nx.connected_components(graph) if c <= group]
    if len(pieces) < 2:
        return ()
    largest = max(pieces, key=lambda c: (len(c), -min(order.index(v) for v in c)))
    return tuple(v for v in order if v in group - largest)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(support_maps())
def test_what_if_all_agrees_with_brute_force(support_map: SupportMap) -> None:
    analysis = analyze(support_map)
    what_ifs = what_if_all(support_map, analysis)
    current = [p.id for p in support_map.current_people()]
    assert list(what_ifs) == current
    assert what_ifs == what_if_all(support_map)
    for person_id, what_if in what_ifs.items():
        after = analyze(_without(support_map, person_id))
        assert dict(what_if.coverage_before) == dict(analysis.coverage)
        assert dict(what_if.coverage_after) == dict(after.coverage)
        lost = tuple(t for t in HELP_TYPES if analysis.coverage[t] > 0 == after.coverage[t])
        assert what_if.lost_help_types == lost
        assert what_if.components_before == analysis.structure.components
        assert what_if.components_after == after.structure.components
        assert what_if.splits is (after.structure.components > analysis.structure.components)
        assert what_if.cut_off == _expected_cut_off(support_map, person_id)
        assert what_if.cost >= 0


def test_lost_help_and_split_of_a_bridge() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (2, 0), "crisis": (1, 0)}),
            P("b", support={"emotional": (1, 0)}),
            P("c"),
            P("d"),
            P("far", circle=4, support={"crisis": (3, 0)}),
        ],
        ties=(("a", "b"), ("a", "c"), ("c", "d"), ("far", "b")),
    )
    what_ifs = what_if_all(support_map)
    assert set(what_ifs) == {"a", "b", "c", "d"}
    a = what_ifs["a"]
    assert a.lost_help_types == (HelpType.CRISIS,)
    assert a.coverage_after[HelpType.EMOTIONAL] == 1
    assert (a.components_before, a.components_after, a.splits) == (1, 2, True)
    assert a.cut_off == ("b",)  # pieces {b} and {c, d}
    assert what_ifs["d"].splits is False
    assert what_ifs["d"].cut_off == ()
    # a: crisis counts 2 / 1, emotional 2 / 2, one of three others cut off
    assert a.cost == pytest.approx(2 + 1 + 1 / 3)
    # b: emotional 2 / 2 = 1; c: d cut off, 1 / 3; d: nothing
    assert [w.person_id for w in ranking(what_ifs)] == ["a", "b", "c", "d"]
    data = a.to_json()
    assert data["lost_help_types"] == ["crisis"]
    assert data["cut_off"] == ["b"]


def test_findings_without_a_person_leave_the_map_alone() -> None:
    support_map = make_map(
        [P("a", support={"emotional": (1, 0)}), P("b", support={"emotional": (1, 0)})]
    )
    before = support_map.copy()
    without = findings_without(support_map, "a")
    assert [f.people for f in without if f.help_type is HelpType.EMOTIONAL] == [("b",)]
    assert support_map == before
    with pytest.raises(ValidationError):
        findings_without(support_map, "nobody")


def test_empty_map_has_no_what_if() -> None:
    assert what_if_all(SupportMap("Alex")) == {}
    assert ranking({}) == []

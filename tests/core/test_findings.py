"""Each finding code of DESIGN.md §4, at and around its thresholds, and their order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from supportmap.core.analysis import Finding, FindingCode, Severity, analyze
from supportmap.core.findings import sort_key
from supportmap.core.model import Person
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, HelpType, Safety, Sector
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person

P = make_person
C = FindingCode
ALL_SAFE = {t.value: (1, 1) for t in HELP_TYPES}
TABLE_ORDER = (
    "gap", "unsafe_only", "single_source", "one_sided_giving", "one_sided_receiving",
    "giving_overall", "concentration", "unsafe_close", "crisis_thin", "no_professional",
    "bridge_person", "isolated", "low_diversity", "potential", "barrier_pattern",
)  # fmt: skip
"""The codes in the order of the table in DESIGN.md §4, written out by hand."""
SEVERITY_ORDER = ("alert", "warning", "notice", "info")


def found(support_map: SupportMap, code: FindingCode) -> list[Finding]:
    return [f for f in analyze(support_map).findings if f.code is code]


def people_of(support_map: SupportMap, code: FindingCode) -> list[tuple[str, ...]]:
    return [f.people for f in found(support_map, code)]


def covered(*extra: Person) -> SupportMap:
    """A map where every help type has two safe providers, plus ``extra`` people."""
    base = [P("s1", support=ALL_SAFE), P("s2", support=ALL_SAFE, sector=Sector.FAMILY)]
    return make_map([*base, *extra])


def test_gap_severity_depends_on_help_type() -> None:
    support_map = make_map([P("a", support={"practical": (1, 0)})])
    gaps = {f.help_type: f.severity for f in found(support_map, C.GAP)}
    assert gaps == {
        HelpType.EMOTIONAL: Severity.ALERT,
        HelpType.INFORMATIONAL: Severity.WARNING,
        HelpType.COMPANIONSHIP: Severity.WARNING,
        HelpType.CRISIS: Severity.ALERT,
    }
    assert all(f.people == () for f in found(support_map, C.GAP))


def test_unsafe_only_names_current_non_safe_providers() -> None:
    support_map = make_map(
        [
            P("a", safety=Safety.STRINGS, support={"emotional": (2, 0)}),
            P("b", safety=Safety.UNSURE, support={"emotional": (1, 0)}),
            P("c", safety=Safety.DRAINING, circle=4, support={"emotional": (3, 0)}),
            P("d", safety=Safety.UNSAFE, support={"practical": (0, 3)}),
        ]
    )
    unsafe = found(support_map, C.UNSAFE_ONLY)
    assert [(f.help_type, f.people, f.severity) for f in unsafe] == [
        (HelpType.EMOTIONAL, ("a", "b"), Severity.WARNING)
    ]
    assert HelpType.EMOTIONAL in {f.help_type for f in found(support_map, C.GAP)}


def test_single_source_and_crisis_thin() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (1, 0), "crisis": (2, 0), "practical": (1, 0)}),
            P("b", support={"practical": (3, 0)}),
            P("c", circle=4, support={"crisis": (3, 0)}),
        ]
    )
    single = {f.help_type: (f.people, f.severity) for f in found(support_map, C.SINGLE_SOURCE)}
    assert single == {
        HelpType.EMOTIONAL: (("a",), Severity.WARNING),
        HelpType.CRISIS: (("a",), Severity.WARNING),
    }
    thin = found(support_map, C.CRISIS_THIN)
    assert [(f.help_type, f.severity, f.people) for f in thin] == [
        (HelpType.CRISIS, Severity.ALERT, ())
    ]
    assert "A" in thin[0].title


def test_single_source_of_other_help_is_a_notice() -> None:
    support_map = covered(P("x", support={"companionship": (0, 1)}))
    assert found(support_map, C.SINGLE_SOURCE) == []
    lone = make_map([P("a", support={"informational": (1, 0)})])
    assert [f.severity for f in found(lone, C.SINGLE_SOURCE)] == [Severity.NOTICE]


@pytest.mark.parametrize(
    ("received", "given", "expected"),
    [
        ((1, 0), (3, 0), True),  # given exactly 3, balance exactly −0.5
        ((1, 0), (2, 0), False),  # balance −0.5 but given only 2
        ((2, 0), (3, 0), False),  # balance −0.2
        ((0, 0), (3, 0), True),
        ((1, 1), (3, 3), True),  # given 6, received 2: −0.5
    ],
)
def test_one_sided_giving_thresholds(
    received: tuple[int, int], given: tuple[int, int], expected: bool
) -> None:
    support = {"emotional": (received[0], given[0]), "practical": (received[1], given[1])}
    support_map = covered(P("x", support=support))
    assert people_of(support_map, C.ONE_SIDED_GIVING) == ([("x",)] if expected else [])


def test_one_sided_findings_leave_out_professionals_and_circle_four() -> None:
    giving = {"emotional": (0, 3)}
    receiving = {"emotional": (3, 0)}
    support_map = covered(
        P("gp", sector=Sector.PROFESSIONAL, support=receiving),
        P("gp2", sector=Sector.PROFESSIONAL, support=giving),
        P("far", circle=4, support=giving),
        P("far2", circle=4, support=receiving),
    )
    assert found(support_map, C.ONE_SIDED_GIVING) == []
    assert found(support_map, C.ONE_SIDED_RECEIVING) == []


@pytest.mark.parametrize(
    ("support", "expected"),
    [
        ({"emotional": (3, 1)}, True),  # received exactly 3, balance exactly 0.5
        ({"emotional": (2, 0)}, False),  # received only 2
        ({"emotional": (3, 2)}, False),  # balance 0.2
    ],
)
def test_one_sided_receiving_thresholds(
    support: dict[str, tuple[int, int]], expected: bool
) -> None:
    findings = found(covered(P("x", support=support)), C.ONE_SIDED_RECEIVING)
    assert [(f.people, f.severity) for f in findings] == (
        [(("x",), Severity.INFO)] if expected else []
    )


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ([{"emotional": (1, 3)}, {"practical": (2, 3)}], True),  # given 6 = 2 × received 3
        ([{"emotional": (1, 3)}, {"practical": (3, 3)}], False),  # received 4
        ([{"emotional": (0, 3)}, {"practical": (0, 2)}], False),  # given only 5
    ],
)
def test_giving_overall(people: list[dict[str, tuple[int, int]]], expected: bool) -> None:
    members = [P(f"x{i}", support=s) for i, s in enumerate(people)]
    members.append(P("gp", sector=Sector.PROFESSIONAL, support={"informational": (3, 0)}))
    findings = found(make_map(members), C.GIVING_OVERALL)
    assert [(f.people, f.severity) for f in findings] == (
        [((), Severity.WARNING)] if expected else []
    )


def test_concentration_at_exactly_half() -> None:
    support_map = make_map(
        [
            P("a", support={"emotional": (2, 0)}),
            P("gp", sector=Sector.PROFESSIONAL, support={"practical": (1, 0)}),
            P("c", support={"emotional": (1, 0)}),
            P("far", circle=4, support={"emotional": (3, 0)}),
        ]
    )
    assert people_of(support_map, C.CONCENTRATION) == [("a",)]
    spread = make_map([P(i, support={"emotional": (1, 0)}) for i in ("a", "b", "c")])
    assert found(spread, C.CONCENTRATION) == []
    alone = make_map([P("a", support={"emotional": (3, 0)}), P("b")])
    assert found(alone, C.CONCENTRATION) == []


def test_unsafe_close_only_in_the_two_inner_circles() -> None:
    support_map = make_map(
        [
            P("a", circle=1, safety=Safety.UNSAFE),
            P("b", circle=2, safety=Safety.DRAINING),
            P("c", circle=3, safety=Safety.UNSAFE),
            P("d", circle=1, safety=Safety.STRINGS),
            P("e", circle=4, safety=Safety.DRAINING),
        ]
    )
    assert people_of(support_map, C.UNSAFE_CLOSE) == [("a",), ("b",)]


def test_no_professional_counts_only_current_people() -> None:
    far = make_map([P("a"), P("gp", circle=4, sector=Sector.PROFESSIONAL)])
    assert [f.severity for f in found(far, C.NO_PROFESSIONAL)] == [Severity.NOTICE]
    near = make_map([P("a"), P("gp", circle=3, sector=Sector.PROFESSIONAL)])
    assert found(near, C.NO_PROFESSIONAL) == []


def test_bridge_person_and_isolated() -> None:
    support_map = make_map(
        [P("a"), P("b"), P("c"), P("d"), P("e"), P("far", circle=4)],
        ties=(("a", "b"), ("b", "c"), ("e", "far"), ("d", "far")),
    )
    assert people_of(support_map, C.BRIDGE_PERSON) == [("b",)]
    bridge = found(support_map, C.BRIDGE_PERSON)[0]
    assert "B" in bridge.title
    assert people_of(support_map, C.ISOLATED) == [("d", "e")]
    assert found(support_map, C.ISOLATED)[0].severity is Severity.INFO


def test_isolated_among_equally_large_components_keeps_the_one_of_the_first_person() -> None:
    # H has the components {z, y}, {w, v} and {u}; z comes first in the map's order, though
    # not by name, and the circle-4 person before everyone is not part of H.
    support_map = make_map(
        [P("far", circle=4), P("z"), P("w"), P("u"), P("y"), P("v")],
        ties=(("far", "w"), ("w", "v"), ("z", "y")),
    )
    assert people_of(support_map, C.ISOLATED) == [("w", "u", "v")]
    # The same people, with w first in the map: now {w, v} is the largest.
    reordered = make_map([P("w"), P("z"), P("u"), P("y"), P("v")], ties=(("w", "v"), ("z", "y")))
    assert people_of(reordered, C.ISOLATED) == [("z", "u", "y")]


def test_isolated_needs_a_tie_and_three_current_people() -> None:
    no_ties = make_map([P("a"), P("b"), P("c")])
    assert found(no_ties, C.ISOLATED) == []
    two = make_map([P("a"), P("b"), P("c", circle=4)], ties=(("a", "c"),))
    assert found(two, C.ISOLATED) == []
    equal = make_map([P("a"), P("b"), P("c"), P("d")], ties=(("c", "d"), ("a", "b")))
    assert people_of(equal, C.ISOLATED) == [("c", "d")]


@pytest.mark.parametrize(
    ("sectors", "iqv", "expected"),
    [
        ({Sector.FAMILY: 9, Sector.FRIENDS: 2}, (1 - 85 / 121) * 7 / 6, True),  # ≈ 0.347
        ({Sector.FAMILY: 9, Sector.FRIENDS: 1, Sector.WORK: 1}, (1 - 83 / 121) * 7 / 6, False),
        ({Sector.FAMILY: 3}, 0.0, False),  # fewer than 4 current people
        ({Sector.FAMILY: 4}, 0.0, True),
    ],
)
def test_low_diversity_threshold(sectors: dict[Sector, int], iqv: float, expected: bool) -> None:
    members = [
        P(f"{sector.value}{i}", sector=sector) for sector, n in sectors.items() for i in range(n)
    ]
    members.append(P("far", circle=4, sector=Sector.WORK))
    analysis = analyze(make_map(members))
    assert analysis.diversity == pytest.approx(iqv)
    assert [f.code for f in analysis.findings].count(C.LOW_DIVERSITY) == int(expected)


def test_potential_for_safe_or_unsure_circle_four_people() -> None:
    support_map = make_map(
        [
            P("a", circle=4, safety=Safety.SAFE),
            P("b", circle=4, safety=Safety.STRINGS),
            P("c", circle=4, safety=Safety.UNSURE),
            P("d", circle=3, safety=Safety.SAFE),
        ]
    )
    assert people_of(support_map, C.POTENTIAL) == [("a",), ("c",)]


def test_barrier_pattern_counts_the_whole_map() -> None:
    support_map = make_map(
        [
            P("a", barriers=(Barrier.BURDEN, Barrier.SHAME)),
            P("b", barriers=(Barrier.BURDEN, Barrier.SHAME)),
            P("c", circle=4, barriers=(Barrier.BURDEN,)),
            P("d", barriers=(Barrier.PAST,)),
        ]
    )
    findings = found(support_map, C.BARRIER_PATTERN)
    assert [(f.people, f.severity, f.barrier) for f in findings] == [
        (("a", "b", "c"), Severity.NOTICE, Barrier.BURDEN)
    ]
    assert "burden" in findings[0].detail
    assert findings[0].to_json()["barrier"] == "burden"


def test_help_type_only_on_four_codes_and_barrier_only_on_patterns() -> None:
    typed = {C.GAP, C.UNSAFE_ONLY, C.SINGLE_SOURCE, C.CRISIS_THIN}
    support_map = make_map(
        [
            P("a", support={"crisis": (1, 0), "emotional": (0, 3)}, barriers=(Barrier.HOPE,)),
            P("b", safety=Safety.STRINGS, circle=2, support={"practical": (2, 0)}),
            P("c", circle=4, barriers=(Barrier.HOPE,)),
            P("d", barriers=(Barrier.HOPE,), safety=Safety.DRAINING),
        ],
        ties=(("a", "b"), ("b", "d")),
    )
    findings = analyze(support_map).findings
    for finding in findings:
        assert (finding.help_type is not None) is (finding.code in typed), finding
        assert (finding.barrier is not None) is (finding.code is C.BARRIER_PATTERN), finding
        assert finding.to_json()["barrier"] is None or finding.code is C.BARRIER_PATTERN
    assert [f.barrier for f in findings if f.code is C.BARRIER_PATTERN] == [Barrier.HOPE]


def test_only_circle_four_people() -> None:
    support_map = make_map(
        [P("a", circle=4, support={"emotional": (3, 3)}), P("b", circle=4, safety=Safety.UNSAFE)]
    )
    analysis = analyze(support_map)
    codes = [f.code for f in analysis.findings]
    assert codes == [C.GAP, C.GAP, C.GAP, C.GAP, C.GAP, C.NO_PROFESSIONAL, C.POTENTIAL]
    assert analysis.balance == {}
    assert analysis.ego.effective_size is None


def test_only_professionals() -> None:
    support_map = make_map(
        [
            P("gp", sector=Sector.PROFESSIONAL, support={"emotional": (0, 3), "crisis": (3, 0)}),
            P("th", sector=Sector.PROFESSIONAL, support=ALL_SAFE),
        ]
    )
    analysis = analyze(support_map)
    assert analysis.balance == {}
    codes = {f.code for f in analysis.findings}
    assert C.NO_PROFESSIONAL not in codes
    assert C.ONE_SIDED_GIVING not in codes
    assert C.GIVING_OVERALL not in codes
    assert C.CONCENTRATION in codes


def test_findings_are_ordered_by_severity_code_people() -> None:
    support_map = make_map(
        [
            P("z", barriers=(Barrier.ENERGY, Barrier.OWING), safety=Safety.DRAINING),
            P("a", circle=4, barriers=(Barrier.ENERGY, Barrier.OWING)),
            P("m", barriers=(Barrier.ENERGY,), support={"crisis": (1, 0)}),
            P("k", barriers=(Barrier.OWING,), circle=4, safety=Safety.UNSURE),
            P("q", barriers=(Barrier.ENERGY, Barrier.OWING), circle=4),
        ]
    )
    findings = analyze(support_map).findings
    ranks = [(SEVERITY_ORDER.index(f.severity), TABLE_ORDER.index(f.code)) for f in findings]
    assert ranks == sorted(ranks)
    patterns = [f.people for f in findings if f.code is C.BARRIER_PATTERN]
    # people compared in map order: z, a, m… comes before z, a, k…
    assert patterns == [("z", "a", "m", "q"), ("z", "a", "k", "q")]
    potentials = [f.people for f in findings if f.code is C.POTENTIAL]
    assert potentials == [("a",), ("k",), ("q",)]
    gaps = [f.help_type for f in findings if f.code is C.GAP]
    assert gaps == [HelpType.EMOTIONAL, HelpType.PRACTICAL, HelpType.INFORMATIONAL,
                    HelpType.COMPANIONSHIP]  # fmt: skip
    assert findings[0].severity is Severity.ALERT


def test_many_findings_of_each_severity_come_in_the_order_of_the_table() -> None:
    """Every expected finding below is worked out by hand from the rules of DESIGN.md §4.

    The map is built so that several codes share a severity: swapping two of them in
    `FindingCode` (or in the sort) changes this list.
    """
    burden, shame = (Barrier.BURDEN, Barrier.HOPE), (Barrier.SHAME,)
    gives_twelve = {t: (0, 3) for t in ("emotional", "practical", "informational", "companionship")}
    support_map = make_map(
        [
            # the only safe source of crisis and practical help; receives 4 of the 6 received
            P("a", support={"crisis": (1, 0), "practical": (3, 0)}, barriers=burden),
            # emotional help comes only from someone not safe
            P("b", circle=2, safety=Safety.STRINGS, support={"emotional": (1, 0)}, barriers=shame),
            # the only source of companionship, and gives 3 for 1 received
            P("d", circle=2, support={"companionship": (1, 3)}),
            # close and draining; gives 12 and receives nothing
            P("c", safety=Safety.DRAINING, barriers=shame, support=gives_twelve),
            P("e", circle=2, safety=Safety.UNSAFE, barriers=burden),
            P("f", circle=4, safety=Safety.UNSURE, barriers=burden),
            P("g", circle=4, barriers=shame),
        ],
        ties=(("a", "b"), ("b", "d")),
    )
    findings = analyze(support_map).findings
    T = HelpType
    assert [(f.severity, f.code, f.help_type, f.people, f.barrier) for f in findings] == [
        (Severity.ALERT, C.GAP, T.EMOTIONAL, (), None),
        (Severity.ALERT, C.CRISIS_THIN, T.CRISIS, (), None),
        (Severity.WARNING, C.GAP, T.INFORMATIONAL, (), None),
        (Severity.WARNING, C.UNSAFE_ONLY, T.EMOTIONAL, ("b",), None),
        (Severity.WARNING, C.SINGLE_SOURCE, T.CRISIS, ("a",), None),
        (Severity.WARNING, C.GIVING_OVERALL, None, (), None),  # given 15 ≥ 2 × received 6
        (Severity.WARNING, C.CONCENTRATION, None, ("a",), None),  # share 4/6
        (Severity.WARNING, C.UNSAFE_CLOSE, None, ("c",), None),
        (Severity.WARNING, C.UNSAFE_CLOSE, None, ("e",), None),
        (Severity.NOTICE, C.SINGLE_SOURCE, T.PRACTICAL, ("a",), None),
        (Severity.NOTICE, C.SINGLE_SOURCE, T.COMPANIONSHIP, ("d",), None),
        (Severity.NOTICE, C.ONE_SIDED_GIVING, None, ("d",), None),  # d comes before c in the map
        (Severity.NOTICE, C.ONE_SIDED_GIVING, None, ("c",), None),
        (Severity.NOTICE, C.NO_PROFESSIONAL, None, (), None),
        (Severity.NOTICE, C.BRIDGE_PERSON, None, ("b",), None),
        (Severity.NOTICE, C.LOW_DIVERSITY, None, (), None),  # five current friends
        # two patterns about the same people stay apart, in barrier order; people come first
        (Severity.NOTICE, C.BARRIER_PATTERN, None, ("a", "e", "f"), Barrier.BURDEN),
        (Severity.NOTICE, C.BARRIER_PATTERN, None, ("a", "e", "f"), Barrier.HOPE),
        (Severity.NOTICE, C.BARRIER_PATTERN, None, ("b", "c", "g"), Barrier.SHAME),
        (Severity.INFO, C.ONE_SIDED_RECEIVING, None, ("a",), None),
        (Severity.INFO, C.ISOLATED, None, ("c", "e"), None),
        (Severity.INFO, C.POTENTIAL, None, ("f",), None),
        (Severity.INFO, C.POTENTIAL, None, ("g",), None),
    ]
    assert len({f.key for f in findings}) == len(findings)


def test_sort_key_breaks_ties_by_people_then_help_type_then_barrier() -> None:
    order = {"m": 0, "a": 1, "k": 2}

    def notice(
        people: tuple[str, ...], help_type: HelpType | None, barrier: Barrier | None
    ) -> Finding:
        return Finding(C.BARRIER_PATTERN, Severity.NOTICE, help_type, barrier, people, "", "", "")

    expected = [
        notice(("m", "k"), None, Barrier.ACCESS),
        notice(("a",), None, Barrier.PRIDE),
        notice(("a", "k"), HelpType.EMOTIONAL, Barrier.SHAME),
        notice(("a", "k"), HelpType.CRISIS, Barrier.BURDEN),
        notice(("a", "k"), HelpType.CRISIS, Barrier.JUDGMENT),
        notice(("k",), None, None),
    ]
    assert sorted(reversed(expected), key=sort_key(order)) == expected


@settings(max_examples=100, deadline=None)
@given(support_maps())
def test_contract_holds_on_random_maps(support_map: SupportMap) -> None:
    findings = analyze(support_map).findings
    position = {person_id: i for i, person_id in enumerate(support_map.people)}
    keys = [
        (
            SEVERITY_ORDER.index(f.severity),
            TABLE_ORDER.index(f.code),
            tuple(position[p] for p in f.people),
            -1 if f.help_type is None else HELP_TYPES.index(f.help_type),
            -1 if f.barrier is None else list(Barrier).index(f.barrier),
        )
        for f in findings
    ]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    typed = {C.GAP, C.UNSAFE_ONLY, C.SINGLE_SOURCE, C.CRISIS_THIN}
    current = {p.id for p in support_map.current_people()}
    for finding in findings:
        assert (finding.help_type is not None) is (finding.code in typed)
        if finding.code not in (C.POTENTIAL, C.BARRIER_PATTERN):
            assert set(finding.people) <= current
        assert (finding.barrier is not None) is (finding.code is C.BARRIER_PATTERN)
        assert finding.to_json()["code"] == finding.code.value

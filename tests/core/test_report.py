"""The text report a person reads in a terminal."""

from __future__ import annotations

from supportmap.core import texts, texts_report
from supportmap.core.analysis import analyze
from supportmap.core.report import WIDTH, render_text
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Sector
from supportmap.core.whatif import what_if_all
from tests.maps import make_map, make_person

P = make_person


def _report(support_map: SupportMap, with_what_if: bool = True) -> str:
    analysis = analyze(support_map)
    what_ifs = what_if_all(support_map, analysis) if with_what_if else None
    return render_text(support_map, analysis, what_ifs)


def test_empty_map_gets_a_warm_prompt_and_the_crisis_notice() -> None:
    report = _report(SupportMap("Alex"))
    assert "Support map of Alex" in report
    flat = " ".join(report.split())
    assert texts_report.EMPTY_MAP_PROMPT in flat
    assert texts.CRISIS_NOTICE in flat
    assert "Worth" not in report


def test_findings_are_grouped_under_plain_headings_by_severity() -> None:
    support_map = make_map(
        [
            P("a", name="Sam", support={"emotional": (2, 1), "crisis": (1, 0)}),
            P("b", name="Kim", support={"practical": (1, 0)}, sector=Sector.FAMILY),
            P("c", name="Jo", circle=4),
        ],
        ties=(("a", "b"),),
    )
    report = _report(support_map)
    headings = [texts_report.SEVERITY_HEADINGS[s] for s in ("alert", "warning", "notice", "info")]
    positions = [report.index(h) for h in headings]
    assert positions == sorted(positions)
    flat = " ".join(report.split())
    assert "Only Sam is there for you in a crisis" in flat
    assert texts.CRISIS_NOTICE in flat
    assert "If Sam were not available, nobody safe would be left for emotional support" in flat
    assert all(len(line) <= WIDTH for line in report.splitlines())
    assert "articulation" not in report and "component" not in report


def test_key_figures_in_words_and_no_what_if_without_it() -> None:
    support_map = make_map(
        [P(f"x{i}", support={t.value: (1, 1) for t in HELP_TYPES}) for i in range(3)]
    )
    report = _report(support_map, with_what_if=False)
    assert "People you lean on now: 3" in report
    assert "Safe people for emotional support: 3" in report
    assert "spread across about 3.0 people" in report
    assert texts_report.WHAT_IF_HEADING not in report
    assert texts.CRISIS_NOTICE.split()[0] not in report.split("\n\n")[1]


def test_what_if_says_when_nobody_holds_everything() -> None:
    support_map = make_map(
        [P(f"x{i}", support={t.value: (1, 1) for t in HELP_TYPES}) for i in range(3)]
    )
    flat = " ".join(_report(support_map).split())
    assert texts_report.NOTHING_HANGS in flat


def test_a_one_person_map_gets_a_warm_start_not_a_list_of_gaps() -> None:
    support_map = make_map(
        [
            P("a", name="Sam", safety="safe", support={"emotional": (3, 1)}),
            P("b", name="Jo", circle=4),
        ]
    )
    assert analyze(support_map).findings, "the analysis itself still has findings"
    report = _report(support_map)
    flat = " ".join(report.split())
    assert texts_report.SMALL_MAP_PROMPT in flat
    assert texts.CRISIS_NOTICE in flat
    for heading in texts_report.SEVERITY_HEADINGS.values():
        assert heading not in report

"""The Findings dock on a real library: live findings, highlighting, filter, Details, prompts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supportmap.core.analysis import FindingCode, Severity, analyze
from supportmap.core.model import Support
from supportmap.core.palette import SAFETY_COLOURS
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.findings_model import RowKind
from supportmap.gui.panels.insight.severity_style import SEVERITY_STYLES
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.gui.insight_window import InsightWindow as Window
from tests.gui.insight_window import show_insight_window


@pytest.fixture
def win(qtbot: QtBot, document: MapDocument) -> Window:
    """The canvas and the insight dock, on an empty map until a test adds people or `demo`."""
    return show_insight_window(qtbot, document)


@pytest.fixture
def demo(library: Library, document: MapDocument) -> MapDocument:
    map_id = library.save_new_map(read_document(demo_path()).map)
    document.open_map(map_id)
    return document


def _add_people(document: MapDocument, count: int) -> list[str]:
    return [
        document.add_person(
            f"Friend {i}",
            circle=Circle.CLOSE,
            sector=Sector.FRIENDS,
            safety=Safety.SAFE,
            support=Support.of({HelpType.COMPANIONSHIP: (2, 1)}),
        )
        for i in range(count)
    ]


def test_empty_map_gets_a_warm_prompt_not_alerts(win: Window) -> None:
    rows = win.panel.rows()
    assert [r.kind for r in rows] == [RowKind.PROMPT]
    assert "beginning" in rows[0].title
    assert win.panel.findings_shown() == ()


def test_one_person_map_prompt_names_them(qtbot: QtBot, win: Window) -> None:
    win.document.add_person("Sam", circle=Circle.CLOSEST, safety=Safety.SAFE)
    qtbot.waitUntil(lambda: "Sam" in win.panel.rows()[0].title, timeout=200)
    assert [r.kind for r in win.panel.rows()] == [RowKind.PROMPT]


def test_emotional_gap_disappears_after_adding_a_safe_listener(qtbot: QtBot, win: Window) -> None:
    _add_people(win.document, 2)
    qtbot.waitUntil(lambda: (FindingCode.GAP, HelpType.EMOTIONAL) in win.codes(), timeout=200)

    win.document.add_person(
        "Kim",
        circle=Circle.CLOSEST,
        sector=Sector.FRIENDS,
        safety=Safety.SAFE,
        support=Support.of({HelpType.EMOTIONAL: (3, 2)}),
    )
    assert win.insight.live.is_pending(), "the edit schedules one analysis, it does not block"
    qtbot.waitUntil(lambda: (FindingCode.GAP, HelpType.EMOTIONAL) not in win.codes(), timeout=50)
    assert (FindingCode.SINGLE_SOURCE, HelpType.EMOTIONAL) in win.codes()


def test_a_burst_of_changes_is_analysed_once(qtbot: QtBot, win: Window) -> None:
    updates: list[object] = []
    win.insight.live.updated.connect(updates.append)
    ids = _add_people(win.document, 3)
    win.document.remove_people(ids)
    qtbot.waitUntil(lambda: not win.insight.live.is_pending(), timeout=200)
    assert len(updates) == 1


def test_findings_are_grouped_by_severity_alert_first(win: Window, demo: MapDocument) -> None:
    rows = win.panel.rows()
    headings = [r.severity for r in rows if r.kind is RowKind.HEADING]
    order = [s.value for s in (Severity.ALERT, Severity.WARNING, Severity.NOTICE, Severity.INFO)]
    assert headings == [s for s in order if s in headings]
    current = None
    for row in rows:
        if row.kind is RowKind.HEADING:
            current = row.severity
        elif row.kind is not RowKind.STRENGTHS:
            assert row.severity == current
    expected = analyze(demo.require_map()).findings
    assert win.panel.findings_shown() == expected


def test_severity_colours_are_not_safety_colours() -> None:
    safety = {c.lower() for c in SAFETY_COLOURS.values()}
    for style in SEVERITY_STYLES.values():
        assert style.light.lower() not in safety
        assert style.dark.lower() not in safety
    assert len({style.shape for style in SEVERITY_STYLES.values()}) == len(SEVERITY_STYLES)


def test_selecting_a_finding_highlights_its_people(win: Window, demo: MapDocument) -> None:
    finding = next(f for f in win.panel.findings_shown() if len(f.people) >= 2)
    assert win.panel.select_finding(finding)
    everyone = set(demo.require_map().people)
    assert win.faded() == everyone - set(finding.people)
    assert win.selection.ids() == finding.people

    win.panel.list.selectionModel().clearSelection()
    assert win.faded() == set()


def test_a_help_type_finding_highlights_who_gives_that_help(win: Window, demo: MapDocument) -> None:
    finding = next(f for f in win.panel.findings_shown() if f.code is FindingCode.CRISIS_THIN)
    support_map = demo.require_map()
    givers = {p.id for p in support_map.current_people() if p.support.receive(HelpType.CRISIS) >= 1}
    win.panel.select_finding(finding)
    assert win.faded() == set(support_map.people) - givers


def test_keyboard_moves_through_findings(qtbot: QtBot, win: Window, demo: MapDocument) -> None:
    first, second = win.panel.findings_shown()[:2]
    win.panel.list.setFocus()
    qtbot.waitUntil(win.panel.list.hasFocus, timeout=500)
    seen = []
    for _ in range(4):
        qtbot.keyClick(win.panel.list, Qt.Key.Key_Down)
        selected = win.panel.list.selectionModel().selectedIndexes()
        if selected:
            seen.append(win.panel.model.row_at(selected[0]).finding)  # type: ignore[union-attr]
    assert seen[:2] == [first, second]


def test_filter_highlights_who_gives_that_help_with_that_safety(
    win: Window, demo: MapDocument
) -> None:
    support_map = demo.require_map()
    combo = win.panel.filter_row.help_combo
    combo.setCurrentIndex(combo.findData(HelpType.EMOTIONAL))
    givers = {p.id for p in support_map.people.values() if p.support.receive(HelpType.EMOTIONAL)}
    assert givers
    assert win.faded() == set(support_map.people) - givers

    safety = win.panel.filter_row.safety_combo
    safety.setCurrentIndex(safety.findData(Safety.SAFE))
    safe_givers = {pid for pid in givers if support_map.people[pid].safety is Safety.SAFE}
    assert win.faded() == set(support_map.people) - safe_givers
    assert str(len(safe_givers)) in win.panel.filter_row.count.text()

    combo.setCurrentIndex(0)
    safety.setCurrentIndex(0)
    assert win.faded() == set()


def test_the_crisis_line_shows_while_crisis_help_is_thin(qtbot: QtBot, win: Window) -> None:
    _add_people(win.document, 2)
    qtbot.waitUntil(lambda: not win.insight.live.is_pending(), timeout=200)
    assert win.panel.crisis_strip.isVisible()
    for name in ("Ana", "Bo"):
        win.document.add_person(
            name,
            circle=Circle.CLOSE,
            safety=Safety.SAFE,
            support=Support.of({HelpType.CRISIS: (2, 0)}),
        )
    qtbot.waitUntil(lambda: not win.panel.crisis_strip.isVisible(), timeout=200)


def test_details_show_the_figures_with_names(win: Window, demo: MapDocument) -> None:
    support_map = demo.require_map()
    analysis = analyze(support_map)
    values = win.panel.details.values()
    assert values["density"] == f"{analysis.structure.density:.2f}"
    assert values["components"] == str(analysis.structure.components)
    assert analysis.structure.articulation_points
    for pid in analysis.structure.articulation_points:
        assert support_map.people[pid].name in values["bridges"]
    assert values["effective_supporters"] == f"{analysis.effective_supporters:.1f}"
    assert set(values) >= {"effective_size", "efficiency", "constraint", "diversity"}


def test_the_findings_model_is_a_valid_item_model(
    qtmodeltester: object, win: Window, demo: MapDocument
) -> None:
    qtmodeltester.check(win.panel.model)  # type: ignore[attr-defined]
    for row in range(win.panel.model.rowCount()):
        spoken = win.panel.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken


def test_a_new_map_gets_a_gentle_crisis_line_and_no_filter(win: Window) -> None:
    assert win.panel.crisis_strip.isVisible()
    assert "not an emergency service" in win.panel.crisis_strip.label.text()
    assert not win.panel.filter_row.isVisible()

"""What-if mode on the demo map: fading, the help types named, the difference, leaving it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from supportmap.core.analysis import FindingCode
from supportmap.core.vocabulary import Circle, HelpType
from supportmap.core.whatif import ranking, what_if_all
from supportmap.gui.canvas.view import MapView
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight import Insight, install_insight
from supportmap.gui.panels.insight.findings_model import RowKind, Tag
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import insight as s
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library


class Window:
    def __init__(self, document: MapDocument) -> None:
        self.window = QMainWindow()
        self.selection = SelectionState(document, self.window)
        self.view = MapView(document, self.selection)
        self.window.setCentralWidget(self.view)
        self.insight: Insight = install_insight(self.window, document, self.selection, self.view)
        self.panel = self.insight.dock.panel
        self.controller = self.insight.whatif
        self.document = document

    def faded(self) -> set[str]:
        support_map = self.document.require_map()
        return {pid for pid in support_map.people if self.view.map_scene.is_faded(pid)}


@pytest.fixture
def win(qtbot: QtBot, library: Library, document: MapDocument) -> Iterator[Window]:
    document.open_map(library.save_new_map(read_document(demo_path()).map))
    built = Window(document)
    qtbot.addWidget(built.window)
    built.window.resize(1100, 700)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built


def test_whatif_names_the_help_types_the_core_finds(win: Window) -> None:
    support_map = win.document.require_map()
    expected = what_if_all(support_map)
    assert any(w.lost_help_types for w in expected.values()), "the demo has a last safe source"
    for person_id, what_if in expected.items():
        assert win.controller.enter(person_id)
        state = win.controller.state()
        assert state is not None
        assert state.what_if.lost_help_types == what_if.lost_help_types
        assert state.what_if.cut_off == what_if.cut_off
        banner = win.panel.banner
        assert banner.isVisible()
        assert support_map.people[person_id].name in banner.title.text()
        if what_if.lost_help_types:
            assert banner.lost.text() == s.whatif_lost(what_if.lost_help_types)
            for help_type in what_if.lost_help_types:
                assert s.help_phrase([help_type]) in banner.lost.text()
        else:
            assert banner.lost.text() == s.whatif_nothing_lost()
        assert person_id in win.faded(), "the person imagined away fades out"
        for cut_off in what_if.cut_off:
            assert cut_off not in win.faded(), "those who would be cut off stand out"


def test_findings_show_the_difference(win: Window) -> None:
    support_map = win.document.require_map()
    last_crisis = next(
        pid for pid, w in what_if_all(support_map).items() if HelpType.CRISIS in w.lost_help_types
    )
    win.controller.enter(last_crisis)
    rows = win.panel.rows()
    new = [(r.finding.code, r.finding.help_type) for r in rows if r.tag is Tag.NEW and r.finding]
    gone = [(r.finding.code, r.finding.help_type) for r in rows if r.tag is Tag.GONE and r.finding]
    assert (FindingCode.GAP, HelpType.CRISIS) in new
    assert (FindingCode.CRISIS_THIN, HelpType.CRISIS) in gone
    assert rows[0].kind is RowKind.HEADING and rows[0].title == s.whatif_new_heading()

    win.panel.banner.back_button.click()
    assert not win.controller.is_active()
    assert not win.panel.banner.isVisible()
    assert all(r.tag is None for r in win.panel.rows())
    assert win.faded() == set()


def test_escape_leaves_whatif(qtbot: QtBot, win: Window) -> None:
    win.window.activateWindow()
    qtbot.waitUntil(win.window.isActiveWindow, timeout=1000)
    first = next(iter(what_if_all(win.document.require_map())))
    win.controller.enter(first)
    win.panel.list.setFocus()
    qtbot.keyClick(win.panel.list, Qt.Key.Key_Escape)
    assert not win.controller.is_active()
    assert win.faded() == set()


def test_ranking_lists_people_by_cost_and_a_click_enters(qtbot: QtBot, win: Window) -> None:
    win.panel.tabs.setCurrentWidget(win.panel.ranking)
    expected = [w.person_id for w in ranking(what_if_all(win.document.require_map()))]
    assert win.panel.ranking.person_ids() == expected
    rect = win.panel.ranking.list.visualRect(win.panel.ranking.model.index(0, 0))
    qtbot.mouseClick(
        win.panel.ranking.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    state = win.controller.state()
    assert state is not None and state.person_id == expected[0]
    assert win.panel.tabs.currentIndex() == 0, "the difference in findings comes into view"


def test_whatif_follows_edits_and_ends_when_the_person_goes(qtbot: QtBot, win: Window) -> None:
    person_id = next(iter(what_if_all(win.document.require_map())))
    win.controller.enter(person_id)
    win.document.update_person(person_id, notes="still here")
    qtbot.waitUntil(lambda: not win.insight.live.is_pending(), timeout=200)
    assert win.controller.is_active()
    win.document.remove_people([person_id])
    qtbot.waitUntil(lambda: not win.controller.is_active(), timeout=200)
    assert not win.panel.banner.isVisible()


def test_the_action_acts_on_the_current_person_in_circles_one_to_three(win: Window) -> None:
    support_map = win.document.require_map()
    action = win.insight.whatif_action
    assert not action.isEnabled()
    potential = next(p for p in support_map.people.values() if p.circle is Circle.COULD_REACH)
    win.selection.set([potential.id])
    assert not action.isEnabled()
    current = next(iter(support_map.current_people()))
    win.selection.set([current.id])
    assert action.isEnabled()
    action.trigger()
    state = win.controller.state()
    assert state is not None and state.person_id == current.id
    assert not win.controller.enter(potential.id), "potential support has no what-if"


def test_a_finding_offers_what_if_for_its_people(win: Window) -> None:
    support_map = win.document.require_map()
    finding = next(
        f
        for f in win.panel.findings_shown()
        if f.code is FindingCode.SINGLE_SOURCE and f.help_type is HelpType.CRISIS
    )
    choices = win.panel.whatif_choices(finding)
    assert choices == [(pid, support_map.people[pid].name) for pid in finding.people]
    person_id, _name = choices[0]
    assert win.controller.enter(person_id)
    assert HelpType.CRISIS in win.controller.state().what_if.lost_help_types  # type: ignore[union-attr]

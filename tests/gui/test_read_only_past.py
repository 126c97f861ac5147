"""A past moment on screen is read-only: no gesture that edits reaches the map, or the library."""

from __future__ import annotations

from pathlib import Path

import networkx
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.core.vocabulary import Barrier, Safety
from supportmap.gui.canvas.menus import person_menu
from supportmap.gui.main_window import MainWindow
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.gui.moments import History, make_history, on_canvas, scene_point


@pytest.fixture
def history(window: MainWindow) -> History:
    return make_history(window.document)


@pytest.fixture
def in_the_past(qtbot: QtBot, window: MainWindow, history: History) -> History:
    """Session 1 shown read-only."""
    with qtbot.waitSignal(window.document.moment_changed):
        window.document.show_moment(history.snapshot_id)
    return history


def test_no_gesture_on_the_canvas_edits_a_past_moment(
    qtbot: QtBot,
    window: MainWindow,
    in_the_past: History,
    second_library: Library,
    map_id: int,
    answer: object,
) -> None:
    answer.text("Someone new")  # type: ignore[attr-defined]
    answer.person(in_the_past.lou)  # type: ignore[attr-defined]
    stored = second_library.load_map(map_id)
    shown = window.document.require_map()
    viewport = window.view.viewport()
    sam = in_the_past.sam
    start = on_canvas(window, sam)

    # A drag moves nobody.
    end = scene_point(window, -300.0, -200.0)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    item = window.view.map_scene.person_item(sam)
    assert item is not None and item.pos() == QPointF(320.0, 0.0)  # where Sam was then
    assert window.selection.ids() == (sam,)  # choosing someone still works

    # Double-click on empty canvas, N, F2 and Delete add, rename or delete nobody.
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=scene_point(window, -350.0, 300.0))
    window.view.setFocus()
    for key in (Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_Delete):
        QTest.keyClick(window.view, key)

    # The connect tool does not start, from the toolbar or by clicking two people.
    assert not window.connect_tool_action.isEnabled()
    window.connect_tool_action.trigger()
    assert window.view.tool.name == "select"
    lou = on_canvas(window, in_the_past.lou)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=on_canvas(window, sam))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=lou)

    assert window.document.read_only
    assert window.document.require_map() is shown
    assert second_library.load_map(map_id) == stored
    assert [p.name for p in shown.people.values()] == ["Sam", "Kim", "Lou"]
    assert shown.tie(sam, in_the_past.lou) is None


def test_people_actions_are_off_and_ignored_in_the_past(
    qtbot: QtBot,
    window: MainWindow,
    in_the_past: History,
    second_library: Library,
    map_id: int,
    answer: object,
) -> None:
    answer.text("Someone new")  # type: ignore[attr-defined]
    answer.person(in_the_past.lou)  # type: ignore[attr-defined]
    stored = second_library.load_map(map_id)
    actions = window.people_actions
    window.selection.set([in_the_past.sam], in_the_past.sam)
    for action in (actions.add, actions.rename, actions.delete, actions.connect_person):
        assert not action.isEnabled(), action.text()
    assert actions.edit.isEnabled()  # the editor shows the person, read-only
    # Keys in the People table, where N, F2 and Del act on people.
    window.people_dock.raise_()
    window.people_dock.focus_table()
    qtbot.waitUntil(window.people_dock.table.hasFocus)
    for key in (Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Insert):
        QTest.keyClick(window.people_dock.table, key)
    # Called directly (as a menu entry would), they do nothing either.
    actions.add_person()
    actions.rename_person(in_the_past.sam)
    actions.delete_selected()
    actions.connect_current(in_the_past.sam)
    assert second_library.load_map(map_id) == stored
    assert len(window.document.require_map().people) == 3
    assert not window.maps_dock.rename_button.isEnabled()
    window.maps_dock.rename_map()
    assert second_library.load_map(map_id).title == stored.title


def test_the_person_panel_shows_a_past_person_readably_but_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    in_the_past: History,
    second_library: Library,
    map_id: int,
) -> None:
    stored = second_library.load_map(map_id)
    dock = window.person_dock
    window.selection.set([in_the_past.sam], in_the_past.sam)
    dock.focus_editor()
    qtbot.waitUntil(dock.name_edit.hasFocus)
    assert dock.name_edit.text() == "Sam" and dock.name_edit.isEnabled()
    assert dock.name_edit.isReadOnly() and dock.notes_edit.isReadOnly()
    assert dock.past_note.isVisible() and "Nothing can be changed" in dock.past_note.text()

    QTest.keyClicks(dock.name_edit, "antha")
    QTest.keyClick(dock.name_edit, Qt.Key.Key_Return)
    assert dock.name_edit.text() == "Sam"
    assert dock.contact_edit.isReadOnly()
    QTest.keyClicks(dock.contact_edit, "0170 555")
    QTest.keyClick(dock.contact_edit, Qt.Key.Key_Return)
    assert dock.contact_edit.text() == ""

    safety = dock.safety_combo
    assert safety.isEnabled() and safety.currentData() == Safety.SAFE  # as it was then
    safety.setFocus()
    QTest.keyClick(safety, Qt.Key.Key_Down)
    qtbot.mouseClick(safety, Qt.MouseButton.LeftButton)
    assert safety.currentData() == Safety.SAFE

    check = dock.barrier_checks[Barrier.SHAME]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not check.isChecked()

    ties = dock.ties
    assert not ties.remove_button.isEnabled() and not ties.connect_button.isEnabled()
    dock.notes_edit.setFocus()
    QTest.keyClicks(dock.notes_edit, "A note")
    window.view.setFocus()
    assert dock.notes_edit.toPlainText() == ""

    assert window.document.read_only
    assert second_library.load_map(map_id) == stored
    assert window.document.require_map().person(in_the_past.sam).safety is Safety.SAFE


def test_the_panel_is_editable_again_back_in_the_present(
    qtbot: QtBot, window: MainWindow, in_the_past: History, second_library: Library, map_id: int
) -> None:
    window.document.back_to_now()
    dock = window.person_dock
    window.selection.set([in_the_past.sam], in_the_past.sam)
    assert not dock.name_edit.isReadOnly() and not dock.notes_edit.isReadOnly()
    assert not dock.past_note.isVisible()
    dock.focus_editor()
    QTest.keyClick(dock.name_edit, Qt.Key.Key_End)
    QTest.keyClicks(dock.name_edit, "antha")
    with qtbot.waitSignal(window.document.edited):
        QTest.keyClick(dock.name_edit, Qt.Key.Key_Return)
    assert second_library.load_map(map_id).person(in_the_past.sam).name == "Samantha"


def test_findings_and_the_people_table_show_the_past_map(
    window: MainWindow, in_the_past: History
) -> None:
    window.insight.live.refresh_now()
    analysed = window.insight.live.support_map
    assert analysed is not None
    assert sorted(p.name for p in analysed.people.values()) == ["Kim", "Lou", "Sam"]
    model = window.people_dock.model
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert names == {"Sam", "Kim", "Lou"}


def test_exporting_while_looking_back_writes_the_map_as_it_is_now(
    window: MainWindow, in_the_past: History, tmp_path: Path
) -> None:
    path = tmp_path / "alex.supportmap.json"
    window.document.export_map(path)
    written = read_document(path)
    assert sorted(p.name for p in written.map.people.values()) == ["Lou", "Priya", "Sam"]
    assert [s.label for s in written.snapshots] == ["Session 1"]
    graphml = tmp_path / "alex.graphml"
    window.document.export_for_tools(graphml)
    graph = networkx.read_graphml(graphml)
    people = sorted(name for node, name in graph.nodes(data="name") if node != "ego")
    assert people == ["Lou", "Priya", "Sam"]
    assert window.document.read_only  # still looking back


def test_the_person_panel_invites_to_look_rather_than_edit(
    window: MainWindow, in_the_past: History
) -> None:
    window.selection.clear()
    hint = window.person_dock.hint.text()
    assert hint.endswith("to see what they meant to you then.")
    assert "edit" not in hint


def test_a_person_s_menu_offers_no_change_in_the_past(
    window: MainWindow, in_the_past: History
) -> None:
    window.selection.set([in_the_past.sam], in_the_past.sam)
    menu = person_menu(window.view, in_the_past.sam)
    entries = {action.text(): action.isEnabled() for action in menu.actions() if action.text()}
    assert entries["Connect to…"] is False and entries["Rename…"] is False
    assert entries["&Delete"] is False
    assert entries["Edit…"] is True  # shows the person, read-only
    window.view.start_connect(in_the_past.sam)
    assert window.view.tool.name == "select"

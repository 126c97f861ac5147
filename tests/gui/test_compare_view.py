"""Comparing two moments: the marks on the canvas, the change list, side by side, and leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from supportmap.gui.canvas.change_marks import GhostItem, NewTagItem, SafetyWasItem, TrailItem
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.moments import History, banner_buttons, make_history


@pytest.fixture
def history(window: MainWindow) -> History:
    return make_history(window.document)


@pytest.fixture
def comparing(qtbot: QtBot, window: MainWindow, history: History) -> History:
    """Session 1 compared with now."""
    with qtbot.waitSignal(window.document.moment_changed):
        window.document.compare(history.snapshot_id, None)
    return history


def _marks(window: MainWindow) -> dict[type, list[object]]:
    found: dict[type, list[object]] = {GhostItem: [], TrailItem: [], NewTagItem: []}
    found[SafetyWasItem] = []
    for item in window.view.map_scene.items():
        if type(item) in found:
            found[type(item)].append(item)
    return found


def test_the_canvas_marks_who_is_new_gone_moved_and_changed_safety(
    window: MainWindow, comparing: History
) -> None:
    marks = _marks(window)
    (ghost,) = marks[GhostItem]
    (trail,) = marks[TrailItem]
    (tag,) = marks[NewTagItem]
    (ring,) = marks[SafetyWasItem]
    assert isinstance(ghost, GhostItem) and ghost.name == "Kim"
    assert ghost.pos() == QPointF(0.0, 220.0)  # where Kim was at Session 1
    assert "Kim" in ghost.toolTip() and "Session 1" in ghost.toolTip()
    assert isinstance(trail, TrailItem) and trail.person_id == comparing.sam
    assert trail.line.p1() == QPointF(320.0, 0.0)  # from where Sam was, towards where Sam is
    assert "Sam" in trail.toolTip() and "circle 3" in trail.toolTip()
    assert isinstance(tag, NewTagItem) and tag.person_id == comparing.priya
    assert "Priya" in tag.toolTip()
    assert isinstance(ring, SafetyWasItem) and ring.person_id == comparing.sam
    assert "“Safe”" in ring.toolTip() and "“Strings attached”" in ring.toolTip()
    # Lou stayed as she was: nothing marks her.
    assert comparing.lou not in {getattr(m, "person_id", None) for ms in marks.values() for m in ms}


def test_a_ghost_cannot_be_selected_or_dragged(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    viewport = window.view.viewport()
    at = window.view.mapFromScene(QPointF(0.0, 220.0))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert window.selection.ids() == ()
    assert window.view.person_at(at) is None


def test_the_marks_go_back_to_now_with_the_comparison(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    with qtbot.waitSignal(window.document.moment_changed):
        qtbot.mouseClick(banner_buttons(window)["Back to now"], Qt.MouseButton.LeftButton)
    assert all(not items for items in _marks(window).values())
    assert not window.view.mode_banner.isVisible()
    assert not window.changes_dock.isVisible()


def test_the_change_list_comes_forward_with_the_summary_first(
    window: MainWindow, comparing: History
) -> None:
    dock = window.changes_dock
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()  # raised over its tabs
    summary = dock.summary.text()
    assert "Sam is now in a circle closer to you." in summary
    assert "Priya is new on your map." in summary
    assert "Kim is no longer on your map." in summary
    lines = dock.lines()
    assert lines[lines.index("New on the map") + 1] == "Priya"
    assert lines[lines.index("No longer on the map") + 1] == "Kim"
    assert lines[lines.index("Moved closer") + 1] == "Sam: circle 3 → 1"
    assert lines[lines.index("How safe it feels") + 1] == "Sam: “Safe” → “Strings attached”"
    pair = {"Sam and Kim: no longer connected", "Kim and Sam: no longer connected"}
    assert len(pair & set(lines)) == 1  # the pair in the order of their ids


def test_choosing_a_line_selects_that_person_on_the_canvas(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    tree = window.changes_dock.tree
    group = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Moved closer"  # type: ignore[union-attr]
    )
    assert group is not None
    line = group.child(0)
    tree.scrollToItem(line)
    rect = tree.visualItemRect(line)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids() == (comparing.sam,)
    item = window.view.map_scene.person_item(comparing.sam)
    assert item is not None and item.isSelected()


def test_nothing_changed_is_said_warmly(qtbot: QtBot, window: MainWindow, history: History) -> None:
    window.document.take_snapshot("Session 2")
    latest = window.document.list_snapshots()[-1]
    with qtbot.waitSignal(window.document.moment_changed):
        window.document.compare(latest.snapshot_id, None)
    assert window.changes_dock.summary.text().startswith("Nothing changed between these two")
    assert window.changes_dock.lines() == []
    assert window.view.mode_banner.detail.text().startswith("Nothing changed")
    assert all(not items for items in _marks(window).values())


def test_side_by_side_shows_the_earlier_map_on_the_left(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    area = window.map_area
    assert not area.side_by_side
    side_by_side = banner_buttons(window)["Side by side"]
    qtbot.mouseClick(side_by_side, Qt.MouseButton.LeftButton)
    assert side_by_side.isChecked() and area.side_by_side
    banner = window.view.mode_banner
    assert banner.isVisible() and not banner.detail.isVisible()  # the captions say it; room
    before = area.before_view
    assert before is not None and before.isVisible() and window.view.isVisible()
    assert before.x() < window.view.x()
    assert {i.person.name for i in before.map_scene.person_items()} == {"Sam", "Kim", "Lou"}
    assert {i.person.name for i in window.view.map_scene.person_items()} == {
        "Sam",
        "Lou",
        "Priya",
    }
    assert area.before_caption.text().startswith("Session 1 · ")
    assert area.after_caption.text() == "Now"
    assert before.is_read_only

    zoom = before.zoom()
    window.zoom_in_action.trigger()
    assert before.zoom() > zoom  # zooming acts on both maps

    side_by_side = banner_buttons(window)["Side by side"]
    qtbot.mouseClick(side_by_side, Qt.MouseButton.LeftButton)
    assert not area.side_by_side and not before.isVisible()
    assert banner.detail.isVisible() and "Session 1" in banner.detail.text()


def test_the_earlier_side_cannot_be_edited(
    qtbot: QtBot,
    window: MainWindow,
    comparing: History,
    second_library: Library,
    map_id: int,
) -> None:
    stored = second_library.load_map(map_id)
    qtbot.mouseClick(banner_buttons(window)["Side by side"], Qt.MouseButton.LeftButton)
    before = window.map_area.before_view
    assert before is not None
    qtbot.waitExposed(before)
    kim = before.map_scene.person_item(comparing.kim)
    assert kim is not None
    start = before.mapFromScene(kim.pos())
    end = before.mapFromScene(QPointF(-300.0, -250.0))
    viewport = before.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=end)
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_N)
    assert kim.pos() == QPointF(0.0, 220.0)
    assert len(before.document.require_map().people) == 3
    assert before.document.undo_stack.count() == 0
    assert second_library.load_map(map_id) == stored


def test_leaving_the_comparison_closes_side_by_side(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    qtbot.mouseClick(banner_buttons(window)["Side by side"], Qt.MouseButton.LeftButton)
    assert window.map_area.side_by_side
    window.view.setFocus()
    with qtbot.waitSignal(window.document.moment_changed):
        QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.map_area.side_by_side
    assert not window.document.read_only


def test_opening_another_map_ends_the_comparison(
    qtbot: QtBot, window: MainWindow, comparing: History, library: Library
) -> None:
    qtbot.mouseClick(banner_buttons(window)["Side by side"], Qt.MouseButton.LeftButton)
    other = library.create_map("Robin")
    window.maps_dock.refresh()
    with qtbot.waitSignal(window.document.moment_changed):
        window.open_map(other)
    assert window.document.compared is None and not window.document.read_only
    assert not window.view.mode_banner.isVisible()
    assert all(not items for items in _marks(window).values())
    assert not window.map_area.side_by_side
    assert not window.changes_dock.isVisible()
    assert window.people_actions.add.isEnabled()


def test_choosing_someone_on_one_side_chooses_them_on_the_other(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    qtbot.mouseClick(banner_buttons(window)["Side by side"], Qt.MouseButton.LeftButton)
    before = window.map_area.before_view
    assert before is not None
    qtbot.waitExposed(before)
    lou = before.map_scene.person_item(comparing.lou)
    assert lou is not None
    qtbot.mouseClick(
        before.viewport(), Qt.MouseButton.LeftButton, pos=before.mapFromScene(lou.pos())
    )
    assert window.selection.ids() == (comparing.lou,)  # the Person panel shows her

    sam = window.view.map_scene.person_item(comparing.sam)
    assert sam is not None
    at = window.view.mapFromScene(sam.pos())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert before.selection.ids() == (comparing.sam,)
    before_sam = before.map_scene.person_item(comparing.sam)
    assert before_sam is not None and before_sam.isSelected()

    kim = before.map_scene.person_item(comparing.kim)
    assert kim is not None
    qtbot.mouseClick(
        before.viewport(), Qt.MouseButton.LeftButton, pos=before.mapFromScene(kim.pos())
    )
    assert before.selection.ids() == (comparing.kim,)
    assert window.selection.ids() == ()  # Kim is not on the later map


def test_side_by_side_by_keyboard_keeps_the_focus_on_its_button(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    button = banner_buttons(window)["Side by side"]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert window.map_area.side_by_side
    assert banner_buttons(window)["Side by side"] is button and button.hasFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not window.map_area.side_by_side


def test_two_snapshots_compared_show_the_later_one_with_both_labels(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    window.document.take_snapshot("Session 2")
    first, second = window.document.list_snapshots()
    window.document.add_person("Noor")  # after Session 2: not part of this comparison
    with qtbot.waitSignal(window.document.moment_changed):
        window.document.compare(second.snapshot_id, first.snapshot_id)
    assert window.view.mode_banner.title.text() == "Comparing “Session 1” with “Session 2”"
    names = {item.person.name for item in window.view.map_scene.person_items()}
    assert names == {"Sam", "Lou", "Priya"}
    qtbot.mouseClick(banner_buttons(window)["Side by side"], Qt.MouseButton.LeftButton)
    assert window.map_area.before_caption.text().startswith("Session 1 · ")
    assert window.map_area.after_caption.text().startswith("Session 2 · ")


def test_resting_the_pointer_on_a_mark_says_what_changed(
    qtbot: QtBot, window: MainWindow, comparing: History
) -> None:
    def tooltip_at(x: float, y: float) -> str:
        QToolTip.hideText()
        viewport = window.view.viewport()
        at = window.view.mapFromScene(QPointF(x, y))
        event = QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text()

    assert tooltip_at(0.0, 220.0).startswith("Kim was on the map in “Session 1”")
    sam = window.view.map_scene.person_item(comparing.sam)
    assert sam is not None
    ring = tooltip_at(sam.x(), sam.y() - 29.5)  # on the ring of Sam's earlier safety
    assert ring.startswith("Leaning on Sam was “Safe” in “Session 1”")
    assert "Sam" in tooltip_at(sam.x(), sam.y())  # the node itself keeps its own words
    assert not tooltip_at(sam.x(), sam.y()).startswith("Leaning on")

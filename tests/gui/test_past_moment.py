"""A past moment on screen: the banner that names it, and the ways back (buttons, Esc)."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.gui.canvas import picture_export
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.moments import History, banner_buttons, make_history


@pytest.fixture
def history(window: MainWindow) -> History:
    return make_history(window.document)


@pytest.fixture
def in_the_past(qtbot: QtBot, window: MainWindow, history: History) -> History:
    """Session 1 shown read-only."""
    with qtbot.waitSignal(window.document.moment_changed):
        window.document.show_moment(history.snapshot_id)
    return history


def test_a_past_moment_has_a_banner_that_names_it_and_offers_compare_and_back(
    qtbot: QtBot, window: MainWindow, in_the_past: History
) -> None:
    banner = window.view.mode_banner
    assert banner.isVisible()
    assert banner.title.text() == "Looking back at “Session 1”"
    assert "nothing can be changed" in banner.detail.text()
    assert list(banner_buttons(window)) == ["Compare with now", "Back to now"]
    assert window.view.is_read_only

    with qtbot.waitSignal(window.document.moment_changed):
        qtbot.mouseClick(banner_buttons(window)["Back to now"], Qt.MouseButton.LeftButton)
    assert not window.document.read_only
    assert not banner.isVisible()
    assert window.document.require_map().people[in_the_past.priya].name == "Priya"


def test_compare_with_now_turns_the_banner_into_the_comparison(
    qtbot: QtBot, window: MainWindow, in_the_past: History
) -> None:
    with qtbot.waitSignal(window.document.moment_changed):
        qtbot.mouseClick(banner_buttons(window)["Compare with now"], Qt.MouseButton.LeftButton)
    compared = window.document.compared
    assert compared is not None and compared.before_entry is not None
    assert compared.before_entry.label == "Session 1" and compared.after_entry is None
    banner = window.view.mode_banner
    assert banner.title.text() == "Comparing “Session 1” with now"
    assert list(banner_buttons(window)) == ["Side by side", "Back to now"]
    assert banner_buttons(window)["Side by side"].isCheckable()


def test_escape_on_the_canvas_goes_back_to_now(
    qtbot: QtBot, window: MainWindow, in_the_past: History
) -> None:
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    window.selection.set([in_the_past.sam], in_the_past.sam)
    with qtbot.waitSignal(window.document.moment_changed):
        QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.document.read_only
    assert not window.view.mode_banner.isVisible()


def test_escape_in_a_panel_goes_back_to_now_too(
    qtbot: QtBot, window: MainWindow, in_the_past: History
) -> None:
    window.people_dock.raise_()
    window.people_dock.focus_table()
    qtbot.waitUntil(window.people_dock.table.hasFocus)
    with qtbot.waitSignal(window.document.moment_changed):
        QTest.keyClick(window.people_dock.table, Qt.Key.Key_Escape)
    assert not window.document.read_only


def test_what_if_on_a_past_map_changes_nothing_and_gives_the_banner_back(
    qtbot: QtBot, window: MainWindow, in_the_past: History, second_library: Library, map_id: int
) -> None:
    stored = second_library.load_map(map_id)
    whatif = window.insight.whatif
    window.insight.live.refresh_now()
    assert whatif.enter(in_the_past.sam)
    assert window.view.mode_banner.title.text() != "Looking back at “Session 1”"
    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # leaves what-if first
    assert not whatif.is_active() and window.document.read_only
    assert window.view.mode_banner.title.text() == "Looking back at “Session 1”"
    assert second_library.load_map(map_id) == stored
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.document.read_only


def test_the_banner_grows_to_show_all_its_words_on_a_small_window(
    qtbot: QtBot, window: MainWindow, in_the_past: History
) -> None:
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.view.width() < 700)
    with qtbot.waitSignal(window.document.moment_changed):
        qtbot.mouseClick(banner_buttons(window)["Compare with now"], Qt.MouseButton.LeftButton)
    banner = window.view.mode_banner
    detail = banner.detail
    assert detail.height() >= detail.heightForWidth(detail.width())  # no line cut off
    assert detail.geometry().bottom() < banner.height()
    for button in banner_buttons(window).values():
        assert button.isVisible() and button.geometry().bottom() < banner.height()


def test_the_view_menu_offers_the_banner_s_ways_on_to_the_keyboard(
    qtbot: QtBot, window: MainWindow, history: History
) -> None:
    banner = window.past_banner
    ways = (banner.compare_action, banner.side_by_side_action, banner.back_action)
    assert all(action in window.view_menu.actions() for action in ways)
    assert not any(action.isEnabled() for action in ways)  # nothing to leave in the present
    window.document.show_moment(history.snapshot_id)
    assert banner.compare_action.isEnabled() and banner.back_action.isEnabled()
    assert not banner.side_by_side_action.isEnabled()  # one map: nothing to put beside it
    with qtbot.waitSignal(window.document.moment_changed):
        banner.compare_action.trigger()
    assert not banner.compare_action.isEnabled() and banner.side_by_side_action.isEnabled()
    banner.side_by_side_action.trigger()
    assert window.map_area.side_by_side
    with qtbot.waitSignal(window.document.moment_changed):
        banner.back_action.trigger()
    assert not window.document.read_only and not window.map_area.side_by_side


def test_a_picture_of_a_past_moment_carries_that_moment_s_day(
    qtbot: QtBot,
    window: MainWindow,
    in_the_past: History,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(picture_export, "today", lambda: QDate(2031, 1, 2))
    moment = window.document.moment
    assert moment is not None
    local = moment.taken.astimezone()
    then = QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )
    path = tmp_path / "then.svg"
    picture_export.export_picture(window.view.scene(), path)
    texts = [e.text or "" for e in ElementTree.parse(path).getroot().iter()]
    assert then in texts
    assert QLocale().toString(QDate(2031, 1, 2), QLocale.FormatType.LongFormat) not in texts

    window.document.back_to_now()
    picture_export.export_picture(window.view.scene(), path)
    texts = [e.text or "" for e in ElementTree.parse(path).getroot().iter()]
    assert QLocale().toString(QDate(2031, 1, 2), QLocale.FormatType.LongFormat) in texts


def test_a_moment_that_cannot_be_read_for_comparing_is_explained_and_stays(
    qtbot: QtBot,
    window: MainWindow,
    in_the_past: History,
    full_disk,  # type: ignore[no-untyped-def]
    problems_shown: list[str],
) -> None:
    with full_disk():
        qtbot.mouseClick(banner_buttons(window)["Compare with now"], Qt.MouseButton.LeftButton)
    assert len(problems_shown) == 1
    assert window.document.moment is not None and window.document.compared is None
    assert window.view.mode_banner.title.text() == "Looking back at “Session 1”"

"""Lock now, the automatic lock and quick hide on a protected library (DESIGN §10, §8.2): the
window shows no client while locked, and the passphrase brings back the same map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.gui.lock import IDLE_SETTING
from supportmap.gui.main_window import MainWindow
from tests.gui.protected import (
    DEMO_NAMES,
    PASSPHRASE,
    answer_passphrases,
    close_window,
    make_library,
    open_window,
)
from tests.gui.room import focus_window, press
from tests.gui.screen_text import readable_texts, shown_anywhere


@pytest.fixture
def protected_window(qtbot: QtBot, tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    path = tmp_path / "protected.db"
    make_library(path)
    window = open_window(qtbot, path, settings)
    focus_window(window, qtbot)
    yield window
    close_window(window)


def _names_shown(window: MainWindow) -> list[str]:
    texts = readable_texts(window)
    return [name for name in DEMO_NAMES if shown_anywhere(name, texts)]


def test_lock_now_hides_every_name_and_the_passphrase_brings_back_the_map(
    protected_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = protected_window
    document = window.document
    map_id = document.map_id
    theo = next(p.id for p in document.require_map().people.values() if p.name == "Theo")
    window.selection.set([theo], theo)
    assert _names_shown(window)

    press(window.view, "Ctrl+Shift+L")

    assert document.locked
    assert document.support_map is None and not document.has_library
    assert window.windowTitle() == "SupportMap"
    assert _names_shown(window) == []
    assert window.quick_hide.cover.isVisible()

    asked = answer_passphrases(monkeypatch, ["not it", PASSPHRASE])
    qtbot.mouseClick(window.quick_hide.cover, Qt.MouseButton.LeftButton)

    assert [problem != "" for _, problem in asked.asked] == [False, True]
    assert "does not open this library" in asked.asked[1][1]
    assert not document.locked
    assert document.map_id == map_id
    assert window.selection.ids() == (theo,)
    assert not window.quick_hide.cover.isVisible()
    assert "Robin" in window.windowTitle()


def test_cancelling_the_passphrase_keeps_the_library_locked(
    protected_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = protected_window
    window.lock.action.trigger()
    answer_passphrases(monkeypatch, [None])
    qtbot.mouseClick(window.quick_hide.cover, Qt.MouseButton.LeftButton)
    assert window.document.locked
    assert window.quick_hide.cover.isVisible()
    assert _names_shown(window) == []


def test_it_locks_itself_after_the_idle_time_but_not_while_someone_types(
    protected_window: MainWindow, qtbot: QtBot
) -> None:
    window = protected_window
    window.lock.idle.set_interval(500)
    for _ in range(10):  # a second of typing, twice the idle time, never idle that long
        QTest.keyClick(window.view, Qt.Key.Key_Shift)
        qtbot.wait(100)
        assert not window.document.locked
    qtbot.waitUntil(lambda: window.document.locked, timeout=3000)
    assert _names_shown(window) == []


def test_preferences_choose_the_idle_time_and_never_turns_it_off(
    protected_window: MainWindow, qtbot: QtBot, settings: QSettings
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from supportmap.gui.preferences import PreferencesDialog

    window = protected_window
    assert window.lock.idle._timer.interval() == 10 * 60_000  # the default: ten minutes

    def choose_never() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        box = dialog.idle_box
        QTest.keyClick(box, Qt.Key.Key_End)  # the last choice: never
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_never)
    window.preferences_action.trigger()

    assert int(str(settings.value(IDLE_SETTING))) == 0
    assert not window.lock.idle._timer.isActive()


def test_quick_hide_of_a_protected_library_asks_for_the_passphrase(
    protected_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = protected_window
    press(window.view, "Ctrl+Shift+H")
    assert window.quick_hide.covered and not window.document.locked
    assert _names_shown(window) == []

    asked = answer_passphrases(monkeypatch, [None, "not it", PASSPHRASE])
    press(window.quick_hide.cover, "Ctrl+Shift+H")
    assert window.quick_hide.covered  # cancelled: the cover stays
    press(window.quick_hide.cover, "Ctrl+Shift+H")
    assert not window.quick_hide.covered
    assert [problem != "" for _, problem in asked.asked] == [False, False, True]
    assert _names_shown(window)


def test_an_unprotected_library_has_nothing_to_lock(window: MainWindow) -> None:
    assert not window.lock.action.isEnabled()
    assert "protected with a passphrase" in window.lock.action.toolTip()
    press(window.view, "Ctrl+Shift+L")
    assert not window.document.locked
    assert window.document.support_map is not None

"""Quick hide (DESIGN §8.2): one key covers the window with a screen that names nobody; the
same key or a click brings everything back as it was, keyboard focus included."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow
from tests.gui.room import NOTES, Room, click_tab, fill_room, focus_window, press
from tests.gui.screen_text import readable_texts, shown_anywhere

KEY = "Ctrl+Shift+H"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _assert_no_name(window: MainWindow, room: Room) -> None:
    texts = readable_texts(window)
    for name in (*room.names, *NOTES.values()):
        assert not shown_anywhere(name, texts), name


def _editing_sam(window: MainWindow, qtbot: QtBot) -> Room:
    """Sam's name field has the keyboard, as when someone is in the middle of editing."""
    room = fill_room(window)
    focus_window(window, qtbot)
    window.selection.set([room.people["Sam"]], room.people["Sam"])
    click_tab(qtbot, window, "Person: Sam")
    window.person_dock.name_edit.setFocus()
    qtbot.waitUntil(window.person_dock.name_edit.hasFocus)
    return room


def test_the_key_covers_every_name_and_brings_back_the_title_and_the_focus(
    window: MainWindow, qtbot: QtBot
) -> None:
    room = _editing_sam(window, qtbot)
    title = window.windowTitle()
    assert shown_anywhere("Sam", readable_texts(window))

    press(window.person_dock.name_edit, KEY)

    assert window.windowTitle() == "SupportMap"
    _assert_no_name(window, room)

    press(QApplication.focusWidget(), KEY)

    assert window.windowTitle() == title
    assert shown_anywhere("Sam", readable_texts(window))
    qtbot.waitUntil(window.person_dock.name_edit.hasFocus)


def test_a_click_on_the_cover_brings_everything_back(window: MainWindow, qtbot: QtBot) -> None:
    room = _editing_sam(window, qtbot)
    title = window.windowTitle()
    press(window.person_dock.name_edit, KEY)
    cover = window.quick_hide.cover
    assert cover.geometry() == window.rect()

    qtbot.mouseClick(cover, Qt.MouseButton.LeftButton, pos=cover.rect().center())

    assert not cover.isVisible()
    assert window.windowTitle() == title
    assert shown_anywhere(room.names[-2], readable_texts(window))  # Sam
    qtbot.waitUntil(window.person_dock.name_edit.hasFocus)


def test_keys_behind_the_cover_do_nothing(window: MainWindow, qtbot: QtBot, answer) -> None:  # type: ignore[no-untyped-def]
    _editing_sam(window, qtbot)
    people = dict(window.document.require_map().people)
    answer.text("Someone new")
    press(window.person_dock.name_edit, KEY)

    for keys in ("N", "Del", "Ctrl+Z", "F5", "Tab", "F2"):
        press(QApplication.focusWidget(), keys)

    assert window.quick_hide.covered
    assert window.quick_hide.cover.hasFocus()
    assert not window.presentation.active
    assert window.document.require_map().people == people
    assert not window.menuBar().isEnabled()


def test_floating_panels_and_tooltips_go_under_the_cover_too(
    window: MainWindow, qtbot: QtBot
) -> None:
    room = _editing_sam(window, qtbot)
    window.people_dock.setFloating(True)
    window.people_dock.show()
    qtbot.waitUntil(window.people_dock.isVisible)
    QToolTip.showText(window.mapToGlobal(QPoint(100, 100)), "Sam", window)
    qtbot.waitUntil(QToolTip.isVisible)

    press(window.person_dock.name_edit, KEY)

    assert not QToolTip.isVisible()
    assert not window.people_dock.isVisible()
    _assert_no_name(window, room)

    press(QApplication.focusWidget(), KEY)

    assert window.people_dock.isVisible() and window.people_dock.isFloating()
    window.people_dock.setFloating(False)


def test_quick_hide_works_in_presentation_mode_and_returns_to_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    room = _editing_sam(window, qtbot)
    press(window.view, "F5")
    presented = window.windowTitle()
    assert presented == "Alex — first session"

    QTest.keySequence(window.view, KEY)
    assert window.windowTitle() == "SupportMap"
    _assert_no_name(window, room)
    qtbot.mouseClick(window.quick_hide.cover, Qt.MouseButton.LeftButton)

    assert window.presentation.active
    assert window.windowTitle() == presented


def test_notes_being_typed_are_kept_and_get_the_keyboard_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    room = _editing_sam(window, qtbot)
    notes = window.person_dock.notes_edit
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, " Talked today.")

    press(notes, KEY)

    assert window.quick_hide.covered
    saved = window.document.require_map().people[room.people["Sam"]].notes
    assert saved == NOTES["Sam"] + " Talked today."
    press(QApplication.focusWidget(), KEY)
    qtbot.waitUntil(notes.hasFocus)
    assert notes.toPlainText() == saved


def test_the_key_works_with_a_menu_open_and_closes_it(window: MainWindow, qtbot: QtBot) -> None:
    room = _editing_sam(window, qtbot)
    bar = window.menuBar()
    place = bar.actionGeometry(window.edit_menu.menuAction())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=place.center())
    qtbot.waitUntil(window.edit_menu.isVisible)
    assert shown_anywhere("Undo Add Kim", readable_texts(window))

    QTest.keyPress(window.edit_menu, Qt.Key.Key_H, CTRL_SHIFT)  # the menu is gone on release

    assert window.quick_hide.covered
    assert not window.edit_menu.isVisible()
    _assert_no_name(window, room)


def test_the_key_closes_an_open_dialog_as_if_cancelled(window: MainWindow, qtbot: QtBot) -> None:
    room = _editing_sam(window, qtbot)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    seen: list[list[str]] = []
    left_open: list[bool] = []

    def hide_from_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.focusWidget() is None:
            QTimer.singleShot(10, hide_from_the_dialog)
            return
        seen.append(readable_texts(window))
        QTest.keyPress(dialog.focusWidget(), Qt.Key.Key_H, CTRL_SHIFT)
        left_open.append(dialog.isVisible())
        if dialog.isVisible():
            dialog.close()  # so that the test goes on to fail instead of waiting for ever

    QTimer.singleShot(0, hide_from_the_dialog)
    QTest.keyClick(window.view, Qt.Key.Key_F2)  # "New name for Sam:"

    assert shown_anywhere("New name for Sam", seen[0])
    assert left_open == [False]
    assert window.quick_hide.covered
    _assert_no_name(window, room)
    assert window.document.require_map().people[room.people["Sam"]].name == "Sam"
    focus_window(window, qtbot)  # the test platform leaves no window active after a dialog
    assert window.quick_hide.cover.hasFocus()
    press(window.quick_hide.cover, KEY)
    qtbot.waitUntil(window.view.hasFocus)

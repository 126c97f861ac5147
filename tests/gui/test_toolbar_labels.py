"""Toolbar buttons keep fixed labels; what Undo would undo is named in its tooltip and menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow

LONG_NAME = "Maximilian Alexander von Hohenberg-Sankt Leonhard"


def test_undo_and_redo_keep_their_labels_and_no_button_falls_off(
    qtbot: QtBot, window: MainWindow, answer
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    toolbar = window.toolbar
    undo_button = toolbar.widgetForAction(window.undo_action)
    redo_button = toolbar.widgetForAction(window.redo_action)
    width_before = undo_button.width()

    answer.text(LONG_NAME)
    qtbot.mouseClick(toolbar.widgetForAction(window.people_actions.add), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())

    assert undo_button.text() == "Undo"
    assert undo_button.width() == width_before
    assert LONG_NAME in undo_button.toolTip()
    edit_entries = [a.text() for a in window.edit_menu.actions()]
    assert f"Undo Add {LONG_NAME}" in edit_entries
    for action in toolbar.actions():
        if not action.isSeparator():
            button = toolbar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.iconText()
            assert toolbar.rect().contains(button.geometry()), action.iconText()

    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert not window.document.require_map().people
    assert redo_button.text() == "Redo"
    assert LONG_NAME in redo_button.toolTip()
    assert f"Redo Add {LONG_NAME}" in [a.text() for a in window.edit_menu.actions()]

"""The Person panel's Conflict button is pressed only for a chosen tie in conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow


def _click_in_people_table(qtbot: QtBot, window: MainWindow, name: str) -> None:
    table = window.people_dock.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_someone_with_no_connections_shows_no_pressed_conflict(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = window.document
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    document.add_person("Jo")
    document.add_tie(sam, kim, conflict=True)
    window.person_dock.raise_()
    button = window.person_dock.ties.conflict_button

    _click_in_people_table(qtbot, window, "Sam")
    qtbot.waitUntil(lambda: window.person_dock.person_id == sam)
    assert button.isEnabled() and button.isChecked()

    _click_in_people_table(qtbot, window, "Jo")
    qtbot.waitUntil(lambda: window.person_dock.person_id != sam)
    assert not button.isEnabled()
    assert not button.isChecked()

    _click_in_people_table(qtbot, window, "Kim")
    qtbot.waitUntil(lambda: window.person_dock.person_id == kim)
    assert button.isEnabled() and button.isChecked()

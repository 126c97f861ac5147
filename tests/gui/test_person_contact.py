"""The Person panel's contact field: saved like the other fields, one undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.core.model import CONTACT_MAX
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.gestures import retype


def test_a_contact_typed_in_is_saved_once_and_undone(
    window: MainWindow, second_library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    dock = window.person_dock
    dock.focus_editor()
    dock.contact_edit.setFocus()
    qtbot.waitUntil(dock.contact_edit.hasFocus)
    stack = window.document.undo_stack
    count = stack.count()

    QTest.keyClicks(dock.contact_edit, "07700 900123")
    assert stack.count() == count
    QTest.keyClick(dock.contact_edit, Qt.Key.Key_Return)

    assert stack.count() == count + 1
    assert window.undo_action.text() == "Undo Edit Sam"
    stored = second_library.load_map(window.document.map_id)
    assert stored.person(sam).contact == "07700 900123"

    stack.undo()
    assert dock.contact_edit.text() == ""
    assert second_library.load_map(window.document.map_id).person(sam).contact == ""


def test_a_contact_stops_at_its_limit_and_shows_the_person_chosen(
    window: MainWindow, second_library: Library
) -> None:
    sam = window.document.add_person("Sam", contact="via Kim")
    kim = window.document.add_person("Kim")
    window.selection.set([sam])
    dock = window.person_dock
    assert dock.contact_edit.text() == "via Kim"
    assert dock.contact_edit.placeholderText()

    window.selection.set([kim])
    assert dock.contact_edit.text() == ""
    retype(dock.contact_edit, "9" * (CONTACT_MAX + 10))
    stored = second_library.load_map(window.document.map_id)
    assert stored.person(kim).contact == "9" * CONTACT_MAX
    assert stored.person(sam).contact == "via Kim"

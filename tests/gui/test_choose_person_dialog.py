"""The chooser of a person: the keyboard stays in the search box and still moves the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from supportmap.gui.dialogs import ChoosePersonDialog

PEOPLE = [("p1", "Dana"), ("p2", "Helen"), ("p3", "Jamie"), ("p4", "Kit")]


def open_dialog(qtbot) -> ChoosePersonDialog:  # type: ignore[no-untyped-def]
    dialog = ChoosePersonDialog("Connect", "Who does Sam know?", PEOPLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.search.setFocus()
    qtbot.waitUntil(dialog.search.hasFocus)
    return dialog


def test_arrow_and_page_keys_in_the_search_box_move_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen() == "p2"
    QTest.keyClick(dialog.search, Qt.Key.Key_PageDown)
    assert dialog.chosen() == "p4"
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.chosen() == "p3"
    QTest.keyClick(dialog.search, Qt.Key.Key_PageUp)
    assert dialog.chosen() == "p1"
    assert dialog.search.hasFocus()


def test_down_skips_people_the_search_hides_and_enter_takes_the_highlighted(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    QTest.keyClicks(dialog.search, "i")  # Kit, Jamie; not Dana, not Helen
    assert dialog.chosen() == "p3"
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen() == "p4"
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == "p4"

"""Keyboard only, through the people table: add, rename, edit, connect, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.core.vocabulary import Barrier
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library


def test_keyboard_only_path_through_the_people_table(
    window: MainWindow, second_library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    map_id = window.document.map_id
    table = window.people_dock.table
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(table.hasFocus)

    answer.text("Sam")
    QTest.keyClick(table, Qt.Key.Key_Insert)
    answer.text("Kim")
    QTest.keyClick(table, Qt.Key.Key_N)
    assert sorted(p.name for p in second_library.load_map(map_id).people.values()) == [
        "Kim",
        "Sam",
    ]
    kim = window.selection.current()
    assert kim is not None and window.document.name_of(kim) == "Kim"

    answer.text("Kimberly")
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert second_library.load_map(map_id).person(kim).name == "Kimberly"

    sam = next(p.id for p in window.document.require_map().people.values() if p.name == "Sam")
    answer.person(sam)
    QTest.keyClick(table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert second_library.load_map(map_id).tie(kim, sam) is not None

    QTest.keyClick(table, Qt.Key.Key_Return)
    name_edit = window.person_dock.name_edit
    qtbot.waitUntil(name_edit.hasFocus)
    QTest.keyClicks(name_edit, "Kim")
    QTest.keyClick(name_edit, Qt.Key.Key_Return)
    assert second_library.load_map(map_id).person(kim).name == "Kim"

    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert kim not in second_library.load_map(map_id).people

    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = second_library.load_map(map_id)
    assert restored.person(kim).name == "Kim"
    assert restored.tie(kim, sam) is not None


def test_single_keys_in_the_person_panel_do_not_add_or_delete(
    window: MainWindow, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    answer.text("Should not be added")
    for widget in (
        window.person_dock.safety_combo,
        window.person_dock.barrier_checks[Barrier.PAST],
    ):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        QTest.keyClick(widget, Qt.Key.Key_N)
        assert list(window.document.require_map().people) == [sam]
        QTest.keyClick(widget, Qt.Key.Key_Delete)
        assert list(window.document.require_map().people) == [sam]
    assert list(window.document.require_map().people) == [sam]

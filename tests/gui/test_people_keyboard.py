"""The People panel with the keyboard and with a filter on: nobody gets lost, every key acts on
a row the user can see selected, and Tab, sorting and adding behave as a keyboard user expects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.core.vocabulary import Sector
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.people_dock import PeopleDock
from supportmap.gui.panels.people_model import COLUMNS, ID_ROLE
from supportmap.storage.library import Library


def _activate(window: MainWindow, qtbot: QtBot) -> PeopleDock:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window.people_dock


def _names(dock: PeopleDock) -> list[str]:
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


def _selected_in_table(dock: PeopleDock) -> set[str]:
    return {index.data(ID_ROLE) for index in dock.table.selectionModel().selectedRows()}


def _click_row(dock: PeopleDock, person_id: str) -> None:
    """Select one row the way a click does: through the table's own selection model."""
    row = dock.model.row_of(person_id)
    assert row is not None
    source = dock.model.index(row, 0)
    dock.table.selectionModel().setCurrentIndex(
        dock.proxy.mapFromSource(source),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_editing_someone_out_of_the_filter_keeps_them_in_the_editor(
    window: MainWindow, second_library: Library, map_id: int, qtbot: QtBot
) -> None:
    dock = _activate(window, qtbot)
    document = window.document
    marco = document.add_person("Marco", relationship="colleague")
    document.add_person("Kim", relationship="sister")
    dock.filter_edit.setText("colleague")
    _click_row(dock, marco)
    editor = window.person_dock
    assert editor.person_id == marco

    editor.relationship_edit.setFocus()
    qtbot.waitUntil(editor.relationship_edit.hasFocus)
    editor.relationship_edit.selectAll()
    QTest.keyClicks(editor.relationship_edit, "mentor")
    QTest.keyClick(editor.relationship_edit, Qt.Key.Key_Tab)

    assert second_library.load_map(map_id).person(marco).relationship == "mentor"
    assert _names(dock) == []
    assert window.selection.ids() == (marco,)
    assert editor.person_id == marco
    assert editor.name_edit.text() == "Marco"
    dock.filter_edit.clear()
    assert _selected_in_table(dock) == {marco}


def test_sorting_keeps_the_shared_selection(window: MainWindow) -> None:
    dock = window.people_dock
    document = window.document
    sam = document.add_person("Sam", relationship="sister")
    document.add_person("Ali", relationship="neighbour")
    _click_row(dock, sam)
    dock.table.sortByColumn(COLUMNS.index("relationship"), Qt.SortOrder.DescendingOrder)
    document.update_person(sam, relationship="aunt")  # re-sorts the rows under the selection
    assert _names(dock) == ["Ali", "Sam"]
    assert window.selection.ids() == (sam,)
    assert _selected_in_table(dock) == {sam}


def test_ctrl_1_selects_the_row_with_the_focus_frame(window: MainWindow, qtbot: QtBot) -> None:
    dock = _activate(window, qtbot)
    ali = window.document.add_person("Ali")
    window.document.add_person("Sam")
    assert window.selection.ids() == ()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dock.table.hasFocus)
    assert window.selection.ids() == (ali,)
    assert _selected_in_table(dock) == {ali}
    assert window.people_actions.rename.isEnabled()

    QTest.keyClick(dock.table, Qt.Key.Key_Return)
    assert window.person_dock.person_id == ali
    qtbot.waitUntil(window.person_dock.name_edit.hasFocus)


def test_the_one_row_a_filter_leaves_is_selected_from_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = _activate(window, qtbot)
    window.document.add_person("Ali", relationship="neighbour")
    kim = window.document.add_person("Kim", relationship="colleague")
    dock.filter_edit.setFocus()
    qtbot.waitUntil(dock.filter_edit.hasFocus)
    QTest.keyClicks(dock.filter_edit, "colleague")
    QTest.keyClick(dock.filter_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(dock.table.hasFocus)
    assert window.selection.ids() == (kim,)

    window.selection.clear()  # e.g. a click on the empty canvas, the table keeps the focus
    assert _selected_in_table(dock) == set()
    QTest.keyClick(dock.table, Qt.Key.Key_Down)
    assert window.selection.ids() == (kim,)


def test_arrow_key_with_nobody_selected_selects_the_focused_row_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = _activate(window, qtbot)
    ali = window.document.add_person("Ali")
    window.document.add_person("Kim")
    dock.focus_table()
    qtbot.waitUntil(dock.table.hasFocus)
    window.selection.clear()
    QTest.keyClick(dock.table, Qt.Key.Key_Down)
    assert window.selection.ids() == (ali,)


def test_tab_and_shift_tab_leave_the_table(window: MainWindow, qtbot: QtBot) -> None:
    dock = _activate(window, qtbot)
    sam = window.document.add_person("Sam")
    window.document.add_person("Kim")
    dock.focus_table()
    qtbot.waitUntil(dock.table.hasFocus)
    selected = window.selection.ids()
    QTest.keyClick(dock.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dock.table.hasFocus())
    assert window.selection.ids() == selected

    dock.focus_table()
    qtbot.waitUntil(dock.table.hasFocus)
    QTest.keyClick(dock.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(dock.sort_row.reverse_check.hasFocus)
    assert sam in window.document.require_map().people


def test_sort_by_box_sorts_from_the_keyboard_and_follows_the_header(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = _activate(window, qtbot)
    document = window.document
    document.add_person("Sam", relationship="aunt")
    document.add_person("Ali", relationship="neighbour")
    combo = dock.sort_row.column_combo
    assert combo.accessibleName() and combo.accessibleDescription()
    assert combo.currentText() == "Name"

    dock.filter_edit.setFocus()
    qtbot.waitUntil(dock.filter_edit.hasFocus)
    QTest.keyClick(dock.filter_edit, Qt.Key.Key_Tab)  # the sort box is next in the Tab order
    qtbot.waitUntil(combo.hasFocus)
    for _column in range(COLUMNS.index("relationship")):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Relationship"
    assert _names(dock) == ["Sam", "Ali"]

    QTest.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(dock.sort_row.reverse_check.hasFocus)
    QTest.keyClick(dock.sort_row.reverse_check, Qt.Key.Key_Space)
    assert _names(dock) == ["Ali", "Sam"]

    dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # what a header click does
    assert combo.currentText() == "Name"
    assert not dock.sort_row.reverse_check.isChecked()


def test_filter_matches_every_column_and_its_placeholder_says_so(window: MainWindow) -> None:
    dock = window.people_dock
    window.document.add_person("Sam", relationship="aunt", sector=Sector.FAMILY)
    window.document.add_person("Ali", relationship="neighbour", sector=Sector.COMMUNITY)
    dock.filter_edit.setText("family")  # the life area, in neither name nor relationship
    assert _names(dock) == ["Sam"]
    assert "any column" in dock.filter_edit.placeholderText()


def test_adding_someone_the_filter_hides_clears_the_filter(
    window: MainWindow, answer: Any, qtbot: QtBot
) -> None:
    dock = _activate(window, qtbot)
    window.document.add_person("Kim", relationship="sister")
    dock.filter_edit.setText("sister")
    dock.focus_table()
    qtbot.waitUntil(dock.table.hasFocus)

    answer.text("Zed")
    QTest.keyClick(dock.table, Qt.Key.Key_N)
    zed = window.selection.current()
    assert zed is not None and window.document.name_of(zed) == "Zed"
    assert dock.filter_edit.text() == ""
    assert _names(dock) == ["Kim", "Zed"]
    assert _selected_in_table(dock) == {zed}
    assert window.selection.ids() == (zed,)


def test_adding_someone_the_filter_shows_keeps_the_filter(window: MainWindow, answer: Any) -> None:
    dock = window.people_dock
    window.document.add_person("Kim", relationship="sister")
    dock.filter_edit.setText("z")
    answer.text("Zed")
    window.people_actions.add.trigger()
    assert dock.filter_edit.text() == "z"
    assert _names(dock) == ["Zed"]

"""The Person panel: one undo command per finished edit; invalid input is refused inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.core.layout import locate
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.gestures import choose, retype


def saved(second: Library, window: MainWindow, person_id: str):  # type: ignore[no-untyped-def]
    return second.load_map(window.document.map_id).person(person_id)


def test_typing_a_name_commits_once_when_finished(
    window: MainWindow, second_library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    dock = window.person_dock
    dock.focus_editor()
    qtbot.waitUntil(dock.name_edit.hasFocus)
    count = window.document.undo_stack.count()
    QTest.keyClicks(dock.name_edit, "Samira")
    assert window.document.undo_stack.count() == count
    QTest.keyClick(dock.name_edit, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == count + 1
    assert saved(second_library, window, sam).name == "Samira"
    assert window.undo_action.text() == "Undo Rename Sam"


def test_an_empty_name_shows_a_message_and_keeps_the_old_name(
    window: MainWindow, second_library: Library
) -> None:
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    dock = window.person_dock
    retype(dock.name_edit, "   ")
    assert not dock.name_error.isHidden()
    assert "name" in dock.name_error.text().lower()
    assert saved(second_library, window, sam).name == "Sam"


def test_combos_grid_and_barriers_each_make_one_command(
    window: MainWindow, second_library: Library
) -> None:
    # One step from each value chosen below, so that each choice is one key press.
    sam = window.document.add_person("Sam", safety=Safety.STRINGS, circle=Circle.CLOSE)
    window.selection.set([sam])
    dock = window.person_dock
    stack = window.document.undo_stack
    start = stack.count()

    choose(dock.safety_combo, Safety.SAFE)
    choose(dock.level_combos[(HelpType.CRISIS, "receive")], 1)
    QTest.keyClick(dock.barrier_checks[Barrier.OWING], Qt.Key.Key_Space)
    choose(dock.circle_combo, Circle.CLOSEST)

    assert stack.count() == start + 4
    person = saved(second_library, window, sam)
    assert person.safety is Safety.SAFE
    assert person.support.receive(HelpType.CRISIS) == 1
    assert person.barriers == frozenset({Barrier.OWING})
    assert person.circle is Circle.CLOSEST
    assert locate(person.position)[0] is Circle.CLOSEST

    stack.undo()
    stack.undo()
    assert dock.barrier_checks[Barrier.OWING].isChecked() is False
    assert saved(second_library, window, sam).barriers == frozenset()


def test_next_step_counter_and_notes_commit_on_leaving(
    window: MainWindow, second_library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    dock = window.person_dock
    dock.focus_editor()
    dock.next_step_edit.setFocus()
    qtbot.waitUntil(dock.next_step_edit.hasFocus)
    QTest.keyClicks(dock.next_step_edit, "Reply to Sam's message")
    assert dock.next_step_count.text() == "22 / 280"
    assert saved(second_library, window, sam).next_step == ""
    QTest.keyClick(dock.next_step_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dock.next_step_edit.hasFocus())
    assert saved(second_library, window, sam).next_step == "Reply to Sam's message"

    dock.notes_edit.setFocus()
    qtbot.waitUntil(dock.notes_edit.hasFocus)
    QTest.keyClicks(dock.notes_edit, "Met at the choir.")
    dock.name_edit.setFocus()
    qtbot.waitUntil(lambda: saved(second_library, window, sam).notes == "Met at the choir.")


def test_ties_can_be_marked_as_conflict_and_removed(
    window: MainWindow, second_library: Library
) -> None:
    sam = window.document.add_person("Sam")
    kim = window.document.add_person("Kim")
    window.document.add_tie(sam, kim)
    window.selection.set([sam])
    window.person_dock.focus_editor()
    ties = window.person_dock.ties
    assert ties.tree.topLevelItemCount() == 1
    QTest.mouseClick(ties.conflict_button, Qt.MouseButton.LeftButton)
    assert second_library.load_map(window.document.map_id).tie(sam, kim).conflict
    QTest.mouseClick(ties.remove_button, Qt.MouseButton.LeftButton)
    assert second_library.load_map(window.document.map_id).tie(sam, kim) is None
    assert ties.tree.topLevelItemCount() == 0


def test_unfinished_typing_never_reaches_another_map(
    window: MainWindow, library: Library, second_library: Library
) -> None:
    first = window.document.map_id
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    other = library.create_map("Jordan")
    window.open_map(other)
    kim = window.document.add_person("Kim", id=sam)  # the same id as Sam has on the first map
    assert kim == sam
    window.selection.set([kim])
    dock = window.person_dock
    QTest.keyClicks(dock.relationship_edit, "neighbour")
    assert dock.relationship_edit.isModified()
    window.open_map(first)
    assert second_library.load_map(other).person(kim).relationship == ""
    assert second_library.load_map(first).person(sam).relationship == ""


def test_editing_ties_with_the_keyboard_keeps_the_focus_in_place(
    window: MainWindow, second_library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    sam = window.document.add_person("Sam")
    kim = window.document.add_person("Kim")
    lee = window.document.add_person("Lee")
    window.document.add_tie(sam, kim)
    window.document.add_tie(sam, lee)
    window.selection.set([sam], sam)
    ties = window.person_dock.ties
    ties.tree.setCurrentItem(ties.tree.topLevelItem(0))
    first = str(ties.tree.currentItem().data(0, Qt.ItemDataRole.UserRole))
    second = lee if first == kim else kim
    start = window.document.require_map().tie(sam, first).strength

    ties.strength_combo.setFocus()
    qtbot.waitUntil(ties.strength_combo.hasFocus)
    QTest.keyClick(ties.strength_combo, Qt.Key.Key_Down)
    QTest.keyClick(ties.strength_combo, Qt.Key.Key_Down)
    assert second_library.load_map(window.document.map_id).tie(sam, first).strength == start + 2
    assert ties.strength_combo.hasFocus()

    ties.conflict_button.setFocus()
    QTest.keyClick(ties.conflict_button, Qt.Key.Key_Space)
    assert second_library.load_map(window.document.map_id).tie(sam, first).conflict
    assert ties.conflict_button.hasFocus()
    assert ties.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == first

    ties.remove_button.setFocus()
    QTest.keyClick(ties.remove_button, Qt.Key.Key_Space)
    assert second_library.load_map(window.document.map_id).tie(sam, first) is None
    assert ties.tree.hasFocus()
    assert ties.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == second

    ties.remove_button.setFocus()
    QTest.keyClick(ties.remove_button, Qt.Key.Key_Space)
    assert ties.tree.topLevelItemCount() == 0
    assert ties.connect_button.hasFocus()


def test_a_long_name_is_shortened_in_the_panel_title_only(window: MainWindow) -> None:
    name = "Maximilian Alexander Featherstonehaugh-Wolfeschlegelsteinhausen"
    person = window.document.add_person(name)
    window.selection.set([person], person)
    dock = window.person_dock
    assert dock.windowTitle() == "Person: Maximilian Alexander Fe…"
    assert name in dock.accessibleDescription()
    assert dock.name_edit.text() == name
    window.selection.set([])
    assert dock.windowTitle() == "Person"


def test_the_connections_follow_someone_they_know_leaving_and_coming_back(
    window: MainWindow,
) -> None:
    document = window.document
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    document.add_tie(sam, kim)
    window.selection.set([sam], sam)
    ties = window.person_dock.ties
    assert ties.tree.topLevelItemCount() == 1
    document.remove_people([kim])
    assert ties.tree.topLevelItemCount() == 0
    window.undo_action.trigger()
    assert ties.tree.topLevelItemCount() == 1
    assert ties.tree.topLevelItem(0).text(0) == "Kim"

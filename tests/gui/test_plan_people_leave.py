"""Deleting someone the safety plan names, through the window: one command, undone whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.core import edits
from supportmap.core.model import PlanList, SafetyPlan
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library


def test_deleting_a_person_in_the_plan_is_one_command_and_undo_puts_them_back(
    window: MainWindow, second_library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    chosen = edits.set_plan_list(document.require_map(), PlanList.PEOPLE_TO_ASK, [kim, sam])
    document.push(chosen, "Choose people to ask")  # type: ignore[arg-type]
    stack = document.undo_stack
    count = stack.count()

    window.selection.set([sam])
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)

    assert stack.count() == count + 1
    assert window.undo_action.text() == "Undo Delete Sam"
    stored = second_library.load_map(document.map_id)
    assert sam not in stored.people
    assert stored.safety_plan == SafetyPlan(people_to_ask=(kim,))

    stack.undo()
    stored = second_library.load_map(document.map_id)
    assert sam in stored.people
    assert stored.safety_plan == SafetyPlan(people_to_ask=(kim, sam))

"""The Safety plan panel in the window: every step edited by mouse and keyboard, each edit saved
at once and undone whole, and the people of steps 3–5 following the map."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supportmap.core.model import CrisisLine, PlanList, SafetyPlan, Support
from supportmap.core.vocabulary import HelpType, Safety, Sector
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels import safety_plan_people
from supportmap.gui.panels.safety_plan_dock import SafetyPlanDock
from supportmap.gui.panels.safety_plan_lists import PlanListEditor
from supportmap.storage.library import Library
from tests.gui.gestures import choose

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def plan(window: MainWindow, qtbot: QtBot) -> SafetyPlanDock:
    """The Safety plan panel of the window, brought forward."""
    dock = window.safety_plan_dock
    dock.raise_()
    qtbot.waitUntil(dock.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return dock


def stored_plan(library: Library, window: MainWindow) -> SafetyPlan:
    """The plan as a restarted app would read it from the library."""
    return library.load_map(window.document.map_id).safety_plan or SafetyPlan()


def shown_lines(editor: PlanListEditor) -> list[str]:
    view = editor.view
    return [view.item(row).text() for row in range(view.count())] if view.isVisible() else []


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text the panel shows: labels, buttons, list lines and typed text."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QListWidget):
            yield from (widget.item(row).text() for row in range(widget.count()))
        elif isinstance(widget, QPlainTextEdit):
            yield widget.toPlainText()


def open_line_editor(qtbot: QtBot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def type_new_line(qtbot: QtBot, editor: PlanListEditor, words: str) -> None:
    """Click the step's Add…, type the line in place and press Enter: one edit is saved."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = open_line_editor(qtbot)
    QTest.keyClicks(line, words)
    with qtbot.waitSignal(editor._document.edited):
        QTest.keyClick(line, Qt.Key.Key_Return)


def select_row(qtbot: QtBot, editor: PlanListEditor, row: int) -> None:
    """Scroll the line into view and click it."""
    view = editor.view
    area = view.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    qtbot.waitUntil(lambda: view.height() >= view.sizeHint().height())  # laid out
    area.ensureWidgetVisible(view, 0, 0)
    item = view.item(row)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualItemRect(item).center()))
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentRow() == row
    assert view.hasFocus()


def helper(document, name: str, *types: HelpType, **fields) -> str:  # type: ignore[no-untyped-def]
    """Someone safe who gives the listed kinds of help often."""
    support = Support.of({help_type: (3, 1) for help_type in types})
    return document.add_person(name, safety=Safety.SAFE, support=support, **fields)


# --- the steps of one's own words -----------------------------------------------------------


def test_a_warning_sign_is_added_edited_moved_and_removed_by_keyboard_and_each_undone(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    signs = plan.texts[PlanList.WARNING_SIGNS]
    type_new_line(qtbot, signs, "I stop answering messages")
    assert window.undo_action.text() == "Undo Add warning sign"
    assert stored_plan(second_library, window).warning_signs == ("I stop answering messages",)
    type_new_line(qtbot, signs, "Sleeping badly")
    assert shown_lines(signs) == ["I stop answering messages", "Sleeping badly"]

    select_row(qtbot, signs, 1)
    QTest.keyClick(signs.view, Qt.Key.Key_Up, ALT)
    qtbot.waitUntil(lambda: shown_lines(signs)[0] == "Sleeping badly")
    assert window.undo_action.text() == "Undo Move warning sign"
    assert signs.view.currentRow() == 0
    assert stored_plan(second_library, window).warning_signs == (
        "Sleeping badly",
        "I stop answering messages",
    )

    QTest.keyClick(signs.view, Qt.Key.Key_F2)
    line = open_line_editor(qtbot)
    QTest.keyClick(line, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(line, "Sleeping badly for days")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_lines(signs)[0] == "Sleeping badly for days")
    assert window.undo_action.text() == "Undo Edit warning sign"

    signs.view.setFocus()
    qtbot.waitUntil(signs.view.hasFocus)
    QTest.keyClick(signs.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown_lines(signs) == ["I stop answering messages"])
    assert window.undo_action.text() == "Undo Remove warning sign"
    assert stored_plan(second_library, window).warning_signs == ("I stop answering messages",)

    window.undo_action.trigger()
    assert shown_lines(signs) == ["Sleeping badly for days", "I stop answering messages"]
    window.undo_action.trigger()
    assert shown_lines(signs) == ["Sleeping badly", "I stop answering messages"]
    window.undo_action.trigger()
    assert shown_lines(signs) == ["I stop answering messages", "Sleeping badly"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert shown_lines(signs) == []
    assert signs.blank.isVisible()
    assert stored_plan(second_library, window).warning_signs == ()


def test_places_move_by_mouse_and_enter_edits_in_place(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    places = plan.texts[PlanList.DISTRACTION_PLACES]
    type_new_line(qtbot, places, "The park")
    type_new_line(qtbot, places, "The library")

    select_row(qtbot, places, 0)
    qtbot.mouseClick(places.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_lines(places) == ["The library", "The park"])
    assert window.undo_action.text() == "Undo Move place"
    QTest.keyClick(places.view, Qt.Key.Key_Up, CTRL)
    qtbot.waitUntil(lambda: shown_lines(places) == ["The park", "The library"])

    QTest.keyClick(places.view, Qt.Key.Key_Return)
    line = open_line_editor(qtbot)
    QTest.keyClick(line, Qt.Key.Key_End)
    QTest.keyClicks(line, " by the river")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_lines(places)[0] == "The park by the river")
    assert stored_plan(second_library, window).distraction_places == (
        "The park by the river",
        "The library",
    )
    window.undo_action.trigger()
    assert stored_plan(second_library, window).distraction_places == ("The park", "The library")


def test_typing_goes_on_in_the_next_step_while_the_last_line_is_saved(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    signs = plan.texts[PlanList.WARNING_SIGNS]
    coping = plan.texts[PlanList.COPING]
    qtbot.mouseClick(signs.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(open_line_editor(qtbot), "Sleeping badly")
    with qtbot.waitSignal(window.document.edited):  # leaving the line saves it
        qtbot.mouseClick(coping.add_button, Qt.MouseButton.LeftButton)
    line = open_line_editor(qtbot)
    assert coping.view.isAncestorOf(line)
    QTest.keyClicks(line, "A walk")
    with qtbot.waitSignal(window.document.edited):
        QTest.keyClick(line, Qt.Key.Key_Return)
    saved = stored_plan(second_library, window)
    assert (saved.warning_signs, saved.coping) == (("Sleeping badly",), ("A walk",))
    qtbot.waitUntil(lambda: shown_lines(coping) == ["A walk"])
    assert shown_lines(signs) == ["Sleeping badly"]


def test_a_new_line_left_empty_or_cancelled_adds_nothing(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    coping = plan.texts[PlanList.COPING]
    count = window.document.undo_stack.count()
    qtbot.mouseClick(coping.add_button, Qt.MouseButton.LeftButton)
    line = open_line_editor(qtbot)
    QTest.keyClicks(line, "A walk")
    QTest.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: coping.blank.isVisible())
    qtbot.mouseClick(coping.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(open_line_editor(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: coping.blank.isVisible())
    assert window.document.undo_stack.count() == count


def test_what_matters_is_written_saved_when_done_and_undone(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    box = plan.what_matters
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClicks(box, "My sister's kids")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClicks(box, "The garden in spring")
    assert stored_plan(second_library, window).what_matters == ""
    QTest.keyClick(box, Qt.Key.Key_Tab)  # leaving the box finishes the writing
    expected = "My sister's kids\nThe garden in spring"
    qtbot.waitUntil(lambda: stored_plan(second_library, window).what_matters == expected)
    assert window.undo_action.text() == "Undo Edit what matters most"
    window.undo_action.trigger()
    assert box.toPlainText() == ""
    assert stored_plan(second_library, window).what_matters == ""


# --- people from the map --------------------------------------------------------------------


def test_people_in_step_4_are_added_removed_moved_and_undone(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot, answer
) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    sam = helper(document, "Sam", HelpType.EMOTIONAL, contact="07700 900123")
    kim = helper(document, "Kim", HelpType.CRISIS)
    ash = document.add_person("Ash", safety=Safety.SAFE)
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    assert shown_lines(ask) == ["Sam — 07700 900123", "Kim"]
    assert ask.mark.text() == "Suggested by the map"
    assert not ask.suggestion_button.isVisible()

    answer.person(ash)
    qtbot.mouseClick(ask.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Sam — 07700 900123", "Kim", "Ash"])
    assert window.undo_action.text() == "Undo Add Ash to step 4"
    assert ask.mark.text() == "Your own choice"
    assert stored_plan(second_library, window).people_to_ask == (sam, kim, ash)

    select_row(qtbot, ask, 0)
    QTest.keyClick(ask.view, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: shown_lines(ask)[:2] == ["Kim", "Sam — 07700 900123"])
    assert window.undo_action.text() == "Undo Move Sam in step 4"
    QTest.keyClick(ask.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Kim", "Ash"])
    assert window.undo_action.text() == "Undo Remove Sam from step 4"
    assert stored_plan(second_library, window).people_to_ask == (kim, ash)

    window.undo_action.trigger()
    assert stored_plan(second_library, window).people_to_ask == (kim, sam, ash)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored_plan(second_library, window).people_to_ask is None
    assert shown_lines(ask) == ["Sam — 07700 900123", "Kim"]
    assert ask.mark.text() == "Suggested by the map"


def test_the_chooser_offers_only_people_allowed_in_the_step(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = window.document
    helper(document, "Sam", HelpType.EMOTIONAL)
    ash = document.add_person("Ash", safety=Safety.STRINGS)
    document.add_person("Rob", safety=Safety.UNSAFE)
    document.add_person("Dee", safety=Safety.DRAINING)
    gp = document.add_person("Dr Lee", sector=Sector.PROFESSIONAL)
    offered: dict[str, list[tuple[str, str]]] = {}

    def ask(cls, parent, title, prompt, people, action=""):  # type: ignore[no-untyped-def]
        assert (title, action) == ("Add to step 4", "Add")
        offered["people"] = list(people)
        return None

    monkeypatch.setattr(safety_plan_people.ChoosePersonDialog, "ask", classmethod(ask))
    qtbot.mouseClick(plan.people[PlanList.PEOPLE_TO_ASK].add_button, Qt.MouseButton.LeftButton)
    assert offered.pop("people") == [(ash, "Ash")]
    qtbot.mouseClick(plan.people[PlanList.PROFESSIONALS].add_button, Qt.MouseButton.LeftButton)
    assert "people" not in offered  # Dr Lee is in step 5 already, as the map suggests
    professionals = plan.people[PlanList.PROFESSIONALS]
    assert shown_lines(professionals) == ["Dr Lee"]
    assert professionals.message.isVisible()
    assert "nobody else on the map" in professionals.message.text()
    assert gp


def test_someone_the_edits_refuse_is_explained_calmly_and_nothing_changes(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot, answer
) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    document.add_person("Ash", safety=Safety.STRINGS)
    rob = document.add_person("Rob", safety=Safety.SAFE)
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    count = document.undo_stack.count()
    answer.person(rob)
    document.update_person(rob, safety=Safety.UNSAFE)  # marked unsafe while the chooser is open
    count = document.undo_stack.count()
    qtbot.mouseClick(ask.add_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == count
    assert ask.message.isVisible()
    assert ask.message.text() == (
        "Rob is marked unsafe, and the safety plan leaves out people marked unsafe or draining. "
        "Nothing was changed."
    )


def test_choosing_people_for_step_4_then_using_the_map_suggestion_again(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot, answer
) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    sam = helper(document, "Sam", HelpType.EMOTIONAL)
    kim = helper(document, "Kim", HelpType.EMOTIONAL)
    ash = document.add_person("Ash")
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    select_row(qtbot, ask, 0)
    QTest.keyClick(ask.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Kim"])
    answer.person(ash)
    qtbot.mouseClick(ask.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Kim", "Ash"])
    assert ask.mark.text() == "Your own choice"
    assert ask.suggestion_button.isVisible()

    qtbot.mouseClick(ask.suggestion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Sam", "Kim"])
    assert window.undo_action.text() == "Undo Use the map's suggestion for step 4"
    assert ask.mark.text() == "Suggested by the map"
    assert not ask.suggestion_button.isVisible()
    assert stored_plan(second_library, window).people_to_ask is None

    window.undo_action.trigger()
    assert shown_lines(ask) == ["Kim", "Ash"]
    assert stored_plan(second_library, window).people_to_ask == (kim, ash)
    assert sam


def test_everyone_taken_out_of_a_step_leaves_a_warm_line(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    helper(window.document, "Sam", HelpType.COMPANIONSHIP)
    company = plan.people[PlanList.DISTRACTION_PEOPLE]
    select_row(qtbot, company, 0)
    QTest.keyClick(company.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: company.blank.isVisible())
    assert "Use the map's suggestion again" in company.blank.text()
    assert not company.view.isVisible()


@pytest.mark.parametrize("marking", [Safety.UNSAFE, Safety.DRAINING])
def test_someone_marked_unsafe_or_draining_leaves_steps_3_to_5_at_once(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot, answer, marking: Safety
) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    theo = helper(
        document, "Theo", HelpType.EMOTIONAL, HelpType.COMPANIONSHIP, contact="Theo's mum"
    )
    helper(document, "Kim", HelpType.EMOTIONAL, HelpType.COMPANIONSHIP)
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    answer.person(theo)
    select_row(qtbot, ask, 0)
    QTest.keyClick(ask.view, Qt.Key.Key_Delete)  # step 4 becomes a choice of Kim alone…
    qtbot.mouseClick(ask.add_button, Qt.MouseButton.LeftButton)  # …and then Kim and Theo
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Kim", "Theo — Theo's mum"])

    window.selection.set([theo])
    choose(window.person_dock.safety_combo, marking)

    qtbot.waitUntil(lambda: shown_lines(ask) == ["Kim"])
    assert shown_lines(plan.people[PlanList.DISTRACTION_PEOPLE]) == ["Kim"]
    assert not any("Theo" in shown for shown in visible_texts(plan))


def test_the_demo_map_never_shows_its_draining_person(
    window: MainWindow, plan: SafetyPlanDock, library: Library, qtbot: QtBot
) -> None:
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    demo = read_document(demo_path())
    draining = [p.name for p in demo.map.people.values() if p.safety is Safety.DRAINING]
    assert draining == ["Chris"]  # who gives company and comfort, and is still left out
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    qtbot.waitUntil(lambda: bool(shown_lines(plan.people[PlanList.PEOPLE_TO_ASK])))
    texts = list(visible_texts(plan))
    assert "Jamie" in texts and "Theo" in texts
    assert not any("Chris" in shown for shown in texts)


# --- crisis lines ----------------------------------------------------------------------------


def test_a_crisis_line_is_added_shown_edited_and_removed(
    window: MainWindow,
    plan: SafetyPlanDock,
    second_library: Library,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = plan.crisis_lines
    assert "Local emergency numbers and crisis lines exist" in lines.blank.text()
    assert lines.blank.isVisible()
    entered = [CrisisLine("Night line", "0800 000 000"), CrisisLine("Night line", "text 85258")]
    monkeypatch.setattr(
        safety_plan_people.CrisisLineDialog, "ask", classmethod(lambda cls, *a: entered.pop(0))
    )
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_lines(lines) == ["Night line — 0800 000 000"])
    assert not lines.blank.isVisible()
    assert window.undo_action.text() == "Undo Add crisis line"
    assert stored_plan(second_library, window).crisis_lines == (
        CrisisLine("Night line", "0800 000 000"),
    )

    select_row(qtbot, lines, 0)
    QTest.keyClick(lines.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_lines(lines) == ["Night line — text 85258"])
    assert window.undo_action.text() == "Undo Edit crisis line"
    qtbot.mouseClick(lines.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lines.blank.isVisible())
    assert window.undo_action.text() == "Undo Remove crisis line"
    window.undo_action.trigger()
    assert shown_lines(lines) == ["Night line — text 85258"]
    window.undo_action.trigger()
    assert shown_lines(lines) == ["Night line — 0800 000 000"]
    window.undo_action.trigger()
    assert lines.blank.isVisible()
    assert stored_plan(second_library, window).crisis_lines == ()


def test_the_crisis_line_dialog_needs_a_name_and_keeps_what_is_typed(qtbot: QtBot) -> None:
    dialog = safety_plan_people.CrisisLineDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.line() is None
    QTest.keyClicks(dialog.name_edit, "  Night line ")
    QTest.keyClicks(dialog.contact_edit, "0800 000 000")
    assert dialog.line() == CrisisLine("Night line", "0800 000 000")
    assert not dialog.limit_note.isVisibleTo(dialog)
    QTest.keyClicks(dialog.contact_edit, "9" * 300)
    assert len(dialog.contact_edit.text()) == 280
    assert dialog.limit_note.isVisibleTo(dialog)
    assert "up to 280 characters" in dialog.limit_note.text()


# --- limits, blank steps, the past, the keyboard ----------------------------------------------


def test_an_empty_map_shows_warm_blank_steps_and_the_crisis_notice(plan: SafetyPlanDock) -> None:
    texts = list(visible_texts(plan))
    joined = "\n".join(texts)
    assert "SupportMap is not an emergency service" in joined
    assert "Local emergency numbers and crisis lines exist" in joined
    for editor in plan.editors():
        assert editor.blank.isVisible()
        assert not editor.view.isVisible()
        assert editor.add_button.isEnabled()
        assert not editor.message.isVisible()
    assert (
        texts.count("Nothing written here yet. You could add one thing, whenever it feels right.")
        == 4
    )
    for word in ("error", "should", "must", "weak", "failure"):
        assert word not in joined.lower()
    names = [editor.view.accessibleName() for editor in plan.editors()]
    assert len(set(names)) == len(names), "a screen reader tells every list apart"
    assert {"Step 3: People", "Step 3: Places", "Step 5: Crisis lines"} < set(names)


def test_a_full_list_and_a_long_line_are_refused_with_a_message(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    surroundings = plan.texts[PlanList.SAFER_SURROUNDINGS]
    type_new_line(qtbot, surroundings, "x" * 300)
    assert surroundings.message.isVisible()
    assert "up to 280 characters" in surroundings.message.text()
    assert stored_plan(second_library, window).safer_surroundings == ("x" * 280,)

    for number in range(19):
        window.document.add_plan_item(PlanList.SAFER_SURROUNDINGS, f"Idea {number}", "Add")
    count = window.document.undo_stack.count()
    qtbot.mouseClick(surroundings.add_button, Qt.MouseButton.LeftButton)
    assert surroundings.message.isVisible()
    assert surroundings.message.text() == (
        "This list holds up to 20 lines. You could edit or remove one to make room."
    )
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert window.document.undo_stack.count() == count


def test_what_matters_stops_at_its_limit_with_a_message(
    window: MainWindow, plan: SafetyPlanDock, second_library: Library, qtbot: QtBot
) -> None:
    box = plan.what_matters
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClicks(box, "y" * 285)
    assert box.toPlainText() == "y" * 280
    assert plan.what_matters_message.isVisible()
    assert plan.what_matters_count.text() == "280 / 280"
    QTest.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored_plan(second_library, window).what_matters == "y" * 280)


def test_a_past_moment_shows_its_plan_read_only(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    document = window.document
    signs = plan.texts[PlanList.WARNING_SIGNS]
    type_new_line(qtbot, signs, "Sleeping badly")
    document.take_snapshot("Session 1")
    document.add_plan_item(PlanList.WARNING_SIGNS, "Skipping meals", "Add")
    document.show_moment(document.list_snapshots()[0].snapshot_id)

    qtbot.waitUntil(plan.past.isVisible)
    assert shown_lines(signs) == ["Sleeping badly"]
    assert not signs.add_button.isEnabled()
    assert plan.what_matters.isReadOnly()
    signs.view.setFocus()
    signs.view.setCurrentRow(0)
    QTest.keyClick(signs.view, Qt.Key.Key_Delete)
    QTest.keyClick(signs.view, Qt.Key.Key_F2)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert shown_lines(signs) == ["Sleeping badly"]

    document.back_to_now()
    qtbot.waitUntil(lambda: not plan.past.isVisible())
    assert shown_lines(signs) == ["Sleeping badly", "Skipping meals"]
    assert signs.add_button.isEnabled()


def test_ctrl_3_brings_the_plan_forward_with_the_keyboard_in_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.insight.dock.raise_()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    assert window.safety_plan_action.shortcut().toString() == "Ctrl+3"
    QTest.keyClick(window.view, Qt.Key.Key_3, CTRL)
    dock = window.safety_plan_dock
    qtbot.waitUntil(dock.isVisible)
    focused = QApplication.focusWidget()
    assert focused is not None and dock.isAncestorOf(focused)
    assert window.safety_plan_dock.toggleViewAction() in window.view_menu.actions()


def test_a_contact_written_in_the_person_panel_shows_in_step_4_at_once(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    sam = helper(window.document, "Sam", HelpType.EMOTIONAL)
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    assert shown_lines(ask) == ["Sam"]
    assert "not written down yet" in ask.view.item(0).toolTip()
    window.selection.set([sam])
    contact = window.person_dock.contact_edit
    contact.setFocus()
    qtbot.waitUntil(contact.hasFocus)
    QTest.keyClicks(contact, "07700 900123")
    QTest.keyClick(contact, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_lines(ask) == ["Sam — 07700 900123"])


def test_with_no_map_open_the_panel_says_so_gently(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    window.document.close_map()
    qtbot.waitUntil(lambda: plan.stack.currentWidget() is plan.hint)
    assert plan.hint.text()
    assert not plan.scroll_area.isVisible()


def test_edits_made_while_the_panel_is_behind_another_show_when_it_comes_forward(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    document = window.document
    kim = helper(document, "Kim", HelpType.EMOTIONAL)
    window.insight.dock.raise_()
    qtbot.waitUntil(lambda: plan.visibleRegion().isEmpty())
    helper(document, "Sam", HelpType.EMOTIONAL)
    document.update_person(kim, safety=Safety.DRAINING)
    document.add_plan_item(PlanList.COPING, "A walk", "Add")

    plan.raise_()
    qtbot.waitUntil(lambda: not plan.visibleRegion().isEmpty())
    assert shown_lines(plan.people[PlanList.PEOPLE_TO_ASK]) == ["Sam"]
    assert shown_lines(plan.texts[PlanList.COPING]) == ["A walk"]


def test_moving_someone_on_the_map_leaves_the_lists_as_they_are(
    window: MainWindow, plan: SafetyPlanDock, qtbot: QtBot
) -> None:
    from supportmap.core.model import Position

    sam = helper(window.document, "Sam", HelpType.EMOTIONAL)
    ask = plan.people[PlanList.PEOPLE_TO_ASK]
    select_row(qtbot, ask, 0)
    shown = ask.view.item(0)
    where = window.document.require_map().person(sam).position
    assert where is not None
    window.document.move_people({sam: Position(where.x + 3, where.y + 3)})
    assert ask.view.item(0) is shown, "a drag does not fill the lists again"
    assert ask.view.currentRow() == 0

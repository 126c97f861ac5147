"""Window-wide keys: every platform binding of Redo, N on a fresh map, the hint after Del, and
the canvas telling a screen reader which keys it answers to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from supportmap.core.model import Position
from supportmap.gui.canvas.tooltips import CANVAS_KEYS_HELP
from supportmap.gui.main_window import MainWindow
from supportmap.gui.texts import strings
from supportmap.storage.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_every_binding_of_redo_redoes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert set(window.redo_action.shortcuts()) == set(bindings)
    focus(window, qtbot)
    sam = window.document.add_person("Sam")
    for key, modifiers in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        window.document.undo_stack.undo()
        assert sam not in window.document.require_map().people
        if QKeySequence(modifiers.value | key.value) not in bindings:
            continue  # not a binding on this platform
        QTest.keyClick(window.view, key, modifiers)
        assert sam in window.document.require_map().people, f"{key} with {modifiers}"


def test_a_new_empty_map_takes_the_keyboard_so_n_adds_someone(
    window: MainWindow, second_library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    focus(window, qtbot)
    answer.text("Jo")
    window.maps_dock.new_button.click()
    map_id = window.document.map_id
    assert window.document.require_map().focus_name == "Jo"
    qtbot.waitUntil(window.view.hasFocus)
    answer.text("Sam")
    QTest.keyClick(window.view, Qt.Key.Key_N)
    assert map_id is not None
    assert [p.name for p in second_library.load_map(map_id).people.values()] == ["Sam"]


def test_deleting_on_the_canvas_says_undo_brings_them_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    focus(window, qtbot)
    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert sam not in window.document.require_map().people
    assert window.statusBar().currentMessage() == strings.text(strings.DELETED_UNDO_HINT)


def test_the_canvas_in_the_window_still_describes_its_keys(window: MainWindow) -> None:
    """The window must add to the canvas's accessible description, never replace it.

    A screen reader user learns the canvas's keys (arrows, Enter, F2, N, Delete) only from it.
    """
    keys_help = strings.text(CANVAS_KEYS_HELP)
    assert "Arrow keys" in keys_help
    assert window.view.accessibleName() == "Support map"
    assert keys_help in window.view.accessibleDescription()


def test_one_del_on_the_canvas_removes_everyone_selected_in_one_undo_step(
    window: MainWindow, qtbot, second_library: Library
) -> None:  # type: ignore[no-untyped-def]
    focus(window, qtbot)
    document = window.document
    sam = document.add_person("Sam", position=Position(0.0, -200.0))
    kim = document.add_person("Kim", position=Position(200.0, 0.0))
    jo = document.add_person("Jo", position=Position(0.0, 200.0))
    document.add_tie(sam, kim)
    document.add_tie(kim, jo)
    view = window.view
    for person_id, modifier in ((sam, Qt.KeyboardModifier.NoModifier), (kim, CTRL)):
        item = view.map_scene.person_item(person_id)
        assert item is not None
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, modifier, view.mapFromScene(item.pos())
        )
    assert set(window.selection.ids()) == {sam, kim}
    steps = document.undo_stack.count()

    QTest.keyClick(view, Qt.Key.Key_Delete)

    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Delete 2 people"
    map_id = document.map_id
    assert map_id is not None
    saved = second_library.load_map(map_id)
    assert list(saved.people) == [jo] and not saved.ties
    assert window.selection.ids() == () and window.selection.current() is None
    assert window.people_dock.table.selectionModel().selectedRows() == []
    document.undo_stack.undo()
    restored = second_library.load_map(map_id)
    assert list(restored.people) == [sam, kim, jo] and len(restored.ties) == 2


def test_the_canvas_menu_deletes_with_the_same_action(window: MainWindow) -> None:
    from supportmap.gui.canvas.menus import person_menu

    sam = window.document.add_person("Sam")
    menu = person_menu(window.view, sam)
    assert menu.actions()[-1] is window.people_actions.delete

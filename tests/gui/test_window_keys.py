"""Window-wide keys: every platform binding of Redo, N on a fresh map, the hint after Del, and
the canvas telling a screen reader which keys it answers to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

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

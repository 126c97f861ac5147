"""The connect tool shows it is on: a checked button, a hint in the status bar and a ring
around the first person picked, until the connection is made or Esc stops it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from supportmap.core import layout
from supportmap.core.model import Position
from supportmap.gui.canvas.menus import person_menu
from supportmap.gui.canvas.tools import ConnectTool
from supportmap.gui.main_window import MainWindow

FIRST_HINT = "Connect: click a person, then someone they know. Esc to stop."
SAM_HINT = "Connect: click someone Sam knows. Esc to stop."


def add_sam_and_kim(window: MainWindow) -> tuple[str, str]:
    document = window.document
    sam = document.add_person("Sam", position=Position(0.0, -110.0))
    kim = document.add_person("Kim", position=Position(210.0, 0.0))
    document.undo_stack.clear()
    window.view.fit_all()
    return sam, kim


def on_canvas(window: MainWindow, person_id: str, offset: float = 0.0) -> QPoint:
    """Where a person is on the canvas (``offset`` scene units to their right)."""
    item = window.view.map_scene.person_item(person_id)
    assert item is not None
    return window.view.mapFromScene(item.pos() + QPointF(offset, 0.0))


def connect_button(window: MainWindow) -> QToolButton:
    button = window.toolbar.widgetForAction(window.connect_tool_action)
    assert isinstance(button, QToolButton)
    return button


def click_person(qtbot: QtBot, window: MainWindow, person_id: str) -> None:
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=on_canvas(window, person_id)
    )


def test_the_connect_button_stays_checked_with_a_hint_and_a_ringed_first_person_until_esc(
    qtbot: QtBot, window: MainWindow
) -> None:
    sam, _kim = add_sam_and_kim(window)
    button = connect_button(window)
    assert not button.isChecked() and window.tool_hint.text() == ""

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and window.connect_tool_action.isChecked()
    assert window.tool_hint.text() == FIRST_HINT and window.tool_hint.isVisible()
    assert window.view.hasFocus()  # so that Esc reaches the tool

    halo = on_canvas(window, sam, layout.NODE_RADIUS + 7.0)
    before = window.view.viewport().grab().toImage().pixelColor(halo)
    click_person(qtbot, window, sam)
    tool = window.view.tool
    assert isinstance(tool, ConnectTool) and tool.source == sam
    assert button.isChecked()
    assert window.tool_hint.text() == SAM_HINT
    assert tool.marked is not None and tool.marked.pos() == QPointF(0.0, -110.0)
    assert window.view.viewport().grab().toImage().pixelColor(halo) != before

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not button.isChecked()
    assert window.tool_hint.text() == ""
    assert tool.marked is None
    assert window.view.tool.name == "select"
    assert window.document.require_map().ties == {}
    assert window.view.viewport().grab().toImage().pixelColor(halo) == before


def test_the_second_person_makes_the_connection_and_turns_the_tool_off(
    qtbot: QtBot, window: MainWindow
) -> None:
    sam, kim = add_sam_and_kim(window)
    button = connect_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    click_person(qtbot, window, sam)
    with qtbot.waitSignal(window.document.edited):
        click_person(qtbot, window, kim)
    assert window.document.require_map().tie(sam, kim) is not None
    assert not button.isChecked() and window.tool_hint.text() == ""
    assert window.view.tool.name == "select"


def test_a_second_click_on_the_button_stops_the_tool(qtbot: QtBot, window: MainWindow) -> None:
    add_sam_and_kim(window)
    button = connect_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.view.tool.name == "connect"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isChecked()
    assert window.view.tool.name == "select" and window.tool_hint.text() == ""


def test_connect_to_from_a_person_checks_the_button_and_names_them_in_the_hint(
    qtbot: QtBot, window: MainWindow
) -> None:
    sam, _kim = add_sam_and_kim(window)
    menu = person_menu(window.view, sam)
    next(a for a in menu.actions() if a.text() == "Connect to…").trigger()
    assert connect_button(window).isChecked()
    assert window.tool_hint.text() == SAM_HINT


def test_undoing_the_first_persons_arrival_stops_the_tool_and_a_move_takes_the_ring_along(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = window.document
    sam = document.add_person("Sam", position=Position(0.0, -110.0))
    document.undo_stack.clear()
    document.move_people({sam: Position(0.0, -200.0)})
    kim = document.add_person("Kim", position=Position(210.0, 0.0))
    window.view.fit_all()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = connect_button(window)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    click_person(qtbot, window, kim)
    tool = window.view.tool
    assert isinstance(tool, ConnectTool) and tool.marked is not None
    with qtbot.waitSignal(document.edited):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kim not in document.require_map().people
    assert not button.isChecked() and tool.marked is None and window.tool_hint.text() == ""

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    click_person(qtbot, window, sam)
    with qtbot.waitSignal(document.edited):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert button.isChecked() and window.tool_hint.text() == SAM_HINT
    assert tool.marked is not None and tool.marked.pos() == QPointF(0.0, -110.0)

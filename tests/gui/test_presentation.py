"""Presentation mode (DESIGN §8.2): on a shared screen nothing of another client and no
person's notes can be read, the text is larger, and leaving puts everything back as it was."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.room import NOTES, OTHER_CLIENT, click_tab, fill_room, focus_window, press
from tests.gui.screen_text import readable_texts, shown_anywhere

TITLE = "Alex — first session"


def _hidden_things() -> tuple[str, ...]:
    return (*OTHER_CLIENT, *NOTES.values())


def _assert_nothing_private(texts: list[str]) -> None:
    for private in _hidden_things():
        assert not shown_anywhere(private, texts), private


def test_presenting_shows_no_other_client_and_no_notes_and_f5_brings_them_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    room = fill_room(window)
    focus_window(window, qtbot)
    window.selection.set([room.people["Sam"]], room.people["Sam"])
    click_tab(qtbot, window, "Maps")
    assert shown_anywhere("Jordan — intake", readable_texts(window))
    click_tab(qtbot, window, "Person: Sam")
    assert shown_anywhere(NOTES["Sam"], readable_texts(window))
    click_tab(qtbot, window, "Maps")

    press(window.view, "F5")

    assert window.presentation.active
    assert window.windowTitle() == TITLE
    _assert_nothing_private(readable_texts(window))
    click_tab(qtbot, window, "Person: Sam")
    shown = readable_texts(window)
    assert shown_anywhere("Sam", shown)  # the walker does read the Person panel
    _assert_nothing_private(shown)
    assert any("F5" in line and "Presentation" in line for line in shown)

    press(window.view, "F5")

    assert not window.presentation.active
    assert window.windowTitle() == f"{TITLE} — SupportMap"
    assert shown_anywhere("Jordan — intake", readable_texts(window))  # Maps is in front again
    click_tab(qtbot, window, "Person: Sam")
    assert shown_anywhere(NOTES["Sam"], readable_texts(window))


def test_the_maps_panel_cannot_be_shown_from_the_view_menu_while_presenting(
    window: MainWindow, qtbot: QtBot
) -> None:
    fill_room(window)
    button = window.toolbar.widgetForAction(window.presentation.action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.presentation.action.isChecked()
    entry = window.maps_dock.toggleViewAction()
    assert entry in window.view_menu.actions()
    assert not entry.isEnabled()
    entry.trigger()
    assert not window.maps_dock.isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.presentation.active
    assert entry.isEnabled()


def test_leaving_restores_the_layout_the_fonts_and_the_zoom_exactly(
    window: MainWindow, qtbot: QtBot
) -> None:
    fill_room(window)
    focus_window(window, qtbot)
    click_tab(qtbot, window, "Maps")
    window.view.zoom_out()
    docks = window.findChildren(QDockWidget)
    visible = {dock.objectName(): dock.isVisible() for dock in docks}
    tabs = {dock.objectName(): window.tabifiedDockWidgets(dock) for dock in docks}
    sizes = _shown_sizes(docks)
    fonts = {dock.objectName(): dock.font().pointSizeF() for dock in docks}
    zoom, transform = window.view.zoom(), window.view.transform()
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    geometry = window.geometry()

    press(window.view, "F5")
    assert window.view.zoom() > zoom  # the whole map, larger than the zoomed-out view
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(window.view.scene().itemsBoundingRect().adjusted(4, 4, -4, -4))
    for dock in docks:
        if dock.isVisible():
            assert dock.font().pointSizeF() > fonts[dock.objectName()], dock.objectName()
    press(window.view, "F5")

    qtbot.waitUntil(lambda: _shown_sizes(docks) == sizes)
    assert {dock.objectName(): dock.isVisible() for dock in docks} == visible
    assert {dock.objectName(): window.tabifiedDockWidgets(dock) for dock in docks} == tabs
    assert {dock.objectName(): dock.font().pointSizeF() for dock in docks} == fonts
    assert not any(dock.testAttribute(Qt.WidgetAttribute.WA_SetFont) for dock in docks)
    assert window.view.transform() == transform
    again = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(again.x() - middle.x()) <= 1 and abs(again.y() - middle.y()) <= 1
    assert window.geometry() == geometry
    assert window.maps_dock.visibleRegion().isEmpty() is False  # its tab is in front again


def _shown_sizes(docks: list[QDockWidget]) -> dict[str, QSize]:
    """The sizes of the panels in view (a panel behind another tab keeps an old size)."""
    return {d.objectName(): d.size() for d in docks if not d.visibleRegion().isEmpty()}


def test_full_screen_goes_on_and_off_by_its_key_in_and_out_of_presentation(
    window: MainWindow, qtbot: QtBot
) -> None:
    focus_window(window, qtbot)
    key = window.full_screen_action.shortcut().toString()
    press(window.view, key)
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    press(window.view, key)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.full_screen_action.isChecked()

    press(window.view, "F5")
    press(window.view, key)
    qtbot.waitUntil(window.isFullScreen)
    press(window.view, "F5")  # leaving presentation gives back the window as it was
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.full_screen_action.isChecked()


def test_the_room_keys_are_listed_in_the_help_menu_and_clash_with_nothing(
    window: MainWindow,
) -> None:
    help_entries = window.help_menu.actions()
    for action, key in (
        (window.presentation.action, "F5"),
        (window.quick_hide.action, "Ctrl+Shift+H"),
    ):
        assert action in help_entries
        assert action.shortcut() == QKeySequence(key)
    assert window.full_screen_action in help_entries
    for action in (window.presentation.action, window.quick_hide.action):
        key = action.shortcut()
        owners = [
            other
            for other in window.findChildren(QAction)
            if key in other.shortcuts() and other is not action
        ]
        assert not owners, [o.text() for o in owners]


def test_notes_typed_before_presenting_are_kept(window: MainWindow, qtbot: QtBot) -> None:
    room = fill_room(window)
    focus_window(window, qtbot)
    kim = room.people["Kim"]
    window.selection.set([kim], kim)
    click_tab(qtbot, window, "Person: Kim")
    notes = window.person_dock.notes_edit
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, " Paid back.")

    press(notes, "F5")

    assert not notes.isVisible()
    assert window.document.require_map().people[kim].notes == NOTES["Kim"] + " Paid back."


def test_closing_while_presenting_keeps_the_everyday_layout_for_next_time(
    window: MainWindow, library: Library, settings: QSettings, qtbot: QtBot
) -> None:
    focus_window(window, qtbot)
    press(window.view, "F5")
    assert window.maps_dock.isHidden()
    window.close()

    again = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.maps_dock.isHidden()
    assert not again.presentation.active
    again.close()


def test_private_session_notes_leave_the_history_while_presenting_and_shared_ones_stay(
    window: MainWindow, qtbot: QtBot
) -> None:
    fill_room(window)
    window.document.add_note("Talked about the custody hearing", private=True)
    window.document.add_note("Made a plan for Tuesday", private=False)
    focus_window(window, qtbot)
    click_tab(qtbot, window, "History")
    assert shown_anywhere("custody hearing", readable_texts(window))

    press(window.view, "F5")

    click_tab(qtbot, window, "History")
    shown = readable_texts(window)
    assert shown_anywhere("Made a plan for Tuesday", shown)  # the walker reads the History
    assert not shown_anywhere("custody hearing", shown)
    press(window.view, "F5")
    click_tab(qtbot, window, "History")
    assert shown_anywhere("custody hearing", readable_texts(window))

"""Adding someone selects them and shows the Person editor; by default it shares the screen
with the findings (DESIGN §5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow


def test_the_default_layout_shows_person_and_findings_together(window: MainWindow) -> None:
    assert not window.insight.dock.visibleRegion().isEmpty()
    assert not window.person_dock.visibleRegion().isEmpty()
    assert not window.insight.dock.geometry().intersects(window.person_dock.geometry())


def test_adding_a_person_selects_them_and_brings_the_editor_forward(
    qtbot: QtBot, window: MainWindow, answer
) -> None:  # type: ignore[no-untyped-def]
    window.person_dock.toggleViewAction().trigger()  # the person closed the panel earlier
    assert window.person_dock.isHidden()
    window.view.setFocus()
    answer.text("Sam")

    qtbot.mouseClick(
        window.toolbar.widgetForAction(window.people_actions.add), Qt.MouseButton.LeftButton
    )

    sam = next(iter(window.document.require_map().people))
    assert window.selection.ids() == (sam,)
    assert window.selection.current() == sam
    qtbot.waitUntil(lambda: not window.person_dock.visibleRegion().isEmpty())
    assert window.person_dock.person_id == sam
    assert window.person_dock.name_edit.text() == "Sam"

    answer.text("Kim")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    kim = list(window.document.require_map().people)[-1]
    assert window.selection.current() == kim
    assert window.person_dock.name_edit.text() == "Kim"
    assert window.view.hasFocus(), "the keyboard stays on the map, where N adds another"


def test_a_name_that_cannot_be_used_gets_a_calm_word_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, answer
) -> None:  # type: ignore[no-untyped-def]
    """A name of zero-width characters only, or with a control character, is refused in words
    meant for a person (VOICE.md), not in the file format's field messages."""
    for refused in ("\u200b\u200b", "Sam\x07"):
        answer.text(refused)
        qtbot.mouseClick(
            window.toolbar.widgetForAction(window.people_actions.add), Qt.MouseButton.LeftButton
        )
        shown = window.statusBar().currentMessage()
        assert shown.startswith("That name could not be used")
        assert "must" not in shown
        assert not window.document.require_map().people

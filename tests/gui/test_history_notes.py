"""Session notes in the History panel, End session…, and private notes while presenting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.history_dialogs import EndSessionAnswer, EndSessionDialog, NoteAnswer
from supportmap.gui.panels.history_dock import HistoryDock
from supportmap.gui.panels.history_model import HistoryModel
from supportmap.storage.library import Library
from tests.gui.history_helpers import (
    HistoryAnswers,
    alex_with_history,
    click_button,
    click_row,
    show_history,
    titles,
    when_modal,
)


@pytest.fixture
def history_answers(monkeypatch: pytest.MonkeyPatch) -> HistoryAnswers:
    return HistoryAnswers(monkeypatch)


def stored_notes(library: Library, window: MainWindow) -> list[tuple[str, bool]]:
    map_id = window.document.map_id
    assert map_id is not None
    return [(note.text, note.private) for note in library.load_map(map_id).notes]


def test_an_empty_history_invites_and_its_button_ends_a_session(
    window: MainWindow, qtbot: QtBot, history_answers: HistoryAnswers, second_library: Library
) -> None:
    panel = show_history(window, qtbot)
    assert panel.pages.currentIndex() == 1
    assert "snapshot" in panel.empty_label.text()
    assert panel.empty_label.isVisible()
    history_answers.end_session(EndSessionAnswer("Session 1 · first", "", True))
    qtbot.mouseClick(panel.empty_end_button, Qt.MouseButton.LeftButton)
    map_id = window.document.map_id
    assert map_id is not None
    assert [s.label for s in second_library.list_snapshots(map_id)] == ["Session 1 · first"]
    assert titles(panel) == ["Session 1 · first"]
    assert panel.pages.currentIndex() == 0


def test_end_session_from_the_keyboard_keeps_the_note_and_the_snapshot_in_one_step(
    window: MainWindow, qtbot: QtBot, second_library: Library
) -> None:
    window.document.add_person("Sam")
    panel = show_history(window, qtbot)

    def write_and_confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, EndSessionDialog)
        QTest.keyClicks(dialog.note_edit, "Talked about Sam")
        QTest.keyClick(dialog.label_edit, Qt.Key.Key_Return)

    met = when_modal(qtbot, write_and_confirm)
    window.activateWindow()
    QTest.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(met))
    assert isinstance(met[0], EndSessionDialog)
    suggested = met[0].label
    assert suggested.startswith("Session 1 · ")
    map_id = window.document.map_id
    assert map_id is not None
    (entry,) = second_library.list_snapshots(map_id)
    assert entry.label == suggested
    frozen = second_library.load_snapshot(entry.id).map
    assert [(n.text, n.private) for n in frozen.notes] == [("Talked about Sam", True)]
    assert titles(panel) == [suggested, "Talked about Sam"]
    assert suggested in window.statusBar().currentMessage()


def test_end_session_counts_the_snapshots_for_its_suggestion(
    window: MainWindow, library: Library, qtbot: QtBot, history_answers: HistoryAnswers
) -> None:
    now, snapshots = alex_with_history()
    window.open_map(library.save_new_map(now, snapshots))
    history_answers.end_session(None)
    window.history_dock.end_session_action.trigger()
    ((suggested,),) = history_answers.asked
    assert suggested.startswith("Session 3 · ")
    assert len(window.document.list_snapshots()) == 2, "cancelled: nothing kept"


def test_notes_are_added_edited_made_shared_and_deleted_with_undo(
    window: MainWindow, qtbot: QtBot, history_answers: HistoryAnswers, second_library: Library
) -> None:
    panel = show_history(window, qtbot)
    day = dt.date(2026, 11, 3)
    history_answers.note(NoteAnswer("Sam came along today", True, day))
    qtbot.mouseClick(panel.empty_note_button, Qt.MouseButton.LeftButton)
    assert stored_notes(second_library, window) == [("Sam came along today", True)]
    assert panel.list.currentIndex().data() == "Sam came along today"

    history_answers.note(NoteAnswer("Sam and Mum came along", True, day))
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert history_answers.asked[-1][1:] == ("Sam came along today", True, day)
    assert stored_notes(second_library, window) == [("Sam and Mum came along", True)]

    click_button(panel, qtbot, "Private")
    assert stored_notes(second_library, window) == [("Sam and Mum came along", False)]
    assert "Private" not in panel.list.currentIndex().data(HistoryModel.DETAIL_ROLE)

    click_row(panel, qtbot, "Sam and Mum came along")
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert stored_notes(second_library, window) == []
    assert titles(panel) == []
    assert "Undo brings it back" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert stored_notes(second_library, window) == [("Sam and Mum came along", False)]
    assert titles(panel) == ["Sam and Mum came along"]
    window.undo_action.trigger()
    assert stored_notes(second_library, window) == [("Sam and Mum came along", True)]


def test_f2_edits_a_note_and_a_past_moment_leaves_notes_alone(
    window: MainWindow, library: Library, qtbot: QtBot, history_answers: HistoryAnswers
) -> None:
    now, snapshots = alex_with_history()
    window.open_map(library.save_new_map(now, snapshots))
    panel = show_history(window, qtbot)
    history_answers.note(NoteAnswer("Agreed to call Sam on Friday", False, dt.date(2026, 10, 1)))
    click_row(panel, qtbot, "Agreed to call Sam this week")
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert "Agreed to call Sam on Friday" in titles(panel)

    click_row(panel, qtbot, "Session 1")
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.document.read_only
    click_row(panel, qtbot, "Agreed to call Sam on Friday")
    assert not panel.operations.edit_note.isEnabled()
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert "Agreed to call Sam on Friday" in titles(panel)
    assert len(history_answers.asked) == 1, "no note dialog while the past is on screen"


def test_presenting_leaves_private_notes_out_entirely(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    now, snapshots = alex_with_history()
    window.open_map(library.save_new_map(now, snapshots))
    panel: HistoryDock = show_history(window, qtbot)
    private_texts = ("Intake", "offered a lift", "to the appointment")

    def everything_said() -> str:
        model = panel.model
        roles = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            HistoryModel.DETAIL_ROLE,
        )
        return "\n".join(
            str(model.index(row, 0).data(role)) for row in range(model.rowCount()) for role in roles
        )

    assert all(words in everything_said() for words in private_texts)
    panel.set_presenting(True)
    said = everything_said()
    assert not any(words in said for words in private_texts)
    assert "Private" not in said
    assert titles(panel) == ["Session 2", "Agreed to call Sam this week", "Session 1"]
    panel.set_presenting(False)
    assert len(titles(panel)) == 5


def test_a_private_note_written_while_presenting_stays_out_of_the_list(
    window: MainWindow, qtbot: QtBot, history_answers: HistoryAnswers
) -> None:
    panel = show_history(window, qtbot)
    panel.set_presenting(True)
    history_answers.note(NoteAnswer("Only for me", True, dt.date(2026, 11, 3)))
    qtbot.mouseClick(panel.empty_note_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in window.document.require_map().notes] == ["Only for me"]
    assert titles(panel) == []

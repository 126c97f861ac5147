"""The History panel's timeline and its snapshots: order, open, compare, rename, delete, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.history_dock import HistoryDock
from supportmap.gui.panels.history_model import HistoryModel
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.gui.history_helpers import (
    HistoryAnswers,
    alex_with_history,
    click_button,
    click_row,
    menu_key,
    show_history,
    titles,
)


@pytest.fixture
def history_answers(monkeypatch: pytest.MonkeyPatch) -> HistoryAnswers:
    return HistoryAnswers(monkeypatch)


@pytest.fixture
def panel(window: MainWindow, library: Library, qtbot: QtBot) -> HistoryDock:
    """Alex's map with its known history open, the History tab raised."""
    now, snapshots = alex_with_history()
    window.open_map(library.save_new_map(now, snapshots))
    return show_history(window, qtbot)


def snapshot_id(window: MainWindow, label: str) -> int:
    return next(e.snapshot_id for e in window.document.list_snapshots() if e.label == label)


def test_snapshots_and_notes_share_one_timeline_newest_first(
    panel: HistoryDock, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    # By day, newest first; on a day with both, the snapshot (kept last) above that day's note.
    assert titles(panel) == [
        "Session 2",
        "Agreed to call Sam this week",
        "Sam offered a lift\nto the appointment",
        "Session 1",
        "Intake: drew the map together",
    ]
    qtmodeltester.check(panel.model)


def test_a_note_row_says_its_date_and_whether_it_is_private(panel: HistoryDock) -> None:
    rows = {panel.model.index(r, 0).data(): panel.model.index(r, 0) for r in range(5)}
    lift = rows["Sam offered a lift\nto the appointment"]
    assert "Private" in lift.data(HistoryModel.DETAIL_ROLE)
    assert "Private" in lift.data(Qt.ItemDataRole.ToolTipRole)
    assert "Sam offered a lift\nto the appointment" in lift.data(Qt.ItemDataRole.ToolTipRole)
    shared = rows["Agreed to call Sam this week"]
    assert "Private" not in shared.data(HistoryModel.DETAIL_ROLE)
    assert "Snapshot" in rows["Session 1"].data(HistoryModel.DETAIL_ROLE)


def test_enter_opens_a_snapshot_read_only_and_the_row_says_it_is_on_screen(
    window: MainWindow, panel: HistoryDock, qtbot: QtBot
) -> None:
    click_row(panel, qtbot, "Session 1")
    with qtbot.waitSignal(window.document.moment_changed):
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.document.moment is not None
    assert window.document.moment.label == "Session 1"
    row = titles(panel).index("Session 1")
    assert "On screen" in panel.model.index(row, 0).data(HistoryModel.DETAIL_ROLE)
    ops = panel.operations
    assert not ops.restore.isEnabled() and not ops.add_note.isEnabled()
    assert not ops.end_session.isEnabled()
    assert ops.compare_now.isEnabled() and ops.open.isEnabled()
    # The notes listed are still those of now, not the ones frozen in Session 1.
    assert "Agreed to call Sam this week" in titles(panel)


def test_the_menu_key_offers_compare_with_now(
    window: MainWindow, panel: HistoryDock, qtbot: QtBot
) -> None:
    click_row(panel, qtbot, "Session 1")
    menu = menu_key(panel, qtbot)
    offered = [a.text() for a in menu.actions()][:3]
    assert offered == ["&Open", "Compare with &now", "Compare &with…"]
    with qtbot.waitSignal(window.document.moment_changed):
        QTest.keyClick(menu, Qt.Key.Key_N)  # Compare with &now
    compared = window.document.compared
    assert compared is not None
    assert compared.before_entry is not None and compared.before_entry.label == "Session 1"
    assert compared.after_entry is None
    row = titles(panel).index("Session 1")
    assert "Compared" in panel.model.index(row, 0).data(HistoryModel.DETAIL_ROLE)


def test_compare_with_another_snapshot_offers_only_the_others(
    window: MainWindow, panel: HistoryDock, qtbot: QtBot, history_answers: HistoryAnswers
) -> None:
    history_answers.snapshot(snapshot_id(window, "Session 2"))
    click_row(panel, qtbot, "Session 1")
    QTest.keyClick(menu_key(panel, qtbot), Qt.Key.Key_W)  # Compare &with…
    ((_prompt, offered),) = history_answers.asked
    assert [entry.label for entry in offered] == ["Session 2"]
    compared = window.document.compared
    assert compared is not None and compared.after_entry is not None
    assert (compared.before_entry.label, compared.after_entry.label) == ("Session 1", "Session 2")  # type: ignore[union-attr]


def test_f2_renames_a_snapshot(
    window: MainWindow,
    panel: HistoryDock,
    qtbot: QtBot,
    history_answers: HistoryAnswers,
    second_library: Library,
) -> None:
    history_answers.label("First session")
    click_row(panel, qtbot, "Session 1")
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert history_answers.asked[0][-1] == "Session 1"
    map_id = window.document.map_id
    assert map_id is not None
    assert [s.label for s in second_library.list_snapshots(map_id)] == [
        "First session",
        "Session 2",
    ]
    assert "First session" in titles(panel)
    assert panel.list.currentIndex().data() == "First session"


def test_delete_asks_first_and_the_snapshot_leaves_the_export_too(
    window: MainWindow, panel: HistoryDock, qtbot: QtBot, answer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    click_row(panel, qtbot, "Session 1")
    answer.confirm(False)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "Session 1" in titles(panel)
    answer.confirm(True)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "Session 1" not in titles(panel)
    exported = tmp_path / "alex.supportmap.json"
    window.document.export_map(exported)
    assert [s.label for s in read_document(exported).snapshots] == ["Session 2"]
    assert "Session 1" in window.statusBar().currentMessage()


def test_the_delete_question_names_the_snapshot_and_says_it_is_for_good(
    panel: HistoryDock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supportmap.gui import dialogs

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs.Confirm,
        "ask",
        classmethod(lambda cls, parent, question, detail, action: asked.append((question, detail))),
    )
    click_row(panel, qtbot, "Session 2")
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    ((question, detail),) = asked
    assert "Session 2" in question
    assert "cannot be undone" in detail


def test_make_current_asks_then_restores_and_undo_takes_it_back(
    window: MainWindow, panel: HistoryDock, qtbot: QtBot, answer
) -> None:  # type: ignore[no-untyped-def]
    def names() -> list[str]:
        return [p.name for p in window.document.require_map().people.values()]

    assert names() == ["Sam", "Mum"]
    click_row(panel, qtbot, "Session 1")
    answer.confirm(False)
    click_button(panel, qtbot, "Make current…")
    assert names() == ["Sam", "Mum"]
    answer.confirm(True)
    click_button(panel, qtbot, "Make current…")
    assert names() == ["Sam"]
    assert len(window.document.require_map().notes) == 3, "notes stay as they are"
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert names() == ["Sam", "Mum"]


def test_buttons_follow_the_selection(panel: HistoryDock, qtbot: QtBot) -> None:
    ops = panel.operations
    click_row(panel, qtbot, "Session 2")
    assert ops.open.isEnabled() and ops.rename.isEnabled() and ops.restore.isEnabled()
    assert not ops.edit_note.isEnabled() and not ops.delete_note.isEnabled()
    click_row(panel, qtbot, "Agreed to call Sam this week")
    assert not ops.open.isEnabled() and not ops.rename.isEnabled()
    assert ops.edit_note.isEnabled() and ops.delete_note.isEnabled()
    assert not ops.private.isChecked()
    click_row(panel, qtbot, "Intake: drew the map together")
    assert ops.private.isChecked()


def test_a_snapshot_that_cannot_be_renamed_gives_a_calm_message(
    window: MainWindow,
    panel: HistoryDock,
    qtbot: QtBot,
    history_answers: HistoryAnswers,
    full_disk,
    problems_shown: list[str],
) -> None:  # type: ignore[no-untyped-def]
    history_answers.label("First session")
    click_row(panel, qtbot, "Session 1")
    with full_disk():
        QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert len(problems_shown) == 1
    assert "Traceback" not in problems_shown[0]
    assert "Session 1" in titles(panel)


def test_the_panel_is_a_tab_between_people_and_maps_and_end_session_is_in_the_file_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QTabBar

    show_history(window, qtbot)
    (bar,) = [
        bar
        for bar in window.findChildren(QTabBar)
        if "History" in [bar.tabText(i) for i in range(bar.count())]
    ]
    assert [bar.tabText(i) for i in range(bar.count())] == ["Person", "People", "History", "Maps"]
    file_items = [a.text() for a in window.file_menu.actions()]
    assert file_items.index("En&d session…") == file_items.index("Take a &snapshot…") + 1
    assert window.history_dock.end_session_action.shortcut().toString() == "Ctrl+Shift+E"

"""What the History panel tests share: a map with a known history, the panel brought forward by
a click on its tab, rows clicked, and answers for the panel's dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from supportmap.core.model import Person, SessionNote
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels import history_dialogs
from supportmap.gui.panels.history_dialogs import EndSessionAnswer, NoteAnswer
from supportmap.gui.panels.history_dock import HistoryDock


def at_noon(year: int, month: int, day: int) -> dt.datetime:
    """Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11."""
    return dt.datetime(year, month, day, 12, 0, tzinfo=dt.UTC)


def alex_with_history() -> tuple[SupportMap, list[Snapshot]]:
    """Alex's map with three notes and two snapshots on known days (see the timeline test)."""
    first = SupportMap.build("Alex", "Alex", [Person(id="p1", name="Sam")])
    notes = [
        SessionNote("n1", dt.date(2026, 9, 17), "Intake: drew the map together", True),
        SessionNote("n2", dt.date(2026, 10, 1), "Agreed to call Sam this week", False),
        SessionNote("n3", dt.date(2026, 9, 24), "Sam offered a lift\nto the appointment", True),
    ]
    now = SupportMap.build(
        "Alex", "Alex", [Person(id="p1", name="Sam"), Person(id="p2", name="Mum")], notes=notes
    )
    snapshots = [
        Snapshot("Session 1", at_noon(2026, 9, 17), first),
        Snapshot("Session 2", at_noon(2026, 10, 1), now),
    ]
    return now, snapshots


def show_history(window: MainWindow, qtbot: QtBot) -> HistoryDock:
    """Click the History tab, as a person does, and return the panel."""
    dock = window.history_dock
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    for bar in bars:
        for index in range(bar.count()):
            if bar.tabText(index) == "History":
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: dock.list.isVisible() or dock.pages.currentIndex() == 1)
    return dock


def titles(dock: HistoryDock) -> list[str]:
    model = dock.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(dock: HistoryDock, qtbot: QtBot, title: str) -> None:
    """Click the row that shows ``title``, leaving the keyboard in the list."""
    row = titles(dock).index(title)
    index = dock.model.index(row, 0)
    dock.list.scrollTo(index)
    rect = dock.list.visualRect(index)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dock.list.setFocus()
    qtbot.waitUntil(lambda: dock.list.currentIndex().row() == row)


def menu_key(dock: HistoryDock, qtbot: QtBot) -> QMenu:
    """Press the menu key in the list and return the menu that opens.

    The event is the one the key makes: QTest's key events go to the widget directly and skip
    the window, which is where Qt turns the menu key into a context-menu event.
    """
    viewport = dock.list.viewport()
    where = viewport.rect().topLeft()  # the pointer's place does not count for the key
    keyboard = QContextMenuEvent.Reason.Keyboard
    QApplication.sendEvent(
        viewport, QContextMenuEvent(keyboard, where, viewport.mapToGlobal(where))
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def click_button(dock: HistoryDock, qtbot: QtBot, label: str) -> None:
    """Click the visible button under the list with this text."""
    for bar in (dock.snapshot_bar, dock.note_bar):
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and action.iconText() == label and button.isVisible():
                assert button.isEnabled(), f"{label} is disabled"
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
    raise AssertionError(f"no visible button {label!r}")


def when_modal(qtbot: QtBot, gesture: Callable[[QWidget], None]) -> list[QWidget]:
    """Do ``gesture`` on the next modal dialog once it is open; returns the dialogs met."""
    met: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        met.append(dialog)
        gesture(dialog)

    QTimer.singleShot(0, act)
    return met


class HistoryAnswers:
    """Pre-answers for the History panel's dialogs; ``asked`` keeps what each was offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.asked: list[tuple[Any, ...]] = []

    def _answer(self, dialog: type, value: object) -> None:
        def ask(cls: type, *args: Any, **kwargs: Any) -> object:
            self.asked.append(args[1:])
            return value

        self._monkeypatch.setattr(dialog, "ask", classmethod(ask))

    def label(self, value: str | None) -> None:
        self._answer(history_dialogs.SnapshotLabelDialog, value)

    def note(self, value: NoteAnswer | None) -> None:
        self._answer(history_dialogs.NoteDialog, value)

    def end_session(self, value: EndSessionAnswer | None) -> None:
        self._answer(history_dialogs.EndSessionDialog, value)

    def snapshot(self, value: int | None) -> None:
        self._answer(history_dialogs.ChooseSnapshotDialog, value)

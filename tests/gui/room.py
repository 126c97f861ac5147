"""A library with two clients' maps, for the tests of presentation mode and quick hide.

Alex's map is open and has people with notes; Jordan's map is another client's. Neither the
other client nor the notes may be seen on a shared screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from supportmap.gui.main_window import MainWindow

OTHER_CLIENT = ("Jordan", "Jordan — intake")
NOTES = {"Sam": "Worried about the move in March", "Kim": "Lent money last year, still owed"}


@dataclass(frozen=True)
class Room:
    """The open map's people (name → id) and every name that identifies anyone."""

    people: dict[str, str]
    names: tuple[str, ...]


def fill_room(window: MainWindow) -> Room:
    """Give the open map Sam and Kim with notes, and the library another client's map."""
    window.document.new_map(*OTHER_CLIENT)
    people = {name: window.document.add_person(name, notes=note) for name, note in NOTES.items()}
    support_map = window.document.require_map()
    names = (*OTHER_CLIENT, support_map.focus_name, support_map.title, *NOTES)
    return Room(people, names)


def focus_window(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """Click the tab of the panel called ``title`` (as the tab reads, e.g. "Maps").

    The window's tab bars are looked at from the top of the stack down, as the pointer meets
    them: just after the layout changed, a tab bar about to go can still lie underneath.
    """
    bars = [c for c in window.children() if isinstance(c, QTabBar) and c.isVisible()]
    for bar in reversed(bars):
        for tab in range(bar.count()):
            if bar.tabText(tab) == title:
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
                qtbot.waitUntil(lambda bar=bar, tab=tab: bar.currentIndex() == tab)
                return
    raise AssertionError(f"no tab {title!r} in view")


def press(widget: object, sequence: str) -> None:
    """Press a key sequence such as "F5" or "Ctrl+Shift+H" on ``widget``, as a person would."""
    QTest.keySequence(widget, sequence)  # type: ignore[call-overload]

"""Every menu can be used by its underlined letters: no two items of one menu share a letter."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from supportmap.gui.main_window import MainWindow


def mnemonic(label: str) -> str | None:
    found = re.search(r"&([^&])", label)
    return found.group(1).lower() if found else None


def test_no_two_items_of_a_menu_share_their_underlined_letter(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) >= 4
    for menu in menus:
        assert isinstance(menu, QMenu)
        letters = [
            (mnemonic(action.text()), action.text())
            for action in menu.actions()
            if isinstance(action, QAction) and not action.isSeparator()
        ]
        taken = [letter for letter, _ in letters if letter is not None]
        clashes = {letter for letter in taken if taken.count(letter) > 1}
        assert not clashes, (menu.title(), [text for letter, text in letters if letter in clashes])

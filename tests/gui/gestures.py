"""Keyboard gestures on form fields, shared by the GUI tests: what a user does, key by key."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit


def retype(edit: QLineEdit, text: str) -> None:
    """Select what the field holds, type ``text`` over it and press Enter to finish."""
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def choose(combo: QComboBox, data: Any) -> None:
    """Move a closed combo box to the entry holding ``data`` with the arrow keys.

    Each key press picks the next entry at once, as it does for a user; the entry must differ
    from the one shown, or no key would be pressed.
    """
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    assert target != combo.currentIndex(), f"{data!r} is already chosen"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before, "the arrow key did not move the choice"

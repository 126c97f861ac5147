"""The History panel's dialogs, typed into as a person does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from supportmap.gui.document import SnapshotEntry
from supportmap.gui.panels.history_dialogs import (
    ChooseSnapshotDialog,
    EndSessionDialog,
    NoteDialog,
    SnapshotLabelDialog,
)
from tests.gui.history_helpers import at_noon


def ok_button(dialog: QDialog) -> object:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_a_label_without_a_visible_character_is_refused_with_a_reason(qtbot: QtBot) -> None:
    dialog = SnapshotLabelDialog("Rename snapshot", "New name:", "Session 1")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.edit, "   ")
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    QApplication.clipboard().setText("\u200b")  # a zero-width space: nothing anyone can read
    QTest.keyClick(dialog.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible()
    assert "visible character" in dialog.problem.text()

    QTest.keyClick(dialog.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.edit, "  First session ")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.label == "First session"


def test_a_label_is_at_most_eighty_characters(qtbot: QtBot) -> None:
    dialog = SnapshotLabelDialog("Rename snapshot", "New name:", "")
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.edit, "x" * 90)
    assert len(dialog.edit.text()) == 80


def test_a_new_note_is_private_and_dated_today_unless_changed(qtbot: QtBot) -> None:
    dialog = NoteDialog("Add a note")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.text_edit, "Line one")
    QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.text_edit, "Line two")
    assert dialog.private_box.isChecked()
    answer = dialog.answer()
    assert (answer.text, answer.private, answer.date) == (
        "Line one\nLine two",
        True,
        dt.date.today(),
    )
    QTest.keyClick(dialog.private_box, Qt.Key.Key_Space)
    assert not dialog.answer().private


def test_a_note_with_a_control_character_is_refused(qtbot: QtBot) -> None:
    dialog = NoteDialog("Add a note")
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("Pasted \x07 text")  # a bell character, pasted
    QTest.keyClick(dialog.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "\x07" in dialog.text_edit.toPlainText()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "control characters" in dialog.problem.text()


def test_end_session_refuses_an_emptied_name_and_keeps_the_note_private(qtbot: QtBot) -> None:
    dialog = EndSessionDialog("Session 3 · 5/11/26")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.label_edit.text() == "Session 3 · 5/11/26"
    assert dialog.private_box.isChecked()
    QTest.keyClick(dialog.label_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.label_edit, Qt.Key.Key_Delete)
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.label_edit, "Session 3 with Sam")
    QTest.keyClicks(dialog.note_edit, "Sam joined for the second half")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.result() == QDialog.DialogCode.Accepted
    answer = dialog.answer()
    assert (answer.label, answer.note, answer.private) == (
        "Session 3 with Sam",
        "Sam joined for the second half",
        True,
    )


def test_the_chooser_lists_snapshots_newest_first_and_enter_takes_one(qtbot: QtBot) -> None:
    entries = [
        SnapshotEntry(4, "Session 1", at_noon(2026, 9, 17)),
        SnapshotEntry(9, "Session 3", at_noon(2026, 10, 1)),
        SnapshotEntry(7, "Session 2", at_noon(2026, 9, 24)),
    ]
    dialog = ChooseSnapshotDialog("Compare with which?", entries)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.list.item(row).text().split(" · ")[0] for row in range(dialog.list.count())]
    assert shown == ["Session 3", "Session 2", "Session 1"]
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == 7


def test_end_session_suggests_the_next_session_number_and_the_date_in_the_locale() -> None:
    from PySide6.QtCore import QLocale

    from supportmap.gui.panels.history_actions import suggested_label

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert suggested_label(2, dt.date(2026, 11, 5)) == "Session 3 · 05/11/2026"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert suggested_label(0, dt.date(2026, 11, 5)) == "Session 1 · 05.11.26"
    finally:
        QLocale.setDefault(before)

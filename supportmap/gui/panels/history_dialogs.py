"""The History panel's dialogs: a snapshot's name, a session note, End session…, and choosing a
snapshot to compare with.

Each has a ``classmethod ask()`` returning the answer (None when cancelled), so tests can answer
for it. A dialog that takes a snapshot's name checks it when OK is pressed and, when it cannot
be used, says why and stays open with the text as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import (
    SESSION_NOTE_MAX,
    SNAPSHOT_LABEL_MAX,
    ValidationError,
    check_snapshot_label,
    check_text,
)
from supportmap.gui.document import SnapshotEntry
from supportmap.gui.panels.history_model import local_date_time
from supportmap.gui.texts import history as strings
from supportmap.gui.texts import text


@dataclass(frozen=True)
class NoteAnswer:
    """What the note dialog was given: the text, whether it is private, and its date."""

    text: str
    private: bool
    date: dt.date


@dataclass(frozen=True)
class EndSessionAnswer:
    """The snapshot's label and the optional note (empty for none) of End session…."""

    label: str
    note: str
    private: bool


def _problem_label() -> QLabel:
    """A line that says why OK did nothing; hidden until then, read out when it appears."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _label_edit(value: str, accessible: str, ok: QPushButton) -> QLineEdit:
    edit = QLineEdit(value)
    edit.setMaxLength(SNAPSHOT_LABEL_MAX)
    edit.setAccessibleName(accessible)
    ok.setEnabled(bool(value.strip()))
    edit.textChanged.connect(lambda typed: ok.setEnabled(bool(typed.strip())))
    edit.selectAll()
    return edit


def _say(label: QLabel, problem: str) -> None:
    label.setText(problem)
    label.setAccessibleName(problem)
    label.show()
    dialog = label.window()
    dialog.adjustSize()  # room for the whole reason, however it wraps


class SnapshotLabelDialog(QDialog):
    """A snapshot's name, checked as DESIGN §2 says a label must be."""

    def __init__(self, title: str, prompt: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        buttons, ok = _buttons(self, self.tr("Rename"))
        self.edit = _label_edit(value, prompt, ok)
        prompt_label.setBuddy(self.edit)
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.label = ""

    def accept(self) -> None:  # Qt override
        try:
            self.label = check_snapshot_label(self.edit.text())
        except ValidationError:
            _say(self.problem, text(strings.LABEL_NOT_USED))
            self.edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, value: str) -> str | None:
        """The checked label, or None when cancelled."""
        dialog = cls(title, prompt, value, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.label


class NoteDialog(QDialog):
    """A session note: its text, whether it is private (checked for a new note) and its date."""

    def __init__(
        self,
        title: str,
        note_text: str = "",
        private: bool = True,
        date: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        buttons, ok = _buttons(self, self.tr("Keep note"))
        self.text_edit = QPlainTextEdit(note_text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(text(strings.NOTE_TEXT_PLACEHOLDER))
        self.text_edit.setAccessibleName(self.tr("Note"))
        text_label = QLabel(self.tr("&Note"))
        text_label.setBuddy(self.text_edit)
        ok.setEnabled(bool(note_text.strip()))
        self.text_edit.textChanged.connect(
            lambda: ok.setEnabled(bool(self.text_edit.toPlainText().strip()))
        )
        self.private_box = QCheckBox(self.tr("&Private"))
        self.private_box.setChecked(private)
        self.private_box.setToolTip(text(strings.PRIVATE_TIP))
        self.private_box.setAccessibleDescription(text(strings.PRIVATE_TIP))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        day = date or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.problem = _problem_label()
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.private_box)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 300)
        self.text_edit.setFocus()

    def answer(self) -> NoteAnswer:
        day = self.date_edit.date()
        return NoteAnswer(
            self.text_edit.toPlainText().strip(),
            self.private_box.isChecked(),
            dt.date(day.year(), day.month(), day.day()),
        )

    def accept(self) -> None:  # Qt override
        try:
            check_text("text", self.answer().text, SESSION_NOTE_MAX)
        except ValidationError:
            _say(self.problem, text(strings.NOTE_NOT_USED))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        note_text: str = "",
        private: bool = True,
        date: dt.date | None = None,
    ) -> NoteAnswer | None:
        """The note as written, or None when cancelled."""
        dialog = cls(title, note_text, private, date, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


class EndSessionDialog(QDialog):
    """End session…: the snapshot's name (suggested, editable) and an optional private note."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End session"))
        intro = QLabel(text(strings.END_SESSION_PROMPT))
        intro.setWordWrap(True)
        buttons, ok = _buttons(self, self.tr("End session"))
        self.label_edit = _label_edit(suggested, self.tr("Snapshot name"), ok)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(text(strings.NOTE_PLACEHOLDER))
        self.note_edit.setAccessibleName(self.tr("Session note"))
        self.private_box = QCheckBox(self.tr("&Private note"))
        self.private_box.setChecked(True)
        self.private_box.setToolTip(text(strings.PRIVATE_TIP))
        self.private_box.setAccessibleDescription(text(strings.PRIVATE_TIP))
        self.problem = _problem_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.label_edit)
        form.addRow(self.tr("N&ote"), self.note_edit)
        form.addRow("", self.private_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 320)
        self.label = ""

    def accept(self) -> None:  # Qt override
        try:
            self.label = check_snapshot_label(self.label_edit.text())
        except ValidationError:
            _say(self.problem, text(strings.LABEL_NOT_USED))
            self.label_edit.setFocus()
            return
        try:
            check_text("text", self.note_edit.toPlainText(), SESSION_NOTE_MAX)
        except ValidationError:
            _say(self.problem, text(strings.NOTE_NOT_USED))
            self.note_edit.setFocus()
            return
        super().accept()

    def answer(self) -> EndSessionAnswer:
        note = self.note_edit.toPlainText().strip()
        return EndSessionAnswer(self.label, note, self.private_box.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> EndSessionAnswer | None:
        """The label and note to keep, or None when cancelled."""
        dialog = cls(suggested, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


class ChooseSnapshotDialog(QDialog):
    """Pick one snapshot from a list (newest first); Enter or a double click takes it."""

    def __init__(
        self, prompt: str, snapshots: Sequence[SnapshotEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with…"))
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(prompt)
        for entry in sorted(snapshots, key=lambda e: (e.taken, e.snapshot_id), reverse=True):
            item = QListWidgetItem(f"{entry.label} · {local_date_time(entry.taken)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.snapshot_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        label.setBuddy(self.list)
        buttons, _ok = _buttons(self, self.tr("Compare"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(
        cls, parent: QWidget | None, prompt: str, snapshots: Sequence[SnapshotEntry]
    ) -> int | None:
        """The chosen snapshot's id, or None when cancelled."""
        dialog = cls(prompt, snapshots, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

"""Asking for a passphrase: the library's at start and after a lock, an encrypted file's.

The passphrase lives only in the dialog's field and the caller's local variable until it has
been used; it is never put in settings, a log or a message. The dialog answers through a
``classmethod ask()`` that tests may replace, like the app's other dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui.texts import protection, text


def make_secret_field(parent: QWidget, name: str) -> QLineEdit:
    """A field whose typing shows as dots (Qt then also refuses to copy it out)."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """One passphrase, typed hidden; "Show" reveals it. Enter opens, Esc cancels."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        self.problem_label = QLabel(problem)
        self.problem_label.setObjectName("passphraseProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        self.field = make_secret_field(self, self.tr("Passphrase"))
        self.show_box = QCheckBox(self.tr("&Show"))
        self.show_box.setToolTip(self.tr("Show the passphrase as it is typed"))
        self.show_box.toggled.connect(self._reveal)
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.field)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.show_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open"))
        self.ok_button.setEnabled(False)
        self.field.textChanged.connect(lambda typed: self.ok_button.setEnabled(bool(typed)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.field.setFocus()

    def _reveal(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.field.text()

    def done(self, result: int) -> None:  # Qt override
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.field.clear()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, problem: str = "") -> str | None:
        """The passphrase typed, or None when the person cancelled."""
        dialog = cls(parent, title, prompt, problem)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase()
        finally:
            dialog.field.clear()
            dialog.deleteLater()


def ask_library_passphrase(parent: QWidget | None, prompt: str, wrong: bool) -> str | None:
    """Ask for the library's passphrase; ``wrong`` says the last one did not open it."""
    problem = text(protection.WRONG_PASSPHRASE) if wrong else ""
    return PassphraseDialog.ask(parent, text(protection.UNLOCK_TITLE), prompt, problem)


def ask_file_passphrase(parent: QWidget | None, path: Path, wrong: bool) -> str | None:
    """Ask for the passphrase of the encrypted map file ``path``."""
    problem = text(protection.WRONG_FILE_PASSPHRASE).replace("%1", path.name) if wrong else ""
    prompt = text(protection.FILE_PASSPHRASE_PROMPT).replace("%1", path.name)
    return PassphraseDialog.ask(parent, text(protection.FILE_PASSPHRASE_TITLE), prompt, problem)

"""File → Protect with a passphrase…, Change passphrase…, Remove protection… (DESIGN §10).

Each closes the library, rewrites its file through `supportmap.storage.protect` (a few seconds,
under a busy cursor), and opens it again on the same map. Whatever goes wrong, the library is
opened again as it was and a calm message says why. Passphrases live only in the dialogs and
in local variables while they are used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui.dialogs import Confirm, Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.export_dialogs import Notice
from supportmap.gui.texts import protection, text
from supportmap.gui.unlock import ask_library_passphrase, make_secret_field
from supportmap.storage.errors import StorageError

SHORT, FAIR = 10, 16
"""Below SHORT characters a passphrase counts as short, below FAIR as fair."""


def strength_hint(passphrase: str) -> str:
    """A gentle word on how hard ``passphrase`` is to guess, by its length."""
    if not passphrase:
        return text(protection.STRENGTH_EMPTY)
    if len(passphrase) < SHORT:
        return text(protection.STRENGTH_SHORT)
    if len(passphrase) < FAIR:
        return text(protection.STRENGTH_FAIR)
    return text(protection.STRENGTH_GOOD)


class NewPassphraseDialog(QDialog):
    """A new passphrase typed twice (and the current one first, when changing it)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        warning: str,
        *,
        ask_current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.current_field: QLineEdit | None = None
        form = QFormLayout()
        if ask_current:
            self.current_field = make_secret_field(self, self.tr("Current passphrase"))
            form.addRow(self.tr("&Current passphrase"), self.current_field)
        self.first_field = make_secret_field(self, self.tr("New passphrase"))
        self.second_field = make_secret_field(self, self.tr("New passphrase again"))
        form.addRow(self.tr("&New passphrase"), self.first_field)
        form.addRow(self.tr("The same &again"), self.second_field)
        self.show_box = QCheckBox(self.tr("&Show the passphrases"))
        self.show_box.toggled.connect(self._reveal)
        form.addRow("", self.show_box)
        self.hint_label = QLabel(strength_hint(""))
        self.hint_label.setObjectName("strengthHint")
        self.hint_label.setWordWrap(True)
        warning_label = QLabel(warning)
        warning_label.setObjectName("passphraseWarning")
        warning_label.setWordWrap(True)
        font = warning_label.font()
        font.setBold(True)
        warning_label.setFont(font)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Use this passphrase"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for field in self._fields():
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(warning_label)
        layout.addStretch(1)  # room to spare goes above the buttons, not between the texts
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._check()
        (self.current_field or self.first_field).setFocus()

    def _fields(self) -> list[QLineEdit]:
        fields = [self.first_field, self.second_field]
        return [self.current_field, *fields] if self.current_field is not None else fields

    def _reveal(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in self._fields():
            field.setEchoMode(mode)

    def _check(self) -> None:
        first, second = self.first_field.text(), self.second_field.text()
        hint = strength_hint(first)
        if second and first != second:
            hint = f"{hint} {text(protection.PASSPHRASES_DIFFER)}"
        self.hint_label.setText(hint)
        current_given = self.current_field is None or bool(self.current_field.text())
        self.ok_button.setEnabled(bool(first) and first == second and current_given)

    def done(self, result: int) -> None:  # Qt override
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            for field in self._fields():
                field.clear()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        intro: str,
        warning: str,
        *,
        ask_current: bool = False,
    ) -> tuple[str | None, str] | None:
        """(the current passphrase or None, the new one), or None when cancelled."""
        dialog = cls(parent, title, intro, warning, ask_current=ask_current)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            current = dialog.current_field.text() if dialog.current_field is not None else None
            return current, dialog.first_field.text()
        finally:
            for field in dialog._fields():
                field.clear()
            dialog.deleteLater()


class ProtectionActions(QObject):
    """``protect_action``, ``change_action`` and ``remove_action`` of the File menu.

    Signals:
        changed(): the library was rewritten (protected, another passphrase, or plain again).
    """

    changed = Signal()

    def __init__(self, document: MapDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._window = parent
        self.protect_action = QAction(self.tr("Pr&otect with a passphrase…"), self)
        self.protect_action.triggered.connect(self.protect)
        self.change_action = QAction(self.tr("C&hange passphrase…"), self)
        self.change_action.triggered.connect(self.change)
        self.remove_action = QAction(self.tr("Re&move protection…"), self)
        self.remove_action.triggered.connect(self.remove)
        document.stored.connect(self.update_state)
        self.update_state()

    def menu_actions(self) -> list[QAction]:
        return [self.protect_action, self.change_action, self.remove_action]

    def update_state(self) -> None:
        """Protect a plain library file; change or remove the passphrase of a protected one."""
        is_file = self._document.has_library and self._document.library_file is not None
        protected = is_file and self._document.is_protected
        self.protect_action.setEnabled(is_file and not protected)
        self.change_action.setEnabled(protected)
        self.remove_action.setEnabled(protected)

    def protect(self) -> bool:
        """Ask for a new passphrase twice, then protect the library with it."""
        answer = NewPassphraseDialog.ask(
            self._window,
            text(protection.PROTECT_TITLE),
            text(protection.PROTECT_INTRO),
            text(protection.PROTECT_WARNING),
        )
        if answer is None:
            return False
        _, new = answer
        from supportmap.storage import protect

        done = text(protection.PROTECTED_DONE)
        return self._convert(lambda file: protect.protect(file, new), None, new, done)

    def change(self) -> bool:
        """Ask for the current passphrase and a new one twice, then change it."""
        wrong = False
        while True:
            answer = NewPassphraseDialog.ask(
                self._window,
                text(protection.CHANGE_TITLE),
                text(protection.WRONG_PASSPHRASE) if wrong else text(protection.CHANGE_INTRO),
                text(protection.PROTECT_WARNING),
                ask_current=True,
            )
            if answer is None:
                return False
            current, new = answer
            if current is not None and self._document.check_passphrase(current):
                break
            wrong = True
        from supportmap.storage import protect

        return self._convert(
            lambda file: protect.change_passphrase(file, current, new),
            current,
            new,
            text(protection.CHANGED_DONE),
        )

    def remove(self) -> bool:
        """Ask for the passphrase, confirm, then make the library a plain file again."""
        wrong = False
        while True:
            current = ask_library_passphrase(self._window, text(protection.REMOVE_PROMPT), wrong)
            if current is None:
                return False
            if self._document.check_passphrase(current):
                break
            wrong = True
        if not Confirm.ask(
            self._window,
            text(protection.REMOVE_QUESTION),
            text(protection.REMOVE_DETAIL),
            self.tr("Remove protection"),
        ):
            return False
        from supportmap.storage import protect

        done = text(protection.REMOVED_DONE)
        return self._convert(lambda file: protect.unprotect(file, current), current, None, done)

    def _convert(
        self, convert: Callable[[Path], None], before: str | None, after: str | None, done: str
    ) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._document.convert_library(convert, before, after)
        except StorageError as error:
            QGuiApplication.restoreOverrideCursor()
            message = text(protection.CONVERT_FAILED).replace("%1", str(error))
            Problem.show(self._window, text(protection.CONVERT_FAILED_TITLE), message)
            return False
        else:
            QGuiApplication.restoreOverrideCursor()
        finally:
            self.update_state()
            self.changed.emit()
        Notice.show(self._window, "SupportMap", done)
        return True

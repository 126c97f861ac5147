"""Edit → Preferences…: how long the app may sit unused before a protected library locks.

The choice is a window setting (QSettings), like the layout: it belongs to this computer, not
to the library. No passphrase is ever kept there.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui.texts import protection, text

IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)
"""Minutes offered for the automatic lock; 0 is "never"."""


class PreferencesDialog(QDialog):
    """The automatic lock's idle time, chosen from a short list."""

    def __init__(self, parent: QWidget | None, minutes: int, protected: bool) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(text(protection.PREFERENCES_TITLE))
        self.setAccessibleName(self.windowTitle())
        self.idle_box = QComboBox()
        self.idle_box.setAccessibleName(self.tr("Lock after"))
        for choice in IDLE_CHOICES:
            shown = self.tr("%n minutes without use", "", choice) if choice else self.tr("Never")
            self.idle_box.addItem(shown, choice)
        known = minutes if minutes in IDLE_CHOICES else 10
        self.idle_box.setCurrentIndex(IDLE_CHOICES.index(known))
        help_text = QLabel(text(protection.IDLE_LOCK_HELP))
        help_text.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Lock the library after"))
        label.setBuddy(self.idle_box)
        form.addRow(label, self.idle_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        if not protected:
            note = QLabel(text(protection.IDLE_LOCK_UNPROTECTED))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def minutes(self) -> int:
        return int(self.idle_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, minutes: int, protected: bool) -> int | None:
        """The minutes chosen (0: never), or None when cancelled."""
        dialog = cls(parent, minutes, protected)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.minutes()
        finally:
            dialog.deleteLater()

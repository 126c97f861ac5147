"""The crisis notice: an always-reachable Help entry and a short, calm dialog.

SupportMap cannot know where its user lives, so the notice names kinds of help (local emergency
numbers, crisis lines, a GP or therapist) and never a number or a country (VOICE.md rule 8).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from supportmap.gui.texts import insight as s


class CrisisDialog(QDialog):
    """Short paragraphs and one Close button; the first paragraph is what matters most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(s.crisis_dialog_title())
        self.setObjectName("crisisDialog")
        self.setAccessibleName(s.crisis_dialog_title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(s.crisis_dialog_title(), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.paragraphs: list[QLabel] = []
        for text in s.crisis_dialog_paragraphs():
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            self.paragraphs.append(label)
        first = self.paragraphs[0].font()
        first.setBold(True)
        self.paragraphs[0].setFont(first)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(s.crisis_dialog_close(), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.setMaximumWidth(560)

    def text(self) -> str:
        """Everything the dialog says, for tests and for reading aloud."""
        return "\n".join(label.text() for label in self.paragraphs)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        """Show the notice modally (tests replace this to avoid a blocking dialog)."""
        cls(parent).exec()


def show_crisis_notice(parent: QWidget | None = None) -> None:
    """Open the crisis notice (through `CrisisDialog.ask`, so tests can intercept it)."""
    CrisisDialog.ask(parent)


def crisis_action(parent: QWidget) -> QAction:
    """The Help-menu entry "If you are in crisis…", on F1 as well, so it is always one key away.

    F1 is the platform's help key; what someone pressing it in distress needs most is this.
    """
    action = QAction(s.crisis_action_text(), parent)
    action.setObjectName("crisisAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setStatusTip(s.crisis_dialog_paragraphs()[0])
    action.setMenuRole(QAction.MenuRole.NoRole)
    action.triggered.connect(lambda: show_crisis_notice(parent))
    return action

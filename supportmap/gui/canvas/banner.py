"""`CanvasNotice`: a calm card laid over the map canvas, with one button.

The canvas shows two of them: a banner along the top while a mode changes what the map shows
(what-if, a past moment), naming what is shown and offering the way back, and a card in the
middle while no map is open, offering to start one. The card only shows text and reports the
click; whoever fills it in decides what the button does. A mode with more than one way on
(a past moment: compare, go back) fills it with its own actions instead (`show_actions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MARGIN = 12
"""Room between the card and the edge of the canvas, in pixels."""
MAX_WIDTH = 620
"""A card never gets wider than this: a long line is hard to read."""
SIDE_BY_SIDE_WIDTH = 480
"""Narrower than this, the button goes under the words instead of beside them."""
EXTRA_BUTTON_WIDTH = 120
"""Each button past the first needs this much more width before the buttons sit beside the
words."""


CHECKED_LOOK = (
    "QToolButton:checked { background-color: palette(highlight);"
    " color: palette(highlighted-text); border: 1px solid palette(highlight);"
    " border-radius: 3px; padding: 3px 8px; }"
)
"""A button that is on, in the selection colours: some styles draw it like one that is off."""


class Placement(Enum):
    """Where a notice sits on the canvas."""

    TOP = "top"
    CENTRE = "centre"


class CanvasNotice(QFrame):
    """A heading, one or two sentences and a button, over the canvas.

    Signals:
        button_clicked(): the button was pressed (by mouse, or Space/Enter on it).
    """

    button_clicked = Signal()

    def __init__(self, placement: Placement, parent: QWidget) -> None:
        super().__init__(parent)
        self.placement = placement
        self._area: QRect | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.Window, QColor("#2e3350" if dark else "#eceef9"))
        self.setPalette(palette)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("noticeTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        words.addWidget(self.title)
        self.detail = QLabel(self)
        self.detail.setObjectName("noticeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        words.addWidget(self.detail)
        layout.addLayout(words, 1)
        self.button = QPushButton(self)
        self.button.setObjectName("noticeButton")
        self.button.clicked.connect(self.button_clicked)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        self._buttons.addWidget(self.button)
        self._action_buttons: list[QToolButton] = []
        layout.addLayout(self._buttons, 0)
        layout.setAlignment(self._buttons, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def show_notice(self, title: str, detail: str, button: str, button_tip: str = "") -> None:
        """Show ``title`` and ``detail`` with a button labelled ``button``."""
        self._drop_action_buttons()
        self.button.show()
        self._show_words(title, detail)
        self.button.setText(button)
        self.button.setToolTip(button_tip)
        self.button.setAccessibleName(button.replace("&", "").rstrip("…"))
        self.button.setAccessibleDescription(button_tip)
        self._present()

    def show_actions(self, title: str, detail: str, actions: Sequence[QAction]) -> None:
        """Show ``title`` and ``detail`` with one button per action, in place of the button.

        The buttons follow their actions (text, tip, checked state) and trigger them;
        `button_clicked` is not emitted for them.
        """
        self.button.hide()
        self._show_words(title, detail)
        if [button.defaultAction() for button in self._action_buttons] == list(actions):
            self._present()  # the same buttons stay, and so does the keyboard focus on one
            return
        self._drop_action_buttons()
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(action.toolTip())
            if action.isCheckable():
                button.setStyleSheet(CHECKED_LOOK)
            self._buttons.addWidget(button)
            button.show()  # now, not later: the notice's height is measured with it
            self._action_buttons.append(button)
        self._present()

    def action_buttons(self) -> tuple[QToolButton, ...]:
        """The buttons `show_actions` put on the notice, in order."""
        return tuple(self._action_buttons)

    def _drop_action_buttons(self) -> None:
        for button in self._action_buttons:
            self._buttons.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._action_buttons = []

    def _show_words(self, title: str, detail: str) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)

    def _present(self) -> None:
        self.show()
        self.raise_()
        self._place()

    def place_within(self, area: QRect) -> None:
        """Fit the notice into ``area`` (the visible part of the canvas, in its coordinates)."""
        self._area = QRect(area)
        self._place()

    def _place(self) -> None:
        area = self._area
        if area is None or self.isHidden():
            return
        width = max(0, min(MAX_WIDTH, area.width() - 2 * MARGIN))
        beside = SIDE_BY_SIDE_WIDTH + EXTRA_BUTTON_WIDTH * max(0, len(self._action_buttons) - 1)
        direction = QBoxLayout.Direction
        self._layout.setDirection(
            direction.LeftToRight if width >= beside else direction.TopToBottom
        )
        self._layout.invalidate()  # new words or buttons: no height measured before holds
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        x = area.left() + (area.width() - width) // 2
        if self.placement is Placement.TOP:
            y = area.top() + MARGIN
        else:
            y = area.top() + max(MARGIN, (area.height() - height) // 2)
        self.setGeometry(x, y, width, height)

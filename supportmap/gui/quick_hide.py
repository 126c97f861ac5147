"""Quick hide: one key covers the whole window with a plain screen that names nobody (§8.2).

For the moment someone walks into the room. The cover lies over every part of the window
(menus, toolbar, panels, status bar), panels and toolbars floating in windows of their own are
hidden with it, tooltips and open menus close, an open dialog closes as if cancelled, and the
window title becomes "SupportMap". While it covers, no key reaches the window behind it, so no
shortcut edits a map nobody can see. The same key or a click brings everything back as it was,
keyboard focus included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from supportmap.gui.texts import room, text

QUICK_HIDE_KEY = QKeySequence("Ctrl+Shift+H")
"""The key of quick hide ("H" for hide): free everywhere in the window and on every platform,
reached without the Fn key that laptops need for F-keys."""
NEUTRAL_LIGHT = "#e9e9e6"
NEUTRAL_DARK = "#2b2b2b"


class QuickHide(QObject):
    """The cover over ``window`` and ``action`` (View and Help menus, Ctrl+Shift+H).

    Signals:
        covered_changed(bool): the cover went up (True) or came down; the window shows the
            title that fits.
    """

    covered_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._covered = False
        self._focus: QWidget | None = None
        self._floating: list[QWidget] = []
        self.gate: Callable[[], bool] | None = None
        """Asked before the cover comes down (see `request_uncover`)."""
        self.action = QAction(self.tr("&Hide the screen now"), window)
        self.action.setObjectName("quickHideAction")
        self.action.setShortcut(QUICK_HIDE_KEY)
        # Also while a menu of the window is open; its dialogs get the action as they open.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        key = QUICK_HIDE_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(text(room.QUICK_HIDE_TIP).replace("%1", key))
        self.action.setStatusTip(self.action.toolTip())
        self.action.setMenuRole(QAction.MenuRole.NoRole)
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)  # its key works while the menus lie under the cover
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._reach_dialogs)
        self.cover = Cover(QUICK_HIDE_KEY, window)
        self.cover.clicked.connect(self.request_uncover)
        window.installEventFilter(self)

    @property
    def covered(self) -> bool:
        return self._covered

    def toggle(self) -> None:
        if self._covered:
            self.request_uncover()
        else:
            self.cover_now()

    def cover_now(self) -> None:
        """Cover the window at once; what had the keyboard gets it back afterwards."""
        if self._covered:
            return
        window = self._window
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for dialog in self._dialogs():
            dialog.reject()  # as if cancelled: a question half answered changes nothing
        self._focus = window.focusWidget()
        bars: list[QDockWidget | QToolBar] = [
            *window.findChildren(QDockWidget),
            *window.findChildren(QToolBar),
        ]
        self._floating = [bar for bar in bars if bar.isFloating() and bar.isVisible()]
        for bar in self._floating:
            bar.hide()
        window.menuBar().setEnabled(False)  # Alt cannot open a menu behind the cover
        self.cover.setGeometry(window.rect())
        self.cover.show()
        self.cover.raise_()
        self.cover.setFocus(Qt.FocusReason.OtherFocusReason)
        self._covered = True
        self.covered_changed.emit(True)

    def request_uncover(self) -> None:
        """The way back, by the key or a click on the cover.

        When a ``gate`` is set (a protected library, DESIGN §10) it asks for the passphrase
        and the cover stays up unless it answers True; without one the window comes back at
        once.
        """
        if self.gate is not None and not self.gate():
            return
        self.uncover()

    def uncover(self) -> None:
        """Take the cover away and bring back the window exactly as it was under it."""
        if not self._covered:
            return
        window = self._window
        self._covered = False
        self.cover.hide()
        window.menuBar().setEnabled(True)
        for bar in self._floating:
            if isValid(bar):
                bar.show()
        self._floating = []
        self.covered_changed.emit(False)
        focus, self._focus = self._focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dialogs(self) -> list[QDialog]:
        """The open dialogs of the window (they are windows of their own, above the cover)."""
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget)
        ]

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not self._window:
            parent = parent.parentWidget()
        return parent is self._window

    def _reach_dialogs(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Give an open dialog of the window the key too, since a dialog keeps its keys."""
        if new is None:
            return
        dialog = new.window()
        if (
            isinstance(dialog, QDialog)
            and self._owns(dialog)
            and self.action not in dialog.actions()
        ):
            dialog.addAction(self.action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.cover.setGeometry(self._window.rect())
        return super().eventFilter(watched, event)


class Cover(QWidget):
    """A calm, plain screen over the whole window: the app's name, small, and nothing else.

    It keeps the keyboard while it shows and lets only ``key`` through, so the window's
    shortcuts behind it do nothing.

    Signals:
        clicked(): the person clicked anywhere on it.
    """

    clicked = Signal()

    def __init__(self, key: QKeySequence, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("quickHideCover")
        self._key = key
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("SupportMap")
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.Window, QColor(NEUTRAL_DARK if dark else NEUTRAL_LIGHT))
        muted = palette.color(QPalette.ColorRole.WindowText)
        muted.setAlphaF(0.45)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.setPalette(palette)
        name = QLabel("SupportMap", self)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom)
        self._hint = QLabel(self)
        self._hint.setObjectName("coverHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(name, 1)
        layout.addSpacing(12)
        layout.addWidget(self._hint, 1)
        self.hide()

    def set_hint(self, hint: str) -> None:
        """A line under the name (e.g. how to unlock), or none for an empty ``hint``."""
        self._hint.setText(hint)

    def event(self, event: QEvent) -> bool:  # Qt override
        # Taking the override keeps every shortcut of the window from firing; only the cover's
        # own key goes on to its action.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) != self._key
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override
        return True  # Tab stays on the cover instead of moving behind it

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        event.accept()
        self.clicked.emit()

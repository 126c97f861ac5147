"""Presentation mode: the window made fit for a shared screen in session (DESIGN §8.2).

`Presentation` is the state (on or off) with the action that switches it. Whatever shows
something private follows it through a ``set_presenting(on)`` method (see `Presenting`):
the Person panel hides each person's notes. `PresentationLayout` does what the mode does to
the window as a whole — it hides the panels that name other clients, enlarges the text, says
in the status bar that the mode is on — and takes all of it back exactly when it ends.
`FullScreenAction` lets the window fill the screen, in presentation mode or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from supportmap.gui import icons
from supportmap.gui.canvas.view import MapView, ViewPlace
from supportmap.gui.document import MapDocument
from supportmap.gui.texts import room, text

PRESENTATION_KEY = QKeySequence(Qt.Key.Key_F5)
"""The key of presentation mode, on and off: the key slide shows start with. Esc is not used,
because it already stops the canvas tools and what-if."""
TEXT_SCALE = 1.25
"""How much larger the panels' text is while presenting."""


class Presenting(Protocol):
    """A panel that shows something private and hides it while the window is presented."""

    def set_presenting(self, on: bool) -> None: ...


class Presentation(QObject):
    """Whether the window is being presented, and ``action`` (View menu, toolbar, F5).

    Signals:
        changed(bool): the mode was turned on (True) or off.
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self.action = QAction(self.tr("P&resentation mode"), self)
        self.action.setObjectName("presentationAction")
        self.action.setIconText(self.tr("Present"))
        self.action.setIcon(icons.present_icon())
        self.action.setCheckable(True)
        self.action.setShortcut(PRESENTATION_KEY)
        tip = text(room.PRESENTATION_TIP).replace("%1", self.key_text())
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.setMenuRole(QAction.MenuRole.NoRole)
        self.action.toggled.connect(self.set_active)

    @property
    def active(self) -> bool:
        return self._active

    def key_text(self) -> str:
        """The key of the mode as the platform writes it."""
        return self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        with QSignalBlocker(self.action):
            self.action.setChecked(on)
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set_active(not self._active)

    def follow(self, panel: Presenting) -> None:
        """Keep ``panel`` told whether the window is presented, starting now."""
        self.changed.connect(panel.set_presenting)
        panel.set_presenting(self._active)


class PresentationLayout(QObject):
    """What presentation mode does to ``window``, and the exact way back.

    On: the ``hidden`` panels (those naming other clients) are hidden and cannot be shown from
    the View menu, the panels' text is larger, the whole map fills the canvas, and a status-bar
    label says the mode is on and how to leave it. Off: the docks, their tabs and sizes, the
    window's geometry (full screen included), the fonts and the map's zoom are as before.
    """

    def __init__(
        self,
        window: QMainWindow,
        view: MapView,
        document: MapDocument,
        presentation: Presentation,
        hidden: Sequence[QDockWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._hidden = tuple(hidden)
        self._state = QByteArray()
        self._window_state = Qt.WindowState.WindowNoState
        self._geometry = QRect()
        self._place: ViewPlace | None = None
        self._fonts: list[tuple[QWidget, QFont | None]] = []
        self.label = QLabel(text(room.PRESENTATION_ON).replace("%1", presentation.key_text()))
        self.label.setObjectName("presentationLabel")
        self.label.setContentsMargins(0, 0, 12, 0)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        presentation.changed.connect(self._apply)
        document.reset.connect(self._forget_place)

    def _apply(self, on: bool) -> None:
        if on:
            self._present()
        else:
            self._restore()

    def _present(self) -> None:
        window = self._window
        self._state = window.saveState()
        self._window_state = window.windowState()
        self._geometry = window.geometry()
        self._place = self._view.place()
        for dock in self._hidden:
            dock.hide()
            dock.toggleViewAction().setEnabled(False)
        self._fonts = []
        for dock in window.findChildren(QDockWidget):
            own = QFont(dock.font()) if dock.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None
            self._fonts.append((dock, own))
            dock.setFont(_larger(dock.font()))
        # The whole map, as large as the window allows: a client sees every circle and person.
        self._view.fit_all()
        self.label.show()

    def _restore(self) -> None:
        window = self._window
        self.label.hide()
        for dock, own in self._fonts:
            dock.setFont(own if own is not None else QFont())  # an empty font: inherit again
        self._fonts = []
        for dock in self._hidden:
            dock.toggleViewAction().setEnabled(True)
        window.restoreState(self._state)
        if window.windowState() != self._window_state:
            window.setWindowState(self._window_state)  # the platform puts the frame back
        elif window.geometry() != self._geometry and not window.isFullScreen():
            window.setGeometry(self._geometry)
        if self._place is not None:
            self._view.go_to(self._place)
        else:
            self._view.fit_all()

    def _forget_place(self) -> None:
        """Another map opened while presenting: the old map's zoom means nothing for it."""
        self._place = None


def _larger(font: QFont) -> QFont:
    larger = QFont(font)
    if font.pointSizeF() > 0:
        larger.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
    else:
        larger.setPixelSize(round(font.pixelSize() * TEXT_SCALE))
    return larger


class FullScreenAction(QAction):
    """View → Full screen (F11 where that is the platform's key), checked while it is."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setText(self.tr("Full scree&n"))
        self.setObjectName("fullScreenAction")
        self.setCheckable(True)
        self.setShortcuts(QKeySequence.StandardKey.FullScreen)
        key = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(text(room.FULL_SCREEN_TIP).replace("%1", key))
        self.setStatusTip(self.toolTip())
        self.setMenuRole(QAction.MenuRole.NoRole)
        self._window = window
        self.toggled.connect(self._switch)
        window.installEventFilter(self)

    def _switch(self, on: bool) -> None:
        state = self._window.windowState()
        if on:
            self._window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self._window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._window and event.type() == QEvent.Type.WindowStateChange:
            with QSignalBlocker(self):
                self.setChecked(self._window.isFullScreen())
        return super().eventFilter(watched, event)

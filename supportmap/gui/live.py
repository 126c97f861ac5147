"""Following other windows' and colleagues' saves while a map is open (DESIGN §11).

A timer asks `MapDocument.follow_library` twice a second whether anyone saved to the library.
The question never waits (SQLite answers from one pragma, a server's notifications are read
without blocking, `supportmap.storage.watch`), so the map does not freeze; only when something
changed is the open map read again. While the person is typing in a field whose text is not
saved yet, the window waits: reading the map again would replace what they typed, so their
text is saved (or refused with the conflict message) first.

When the library cannot be reached, ``reachable_changed`` tells the window, which says so in the
status bar; the timer keeps asking, and the first answer after that reads the map again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from supportmap.gui.document import MapDocument
from supportmap.storage.errors import StorageError

INTERVAL_MS = 500
"""How often the library is asked; another window's change shows within two intervals."""


class LiveUpdates(QObject):
    """Keeps ``document`` in step with the library while the app runs.

    Signals:
        reachable_changed(bool): the library stopped or started answering.
    """

    reachable_changed = Signal(bool)

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.reachable = True
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        document.stored.connect(self.start)

    def start(self) -> None:
        """Begin following the library (again); the first check only sets a starting point."""
        self.check_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._document.stop_watching()

    def check_now(self) -> None:
        """Read the open map again if anyone saved since the last check."""
        if not self._document.has_library or _typing():
            return
        try:
            self._document.follow_library()
        except StorageError:
            self._document.stop_watching()  # a fresh watch once the library answers again
            self._set_reachable(False)
            return
        if not self.reachable:
            self._set_reachable(True)
            try:
                self._document.reload_map()
            except StorageError:
                self._set_reachable(False)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self.reachable_changed.emit(reachable)


def _typing() -> bool:
    """Whether the focused field holds text that the person has typed and not saved yet."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit):
        return focused.isModified()
    if isinstance(focused, QPlainTextEdit | QTextEdit):
        return focused.document().isModified()
    return False

"""Following other windows' and colleagues' saves while a map is open (DESIGN §11).

A timer asks `MapDocument.follow_library` twice a second whether anyone saved to the library.
The question never waits (SQLite answers from one pragma, a server's notifications are read
without blocking, `supportmap.storage.watch`), so the map does not freeze; only when something
changed is the open map read again. While the person is typing in a field whose text is not
saved yet, the window waits: reading the map again would replace what they typed, so their
text is saved (or refused with the conflict message) first.

While a call to a practice server is on its way (`MapDocument.busy`), nobody asks: the
window keeps turning during such a call (`supportmap.gui.off_thread`), and reading the map then
would meet it halfway through a save.

When the library cannot be reached, ``reachable_changed`` tells the window, which says so in the
status bar, and the document refuses edits. Asking a server that does not answer can wait for
its connect timeout (5 s), so from then on the question is asked on a worker thread; the first
answer reads the map again and edits are taken again.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from supportmap.gui.document import MapDocument
from supportmap.storage.errors import MapGone, StorageError

INTERVAL_MS = 500
"""How often the library is asked; another window's change shows within two intervals."""


class LiveUpdates(QObject):
    """Keeps ``document`` in step with the library while the app runs.

    Signals:
        reachable_changed(bool): the library stopped or started answering.
    """

    reachable_changed = Signal(bool)
    _answered = Signal(bool)

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.reachable = True
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self._asking = False
        self._answered.connect(self._on_answer)
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
        if not self._document.has_library or self._document.busy:
            return
        if not self.reachable:
            self._ask_in_background()
            return
        if _typing():
            return
        try:
            self._document.follow_library()
        except StorageError:
            self._set_reachable(False)

    def _ask_in_background(self) -> None:
        if self._asking:
            return
        self._asking = True
        document, answered = self._document, self._answered
        threading.Thread(
            target=lambda: answered.emit(document.library_answers()),
            name="library-liveness",
            daemon=True,
        ).start()

    def _on_answer(self, answers: bool) -> None:
        self._asking = False
        if not answers or self.reachable or self._document.busy:
            return
        try:
            self._document.follow_library()  # a fresh watch
            self._document.reload_map()
        except MapGone:  # deleted (or unshared) while the library was out of reach
            self._set_reachable(True)
            self._document.close_gone_map()
            return
        except StorageError:
            return
        self._set_reachable(True)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self._document.unreachable = not reachable
            self.reachable_changed.emit(reachable)


def _typing() -> bool:
    """Whether the focused field holds text that the person has typed and not saved yet."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit):
        return focused.isModified()
    if isinstance(focused, QPlainTextEdit | QTextEdit):
        return focused.document().isModified()
    return False

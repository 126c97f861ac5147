"""Library calls that may wait on a network, made beside the window's thread (DESIGN §11).

A practice server that stops answering makes a call wait for its timeouts: seconds, not the
milliseconds in which a window must answer. `run_beside` therefore hands such a call to one
worker thread and keeps the window's event loop turning until the answer is there. The window
goes on painting and its timers go on firing, but the person's clicks and keys wait (Qt holds
them back) until the call is done, so nothing they do can meet a map that is halfway through a
save. After `SLOW_MS` the cursor says the window is waiting and ``on_slow(True)`` lets it say
why; ``on_slow(False)`` follows when the answer comes.

Calls are made one at a time, in the order asked, by the same worker; a call asked while
another waits (from a timer, say) waits its turn. Outside the window's thread, or before the
application exists, a call is simply made where it is asked.

`CallsBeside` counts the calls on their way for one owner (the open map's document) and keeps
what must not run meanwhile (reading the map again, closing the window, an edit finished as
the window lost its focus) until no call is on its way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")

SLOW_MS = 100
"""After this long the window shows that it is waiting (the limit DESIGN §11 sets)."""

_worker: ThreadPoolExecutor | None = None
_worker_lock = threading.Lock()


class _Finished(QObject):
    """Carries "the call is done" from the worker to the waiting loop, across threads."""

    done = Signal()


def run_beside(work: Callable[[], T], on_slow: Callable[[bool], None] | None = None) -> T:
    """The result of ``work()``, made on the library's worker while the window keeps turning.

    Raises:
        whatever ``work`` raises, unchanged.
    """
    application = QCoreApplication.instance()
    if application is None or QThread.currentThread() is not application.thread():
        return work()
    future = _executor().submit(work)
    if not future.done():
        _wait(future, on_slow)
    return future.result()


def _wait(future: Future[T], on_slow: Callable[[bool], None] | None) -> None:
    loop = QEventLoop()
    finished = _Finished()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    future.add_done_callback(lambda _future: finished.done.emit())
    slow = QTimer()
    slow.setSingleShot(True)
    shown = False

    def show_waiting() -> None:
        nonlocal shown
        shown = True
        if isinstance(QCoreApplication.instance(), QGuiApplication):
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if on_slow is not None:
            on_slow(True)

    slow.timeout.connect(show_waiting)
    slow.start(SLOW_MS)
    try:
        if not future.done():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        slow.stop()
        if shown:
            if isinstance(QCoreApplication.instance(), QGuiApplication):
                QGuiApplication.restoreOverrideCursor()
            if on_slow is not None:
                on_slow(False)


class CallsBeside:
    """The calls one owner makes through `run_beside`, and the actions that wait for them.

    Args:
        on_slow: told True when a call takes longer than `SLOW_MS`, False when it is answered.
    """

    def __init__(self, on_slow: Callable[[bool], None]) -> None:
        self._on_slow = on_slow
        self._calls = 0
        self._waiting: list[Callable[[], object]] = []

    @property
    def busy(self) -> bool:
        """Whether a call is on its way (the window keeps turning meanwhile)."""
        return self._calls > 0

    def run(self, work: Callable[[], T]) -> T:
        """``work()`` through `run_beside`, counted in `busy` while it is on its way."""
        self._calls += 1
        try:
            return run_beside(work, self._on_slow)
        finally:
            self._calls -= 1
            if not self._calls and self._waiting:
                QTimer.singleShot(0, self._run_waiting)

    def when_idle(self, action: Callable[[], object]) -> None:
        """Do ``action`` now, or once no call is on its way any more."""
        if self.busy:
            self._waiting.append(action)
        else:
            action()

    def first_then_waiting(self, first: Callable[[], object]) -> None:
        """At the next turn of the event loop, ``first``, and only then what waited for the
        call that just ended (which was asked for on the world as it was before ``first``)."""
        waiting, self._waiting = self._waiting, []

        def run() -> None:
            self._waiting = [first, *waiting, *self._waiting]
            self._run_waiting()

        QTimer.singleShot(0, run)

    def _run_waiting(self) -> None:
        """The actions that waited, in order, one at a time: one that starts a call of its own
        leaves the rest waiting for that call; one that fails leaves them for the next turn."""
        while self._waiting and not self.busy:
            action = self._waiting.pop(0)
            try:
                action()
            except BaseException:
                QTimer.singleShot(0, self._run_waiting)
                raise


def _executor() -> ThreadPoolExecutor:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library")
        return _worker

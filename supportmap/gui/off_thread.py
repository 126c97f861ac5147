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


def _executor() -> ThreadPoolExecutor:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library")
        return _worker

"""Library calls made beside the window's thread: answers, errors, order, and the window
turning meanwhile (`supportmap.gui.off_thread`)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from supportmap.gui.off_thread import SLOW_MS, run_beside


def test_the_answer_and_the_error_come_back_to_the_caller(qapp) -> None:  # type: ignore[no-untyped-def]
    where: list[str] = []

    def work() -> int:
        where.append(threading.current_thread().name)
        return 42

    assert run_beside(work) == 42
    assert where[0].startswith("library")
    with pytest.raises(ZeroDivisionError):
        run_beside(lambda: 1 / 0)


def test_outside_the_window_s_thread_the_call_is_made_where_it_is_asked(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    helper = threading.Thread(
        target=lambda: seen.append(run_beside(lambda: threading.current_thread().name)),
        name="asker",
    )
    helper.start()
    helper.join()
    assert seen == ["asker"]


def test_a_slow_call_keeps_timers_firing_shows_it_waits_and_keeps_the_order(qapp) -> None:  # type: ignore[no-untyped-def]
    order: list[str] = []
    slow_said: list[bool] = []
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    cursors: list[object] = []
    released = threading.Event()  # the slow call waits for the window's timer, not a clock

    def asked_meanwhile() -> None:
        cursors.append(QGuiApplication.overrideCursor())
        released.set()
        run_beside(lambda: order.append("second"))

    def first() -> None:
        assert released.wait(timeout=5), "the window's timer never fired"
        order.append("first")

    QTimer.singleShot(SLOW_MS + 50, asked_meanwhile)
    run_beside(first, slow_said.append)
    ticker.stop()

    assert len(ticks) >= 5  # the 10 ms timer went on firing for the 150 ms of the wait
    assert slow_said == [True, False]
    assert cursors and cursors[0] is not None  # the busy cursor while it waited
    assert QGuiApplication.overrideCursor() is None
    assert order == ["first", "second"]  # one worker, in the order asked

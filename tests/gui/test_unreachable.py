"""While the practice server cannot be reached the window says so, refuses edits without
applying them, keeps what is on screen and never waits on its own thread (DESIGN §11)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from supportmap.core import edits
from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.storage import server
from supportmap.storage.library import Library
from tests import pg
from tests.gui.gestures import retype
from tests.gui.tcp_plug import Plug
from tests.maps import edit, make_map, make_person


@pytest.fixture
def plugged() -> Iterator[tuple[Plug, str]]:
    """A test database reached through a plug: (the plug, the address through it)."""
    for address in pg.fresh_database():
        url = server.parse(address)
        plug = Plug(url.host or "127.0.0.1", url.port or 5432)
        try:
            yield plug, pg.as_text(url.set(host="127.0.0.1", port=plug.port))
        finally:
            plug.close()


def window_on_sam(qtbot, address: str, tmp_path: Path) -> tuple[int, MainWindow]:  # type: ignore[no-untyped-def]
    """A shown window on a stored map with one person, Sam (p1), through ``address``."""
    with Library.open(address) as setup:
        map_id = setup.save_new_map(make_map([make_person("p1", name="Sam")], focus="Alex"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(MapDocument(Library.open(address)), settings)
    qtbot.addWidget(window)
    window.open_map(map_id)
    window.show()
    qtbot.waitExposed(window)
    return map_id, window


@dataclass(frozen=True)
class OnSam:
    plug: Plug
    address: str
    map_id: int
    window: MainWindow


@pytest.fixture
def sam(qtbot, plugged, tmp_path: Path) -> Iterator[OnSam]:  # type: ignore[no-untyped-def]
    """A window on Sam's map through the plug, closed after the test."""
    plug, address = plugged
    map_id, window = window_on_sam(qtbot, address, tmp_path)
    yield OnSam(plug, address, map_id, window)
    window.close()
    window.document.close_library()


def calls_on_the_window_thread(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """From now on, what the window's own thread sends the server or waits for from it: the
    driver's statements, commits and rollbacks, and waits for a notification.

    A call that waits on the server there freezes the window for as long as the server takes.
    """
    psycopg = pytest.importorskip("psycopg")
    found: list[str] = []

    def noting(method_name: str, owner: type, say: Callable[..., str | None]) -> None:
        method = getattr(owner, method_name)

        def noted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            what = say(*args, **kwargs)
            if what is not None and threading.current_thread() is threading.main_thread():
                found.append(what)
            return method(self, *args, **kwargs)

        monkeypatch.setattr(owner, method_name, noted)

    noting("execute", psycopg.Cursor, lambda query, *_args, **_kwargs: str(query))
    noting("commit", psycopg.Connection, lambda: "COMMIT")
    noting("rollback", psycopg.Connection, lambda: "ROLLBACK")
    # With a timeout of 0 it only reads what has already arrived.
    noting("notifies", psycopg.Connection, lambda **kw: None if kw.get("timeout") == 0 else "wait")
    return found


def test_pulling_the_plug_refuses_edits_and_coming_back_reloads(
    qtbot, plugged, tmp_path: Path, monkeypatch, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    plug, address = plugged
    map_id, window = window_on_sam(qtbot, address, tmp_path)
    on_window_thread = calls_on_the_window_thread(monkeypatch)

    plug.pull()
    qtbot.waitUntil(lambda: not window.live.reachable, timeout=3000)
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert window.unreachable_notice.isVisible()

    window.selection.set(["p1"])
    retype(window.person_dock.name_edit, "Samuel")
    assert problems_shown and "this change was not made" in problems_shown[-1]
    assert window.document.require_map().person("p1").name == "Sam"
    assert not window.document.undo_stack.canUndo()

    plug.plug_in()
    qtbot.waitUntil(lambda: window.live.reachable, timeout=5000)
    assert "can be reached again" in window.statusBar().currentMessage()
    assert not window.unreachable_notice.isVisible()
    window.document.update_person("p1", name="Samuel")
    assert on_window_thread == [], "the window called the server on its own thread"
    with Library.open(address) as after:
        assert after.load_map(map_id).person("p1").name == "Samuel"

    window.close()
    window.document.close_library()


def test_a_save_held_up_by_a_hanging_network_keeps_the_window_turning(qtbot, sam: OnSam) -> None:  # type: ignore[no-untyped-def]
    """The save waits beside the window: timers fire and paint goes on, the status bar says
    what it waits for, Undo waits too, an edit finished meanwhile is saved after it, and both
    arrive."""
    plug, address, map_id, window = sam.plug, sam.address, sam.map_id, sam.window
    window.document.update_person("p1", relationship="Brother")  # something to undo
    said: list[str] = []
    undo_on: list[bool] = []
    ticks: list[bool] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(window.document.busy))
    ticker.start(20)

    def meanwhile() -> None:
        said.append(window.statusBar().currentMessage())
        undo_on.append(window.undo_action.isEnabled())
        window.undo_action.trigger()  # as a desktop's own menu bar could
        window.document.update_person("p1", contact="0161 496 0000")
        plug.thaw()

    plug.freeze()
    QTimer.singleShot(400, meanwhile)
    backstop = threading.Timer(3, plug.thaw)  # were the window frozen, its timer never fires
    backstop.start()
    window.document.update_person("p1", name="Samuel")
    ticker.stop()
    backstop.cancel()

    assert sum(ticks) >= 5, "the window's timers stopped while the save waited"
    assert said == ["Waiting for the practice server to answer…"]
    assert undo_on == [False]
    assert window.statusBar().currentMessage() == ""
    assert QGuiApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: window.document.require_map().person("p1").contact != "", timeout=3000)
    with Library.open(address) as after:
        saved = after.load_map(map_id).person("p1")
    assert (saved.name, saved.relationship, saved.contact) == (
        "Samuel",
        "Brother",
        "0161 496 0000",
    )
    assert window.document.undo_stack.count() == 3


def test_undo_and_redo_wait_with_the_window_and_come_back_after(qtbot, sam: OnSam) -> None:  # type: ignore[no-untyped-def]
    """A reading of the map that waits on the server leaves the history as it was: Undo is off
    while it waits and on again after, with nothing pushed to turn it back on."""
    window = sam.window
    window.document.update_person("p1", relationship="Brother")
    assert window.undo_action.isEnabled()
    meanwhile: list[bool] = []
    backstop = held_save(sam.plug, lambda: meanwhile.append(window.undo_action.isEnabled()))
    window.document.reload_map()
    backstop.cancel()
    assert meanwhile == [False]
    assert window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()


def test_opening_a_server_library_that_is_slow_to_answer_keeps_the_window_turning(
    qtbot, plugged
) -> None:  # type: ignore[no-untyped-def]
    plug, address = plugged
    document = MapDocument()
    said: list[bool] = []
    document.waiting.connect(said.append)
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    plug.freeze()
    QTimer.singleShot(400, plug.thaw)
    backstop = threading.Timer(3, plug.thaw)  # were the window frozen, its timer never fires
    backstop.start()
    assert document.open_library(address)
    ticker.stop()
    backstop.cancel()
    assert sum(ticks) >= 5, "the window's timers stopped while the server was reached"
    assert said == [True, False]
    assert document.on_server
    document.close_library()


def held_save(plug: Plug, meanwhile: Callable[[], None]) -> threading.Timer:
    """Freeze the plug; at 300 ms do ``meanwhile`` and let the bytes through again."""

    def then() -> None:
        meanwhile()
        plug.thaw()

    plug.freeze()
    QTimer.singleShot(300, then)
    backstop = threading.Timer(3, plug.thaw)
    backstop.start()
    return backstop


def test_what_waits_for_a_refused_save_meets_the_map_as_read_again(
    qtbot, sam: OnSam, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    plug, address, map_id, window = sam.plug, sam.address, sam.map_id, sam.window
    window.live.timer.stop()  # the window edits the map as it last read it
    with Library.open(address) as other:
        theirs = other.load_map(map_id)
        other.apply(map_id, edit(theirs, edits.update_person, "p1", name="Samuel"))
    document = window.document
    names_seen: list[str] = []

    def meanwhile() -> None:
        document.when_idle(lambda: names_seen.append(document.require_map().person("p1").name))
        document.update_person("p1", contact="x")

    later = held_save(plug, meanwhile)
    document.update_person("p1", name="Sammy")  # refused: they renamed Sam first
    later.cancel()

    qtbot.waitUntil(lambda: bool(names_seen), timeout=3000)
    assert names_seen == ["Samuel"]  # their version was read before anything that waited
    qtbot.waitUntil(lambda: document.require_map().person("p1").contact == "x", timeout=3000)
    with Library.open(address) as after:
        saved = after.load_map(map_id).person("p1")
    assert (saved.name, saved.contact) == ("Samuel", "x")
    box = window.conflict_message.box
    assert box is not None and "was not saved" in box.text()
    assert not problems_shown


def test_a_map_deleted_while_a_save_waits_is_closed_and_what_waited_is_dropped(
    qtbot, sam: OnSam, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    plug, address, map_id, window = sam.plug, sam.address, sam.map_id, sam.window
    window.live.timer.stop()
    with Library.open(address) as other:
        other.delete_map(map_id)
        kept = other.create_map("Bea", "Another client")

    later = held_save(plug, lambda: window.document.update_person("p1", contact="0161 496 0000"))
    window.document.update_person("p1", name="Samuel")
    later.cancel()

    qtbot.waitUntil(lambda: window.document.map_id is None, timeout=3000)
    window.open_map(kept)
    qtbot.wait(100)  # the edit that waited would have run by now
    assert [p for p in problems_shown if "no longer in the library" in p] == problems_shown[:1]
    with Library.open(address) as after:
        assert after.load_map(kept).people == {}


def test_a_map_deleted_while_the_server_was_out_of_reach_is_closed_when_it_is_back(
    qtbot, sam: OnSam, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    plug, address, map_id, window = sam.plug, sam.address, sam.map_id, sam.window
    plug.pull()
    qtbot.waitUntil(lambda: not window.live.reachable, timeout=3000)
    direct = pg.as_text(server.parse(address).set(port=plug.target[1]))  # not through the plug
    with Library.open(direct) as other:
        other.delete_map(map_id)
    plug.plug_in()

    qtbot.waitUntil(lambda: window.document.map_id is None, timeout=5000)
    assert window.live.reachable and not window.unreachable_notice.isVisible()
    assert "no longer in the library" in problems_shown[-1]


def test_closing_the_window_while_a_server_library_opens_closes_it_afterwards(
    qtbot, plugged, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plug, address = plugged
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(MapDocument(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    closes: list[bool] = []

    def close_now() -> None:
        closes.append(window.close())

    later = held_save(plug, close_now)
    assert window.document.open_library(address)
    later.cancel()

    assert closes == [False]  # not while the library was being opened
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    window.document.close_library()

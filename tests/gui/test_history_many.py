"""A map with 200 snapshots: the History panel lists them all without reading one frozen map."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from supportmap.core.model import Person, SessionNote
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests.gui.history_helpers import show_history, titles

SNAPSHOTS = 200


def counting(calls: list[str], name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    """The library's own method, noting each call (a spy: the real library still answers)."""

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return method(*args, **kwargs)

    return spy


def test_two_hundred_snapshots_are_listed_without_reading_a_frozen_map(
    window: MainWindow, library: Library, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = [Person(id=f"p{i}", name=f"Friend {i}") for i in range(1, 31)]
    notes = [SessionNote("n1", dt.date(2026, 6, 1), "Started the map", True)]
    support_map = SupportMap.build("Robin", "Robin", people, notes=notes)
    start = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
    snapshots = [
        Snapshot(f"Session {n + 1}", start + dt.timedelta(days=n), support_map)
        for n in range(SNAPSHOTS)
    ]
    map_id = library.save_new_map(support_map, snapshots)
    calls: list[str] = []
    for name in ("load_snapshot", "load_snapshots"):
        monkeypatch.setattr(library, name, counting(calls, name, getattr(library, name)))

    window.open_map(map_id)
    panel = show_history(window, qtbot)
    listed = titles(panel)
    assert len(listed) == SNAPSHOTS + 1
    assert listed[0] == "Session 200"
    assert listed[-1] == "Session 1"
    # Only the newest snapshot is read, once, for "Since …" above the list.
    assert calls == ["load_snapshot"]

    panel.refresh()
    assert calls == ["load_snapshot"]
    window.document.show_moment(window.document.list_snapshots()[0].snapshot_id)
    assert calls == ["load_snapshot"] * 2, "the spy sees the library's reads"


def test_a_moment_opened_elsewhere_is_brought_into_view(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    support_map = SupportMap.build("Robin", "Robin", [Person(id="p1", name="Sam")])
    start = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
    snapshots = [
        Snapshot(f"Week {n + 1}", start + dt.timedelta(weeks=n), support_map) for n in range(40)
    ]
    window.open_map(library.save_new_map(support_map, snapshots))
    panel = show_history(window, qtbot)
    oldest = panel.model.index(panel.model.rowCount() - 1, 0)
    assert oldest.data() == "Week 1"
    viewport = panel.list.viewport().rect()
    assert not viewport.intersects(panel.list.visualRect(oldest)), "starts at the newest"
    window.document.show_moment(window.document.list_snapshots()[0].snapshot_id)  # the banner's way
    qtbot.waitUntil(lambda: viewport.intersects(panel.list.visualRect(oldest)))

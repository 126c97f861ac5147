"""Two clinicians, each in an app window of their own and logged in as their own role, on one
practice server (DESIGN §11): each sees only their own and shared maps, a change by one shows in
the other's window within two seconds, simultaneous edits never vanish silently, and a map
shared to read cannot be changed from the window either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests import pg
from tests.gui.gestures import retype
from tests.maps import make_map, make_person
from tests.pg import Practice


@pytest.fixture
def practice() -> Iterator[Practice]:
    yield from pg.practice()


def window_of(qtbot, address: str, tmp_path: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(MapDocument(Library.open(address)), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rename(window: MainWindow, person_id: str, name: str) -> None:
    window.selection.set([person_id])
    retype(window.person_dock.name_edit, name)


def test_two_clinicians_share_one_map_and_keep_their_own_apart(
    qtbot, practice: Practice, tmp_path: Path, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    bob_role = make_url(practice.bob).username or ""
    people = [make_person("p1", name="Sam"), make_person("p2", name="Kim")]
    with Library.open(practice.alice) as alice:
        shared = alice.save_new_map(make_map(people, focus="Alex", title="Shared"))
        alice.share(shared, bob_role, read_only=False)
        to_read = alice.save_new_map(make_map(people, focus="Bea", title="To read"))
        alice.share(to_read, bob_role, read_only=True)
        alice.create_map("Cy", "Alice's own")
    with Library.open(practice.bob) as bob:
        bob.create_map("Dee", "Bob's own")

    alice_window = window_of(qtbot, practice.alice, tmp_path, "alice")
    bob_window = window_of(qtbot, practice.bob, tmp_path, "bob")
    titles = {entry.title for entry in bob_window.document.list_maps()}
    assert titles == {"Shared", "To read", "Bob's own"}
    assert "Bob's own" not in {entry.title for entry in alice_window.document.list_maps()}

    alice_window.open_map(shared)
    bob_window.open_map(shared)
    rename(bob_window, "p1", "Samuel")
    qtbot.waitUntil(
        lambda: alice_window.document.require_map().person("p1").name == "Samuel", timeout=2000
    )

    for window in (alice_window, bob_window):
        window.live.timer.stop()  # both edit the map as they last read it
    rename(alice_window, "p2", "Kimberley")
    rename(bob_window, "p2", "Kimmy")
    qtbot.waitUntil(lambda: bob_window.conflict_message.box is not None, timeout=2000)
    qtbot.waitUntil(lambda: bob_window.document.require_map().person("p2").name == "Kimberley")
    with Library.open(practice.alice) as alice:
        assert alice.load_map(shared).person("p2").name == "Kimberley"
    bob_window.conflict_message.box.done(0)

    bob_window.open_map(to_read)
    rename(bob_window, "p1", "Changed")
    assert problems_shown and "read only" in problems_shown[-1]
    assert bob_window.document.require_map().person("p1").name == "Sam"
    with Library.open(practice.alice) as alice:
        assert alice.load_map(to_read).person("p1").name == "Sam"

    for window in (alice_window, bob_window):
        window.close()
        window.document.close_library()

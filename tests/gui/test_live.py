"""Two windows on one library never overwrite each other, and each follows the other's saves
(DESIGN §11). Each window has a `Library` of its own, as two app instances or two clinicians
have; both run on a real SQLite file and, with a test server, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from supportmap.core.vocabulary import HelpType
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library
from tests import pg
from tests.gui.gestures import choose, retype
from tests.maps import make_map, make_person


@pytest.fixture(params=["sqlite", "postgres"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where the shared library is: a file, or a database on the test server."""
    if request.param == "sqlite":
        yield str(tmp_path / "shared.db")
    else:
        yield from pg.fresh_database()


@pytest.fixture
def shared_map(place: str) -> int:
    """Sam and Kim on one map of the shared library."""
    with Library.open(place) as library:
        people = [make_person("p1", name="Sam"), make_person("p2", name="Kim")]
        return library.save_new_map(make_map(people, focus="Alex"))


def open_window(qtbot, place: str, map_id: int, tmp_path: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    from supportmap.gui.document import MapDocument

    library = Library.open(place)
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(window)
    window.open_map(map_id)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def windows(
    qtbot, place: str, shared_map: int, tmp_path: Path
) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    """Window A and window B, both on the shared map, each following the library."""
    first = open_window(qtbot, place, shared_map, tmp_path, "a")
    second = open_window(qtbot, place, shared_map, tmp_path, "b")
    yield first, second
    for window in (first, second):
        window.close()
        window.document.close_library()


def pause_following(*windows: MainWindow) -> None:
    """Stop the windows reading each other's saves, so both edit the map as they read it."""
    for window in windows:
        window.live.timer.stop()


def rename(window: MainWindow, person_id: str, name: str) -> None:
    """Choose someone on the map and type a new name into the Person panel."""
    window.selection.set([person_id])
    retype(window.person_dock.name_edit, name)


def stored_map(place: str, map_id: int):  # type: ignore[no-untyped-def]
    with Library.open(place) as library:
        return library.load_map(map_id)


def conflict_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.conflict_message.box is not None, timeout=2000)
    box = window.conflict_message.box
    assert box is not None
    qtbot.waitExposed(box)
    return box


def test_b_sees_as_rename_within_two_seconds(qtbot, windows, shared_map: int) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    rename(first, "p1", "Samuel")

    qtbot.waitUntil(
        lambda: second.document.require_map().person("p1").name == "Samuel", timeout=2000
    )
    item = second.view.map_scene.person_item("p1")
    assert item is not None and item.label == "Samuel"


def test_two_renames_the_second_is_told_and_can_make_its_own_again(
    qtbot, windows, place: str, shared_map: int
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    pause_following(first, second)
    rename(first, "p1", "Samuel")
    rename(second, "p1", "Sammy")

    box = conflict_box(qtbot, second)
    assert "“Rename Sam” was not saved" in box.text()
    qtbot.waitUntil(lambda: second.document.require_map().person("p1").name == "Samuel")
    assert box.informativeText().startswith("What they changed:\n• Rename Sam\n\nUndo starts")
    assert second.person_dock.name_edit.text() == "Samuel"
    assert stored_map(place, shared_map).person("p1").name == "Samuel"
    assert not second.document.undo_stack.canUndo()

    qtbot.mouseClick(second.conflict_message.again_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: stored_map(place, shared_map).person("p1").name == "Sammy")
    assert second.document.require_map().person("p1").name == "Sammy"
    assert second.document.undo_stack.canUndo()


def test_my_receive_and_their_give_of_one_help_type_are_both_kept(
    qtbot, windows, place: str, shared_map: int
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    pause_following(first, second)
    for window in windows:
        window.selection.set(["p2"])
    choose(first.person_dock.level_combos[(HelpType.PRACTICAL, "receive")], 3)
    give = second.person_dock.level_combos[(HelpType.PRACTICAL, "give")]
    QTest.keyClick(give, Qt.Key.Key_Down)  # 0 → 1; refused, so the box shows their 0 again

    box = conflict_box(qtbot, second)
    qtbot.waitUntil(lambda: give.currentData() == 0)
    qtbot.mouseClick(second.conflict_message.again_button, Qt.MouseButton.LeftButton)

    def both_kept() -> bool:
        level = stored_map(place, shared_map).person("p2").support[HelpType.PRACTICAL]
        return (level.receive, level.give) == (3, 1)

    qtbot.waitUntil(both_kept)
    assert "“Edit Kim” was not saved" in box.text()
    shown = second.document.require_map().person("p2").support[HelpType.PRACTICAL]
    assert (shown.receive, shown.give) == (3, 1)
    assert give.currentData() == 1


def test_undo_after_the_other_window_edited_is_refused_and_loses_nothing(
    qtbot, windows, place: str, shared_map: int
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    rename(first, "p1", "Samuel")
    qtbot.waitUntil(lambda: second.document.require_map().person("p1").name == "Samuel")
    pause_following(first, second)
    rename(second, "p1", "Sammy")

    first.document.undo_group.undo()

    box = conflict_box(qtbot, first)
    assert "Undoing “Rename Sam” was not saved" in box.text()
    assert stored_map(place, shared_map).person("p1").name == "Sammy"
    qtbot.waitUntil(lambda: first.document.require_map().person("p1").name == "Sammy")
    qtbot.waitUntil(lambda: not first.document.undo_stack.canUndo())


def test_making_it_again_when_their_change_removed_the_person_says_so(
    qtbot, windows, place: str, shared_map: int, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    pause_following(first, second)
    first.document.remove_people(["p2"])
    rename(second, "p2", "Kimberly")

    box = conflict_box(qtbot, second)
    qtbot.waitUntil(lambda: "p2" not in second.document.require_map().people)
    assert "What they changed:\n• Delete Kim\n" in box.informativeText()
    qtbot.mouseClick(second.conflict_message.again_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(problems_shown) == 1)
    assert "could not be made again" in problems_shown[0]
    assert "p2" not in stored_map(place, shared_map).people


def test_text_being_typed_is_kept_until_it_is_saved(qtbot, windows, shared_map: int) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    second.selection.set(["p1"])
    field = second.person_dock.name_edit
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "Sam B")
    rename(first, "p2", "Kimberly")

    with qtbot.assertNotEmitted(second.document.edited, wait=1200):
        pass
    assert field.text() == "Sam B"

    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.document.require_map().person("p2").name == "Kimberly")
    assert second.document.require_map().person("p1").name == "Sam B"


def test_a_map_deleted_in_one_window_is_closed_in_the_other_with_a_word_why(
    qtbot, windows, shared_map: int, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    first.document.delete_map(shared_map)

    qtbot.waitUntil(lambda: second.document.map_id is None, timeout=2000)
    assert problems_shown and "no longer in the library" in problems_shown[-1]
    assert second.live.reachable and not second.unreachable_notice.isVisible()
    assert not second.document.undo_stack.canUndo()


def test_an_edit_to_a_map_deleted_meanwhile_closes_it_instead_of_failing_for_good(
    qtbot, windows, shared_map: int, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    pause_following(first, second)
    first.document.delete_map(shared_map)
    rename(second, "p1", "Samuel")

    qtbot.waitUntil(lambda: second.document.map_id is None, timeout=2000)
    assert "no longer in the library" in problems_shown[-1]
    assert second.live.reachable

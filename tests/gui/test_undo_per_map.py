"""Each map keeps its own undo history for the session: switching away and back loses nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library


def add_with_key_n(window: MainWindow, answer, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    answer.text(name)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    with qtbot.waitSignal(window.document.edited):
        qtbot.keyClick(window.view, Qt.Key.Key_N)


def click_map(window: MainWindow, qtbot, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click a map's row in the Maps panel, as a person opens it."""
    dock = window.maps_dock
    rows = [
        dock.proxy.index(row, 0)
        for row in range(dock.proxy.rowCount())
        if str(dock.proxy.index(row, 0).data()).startswith(title)
    ]
    assert len(rows) == 1, f"{title!r} is not listed once"
    dock.list.scrollTo(rows[0])
    with qtbot.waitSignal(window.document.reset):
        QTest.mouseClick(
            dock.list.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            dock.list.visualRect(rows[0]).center(),
        )


def undo_with_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.document.edited):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def names(library: Library, map_id: int) -> list[str]:
    return sorted(person.name for person in library.load_map(map_id).people.values())


def test_switching_maps_and_back_keeps_each_history_and_undo_still_saves(
    window: MainWindow, library: Library, second_library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    alex = window.document.map_id
    assert alex is not None
    jordan = library.create_map("Jordan", "Jordan — intake")
    window.maps_dock.refresh()
    add_with_key_n(window, answer, qtbot, "Sam")
    add_with_key_n(window, answer, qtbot, "Mum")

    click_map(window, qtbot, "Jordan — intake")
    assert window.document.map_id == jordan
    assert not window.undo_action.isEnabled()
    add_with_key_n(window, answer, qtbot, "Kim")

    click_map(window, qtbot, "Alex — first session")
    assert window.document.map_id == alex
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Add Mum"
    undo_with_keys(window, qtbot)
    assert names(second_library, alex) == ["Sam"]
    assert [p.name for p in window.document.require_map().people.values()] == ["Sam"]
    assert names(second_library, jordan) == ["Kim"]

    click_map(window, qtbot, "Jordan — intake")
    assert window.undo_action.text() == "Undo Add Kim"
    undo_with_keys(window, qtbot)
    assert names(second_library, jordan) == []
    assert not window.undo_action.isEnabled()
    with qtbot.waitSignal(window.document.edited):
        QTest.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert names(second_library, jordan) == ["Kim"]
    assert names(second_library, alex) == ["Sam"]


def test_a_deleted_map_takes_its_history_with_it(
    window: MainWindow, library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    add_with_key_n(window, answer, qtbot, "Sam")
    doomed = window.document.map_id
    keep = library.create_map("Jordan")
    window.maps_dock.refresh()
    answer.confirm(True)
    qtbot.mouseClick(window.maps_dock.delete_button, Qt.MouseButton.LeftButton)
    assert window.document.map_id == keep
    assert doomed not in [info.id for info in library.list_maps()]
    assert not window.undo_action.isEnabled()
    assert all(stack.count() == 0 for stack in window.document.undo_group.stacks())


def test_a_move_and_a_delete_undone_after_switching_back_reach_the_library(
    window: MainWindow, library: Library, second_library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.core.model import Position

    alex = window.document.map_id
    assert alex is not None
    add_with_key_n(window, answer, qtbot, "Sam")
    add_with_key_n(window, answer, qtbot, "Kim")
    people = window.document.require_map().people
    sam = next(pid for pid, person in people.items() if person.name == "Sam")
    kim = next(pid for pid, person in people.items() if person.name == "Kim")
    window.document.add_tie(sam, kim)
    before = second_library.load_map(alex)
    window.document.move_people({sam: Position(0.0, 300.0)})
    window.document.remove_people([kim])
    library.create_map("Jordan", "Jordan — intake")
    window.maps_dock.refresh()

    click_map(window, qtbot, "Jordan — intake")
    click_map(window, qtbot, "Alex — first session")
    undo_with_keys(window, qtbot)
    undo_with_keys(window, qtbot)
    assert second_library.load_map(alex) == before
    assert window.document.require_map() == before

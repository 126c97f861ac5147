"""A map shown before the library is open: edits stay in memory until `attach` saves it whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.document import LAST_MAP_SETTING, MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.samples import demo_path
from supportmap.storage.fileformat import Document, dumps, map_to_dict
from supportmap.storage.fileformat_own import read_own_document
from supportmap.storage.library import Library


@pytest.fixture
def demo() -> Document:
    return read_own_document(demo_path())


@pytest.fixture
def unstored(qapp: object, demo: Document) -> Iterator[MapDocument]:
    """A document with no library, showing the demo map."""
    opened = MapDocument(None)
    opened.open_unstored(demo.map, demo.snapshots)
    yield opened
    opened.undo_stack.clear()


def test_edits_to_an_unstored_map_stay_in_memory_and_undo(
    unstored: MapDocument, demo: Document
) -> None:
    assert not unstored.is_stored and not unstored.has_library
    before = map_to_dict(unstored.require_map())
    sam = unstored.add_person("Sam", circle=Circle.CLOSE, sector=Sector.FRIENDS)
    assert unstored.require_map().person(sam).name == "Sam"
    assert unstored.undo_stack.undoText() == "Add Sam"
    unstored.undo_stack.undo()
    assert map_to_dict(unstored.require_map()) == before
    assert unstored.load_snapshots() == demo.snapshots


def test_attach_saves_the_map_as_shown_with_its_snapshots_then_saves_every_edit(
    unstored: MapDocument, library: Library, second_library: Library, qtbot
) -> None:
    sam = unstored.add_person("Sam")
    unstored.update_person(sam, name="Samira")
    with qtbot.waitSignal(unstored.stored):
        assert unstored.attach(library)
    map_id = unstored.map_id
    assert map_id is not None and unstored.is_stored
    assert second_library.get_setting(LAST_MAP_SETTING) == str(map_id)
    assert map_to_dict(second_library.load_map(map_id)) == map_to_dict(unstored.require_map())
    assert len(second_library.load_snapshots(map_id)) == 2
    assert unstored.load_snapshots() == tuple(second_library.load_snapshots(map_id))

    # Undo reaches back past the attach: the rename made in memory is undone in the database.
    unstored.undo_stack.undo()
    assert second_library.load_map(map_id).person(sam).name == "Sam"
    unstored.add_person("Kim")
    assert "Kim" in {p.name for p in second_library.load_map(map_id).people.values()}


def test_attach_with_no_map_open_only_connects_the_library(
    qapp: object, library: Library, qtbot
) -> None:
    document = MapDocument(None)
    with qtbot.waitSignal(document.stored):
        assert document.attach(library)
    assert document.has_library and document.list_maps() == ()
    assert library.list_maps() == []


def test_a_failed_attach_closes_the_map_says_why_and_leaves_the_library_unchanged(
    unstored: MapDocument, library: Library, qtbot, full_disk
) -> None:  # type: ignore[no-untyped-def]
    with full_disk(writes_only=True), qtbot.waitSignal(unstored.problem) as problem:
        assert not unstored.attach(library)
    assert problem.args and "full" in problem.args[0]
    assert unstored.support_map is None and not unstored.is_stored
    assert unstored.has_library
    assert library.list_maps() == []


@pytest.fixture
def early_window(qtbot, settings: QSettings, demo: Document):  # type: ignore[no-untyped-def]
    """The main window as it first shows: the demo on screen, no library yet."""
    main = MainWindow(MapDocument(), settings)
    qtbot.addWidget(main)
    main.document.open_unstored(demo.map, demo.snapshots)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_before_the_library_the_maps_panel_lists_the_map_on_screen(
    early_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    maps = early_window.maps_dock
    assert maps.model.rowCount() == 1
    item = maps.model.item(0)
    assert item.text().startswith("Robin — a hard year")
    assert item.font().bold()
    assert not early_window.snapshot_action.isEnabled()
    assert not early_window.new_map_action.isEnabled()
    assert maps.rename_button.isEnabled()
    assert not any(
        b.isEnabled() for b in (maps.new_button, maps.duplicate_button, maps.delete_button)
    )
    # Clicking the entry of the map already open does nothing (it has no id yet).
    with_ids: list[int] = []
    maps.open_requested.connect(with_ids.append)
    entry = maps.list.visualRect(maps.proxy.index(0, 0)).center()
    with qtbot.waitSignal(maps.list.clicked):
        QTest.mouseClick(maps.list.viewport(), Qt.MouseButton.LeftButton, pos=entry)
    assert with_ids == []


def test_attaching_the_library_stores_the_map_and_remembers_it(
    early_window: MainWindow, library: Library, second_library: Library
) -> None:
    assert early_window.document.attach(library)
    map_id = early_window.document.map_id
    assert map_id is not None
    assert [info.id for info in second_library.list_maps()] == [map_id]
    assert second_library.get_setting(LAST_MAP_SETTING) == str(map_id)
    maps = early_window.maps_dock
    assert maps.model.rowCount() == 1
    assert maps.model.item(0).data(Qt.ItemDataRole.UserRole + 1) == map_id
    assert early_window.snapshot_action.isEnabled()
    assert early_window.new_map_action.isEnabled()
    assert all(b.isEnabled() for b in (maps.new_button, maps.duplicate_button, maps.delete_button))


def test_a_failed_attach_closes_the_map_with_a_calm_message(
    early_window: MainWindow, library: Library, problems_shown: list[str], full_disk
) -> None:  # type: ignore[no-untyped-def]
    with full_disk(writes_only=True):
        assert not early_window.document.attach(library)
    assert len(problems_shown) == 1 and "Traceback" not in problems_shown[0]
    assert early_window.document.support_map is None
    assert library.list_maps() == []


def test_the_demo_read_without_the_shape_check_equals_the_checked_read(demo: Document) -> None:
    from supportmap.storage.fileformat import read_document

    assert dumps(demo) == dumps(read_document(demo_path()))


def test_while_the_library_opens_the_window_says_so(
    qtbot, settings: QSettings, library: Library
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.gui.texts import strings

    main = MainWindow(MapDocument(), settings)
    qtbot.addWidget(main)
    assert main.statusBar().currentMessage() == strings.text(strings.OPENING_LIBRARY)
    assert main.person_dock.hint.text() == strings.text(strings.OPENING_LIBRARY)
    assert main.document.attach(library)
    assert main.statusBar().currentMessage() == strings.text(strings.NO_MAP_OPEN)
    assert main.person_dock.hint.text() == strings.text(strings.NO_MAP_OPEN)
    main.close()

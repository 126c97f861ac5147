"""Through the UI: after every edit the canvas, the people table and the database agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from supportmap.core.layout import locate, point_at, ring_bounds, sector_span
from supportmap.core.model import Position
from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.people_model import COLUMNS
from supportmap.storage.library import Library
from tests.gui.gestures import retype


def table_rows(window: MainWindow) -> dict[str, tuple[str, str, str]]:
    """What the people table shows: id -> (name, life area, circle)."""
    model = window.people_dock.model
    rows = {}
    for row in range(model.rowCount()):
        values = [model.index(row, c).data() for c in range(len(COLUMNS))]
        rows[model.person_id(row)] = tuple(
            values[COLUMNS.index(column)] for column in ("name", "sector", "circle")
        )
    return rows


def canvas_people(window: MainWindow) -> dict[str, tuple[str, tuple[float, float]]]:
    scene = window.view.map_scene
    shown = {}
    for item in scene.person_items():
        person = item.person
        shown[person.id] = (person.name, (round(item.pos().x(), 3), round(item.pos().y(), 3)))
    return shown


def assert_all_agree(window: MainWindow, second: Library) -> None:
    """Canvas, table and a second connection to the database show the same people."""
    map_id = window.document.map_id
    assert map_id is not None
    saved = second.load_map(map_id)
    assert saved == window.document.require_map()
    expected_table = {p.id: (p.name, p.sector.label, p.circle.label) for p in saved.people.values()}
    assert table_rows(window) == expected_table
    expected_canvas = {
        p.id: (p.name, (round(p.position.x, 3), round(p.position.y, 3)))
        for p in saved.people.values()
        if p.position is not None
    }
    assert canvas_people(window) == expected_canvas
    scene = window.view.map_scene
    assert {tuple(sorted((t.a, t.b))) for t in saved.ties.values()} == {
        tuple(sorted(key)) for key in _tie_keys(scene, saved)
    }


def _tie_keys(scene, saved) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [key for key in saved.ties if scene.tie_item(*key) is not None]


def test_add_edit_move_connect_delete_undo_redo(
    window: MainWindow, second_library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    answer.text("Sam")
    window.people_actions.add.trigger()
    sam = window.selection.current()
    assert sam is not None
    assert window.document.name_of(sam) == "Sam"
    assert_all_agree(window, second_library)

    answer.text("Kim")
    window.people_actions.add.trigger()
    kim = window.selection.current()
    assert kim is not None and kim != sam
    assert_all_agree(window, second_library)

    window.selection.set([sam])
    retype(window.person_dock.relationship_edit, "sister")
    assert second_library.load_map(window.document.map_id).person(sam).relationship == "sister"
    assert window.undo_action.text() == "Undo Edit Sam"
    assert_all_agree(window, second_library)

    # Across a ring and a wedge: from wherever Sam is to circle 1 in the family wedge.
    start, end = sector_span(Sector.FAMILY)
    inner, outer = ring_bounds(Circle.CLOSEST)
    target = point_at((inner + outer) / 2, (start + end) / 2)
    assert locate(target) == (Circle.CLOSEST, Sector.FAMILY)
    assert locate(window.document.require_map().person(sam).position) != locate(target)
    window.document.move_people({sam: target})
    assert window.undo_action.text() == "Undo Move Sam"
    moved = second_library.load_map(window.document.map_id).person(sam)
    assert (moved.circle, moved.sector) == (Circle.CLOSEST, Sector.FAMILY)
    assert window.view.map_scene.person_item(sam).pos() == QPointF(target.x, target.y)
    assert_all_agree(window, second_library)

    answer.person(kim)
    window.selection.set([sam])
    window.people_actions.connect_person.trigger()
    assert window.document.require_map().tie(sam, kim) is not None
    assert window.view.map_scene.tie_item(sam, kim) is not None
    assert_all_agree(window, second_library)

    window.selection.set([sam])
    window.people_actions.delete.trigger()
    assert sam not in window.document.require_map().people
    assert window.selection.ids() == ()
    assert_all_agree(window, second_library)

    window.undo_action.trigger()
    assert sam in window.document.require_map().people
    assert window.document.require_map().tie(sam, kim) is not None
    assert_all_agree(window, second_library)

    window.redo_action.trigger()
    assert sam not in window.document.require_map().people
    assert_all_agree(window, second_library)


def test_reopen_after_quit_shows_the_same_map_in_the_same_places(
    window: MainWindow, library_path, settings, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    answer.text("Sam")
    window.people_actions.add.trigger()
    sam = window.selection.current()
    window.document.move_people({sam: Position(200.0, 60.0)})
    expected = window.document.require_map().copy()
    map_id = window.document.map_id
    window.close()

    reopened_library = Library.open(library_path)
    try:
        again = MainWindow(MapDocument(reopened_library), settings)
        qtbot.addWidget(again)
        again.open_initial()
        assert again.document.map_id == map_id
        assert again.document.require_map() == expected
        item = again.view.map_scene.person_item(sam)
        assert item is not None and item.pos() == QPointF(200.0, 60.0)
    finally:
        reopened_library.close()


def test_first_start_asks_who_the_map_is_for(qtbot, tmp_path, settings, answer) -> None:  # type: ignore[no-untyped-def]
    empty = Library.open(tmp_path / "first.db")
    try:
        answer.start(("Robin", "Robin — first look"))
        main = MainWindow(MapDocument(empty), settings)
        qtbot.addWidget(main)
        main.open_initial()
        assert main.document.require_map().focus_name == "Robin"
        assert [m.title for m in empty.list_maps()] == ["Robin — first look"]
    finally:
        empty.close()


def test_window_layout_is_remembered(window: MainWindow, settings, library, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.people_dock.hide()
    window.close()
    again = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.people_dock.isVisible()
    assert again.person_dock.isVisible()


def test_adding_on_the_canvas_uses_the_ring_and_wedge_under_the_cursor(
    window: MainWindow, second_library: Library, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    start, end = sector_span(Sector.WORK)
    inner, outer = ring_bounds(Circle.CLOSE)
    spot = point_at((inner + outer) / 2, (start + end) / 2)
    answer.text("Dana")
    view = window.view
    pixel = view.mapFromScene(spot.x, spot.y)
    with qtbot.waitSignal(view.add_requested) as asked:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    under_cursor = view.mapToScene(pixel)  # the spot, to the pixel
    clicked = asked.args[0]
    assert (clicked.x, clicked.y) == pytest.approx((under_cursor.x(), under_cursor.y()), abs=0.05)
    dana = window.selection.current()
    assert dana is not None
    person = second_library.load_map(window.document.map_id).person(dana)
    assert (person.circle, person.sector, person.position) == (Circle.CLOSE, Sector.WORK, clicked)
    assert_all_agree(window, second_library)


def test_a_failed_save_shows_a_calm_message_and_nothing_changes(
    window: MainWindow, second_library: Library, problems_shown: list[str], full_disk
) -> None:  # type: ignore[no-untyped-def]
    sam = window.document.add_person("Sam")
    with full_disk():
        window.document.add_person("Kim")
    assert (
        len(problems_shown) == 1 and "nothing" not in problems_shown[0].lower()
    ) or "safe" in problems_shown[0]
    assert list(window.document.require_map().people) == [sam]
    assert window.undo_action.text() == "Undo Add Sam"
    assert_all_agree(window, second_library)


def test_every_input_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    sam = window.document.add_person("Sam")
    window.selection.set([sam])
    docks = (window.person_dock, window.people_dock, window.maps_dock)
    unnamed = []
    for dock in docks:
        for widget in dock.findChildren(QWidget):
            if not isinstance(
                widget, QLineEdit | QComboBox | QPlainTextEdit | QAbstractItemView | QAbstractButton
            ):
                continue
            if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QLineEdit):
                continue  # headers speak through the model; a line edit's own clear button
            if widget.window() is not window or widget.objectName().startswith("qt_"):
                continue  # combo box pop-ups and Qt's own internals
            spoken = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not spoken.strip():
                parent = widget.parent()
                unnamed.append(
                    f"{dock.objectName()}: {type(widget).__name__} in {type(parent).__name__}"
                )
    assert not unnamed, "\n".join(unnamed)

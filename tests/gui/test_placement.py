"""Through the UI: nobody new lands on top of someone already on the map, nor under the centre."""

from __future__ import annotations

import math
from itertools import combinations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from supportmap.core.layout import FOCUS_CLEARANCE, NODE_RADIUS, NODE_SPACING, locate, point_at
from supportmap.core.model import Position
from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library


def _distance(a: Position, b: Position) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _positions(document: MapDocument) -> dict[str, Position]:
    support_map = document.require_map()
    return {p.id: p.position for p in support_map.people.values() if p.position is not None}


def _shown_where_stored(window: MainWindow, second_library: Library) -> None:
    """Every person's node on the canvas is where the database has them."""
    map_id = window.document.map_id
    assert map_id is not None
    for person in second_library.load_map(map_id).people.values():
        item = window.view.map_scene.person_item(person.id)
        assert item is not None and person.position is not None
        assert item.pos() == QPointF(person.position.x, person.position.y)


def _double_click(qtbot: QtBot, window: MainWindow, at: Position) -> str:
    """Double-click on the canvas and return the id of the person this added."""
    view = window.view
    before = set(window.document.require_map().people)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(at.x, at.y))
    )
    (added,) = set(window.document.require_map().people) - before
    return added


def test_pressing_n_again_and_again_never_puts_two_people_on_one_spot(
    qtbot: QtBot, window: MainWindow, second_library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    answer.text("Sam")
    window.view.setFocus()
    for _ in range(14):
        qtbot.keyClick(window.view, Qt.Key.Key_N)
    placed = list(_positions(window.document).values())
    assert len(placed) == 14
    assert len(set(placed)) == 14
    first = placed[:5]  # as many as the wedge holds with every node clear of the others
    assert min(_distance(a, b) for a, b in combinations(first, 2)) >= NODE_SPACING
    _shown_where_stored(window, second_library)


def test_moving_one_after_another_into_the_closest_circle_keeps_their_nodes_apart(
    document: MapDocument,
) -> None:
    """What choosing circle and life area in the Person panel does, for a whole family."""
    for name in ["Mum", "Dad", "Grandma", "Uncle Joe"]:
        person_id = document.add_person(name)
        document.update_person(person_id, circle=Circle.CLOSEST, sector=Sector.FAMILY)
    placed = list(_positions(document).values())
    assert all(locate(p) == (Circle.CLOSEST, Sector.FAMILY) for p in placed)
    assert min(_distance(a, b) for a, b in combinations(placed, 2)) >= NODE_SPACING


def test_double_clicking_the_focus_person_adds_someone_just_outside_them(
    qtbot: QtBot, window: MainWindow, second_library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    answer.text("Sam")
    sam = _double_click(qtbot, window, Position(0.0, 0.0))
    position = window.document.require_map().person(sam).position
    assert position is not None
    assert FOCUS_CLEARANCE - 0.01 <= math.hypot(position.x, position.y) < FOCUS_CLEARANCE + 8
    _shown_where_stored(window, second_library)
    window.document.undo_stack.undo()
    assert sam not in window.document.require_map().people


def test_double_clicking_beside_someone_adds_the_new_person_clear_of_them(
    qtbot: QtBot, window: MainWindow, second_library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    jo_spot = point_at(320.0, 120.0)
    jo = window.document.add_person("Jo", position=jo_spot)
    answer.text("Kim")
    click = Position(jo_spot.x + NODE_RADIUS + 6.0, jo_spot.y)  # just off Jo's node
    kim = _double_click(qtbot, window, click)
    person = window.document.require_map().person(kim)
    assert person.position is not None and kim != jo
    assert (person.circle, person.sector) == locate(click)
    assert _distance(person.position, jo_spot) >= NODE_SPACING
    _shown_where_stored(window, second_library)


def test_dragging_someone_onto_the_focus_person_leaves_them_just_outside(
    qtbot: QtBot, window: MainWindow, second_library: Library
) -> None:
    sam = window.document.add_person("Sam", position=point_at(320.0, 120.0))
    view = window.view
    item = view.map_scene.person_item(sam)
    assert item is not None
    start, end = view.mapFromScene(item.pos()), view.mapFromScene(QPointF(0.0, 0.0))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), (start + end) / 2)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = window.document.require_map().person(sam)
    assert moved.position is not None
    assert math.hypot(moved.position.x, moved.position.y) >= FOCUS_CLEARANCE - 0.01
    assert moved.circle is Circle.CLOSEST
    _shown_where_stored(window, second_library)


def test_a_second_drop_on_the_centre_shows_the_person_back_at_their_spot(
    qtbot: QtBot, window: MainWindow, second_library: Library
) -> None:
    """Dropped on the centre again, they are already where the drop puts them: nothing
    changes and nothing is announced, yet the canvas must not keep showing them under the
    focus person."""
    document = window.document
    sam = document.add_person("Sam", position=Position(0.0, 0.0))
    assert document.require_map().person(sam).position == Position(0.0, -FOCUS_CLEARANCE)
    view = window.view
    item = view.map_scene.person_item(sam)
    assert item is not None
    heard: list[object] = []
    document.edited.connect(heard.append)
    start = view.mapFromScene(item.pos())
    end = view.mapFromScene(QPointF(0.0, -5.0))  # on the focus person, a little above centre
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(60, 60))
    qtbot.mouseMove(view.viewport(), end)
    assert item.pos() != QPointF(0.0, -FOCUS_CLEARANCE)  # shown under the focus while dragged
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert document.undo_stack.count() == 1  # only the add: the drop changed nothing
    assert heard == []
    _shown_where_stored(window, second_library)


def test_adding_and_moving_onto_the_centre_are_pushed_out_and_undo_brings_back(
    document: MapDocument, second_library: Library, map_id: int
) -> None:
    sam = document.add_person("Sam", position=Position(10.0, 0.0))
    beside = Position(FOCUS_CLEARANCE, 0.0)
    assert second_library.load_map(map_id).person(sam).position == beside
    document.move_people({sam: Position(0.0, -5.0)})
    assert second_library.load_map(map_id).person(sam).position == Position(0.0, -FOCUS_CLEARANCE)
    document.undo_stack.undo()
    assert second_library.load_map(map_id).person(sam).position == beside

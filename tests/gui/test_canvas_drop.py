"""People dragged off the map land on its outer ring instead of floating outside it."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from supportmap.core.layout import NODE_RADIUS, RING_RADII
from supportmap.core.model import Position
from supportmap.core.vocabulary import Circle, Sector
from supportmap.gui.canvas import MapView
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.storage.library import Library


@pytest.fixture
def view(qtbot: QtBot, document: MapDocument) -> Iterator[MapView]:
    """Kim, close and among friends, on a canvas zoomed out far enough to show beyond the map."""
    document.add_person("Kim", position=Position(200.0, -100.0))
    document.undo_stack.clear()
    shown = MapView(document, SelectionState(document))
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.fit_all()
    shown.zoom_out()
    yield shown


def test_a_person_dragged_beyond_the_outer_ring_lands_on_it_in_circle_4(
    qtbot: QtBot, view: MapView, document: MapDocument, second_library: Library, map_id: int
) -> None:
    kim = next(iter(document.require_map().people))
    item = view.map_scene.person_item(kim)
    assert item is not None
    start = view.mapFromScene(item.pos())
    end = view.mapFromScene(QPointF(600.0, 0.0))  # straight right, beyond the outer ring
    assert view.viewport().rect().contains(end)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), (start + end) / 2)
    qtbot.mouseMove(view.viewport(), end)
    with qtbot.waitSignal(document.edited):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    moved = document.require_map().person(kim)
    assert moved.position is not None
    # The whole node stays inside the outer ring, on the line the drop was made along.
    edge = RING_RADII[-1] - NODE_RADIUS
    assert moved.position.x == pytest.approx(edge, abs=2.0)
    assert moved.position.y == pytest.approx(0.0, abs=2.0)
    assert math.hypot(moved.position.x, moved.position.y) <= edge + 0.01
    assert (moved.circle, moved.sector) == (Circle.COULD_REACH, Sector.FRIENDS)
    assert item.pos() == QPointF(moved.position.x, moved.position.y)  # drawn where it landed
    stored = second_library.load_map(map_id).person(kim)
    assert (stored.position, stored.circle) == (moved.position, Circle.COULD_REACH)

    document.undo_stack.undo()
    assert document.require_map().person(kim).position == Position(200.0, -100.0)
    assert item.pos() == QPointF(200.0, -100.0)

"""A map with a history, made through the window's document, for the tests of the past on screen.

At "Session 1" Sam (safe, circle 3), Kim (circle 2) and Lou are on the map, Sam and Kim
know each other. Since then Sam moved to the closest circle and is "strings attached", Kim
left, and Priya is new. Lou stayed as she was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QToolButton

from supportmap.core.model import Position
from supportmap.core.vocabulary import Safety
from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow


@dataclass(frozen=True)
class History:
    snapshot_id: int
    sam: str
    kim: str
    lou: str
    priya: str


def make_history(document: MapDocument) -> History:
    sam = document.add_person("Sam", position=Position(320.0, 0.0), safety=Safety.SAFE)
    kim = document.add_person("Kim", position=Position(0.0, 220.0))
    lou = document.add_person("Lou", position=Position(-220.0, 0.0))
    document.add_tie(sam, kim)
    document.take_snapshot("Session 1")
    (entry,) = document.list_snapshots()
    document.move_people({sam: Position(100.0, -40.0)})
    document.update_person(sam, safety=Safety.STRINGS)
    document.remove_people([kim])
    priya = document.add_person("Priya", position=Position(0.0, -320.0))
    return History(entry.snapshot_id, sam, kim, lou, priya)


def banner_buttons(window: MainWindow) -> dict[str, QToolButton]:
    """The buttons on the canvas's mode banner, by their words."""
    return {b.text(): b for b in window.view.mode_banner.action_buttons()}


def on_canvas(window: MainWindow, person_id: str) -> QPoint:
    """Where a person's node is, in the canvas's viewport."""
    item = window.view.map_scene.person_item(person_id)
    assert item is not None, f"{person_id} is not on the canvas"
    return window.view.mapFromScene(item.pos())


def scene_point(window: MainWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))

"""The map is readable in the window a person gets (DESIGN §5 "Legibility and room").

At 1280×800 the map takes at least 55% of the width and fits whole, people are at least 28 px
across, names at least 9 pt and badges at least 12 px on screen; at 1024×640 the panels give
way before the map does. Sizes are measured on screen, after the map has fitted the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from supportmap.core.vocabulary import HelpType, Safety
from supportmap.gui.canvas.items import PersonItem, badge_centre
from supportmap.gui.main_window import MainWindow
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library

MIN_MAP_SHARE = 0.55


@pytest.fixture
def demo_window(window: MainWindow, library: Library) -> MainWindow:
    demo = read_document(demo_path())
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    return window


def _resize(window: MainWindow, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    view = window.view
    qtbot.waitUntil(lambda: view.map_scene.map_rect().width() * view.zoom() <= view.width())


def _visible_scene(window: MainWindow) -> QRectF:
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _on_screen(window: MainWindow, scene_length: float) -> float:
    """Pixels on screen of a length in scene units."""
    view = window.view
    a, b = view.mapFromScene(QPointF(0, 0)), view.mapFromScene(QPointF(scene_length, 0))
    return float(b.x() - a.x())


def _painted_width(image: QImage, centre: QPointF, colour: QColor, reach: int) -> int:
    """How wide a run of pixels close to ``colour`` is along the row through ``centre``."""
    y = round(centre.y())
    hits = [
        x
        for x in range(round(centre.x()) - reach, round(centre.x()) + reach + 1)
        if 0 <= x < image.width()
        and max(
            abs(QColor(image.pixel(x, y)).red() - colour.red()),
            abs(QColor(image.pixel(x, y)).green() - colour.green()),
            abs(QColor(image.pixel(x, y)).blue() - colour.blue()),
        )
        < 40
    ]
    return max(hits) - min(hits) + 1 if hits else 0


def _person(window: MainWindow, name: str) -> PersonItem:
    return next(i for i in window.view.map_scene.person_items() if i.person.name == name)


def test_at_1280_by_800_the_map_has_room_and_fits_whole(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _resize(demo_window, qtbot, 1280, 800)
    view = demo_window.view
    assert view.width() >= MIN_MAP_SHARE * demo_window.width()
    visible = _visible_scene(demo_window)
    assert visible.contains(view.map_scene.map_rect())
    for item in view.map_scene.person_items():
        assert visible.contains(item.sceneBoundingRect()), item.person.name


def test_at_1280_by_800_people_names_and_badges_can_be_read(
    demo_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _resize(demo_window, qtbot, 1280, 800)
    view = demo_window.view
    theme = view.map_scene.theme
    demo_window.selection.clear()
    qtbot.waitUntil(lambda: not _person(demo_window, "Kit").isSelected())
    # Kit is safe: a green outline. Measure the painted node on the window's picture.
    kit = _person(demo_window, "Kit")
    picture = view.viewport().grab().toImage()
    centre = QPointF(view.mapFromScene(kit.scenePos()))
    green = theme.safety[Safety.SAFE].colour
    assert _painted_width(picture, centre, green, reach=40) >= 28
    zoom = view.zoom()
    assert theme.name_font.pointSizeF() * zoom >= 9.0
    assert theme.badge_font.pointSizeF() * zoom >= 7.0, "badge letters can be read"
    # Kit receives emotional support: the badge's painted width on the row through it.
    emotional = kit.scenePos() + badge_centre(HelpType.EMOTIONAL)
    badge_colour = theme.badge_brushes[HelpType.EMOTIONAL].color()
    badge_at = QPointF(view.mapFromScene(emotional))
    assert _painted_width(picture, badge_at, badge_colour, reach=12) >= 12


def test_at_1024_by_640_the_panels_give_way_first(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _resize(demo_window, qtbot, 1280, 800)
    panels = demo_window.insight.dock
    # The person has widened the panels earlier, leaving the map less than its share.
    demo_window.resizeDocks([panels], [640], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panels.width() >= 600)
    wide = panels.width()
    _resize(demo_window, qtbot, 1024, 640)
    qtbot.waitUntil(lambda: demo_window.view.width() >= MIN_MAP_SHARE * 1024)
    assert panels.width() < wide
    assert panels.width() >= panels.minimumSizeHint().width()
    assert _visible_scene(demo_window).contains(demo_window.view.map_scene.map_rect())

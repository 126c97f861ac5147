"""The canvas mirrors the map through every change, and gestures become document commands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from supportmap.core import layout
from supportmap.core.model import Position, Support
from supportmap.core.rules import Flow, one_sided_flow
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from supportmap.gui.canvas import MapView
from supportmap.gui.canvas.lines import FlowLineItem
from supportmap.gui.canvas.menus import person_menu, tie_menu
from supportmap.gui.canvas.tools import ConnectTool
from supportmap.gui.canvas.tooltips import person_tooltip
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.storage.library import Library


def spot(circle: Circle, sector: Sector, along: float = 0.5) -> Position:
    """A position in the middle of a ring, ``along`` the way through a wedge."""
    inner, outer = layout.ring_bounds(circle)
    start, end = layout.sector_span(sector)
    return layout.point_at((inner + outer) / 2, start + (end - start) * along)


@pytest.fixture
def people(document: MapDocument) -> dict[str, str]:
    """Sam (family, closest), Kim (friends, close), Jo (work, around me); no undo history."""
    ids = {
        "Sam": document.add_person(
            "Sam",
            position=spot(Circle.CLOSEST, Sector.FAMILY),
            safety=Safety.SAFE,
            support=Support.of({HelpType.EMOTIONAL: (3, 1), HelpType.CRISIS: (2, 0)}),
        ),
        "Kim": document.add_person("Kim", position=spot(Circle.CLOSE, Sector.FRIENDS)),
        "Jo": document.add_person(
            "Jo",
            position=spot(Circle.AROUND, Sector.WORK),
            safety=Safety.DRAINING,
            support=Support.of({HelpType.PRACTICAL: (0, 3), HelpType.EMOTIONAL: (0, 2)}),
        ),
    }
    document.undo_stack.clear()
    return ids


@pytest.fixture
def view(qtbot: QtBot, document: MapDocument, people: dict[str, str]) -> Iterator[MapView]:
    shown = MapView(document, SelectionState(document))
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.fit_all()
    yield shown


def point_of(view: MapView, person_id: str) -> QPoint:
    item = view.map_scene.person_item(person_id)
    assert item is not None
    return view.mapFromScene(item.pos())


def scene_mirrors_map(view: MapView, document: MapDocument) -> None:
    support_map = document.require_map()
    scene = view.map_scene
    assert {i.person_id for i in scene.person_items()} == set(support_map.people)
    for person in support_map.people.values():
        item = scene.person_item(person.id)
        assert item is not None and item.person == person
        assert person.position is not None
        assert item.pos() == QPointF(person.position.x, person.position.y)
    assert {t.tie.key for t in scene.tie_items()} == set(support_map.ties)
    for tie_item in scene.tie_items():
        assert tie_item.tie == support_map.ties[tie_item.tie.key]


def test_scene_follows_add_change_remove_undo_and_redo(
    view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    scene_mirrors_map(view, document)
    ana = document.add_person("Ana", circle=Circle.CLOSE, sector=Sector.COMMUNITY)
    document.add_tie(ana, people["Sam"], strength=2)
    document.update_person(people["Kim"], name="Kim Lee", safety=Safety.STRINGS)
    document.update_tie(ana, people["Sam"], conflict=True)
    scene_mirrors_map(view, document)
    document.remove_people([ana])
    scene_mirrors_map(view, document)
    assert view.map_scene.person_item(ana) is None
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        scene_mirrors_map(view, document)
    assert len(view.map_scene.person_items()) == 3
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
        scene_mirrors_map(view, document)


def test_a_change_to_one_person_touches_only_their_item(
    view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    before = {i.person_id: i for i in view.map_scene.person_items()}
    document.update_person(people["Kim"], name="Kimberly")
    after = {i.person_id: i for i in view.map_scene.person_items()}
    assert all(before[k] is after[k] for k in before)
    assert after[people["Kim"]].person.name == "Kimberly"


def test_dragging_across_a_ring_and_a_wedge_changes_circle_and_sector_in_the_database(
    qtbot: QtBot,
    view: MapView,
    document: MapDocument,
    people: dict[str, str],
    second_library: Library,
    map_id: int,
) -> None:
    kim = people["Kim"]
    target = spot(Circle.AROUND, Sector.COMMUNITY)
    start = point_of(view, kim)
    end = view.mapFromScene(QPointF(target.x, target.y))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(view.viewport(), middle)
    item = view.map_scene.person_item(kim)
    assert item is not None and item.pos() != QPointF(*_xy(document, kim))
    assert document.require_map().person(kim).circle is Circle.CLOSE  # only on screen so far
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    moved = document.require_map().person(kim)
    assert (moved.circle, moved.sector) == (Circle.AROUND, Sector.COMMUNITY)
    stored = second_library.load_map(map_id).person(kim)
    assert (stored.circle, stored.sector, stored.position) == (
        Circle.AROUND,
        Sector.COMMUNITY,
        moved.position,
    )
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move Kim"
    document.undo_stack.undo()
    assert second_library.load_map(map_id).person(kim).circle is Circle.CLOSE
    scene_mirrors_map(view, document)


def _xy(document: MapDocument, person_id: str) -> tuple[float, float]:
    position = document.require_map().person(person_id).position
    assert position is not None
    return position.x, position.y


def test_escape_during_a_drag_puts_the_person_back_and_changes_nothing(
    qtbot: QtBot, view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    jo = people["Jo"]
    start = point_of(view, jo)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(80, 60))
    with qtbot.waitSignal(view.tool.canceled):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(80, 60))
    assert document.undo_stack.count() == 0
    scene_mirrors_map(view, document)


def test_connect_tool_joins_two_people_and_escape_cancels(
    qtbot: QtBot, view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    view.set_tool("connect")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, people["Sam"]))
    qtbot.mouseMove(view.viewport(), point_of(view, people["Jo"]) + QPoint(30, 30))
    with qtbot.waitSignal(view.tool.canceled):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.tool.name == "select"
    assert document.require_map().ties == {}

    view.set_tool("connect")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, people["Sam"]))
    with qtbot.waitSignal(view.tool_changed):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, people["Kim"])
        )
    assert document.require_map().tie(people["Sam"], people["Kim"]) is not None
    assert view.map_scene.tie_item(people["Kim"], people["Sam"]) is not None
    assert view.tool.name == "select"


def test_rubber_band_and_ctrl_click_select_several_and_escape_clears_the_band(
    qtbot: QtBot, view: MapView, people: dict[str, str]
) -> None:
    corner = view.mapFromScene(QPointF(-600, -600))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(600, 600)))
    assert set(view.selection.ids()) == set(people.values())
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert view.selection.ids() == ()
    assert not any(i.zValue() >= 100 for i in view.map_scene.items())

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, people["Sam"]))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        point_of(view, people["Jo"]),
    )
    assert view.selection.ids() == (people["Sam"], people["Jo"])
    assert view.selection.current() == people["Jo"]
    selected = {i.person_id for i in view.map_scene.selectedItems()}  # type: ignore[attr-defined]
    assert selected == {people["Sam"], people["Jo"]}


def test_selection_state_shows_on_the_canvas(view: MapView, people: dict[str, str]) -> None:
    view.selection.set([people["Kim"]])
    item = view.map_scene.person_item(people["Kim"])
    assert item is not None and item.isSelected()
    view.selection.clear()
    assert not item.isSelected()


def test_keyboard_moves_between_people_and_asks_for_edit_rename_and_add(
    qtbot: QtBot, view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selection.current() == people["Sam"]  # nearest me first
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Kim sits to the right of Sam
    assert view.selection.current() == people["Kim"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Jo is below Kim
    assert view.selection.current() == people["Jo"]
    with qtbot.waitSignal(view.edit_requested) as edit:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.args == [people["Jo"]]
    with qtbot.waitSignal(view.rename_requested) as rename:
        qtbot.keyClick(view, Qt.Key.Key_F2)
    assert rename.args == [people["Jo"]]
    with qtbot.waitSignal(view.add_requested) as add:
        qtbot.keyClick(view, Qt.Key.Key_N)
    assert isinstance(add.args[0], Position)


def test_double_click_on_empty_canvas_asks_to_add_there(qtbot: QtBot, view: MapView) -> None:
    target = spot(Circle.AROUND, Sector.ONLINE)
    with qtbot.waitSignal(view.add_requested) as add:
        qtbot.mouseDClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.mapFromScene(QPointF(target.x, target.y)),
        )
    assert layout.locate(add.args[0]) == (Circle.AROUND, Sector.ONLINE)


def test_highlight_fades_everyone_else_and_what_if_fades_one(
    view: MapView, people: dict[str, str]
) -> None:
    scene = view.map_scene
    view.highlight([people["Sam"]], HelpType.CRISIS)
    assert not scene.is_faded(people["Sam"])
    assert scene.is_faded(people["Kim"]) and scene.is_faded(people["Jo"])
    view.clear_highlight()
    assert not any(scene.is_faded(i) for i in people.values())
    view.set_unavailable(people["Kim"])
    assert scene.is_faded(people["Kim"]) and not scene.is_faded(people["Sam"])
    view.set_unavailable(None)
    assert not scene.is_faded(people["Kim"])


def test_flow_lines_show_direction_and_one_sidedness(
    view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    support_map = document.require_map()
    assert one_sided_flow(support_map.person(people["Jo"])) is Flow.GIVING
    assert one_sided_flow(support_map.person(people["Sam"])) is Flow.RECEIVING
    assert one_sided_flow(support_map.person(people["Kim"])) is None
    kim_flow = view.map_scene.flow_item(people["Kim"])
    assert isinstance(kim_flow, FlowLineItem) and not kim_flow.isVisible()
    document.update_person(people["Kim"], support=Support.of({HelpType.COMPANIONSHIP: (1, 1)}))
    assert kim_flow.isVisible()


def test_zoom_keys_and_fit(qtbot: QtBot, view: MapView) -> None:
    fitted = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < fitted
    view.fit_all()
    assert view.zoom() == pytest.approx(fitted, rel=0.05)


def test_reset_redraws_another_map(view: MapView, document: MapDocument, library: Library) -> None:
    other = library.create_map("Robin")
    document.open_map(other)
    assert view.map_scene.person_items() == []
    assert view.map_scene.focus_item.name == "Robin"


def test_rendered_canvas_is_not_blank(view: MapView, tmp_path: Path) -> None:
    path = tmp_path / "canvas.png"
    assert view.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20


def test_dragging_from_one_person_to_another_with_the_connect_tool_connects_them(
    qtbot: QtBot, view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    view.set_tool("connect")
    start, end = point_of(view, people["Kim"]), point_of(view, people["Jo"])
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert document.require_map().tie(people["Kim"], people["Jo"]) is not None
    assert view.tool.name == "select"


def test_tie_menu_sets_strength_conflict_and_removes(
    view: MapView, document: MapDocument, people: dict[str, str]
) -> None:
    sam, kim = people["Sam"], people["Kim"]
    document.add_tie(sam, kim)

    def trigger(label: str) -> None:
        tie = document.require_map().tie(sam, kim)
        assert tie is not None
        menu = tie_menu(view, tie)
        action = next(a for a in menu.actions() if a.text() == label)
        action.trigger()

    trigger("Very close")
    trigger("Mark as conflict")
    tie = document.require_map().tie(sam, kim)
    assert tie is not None and (tie.strength, tie.conflict) == (3, True)
    item = view.map_scene.tie_item(sam, kim)
    assert item is not None and item.tie == tie
    trigger("Not a conflict")
    assert not document.require_map().ties[tie.key].conflict
    trigger("Remove tie")
    assert view.map_scene.tie_item(sam, kim) is None


def test_person_menu_starts_the_connect_tool_from_that_person(
    view: MapView, people: dict[str, str]
) -> None:
    menu = person_menu(view, people["Sam"])
    next(a for a in menu.actions() if a.text() == "Connect to…").trigger()
    assert isinstance(view.tool, ConnectTool) and view.tool.source == people["Sam"]


def test_tooltips_give_the_full_name_and_name_each_badge(
    document: MapDocument, people: dict[str, str]
) -> None:
    sam = document.require_map().person(people["Sam"])
    assert "<b>Sam</b>" in person_tooltip(sam)
    assert "Emotional (often)" in person_tooltip(sam)
    assert person_tooltip(sam, HelpType.CRISIS) == "Crisis help from Sam: sometimes"


def test_long_names_are_elided_on_the_node(view: MapView, document: MapDocument) -> None:
    long_name = "Bartholomew Fitzgerald-Montgomery the Third"
    person_id = document.add_person(long_name, circle=Circle.AROUND, sector=Sector.OTHER)
    item = view.map_scene.person_item(person_id)
    assert item is not None
    assert item.label.endswith("…") and len(item.label) < len(long_name)


def test_dark_scheme_repaints_with_its_own_background(view: MapView) -> None:
    light = view.grab().toImage().pixelColor(2, 2)
    view.map_scene.set_dark(True)
    dark = view.grab().toImage().pixelColor(2, 2)
    assert dark.lightness() < 80 < light.lightness()

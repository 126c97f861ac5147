"""What-if is visible and local: a banner on the canvas, the explanation in front, and it ends
when another map is opened (DESIGN §5 "Modes are visible and local")."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from supportmap.core import edits
from supportmap.core.model import Support
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, HelpType, Safety
from supportmap.gui.main_window import MainWindow
from supportmap.storage.library import Library


def _add_people(window: MainWindow) -> tuple[str, str]:
    """Sam (the person looked at) and Kim on the open map."""
    document = window.document
    sam = document.add_person(
        "Sam",
        circle=Circle.CLOSEST,
        safety=Safety.SAFE,
        support=Support.of({HelpType.EMOTIONAL: (3, 1), HelpType.CRISIS: (2, 0)}),
    )
    kim = document.add_person(
        "Kim",
        circle=Circle.CLOSE,
        safety=Safety.SAFE,
        support=Support.of({HelpType.PRACTICAL: (2, 2)}),
    )
    return sam, kim


def _choose_from_person_menu(qtbot: QtBot, window: MainWindow, person_id: str, entry: str) -> None:
    """Right-click the person on the canvas and pick ``entry`` with the keyboard."""
    view = window.view
    item = view.map_scene.person_item(person_id)
    assert item is not None
    point = view.mapFromScene(item.sceneBoundingRect().center())
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        action = next(a for a in menu.actions() if a.text().replace("&", "") == entry)
        assert action.isEnabled()
        menu.setActiveAction(action)
        picked.append(action.text())
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert picked, "the person's menu opened"


def _open_in_maps_panel(qtbot: QtBot, window: MainWindow, title: str) -> None:
    """Click the map in the Maps panel and press Enter, as someone switching clients would."""
    maps = window.maps_dock
    proxy = maps.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data().startswith(title))
    rect = maps.list.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(maps.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(maps.list, Qt.Key.Key_Return)


def test_whatif_from_the_canvas_shows_a_banner_and_brings_the_findings_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    sam, _kim = _add_people(window)
    window.insight.dock.toggleViewAction().trigger()  # the Findings panel was closed
    qtbot.waitUntil(lambda: window.insight.dock.visibleRegion().isEmpty())
    banner = window.view.mode_banner
    assert banner.isHidden()

    _choose_from_person_menu(qtbot, window, sam, "What if they were not available?")

    assert window.insight.whatif.is_active()
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "If Sam were not available" in banner.title.text()
    assert banner.button.text() == "Back to my map"
    assert window.view.viewport().geometry().contains(banner.geometry())
    qtbot.waitUntil(lambda: not window.insight.dock.visibleRegion().isEmpty())
    assert window.insight.dock.panel.banner.isVisible(), "the explanation is in front"


def test_back_to_my_map_on_the_canvas_ends_whatif(qtbot: QtBot, window: MainWindow) -> None:
    sam, kim = _add_people(window)
    _choose_from_person_menu(qtbot, window, sam, "What if they were not available?")
    assert window.view.map_scene.is_faded(sam)
    banner = window.view.mode_banner
    qtbot.waitUntil(lambda: banner.isVisible())

    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)

    assert not window.insight.whatif.is_active()
    assert banner.isHidden()
    assert not window.view.map_scene.is_faded(sam)
    assert not window.view.map_scene.is_faded(kim)


def test_whatif_ends_when_another_map_is_opened(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    sam, _kim = _add_people(window)
    jordan = SupportMap("Jordan", "Jordan — intake")
    lee = edits.add_person(jordan, "Lee", id=sam, circle=Circle.CLOSEST, safety=Safety.SAFE)
    jordan.apply(lee)
    other = library.save_new_map(jordan)
    assert library.load_map(other).people.keys() == {sam}, "Lee shares Sam's id on that map"
    window.maps_dock.refresh()
    _choose_from_person_menu(qtbot, window, sam, "What if they were not available?")
    assert window.insight.whatif.is_active()
    changes: list[object] = []
    window.insight.whatif.changed.connect(changes.append)

    _open_in_maps_panel(qtbot, window, "Jordan — intake")

    assert window.document.map_id == other
    assert not window.insight.whatif.is_active()
    assert changes == [None], "no moment shows Lee's map without Lee"
    assert window.view.mode_banner.isHidden()
    assert not window.insight.dock.panel.banner.isVisible()
    assert not window.view.map_scene.is_faded(sam)
    titles = [row.title for row in window.insight.dock.panel.rows()]
    assert "If Sam were not available" not in " ".join(titles)

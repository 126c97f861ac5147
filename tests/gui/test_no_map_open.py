"""After the welcome is cancelled: a calm "no map open" state with a way to start one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.insight.findings_model import RowKind
from supportmap.storage.library import Library


@pytest.fixture
def cancelled(qtbot: QtBot, library: Library, settings: QSettings, answer) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A first start on an empty library, the welcome dialog cancelled."""
    answer.start(None)
    main = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_initial()
    yield main
    main.close()


def test_no_rings_without_a_centre_and_no_zoom(qtbot: QtBot, cancelled: MainWindow) -> None:
    view = cancelled.view
    assert cancelled.document.support_map is None
    assert not view.map_scene.background.isVisible()
    assert not view.map_scene.focus_item.isVisible()
    for action in (cancelled.zoom_in_action, cancelled.zoom_out_action, cancelled.fit_action):
        assert not action.isEnabled(), action.text()
    zoom = view.zoom()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == zoom


def test_the_findings_panel_says_no_map_is_open(cancelled: MainWindow) -> None:
    rows = cancelled.insight.dock.panel.rows()
    assert [row.kind for row in rows] == [RowKind.PROMPT]
    assert rows[0].title == "No map is open"
    assert "Maps panel" in rows[0].detail


def test_the_canvas_offers_to_start_a_map(
    qtbot: QtBot, cancelled: MainWindow, library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    notice = cancelled.view.no_map_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.title.text() == "No map is open"
    assert cancelled.view.viewport().geometry().contains(notice.geometry())
    answer.text("Robin")

    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)

    assert cancelled.document.require_map().focus_name == "Robin"
    assert [m.focus_name for m in library.list_maps()] == ["Robin"]
    assert notice.isHidden()
    assert cancelled.view.map_scene.background.isVisible()
    assert cancelled.zoom_in_action.isEnabled()
    rows = cancelled.insight.dock.panel.rows()
    assert "beginning" in rows[0].title

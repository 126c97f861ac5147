"""The main window carries part 2: findings, what-if, crisis notice, charts, pictures, snapshots."""

from pathlib import Path

from supportmap.core.analysis import analyze
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from tests.gui.images import distinct_colours


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text().replace("&", "") for action in menu.actions()]


def test_findings_come_first_and_follow_edits_made_anywhere(window, library, qtbot) -> None:  # type: ignore[no-untyped-def]
    dock = window.insight.dock
    assert not dock.visibleRegion().isEmpty(), "the Findings tab is the one shown at start"
    window.open_map(library.save_new_map(read_document(demo_path()).map))
    support_map = window.document.support_map
    assert len(analyze(support_map).findings) > 5

    qtbot.waitUntil(lambda: dock.panel.findings_shown() == analyze(support_map).findings)
    window.document.add_person(
        "Sam",
        circle=Circle.CLOSEST,
        sector=Sector.FRIENDS,
        safety=Safety.SAFE,
    )
    person_id = next(iter(reversed(support_map.people)))
    window.document.update_person(
        person_id,
        support=support_map.person(person_id).support.with_level(HelpType.EMOTIONAL, receive=3),
    )
    qtbot.waitUntil(lambda: dock.panel.findings_shown() == analyze(support_map).findings)


def test_charts_load_only_when_their_tab_is_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    charts = window.charts_dock
    qtbot.wait_until(lambda: window.isVisible())
    assert not charts.is_built
    charts.raise_()
    qtbot.waitUntil(lambda: charts.is_built)


def test_menus_reach_the_crisis_notice_pictures_snapshots_and_what_if(window) -> None:  # type: ignore[no-untyped-def]
    assert window.insight.crisis_action in window.help_menu.actions()
    assert window.export_picture_action in window.file_menu.actions()
    assert window.snapshot_action in window.file_menu.actions()
    assert window.insight.whatif_action in window.edit_menu.actions()
    assert window.insight.whatif_action in window.view.person_actions
    views = _texts(window.view_menu)
    for dock in (window.insight.dock, window.charts_dock, window.person_dock):
        assert dock.toggleViewAction().text().replace("&", "") in views


def test_what_if_from_the_edit_menu_on_the_selected_person(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    person_id = document.add_person("Sam", circle=Circle.CLOSE, safety=Safety.SAFE)
    window.selection.set([person_id], person_id)
    qtbot.waitUntil(lambda: window.insight.whatif_action.isEnabled())
    window.insight.whatif_action.trigger()
    assert window.insight.whatif.is_active()
    assert window.insight.whatif.state().person_id == person_id
    window.insight.whatif.leave()
    assert not window.insight.whatif.is_active()


def test_a_snapshot_is_kept_in_the_library(window, answer, library) -> None:  # type: ignore[no-untyped-def]
    answer.text("End of session 1")
    window.snapshot_action.trigger()
    labels = [info.label for info in library.list_snapshots(window.document.map_id)]
    assert labels == ["End of session 1"]


def test_a_cancelled_snapshot_keeps_nothing(window, answer, library) -> None:  # type: ignore[no-untyped-def]
    answer.text(None)
    window.snapshot_action.trigger()
    assert library.list_snapshots(window.document.map_id) == []


def test_picture_export_from_the_window_writes_a_png(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from supportmap.gui.canvas import picture_export

    target = tmp_path / "map.png"
    monkeypatch.setattr(
        picture_export.ExportPictureAction,
        "ask_save_path",
        classmethod(lambda cls, *a, **k: target),
    )
    window.document.add_person("Sam", circle=Circle.CLOSE, safety=Safety.SAFE)
    window.export_picture_action.trigger()
    image = QImage(str(target))
    assert not image.isNull()
    assert distinct_colours(image, step=7) > 20


def _history_labels(window) -> list[str]:  # type: ignore[no-untyped-def]
    page = window.charts_dock.current_page()
    return [t.get_text() for axes in page.canvas.figure.axes for t in axes.get_xticklabels()]


def test_a_snapshot_from_the_file_menu_reaches_the_over_time_chart(window, answer, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    charts = window.charts_dock
    charts.raise_()
    qtbot.waitUntil(lambda: charts.is_built)
    window.document.take_snapshot("Intake")
    with qtbot.waitSignal(charts.refreshed):
        charts.show_chart("history")
    assert _history_labels(window) == ["Intake", "Now"]

    answer.text("End of session 1")
    menu = window.file_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    with qtbot.waitSignals([window.document.snapshots_changed, charts.refreshed]):
        qtbot.mouseClick(
            menu,
            Qt.MouseButton.LeftButton,
            pos=menu.actionGeometry(window.snapshot_action).center(),
        )
    assert _history_labels(window) == ["Intake", "End of session 1", "Now"]

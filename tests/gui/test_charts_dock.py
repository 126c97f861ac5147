"""The charts dock: lazy matplotlib, live and coalesced updates, saving charts to files."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from supportmap.core.model import Support
from supportmap.core.vocabulary import Circle, HelpType, Safety
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.charts_dock import ChartsDock
from supportmap.storage.library import Library
from tests.commands import run_python
from tests.gui.images import distinct_colours


def figure_texts(dock: ChartsDock) -> list[str]:
    page = dock.current_page()
    assert page is not None
    figure = page.canvas.figure
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def show_dock(qtbot, document: MapDocument) -> ChartsDock:  # type: ignore[no-untyped-def]
    """A Charts panel on ``document``, shown and drawn for the first time."""
    dock = ChartsDock(document)
    qtbot.addWidget(dock)
    dock.resize(640, 520)
    with qtbot.waitSignal(dock.refreshed):
        dock.show()
    return dock


@pytest.fixture
def shown_dock(qtbot, document: MapDocument) -> ChartsDock:  # type: ignore[no-untyped-def]
    return show_dock(qtbot, document)


def test_importing_and_creating_the_dock_does_not_load_matplotlib(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        import supportmap.gui.panels.charts_dock as charts_dock
        from supportmap.gui.document import MapDocument
        from supportmap.storage.library import Library
        assert "matplotlib" not in sys.modules, "import"
        app = QApplication([])
        library = Library.open({str(tmp_path / "lazy.db")!r})
        document = MapDocument(library)
        document.open_map(library.create_map("Alex"))
        dock = charts_dock.ChartsDock(document)
        document.add_person("Sam")
        app.processEvents()
        assert "matplotlib" not in sys.modules, "hidden dock"
        dock.show()
        for _ in range(100):
            if dock.is_built:
                break
            app.processEvents()
        assert dock.is_built and "matplotlib" in sys.modules, "shown"
        print("pyplot" if "matplotlib.pyplot" in sys.modules else "clean")
        library.close()
        """
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_demo_map_charts_draw_in_every_tab(qtbot, demo_document: MapDocument) -> None:  # type: ignore[no-untyped-def]
    dock = show_dock(qtbot, demo_document)
    assert [p.kind.key for p in dock.pages()] == ["coverage", "balance", "sectors", "history"]
    for page in dock.pages():
        if dock.current_page() is not page:
            with qtbot.waitSignal(dock.refreshed):
                dock.show_chart(page.kind.key)
        assert not page.stale
        assert page.canvas.figure.axes, f"{page.kind.key} shows a chart on the demo map"
        assert distinct_colours(page.canvas.grab().toImage()) > 20


def test_empty_map_shows_a_warm_message(shown_dock: ChartsDock) -> None:
    page = shown_dock.current_page()
    assert page is not None and page.canvas.figure.axes == []
    assert any(text.startswith("Nobody is on your map yet") for text in figure_texts(shown_dock))


def test_chart_follows_edits(qtbot, shown_dock: ChartsDock, document: MapDocument) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(shown_dock.refreshed):
        document.add_person(
            "Sam",
            circle=Circle.CLOSEST,
            safety=Safety.SAFE,
            support=Support.of({HelpType.EMOTIONAL: (3, 1)}),
        )
    assert "1 safe of 1" in figure_texts(shown_dock)
    description = shown_dock.current_page().canvas.accessibleDescription()  # type: ignore[union-attr]
    assert "Emotional: 1 person, 1 of them safe." in description
    with qtbot.waitSignal(shown_dock.refreshed):
        document.undo_stack.undo()
    assert shown_dock.current_page().canvas.figure.axes == []  # type: ignore[union-attr]


def test_a_burst_of_edits_redraws_once(
    qtbot, shown_dock: ChartsDock, document: MapDocument
) -> None:  # type: ignore[no-untyped-def]
    redraws: list[None] = []
    shown_dock.refreshed.connect(lambda: redraws.append(None))
    for name in ("Sam", "Kim", "Jo", "Ana", "Ben"):
        document.add_person(name, safety=Safety.SAFE)
    qtbot.waitUntil(lambda: len(redraws) == 1)
    for _ in range(3):  # give any further, unwanted redraw its chance to run
        QApplication.processEvents()
    assert len(redraws) == 1


def test_hidden_dock_catches_up_when_shown(
    qtbot, shown_dock: ChartsDock, document: MapDocument
) -> None:  # type: ignore[no-untyped-def]
    shown_dock.hide()
    document.add_person("Sam", safety=Safety.SAFE, support=Support.of({HelpType.CRISIS: (1, 0)}))
    assert shown_dock.current_page().stale  # type: ignore[union-attr]
    with qtbot.waitSignal(shown_dock.refreshed):
        shown_dock.show()
    assert "1 safe of 1" in figure_texts(shown_dock)


def test_history_tab_reads_snapshots_from_the_library(
    qtbot,
    shown_dock: ChartsDock,
    document: MapDocument,
    library: Library,  # type: ignore[no-untyped-def]
) -> None:
    document.add_person("Sam", safety=Safety.SAFE, support=Support.of({HelpType.CRISIS: (2, 0)}))
    assert document.map_id is not None
    library.take_snapshot(document.map_id, "Session 1")
    with qtbot.waitSignal(shown_dock.refreshed):
        shown_dock.show_chart("history")
    axes = shown_dock.current_page().canvas.figure.axes  # type: ignore[union-attr]
    assert len(axes) == 1
    assert [t.get_text() for t in axes[0].get_xticklabels()] == ["Session 1", "Now"]


def test_a_snapshot_taken_through_the_document_appears_by_itself(
    qtbot,
    shown_dock: ChartsDock,
    document: MapDocument,
) -> None:
    document.take_snapshot("Session 1")
    with qtbot.waitSignal(shown_dock.refreshed):
        shown_dock.show_chart("history")
    with qtbot.waitSignals([document.snapshots_changed, shown_dock.refreshed]):
        document.take_snapshot("Session 2")
    axes = shown_dock.current_page().canvas.figure.axes  # type: ignore[union-attr]
    labels = [t.get_text() for t in axes[0].get_xticklabels()]
    assert labels == ["Session 1", "Session 2", "Now"]


def test_opening_another_map_shows_its_own_snapshots(
    qtbot,
    shown_dock: ChartsDock,
    document: MapDocument,
    library: Library,  # type: ignore[no-untyped-def]
) -> None:
    document.take_snapshot("Alex intake")
    with qtbot.waitSignal(shown_dock.refreshed):
        shown_dock.show_chart("history")
    other = library.create_map("Jordan")
    library.take_snapshot(other, "Jordan intake")
    with qtbot.waitSignals([document.snapshots_changed, shown_dock.refreshed]):
        document.open_map(other)
    axes = shown_dock.current_page().canvas.figure.axes  # type: ignore[union-attr]
    assert [t.get_text() for t in axes[0].get_xticklabels()] == ["Jordan intake", "Now"]


def test_save_png_and_svg_through_the_buttons(
    qtbot,
    demo_document: MapDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    dock = show_dock(qtbot, demo_document)
    asked: list[tuple[Path, str]] = []

    def ask(cls: type, parent: object, suggested: Path, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return tmp_path / f"chart-{fmt}"  # no extension: the format's is added

    monkeypatch.setattr(ChartsDock, "ask_save_path", classmethod(ask))
    page = dock.current_page()
    assert page is not None
    with qtbot.waitSignal(dock.saved) as png_saved:
        qtbot.mouseClick(page.save_png, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dock.saved) as svg_saved:
        qtbot.mouseClick(page.save_svg, Qt.MouseButton.LeftButton)
    assert [fmt for _, fmt in asked] == ["png", "svg"]
    assert asked[0][0].name.endswith("Help by kind.png")
    png, svg = png_saved.args[0], svg_saved.args[0]
    assert png == tmp_path / "chart-png.png" and svg == tmp_path / "chart-svg.svg"
    image = QImage(str(png))
    assert not image.isNull() and distinct_colours(image, step=5) > 50
    assert ElementTree.parse(svg).getroot().tag.endswith("svg")


def test_cancelled_save_writes_nothing(
    qtbot,
    shown_dock: ChartsDock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(ChartsDock, "ask_save_path", classmethod(lambda cls, *a: None))
    assert shown_dock.save_chart("coverage", "png") is None


def test_failed_save_tells_the_user_in_one_line(
    shown_dock: ChartsDock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        ChartsDock, "ask_save_path", classmethod(lambda cls, *a: tmp_path / "gone" / "c.png")
    )
    monkeypatch.setattr(ChartsDock, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    assert shown_dock.save_chart("balance", "png") is None
    assert len(errors) == 1 and "\n" not in errors[0]
    assert "folder does not exist" in errors[0]


def test_closing_the_map_shows_the_message_again(
    qtbot, shown_dock: ChartsDock, document: MapDocument
) -> None:  # type: ignore[no-untyped-def]
    document.add_person("Sam", safety=Safety.SAFE)
    with qtbot.waitSignal(shown_dock.refreshed):
        document.close_map()
    assert shown_dock.current_page().canvas.figure.axes == []  # type: ignore[union-attr]

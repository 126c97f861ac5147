"""Pictures of the map: PNG at 2×, SVG and PDF that open, are not blank, and are atomic."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem, QWidget

from supportmap.gui.canvas.picture_export import ExportPictureAction, export_picture
from supportmap.gui.canvas.view import MapView
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.reports.export import ExportError
from tests.gui.images import distinct_colours


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for pictures (the library's files live in tmp_path)."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    return folder


@pytest.fixture
def view(qtbot, demo_document: MapDocument) -> MapView:  # type: ignore[no-untyped-def]
    shown = MapView(demo_document, SelectionState())
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_png_is_twice_the_map_and_not_blank(view: MapView, tmp_path: Path) -> None:
    scene = view.scene()
    path = tmp_path / "map.png"
    export_picture(scene, path, legend=False)
    image = QImage(str(path))
    assert not image.isNull()
    rect = scene.map_rect()  # type: ignore[attr-defined]
    assert abs(image.width() - 2 * rect.width()) <= 2
    assert abs(image.height() - 2 * rect.height()) <= 2
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    assert distinct_colours(image) > 100


def test_legend_adds_a_strip_below_the_map(view: MapView, tmp_path: Path) -> None:
    export_picture(view.scene(), tmp_path / "plain.png", legend=False)
    export_picture(view.scene(), tmp_path / "legend.png")
    plain, with_legend = QImage(str(tmp_path / "plain.png")), QImage(str(tmp_path / "legend.png"))
    assert with_legend.width() == plain.width()
    assert with_legend.height() > plain.height() + 100
    strip = with_legend.copy(
        0, plain.height(), with_legend.width(), with_legend.height() - plain.height()
    )
    assert distinct_colours(strip, step=2) > 30, "the legend draws the safety styles and badges"


def test_svg_is_vector_and_names_the_people(view: MapView, tmp_path: Path) -> None:
    path = tmp_path / "map.svg"
    export_picture(view.scene(), path)
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert not [e for e in root.iter() if e.tag.endswith("image")], "no raster inside"
    texts = " ".join(e.text or "" for e in root.iter() if e.tag.endswith("text"))
    assert "Robin" in texts and "Jamie" in texts
    assert "Strings attached" in texts, "the legend is part of the picture"
    shapes = ("path", "circle", "ellipse", "polyline", "polygon", "line")
    drawn = [e for e in root.iter() if e.tag.split("}")[-1] in shapes]
    assert len(drawn) > 80, "rings, nodes, badges and lines are drawn as shapes"


def test_pdf_opens_and_has_drawing(view: MapView, tmp_path: Path) -> None:
    path = tmp_path / "map.pdf"
    export_picture(view.scene(), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    width, height = float(box.group(1)), float(box.group(2))
    rect = view.scene().map_rect()  # type: ignore[attr-defined]
    assert width == pytest.approx(rect.width() * 0.75, abs=2)
    assert height > rect.height() * 0.75  # the legend below the map
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    content = b"".join(_inflate(s) for s in streams)
    assert len(re.findall(rb"\s(l|c|re)\s", content)) > 200, "paths of rings, nodes and lines"
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "50",
                "-f",
                "1",
                "-l",
                "1",
                str(path),
                str(tmp_path / "page"),
            ],
            check=True,
            timeout=60,
        )
        page = QImage(str(next(tmp_path.glob("page*.png"))))
        assert distinct_colours(page) > 50


def _inflate(stream: bytes) -> bytes:
    try:
        return zlib.decompress(stream)
    except zlib.error:
        return stream


def test_unknown_format_is_refused_clearly(view: MapView, out: Path) -> None:
    with pytest.raises(ExportError, match=r"choose a name ending in \.png, \.svg or \.pdf"):
        export_picture(view.scene(), out / "map.gif")
    assert list(out.iterdir()) == []


def test_failed_write_keeps_the_old_picture(
    view: MapView, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "map.png"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="no permission"):
        export_picture(view.scene(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["map.png"]


def test_export_leaves_item_caching_as_it_was(view: MapView, tmp_path: Path) -> None:
    before = {id(i): i.cacheMode() for i in view.scene().items()}
    assert QGraphicsItem.CacheMode.DeviceCoordinateCache in before.values()
    export_picture(view.scene(), tmp_path / "map.svg")
    assert {id(i): i.cacheMode() for i in view.scene().items()} == before


def test_file_menu_action_exports_where_the_user_chose(
    qtbot,
    view: MapView,
    demo_document: MapDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = ExportPictureAction(view, demo_document, window)
    suggested: list[Path] = []

    def ask(cls: type, parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return tmp_path / "robin.pdf"

    monkeypatch.setattr(ExportPictureAction, "ask_save_path", classmethod(ask))
    with qtbot.waitSignal(action.exported) as exported:
        action.trigger()
    assert exported.args == [tmp_path / "robin.pdf"]
    assert (tmp_path / "robin.pdf").read_bytes().startswith(b"%PDF")
    assert suggested[0].suffix == ".png" and "Robin" in suggested[0].name


def test_action_reports_failures_in_one_line(
    qtbot,
    view: MapView,
    demo_document: MapDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = ExportPictureAction(view, demo_document, window)
    errors: list[str] = []
    monkeypatch.setattr(
        ExportPictureAction,
        "ask_save_path",
        classmethod(lambda cls, p, s: tmp_path / "no" / "m.svg"),
    )
    monkeypatch.setattr(
        ExportPictureAction, "show_error", classmethod(lambda cls, p, m: errors.append(m))
    )
    assert action.export() is None
    assert len(errors) == 1 and "folder does not exist" in errors[0] and "\n" not in errors[0]


def test_action_is_disabled_without_a_map(qtbot, view: MapView, demo_document: MapDocument) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    action = ExportPictureAction(view, demo_document, window)
    assert action.isEnabled()
    demo_document.close_map()
    assert not action.isEnabled()


def test_legend_wraps_under_a_narrow_map(qapp: object) -> None:
    from supportmap.gui.canvas.picture_legend import PADDING, Legend
    from supportmap.gui.canvas.theme import theme_for

    wide, narrow = Legend(theme_for(False), 2400.0), Legend(theme_for(False), 520.0)
    assert narrow.height > wide.height
    image = QImage(520, round(narrow.height), QImage.Format.Format_ARGB32)
    image.fill(theme_for(False).background)
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    narrow.paint(painter)
    painter.end()
    margin = round(PADDING) - 1  # below the rule at the top, right of the text column
    right_edge = image.copy(520 - margin, 4, margin, image.height() - 4)
    assert distinct_colours(right_edge, step=1) <= 2, "nothing drawn past the right margin"


def test_file_menu_names_export_in_sentence_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    labels = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert "Export picture…" in labels
    for label in labels:
        assert label[1:] == label[1:].lower(), f"“{label}” is in sentence case"


def test_the_next_export_starts_in_the_folder_of_the_last(
    qtbot,
    window,
    settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    chosen = tmp_path / "for the session"
    chosen.mkdir()
    suggested: list[Path] = []

    def ask(cls: type, parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return chosen / "robin.svg"

    monkeypatch.setattr(ExportPictureAction, "ask_save_path", classmethod(ask))
    window.file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.file_menu.isVisible)
    with qtbot.waitSignal(window.export_picture_action.exported):
        qtbot.keyClick(window.file_menu, Qt.Key.Key_P)  # the menu item's mnemonic
    assert suggested[0].parent == Path.home()
    assert (chosen / "robin.svg").exists()

    # A later export, in a window opened again on the same settings, starts in that folder.
    settings.sync()
    again = ExportPictureAction(window.view, window.document, window, settings)
    with qtbot.waitSignal(again.exported):
        again.trigger()
    assert suggested[1].parent == chosen

    # A folder that has gone away is not suggested.
    (chosen / "robin.svg").unlink()
    chosen.rmdir()
    monkeypatch.setattr(
        ExportPictureAction, "ask_save_path", classmethod(lambda c, p, s: suggested.append(s))
    )
    again.trigger()
    assert suggested[2].parent == Path.home()

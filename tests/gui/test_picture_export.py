"""Pictures of the map: PNG at 2×, SVG and PDF that open, are not blank, and are atomic."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
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
    shown = MapView(demo_document, SelectionState(demo_document))
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def action(qtbot, view: MapView, demo_document: MapDocument) -> Iterator[ExportPictureAction]:  # type: ignore[no-untyped-def]
    """The File menu's picture export, in a window of its own, on the demo map."""
    window = QWidget()
    qtbot.addWidget(window)
    yield ExportPictureAction(view, demo_document, window)  # the window lives until teardown


def test_png_is_twice_the_map_and_not_blank(view: MapView, tmp_path: Path) -> None:
    scene = view.scene()
    path = tmp_path / "map.png"
    export_picture(scene, path, legend=False)
    image = QImage(str(path))
    assert not image.isNull()
    rect = scene.map_rect()  # type: ignore[attr-defined]
    assert abs(image.width() - 2 * rect.width()) <= 2
    # The map and, above it, a header with the title and the date.
    assert 2 * (rect.height() + 30) <= image.height() <= 2 * (rect.height() + 120)
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
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
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
    action: ExportPictureAction,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
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
    action: ExportPictureAction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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


def test_action_is_disabled_without_a_map(
    action: ExportPictureAction, demo_document: MapDocument
) -> None:
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
        words = label[1:].replace("PDF", "pdf")  # an abbreviation keeps its capitals
        assert words == words.lower(), f"“{label}” is in sentence case"


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
        qtbot.keyClick(window.file_menu, Qt.Key.Key_C)  # the menu item's mnemonic
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


@pytest.fixture
def fixed_day(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from supportmap.gui.canvas import picture_export

    day = QDate(2026, 3, 14)
    monkeypatch.setattr(picture_export, "today", lambda: day)
    return day


@pytest.fixture
def demo_window(window, library):  # type: ignore[no-untyped-def]
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    demo = read_document(demo_path())
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    return window


def _export_to(monkeypatch: pytest.MonkeyPatch, action: ExportPictureAction, path: Path) -> None:
    monkeypatch.setattr(ExportPictureAction, "ask_save_path", classmethod(lambda c, p, s: path))
    action.trigger()
    assert path.exists()


def test_a_picture_is_drawn_for_paper_not_copied_from_the_screen(
    qtbot,
    demo_window,
    fixed_day,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    from supportmap.gui.canvas.theme import theme_for

    action = demo_window.export_picture_action
    _export_to(monkeypatch, action, tmp_path / "plain.png")

    view, scene = demo_window.view, demo_window.view.map_scene
    scene.set_dark(True)  # the desktop has turned dark
    kit = next(i for i in scene.person_items() if i.person.name == "Kit")
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(kit.scenePos())
    )
    qtbot.waitUntil(lambda: demo_window.selection.ids() == (kit.person_id,))
    findings = demo_window.insight.dock.panel.list
    demo_window.insight.dock.raise_()
    rows = [findings.model().index(r, 0) for r in range(findings.model().rowCount())]
    finding = next(i for i in rows if i.flags() & Qt.ItemFlag.ItemIsSelectable)
    qtbot.mouseClick(
        findings.viewport(), Qt.MouseButton.LeftButton, pos=findings.visualRect(finding).center()
    )
    qtbot.waitUntil(lambda: any(scene.is_faded(i.person_id) for i in scene.person_items()))

    _export_to(monkeypatch, action, tmp_path / "marked.png")
    plain, marked = QImage(str(tmp_path / "plain.png")), QImage(str(tmp_path / "marked.png"))
    assert marked == plain, "no selection, highlight, fading or dark background on paper"
    assert QColor(marked.pixel(3, 3)) == theme_for(False).background
    # The screen itself keeps what the person chose.
    assert scene.theme.dark and any(scene.is_faded(i.person_id) for i in scene.person_items())


def test_a_picture_carries_the_title_and_the_date(demo_window, fixed_day, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    path = tmp_path / "map.svg"
    export_picture(demo_window.view.scene(), path)
    root = ElementTree.parse(path).getroot()
    texts = [e.text or "" for e in root.iter() if e.tag.endswith("text")]
    title = demo_window.document.require_map().title
    assert title and any(title in t for t in texts)
    assert QLocale().toString(fixed_day, QLocale.FormatType.LongFormat) in texts


def test_a_map_without_a_title_is_named_for_its_person(
    window,
    library,
    fixed_day,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_map(library.create_map("Sam"))
    path = tmp_path / "map.svg"
    export_picture(window.view.scene(), path)
    texts = [e.text or "" for e in ElementTree.parse(path).getroot().iter()]
    assert "Map for Sam" in texts


PAPER_POINTS = {"letter": (612.0, 792.0), "a4": (595.0, 842.0)}


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [("en_US", "letter"), ("en_CA", "letter"), ("en_GB", "a4"), ("de_DE", "a4")],
)
def test_a_pdf_picture_is_one_page_of_the_paper_used_there(
    demo_window,
    fixed_day,
    tmp_path: Path,
    locale_name: str,
    paper: str,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        path = tmp_path / "map.pdf"
        export_picture(demo_window.view.scene(), path)
        date = QLocale().toString(fixed_day, QLocale.FormatType.LongFormat)
    finally:
        QLocale.setDefault(before)
    data = path.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    size = sorted((float(box.group(1)), float(box.group(2))))
    assert size == pytest.approx(list(PAPER_POINTS[paper]), abs=1.5)
    if shutil.which("pdftotext"):  # Debian's poppler-utils: read the page as a person would
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        assert demo_window.document.require_map().title in text
        assert date in text

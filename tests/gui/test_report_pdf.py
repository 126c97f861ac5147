"""The client and clinician reports as PDF files: read back with a real PDF reader.

pypdf (pure Python, in the test extra) extracts each page's text as a reader's tools would, and
shows the page sizes and the font dictionaries, so the privacy rules, the page numbers, the
date, the paper and the embedded fonts are checked on the file itself.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale

from supportmap.atomic import SaveError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType
from supportmap.gui.canvas import picture_export
from supportmap.gui.documents.page_layout import Pages
from supportmap.gui.documents.report_file import map_scene, report_for, write_report_file
from supportmap.reports.report_content import Audience, Heading, Paragraph, Report, Table
from supportmap.samples import demo_path
from supportmap.storage.fileformat import Document, read_document
from tests.maps import make_map, make_person

DAY = QDate(2026, 3, 14)
JARGON = ("articulation", "constraint", "effective size", "density", "component", "burt")
PAPER_POINTS = {"letter": (612.0, 792.0), "a4": (595.0, 842.0)}


@pytest.fixture
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> QDate:
    monkeypatch.setattr(picture_export, "today", lambda: DAY)
    return DAY


@pytest.fixture
def british(qapp: object) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield QLocale()
    QLocale.setDefault(before)


@pytest.fixture
def demo() -> Document:
    return read_document(demo_path())


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def one_line(text: str) -> str:
    """Text with every line break and run of spaces made one space, as a sentence reads."""
    return " ".join(text.split())


@pytest.fixture
def demo_reports(
    qapp: object, demo: Document, fixed_day: QDate, british: QLocale, tmp_path: Path
) -> dict[Audience, Path]:
    paths = {}
    for audience in Audience:
        path = tmp_path / f"{audience}.pdf"
        write_report_file(path, demo.map, demo.snapshots, audience)
        paths[audience] = path
    return paths


def test_the_client_report_keeps_private_things_out(
    demo: Document, demo_reports: dict[Audience, Path]
) -> None:
    client = one_line(" ".join(pages_text(demo_reports[Audience.CLIENT])))
    for note in demo.map.notes:
        assert one_line(note.text) not in client
    for person in demo.map.people.values():
        if person.notes:
            assert one_line(person.notes) not in client, person.name
    lowered = client.lower()
    for word in JARGON:
        assert word not in lowered
    assert "What is there for you" in client
    assert "Since Session 3" in client
    assert "Say yes next time Agnieszka offers to take in a parcel" in client
    assert "SupportMap is not an emergency service." in client


def test_the_clinician_report_holds_every_note_labelled(
    demo: Document, demo_reports: dict[Audience, Path]
) -> None:
    clinician = one_line(" ".join(pages_text(demo_reports[Audience.CLINICIAN])))
    private = next(note for note in demo.map.notes if note.private)
    assert f"Private: {one_line(private.text)}" in clinician
    for person in demo.map.people.values():
        if person.notes:
            assert one_line(person.notes) in clinician, person.name
    for name in ("articulation points", "constraint (Burt)", "effective size (Burt)", "density"):
        assert name in clinician
    assert "What-if ranking" in clinician
    assert "Session 1" in clinician and "Session 3" in clinician


def test_every_page_has_its_number_and_the_date(demo_reports: dict[Audience, Path]) -> None:
    date = QLocale("en_GB").toString(DAY, QLocale.FormatType.LongFormat)
    for path in demo_reports.values():
        texts = pages_text(path)
        assert len(texts) >= 2
        for number, text in enumerate(map(one_line, texts), start=1):
            assert f"Page {number} of {len(texts)}" in text
            assert date in text
    client = len(PdfReader(demo_reports[Audience.CLIENT]).pages)
    assert len(PdfReader(demo_reports[Audience.CLINICIAN]).pages) > client


def test_fonts_are_embedded_and_the_title_is_the_documents(
    demo: Document, demo_reports: dict[Audience, Path]
) -> None:
    reader = PdfReader(demo_reports[Audience.CLIENT])
    assert reader.metadata is not None and reader.metadata.title == demo.map.title
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for reference in fonts.get_object().values():
            font = reference.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
            seen += 1
    assert seen


@pytest.mark.parametrize(
    ("locale_name", "paper"), [("en_US", "letter"), ("en_GB", "a4"), ("de_DE", "a4")]
)
def test_the_paper_is_the_one_used_where_the_reader_lives(
    qapp: object, demo: Document, tmp_path: Path, locale_name: str, paper: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        path = tmp_path / "report.pdf"
        write_report_file(path, demo.map, demo.snapshots, Audience.CLIENT)
    finally:
        QLocale.setDefault(before)
    for page in PdfReader(path).pages:
        size = [float(page.mediabox.width), float(page.mediabox.height)]
        assert size == pytest.approx(list(PAPER_POINTS[paper]), abs=1.5)


@pytest.mark.parametrize("audience", list(Audience))
def test_an_empty_map_gives_a_warm_short_report(
    qapp: object, fixed_day: QDate, tmp_path: Path, audience: Audience
) -> None:
    path = tmp_path / "empty.pdf"
    write_report_file(path, SupportMap("Alex"), (), audience)
    texts = pages_text(path)
    assert len(texts) <= 2
    words = one_line(" ".join(texts))
    assert "Your map is empty so far, and that is a fine place to start." in words
    assert "SupportMap is not an emergency service." in words


def test_a_one_person_map_gives_a_warm_short_report(
    qapp: object, fixed_day: QDate, tmp_path: Path
) -> None:
    one = make_map([make_person("sam", support={HelpType.EMOTIONAL: (1, 0)})], focus="Alex")
    path = tmp_path / "one.pdf"
    write_report_file(path, one, (), Audience.CLIENT)
    words = one_line(" ".join(pages_text(path)))
    assert "A small map is a good start." in words
    assert len(PdfReader(path).pages) <= 2


def test_the_file_is_private_to_its_owner(qapp: object, demo: Document, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_report_file(path, demo.map, demo.snapshots, Audience.CLIENT)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_leaves_no_partial_file(
    qapp: object, demo: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError, match="the disk is full; free some space and try again"):
        write_report_file(tmp_path / "report.pdf", demo.map, demo.snapshots, Audience.CLIENT)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_a_clear_message(
    qapp: object, demo: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o500)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        # As the folder refuses anyone but root; the tests may run as root, who may write.
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    try:
        with pytest.raises(SaveError, match="no permission to write there; choose another folder"):
            write_report_file(folder / "report.pdf", demo.map, demo.snapshots, Audience.CLIENT)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


# --- page breaks --------------------------------------------------------------------------


def paginate(qapp: object, blocks: tuple[object, ...]) -> tuple[Pages, list[list[object]]]:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter

    from supportmap.gui.documents.pdf import PDF_DPI, _page_layout

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout(QPageSize.PageSizeId.A4))
    with map_scene(SupportMap("Alex")) as scene:
        pages = Pages(writer, scene)
        laid_out = pages.paginate(blocks)  # type: ignore[arg-type]
    return pages, laid_out  # type: ignore[return-value]


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(qapp: object) -> None:
    sentence = "Someone you could ask for a lift, or for an hour of company on a hard day. " * 3
    blocks: list[object] = []
    for section in range(30):
        blocks += [
            Heading(f"Section {section}"),
            Paragraph(sentence, with_next=True),  # as a finding's detail and its small step
            Paragraph(sentence, lead="One small step:"),
        ]
    pages, laid_out = paginate(qapp, tuple(blocks))
    assert len(laid_out) > 2
    for page in laid_out[:-1]:
        assert not page[-1].piece.keep_with_next, (
            "a page ends on a heading, a lone line or a detail"
        )
        for placed in page:
            assert placed.y + placed.piece.height <= pages.height + 0.01


def test_a_long_table_repeats_its_header_and_never_splits_a_row(qapp: object) -> None:
    rows = tuple((str(i), f"Person {i}", "Emotional, Crisis", "–") for i in range(120))
    table = Table(("#", "Person", "Last safe source of", "Would cut off"), rows, (1, 3, 3, 3))
    pages, laid_out = paginate(qapp, (Heading("What-if ranking"), table))
    assert len(laid_out) >= 3
    header = laid_out[0][1].piece
    for page in laid_out:
        for placed in page:
            assert placed.y + placed.piece.height <= pages.height + 0.01, "a row runs off"
    for page in laid_out[1:]:
        assert page[0].piece is header, "the header row starts each continued page"


def test_the_report_of_an_open_map_uses_the_readers_dates(
    qapp: object, fixed_day: QDate, british: QLocale, demo: Document
) -> None:
    report: Report = report_for(demo.map, demo.snapshots, Audience.CLINICIAN)
    assert report.date_text == "Saturday, 14 March 2026"
    assert "17/09/2026" in report.text(), "a snapshot's date in the reader's short form"


def test_the_map_looks_the_same_on_a_printer_of_any_resolution(qapp: object) -> None:
    """Names are sized in points: drawn straight onto a 1200 dpi printer they would be four
    times too big for the rings. Painted at 96 and at 288 dpi and brought to one size, the two
    pictures must agree."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    def painted(dpi: int) -> QImage:
        side = 4 * dpi  # four inches either way
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        with map_scene(read_document(demo_path()).map) as scene:
            picture_export.paint_map(painter, QRectF(0, 0, side, side), scene)
        painter.end()
        return image.scaled(384, 384, mode=Qt.TransformationMode.SmoothTransformation)

    screen, fine = painted(96), painted(288)
    differing = sum(
        1
        for y in range(0, 384, 2)
        for x in range(0, 384, 2)
        if abs(QColor(screen.pixel(x, y)).lightness() - QColor(fine.pixel(x, y)).lightness()) > 60
    )
    assert differing / (192 * 192) < 0.005, differing

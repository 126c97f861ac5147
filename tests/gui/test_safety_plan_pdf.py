"""The safety plan as a PDF file, read back with a real PDF reader (pypdf).

Checked on the file itself: the steps and the people a reader sees, that nobody unsafe or
draining and no person's notes appear, one page or two at most however full the plan is, the
page number and the date on every page, the paper, and the file's privacy.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QDate, QIODevice, QLocale
from PySide6.QtGui import QPageSize, QPdfWriter

from supportmap.atomic import SaveError
from supportmap.core.model import PLAN_LIST_MAX, PLAN_TEXT_MAX, CrisisLine, SafetyPlan
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType, Safety
from supportmap.gui.canvas import picture_export
from supportmap.gui.documents.pdf import _page_layout
from supportmap.gui.documents.plan_file import PLAN_DPI, fitted, plan_pdf, write_plan_file
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person
from tests.plan_maps import full_plan_map, guarded_plan_map, long_text
from tests.text_strategies import free_text

DAY = QDate(2026, 3, 14)
PAPER_POINTS = {"letter": (612.0, 792.0), "a4": (595.0, 842.0)}
STEP_TITLES = (
    "Warning signs that a hard time may be coming",
    "Things I can do on my own to feel a little better",
    "People and places that take my mind off things",
    "People I can ask for help",
    "Professionals and services I can contact in a crisis",
    "Making my surroundings safer",
    "What matters most to me",
)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> QDate:
    monkeypatch.setattr(picture_export, "today", lambda: DAY)
    return DAY


@pytest.fixture
def british(qapp: object) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield QLocale()
    QLocale.setDefault(before)


def pages_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def written(tmp_path: Path, support_map: SupportMap, name: str = "plan.pdf") -> Path:
    path = tmp_path / name
    write_plan_file(path, support_map)
    return path


def test_the_demo_plan_has_its_steps_and_people_and_nobody_else(
    qapp: object, british: QLocale, tmp_path: Path
) -> None:
    demo = read_document(demo_path()).map
    path = written(tmp_path, demo)
    texts = pages_text(path)
    assert len(texts) == 1, "the demo's plan fits one page"
    words = texts[0]
    assert words.startswith("My safety plan Robin · Saturday, 14 March 2026")
    assert "SupportMap is not an emergency service." in words
    at = [words.index(title) for title in STEP_TITLES]
    assert at == sorted(at), "the steps in their order"
    step_3 = words[at[2] : at[3]]
    step_4 = words[at[3] : at[4]]
    step_5 = words[at[4] : at[5]]
    # By hand from the sample (see tests/reports/test_safety_plan_content.py for why).
    assert [n for n in ("Theo", "Jamie", "Marco", "Kit", "Dana") if n in step_3] == [
        "Theo",
        "Jamie",
        "Marco",
        "Kit",
    ]
    assert step_4.index("Jamie") < step_4.index("Theo") < step_4.index("Dana")
    assert step_4.index("Dana") < step_4.index("Kit")
    assert "Ruth Adeyemi" in step_5 and "Dr Brandt" in step_5
    assert "Local emergency numbers and crisis lines exist wherever you are." in step_5
    for person in demo.people.values():
        if person.safety in (Safety.UNSAFE, Safety.DRAINING):
            assert person.name not in words, person.name
        if person.notes:
            assert " ".join(person.notes.split()) not in words, person.name
    for absent in ("Helen", "Agnieszka", "Sol", "Lena"):
        assert absent not in words
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("locale_name", ["en_US", "en_GB"])
def test_the_demo_and_an_empty_plan_fit_one_page_on_letter_and_a4(
    qapp: object, tmp_path: Path, locale_name: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        for name, plan_map in (
            ("demo", read_document(demo_path()).map),
            ("empty", SupportMap("Alex")),
        ):
            assert len(PdfReader(written(tmp_path, plan_map, f"{name}.pdf")).pages) == 1, name
    finally:
        QLocale.setDefault(before)


def test_every_page_has_its_number_and_the_date(
    qapp: object, british: QLocale, tmp_path: Path
) -> None:
    texts = pages_text(written(tmp_path, full_plan_map()))
    assert len(texts) == 2
    for number, words in enumerate(texts, start=1):
        assert f"Page {number} of 2" in words
        assert "Saturday, 14 March 2026" in words


@pytest.mark.parametrize(("locale_name", "paper"), [("en_US", "letter"), ("en_GB", "a4")])
def test_a_full_plan_fits_two_pages_and_keeps_every_entry(
    qapp: object, tmp_path: Path, locale_name: str, paper: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        path = written(tmp_path, full_plan_map())
    finally:
        QLocale.setDefault(before)
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    for page in reader.pages:
        size = [float(page.mediabox.width), float(page.mediabox.height)]
        assert size == pytest.approx(list(PAPER_POINTS[paper]), abs=1.5)
    words = "".join(" ".join(page.extract_text().split()) for page in reader.pages)
    squeezed = words.replace(" ", "")
    for label in ("Sign 19:", "Coping 19:", "Place 19:", "Safer 19:", "Line 19", "Number 19"):
        assert label.replace(" ", "") in squeezed, label
    assert "Whatmatters:andafew" in squeezed
    for kind in ("Company", "Listener", "Service"):
        assert f"{kind}19" in squeezed, kind


def test_a_plan_of_usual_length_keeps_its_entries_listed_in_readable_type(qapp: object) -> None:
    plan_map = make_map(
        [make_person(f"p{i}", support={HelpType.EMOTIONAL: (2, 1)}) for i in range(5)],
        safety_plan=SafetyPlan(
            warning_signs=tuple(long_text(f"Sign {i}", 120) for i in range(5)),
            coping=tuple(long_text(f"Coping {i}", 120) for i in range(5)),
            safer_surroundings=tuple(long_text(f"Safer {i}", 120) for i in range(5)),
        ),
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PLAN_DPI)
    writer.setPageLayout(_page_layout(QPageSize.PageSizeId.A4))
    chosen = fitted(plan_map, writer)
    plan, scale = chosen.plan, chosen.scale
    assert "  •  " not in plan.text(), "entries stay one under the other"
    assert scale >= 0.8, "type no smaller than about 8.5 points"


def test_no_unsafe_or_draining_name_even_when_the_plan_lists_them(
    qapp: object, tmp_path: Path
) -> None:
    words = " ".join(pages_text(written(tmp_path, guarded_plan_map())))
    for name in ("Quinn", "Lee", "Dr Xu"):
        assert name not in words
    assert "Sam" in words and "Dr Ode surgery" in words and "Night line 0800 000 000" in words


@pytest.mark.parametrize("people", [0, 1])
def test_an_empty_or_one_person_map_gives_a_warm_one_page_plan(
    qapp: object, tmp_path: Path, people: int
) -> None:
    plan_map = make_map(
        [make_person("sam", name="Sam", support={HelpType.COMPANIONSHIP: (1, 0)})][:people],
        focus="Alex",
    )
    texts = pages_text(written(tmp_path, plan_map))
    assert len(texts) == 1
    assert "Local emergency numbers and crisis lines exist wherever you are." in texts[0]
    assert all(title in texts[0] for title in STEP_TITLES)
    assert ("Sam" in texts[0]) == bool(people)


def test_fonts_are_embedded_and_the_title_is_the_documents(qapp: object, tmp_path: Path) -> None:
    reader = PdfReader(written(tmp_path, SupportMap("Alex")))
    assert reader.metadata is not None and reader.metadata.title == "My safety plan"
    fonts = reader.pages[0]["/Resources"].get_object()["/Font"].get_object()
    for reference in fonts.values():
        font = reference.get_object()
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_a_target_that_cannot_be_written_is_a_clear_message_and_leaves_nothing(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SaveError, match="the folder does not exist"):
        write_plan_file(tmp_path / "gone" / "plan.pdf", SupportMap("Alex"))

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError, match="the disk is full"):
        write_plan_file(tmp_path / "plan.pdf", SupportMap("Alex"))
    assert list(tmp_path.iterdir()) == []


def test_a_full_plan_printed_on_a_fine_printer_also_takes_two_pages(
    qapp: object, british: QLocale, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from supportmap.gui.documents.pdf import prepare_printer_page
    from supportmap.gui.documents.plan_file import render_plan

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer_page(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert render_plan(full_plan_map(), printer) == 2
    assert len(PdfReader(printed).pages) == 2


@st.composite
def planned_maps(draw: st.DrawFn) -> SupportMap:
    """A map with people of every safety and a plan of any length: lists of up to 20 texts of
    up to 280 characters of any script, and chosen people lists that may name anyone."""
    support_map = draw(support_maps(max_people=12))
    ids = list(support_map.people)

    def texts() -> tuple[str, ...]:
        return tuple(draw(st.lists(free_text(PLAN_TEXT_MAX), max_size=PLAN_LIST_MAX)))

    def chosen() -> tuple[str, ...] | None:
        if not ids or draw(st.booleans()):
            return None
        return tuple(draw(st.lists(st.sampled_from(ids), max_size=PLAN_LIST_MAX, unique=True)))

    lines = draw(
        st.lists(
            st.builds(CrisisLine, free_text(PLAN_TEXT_MAX), free_text(PLAN_TEXT_MAX)),
            max_size=PLAN_LIST_MAX,
        )
    )
    plan = SafetyPlan(
        warning_signs=texts(),
        coping=texts(),
        distraction_places=texts(),
        distraction_people=chosen(),
        people_to_ask=chosen(),
        professionals=chosen(),
        crisis_lines=tuple(lines),
        safer_surroundings=texts(),
        what_matters=draw(free_text(PLAN_TEXT_MAX)),
    )
    return SupportMap.build(
        support_map.focus_name,
        support_map.title,
        support_map.people.values(),
        support_map.ties.values(),
        safety_plan=plan,
    )


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_map=planned_maps())
def test_any_plan_takes_one_page_or_two(qapp: object, plan_map: SupportMap) -> None:
    reader = PdfReader(io.BytesIO(plan_pdf(plan_map, QPageSize.PageSizeId.Letter)))
    assert 1 <= len(reader.pages) <= 2


def test_a_run_in_plan_fills_two_columns_within_the_page(qapp: object, british: QLocale) -> None:
    from supportmap.gui.documents.page_layout import Pages

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PLAN_DPI)
    writer.setPageLayout(_page_layout(QPageSize.PageSizeId.A4))
    chosen = fitted(full_plan_map(), writer)
    assert chosen.columns == 2 and "  •  " in chosen.plan.text()
    pages = Pages(writer, None, chosen.scale, chosen.columns)
    laid_out = pages.paginate(chosen.plan.blocks)
    assert len(laid_out) == 2
    right = pages.page_width - pages.width
    assert pages.width < pages.page_width / 2
    for page in laid_out:
        assert sorted({round(placed.x, 3) for placed in page}) == [0.0, round(right, 3)]
        for placed in page:
            assert placed.y + placed.piece.height <= pages.height + 0.01

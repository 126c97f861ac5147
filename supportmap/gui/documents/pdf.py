"""Lay out a report (`supportmap.reports.report_content`) on pages: as a PDF file, or on paper.

Why Qt's own writer, and laid out by hand:

* **One toolkit, one renderer.** The map in a report must be drawn by the same scene code as
  the screen (DESIGN §9); only a Qt paint device can take that drawing as vectors. `QPdfWriter`
  and `QPrinter` are both `QPagedPaintDevice`s, so the PDF and File → Print… run the very same
  code, and no PDF library joins the dependencies.
* **Real text, fonts embedded.** Qt's PDF engine writes text as text, with a subset of each font
  embedded (TrueType, ``FontFile2``), so every word can be selected, searched and read aloud.
* **Our own page breaks.** Laying the report out as one `QTextDocument` would leave the page
  breaks to Qt, which happily ends a page on a heading and cuts a table row in two. Instead
  `supportmap.gui.documents.page_layout` shapes each paragraph into lines and places headings,
  lines, table rows, the notice and the map page by page: no heading or single line is left at
  the foot of a page, no table row is split, and a table's header row is repeated on every page
  it continues on. Knowing every page before painting also gives "Page 2 of 3" and the date on
  every page.
* **Headings.** Qt's writer has no outline (bookmarks) or tagged-PDF API, so headings cannot
  become PDF structure; they are set as headings in size and weight, in reading order, and the
  report's title is the document title in the PDF's metadata, which readers show and announce.

Paper is A4 or Letter, as is usual where the reader lives (`page_size_for`). The safety plan
(`supportmap.gui.documents.plan_file`) goes through the same writer and layout, without a map.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsScene

from supportmap.gui.canvas.picture_export import page_size_for
from supportmap.gui.documents.page_layout import Pages
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text
from supportmap.reports.report_content import PagedDocument, Report

MARGIN_MM = 18.0
PDF_DPI = 96
"""Device units per inch of the PDF: the screen's, which the canvas and its fonts are drawn in.
The output is vector, so this sets the units, not the sharpness."""


def report_pdf(
    report: Report, scene: QGraphicsScene, paper: QPageSize.PageSizeId | None = None
) -> bytes:
    """The complete PDF file of ``report``, the map drawn from ``scene``.

    Args:
        report: what to say, in order.
        scene: a map scene ready for paper (see `picture_export.printable`).
        paper: A4 or Letter; by the reader's locale when not given.
    """
    return pdf_bytes(report.title, lambda writer: render(report, writer, scene), paper)


def pdf_bytes(
    title: str,
    paint: Callable[[QPdfWriter], object],
    paper: QPageSize.PageSizeId | None = None,
    resolution: int = PDF_DPI,
) -> bytes:
    """A complete PDF file titled ``title``, its pages painted by ``paint`` on the writer.

    Args:
        title: the document's title in the PDF's metadata.
        paint: lays the document out and paints it, as `render` does.
        paper: A4 or Letter; by the reader's locale when not given.
        resolution: device units per inch; a document without the map may take a finer one,
            so that small type is measured without rounding to whole units.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("SupportMap")
    writer.setResolution(resolution)
    paper = paper if paper is not None else page_size_for(QLocale())
    writer.setPageLayout(_page_layout(paper))
    paint(writer)
    return bytes(buffer.data().data())


def _page_layout(paper: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(
        QPageSize(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def prepare_printer_page(device: QPagedPaintDevice) -> None:
    """Give a printer the report's paper (by locale) and margins before its dialog shows."""
    device.setPageLayout(_page_layout(page_size_for(QLocale())))


def render(
    report: PagedDocument,
    device: QPagedPaintDevice,
    scene: QGraphicsScene | None,
    scale: float = 1.0,
    columns: int = 1,
) -> int:
    """Paint ``report`` on ``device`` (a PDF writer or a printer), page after page.

    Args:
        report: a report or the safety plan.
        device: the PDF writer or the printer, its page layout set.
        scene: the map for the report's picture; None for a document without one.
        scale: the size of type against the report's (see `Pages`).
        columns: text columns side by side on each page.

    Returns the number of pages.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(text(words.DEVICE_NOT_OPEN))
    try:
        pages = Pages(device, scene, scale, columns)
        laid_out = pages.paginate(report.blocks)
        for number, page in enumerate(laid_out, start=1):
            if number > 1:
                device.newPage()
            for placed in page:
                placed.piece.paint(painter, pages.left + placed.x, pages.top + placed.y)
            pages.paint_footer(painter, report, number, len(laid_out))
    finally:
        painter.end()
    return len(laid_out)

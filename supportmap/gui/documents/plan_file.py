"""The safety plan on paper: as a PDF file or on a printer, from the app or the command line.

The plan is laid out by the reports' own writer and page layout (`supportmap.gui.documents.pdf`),
without a map picture, so no scene is needed. It must fit one page, two at most (DESIGN.md §9),
however much it holds. Every list may hold 20 entries of 280 characters, and cutting any off
would lose what someone wrote when they were able to, so the plan gives way in steps instead:

1. one page, entries one under the other, in type down to `ONE_PAGE_SCALE` of a report's
   (one sheet is the easiest to keep at hand), with two blank lines instead of three under an
   empty step if that is what it takes;
2. two pages, entries one under the other, in type down to `LISTED_SCALE`;
3. two pages with each step's entries running on in one paragraph, parted by bullets, in the
   largest type that fits: short lines no longer waste half their width. The text is then set
   in two columns, as small type is easier to follow in short lines.

A plan written in a session stays in the first two; only a plan near every limit (some 40,000
characters) reaches small type: 4 to 5 points when every list is full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPagedPaintDevice, QPageSize

from supportmap.atomic import atomic_write_bytes
from supportmap.core.supportmap import SupportMap
from supportmap.gui.canvas import picture_export
from supportmap.gui.documents.page_layout import Pages
from supportmap.gui.documents.pdf import pdf_bytes, render
from supportmap.gui.documents.report_file import ensure_application
from supportmap.reports.safety_plan_content import (
    FILL_IN_LINES,
    PlanDocument,
    build_safety_plan,
)

MAX_PAGES = 2
SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.51, 0.47, 0.44, 0.41, 0.38, 0.35)
"""The sizes of type tried, against a report's, largest first."""
ONE_PAGE_SCALE = 0.8
"""Down to this size, a plan that fits one page is set on one page rather than two."""
FEWER_LINES = 2
"""Blank lines under an empty step when three would take the plan to a second page."""
LISTED_SCALE = 0.68
"""Below this size, entries run on in one paragraph per step instead."""
RUN_IN_COLUMNS = 2
"""Columns of a plan whose entries run on: its small type reads more easily in short lines."""
PLAN_DPI = 288
"""Device units per inch of the plan's PDF: fine enough that small type is measured as it
will print (there is no map drawn in screen units to keep at 96)."""


def plan_for(
    support_map: SupportMap, *, run_in: bool = False, fill_in_lines: int = FILL_IN_LINES
) -> PlanDocument:
    """The safety plan of a map as of today, its date written as the reader's locale writes it
    (for the options, see `build_safety_plan`)."""
    date = picture_export.today()
    return build_safety_plan(
        support_map,
        dt.date(date.year(), date.month(), date.day()),
        QLocale().toString(date, QLocale.FormatType.LongFormat),
        run_in=run_in,
        fill_in_lines=fill_in_lines,
    )


@dataclass(frozen=True)
class Fitted:
    """The plan as it is set: its blocks, the size of its type and its columns."""

    plan: PlanDocument
    scale: float
    columns: int = 1


def fitted(support_map: SupportMap, device: QPagedPaintDevice) -> Fitted:
    """The plan as set on ``device``'s pages (see the module's docstring)."""
    attempts: tuple[tuple[dict[str, Any], float, int, int], ...] = (
        ({}, ONE_PAGE_SCALE, 1, 1),
        ({"fill_in_lines": FEWER_LINES}, ONE_PAGE_SCALE, 1, 1),
        ({}, LISTED_SCALE, MAX_PAGES, 1),
        ({"run_in": True}, 0.0, MAX_PAGES, RUN_IN_COLUMNS),
    )
    last: Fitted | None = None
    for options, least, most, columns in attempts:
        plan = plan_for(support_map, **options)
        for scale in SCALES:
            if scale < least:
                break
            last = Fitted(plan, scale, columns)
            if len(Pages(device, None, scale, columns).paginate(plan.blocks)) <= most:
                return last
    assert last is not None
    return last


def render_plan(support_map: SupportMap, device: QPagedPaintDevice) -> int:
    """Paint the map's plan on ``device`` (a PDF writer or a printer); returns the page count."""
    chosen = fitted(support_map, device)
    return render(chosen.plan, device, None, chosen.scale, chosen.columns)


def plan_pdf(support_map: SupportMap, paper: QPageSize.PageSizeId | None = None) -> bytes:
    """The complete PDF file of the map's plan, on A4 or Letter (by the reader's locale if not
    given)."""
    title = plan_for(support_map).title
    paint = lambda writer: render_plan(support_map, writer)  # noqa: E731
    return pdf_bytes(title, paint, paper, PLAN_DPI)


def write_plan_file(path: Path, support_map: SupportMap) -> None:
    """Write the PDF of the map's safety plan to ``path`` atomically, readable by its owner only;
    makes the Qt application it needs when there is none (the command line's way).

    Raises:
        SaveError: the file could not be written; nothing was left behind.
    """
    ensure_application()
    atomic_write_bytes(Path(path), plan_pdf(support_map))

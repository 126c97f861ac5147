"""A report of a map written to a PDF file, with or without a window: the app and the command
line (``supportmap report``) both come here.

The map picture needs a Qt scene, hence a `QApplication`; the command line makes one on the
offscreen platform, so no display is needed and no window ever shows.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QGraphicsScene

from supportmap.atomic import atomic_write_bytes
from supportmap.core import i18n
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.gui.canvas import picture_export
from supportmap.gui.canvas.scene import MapScene
from supportmap.gui.document import MapDocument
from supportmap.gui.documents.pdf import report_pdf
from supportmap.gui.language import apply_language
from supportmap.gui.selection import SelectionState
from supportmap.reports.report_content import Audience, Report, build_report


def short_date(date: dt.date) -> str:
    """A date in a table or a note, in the reader's short form."""
    return QLocale().toString(
        QDate(date.year, date.month, date.day), QLocale.FormatType.ShortFormat
    )


def report_for(
    support_map: SupportMap, snapshots: Sequence[Snapshot], audience: Audience
) -> Report:
    """The report of a map as of today, dates written as the reader's locale writes them."""
    date = picture_export.today()
    return build_report(
        support_map,
        snapshots,
        audience,
        dt.date(date.year(), date.month(), date.day()),
        short_date,
        QLocale().toString(date, QLocale.FormatType.LongFormat),
    )


def write_report(path: Path, report: Report, scene: QGraphicsScene) -> None:
    """Write the PDF of ``report`` to ``path`` atomically, readable by its owner only.

    Raises:
        SaveError: the file could not be written; nothing was left behind.
    """
    atomic_write_bytes(Path(path), report_pdf(report, scene))


@contextmanager
def map_scene(support_map: SupportMap) -> Iterator[MapScene]:
    """A scene of ``support_map`` alone, in the light print scheme, with nobody selected."""
    document = MapDocument()
    document.open_unstored(support_map)
    scene = MapScene(document, SelectionState(document), dark=False)
    try:
        yield scene
    finally:
        shiboken6.delete(scene)
        shiboken6.delete(document)


def write_report_file(
    path: Path, support_map: SupportMap, snapshots: Sequence[Snapshot], audience: Audience
) -> None:
    """Render and write a report without any window (the command line's way).

    Raises:
        SaveError: the file could not be written; nothing was left behind.
    """
    ensure_application()
    with map_scene(support_map) as scene:
        write_report(path, report_for(support_map, snapshots, audience), scene)


def ensure_application() -> QApplication:
    """The running QApplication, or a new one on the offscreen platform.

    A document never shows a window, so unless the caller chose a platform, none is asked of
    the system: the command works the same with a display, without one, and over ssh.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    apply_language(app, i18n.current_locale())  # dates and paper as the reader's language has them
    return app

"""File → Save safety plan as PDF… and Print safety plan…: the open map's safety plan on paper.

The two actions are plain `QAction`s, so the menu and the Safety plan panel can offer the same
ones (the panel adds them as buttons). They lay out the plan as it is shown
(`supportmap.gui.documents.plan_file`) on a `QPdfWriter` or on the printer chosen in the print
dialog. The plan is of the map as it is now, so the actions wait while a past moment is on
screen, as the report's do.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.documents.pdf import prepare_printer_page
from supportmap.gui.documents.plan_file import render_plan, write_plan_file
from supportmap.gui.documents.report_actions import FOLDER_SETTING
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text


class SafetyPlanActions(QObject):
    """``save_action`` (Save safety plan as PDF…) and ``print_action`` (Print safety plan…).

    Args:
        document: the open map.
        settings: where the folder of the last document saved is remembered (shared with
            the reports: both are papers to take home).
        parent: the window (also the parent of the dialogs).

    Signals:
        status(str): a short note for the status bar after the plan was saved or printed.
    """

    status = Signal(str)

    def __init__(self, document: MapDocument, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._window = parent
        self.save_action = QAction(self.tr("Save safety p&lan as PDF…"), self)
        self.save_action.setStatusTip(text(words.SAVE_PLAN_TIP))
        self.save_action.setToolTip(text(words.SAVE_PLAN_TIP))
        self.save_action.triggered.connect(self.save_plan)
        self.print_action = QAction(self.tr("Print sa&fety plan…"), self)
        self.print_action.setStatusTip(text(words.PRINT_PLAN_TIP))
        self.print_action.setToolTip(text(words.PRINT_PLAN_TIP))
        self.print_action.triggered.connect(self.print_plan)
        document.reset.connect(self._update_enabled)
        document.moment_changed.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self._document.support_map is not None and not self._document.read_only
        self.save_action.setEnabled(ready)
        self.print_action.setEnabled(ready)

    # --- dialogs (tests replace them) -------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the PDF, offering ``suggested``; None when cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, text(words.SAVE_PLAN_CAPTION), str(suggested), text(words.PDF_FILTER)
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the person choose the printer and its settings; False when cancelled."""
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- the actions ------------------------------------------------------------------

    def save_plan(self) -> Path | None:
        """Ask where, then write the plan's PDF; returns the path written."""
        if not self.save_action.isEnabled():
            return None
        suggested = self._folder() / f"{text(words.PLAN_FILE_NAME).replace('%1', self._stem())}.pdf"
        path = type(self).ask_save_path(self._window, suggested)
        if path is None:
            return None
        try:
            write_plan_file(path, self._document.require_map())
        except OSError as error:
            Problem.show(
                self._window,
                text(words.PLAN_FAILED_TITLE),
                text(words.FAILED).replace("%1", str(error)),
            )
            return None
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        self.status.emit(text(words.PLAN_SAVED).replace("%1", path.name))
        return path

    def print_plan(self) -> bool:
        """Ask which printer, then print the plan; whether it was printed."""
        if not self.print_action.isEnabled():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer_page(printer)
        if not type(self).ask_printer(self._window, printer):
            return False
        try:
            render_plan(self._document.require_map(), printer)
        except OSError as error:
            Problem.show(
                self._window,
                text(words.PLAN_PRINT_FAILED_TITLE),
                text(words.PLAN_PRINT_FAILED).replace("%1", str(error)),
            )
            return False
        self.status.emit(text(words.PLAN_PRINTED))
        return True

    # --- helpers ----------------------------------------------------------------------

    def _folder(self) -> Path:
        value = self._settings.value(FOLDER_SETTING)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def _stem(self) -> str:
        """The person's name, fit for a file name: the plan is theirs, and the map's title
        may name someone the plan leaves out."""
        name = self._document.require_map().focus_name
        return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "SupportMap"

"""File → Save report as PDF… and File → Print…: the open map's report, for the client or the
clinician, as a file or on paper.

Both ask who the report is for, then lay out the same report (`supportmap.gui.documents.pdf`)
on a `QPdfWriter` or on the `QPrinter` chosen in the print dialog. The map is drawn afresh for
paper (`picture_export.printable`): light scheme, no selection, no highlight, no what-if fading.
The report is of the map as it is now, so the actions wait while a past moment is on screen.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui.canvas.picture_export import printable
from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.documents.pdf import prepare_printer_page, render
from supportmap.gui.documents.report_file import report_for, write_report
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text
from supportmap.reports.report_content import Audience, Report
from supportmap.storage.errors import StorageError

FOLDER_SETTING = "files/report_folder"
"""The window setting that keeps the folder of the last report saved."""


class AudienceDialog(QDialog):
    """Who the report is for: the person (the default) or the clinician's file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(text(words.CHOOSE_TITLE))
        self.setAccessibleName(self.windowTitle())
        prompt = QLabel(text(words.CHOOSE_PROMPT))
        self.client_button = QRadioButton(text(words.CLIENT_CHOICE))
        self.client_button.setObjectName("clientReport")
        self.clinician_button = QRadioButton(text(words.CLINICIAN_CHOICE))
        self.clinician_button.setObjectName("clinicianReport")
        self.client_button.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        for button, explained in (
            (self.client_button, words.CLIENT_EXPLAINED),
            (self.clinician_button, words.CLINICIAN_EXPLAINED),
        ):
            group.addButton(button)
            button.setAccessibleDescription(text(explained))
            note = QLabel(text(explained))
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def audience(self) -> Audience:
        return Audience.CLINICIAN if self.clinician_button.isChecked() else Audience.CLIENT

    @classmethod
    def ask(cls, parent: QWidget | None) -> Audience | None:
        """The audience chosen, or None when the dialog was closed."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.audience()


class ReportActions(QObject):
    """``save_action`` (File → Save report as PDF…) and ``print_action`` (File → Print…).

    Args:
        document: the open map.
        view: the map view; its scene is drawn afresh for paper.
        settings: where the folder of the last report is remembered.
        parent: the window (also the parent of the dialogs).

    Signals:
        status(str): a short note for the status bar after a report was saved or printed.
    """

    status = Signal(str)

    def __init__(
        self, document: MapDocument, view: QGraphicsView, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._view = view
        self._settings = settings
        self._window = parent
        self.save_action = QAction(self.tr("Save &report as PDF…"), self)
        self.save_action.setStatusTip(text(words.SAVE_REPORT_TIP))
        self.save_action.setToolTip(text(words.SAVE_REPORT_TIP))
        self.save_action.triggered.connect(self.save_report)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(text(words.PRINT_TIP))
        self.print_action.setToolTip(text(words.PRINT_TIP))
        self.print_action.triggered.connect(self.print_report)
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
            parent, text(words.SAVE_CAPTION), str(suggested), text(words.PDF_FILTER)
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

    def save_report(self) -> Path | None:
        """Ask who it is for and where, then write the PDF; returns the path written."""
        if not self.save_action.isEnabled():
            return None
        audience = AudienceDialog.ask(self._window)
        if audience is None:
            return None
        name = words.CLIENT_FILE_NAME if audience is Audience.CLIENT else words.CLINICIAN_FILE_NAME
        suggested = self._folder() / f"{text(name).replace('%1', self._file_stem())}.pdf"
        path = type(self).ask_save_path(self._window, suggested)
        if path is None:
            return None
        report = self._report(audience)
        if report is None:
            return None
        try:
            with printable(self._scene_for_paper()) as scene:
                write_report(path, report, scene)
        except OSError as error:
            Problem.show(
                self._window, text(words.FAILED_TITLE), text(words.FAILED).replace("%1", str(error))
            )
            return None
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        self.status.emit(text(words.REPORT_SAVED).replace("%1", path.name))
        return path

    def print_report(self) -> bool:
        """Ask who it is for and which printer, then print; whether it was printed."""
        if not self.print_action.isEnabled():
            return False
        audience = AudienceDialog.ask(self._window)
        if audience is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer_page(printer)
        if not type(self).ask_printer(self._window, printer):
            return False
        report = self._report(audience)
        if report is None:
            return False
        try:
            with printable(self._scene_for_paper()) as scene:
                render(report, printer, scene)
        except OSError as error:
            Problem.show(
                self._window,
                text(words.PRINT_FAILED_TITLE),
                text(words.PRINT_FAILED).replace("%1", str(error)),
            )
            return False
        self.status.emit(text(words.REPORT_PRINTED))
        return True

    # --- helpers ----------------------------------------------------------------------

    def _report(self, audience: Audience) -> Report | None:
        try:
            snapshots = self._document.load_snapshots()
        except StorageError as error:
            Problem.show(self._window, text(words.FAILED_TITLE), str(error))
            return None
        return report_for(self._document.require_map(), snapshots, audience)

    def _scene_for_paper(self) -> QGraphicsScene:
        scene = self._view.scene()
        assert scene is not None, "the map view always has its scene"
        return scene

    def _folder(self) -> Path:
        value = self._settings.value(FOLDER_SETTING)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def _file_stem(self) -> str:
        support_map = self._document.require_map()
        name = support_map.title or support_map.focus_name
        return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "SupportMap"

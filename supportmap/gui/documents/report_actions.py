"""File → Save report as PDF… and File → Print…: the open map's report, for the client or the
clinician, as a file or on paper.

Both ask who the report is for, then lay out the same report (`supportmap.gui.documents.pdf`)
on a `QPdfWriter` or on the `QPrinter` chosen in the print dialog. The map is drawn afresh for
paper (`picture_export.printable`): light scheme, no selection, no highlight, no what-if fading.
The report is of the map as it is now, so the actions wait while a past moment is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
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
from supportmap.gui.documents.paper_actions import PaperActions
from supportmap.gui.documents.pdf import render
from supportmap.gui.documents.report_file import report_for, write_report
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text
from supportmap.reports.report_content import Audience, Report
from supportmap.storage.errors import StorageError


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


class ReportActions(PaperActions):
    """``save_action`` (File → Save report as PDF…) and ``print_action`` (File → Print…).

    Args:
        document: the open map.
        view: the map view; its scene is drawn afresh for paper.
        settings: where the folder of the last report is remembered.
        parent: the window (also the parent of the dialogs).
    """

    def __init__(
        self, document: MapDocument, view: QGraphicsView, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(document, settings, parent)
        self._view = view
        self.describe(
            self.save_action,
            QCoreApplication.translate("ReportActions", "Save &report as PDF…"),
            words.SAVE_REPORT_TIP,
        )
        self.save_action.triggered.connect(self.save_report)
        self.describe(
            self.print_action,
            QCoreApplication.translate("ReportActions", "&Print…"),
            words.PRINT_TIP,
        )
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_report)

    def save_report(self) -> Path | None:
        """Ask who it is for and where, then write the PDF; returns the path written."""
        if not self.save_action.isEnabled():
            return None
        audience = AudienceDialog.ask(self._window)
        if audience is None:
            return None
        name = words.CLIENT_FILE_NAME if audience is Audience.CLIENT else words.CLINICIAN_FILE_NAME
        support_map = self._document.require_map()
        path = self._ask_path(name, support_map.title or support_map.focus_name)
        if path is None:
            return None
        report = self._report(audience)
        if report is None:
            return None
        try:
            with printable(self._scene_for_paper()) as scene:
                write_report(path, report, scene)
        except OSError as error:
            self._failed(words.FAILED_TITLE, words.FAILED, error)
            return None
        self._saved(path, words.REPORT_SAVED)
        return path

    def print_report(self) -> bool:
        """Ask who it is for and which printer, then print; whether it was printed."""
        if not self.print_action.isEnabled():
            return False
        audience = AudienceDialog.ask(self._window)
        if audience is None:
            return False
        printer = self._ask_printer()
        if printer is None:
            return False
        report = self._report(audience)
        if report is None:
            return False
        try:
            with printable(self._scene_for_paper()) as scene:
                render(report, printer, scene)
        except OSError as error:
            self._failed(words.PRINT_FAILED_TITLE, words.PRINT_FAILED, error)
            return False
        self.status.emit(text(words.REPORT_PRINTED))
        return True

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

"""What the report's and the safety plan's actions share: a Save-as-PDF and a Print action for
the open map as it is now, the dialogs that ask where and which printer, and the folder of the
last paper saved, remembered for the next.

Both papers are of the map as it is now, so their actions wait while a past moment is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.documents.pdf import prepare_printer_page
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text
from supportmap.storage.folder_export import safe_file_stem

FOLDER_SETTING = "files/report_folder"
"""The window setting that keeps the folder of the last report or safety plan saved."""


class PaperActions(QObject):
    """``save_action`` and ``print_action`` for one kind of paper; a subclass names them
    (`describe`) and connects them to what it writes. Its labels are translated in its own
    context with ``QCoreApplication.translate``: ``self.tr`` would look them up under this
    class's name.

    Args:
        document: the open map.
        settings: where the folder of the last paper saved is remembered.
        parent: the window (also the parent of the dialogs).

    Signals:
        status(str): a short note for the status bar after a paper was saved or printed.
    """

    status = Signal(str)
    SAVE_CAPTION = words.SAVE_CAPTION
    """The title of the dialog that asks where to save."""

    def __init__(self, document: MapDocument, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._window = parent
        self.save_action = QAction(self)
        self.print_action = QAction(self)
        document.reset.connect(self._update_enabled)
        document.moment_changed.connect(self._update_enabled)
        self._update_enabled()

    @staticmethod
    def describe(action: QAction, label: str, tip: str) -> None:
        """Give ``action`` its menu label (translated already) and its tip (a text key)."""
        action.setText(label)
        action.setStatusTip(text(tip))
        action.setToolTip(text(tip))

    def _update_enabled(self) -> None:
        ready = self._document.support_map is not None and not self._document.read_only
        self.save_action.setEnabled(ready)
        self.print_action.setEnabled(ready)

    # --- dialogs (tests replace them) -------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the PDF, offering ``suggested``; None when cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, text(cls.SAVE_CAPTION), str(suggested), text(words.PDF_FILTER)
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

    # --- for the subclasses -----------------------------------------------------------

    def _ask_path(self, file_name: str, stem: str) -> Path | None:
        """Where to save, offering ``file_name`` (a text key with %1 for ``stem``) in the
        folder of the last paper saved."""
        suggested = self._folder() / f"{text(file_name).replace('%1', safe_file_stem(stem))}.pdf"
        return type(self).ask_save_path(self._window, suggested)

    def _ask_printer(self) -> QPrinter | None:
        """A printer with the locale's paper, as the person set it up; None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer_page(printer)
        return printer if type(self).ask_printer(self._window, printer) else None

    def _failed(self, title: str, message: str, error: OSError) -> None:
        """Say that writing or printing failed: ``message`` (a text key) with %1 for why."""
        Problem.show(self._window, text(title), text(message).replace("%1", str(error)))

    def _saved(self, path: Path, message: str) -> None:
        """Remember the folder of ``path`` and tell the status bar (%1 is the file's name)."""
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        self.status.emit(text(message).replace("%1", path.name))

    def _folder(self) -> Path:
        value = self._settings.value(FOLDER_SETTING)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

"""File → Import map…, Export map…, Export for other tools… and Export all maps to a folder…:
maps leave or join the library as files.

All go through the document, so the Maps panel hears of an imported map like any other. The
folder last used for any of them is remembered in the window's settings, so a therapist who
keeps copies in one place lands there again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

from supportmap.gui.dialogs import MapFileDialog, Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.export_dialogs import FolderDialog, Notice, ToolsFileDialog
from supportmap.gui.protection import NewPassphraseDialog
from supportmap.gui.texts import files, protection, strings, text
from supportmap.gui.unlock import ask_file_passphrase
from supportmap.storage.age_files import SUFFIX as ENCRYPTED_SUFFIX
from supportmap.storage.age_files import PassphraseSource, WrongFilePassphrase
from supportmap.storage.errors import StorageError
from supportmap.storage.exports import GRAPHML_SUFFIX
from supportmap.storage.fileformat import FILE_SUFFIX, FileFormatError
from supportmap.storage.folder_export import FolderExport, safe_file_stem


class _NoPassphrase(Exception):
    """The passphrase of an encrypted file was not given: the import stops quietly."""


FOLDER_SETTING = "files/map_folder"
"""The window setting that keeps the folder of the last map imported or exported."""


class MapFileActions(QObject):
    """The File menu's file actions: ``import_action``, ``export_action``, ``tools_action``
    and ``export_all_action``.

    Signals:
        open_requested(int): a map was imported; the window opens it (and remembers it).
        status(str): a short note for the status bar after a file was written or read.
    """

    open_requested = Signal(int)
    status = Signal(str)

    progress_delay_ms = 500
    """How long saving every map may take before its progress shows (tests set 0)."""

    def __init__(self, document: MapDocument, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._window = parent
        self.import_action = QAction(self.tr("&Import map…"), self)
        self.import_action.setStatusTip(text(files.IMPORT_MAP_TIP))
        self.import_action.setToolTip(text(files.IMPORT_MAP_TIP))
        self.import_action.triggered.connect(self.import_map)
        self.export_action = QAction(self.tr("&Export map…"), self)
        self.export_action.setStatusTip(text(files.EXPORT_MAP_TIP))
        self.export_action.setToolTip(text(files.EXPORT_MAP_TIP))
        self.export_action.triggered.connect(self.export_map)
        self.tools_action = QAction(self.tr("Export for other &tools…"), self)
        self.tools_action.setStatusTip(text(files.EXPORT_TOOLS_TIP))
        self.tools_action.setToolTip(text(files.EXPORT_TOOLS_TIP))
        self.tools_action.triggered.connect(self.export_for_tools)
        self.export_all_action = QAction(self.tr("Export &all maps to a folder…"), self)
        self.export_all_action.setStatusTip(text(files.EXPORT_ALL_TIP))
        self.export_all_action.setToolTip(text(files.EXPORT_ALL_TIP))
        self.export_all_action.triggered.connect(self.export_all)
        document.reset.connect(self._update_enabled)
        document.stored.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.import_action.setEnabled(self._document.has_library)
        self.export_action.setEnabled(self._document.support_map is not None)
        self.tools_action.setEnabled(self._document.support_map is not None)
        self.export_all_action.setEnabled(self._document.has_library)

    def menu_actions(self) -> list[QAction]:
        """The actions in the order the File menu shows them."""
        return [self.import_action, self.export_action, self.tools_action, self.export_all_action]

    # --- the folder -------------------------------------------------------------------

    def _folder(self) -> Path:
        value = self._settings.value(FOLDER_SETTING)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(FOLDER_SETTING, str(path.parent))

    def _report_export_problem(self, error: Exception) -> None:
        message = text(files.EXPORT_MAP_FAILED).replace("%1", str(error))
        Problem.show(self._window, text(files.EXPORT_MAP_FAILED_TITLE), message)

    # --- the actions ------------------------------------------------------------------

    def import_map(self) -> int | None:
        """Ask for a file, store it as a new map and open it; returns its id, or None."""
        if not self._document.has_library:
            return None
        path = MapFileDialog.ask_open(self._window, self._folder())
        if path is None:
            return None
        self._remember_folder(path)
        wrong = False
        while True:
            try:
                map_id = self._document.import_map(path, self._file_passphrase(wrong))
            except _NoPassphrase:
                return None
            except WrongFilePassphrase:
                wrong = True  # an encrypted file: ask again, saying the last one did not open it
                continue
            except (FileFormatError, StorageError) as error:
                message = text(strings.IMPORT_FAILED).replace("%1", path.name)
                Problem.show(
                    self._window,
                    text(strings.IMPORT_FAILED_TITLE),
                    message.replace("%2", str(error)),
                )
                return None
            break
        self.open_requested.emit(map_id)
        self.status.emit(text(files.MAP_IMPORTED).replace("%1", path.name))
        return map_id

    def _file_passphrase(self, wrong: bool) -> PassphraseSource:
        """Asks for an encrypted file's passphrase when it is read; Cancel stops the import."""

        def ask(path: Path) -> str:
            passphrase = ask_file_passphrase(self._window, path, wrong)
            if passphrase is None:
                raise _NoPassphrase
            return passphrase

        return ask

    def export_map(self) -> Path | None:
        """Ask where, then write the open map with its snapshots there; returns the path.

        An encrypted file (``.supportmap.json.age``) asks for a new passphrase twice first.
        """
        if self._document.support_map is None:
            return None
        suggested = self._folder() / f"{self._file_stem()}{FILE_SUFFIX}"
        path = MapFileDialog.ask_save(self._window, suggested)
        if path is None:
            return None
        passphrase: str | None = None
        if path.name.lower().endswith(ENCRYPTED_SUFFIX):
            answer = NewPassphraseDialog.ask(
                self._window,
                text(protection.EXPORT_PASSPHRASE_TITLE),
                text(protection.EXPORT_PASSPHRASE_INTRO),
                text(protection.EXPORT_PASSPHRASE_WARNING),
            )
            if answer is None:
                return None
            passphrase = answer[1]
        try:
            self._document.export_map(path, passphrase)
        except (OSError, StorageError) as error:
            self._report_export_problem(error)
            return None
        self._remember_folder(path)
        self.status.emit(text(files.MAP_EXPORTED).replace("%1", path.name))
        return path

    def export_for_tools(self) -> Path | None:
        """Ask where, then write the map on screen as GraphML or a CSV bundle; returns the path.

        Notes, next steps and session notes are never written (DESIGN §9).
        """
        if self._document.support_map is None:
            return None
        suggested = self._folder() / f"{self._file_stem()}{GRAPHML_SUFFIX}"
        path = ToolsFileDialog.ask_save(self._window, suggested)
        if path is None:
            return None
        try:
            self._document.export_for_tools(path)
        except OSError as error:
            self._report_export_problem(error)
            return None
        self._remember_folder(path)
        self.status.emit(text(files.TOOLS_EXPORTED).replace("%1", path.name))
        return path

    def export_all(self) -> FolderExport | None:
        """Ask for a folder, then write every map of the library into it, one file per map.

        A progress dialog shows when it takes a while and can stop it between two maps; at the
        end a note says how many maps were saved where. A file that cannot be written stops
        the export with a message, leaving only complete files behind.
        """
        if not self._document.has_library:
            return None
        folder = FolderDialog.ask(self._window, self._folder())
        if folder is None:
            return None
        progress = QProgressDialog(
            text(files.EXPORT_ALL_PROGRESS), self.tr("Stop"), 0, 1, self._window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(self.progress_delay_ms)
        progress.setAutoReset(False)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            result = self._document.export_all(folder, step)
        except (OSError, StorageError) as error:
            message = text(files.EXPORT_ALL_FAILED).replace("%1", str(error))
            Problem.show(self._window, text(files.EXPORT_ALL_FAILED_TITLE), message)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self._settings.setValue(FOLDER_SETTING, str(folder))
        saved = len(result.written)
        if result.cancelled:
            title = text(files.EXPORT_ALL_STOPPED_TITLE)
            message = self.tr(
                "Stopped after %n maps; the files saved in %1 are complete.", "", saved
            )
        else:
            title = text(files.EXPORT_ALL_DONE_TITLE)
            message = self.tr("Saved %n maps with their snapshots in %1.", "", saved)
        Notice.show(self._window, title, message.replace("%1", str(folder)))
        return result

    def _file_stem(self) -> str:
        """The map's title (or its person's name) made safe as a file name."""
        support_map = self._document.require_map()
        return safe_file_stem(support_map.title or support_map.focus_name)

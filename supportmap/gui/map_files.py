"""File → Import map… and Export map…: a map leaves or joins the library as a file.

Both go through the document, so the Maps panel hears of an imported map like any other. The
folder last used for either is remembered in the window's settings, so a therapist who keeps
copies in one place lands there again.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from supportmap.gui.dialogs import MapFileDialog, Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.texts import files, strings, text
from supportmap.storage.errors import StorageError
from supportmap.storage.fileformat import FILE_SUFFIX, FileFormatError

FOLDER_SETTING = "files/map_folder"
"""The window setting that keeps the folder of the last map imported or exported."""


class MapFileActions(QObject):
    """The two File menu actions, ``import_action`` and ``export_action``.

    Signals:
        open_requested(int): a map was imported; the window opens it (and remembers it).
        status(str): a short note for the status bar after a file was written or read.
    """

    open_requested = Signal(int)
    status = Signal(str)

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
        document.reset.connect(self._update_enabled)
        document.stored.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.import_action.setEnabled(self._document.has_library)
        self.export_action.setEnabled(self._document.support_map is not None)

    # --- the folder -------------------------------------------------------------------

    def _folder(self) -> Path:
        value = self._settings.value(FOLDER_SETTING)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(FOLDER_SETTING, str(path.parent))

    # --- the actions ------------------------------------------------------------------

    def import_map(self) -> int | None:
        """Ask for a file, store it as a new map and open it; returns its id, or None."""
        if not self._document.has_library:
            return None
        path = MapFileDialog.ask_open(self._window, self._folder())
        if path is None:
            return None
        self._remember_folder(path)
        try:
            map_id = self._document.import_map(path)
        except (FileFormatError, StorageError) as error:
            message = text(strings.IMPORT_FAILED).replace("%1", path.name)
            Problem.show(
                self._window, text(strings.IMPORT_FAILED_TITLE), message.replace("%2", str(error))
            )
            return None
        self.open_requested.emit(map_id)
        self.status.emit(text(files.MAP_IMPORTED).replace("%1", path.name))
        return map_id

    def export_map(self) -> Path | None:
        """Ask where, then write the open map with its snapshots there; returns the path."""
        if self._document.support_map is None:
            return None
        suggested = self._folder() / f"{self._file_stem()}{FILE_SUFFIX}"
        path = MapFileDialog.ask_save(self._window, suggested)
        if path is None:
            return None
        try:
            self._document.export_map(path)
        except (OSError, StorageError) as error:
            message = text(files.EXPORT_MAP_FAILED).replace("%1", str(error))
            Problem.show(self._window, text(files.EXPORT_MAP_FAILED_TITLE), message)
            return None
        self._remember_folder(path)
        self.status.emit(text(files.MAP_EXPORTED).replace("%1", path.name))
        return path

    def _file_stem(self) -> str:
        """The map's title (or its person's name) made safe as a file name."""
        support_map = self._document.require_map()
        name = support_map.title or support_map.focus_name
        return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "SupportMap"

"""The choosers of File → Export for other tools… and Export all maps to a folder…, and the
note that says what was saved.

Like the app's other dialogs, each answers through a classmethod that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from supportmap.gui.texts import files, text
from supportmap.storage.exports import CSV_BUNDLE_SUFFIX, GRAPHML_SUFFIX, ExportFormat


class ToolsFileDialog:
    """Where to save the open map as GraphML or as a CSV bundle."""

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file to write, offering ``suggested``; None when cancelled.

        A name typed without ``.graphml`` or ``.zip`` gets the ending of the chosen filter.
        """
        graphml, csv_bundle = text(files.GRAPHML_FILTER), text(files.CSV_BUNDLE_FILTER)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent, text(files.EXPORT_TOOLS_CAPTION), str(suggested), f"{graphml};;{csv_bundle}"
        )
        if not chosen:
            return None
        return with_tools_suffix(Path(chosen), csv=chosen_filter == csv_bundle)


def with_tools_suffix(path: Path, *, csv: bool) -> Path:
    """``path`` as it is when it ends in ``.graphml`` or ``.zip``, else with the ending of the
    chosen format added (``csv``: the CSV bundle, else GraphML)."""
    if ExportFormat.of(path) in (ExportFormat.GRAPHML, ExportFormat.CSV_BUNDLE):
        return path
    return path.with_name(path.name + (CSV_BUNDLE_SUFFIX if csv else GRAPHML_SUFFIX))


class FolderDialog:
    """The folder that receives every map of the library."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """The chosen folder, starting in ``folder``; None when cancelled."""
        chosen = QFileDialog.getExistingDirectory(
            parent, text(files.EXPORT_ALL_CAPTION), str(folder)
        )
        return Path(chosen) if chosen else None


class Notice:
    """A calm note that something long has finished, and how it went."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(message)
        box.exec()

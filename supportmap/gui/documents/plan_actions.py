"""File → Save safety plan as PDF… and Print safety plan…: the open map's safety plan on paper.

The two actions are plain `QAction`s, so the menu and the Safety plan panel can offer the same
ones (the panel adds them as buttons). They lay out the plan as it is shown
(`supportmap.gui.documents.plan_file`) on a `QPdfWriter` or on the printer chosen in the print
dialog. The plan is of the map as it is now, so the actions wait while a past moment is on
screen, as the report's do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from supportmap.gui.document import MapDocument
from supportmap.gui.documents.paper_actions import PaperActions
from supportmap.gui.documents.plan_file import render_plan, write_plan_file
from supportmap.gui.texts import documents as words
from supportmap.gui.texts import text


class SafetyPlanActions(PaperActions):
    """``save_action`` (Save safety plan as PDF…) and ``print_action`` (Print safety plan…).

    Args:
        document: the open map.
        settings: where the folder of the last paper saved is remembered (shared with the
            reports: both are papers to take home).
        parent: the window (also the parent of the dialogs).
    """

    SAVE_CAPTION = words.SAVE_PLAN_CAPTION

    def __init__(self, document: MapDocument, settings: QSettings, parent: QWidget) -> None:
        super().__init__(document, settings, parent)
        self.describe(
            self.save_action,
            QCoreApplication.translate("SafetyPlanActions", "Save safety p&lan as PDF…"),
            words.SAVE_PLAN_TIP,
        )
        self.save_action.triggered.connect(self.save_plan)
        self.describe(
            self.print_action,
            QCoreApplication.translate("SafetyPlanActions", "Print sa&fety plan…"),
            words.PRINT_PLAN_TIP,
        )
        self.print_action.triggered.connect(self.print_plan)

    def save_plan(self) -> Path | None:
        """Ask where, then write the plan's PDF; returns the path written.

        The file is named after the person, not the map's title: the plan is theirs, and
        the title may name someone the plan leaves out.
        """
        if not self.save_action.isEnabled():
            return None
        path = self._ask_path(words.PLAN_FILE_NAME, self._document.require_map().focus_name)
        if path is None:
            return None
        try:
            write_plan_file(path, self._document.require_map())
        except OSError as error:
            self._failed(words.PLAN_FAILED_TITLE, words.FAILED, error)
            return None
        self._saved(path, words.PLAN_SAVED)
        return path

    def print_plan(self) -> bool:
        """Ask which printer, then print the plan; whether it was printed."""
        if not self.print_action.isEnabled():
            return False
        printer = self._ask_printer()
        if printer is None:
            return False
        try:
            render_plan(self._document.require_map(), printer)
        except OSError as error:
            self._failed(words.PLAN_PRINT_FAILED_TITLE, words.PLAN_PRINT_FAILED, error)
            return False
        self.status.emit(text(words.PLAN_PRINTED))
        return True

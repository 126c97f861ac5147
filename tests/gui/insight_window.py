"""The canvas and the insight dock in a bare main window, wired as the app wires them."""

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from supportmap.core.analysis import FindingCode
from supportmap.core.vocabulary import HelpType
from supportmap.gui.canvas.view import MapView
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight import Insight, install_insight
from supportmap.gui.panels.insight.findings_dock import FindingsPanel
from supportmap.gui.selection import SelectionState


class InsightWindow:
    """What the Findings and what-if tests look at, without the rest of the main window."""

    def __init__(self, document: MapDocument) -> None:
        self.window = QMainWindow()
        self.selection = SelectionState(document, self.window)
        self.view = MapView(document, self.selection)
        self.window.setCentralWidget(self.view)
        self.insight: Insight = install_insight(self.window, document, self.selection, self.view)
        self.panel: FindingsPanel = self.insight.dock.panel
        self.controller = self.insight.whatif
        self.document = document

    def faded(self) -> set[str]:
        """The people drawn faded on the canvas."""
        support_map = self.document.require_map()
        return {pid for pid in support_map.people if self.view.map_scene.is_faded(pid)}

    def codes(self) -> list[tuple[FindingCode, HelpType | None]]:
        """The findings the panel lists, as (code, help type)."""
        return [(f.code, f.help_type) for f in self.panel.findings_shown()]


def show_insight_window(qtbot: QtBot, document: MapDocument) -> InsightWindow:
    """Build the window on ``document``, show it offscreen and wait until it is on screen."""
    built = InsightWindow(document)
    qtbot.addWidget(built.window)
    built.window.resize(1100, 700)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built

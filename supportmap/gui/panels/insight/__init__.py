"""Findings, Details, what-if mode and the crisis notice: what the map says about itself.

`install_insight` is the one call the main window makes; everything else is built from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from supportmap.gui.canvas.banner import CanvasNotice
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.crisis import crisis_action, show_crisis_notice
from supportmap.gui.panels.insight.findings_dock import FindingsDock, FindingsPanel
from supportmap.gui.panels.insight.live import LiveAnalysis
from supportmap.gui.panels.insight.view_protocol import HighlightView
from supportmap.gui.panels.insight.whatif_mode import WhatIfController, WhatIfState
from supportmap.gui.panels.insight.whatif_panel import WhatIfCanvasBanner
from supportmap.gui.selection import SelectionState

__all__ = [
    "FindingsDock",
    "FindingsPanel",
    "Insight",
    "LiveAnalysis",
    "WhatIfController",
    "WhatIfState",
    "crisis_action",
    "install_insight",
    "show_crisis_notice",
]


@dataclass(frozen=True)
class Insight:
    """What `install_insight` built, for the window's menus and for other panels.

    Attributes:
        live: the shared live analysis (charts may listen to ``live.updated`` too).
        whatif: the what-if controller; ``whatif.enter(person_id)`` from anywhere.
        dock: the Findings dock, already added to the window.
        crisis_action: "If you are in crisis…" (F1), for the Help menu.
        whatif_action: "What if they were not available?" on the current person, for the
            canvas context menu, the People table and the Map menu.
    """

    live: LiveAnalysis
    whatif: WhatIfController
    dock: FindingsDock
    crisis_action: QAction
    whatif_action: QAction


def install_insight(
    window: QMainWindow,
    document: MapDocument,
    selection: SelectionState,
    view: HighlightView,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    banner: CanvasNotice | None = None,
) -> Insight:
    """Build the live analysis, the what-if controller and the Findings dock on ``window``.

    ``banner``, the canvas's mode banner, says while what-if is on whose absence is shown.
    """
    live = LiveAnalysis(document, window)
    controller = WhatIfController(document, selection, view, live, window)
    if banner is not None:
        WhatIfCanvasBanner(controller, banner)
    dock = FindingsDock(document, selection, view, controller, window)
    window.addDockWidget(area, dock)
    return Insight(
        live=live,
        whatif=controller,
        dock=dock,
        crisis_action=crisis_action(window),
        whatif_action=controller.action(window),
    )

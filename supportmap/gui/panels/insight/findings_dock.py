"""The Findings dock: findings of the open map, who holds it together, and the Details view.

The panel binds to state only (STYLE.md): it reads the shared `LiveAnalysis` and the what-if
controller, writes the shared `SelectionState`, and asks the canvas to highlight through the
`HighlightView` protocol. It never reaches into another panel.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.analysis import Analysis, Finding, FindingCode
from supportmap.core.vocabulary import HelpType, Safety
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.crisis import show_crisis_notice
from supportmap.gui.panels.insight.details import DetailsView
from supportmap.gui.panels.insight.filter_row import FilterRow, matching_people
from supportmap.gui.panels.insight.findings_delegate import FindingsDelegate
from supportmap.gui.panels.insight.findings_model import (
    FindingKey,
    FindingsModel,
    Row,
    finding_key,
    is_starting,
    rows_for_map,
    rows_for_whatif,
)
from supportmap.gui.panels.insight.live import LiveAnalysis
from supportmap.gui.panels.insight.view_protocol import HighlightView
from supportmap.gui.panels.insight.whatif_mode import WhatIfController, WhatIfState
from supportmap.gui.panels.insight.whatif_panel import RankingPanel, WhatIfBanner
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import insight as s

MENU_PEOPLE = 6
"""At most this many "What if … were not available?" entries in a finding's context menu."""


def crisis_is_thin(findings: Iterable[Finding]) -> bool:
    """Whether the map has at most one safe source of crisis help (crisis_thin or a crisis gap)."""
    for finding in findings:
        if finding.code is FindingCode.CRISIS_THIN:
            return True
        if finding.code is FindingCode.GAP and finding.help_type is HelpType.CRISIS:
            return True
    return False


class CrisisStrip(QFrame):
    """One calm line above the findings, with a button that opens the crisis notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.Window, QColor("#2e3350" if dark else "#f1effa"))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.label = QLabel(s.crisis_line_start(), self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(s.crisis_line_button(), self)
        self.button.setObjectName("crisisStripButton")
        self.button.setAccessibleDescription(s.crisis_line())
        self.button.clicked.connect(lambda: show_crisis_notice(self.window()))
        row.addWidget(self.button)
        layout.addLayout(row)
        self.setAccessibleName(self.label.text())

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.button.setAccessibleDescription(text)
        self.setAccessibleName(text)


class FindingsPanel(QWidget):
    """Everything the Findings dock shows; usable on its own (tests, screenshots)."""

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        view: HighlightView,
        controller: WhatIfController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._document = document
        self._selection = selection
        self._view = view
        if controller is None:
            controller = WhatIfController(document, selection, view, parent=self)
        self.controller = controller
        self.live: LiveAnalysis = controller.live
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.crisis_strip = CrisisStrip(self)
        layout.addWidget(self.crisis_strip)
        self.banner = WhatIfBanner(controller, self)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        findings_page = QWidget(self.tabs)
        page_layout = QVBoxLayout(findings_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(2)
        self.filter_row = FilterRow(findings_page)
        page_layout.addWidget(self.filter_row)
        self.model = FindingsModel(self)
        self.list = QListView(findings_page)
        self.list.setObjectName("findingsList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(FindingsDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setAccessibleName(s.findings_list_name())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        page_layout.addWidget(self.list, 1)
        self.tabs.addTab(findings_page, s.tab_findings())
        self.ranking = RankingPanel(controller, self.tabs)
        self.tabs.addTab(self.ranking, s.tab_ranking())
        self.details = DetailsView(self.tabs)
        self.tabs.addTab(self.details, s.tab_details())

        self._selected_key: FindingKey | None = None
        self._whatif_person: str | None = None
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection)
        self.filter_row.changed.connect(self._on_filter)
        self.live.updated.connect(self._on_analysis)
        controller.changed.connect(self._on_whatif)
        self._on_analysis(self.live.analysis())

    # --- reading what is shown -------------------------------------------------------------

    def rows(self) -> tuple[Row, ...]:
        return self.model.rows()

    def findings_shown(self) -> tuple[Finding, ...]:
        return tuple(r.finding for r in self.model.rows() if r.finding is not None)

    def select_finding(self, finding: Finding) -> bool:
        """Select the row of ``finding`` (matched by code, help type and people)."""
        return self._select_key(finding_key(finding))

    # --- updates ---------------------------------------------------------------------------

    def _on_analysis(self, analysis: Analysis | None) -> None:
        support_map = self.live.support_map
        findings = analysis.findings if analysis is not None else ()
        starting = is_starting(support_map)
        self.crisis_strip.set_text(s.crisis_line_start() if starting else s.crisis_line())
        self.crisis_strip.setVisible(analysis is not None and crisis_is_thin(findings))
        self.filter_row.setVisible(not starting)
        self.details.show_analysis(analysis, support_map)
        if not self.controller.is_active():
            self._show_rows(rows_for_map(support_map, analysis))
        if self.filter_row.is_active() and self._selected_key is None:
            self._on_filter(self.filter_row.help_type(), self.filter_row.safety())

    def _on_whatif(self, state: WhatIfState | None) -> None:
        entering = state is not None and state.person_id != self._whatif_person
        leaving = state is None and self._whatif_person is not None
        self._whatif_person = state.person_id if state is not None else None
        if state is None:
            rows = rows_for_map(self.live.support_map, self.live.analysis())
            self._show_rows(rows, to_top=leaving)
        else:
            self._show_rows(
                rows_for_whatif(state.findings_before, state.findings_after, state.person_id),
                to_top=entering,
            )
            self.tabs.setCurrentIndex(0)

    def _show_rows(self, rows: list[Row], *, to_top: bool = False) -> None:
        """Show ``rows``, keeping the selected finding selected if it is still there."""
        key = self._selected_key
        self.model.set_rows(rows)
        kept = key is not None and self._select_key(key)
        if key is not None and not kept:
            self._selected_key = None
            self._after_deselect()
        if to_top and not kept:
            self.list.scrollToTop()

    def _select_key(self, key: FindingKey) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.finding is not None and row.selectable and finding_key(row.finding) == key:
                index = self.model.index(i, 0)
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.list.scrollTo(index)
                return True
        return False

    def whatif_choices(self, finding: Finding) -> list[tuple[str, str]]:
        """(person id, name) of the people of ``finding`` one can imagine away, map order."""
        support_map = self.live.support_map
        if support_map is None:
            return []
        return [
            (pid, support_map.people[pid].name)
            for pid in finding.people
            if self.controller.can_enter(pid)
        ]

    def _context_menu(self, position: QPoint) -> None:
        row = self.model.row_at(self.list.indexAt(position))
        if row is None or row.finding is None:
            return
        choices = self.whatif_choices(row.finding)[:MENU_PEOPLE]
        if not choices:
            return
        menu = QMenu(self.list)
        for person_id, name in choices:
            action = menu.addAction(s.whatif_menu_entry(name))
            action.triggered.connect(lambda _=False, pid=person_id: self.controller.enter(pid))
        menu.exec(self.list.viewport().mapToGlobal(position))

    # --- highlighting ----------------------------------------------------------------------

    def _on_list_selection(self, *_args: object) -> None:
        indexes = self.list.selectionModel().selectedIndexes()
        row = self.model.row_at(indexes[0]) if indexes else None
        if row is None or row.finding is None:
            if self._selected_key is not None:
                self._selected_key = None
                self._after_deselect()
            return
        finding = row.finding
        self._selected_key = finding_key(finding)
        self.filter_row.reset()
        people = self._people_of(finding)
        if people or finding.help_type is not None:
            self._view.highlight(people, finding.help_type)
        else:
            self.controller.restore_marks()
        if finding.people:
            self._selection.set(finding.people)

    def _people_of(self, finding: Finding) -> tuple[str, ...]:
        """The people a finding is about; for a help type with nobody named, who gives it."""
        support_map = self.live.support_map
        if finding.people or finding.help_type is None or support_map is None:
            return finding.people
        return tuple(
            pid
            for pid in matching_people(support_map, finding.help_type, None)
            if support_map.people[pid].is_current
        )

    def _after_deselect(self) -> None:
        if self.filter_row.is_active():
            self._on_filter(self.filter_row.help_type(), self.filter_row.safety())
        else:
            self.controller.restore_marks()

    def _on_filter(self, help_type: HelpType | None, safety: Safety | None) -> None:
        support_map = self.live.support_map
        if (help_type is None and safety is None) or support_map is None:
            self.filter_row.show_count(None)
            if self._selected_key is None:
                self.controller.restore_marks()
            return
        if self._selected_key is not None:
            self._selected_key = None
            self.list.selectionModel().clearSelection()
        people = matching_people(support_map, help_type, safety)
        self.filter_row.show_count(len(people))
        self._view.highlight(people, help_type)


class FindingsDock(QDockWidget):
    """The dock the main window shows; its object name keeps its place in saved layouts."""

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        view: HighlightView,
        controller: WhatIfController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(s.dock_title(), parent)
        self.setObjectName("findingsDock")
        self.panel = FindingsPanel(document, selection, view, controller, self)
        self.setWidget(self.panel)
        self.setAccessibleName(s.dock_title())
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._whatif_person: str | None = None
        self.panel.controller.changed.connect(self._on_whatif)

    def _on_whatif(self, state: WhatIfState | None) -> None:
        """Come forward when what-if starts: the explanation and the way back are here."""
        person = state.person_id if state is not None else None
        if person is not None and person != self._whatif_person:
            self.show()
            self.raise_()
        self._whatif_person = person

"""The what-if banners ("If Sam were not available …") and the ranking of who holds it together.

All only read state: the banners (one in the Findings panel, one over the canvas) show the
controller's `WhatIfState`; the ranking lists the core's `ranking()` of the live analysis and
asks the controller to enter what-if on a click.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.whatif import ranking
from supportmap.gui.canvas.banner import CanvasNotice
from supportmap.gui.panels.insight.findings_delegate import FindingsDelegate
from supportmap.gui.panels.insight.findings_model import FindingsModel, Row, RowKind
from supportmap.gui.panels.insight.whatif_mode import WhatIfController, WhatIfState
from supportmap.gui.texts import insight as s


class WhatIfBanner(QFrame):
    """Names what the person's absence would cost, with a "Back to my map" button."""

    def __init__(self, controller: WhatIfController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Window)
        tint = QColor("#3a3f6b") if base.lightness() < 128 else QColor("#eceef9")
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.back_button = QPushButton(s.whatif_back(), self)
        self.back_button.setObjectName("whatIfBack")
        self.back_button.setToolTip(s.whatif_back_tip())
        self.back_button.setAccessibleName(s.whatif_back())
        self.back_button.setAccessibleDescription(s.whatif_back_tip())
        self.back_button.clicked.connect(controller.leave)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.lost = QLabel(self)
        self.lost.setWordWrap(True)
        layout.addWidget(self.lost)
        self.cut_off = QLabel(self)
        self.cut_off.setWordWrap(True)
        layout.addWidget(self.cut_off)
        controller.changed.connect(self.show_state)
        self.show_state(controller.state())

    def show_state(self, state: WhatIfState | None) -> None:
        if state is None:
            self.hide()
            return
        support_map = self._controller.live.support_map
        names = {pid: p.name for pid, p in support_map.people.items()} if support_map else {}
        self.title.setText(s.whatif_title(state.name))
        lost = state.what_if.lost_help_types
        self.lost.setText(s.whatif_lost(lost) if lost else s.whatif_nothing_lost())
        cut_off = state.cut_off_names(names)
        self.cut_off.setText(s.whatif_cut_off(cut_off) if cut_off else "")
        self.cut_off.setVisible(bool(cut_off))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(" ".join(t for t in (self.lost.text(), self.cut_off.text())))
        self.show()


class WhatIfCanvasBanner(QObject):
    """Keeps the canvas's mode banner saying whose absence is shown, with "Back to my map".

    The mode is otherwise only a faded node: the banner makes it plain, wherever the
    keyboard and the panels are, that the map on screen is not the map as it is.
    """

    def __init__(self, controller: WhatIfController, banner: CanvasNotice) -> None:
        super().__init__(controller)
        self._banner = banner
        controller.changed.connect(self.show_state)
        banner.button_clicked.connect(controller.leave)
        self.show_state(controller.state())

    def show_state(self, state: WhatIfState | None) -> None:
        if state is None:
            self._banner.hide()
            return
        self._banner.show_notice(
            s.whatif_title(state.name),
            s.whatif_canvas_detail(state.name),
            s.whatif_back(),
            s.whatif_back_tip(),
        )


class RankingPanel(QWidget):
    """People ordered by how much their absence would change; a click shows the map without them."""

    def __init__(self, controller: WhatIfController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        intro = QLabel(s.ranking_intro(), self)
        intro.setWordWrap(True)
        intro.setContentsMargins(10, 0, 10, 4)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(intro)
        self.model = FindingsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("rankingList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(FindingsDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setAccessibleName(s.ranking_list_name())
        self.list.setAccessibleDescription(s.ranking_intro())
        self.list.clicked.connect(self._enter)
        self.list.activated.connect(self._enter)
        layout.addWidget(self.list, 1)
        self._stale = True
        controller.live.updated.connect(self._mark_stale)
        controller.changed.connect(self._on_whatif)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _mark_stale(self, _analysis: object) -> None:
        # The what-if of everyone costs a little; compute it only while the ranking is seen.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the live analysis."""
        self._stale = False
        self.model.set_rows(ranking_rows(self._controller))
        self._on_whatif(self._controller.state())

    def person_ids(self) -> list[str]:
        """The ids in the order shown (for tests and keyboard navigation)."""
        return [r.person_id for r in self.model.rows() if r.person_id is not None]

    def _enter(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and row.person_id is not None:
            self._controller.enter(row.person_id)

    def _on_whatif(self, state: WhatIfState | None) -> None:
        """Keep the person imagined away selected here, and nobody once the mode ends."""
        selection = self.list.selectionModel()
        if state is None:
            selection.clearSelection()
            return
        for i, row in enumerate(self.model.rows()):
            if row.person_id == state.person_id:
                selection.select(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return


def ranking_rows(controller: WhatIfController) -> list[Row]:
    """One row per current person, most costly absence first, each saying what it would cost."""
    support_map = controller.live.support_map
    if support_map is None:
        return []
    ordered = ranking(controller.live.what_ifs())
    if not ordered:
        return [Row(RowKind.PROMPT, s.ranking_empty())]
    names = {pid: p.name for pid, p in support_map.people.items()}
    rows = []
    for what_if in ordered:
        cut_off = [names[pid] for pid in what_if.cut_off if pid in names]
        drop = sum(
            what_if.coverage_before[t] - what_if.coverage_after[t] for t in what_if.coverage_before
        )
        name = names.get(what_if.person_id, what_if.person_id)
        line = s.ranking_line(name, what_if.lost_help_types, cut_off, drop)
        rows.append(Row(RowKind.PERSON, name, line, person_id=what_if.person_id))
    return rows

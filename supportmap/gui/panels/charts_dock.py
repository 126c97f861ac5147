"""The *Charts* dock: matplotlib charts of the open map, embedded, live, and saveable.

matplotlib costs a noticeable part of a second to import, so nothing of it (nor of the chart
modules of ``supportmap.reports``) is imported until the dock is first shown, and then only after
the window has had its chance to paint. Until then the dock holds a light placeholder.

Changes to the map are coalesced with a zero-timeout single-shot timer: a burst of edits (a
drag, typing a name) redraws once, after the event loop has handled the burst. Only the chart
on the visible tab is redrawn; the others are marked stale and redrawn when their tab is shown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.snapshot import Snapshot
from supportmap.gui.texts import charts as strings
from supportmap.gui.texts import text
from supportmap.reports.style import ChartStyle, style_for

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from supportmap.core.batch import MapEdited
    from supportmap.gui.document import MapDocument
    from supportmap.reports.charts import ChartInput, ChartKind, Drawn

CANVAS_MIN_SIZE = (320, 240)


class ChartPage(QWidget):
    """One tab: a chart drawn on a `FigureCanvasQTAgg`, with its save buttons underneath."""

    def __init__(self, kind: ChartKind, canvas: FigureCanvasQTAgg, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.canvas = canvas
        self.stale = True
        self.drawn: Drawn | None = None
        canvas.setMinimumSize(*CANVAS_MIN_SIZE)
        # Laying a chart out is the slowest part of drawing it. It is done when the chart is
        # rebuilt or resized; edits that only change numbers reuse the layout (see `frozen`).
        canvas.mpl_connect("resize_event", lambda _event: self.thaw())
        canvas.mpl_connect("draw_event", lambda _event: self.freeze())
        canvas.setAccessibleName(kind.title)
        self.save_png = QPushButton(text(strings.SAVE_PNG), self)
        self.save_png.setToolTip(text(strings.SAVE_PNG_TIP))
        self.save_png.setAccessibleName(text(strings.SAVE_PNG))
        self.save_svg = QPushButton(text(strings.SAVE_SVG), self)
        self.save_svg.setToolTip(text(strings.SAVE_SVG_TIP))
        self.save_svg.setAccessibleName(text(strings.SAVE_SVG))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_png)
        buttons.addWidget(self.save_svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(canvas, 1)
        layout.addLayout(buttons)

    def freeze(self) -> None:
        """Keep the current layout for the next draws (it was just computed)."""
        self.canvas.figure.set_layout_engine("none")

    def thaw(self) -> None:
        """Lay the chart out again on the next draw (after a rebuild or a resize)."""
        from supportmap.reports._axes import use_layout

        use_layout(self.canvas.figure)


class ChartsDock(QDockWidget):
    """Charts of the open map (DESIGN §5), one per tab, each saveable as PNG or SVG.

    Args:
        document: the open map; the charts follow its ``edited`` and ``reset`` signals, and
            read the "Over time" chart's snapshots from it again on ``snapshots_changed``.
        parent: usually the main window.

    Signals:
        saved(Path): a chart was written to this file.
        refreshed(): the visible chart was redrawn (after a burst of changes, or on showing).
    """

    saved = Signal(Path)
    refreshed = Signal()

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(text(strings.CHARTS_DOCK_TITLE), parent)
        self.setObjectName("ChartsDock")
        self._document = document
        self._snapshot_cache: tuple[Snapshot, ...] | None = None
        self._pages: list[ChartPage] = []
        self._tabs: QTabWidget | None = None
        self._style: ChartStyle | None = None
        self._stack = QStackedWidget(self)
        placeholder = QLabel(text(strings.CHARTS_LOADING), self._stack)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self._stack.addWidget(placeholder)
        self.setWidget(self._stack)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        document.edited.connect(self._map_changed)
        document.reset.connect(self._map_changed)
        document.snapshots_changed.connect(self._snapshots_changed)
        self.visibilityChanged.connect(self._visibility_changed)

    # --- public -------------------------------------------------------------------------

    @property
    def is_built(self) -> bool:
        """Whether matplotlib has been loaded and the charts created (on first show)."""
        return self._tabs is not None

    def pages(self) -> list[ChartPage]:
        return list(self._pages)

    def current_page(self) -> ChartPage | None:
        if self._tabs is None:
            return None
        page = self._tabs.currentWidget()
        return page if isinstance(page, ChartPage) else None

    def show_chart(self, key: str) -> None:
        """Bring the chart with this key ("coverage", "balance", "sectors", "history") forward."""
        self.ensure_built()
        assert self._tabs is not None
        for index, page in enumerate(self._pages):
            if page.kind.key == key:
                self._tabs.setCurrentIndex(index)
                return
        raise KeyError(key)

    def schedule_refresh(self) -> None:
        """Redraw soon, once, however many changes arrive before the event loop runs again."""
        if self.is_built and self._showing():
            self._timer.start()

    def _showing(self) -> bool:
        """On screen: a dock behind another tab counts as visible to Qt but shows nothing."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def refresh_now(self) -> None:
        """Redraw the visible chart if it is stale (the timer's slot; also for benchmarks)."""
        page = self.current_page()
        if page is None or not page.stale:
            return
        from supportmap.reports.charts import update_chart

        page.drawn, _rebuilt = update_chart(
            page.canvas.figure,
            page.kind.key,
            self._chart_input(page.kind.key),
            self._chart_style(),
            page.drawn,
        )
        page.canvas.draw()
        page.canvas.setAccessibleDescription(page.drawn.description)
        page.stale = False
        self.refreshed.emit()

    def ensure_built(self) -> None:
        """Import matplotlib and create the chart pages; done once, on first show."""
        if self._tabs is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from supportmap.reports.charts import CHARTS

        tabs = QTabWidget(self._stack)
        tabs.setDocumentMode(True)
        for kind in CHARTS:
            figure = Figure(layout="constrained")
            canvas = FigureCanvasQTAgg(figure)
            page = ChartPage(kind, canvas, tabs)
            page.save_png.clicked.connect(
                lambda _=False, p=page: self.save_chart(p.kind.key, "png")
            )
            page.save_svg.clicked.connect(
                lambda _=False, p=page: self.save_chart(p.kind.key, "svg")
            )
            tabs.addTab(page, kind.title)
            self._pages.append(page)
        tabs.currentChanged.connect(lambda _index: self.schedule_refresh())
        self._tabs = tabs
        self._stack.addWidget(tabs)
        self._stack.setCurrentWidget(tabs)

    # --- saving -------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: Path, fmt: str) -> Path | None:
        """Ask where to save a chart; None if the user cancelled. Tests replace this."""
        name_filter = text(strings.PNG_FILTER if fmt == "png" else strings.SVG_FILTER)
        chosen, _ = QFileDialog.getSaveFileName(
            parent, text(strings.SAVE_CHART_CAPTION), str(suggested), name_filter
        )
        return Path(chosen) if chosen else None

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        """Tell the user a chart could not be saved. Tests replace this."""
        QMessageBox.warning(parent, text(strings.SAVE_FAILED_TITLE), message)

    def save_chart(self, key: str, fmt: str) -> Path | None:
        """Ask for a file name and save one chart there (light scheme, print-ready).

        Returns:
            The file written, or None if the user cancelled or saving failed (and was reported).
        """
        from supportmap.reports.charts import build_chart, chart_kind
        from supportmap.reports.export import ExportError, save_figure

        suggested = Path.home() / f"{self._file_stem(chart_kind(key).title)}.{fmt}"
        path = type(self).ask_save_path(self, suggested, fmt)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(f".{fmt}")
        try:
            save_figure(build_chart(key, self._chart_input(key), style_for(False)), path)
        except ExportError as error:
            type(self).show_error(self, str(error))
            return None
        self.saved.emit(path)
        return path

    def _file_stem(self, chart_label: str) -> str:
        support_map = self._document.support_map
        owner = ""
        if support_map is not None:
            owner = support_map.title or support_map.focus_name
        stem = f"{owner} - {chart_label}" if owner else chart_label
        return re.sub(r'[\\/:*?"<>|\s]+', " ", stem).strip()

    # --- events -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.is_built:
            self.schedule_refresh()
        else:
            # Let the window paint first (with the placeholder), then load matplotlib.
            QTimer.singleShot(0, self._build_and_refresh)

    def _build_and_refresh(self) -> None:
        if self._showing():
            self.ensure_built()
            self.schedule_refresh()

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            QTimer.singleShot(
                0, self._build_and_refresh if not self.is_built else self.schedule_refresh
            )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style = None
            self._mark_all_stale()
            self.schedule_refresh()

    def _map_changed(self, _batch: MapEdited | None = None) -> None:
        """Every chart shows the map: all are redrawn, once per command."""
        self._mark_all_stale()
        self.schedule_refresh()

    def _snapshots_changed(self) -> None:
        """Read the snapshots again when the "Over time" chart next draws."""
        self._snapshot_cache = None
        self._map_changed()

    def _mark_all_stale(self) -> None:
        for page in self._pages:
            page.stale = True

    def _chart_input(self, key: str) -> ChartInput:
        """The map, and its snapshots only for the chart that shows them (they are read once)."""
        from supportmap.reports.charts import ChartInput

        if key != "history":
            return ChartInput(self._document.support_map)
        if self._snapshot_cache is None:
            self._snapshot_cache = self._read_snapshots()
        return ChartInput(self._document.support_map, self._snapshot_cache)

    def _read_snapshots(self) -> tuple[Snapshot, ...]:
        """The open map's snapshots; none if they cannot be read (the chart then says so)."""
        from supportmap.storage.errors import StorageError

        document = self._document
        if document.support_map is None:
            return ()
        try:
            return document.load_snapshots()
        except StorageError:
            return ()

    def _chart_style(self) -> ChartStyle:
        if self._style is None:
            window = self.palette().color(QPalette.ColorRole.Window)
            scheme = QGuiApplication.styleHints().colorScheme()
            dark = scheme == Qt.ColorScheme.Dark or (
                scheme != Qt.ColorScheme.Light and window.lightness() < 128
            )
            self._style = style_for(dark)
        return self._style

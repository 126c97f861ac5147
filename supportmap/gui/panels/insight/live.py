"""`LiveAnalysis`: the analysis of the open map, kept current as the map changes.

Every panel of this package (findings, details, ranking, what-if) reads one shared instance, so
the map is analysed once per burst of edits, not once per panel. Edits arrive one command at a
time (a drag sends many); a zero-timeout single-shot timer folds a burst into one analysis that
runs as soon as control returns to the event loop — before the next frame is painted, and
without ever running inside a keystroke's handler.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from supportmap.core.analysis import Analysis, analyze
from supportmap.core.whatif import WhatIf, what_if_all

if TYPE_CHECKING:
    from supportmap.core.batch import MapEdited
    from supportmap.core.supportmap import SupportMap
    from supportmap.gui.document import MapDocument


class LiveAnalysis(QObject):
    """The current `Analysis` of ``document``'s map, refreshed after every burst of changes.

    Signals:
        updated(object): the new `Analysis`, or None when no map is open.

    Attributes:
        last_seconds: wall time of the most recent ``analyze`` call (for benchmarks and logs).
    """

    updated = Signal(object)

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._analysis: Analysis | None = None
        self._what_ifs: dict[str, WhatIf] | None = None
        self.last_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        document.edited.connect(self._schedule)
        # Opening a map is one event, not a burst: analyse at once, so the panels are filled
        # before the window first paints instead of being drawn twice.
        document.reset.connect(self.refresh_now)
        if document.support_map is not None:
            self.refresh_now()

    @property
    def document(self) -> MapDocument:
        return self._document

    @property
    def support_map(self) -> SupportMap | None:
        return self._document.support_map

    def analysis(self) -> Analysis | None:
        """The analysis of the map as it was at the last refresh (None with no map open)."""
        return self._analysis

    def what_ifs(self) -> dict[str, WhatIf]:
        """What-if of every current person, computed on first request after each refresh."""
        if self._what_ifs is None:
            support_map = self._document.support_map
            if support_map is None or self._analysis is None:
                return {}
            self._what_ifs = what_if_all(support_map, self._analysis)
        return self._what_ifs

    def is_pending(self) -> bool:
        """Whether a refresh is scheduled but has not run yet."""
        return self._timer.isActive()

    def refresh_now(self) -> None:
        """Analyse the map immediately and tell the panels (also cancels a scheduled refresh)."""
        self._timer.stop()
        support_map = self._document.support_map
        self._what_ifs = None
        if support_map is None:
            self._analysis = None
            self.last_seconds = 0.0
        else:
            started = time.perf_counter()
            self._analysis = analyze(support_map)
            self.last_seconds = time.perf_counter() - started
        self.updated.emit(self._analysis)

    def _schedule(self, _batch: MapEdited) -> None:
        if not self._timer.isActive():
            self._timer.start()

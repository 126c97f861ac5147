"""The top of the History panel: what changed since the newest snapshot, in plain words.

A therapist coming back the next week sees at once "Since “Session 3” (1 Oct 2026)" and the
change summary of DESIGN §8.1 (most important first, people named), with a button that opens
the full comparison on the map. The snapshot is read when the map or its snapshots change; after
an edit only the comparison is worked out again, shortly after, so a burst of edits (a drag)
costs one comparison and no reading.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from supportmap.core.change import Moment, compare
from supportmap.core.snapshot import Snapshot
from supportmap.gui.document import MapDocument, SnapshotEntry
from supportmap.gui.texts import history as strings
from supportmap.gui.texts import text
from supportmap.storage.errors import StorageError

SHOWN_SENTENCES = 3
"""The summary's first sentences shown here; the comparison lists everything."""
SETTLE_MS = 300
"""How long edits must pause before the summary is worked out again."""
_SHORT = QLocale.FormatType.ShortFormat


class SinceBox(QFrame):
    """What changed since the newest snapshot, with "Show what changed"; hidden without one."""

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SinceBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._document = document
        self._snapshot_id: int | None = None
        self._last: tuple[SnapshotEntry, Snapshot] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("SinceHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self.tr("Show what changed"))
        self.show_button.setToolTip(text(strings.SINCE_MORE))
        self.show_button.clicked.connect(self._show_changes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._show_summary)
        for signal in (document.reset, document.snapshots_changed, document.stored):
            signal.connect(self.refresh)
        document.edited.connect(lambda _batch: self._timer.start())
        document.moment_changed.connect(self._update_enabled)
        self.refresh()

    def refresh(self) -> None:
        """Read the newest snapshot again and show what changed since (now, not after a pause)."""
        self._timer.stop()
        document = self._document
        cached, self._last = self._last, None  # a snapshot already read is not read again
        if document.support_map is None or not document.is_stored:
            self._snapshot_id = None
            self.hide()
            return
        try:
            entries = document.list_snapshots()
            last = entries[-1] if entries else None
            if last is not None and (cached is None or cached[0] != last):
                cached = (last, document.load_snapshot(last.snapshot_id))
            self._last = cached if last is not None else None
        except StorageError:
            self._snapshot_id = None
            self.heading.setText(self.tr("Since the last snapshot"))
            self.summary.setText(text(strings.SINCE_UNREAD))
            self.show_button.hide()
            self.show()
            return
        self._show_summary()

    def _show_summary(self) -> None:
        """Compare the snapshot read last with the map as it is now (no library is read)."""
        self._timer.stop()
        if self._last is None or self._document.support_map is None:
            self._snapshot_id = None
            self.hide()
            return
        entry, snapshot = self._last
        comparison = compare(
            snapshot.map, self._document.current_map(), Moment.of_snapshot(snapshot), Moment.now()
        )
        self._snapshot_id = entry.snapshot_id
        local = entry.taken.astimezone().date()
        day = QLocale().toString(QDate(local.year, local.month, local.day), _SHORT)
        heading = text(strings.SINCE_HEADING).replace("%1", entry.label).replace("%2", day)
        self.heading.setText(heading)
        sentences = list(comparison.summary)
        if not sentences:
            self.summary.setText(text(strings.SINCE_NOTHING))
        else:
            shown = sentences[:SHOWN_SENTENCES]
            if len(sentences) > SHOWN_SENTENCES:
                shown.append(self.tr("…and %n more.", "", len(sentences) - SHOWN_SENTENCES))
            self.summary.setText("\n".join(shown))
        self.show_button.setVisible(bool(sentences))
        self._update_enabled()
        self.show()

    def _update_enabled(self) -> None:
        self.show_button.setEnabled(self._snapshot_id is not None)

    def _show_changes(self) -> None:
        if self._snapshot_id is None:
            return
        try:
            self._document.compare(self._snapshot_id, None)
        except StorageError as error:
            self._document.problem.emit(str(error))

"""`PastMomentBanner`: the canvas's mode banner while a past moment or a comparison is shown.

It names what is on screen ("Looking back at “Session 1”", "Comparing “Session 1” with now"),
says that nothing can be changed there and offers the ways on: "Compare with now" and
"Back to now" for a moment, "Side by side" and "Back to now" for a comparison. ``Esc``
anywhere in the window goes back to now as well. What-if may be used on a past map too; while
it is on it has the banner (and Esc), and the past's banner comes back when it ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from supportmap.core.change import Comparison
from supportmap.gui.canvas.banner import CanvasNotice
from supportmap.gui.document import MapDocument, SnapshotEntry
from supportmap.gui.texts import past
from supportmap.gui.texts.past import text
from supportmap.storage.errors import StorageError


def moment_date(taken: dt.datetime, long: bool = False) -> str:
    """The local day a snapshot was taken, in the person's locale."""
    local = taken.astimezone()
    day = QDate(local.year, local.month, local.day)
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(day, kind)


def entry_name(entry: SnapshotEntry | None) -> str:
    """A moment as sentences name it: “Session 1”, or "now"."""
    return past.moment_name(None if entry is None else entry.label)


class PastMomentBanner(QObject):
    """Shows the past on the mode banner and owns the ways back: actions and ``Esc``.

    Signals:
        side_by_side_changed(bool): "Side by side" was turned on or off (it turns off by itself
            when the comparison ends).
    """

    side_by_side_changed = Signal(bool)

    def __init__(self, document: MapDocument, banner: CanvasNotice, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._banner = banner
        self._other_mode_on: Callable[[], bool] = lambda: False

        self.back_action = QAction(self.tr("Back to now"), self)
        self.back_action.setObjectName("backToNowAction")
        self.back_action.setToolTip(text(past.BACK_TO_NOW_TIP))
        self.back_action.triggered.connect(document.back_to_now)
        self.compare_action = QAction(self.tr("Compare with now"), self)
        self.compare_action.setObjectName("compareWithNowAction")
        self.compare_action.setToolTip(text(past.COMPARE_WITH_NOW_TIP))
        self.compare_action.triggered.connect(self._compare_with_now)
        self.side_by_side_action = QAction(self.tr("Side by side"), self)
        self.side_by_side_action.setObjectName("sideBySideAction")
        self.side_by_side_action.setCheckable(True)
        self.side_by_side_action.setToolTip(text(past.SIDE_BY_SIDE_TIP))
        self.side_by_side_action.toggled.connect(self.side_by_side_changed)
        self.side_by_side_action.toggled.connect(lambda _on: self.refresh())

        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(document.back_to_now)
        document.moment_changed.connect(self.refresh)
        self.refresh()

    def share_with(self, changed: SignalInstance, is_on: Callable[[], bool]) -> None:
        """Give way to another mode that uses the same banner and Esc (what-if) while it is on.

        ``changed`` is emitted when that mode starts or ends; ``is_on`` says whether it is on.
        Connect this after that mode's own banner, so the past's banner is shown last.
        """
        self._other_mode_on = is_on
        changed.connect(lambda *_: self.refresh())

    def refresh(self) -> None:
        """Say what is shown now, or hide (and let go of the banner) when it is the present."""
        document = self._document
        in_past = document.read_only
        if not document.compared and self.side_by_side_action.isChecked():
            self.side_by_side_action.setChecked(False)
        self.back_action.setEnabled(in_past)
        self.compare_action.setEnabled(document.moment is not None)
        self.side_by_side_action.setEnabled(document.compared is not None)
        other = self._other_mode_on()
        self.escape.setEnabled(in_past and not other)
        if other:
            return  # the other mode has the banner; it is given back when it ends
        if document.compared is not None:
            compared = document.compared
            before = entry_name(compared.before_entry)
            after = entry_name(compared.after_entry)
            same = nothing_changed(compared.result)
            detail = text(past.COMPARE_SAME_DETAIL) if same else past.compare_detail(before)
            if self.side_by_side_action.isChecked():
                detail = ""  # each map has its caption, and each map needs the room
            self._banner.show_actions(
                past.compare_title(before, after),
                detail,
                [self.side_by_side_action, self.back_action],
            )
        elif document.moment is not None:
            moment = document.moment
            self._banner.show_actions(
                past.moment_title(moment.label),
                past.moment_detail(moment_date(moment.taken, long=True)),
                [self.compare_action, self.back_action],
            )
        elif self._banner.action_buttons():
            self._banner.hide()

    def _compare_with_now(self) -> None:
        moment = self._document.moment
        if moment is None:
            return
        try:
            self._document.compare(moment.snapshot_id, None)
        except StorageError as error:
            self._document.problem.emit(str(error))  # the window says why; the moment stays


def nothing_changed(result: Comparison) -> bool:
    """Whether two moments hold the same map: no list of the comparison names anything."""
    lists = (
        result.people_added,
        result.people_removed,
        result.renamed,
        result.circle_changed,
        result.sector_changed,
        result.safety_changed,
        result.support_changed,
        result.ties_added,
        result.ties_removed,
        result.ties_changed,
        result.findings_resolved,
        result.findings_new,
    )
    return not any(lists)

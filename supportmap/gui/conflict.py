"""The calm message shown when a save meets someone else's change first (DESIGN §11).

`MapDocument` reads the map again right after ``conflicted`` and clears its undo history; this
message says so, lists what the other person changed once the map is read (``theirs_shown``,
named as the Edit menu names gestures: `gesture_names`), and offers to make the refused edit
again on top of their version (`MapDocument.reapply`). It is window-modal but does not block
the event loop, so the map keeps following the library behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from supportmap.core.changes import Change
from supportmap.core.model import ValidationError
from supportmap.gui.commands import gesture_names
from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument, Refusal
from supportmap.gui.texts import live as strings_live
from supportmap.gui.texts import text

SHOWN_GESTURES = 6
"""The message names at most this many of the other person's gestures and counts the rest."""


class ConflictMessage(QObject):
    """Shows each refused save of ``document`` over ``window`` and makes it again if asked.

    Signals:
        status(str): a short outcome for the status bar (made again, nothing left to do).
    """

    status = Signal(str)

    def __init__(self, document: MapDocument, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self.box: QMessageBox | None = None
        """The message on screen, if any (for tests and screenshots)."""
        self.again_button: QWidget | None = None
        document.conflicted.connect(self.show_refusal)
        document.theirs_shown.connect(self.show_theirs)

    def show_refusal(self, refusal: Refusal) -> None:
        if self.box is not None:
            self.box.done(QMessageBox.StandardButton.Close)
        said = text(strings_live.CONFLICT_UNDO if refusal.undoing else strings_live.CONFLICT_EDIT)
        box = QMessageBox(QMessageBox.Icon.Information, text(strings_live.CONFLICT_TITLE), "")
        box.setParent(self._window, box.windowFlags())
        box.setObjectName("conflictMessage")
        box.setText(said.replace("%1", refusal.label))
        box.setInformativeText(text(strings_live.CONFLICT_HISTORY))
        label = self.tr("Undo it again") if refusal.undoing else self.tr("Make my change again")
        again = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep their version"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(
            lambda button: self._make_again(refusal) if button is again else None
        )
        box.finished.connect(lambda _result: self._forget(box))
        self.box, self.again_button = box, again
        box.open()

    def show_theirs(self, changes: tuple[Change, ...]) -> None:
        """Add what the other person changed to the message on screen."""
        support_map = self._document.support_map
        if self.box is None or not changes or support_map is None:
            return
        gestures = gesture_names(changes, support_map)
        if len(gestures) > SHOWN_GESTURES:
            rest = len(gestures) - (SHOWN_GESTURES - 1)
            gestures = [*gestures[: SHOWN_GESTURES - 1], self.tr("and %n more", "", rest)]
        lines = [text(strings_live.CONFLICT_THEIRS), *(f"• {line}" for line in gestures)]
        history = text(strings_live.CONFLICT_HISTORY)
        self.box.setInformativeText("\n".join(lines) + "\n\n" + history)

    def _forget(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = self.again_button = None
        box.deleteLater()

    def _make_again(self, refusal: Refusal) -> None:
        try:
            made = self._document.reapply(refusal)
        except ValidationError as error:
            message = text(strings_live.REAPPLY_DOES_NOT_FIT).replace("%1", refusal.label)
            title = text(strings_live.CONFLICT_TITLE)
            Problem.show(self._window, title, message.replace("%2", error.problem))
            return
        done = strings_live.REAPPLIED if made else strings_live.REAPPLY_NOTHING_LEFT
        self.status.emit(text(done).replace("%1", refusal.label))

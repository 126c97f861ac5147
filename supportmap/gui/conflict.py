"""The calm message shown when a save meets someone else's change first (DESIGN §11).

`MapDocument` reads the map again right after ``conflicted`` and clears its undo history; this
message says so, lists what the other person changed once the map is read (``theirs_shown``,
named as the Edit menu names gestures: `gesture_names`), and offers to make the refused edit
again on top of their version (`MapDocument.reapply`). It is window-modal but does not block
the event loop, so the map keeps following the library behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from supportmap.core.changes import (
    Change,
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
    TieRemoved,
)
from supportmap.core.model import ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument, Refusal
from supportmap.gui.texts import live as strings_live
from supportmap.gui.texts import text

translate = QCoreApplication.translate

SHOWN_GESTURES = 6
"""The message names at most this many of the other person's gestures and counts the rest."""
MOVED = {"position", "circle", "sector"}
"""What a person's move on the map changes: where they sit, and so their ring and wedge."""


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


def gesture_names(changes: Sequence[Change], after: SupportMap) -> list[str]:
    """What ``changes`` did, one line per gesture as the Edit menu names it ("Rename Sam"), in
    the order of the changes and without repeats.

    The changes are those that made the map on screen the other person's version (as
    `MapDocument.reload_map` works them out), so one person's several edits show as one
    ("Edit Sam"), and taking someone who left out of the safety plan goes with their removal
    rather than showing as an edit of the plan.

    Args:
        after: the map the changes led to, which names the people of ties (someone who left
            it is named by the change that removed them).
    """
    removed = {c.person.id: c.person.name for c in changes if isinstance(c, PersonRemoved)}
    names = {person.id: person.name for person in after.people.values()} | removed
    lines: list[str] = []
    for change in changes:
        if _only_takes_out(change, removed):
            continue
        line = _gesture_name(change, names)
        if line not in lines:
            lines.append(line)
    return lines


def _only_takes_out(change: Change, removed: Iterable[str]) -> bool:
    """Whether ``change`` only takes people who left the map out of the safety plan."""
    if not isinstance(change, SafetyPlanChanged) or change.before is None:
        return False
    return change.after == change.before.without(removed)


def _gesture_name(change: Change, names: Mapping[str, str]) -> str:
    def pair(label: str, a: str, b: str) -> str:
        return label.replace("%1", names.get(a, "?")).replace("%2", names.get(b, "?"))

    match change:
        case PersonAdded(person=person):
            return translate("MapDocument", "Add %1").replace("%1", person.name)
        case PersonRemoved(person=person):
            return translate("MapDocument", "Delete %1").replace("%1", person.name)
        case PersonChanged(before=before, after=after):
            if set(change.fields) == {"name"}:
                return translate("MapDocument", "Rename %1").replace("%1", before.name)
            if "position" in change.fields and set(change.fields) <= MOVED:
                return translate("MapDocument", "Move %1").replace("%1", after.name)
            return translate("MapDocument", "Edit %1").replace("%1", after.name)
        case TieAdded(tie=tie):
            return pair(translate("MapDocument", "Connect %1 and %2"), tie.a, tie.b)
        case TieRemoved(tie=tie):
            return pair(translate("MapDocument", "Disconnect %1 and %2"), tie.a, tie.b)
        case TieChanged(after=tie):
            return pair(translate("MapDocument", "Edit tie between %1 and %2"), tie.a, tie.b)
        case MapRetitled():
            return translate("MapDocument", "Rename map")
        case FocusRenamed(before=before):
            return translate("MapDocument", "Rename %1").replace("%1", before)
        case NoteAdded():
            return translate("MapDocument", "Add a note")
        case NoteRemoved():
            return translate("MapDocument", "Delete a note")
        case NoteChanged():
            return translate("MapDocument", "Edit a note")
        case SafetyPlanChanged():
            return translate("MapDocument", "Edit the safety plan")

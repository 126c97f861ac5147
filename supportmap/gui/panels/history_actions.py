"""What can be done with the History panel's rows, once: one action per operation, shared by
the buttons, the context menu and the keys, each enabled only when it can act.

Snapshot operations go to the library through the document (rename, delete, restore) or change
what the window shows (open, compare); note operations are undoable edits. While the window
shows a past moment or a comparison, nothing that edits the map (notes, restore, End session…)
is possible; opening and comparing stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from supportmap.core.model import SessionNote, ValidationError
from supportmap.gui.dialogs import Confirm
from supportmap.gui.document import MapDocument, SnapshotEntry
from supportmap.gui.panels.history_dialogs import (
    ChooseSnapshotDialog,
    EndSessionDialog,
    NoteDialog,
    SnapshotLabelDialog,
)
from supportmap.gui.panels.history_model import Kind
from supportmap.gui.texts import history as strings
from supportmap.gui.texts import text
from supportmap.storage.errors import StorageError

if TYPE_CHECKING:
    from supportmap.gui.panels.history_dock import HistoryDock


def suggested_label(snapshots: int, today: dt.date) -> str:
    """ "Session N · <date>": N is one more than the snapshots kept, the date the locale's short."""
    day = QLocale().toString(
        QDate(today.year, today.month, today.day), QLocale.FormatType.ShortFormat
    )
    return text(strings.SESSION_LABEL).replace("%1", str(snapshots + 1)).replace("%2", day)


class HistoryActions(QObject):
    """The History panel's actions, acting on the panel's highlighted row.

    Signals:
        status(str): a confirmation for the status bar.
        problem(str): a calm message about something that could not be done.
    """

    status = Signal(str)
    problem = Signal(str)

    def __init__(self, document: MapDocument, panel: HistoryDock, parent: QObject) -> None:
        super().__init__(parent)
        self._document = document
        self._panel = panel
        self._snapshots: tuple[SnapshotEntry, ...] = ()
        self._notes: tuple[SessionNote, ...] = ()

        self.open = self._action(self.tr("&Open"), self.open_snapshot, text(strings.OPEN_TIP))
        self.compare_now = self._action(self.tr("Compare with &now"), self.compare_with_now)
        self.compare_other = self._action(self.tr("Compare &with…"), self.compare_with_other)
        self.compare_menu = QMenu(self.tr("&Compare"), panel)
        self.compare_menu.addActions([self.compare_now, self.compare_other])
        self.compare_menu.menuAction().setToolTip(text(strings.COMPARE_TIP))
        self.rename = self._action(self.tr("&Rename…"), self.rename_snapshot, key="F2")
        self.delete_snapshot = self._action(
            self.tr("&Delete…"), self.delete_chosen_snapshot, key="Del"
        )
        self.restore = self._action(
            self.tr("&Make this the current map…"), self.restore_snapshot, text(strings.RESTORE_TIP)
        )
        self.restore.setIconText(self.tr("Make current…"))
        self.add_note = self._action(
            self.tr("&Add note…"), self.write_note, text(strings.ADD_NOTE_TIP)
        )
        self.edit_note = self._action(self.tr("&Edit note…"), self.edit_chosen_note, key="F2")
        self.edit_note.setIconText(self.tr("Edit…"))
        self.private = self._action(self.tr("&Private"), self.toggle_private)
        self.private.setCheckable(True)
        self.private.setToolTip(text(strings.PRIVATE_TIP))
        self.delete_note = self._action(self.tr("De&lete note"), self.delete_chosen_note, key="Del")
        self.delete_note.setIconText(self.tr("Delete"))
        self.end_session = self._action(
            self.tr("En&d session…"), self.end_the_session, text(strings.END_SESSION_TIP)
        )

    def _action(
        self, label: str, slot: Callable[[], None], tip: str = "", key: str | None = None
    ) -> QAction:
        action = QAction(label, self)
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if key is not None:
            # Shown in the menus; the list itself handles the key (the action's shortcut only
            # works inside the menu or button it is on, so it never reaches another panel).
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        return action

    def snapshot_buttons(self) -> list[QAction]:
        return [
            self.open,
            self.compare_menu.menuAction(),
            self.rename,
            self.delete_snapshot,
            self.restore,
        ]

    def note_buttons(self) -> list[QAction]:
        return [self.end_session, self.add_note, self.edit_note, self.private, self.delete_note]

    def menu_for(self, chosen: tuple[Kind, int | str] | None, parent: QWidget) -> QMenu:
        """The context menu of a row (or of the empty list)."""
        menu = QMenu(parent)
        if chosen is not None and chosen[0] is Kind.SNAPSHOT:
            menu.addActions([self.open, self.compare_now, self.compare_other])
            menu.addSeparator()
            menu.addActions([self.rename, self.delete_snapshot, self.restore])
        elif chosen is not None:
            menu.addActions([self.edit_note, self.private, self.delete_note])
        menu.addSeparator()
        menu.addActions([self.add_note, self.end_session])
        return menu

    # --- enabling ---------------------------------------------------------------------------

    def update(
        self,
        chosen: tuple[Kind, int | str] | None,
        snapshots: Sequence[SnapshotEntry],
        notes: Sequence[SessionNote],
    ) -> None:
        """Enable what can act on the highlighted row; keep what the actions act on."""
        self._snapshots = tuple(snapshots)
        self._notes = tuple(notes)
        document = self._document
        editable = document.support_map is not None and not document.read_only
        snapshot = chosen is not None and chosen[0] is Kind.SNAPSHOT
        note = self._chosen_note(chosen)
        for action in (self.open, self.compare_now, self.rename, self.delete_snapshot):
            action.setEnabled(snapshot)
        self.compare_menu.menuAction().setEnabled(snapshot)
        self.compare_other.setEnabled(snapshot and len(self._snapshots) > 1)
        self.restore.setEnabled(snapshot and editable)
        self.add_note.setEnabled(editable)
        for action in (self.edit_note, self.private, self.delete_note):
            action.setEnabled(note is not None and editable)
        self.private.setChecked(note is not None and note.private)
        self.end_session.setEnabled(document.is_stored and not document.read_only)

    def _chosen_note(self, chosen: tuple[Kind, int | str] | None) -> SessionNote | None:
        if chosen is None or chosen[0] is not Kind.NOTE:
            return None
        return next((note for note in self._notes if note.id == chosen[1]), None)

    def _chosen_snapshot(self) -> SnapshotEntry | None:
        chosen = self._panel.selected()
        if chosen is None or chosen[0] is not Kind.SNAPSHOT:
            return None
        return next((e for e in self._snapshots if e.snapshot_id == chosen[1]), None)

    # --- what the keys do -------------------------------------------------------------------

    def activate(self) -> None:
        """Enter or a double click: open a snapshot, edit a note."""
        for action in (self.open, self.edit_note):
            if action.isEnabled():
                action.trigger()
                return

    def rename_or_edit(self) -> None:
        """F2: rename a snapshot, edit a note."""
        for action in (self.rename, self.edit_note):
            if action.isEnabled():
                action.trigger()
                return

    def delete_selected(self) -> None:
        """Delete: a snapshot after asking, a note at once (Undo brings it back)."""
        for action in (self.delete_snapshot, self.delete_note):
            if action.isEnabled():
                action.trigger()
                return

    # --- snapshots ----------------------------------------------------------------------------

    def open_snapshot(self) -> None:
        entry = self._chosen_snapshot()
        if entry is not None:
            self._storage(lambda: self._document.show_moment(entry.snapshot_id))

    def compare_with_now(self) -> None:
        entry = self._chosen_snapshot()
        if entry is not None:
            self._storage(lambda: self._document.compare(entry.snapshot_id, None))

    def compare_with_other(self) -> None:
        entry = self._chosen_snapshot()
        if entry is None:
            return
        others = [e for e in self._snapshots if e.snapshot_id != entry.snapshot_id]
        if not others:  # the action is disabled then
            return
        prompt = text(strings.CHOOSE_MOMENT_PROMPT).replace("%1", entry.label)
        other = ChooseSnapshotDialog.ask(self._panel, prompt, others)
        if other is not None:
            self._storage(lambda: self._document.compare(entry.snapshot_id, other))

    def rename_snapshot(self) -> None:
        entry = self._chosen_snapshot()
        if entry is None:
            return
        prompt = text(strings.RENAME_SNAPSHOT_PROMPT).replace("%1", entry.label)
        label = SnapshotLabelDialog.ask(
            self._panel, self.tr("Rename snapshot"), prompt, entry.label
        )
        if label is None or label == entry.label:
            return
        if self._storage(lambda: self._document.rename_snapshot(entry.snapshot_id, label)):
            self.status.emit(text(strings.SNAPSHOT_RENAMED).replace("%1", label))

    def delete_chosen_snapshot(self) -> None:
        entry = self._chosen_snapshot()
        if entry is None:
            return
        question = text(strings.CONFIRM_DELETE_SNAPSHOT).replace("%1", entry.label)
        detail = text(strings.CONFIRM_DELETE_SNAPSHOT_DETAIL)
        if not Confirm.ask(self._panel, question, detail, self.tr("Delete snapshot")):
            return
        if self._storage(lambda: self._document.delete_snapshot(entry.snapshot_id)):
            self.status.emit(text(strings.SNAPSHOT_DELETED).replace("%1", entry.label))

    def restore_snapshot(self) -> None:
        entry = self._chosen_snapshot()
        if entry is None or self._document.read_only:
            return
        question = text(strings.CONFIRM_RESTORE).replace("%1", entry.label)
        detail = text(strings.CONFIRM_RESTORE_DETAIL)
        if not Confirm.ask(self._panel, question, detail, self.tr("Make it the current map")):
            return
        if self._storage(lambda: self._document.restore_snapshot(entry.snapshot_id)):
            self.status.emit(text(strings.RESTORED).replace("%1", entry.label))

    # --- notes --------------------------------------------------------------------------------

    def write_note(self) -> None:
        if self._document.support_map is None or self._document.read_only:
            return
        answer = NoteDialog.ask(self._panel, self.tr("Add a note"))
        if answer is None:
            return
        before = {note.id for note in self._document.require_map().notes}
        if self._edit(
            lambda: self._document.add_note(answer.text, private=answer.private, date=answer.date)
        ):
            added = [n for n in self._document.require_map().notes if n.id not in before]
            if added:
                self._panel.select(Kind.NOTE, added[0].id)

    def edit_chosen_note(self) -> None:
        note = self._chosen_note(self._panel.selected())
        if note is None or self._document.read_only:
            return
        answer = NoteDialog.ask(
            self._panel, self.tr("Edit note"), note.text, note.private, note.date
        )
        if answer is not None:
            self._edit(
                lambda: self._document.update_note(
                    note.id, text=answer.text, private=answer.private, date=answer.date
                )
            )

    def toggle_private(self) -> None:
        note = self._chosen_note(self._panel.selected())
        if note is None or self._document.read_only:
            return
        private = not note.private
        if self._edit(lambda: self._document.update_note(note.id, private=private)):
            said = strings.NOTE_MADE_PRIVATE if private else strings.NOTE_MADE_SHARED
            self.status.emit(text(said))

    def delete_chosen_note(self) -> None:
        note = self._chosen_note(self._panel.selected())
        if note is None or self._document.read_only:
            return
        if self._edit(lambda: self._document.remove_note(note.id)):
            self.status.emit(text(strings.NOTE_DELETED))

    # --- the end of a session -----------------------------------------------------------------

    def end_the_session(self) -> None:
        """Ask for the snapshot's name and a note, then keep both in one step."""
        document = self._document
        if not document.is_stored or document.read_only:
            return
        try:
            count = len(document.list_snapshots())
        except StorageError as error:
            self.problem.emit(str(error))
            return
        answer = EndSessionDialog.ask(self._panel, suggested_label(count, dt.date.today()))
        if answer is None:
            return
        if not self._edit(lambda: document.end_session(answer.label, answer.note, answer.private)):
            return
        try:
            kept = len(document.list_snapshots()) > count
        except StorageError:
            kept = False
        if kept:  # not when the note could not be saved: the document has said why
            self.status.emit(text(strings.SESSION_ENDED).replace("%1", answer.label))

    # --- errors -----------------------------------------------------------------------------

    def _storage(self, work: Callable[[], object]) -> bool:
        """Run a library operation; a StorageError becomes a calm message. Whether it worked."""
        try:
            work()
        except StorageError as error:
            self.problem.emit(str(error))
            return False
        return True

    def _edit(self, work: Callable[[], object]) -> bool:
        """Run an edit; a refused label or note becomes a calm message. Whether it worked."""
        try:
            return self._storage(work)
        except ValidationError as error:
            refused = strings.LABEL_NOT_USED if error.field == "label" else strings.NOTE_NOT_USED
            self.problem.emit(text(refused))
            return False

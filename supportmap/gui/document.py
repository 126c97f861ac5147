"""`MapDocument`: the open map, the library it lives in, and the undo history of each map.

Every edit anywhere in the app becomes a `ChangeCommand` pushed here. A command applies core
changes to the in-memory `SupportMap` and saves them through the library in one transaction;
undo applies the inverse changes the same way. If saving fails, the model is rolled back so the
screen, the undo stack and the database never disagree, and `failed` tells the window. Each
applied command reaches the views as one `MapEdited` batch. Each map opened in this session keeps
its own undo stack, so switching to another map and back leaves its history as it was.

The document is also the GUI's only way to the library (the list of maps, snapshots, settings):
a view that changes the library through it is sure that every other view hears of it, through
``maps_changed`` and ``snapshots_changed``. A test keeps every other GUI module away from it.

A map can also be shown before any library is open (the demo or an imported file at start-up,
so the window appears before the database layer has loaded). Such a map is *not stored yet*:
edits change it in memory only, until `attach` saves it as a new map of the library.
"""

from __future__ import annotations

import datetime as dt
import time
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from supportmap.core import edits
from supportmap.core.batch import MapEdited
from supportmap.core.changes import Change, PersonChanged, invert
from supportmap.core.model import Position, ValidationError
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage.errors import StorageError

if TYPE_CHECKING:
    from supportmap.storage.library import Library

LAST_MAP_SETTING = "last_map"
"""The library setting that names the map to open at the next start."""
MOVE_MERGE_ID = 1
"""Moves of the same people in quick succession (live drag steps, nudges) merge into one command."""
MERGE_WINDOW_S = 1.0
"""Moves further apart than this stay separate steps: two drags are two things to undo."""
_clock = time.monotonic


class ChangeCommand(QUndoCommand):
    """One undoable user action: a list of core changes applied and saved together."""

    def __init__(
        self, document: MapDocument, changes: Sequence[Change], text: str, merge_id: int = -1
    ) -> None:
        super().__init__(text)
        # A weak reference: the stack that owns this command belongs to the document, and a
        # strong one would make a cycle through C++ that the garbage collector tears apart
        # in an unsafe order.
        self._document = weakref.ref(document)
        self._changes: tuple[Change, ...] = tuple(changes)
        self._merge_id = merge_id
        self._last = _clock()

    @property
    def changes(self) -> tuple[Change, ...]:
        return self._changes

    def id(self) -> int:  # Qt override
        return self._merge_id

    def redo(self) -> None:  # Qt override
        self._run(self._changes)

    def undo(self) -> None:  # Qt override
        self._run(tuple(invert(change) for change in reversed(self._changes)))

    def _run(self, changes: Sequence[Change]) -> None:
        document = self._document()
        if document is None or not document._perform(changes):
            self.setObsolete(True)

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        """Fold a later move of the same people into this one (before of ours, after of theirs)."""
        if not isinstance(other, ChangeCommand) or other.isObsolete():
            return False
        if other.id() != self._merge_id or self._merge_id == -1:
            return False
        if other._last - self._last > MERGE_WINDOW_S:
            return False
        mine, theirs = self._changes, other._changes
        if len(mine) != len(theirs):
            return False
        merged: list[Change] = []
        for a, b in zip(mine, theirs, strict=True):
            if not (
                isinstance(a, PersonChanged)
                and isinstance(b, PersonChanged)
                and a.after.id == b.before.id
            ):
                return False
            merged.append(PersonChanged(a.before, b.after))
        self._changes = tuple(merged)
        self._last = other._last
        return True


@dataclass(frozen=True)
class MapEntry:
    """One map as the list of maps shows it; ``map_id`` is None for an open map not stored yet.

    ``title`` is the map's own title, empty if it has none (views then name it after
    ``focus_name``). ``updated`` is the map's last change and ``last_snapshot`` when its newest
    snapshot was taken (aware times; None when not known, e.g. for a map not stored yet).
    """

    map_id: int | None
    title: str
    focus_name: str
    people: int
    updated: dt.datetime | None = None
    last_snapshot: dt.datetime | None = None


class MapDocument(QObject):
    """The open map: the core SupportMap, the Library it is saved in, and its undo history.

    The GUI reaches the library only through this object (maps, snapshots, settings), so that
    every view learns of a change from the signal that announces it, never from another view.
    There is no library until `attach`; ``map_id`` is None while no map is open or the open map
    is not stored yet.

    ``undo_group`` holds one QUndoStack per map opened in this session (the window's Undo and
    Redo follow it); ``undo_stack`` is the open map's. A command only ever runs while its own
    map is open, so its changes always meet the map they were made on.

    Signals:
        edited(MapEdited): a command was applied and saved (on do, undo and redo): one batch
            with all its changes.
        reset(): another map was opened or the map was closed; views re-read everything.
        failed(str): saving an edit failed; it was rolled back. The text is for a message box.
        problem(str): the library could not do something asked of it outside an edit
            (keeping the map on screen, remembering the last map); the text is for the person.
        stored(): a library was attached (and the open map, if any, saved in it).
        maps_changed(): the list of maps changed: a map was created, duplicated, deleted or
            renamed, or the open map's title, focus name or number of people changed.
        snapshots_changed(): the open map's snapshots may differ from the last read: one was
            taken, or another map was opened, closed or stored.
    """

    edited = Signal(object)
    reset = Signal()
    failed = Signal(str)
    problem = Signal(str)
    stored = Signal()
    maps_changed = Signal()
    snapshots_changed = Signal()

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.map_id: int | None = None
        self.support_map: SupportMap | None = None
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int | None, QUndoStack] = {}
        self._use_stack(None, fresh=True)
        self._unstored_snapshots: tuple[Snapshot, ...] = ()
        self._pushing = False

    # --- the library ------------------------------------------------------------------

    @property
    def has_library(self) -> bool:
        """Whether a library is attached (False only in the first moment of a start)."""
        return self._library is not None

    @property
    def is_stored(self) -> bool:
        """Whether the open map lives in the library (False when none is open)."""
        return self.map_id is not None

    def _require_library(self) -> Library:
        if self._library is None:
            raise RuntimeError("no library is attached")
        return self._library

    def open_library(self, location: str) -> bool:
        """Open the library at a path or URL and `attach` it.

        Returns what `attach` returns.

        Raises:
            StorageError: the library cannot be opened; nothing changed.
        """
        from supportmap.storage.library import Library

        return self.attach(Library.open(location))

    def attach(self, library: Library) -> bool:
        """Use ``library`` from now on; an unstored open map is saved in it as a new map.

        The undo history stays valid: the stored map is exactly the one on screen, and it
        becomes the map opened at the next start.

        Returns:
            False if the unstored map could not be saved: the library is attached all the
            same, the map is closed (edits to it could not be kept) and `problem` says why.
        """
        self._library = library
        saved = True
        if self.support_map is not None and self.map_id is None:
            try:
                self.map_id = library.save_new_map(self.support_map, self._unstored_snapshots)
            except StorageError as error:
                saved = False
                self.close_map()
                self.problem.emit(str(error))
            else:
                self._stacks[self.map_id] = self._stacks.pop(None)
                self._unstored_snapshots = ()
                self.remember_open_map()
        self.stored.emit()
        self.maps_changed.emit()
        self.snapshots_changed.emit()
        return saved

    def close_library(self) -> None:
        """Close every connection to the library: the app is ending, the document with it."""
        if self._library is not None:
            self._library.close()

    def get_setting(self, key: str) -> str | None:
        """A value kept with the library, or None (raises StorageError)."""
        return self._require_library().get_setting(key)

    def set_setting(self, key: str, value: str) -> None:
        """Keep a value with the library (raises StorageError)."""
        self._require_library().set_setting(key, value)

    def remember_open_map(self) -> None:
        """Make the open map the one opened at the next start; `problem` says if that fails."""
        if self.map_id is None:
            return
        try:
            self.set_setting(LAST_MAP_SETTING, str(self.map_id))
        except StorageError as error:
            self.problem.emit(str(error))

    def remembered_map_id(self) -> int | None:
        """The map opened last time, if it still exists (raises StorageError)."""
        last = self.get_setting(LAST_MAP_SETTING)
        if last is None or not last.isdigit():
            return None
        wanted = int(last)
        return wanted if any(entry.map_id == wanted for entry in self.list_maps()) else None

    # --- the list of maps ---------------------------------------------------------------

    def list_maps(self) -> tuple[MapEntry, ...]:
        """The library's maps, most recently changed first, then an open map not stored yet.

        Raises:
            StorageError: the library could not be read.
        """
        entries: list[MapEntry] = []
        if self._library is not None:
            entries = [
                MapEntry(
                    info.id,
                    info.title,
                    info.focus_name,
                    info.people,
                    info.updated,
                    info.last_snapshot,
                )
                for info in self._library.list_maps()
            ]
        unstored = self.support_map if self.map_id is None else None
        if unstored is not None:
            entries.append(
                MapEntry(None, unstored.title, unstored.focus_name, len(unstored.people))
            )
        return tuple(entries)

    def new_map(self, focus_name: str, title: str = "") -> int:
        """Create an empty map in the library (it is not opened); returns its id.

        Raises:
            StorageError: it could not be saved.
            ValidationError: the name or title is not allowed.
        """
        map_id = self._require_library().create_map(focus_name, title)
        self.maps_changed.emit()
        return map_id

    def rename_map(self, title: str) -> None:
        """Retitle the open map, as one undoable command."""
        change = edits.retitle(self.require_map(), title)
        if change is not None:
            self.push(change, self.tr("Rename map"))

    def duplicate_map(self, map_id: int) -> int:
        """Copy a map with everything in it (it is not opened); returns the copy's id.

        Raises:
            StorageError: the map could not be copied.
        """
        copy_id = self._require_library().duplicate_map(map_id)
        self.maps_changed.emit()
        return copy_id

    def delete_map(self, map_id: int) -> None:
        """Delete a map with everything in it; the open one is closed first.

        Raises:
            StorageError: the map could not be deleted (the open map stays open then).
        """
        self._require_library().delete_map(map_id)
        if map_id == self.map_id:
            self.close_map()
        self._drop_stack(map_id)
        self.maps_changed.emit()

    # --- files ------------------------------------------------------------------------

    def import_map(self, path: Path) -> int:
        """Store a ``.supportmap.json`` file, with its snapshots, as a new map (not opened).

        The file is read and checked whole before anything is stored, and it is stored in one
        transaction, so a refused file leaves the library as it was. Returns the new map's id.

        Raises:
            FileFormatError: the file cannot be read or is not a valid map; the message is
                the one the command line gives.
            StorageError: the library could not store it.
        """
        from supportmap.storage.fileformat import read_document

        library = self._require_library()
        incoming = read_document(path)
        map_id = library.save_new_map(incoming.map, incoming.snapshots)
        self.maps_changed.emit()
        return map_id

    def export_map(self, path: Path) -> None:
        """Write the open map with its snapshots to ``path`` as a ``.supportmap.json`` file.

        The file is replaced atomically and readable by its owner only (0600).

        Raises:
            OSError: the file could not be written (a `SaveError` that says why).
            StorageError: the snapshots could not be read.
        """
        from supportmap.storage.fileformat import Document, write_document

        write_document(path, Document(self.require_map(), self.load_snapshots()))

    # --- opening ----------------------------------------------------------------------

    def open_map(self, map_id: int) -> None:
        """Load a map from the library and make it the open one (raises StorageError)."""
        support_map = self._require_library().load_map(map_id)
        self._use_stack(map_id)
        self.map_id = map_id
        self.support_map = support_map
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()

    def open_unstored(self, support_map: SupportMap, snapshots: Sequence[Snapshot] = ()) -> None:
        """Show a map that is not in a library yet; `attach` saves it (with its snapshots)."""
        self._use_stack(None, fresh=True)
        self.map_id = None
        self.support_map = support_map
        self._unstored_snapshots = tuple(snapshots)
        self.reset.emit()
        self.snapshots_changed.emit()

    def close_map(self) -> None:
        """Show no map (e.g. after the open map was deleted)."""
        self._use_stack(None, fresh=True)
        self.map_id = None
        self.support_map = None
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()

    @property
    def undo_stack(self) -> QUndoStack:
        """The open map's undo history (an empty one while no map is open)."""
        stack = self.undo_group.activeStack()
        assert stack is not None
        return stack

    def _use_stack(self, map_id: int | None, *, fresh: bool = False) -> None:
        """Make ``map_id``'s history the active one, kept from earlier in the session unless
        ``fresh``. ``None`` stands for no map or a map not stored yet."""
        if fresh:
            self._drop_stack(map_id)
        stack = self._stacks.get(map_id)
        if stack is None:
            stack = self._stacks[map_id] = QUndoStack(self)
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def _drop_stack(self, map_id: int | None) -> None:
        """Forget a history that can never apply again (its map was deleted or replaced)."""
        stack = self._stacks.pop(map_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.clear()
            stack.deleteLater()

    def require_map(self) -> SupportMap:
        """The open map; a programming error if none is open."""
        if self.support_map is None:
            raise RuntimeError("no map is open")
        return self.support_map

    # --- snapshots --------------------------------------------------------------------

    def load_snapshots(self) -> tuple[Snapshot, ...]:
        """The open map's snapshots, oldest first (raises StorageError)."""
        if self.map_id is None:
            return self._unstored_snapshots
        return tuple(self._require_library().load_snapshots(self.map_id))

    def take_snapshot(self, label: str) -> None:
        """Keep the open, stored map as it is now under ``label``.

        Raises:
            StorageError: it could not be saved.
            ValidationError: the label is not allowed.
        """
        if self.map_id is None:
            raise RuntimeError("only a stored map has snapshots")
        self._require_library().take_snapshot(self.map_id, label)
        self.snapshots_changed.emit()

    # --- commands ---------------------------------------------------------------------

    def push(self, changes: Change | Sequence[Change], text: str, merge_id: int = -1) -> None:
        """Apply, save and record changes as one undo command named ``text``.

        Raises:
            ValidationError: the changes do not fit the map; they are refused before anything
                is applied, saved or recorded.
        A failure to save is reported through ``failed`` instead, after rolling back.
        """
        batch = (changes,) if not isinstance(changes, Sequence) else tuple(changes)
        if not batch:
            return
        edits.check(self.require_map(), batch)
        self._pushing = True
        try:
            self.undo_stack.push(ChangeCommand(self, batch, text, merge_id))
        finally:
            self._pushing = False

    def _perform(self, changes: Sequence[Change]) -> bool:
        """Apply changes to the model and the library together; all or nothing.

        An unstored map changes in memory only; `attach` saves it whole later. Listeners hear
        of the whole batch at once, after it is saved. A new command was checked by `push`, so
        a change that does not fit can only come from an undo or redo of a history that no
        longer matches the map: it is rolled back and the history forgotten.
        """
        support_map = self.require_map()
        map_id = self.map_id
        applied: list[Change] = []
        try:
            for change in changes:
                support_map.apply(change)
                applied.append(change)
        except ValidationError:
            self._roll_back(support_map, applied)
            self._forget_history_if_stale()
            return False
        try:
            if map_id is not None:
                self._require_library().apply_many(map_id, list(changes))
        except StorageError as error:
            self._roll_back(support_map, applied)
            self.failed.emit(str(error))
            self._forget_history_if_stale()
            return False
        batch = MapEdited(tuple(changes))
        self.edited.emit(batch)
        if batch.people_counted_differently or batch.title_changed:
            self.maps_changed.emit()
        return True

    def _forget_history_if_stale(self) -> None:
        """After a failed undo or redo the history no longer matches the map: start afresh.

        (A failed new command is simply not recorded, so its history stays valid.)
        """
        if not self._pushing:
            QTimer.singleShot(0, self.undo_stack.clear)

    @staticmethod
    def _roll_back(support_map: SupportMap, applied: list[Change]) -> None:
        for change in reversed(applied):
            support_map.apply(invert(change))

    # --- conveniences: a gesture becomes changes (core.edits), pushed as one command ----

    def name_of(self, person_id: str) -> str:
        return self.require_map().person(person_id).name

    def add_person(self, name: str, **fields: Any) -> str:
        """Add someone, placed as `edits.add_person` says; returns their id.

        Raises ValidationError for an invalid name or field.
        """
        change = edits.add_person(self.require_map(), name, **fields)
        self.push(change, self.tr("Add %1").replace("%1", change.person.name))
        return change.person.id

    def update_person(self, person_id: str, **fields: Any) -> None:
        """Change fields of one person as one command ("Rename Sam" or "Edit Sam")."""
        change = edits.update_person(self.require_map(), person_id, **fields)
        if change is None:
            return
        if set(change.fields) == {"name"}:
            text = self.tr("Rename %1").replace("%1", change.before.name)
        else:
            text = self.tr("Edit %1").replace("%1", change.after.name)
        self.push(change, text)

    def move_people(self, positions: Mapping[str, Position]) -> None:
        """Move people as `edits.move_people` says; drops that change nothing push nothing."""
        changes = edits.move_people(self.require_map(), positions)
        if not changes:
            return
        if len(changes) == 1:
            text = self.tr("Move %1").replace("%1", changes[0].before.name)
        else:
            text = self.tr("Move %n people", "", len(changes))
        self.push(changes, text, MOVE_MERGE_ID)

    def remove_people(self, ids: Iterable[str]) -> None:
        """Remove people with all their ties, as one command."""
        changes = edits.remove_people(self.require_map(), ids)
        if not changes:
            return
        if len(changes) == 1:
            text = self.tr("Delete %1").replace("%1", changes[0].person.name)
        else:
            text = self.tr("Delete %n people", "", len(changes))
        self.push(changes, text)

    def add_tie(self, a: str, b: str, strength: int = 1, conflict: bool = False) -> None:
        """Record that two people know each other."""
        change = edits.add_tie(self.require_map(), a, b, strength, conflict)
        text = self.tr("Connect %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

    def update_tie(self, a: str, b: str, **fields: Any) -> None:
        """Change strength or conflict of a tie."""
        change = edits.update_tie(self.require_map(), a, b, **fields)
        if change is None:
            return
        text = self.tr("Edit tie between %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

    def remove_tie(self, a: str, b: str) -> None:
        """Forget that two people know each other."""
        change = edits.remove_tie(self.require_map(), a, b)
        text = self.tr("Disconnect %1 and %2").replace("%1", self.name_of(a))
        self.push(change, text.replace("%2", self.name_of(b)))

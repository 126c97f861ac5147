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

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from supportmap.core import edits
from supportmap.core.batch import MapEdited
from supportmap.core.change import Comparison, Moment, compare
from supportmap.core.changes import (
    Change,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonRemoved,
    SafetyPlanChanged,
    invert,
)
from supportmap.core.model import (
    CrisisLine,
    PlanList,
    Position,
    ValidationError,
    check_snapshot_label,
)
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.gui.commands import MOVE_MERGE_ID, ChangeCommand, MapEntry, gesture_name
from supportmap.gui.off_thread import CallsBeside
from supportmap.gui.texts import live as strings_live
from supportmap.gui.texts import text as say
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.errors import MapGone, StorageError

if TYPE_CHECKING:
    from supportmap.storage.age_files import PassphraseSource
    from supportmap.storage.folder_export import FolderExport, Progress
    from supportmap.storage.library import Library, MapInfo
    from supportmap.storage.watch import ChangeWatch

    OpenedLibrary = Library
    """A library `open_elsewhere` opened, for `switch_library`."""

T = TypeVar("T")

LAST_MAP_SETTING = "last_map"
"""The library setting that names the map to open at the next start."""


@dataclass(frozen=True)
class SnapshotEntry:
    """One snapshot in the map's history, without its frozen map. ``taken`` is aware (UTC)."""

    snapshot_id: int
    label: str
    taken: dt.datetime


@dataclass(frozen=True)
class Refusal:
    """An edit the library refused because someone else changed the map first.

    ``label`` names the command as Undo does ("Rename Sam"); ``undoing`` says whether it was
    the undo of that command. ``changes`` are the refused changes, made again by `reapply`.
    """

    map_id: int
    label: str
    changes: tuple[Change, ...]
    undoing: bool


@dataclass(frozen=True)
class Compared:
    """Two moments of the open map side by side: ``before`` is the earlier one.

    ``before_entry`` and ``after_entry`` are the snapshots, None standing for the map as it is
    now. ``result`` is the change between them (DESIGN §8.1).
    """

    before: SupportMap
    after: SupportMap
    before_entry: SnapshotEntry | None
    after_entry: SnapshotEntry | None
    result: Comparison


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
            taken, renamed or deleted, or another map was opened, closed or stored.
        moment_changed(): the window started or stopped showing a past moment or a
            comparison instead of the map as it is now (`reset` has already told the views
            about the map on screen).
        waiting(bool): a call to a practice server has taken longer than a moment (True)
            or has just been answered after that (False); see `supportmap.gui.off_thread`.
        conflicted(Refusal): an edit, undo or redo was refused because someone else changed
            the map first (DESIGN §11): nothing of it was saved, the map's undo history is
            cleared and, right after this signal, the map is read again from the library
            (``edited`` or ``reset`` show their change). `reapply` makes the edit again on
            the fresh map.
        theirs_shown(tuple[Change, ...]): the map was read again after a refusal; the
            changes that made the map on screen the other person's version (empty when there
            was nothing to tell apart, or only the order of people changed).

    While a past moment or a comparison is shown, ``support_map`` is that moment's map (the
    later one of a comparison) and the document is `read_only`: `push` refuses every edit and
    Undo and Redo have nothing to do, until `back_to_now`.
    """

    edited = Signal(object)
    reset = Signal()
    failed = Signal(str)
    problem = Signal(str)
    stored = Signal()
    maps_changed = Signal()
    snapshots_changed = Signal()
    moment_changed = Signal()
    conflicted = Signal(object)
    theirs_shown = Signal(object)
    waiting = Signal(bool)

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._locked_file: Path | None = None
        self._locked_map: int | None = None
        self.map_id: int | None = None
        self.support_map: SupportMap | None = None
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int | None, QUndoStack] = {}
        self._use_stack(None, fresh=True)
        self._unstored_snapshots: tuple[Snapshot, ...] = ()
        self._pushing = False
        self.moment: SnapshotEntry | None = None
        """The past moment on screen instead of now (None: now, or a comparison)."""
        self.compared: Compared | None = None
        """The comparison on screen (None: none)."""
        self._now: SupportMap | None = None
        self._still = QUndoStack(self)  # stays empty: the active history while in the past
        self.undo_group.addStack(self._still)
        self._watch: ChangeWatch | None = None
        self._stale: list[QUndoStack] = []
        self._reload_pending = False
        self._theirs: list[Change] | None = None
        """From a refusal until the map is read again: what reading it changed on screen."""
        self.unreachable = False
        """Set by the window while the library cannot be reached: edits are refused then."""
        self._calls = CallsBeside(self.waiting.emit)

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

    def _run(self, work: Callable[[Library], T]) -> T:
        """``work(library)``: beside the window's thread for a practice server, whose answer
        may take seconds (`run_beside`); directly for a library file, whose calls wait at
        most a tenth of a second for another program's lock."""
        library = self._require_library()
        if not self.on_server:
            return work(library)
        return self._calls.run(lambda: work(library))

    @property
    def busy(self) -> bool:
        """Whether a call to the library is on its way (the window keeps turning meanwhile)."""
        return self._calls.busy

    def when_idle(self, action: Callable[[], object]) -> None:
        """Do ``action`` now, or once no call to the library is on its way any more.

        For what a timer or the window system starts while a save is on its way: reading the
        map again, locking, closing, or an edit finished when the window lost its focus.
        """
        self._calls.when_idle(action)

    def open_library(self, location: str, passphrase: str | None = None) -> bool:
        """Open the library at a path or URL and `attach` it.

        ``passphrase`` opens a protected library and is not kept. Returns what `attach` returns.

        Raises:
            LockedError: the library is protected and no passphrase was given.
            WrongPassphrase: the passphrase does not open it; the file is left as it was.
            StorageError: the library cannot be opened; nothing changed.

        A practice server is reached beside the window's thread (`run_beside`): it may take
        its connect timeout to answer, and the window is on screen meanwhile.
        """
        from supportmap.storage.library import Library
        from supportmap.storage.server import is_server_address

        if not is_server_address(location):
            return self.attach(Library.open(location, passphrase=passphrase))
        return self.attach(self._calls.run(lambda: Library.open(location, passphrase=passphrase)))

    def attach(self, library: Library) -> bool:
        """Use ``library`` from now on; an unstored open map is saved in it as a new map.

        The undo history stays valid: the stored map is exactly the one on screen, and it
        becomes the map opened at the next start.

        Returns:
            False if the unstored map could not be saved: the library is attached all the
            same, the map is closed (edits to it could not be kept) and `problem` says why.
        """
        self.stop_watching()
        self._library = library
        saved = True
        if self.support_map is not None and self.map_id is None:
            try:
                unstored, snapshots = self.support_map, self._unstored_snapshots
                self.map_id = self._run(lambda stored: stored.save_new_map(unstored, snapshots))
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

    @staticmethod
    def open_elsewhere(location: str) -> OpenedLibrary:
        """Open the library at a path or address without touching this document, so that a
        worker thread can wait for a server; `switch_library` then uses it.

        Raises:
            StorageError: the library cannot be opened.
        """
        from supportmap.storage.library import Library

        return Library.open(location)

    def switch_library(self, library: Library) -> None:
        """Close the open map and the library in use, and use ``library`` from now on.

        The histories of the old library's maps are forgotten (their maps are not in the new
        one); the window then opens a map of the new library (`remembered_map_id`).
        """
        self.stop_watching()
        old, self._library = self._library, None
        self.close_map()
        for map_id in [key for key in self._stacks if key is not None]:
            self._drop_stack(map_id)
        self.attach(library)
        if old is not None:
            old.close()

    @property
    def location(self) -> str:
        """Where the library is, for the person: a file path or a server address without a
        password ("" before one is attached)."""
        return "" if self._library is None else self._library.location

    @property
    def on_server(self) -> bool:
        """Whether the library is on a practice server."""
        return self._library is not None and self._library.engine.dialect.name == "postgresql"

    def close_library(self) -> None:
        """Close every connection to the library: the app is ending, the document with it."""
        self.stop_watching()
        if self._library is not None:
            self._library.close()

    # --- protection and locking (DESIGN §10) ---------------------------------------------

    @property
    def library_file(self) -> Path | None:
        """The file of the attached (or locked) library; None for a database server."""
        from supportmap.storage.paths import is_url

        where = self._library.location if self._library is not None else self._locked_file
        return None if where is None or is_url(str(where)) else Path(where)

    @property
    def is_protected(self) -> bool:
        """Whether the library is a file protected with a passphrase (read from its header)."""
        from supportmap.storage.cipher import is_protected

        file = self.library_file
        return file is not None and is_protected(file)

    @property
    def locked(self) -> bool:
        """Whether the library is closed until its passphrase is given (see `lock`)."""
        return self._locked_file is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens the protected library (it stays as it is either way)."""
        from supportmap.storage.cipher import WrongPassphrase, probe

        file = self.library_file
        if file is None:
            return False
        try:
            probe(file, passphrase)
        except WrongPassphrase:
            return False
        return True

    def lock(self) -> None:
        """Close the library file and show no map until `unlock` opens it again.

        The open map's id is remembered, every connection is closed (the engine and its key
        are dropped), and listeners hear that there are no maps and no map, so no panel shows
        anything of a client. Each map's undo history stays in memory, so undo still works
        once the library is open again.
        """
        file = self.library_file
        if file is None or self._library is None:
            return
        self._locked_map = self.map_id
        self.close_map()
        self.stop_watching()  # the watch has a connection of its own, which holds the file
        self._library.close()
        self._library = None
        self._locked_file = file
        self.maps_changed.emit()

    def unlock(self, passphrase: str | None) -> None:
        """Open the locked library again with ``passphrase`` and reopen the map it showed.

        Raises:
            WrongPassphrase: the passphrase does not open it; it stays locked.
            StorageError: it cannot be opened; it stays locked.
        """
        from supportmap.storage.library import Library

        if self._locked_file is None:
            return
        self.attach(Library.open(self._locked_file, passphrase=passphrase))
        self._locked_file = None
        wanted, self._locked_map = self._locked_map, None
        if wanted is not None:
            try:
                self.open_map(wanted)
            except StorageError as error:
                self.problem.emit(str(error))

    def convert_library(
        self, convert: Callable[[Path], None], before: str | None, after: str | None
    ) -> None:
        """Close the library, ``convert`` its file, and open it again with the map it showed.

        ``before`` and ``after`` are the passphrases that open the file before and after the
        conversion (None: unprotected); neither is kept.

        Raises:
            StorageError: the conversion failed; the library is open again as it was.
        """
        file = self.library_file
        if file is None:
            raise RuntimeError("only a library file can be protected")
        self.lock()
        try:
            convert(file)
        except StorageError:
            self.unlock(before)
            raise
        self.unlock(after)

    def get_setting(self, key: str) -> str | None:
        """A value kept with the library, or None (raises StorageError)."""
        return self._run(lambda library: library.get_setting(key))

    def set_setting(self, key: str, value: str) -> None:
        """Keep a value with the library (raises StorageError)."""
        self._run(lambda library: library.set_setting(key, value))

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
                for info in self._run(lambda library: library.list_maps())
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
        map_id = self._run(lambda library: library.create_map(focus_name, title))
        self.maps_changed.emit()
        return map_id

    def rename_map(self, title: str) -> None:
        """Retitle the open map, as one undoable command."""
        change = edits.retitle(self.require_map(), title)
        if change is not None:
            self.push(change, gesture_name(change, self.name_of))

    def duplicate_map(self, map_id: int) -> int:
        """Copy a map with everything in it (it is not opened); returns the copy's id.

        Raises:
            StorageError: the map could not be copied.
        """
        copy_id = self._run(lambda library: library.duplicate_map(map_id))
        self.maps_changed.emit()
        return copy_id

    def delete_map(self, map_id: int) -> None:
        """Delete a map with everything in it; the open one is closed first.

        Raises:
            StorageError: the map could not be deleted (the open map stays open then).
        """
        self._run(lambda library: library.delete_map(map_id))
        if map_id == self.map_id:
            self.close_map()
        self._drop_stack(map_id)
        self.maps_changed.emit()

    # --- files ------------------------------------------------------------------------

    def import_map(self, path: Path, passphrase: PassphraseSource | None = None) -> int:
        """Store a ``.supportmap.json`` file, with its snapshots, as a new map (not opened).

        The file is read and checked whole before anything is stored, and it is stored in one
        transaction, so a refused file leaves the library as it was. Returns the new map's id.

        Raises:
            FileFormatError: the file cannot be read or is not a valid map; the message is
                the one the command line gives. For an encrypted file ``passphrase`` is asked
                (see `supportmap.storage.age_files`); a wrong one raises WrongFilePassphrase.
            StorageError: the library could not store it.
        """
        from supportmap.storage.fileformat import read_document

        self._require_library()
        incoming = read_document(path, passphrase)
        map_id = self._run(lambda library: library.save_new_map(incoming.map, incoming.snapshots))
        self.maps_changed.emit()
        return map_id

    def export_map(self, path: Path, passphrase: str | None = None) -> None:
        """Write the open map with its snapshots to ``path`` as a ``.supportmap.json`` file,
        or encrypted with ``passphrase`` as a ``.supportmap.json.age`` file.

        The map is written as it is now, even while a past moment is on screen. The file is
        replaced atomically and readable by its owner only (0600).

        Raises:
            OSError: the file could not be written (a `SaveError` that says why).
            StorageError: the snapshots could not be read.
        """
        from supportmap.storage.fileformat import Document, write_document

        document = Document(self.current_map(), self.load_snapshots())
        if passphrase is None:
            write_document(path, document)
            return
        from supportmap.storage.age_files import write_encrypted

        write_encrypted(path, document, passphrase)

    def export_for_tools(self, path: Path) -> None:
        """Write the map as it is now (even while a past moment is on screen) as GraphML or a
        CSV bundle, by the end of ``path``'s name.

        Raises:
            OSError: the file could not be written (a `SaveError` that says why).
        """
        from supportmap.storage.exports import write_for_tools

        write_for_tools(path, self.current_map())

    def export_all(self, folder: Path, progress: Progress | None = None) -> FolderExport:
        """Write every map of the library, with its snapshots, into ``folder``; ``progress``
        is told of each map and may cancel (see `supportmap.storage.folder_export`).

        Raises:
            OSError: the folder or a file could not be written (a `SaveError`).
            StorageError: a map could not be read.
        """
        from supportmap.storage.folder_export import export_all

        return export_all(_ReadBeside(self), folder, progress)

    # --- opening ----------------------------------------------------------------------

    def open_map(self, map_id: int) -> None:
        """Load a map from the library and make it the open one (raises StorageError)."""
        support_map = self._run(lambda library: library.load_map(map_id))
        was_past = self._forget_past()
        self._use_stack(map_id)
        self.map_id = map_id
        self.support_map = support_map
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()
        if was_past:
            self.moment_changed.emit()

    def open_unstored(self, support_map: SupportMap, snapshots: Sequence[Snapshot] = ()) -> None:
        """Show a map that is not in a library yet; `attach` saves it (with its snapshots)."""
        was_past = self._forget_past()
        self._use_stack(None, fresh=True)
        self.map_id = None
        self.support_map = support_map
        self._unstored_snapshots = tuple(snapshots)
        self.reset.emit()
        self.snapshots_changed.emit()
        if was_past:
            self.moment_changed.emit()

    def close_map(self) -> None:
        """Show no map (e.g. after the open map was deleted)."""
        was_past = self._forget_past()
        self._use_stack(None, fresh=True)
        self.map_id = None
        self.support_map = None
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()
        if was_past:
            self.moment_changed.emit()

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

    def current_map(self) -> SupportMap:
        """The open map as it is now, even while a past moment or a comparison is on screen."""
        return self._now if self._now is not None else self.require_map()

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
        map_id = self.map_id
        return tuple(self._run(lambda library: library.load_snapshots(map_id)))

    def take_snapshot(self, label: str) -> None:
        """Keep the open, stored map as it is now under ``label``.

        Raises:
            StorageError: it could not be saved.
            ValidationError: the label is not allowed.
        """
        map_id = self._stored_map_id()
        self._run(lambda library: library.take_snapshot(map_id, label))
        self.snapshots_changed.emit()

    def list_snapshots(self) -> tuple[SnapshotEntry, ...]:
        """The open map's snapshots without their maps, oldest first (raises StorageError).

        Cheap however many there are: no frozen map is read. A map not stored yet has none
        to list.
        """
        if self.map_id is None:
            return ()
        map_id = self.map_id
        return tuple(
            SnapshotEntry(info.id, info.label, info.taken)
            for info in self._run(lambda library: library.list_snapshots(map_id))
        )

    def rename_snapshot(self, snapshot_id: int, label: str) -> None:
        """Give a snapshot a new label (raises StorageError, ValidationError)."""
        self._run(lambda library: library.rename_snapshot(snapshot_id, label))
        for shown in (self.moment, *self._compared_entries()):
            if shown is not None and shown.snapshot_id == snapshot_id:
                self._relabel_shown(snapshot_id)
                break
        self.snapshots_changed.emit()

    def delete_snapshot(self, snapshot_id: int) -> None:
        """Remove a snapshot for good; if it is on screen, the window goes back to now.

        Raises:
            StorageError: it could not be deleted; nothing changed.
        """
        self._run(lambda library: library.delete_snapshot(snapshot_id))
        shown = (self.moment, *self._compared_entries())
        if any(entry is not None and entry.snapshot_id == snapshot_id for entry in shown):
            self.back_to_now()
        self.snapshots_changed.emit()

    def end_session(self, label: str, note: str = "", private: bool = True) -> None:
        """The usual end of a session in one step: the note (if any), then a snapshot.

        The note is written first, so the snapshot keeps it; adding the note is undoable like
        any edit, the snapshot stays (delete it from the history).

        Raises:
            StorageError: the snapshot could not be saved (a note that could not be saved is
                reported through ``failed`` and no snapshot is taken).
            ValidationError: the label or the note is not allowed; nothing was saved.
        """
        label = check_snapshot_label(label)
        if note.strip():
            before = len(self.require_map().notes)
            self.add_note(note, private=private)
            if len(self.require_map().notes) == before:
                return
        self.take_snapshot(label)

    def restore_snapshot(self, snapshot_id: int) -> None:
        """Make a snapshot's map the current map again, as one undoable command.

        People, ties, the focus person's name and the title become the snapshot's; session
        notes stay (see `edits.restore`). The window goes back to now first.

        Raises:
            StorageError: the snapshot could not be read.
        """
        snapshot = self.load_snapshot(snapshot_id)
        self.back_to_now()
        changes = edits.restore(self.require_map(), snapshot.map)
        self.push(changes, self.tr("Go back to “%1”").replace("%1", snapshot.label))

    def load_snapshot(self, snapshot_id: int) -> Snapshot:
        """One snapshot with its frozen map (raises StorageError)."""
        return self._run(lambda library: library.load_snapshot(snapshot_id))

    # --- the past on screen -----------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether the map on screen is a past moment or a comparison, which nobody edits."""
        return self.moment is not None or self.compared is not None

    def show_moment(self, snapshot_id: int) -> None:
        """Show a snapshot read-only in place of the map as it is now (raises StorageError)."""
        snapshot = self.load_snapshot(snapshot_id)
        self._enter_past(snapshot.map.copy())
        self.moment = self._entry_of(snapshot_id, snapshot)
        self.compared = None
        self.reset.emit()
        self.moment_changed.emit()

    def compare(self, first: int | None, second: int | None = None) -> None:
        """Show what changed between two moments: snapshot ids, None meaning now.

        The earlier moment is the *before* side (now is always the later one), and the
        canvas shows the later map read-only.

        Raises:
            StorageError: a snapshot could not be read.
        """
        now = self.current_map()
        latest = (dt.datetime.max.replace(tzinfo=dt.UTC), 0)
        sides: list[tuple[tuple[dt.datetime, int], SnapshotEntry | None, SupportMap, Moment]] = []
        for wanted in (first, second):
            if wanted is None:
                sides.append((latest, None, now, Moment.now()))
            else:
                snapshot = self.load_snapshot(wanted)
                entry = self._entry_of(wanted, snapshot)
                when = (snapshot.taken, wanted)  # the library's order: time taken, then id
                sides.append((when, entry, snapshot.map, Moment.of_snapshot(snapshot)))
        sides.sort(key=lambda side: side[0])
        (_, before_entry, before, before_moment), (_, after_entry, after, after_moment) = sides
        result = compare(before, after, before_moment, after_moment)
        self._enter_past(after if after is now else after.copy())
        self.moment = None
        self.compared = Compared(before, self.require_map(), before_entry, after_entry, result)
        self.reset.emit()
        self.moment_changed.emit()

    def back_to_now(self) -> None:
        """Show the map as it is now again, editable, with its own undo history."""
        if not self._forget_past():
            return
        self.reset.emit()
        self.moment_changed.emit()

    def _enter_past(self, shown: SupportMap) -> None:
        if self._now is None:
            self._now = self.require_map()
        self.support_map = shown
        self.undo_group.setActiveStack(self._still)

    def _forget_past(self) -> bool:
        """Put the map as it is now back in place, quietly; whether the past was on screen."""
        if self._now is None:
            return False
        self.support_map, self._now = self._now, None
        self.moment = self.compared = None
        self._use_stack(self.map_id)
        return True

    def _compared_entries(self) -> tuple[SnapshotEntry | None, ...]:
        if self.compared is None:
            return ()
        return (self.compared.before_entry, self.compared.after_entry)

    def _relabel_shown(self, snapshot_id: int) -> None:
        if self.moment is not None and self.moment.snapshot_id == snapshot_id:
            self.show_moment(snapshot_id)
        elif self.compared is not None:
            ids = [entry.snapshot_id if entry else None for entry in self._compared_entries()]
            self.compare(ids[0], ids[1])

    @staticmethod
    def _entry_of(snapshot_id: int, snapshot: Snapshot) -> SnapshotEntry:
        return SnapshotEntry(snapshot_id, snapshot.label, snapshot.taken)

    def _stored_map_id(self) -> int:
        if self.map_id is None:
            raise RuntimeError("only a stored map has snapshots")
        return self.map_id

    # --- commands ---------------------------------------------------------------------

    def push(self, changes: Change | Sequence[Change], text: str, merge_id: int = -1) -> None:
        """Apply, save and record changes as one undo command named ``text``.

        Raises:
            ValidationError: the changes do not fit the map; they are refused before anything
                is applied, saved or recorded.
        A failure to save is reported through ``failed`` instead, after rolling back; an edit
        while the library cannot be reached (`unreachable`) is not applied and ``problem``
        says why.
        """
        if self.read_only:
            raise RuntimeError("the map on screen is a past moment; nobody edits it")
        batch = (changes,) if not isinstance(changes, Sequence) else tuple(changes)
        if not batch:
            return
        if self.busy:  # e.g. a field finished as the window lost its focus during a save
            made_on = (self._library, self.map_id)
            self.when_idle(lambda: self._push_later(made_on, batch, text, merge_id))
            return
        if self.unreachable and self.map_id is not None:
            self.problem.emit(say(strings_live.EDIT_WHILE_UNREACHABLE))
            return
        edits.check(self.require_map(), batch)
        self._pushing = True
        try:
            self.undo_stack.push(ChangeCommand(self, batch, text, merge_id))
        finally:
            self._pushing = False
            self._clear_stale_history()

    def _push_later(
        self,
        made_on: tuple[Library | None, int | None],
        batch: tuple[Change, ...],
        text: str,
        merge_id: int,
    ) -> None:
        """Make an edit that waited for a save: it was made on the map as it was before that
        save, so each change is made again as its gesture on the map as it is now. An edit
        whose map is no longer the open one is dropped: it never meets another map."""
        from supportmap.core.reapply import reapply

        if (self._library, self.map_id) != made_on or self.read_only or self.support_map is None:
            return
        try:
            changes = reapply(self.support_map, batch)
            if changes:
                self.push(changes, text, merge_id)
        except ValidationError as error:  # the map changed meanwhile (a colleague's save)
            self.problem.emit(str(error))

    def _perform(
        self, changes: Sequence[Change], label: str = "", *, undoing: bool = False
    ) -> bool:
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
        if map_id is not None:
            # The views keep drawing while a server takes its time, so until the library has
            # the changes the model stays as the views know it.
            self._roll_back(support_map, applied)
            try:
                self._run(lambda library: library.apply_many(map_id, list(changes)))
            except ConflictError:
                self._refused(Refusal(map_id, label, tuple(changes), undoing))
                return False
            except MapGone:
                self._calls.first_then_waiting(
                    self.close_gone_map
                )  # not while the undo stack is busy
                return False
            except StorageError as error:
                self.failed.emit(str(error))
                self._forget_history_if_stale()
                return False
            if self.support_map is not support_map or self.map_id != map_id:
                return False  # saved, for a map no longer on screen (nothing waits so far)
            try:
                for change in changes:
                    support_map.apply(change)
            except ValidationError:  # saved, but the map on screen no longer takes it
                self._calls.first_then_waiting(self._read_again)
                return False
        batch = MapEdited(tuple(changes))
        self.edited.emit(batch)
        if batch.people_counted_differently or batch.title_changed:
            self.maps_changed.emit()
        return True

    # --- other windows and other clinicians (DESIGN §11) ------------------------------

    def _refused(self, refusal: Refusal) -> None:
        """Someone else saved first: show their map and forget this map's undo history.

        The history is cleared rather than kept: each of its steps was made on the map as it
        was before, and taking one back now would undo part of what someone else saved (the
        library would refuse it as another conflict at best). The refused edit itself stays
        available to `reapply`.

        The message comes first and the map is read again right after (at the next turn of
        the event loop): reading and drawing a large map takes longer than the 100 ms in
        which the person should learn that their change was not saved.
        """
        stack = self._stacks.get(refusal.map_id)
        if stack is not None:
            self._stale.append(stack)
        self._reload_pending = True
        self._theirs = []
        self.conflicted.emit(refusal)
        self._calls.first_then_waiting(self._after_refusal)

    def _after_refusal(self) -> None:
        self._clear_stale_history()
        if not self._reload_pending:
            return
        self._reload_pending = False
        self._show_library_version()
        theirs, self._theirs = self._theirs, None
        if theirs is not None:
            self.theirs_shown.emit(tuple(theirs))

    def _read_again(self) -> None:
        """Show the map as the library has it, after the screen and the library parted."""
        self._show_library_version()
        self._forget_history_if_stale()

    def _show_library_version(self) -> None:
        """Read the open map again; a map that is gone is closed, a failure is told."""
        try:
            self.reload_map()
        except MapGone:
            self.close_gone_map()
        except StorageError as error:
            self.problem.emit(str(error))

    def close_gone_map(self) -> None:
        """The open map left the library (deleted elsewhere, or no longer shared): close it and
        say why; the list of maps shows what is left."""
        gone = self.map_id
        if gone is None:
            return
        self.close_map()
        self._drop_stack(gone)
        self.maps_changed.emit()
        self.problem.emit(say(strings_live.MAP_GONE_ELSEWHERE))

    def _clear_stale_history(self) -> None:
        while self._stale:
            self._stale.pop().clear()

    def reapply(self, refusal: Refusal) -> bool:
        """Make a refused edit again on the map as it is now, as one new command.

        Each refused change is made again as the gesture it came from (`core.reapply`), so
        what someone else changed meanwhile and this edit did not touch is kept.

        Returns:
            False when there was nothing left to do: the map already shows the edit.

        Raises:
            ValidationError: the edit no longer fits the map (e.g. its person was removed).
        """
        from supportmap.core.reapply import reapply

        self._after_refusal()
        if refusal.map_id != self.map_id or self.read_only:
            raise ValidationError("map", say(strings_live.MAP_GONE))
        changes = reapply(self.require_map(), refusal.changes)
        if not changes:
            return False
        self.push(changes, refusal.label)
        return True

    def reload_map(self) -> bool:
        """Read the open map again and show what someone else changed; whether it differed.

        Differences in people, ties, notes and the safety plan reach the views as one
        ``edited`` batch, so the selection and the view stay where they are; anything else
        (only the order of people or ties) is shown by replacing the map (``reset``). While a
        past moment is on screen, the map as it is now is replaced quietly.

        Raises:
            StorageError: the map could not be read; the screen stays as it was.
        """
        if self.map_id is None:
            return False
        map_id = self.map_id
        fresh = self._run(lambda library: library.load_map(map_id))
        if self._now is not None:
            changed, self._now = self._now != fresh, fresh
            return changed
        current = self.require_map()
        if current == fresh:
            return False
        applied: list[Change] = []
        try:
            for step in (edits.restore, _notes_and_plan):
                for change in step(current, fresh):
                    current.apply(change)
                    applied.append(change)
        except ValidationError:
            self._roll_back(current, applied)
            applied = []
        if applied:
            batch = MapEdited(tuple(applied))
            if self._theirs is not None:  # the change watch may read it first
                self._theirs.extend(batch.changes)
            self.edited.emit(batch)
        if current != fresh:
            self.support_map = fresh
            self.reset.emit()
        self.maps_changed.emit()
        return True

    def follow_library(self) -> bool:
        """Whether anyone saved to the library since the last call; if so, read again.

        Cheap and never waiting (`supportmap.storage.watch`), so a timer can call it twice a
        second. On a change the open map is read again (`reload_map`) and ``maps_changed``
        tells the list of maps. Its own saves count too; reading them again changes nothing.

        Raises:
            StorageError: the library could not be asked or read.
        """
        if self._library is None:
            return False
        if self._watch is None:
            self._watch = self._run(lambda library: library.watch())
            return False
        try:
            changed = self._watch.poll()
        except Exception as error:  # the driver's own error: the watch has its own connection
            from supportmap.storage.errors import database_problem

            self.stop_watching()
            raise StorageError(database_problem(self.location, error, write=False)) from error
        if not changed:
            return False
        try:
            if not self.reload_map():
                self.maps_changed.emit()
        except MapGone:
            self.close_gone_map()
        return True

    def stop_watching(self) -> None:
        """Stop following other windows' saves (`follow_library` starts again)."""
        if self._watch is not None:
            watch, self._watch = self._watch, None
            with contextlib.suppress(Exception):  # a connection already gone is closed
                watch.close()

    def library_answers(self) -> bool:
        """Whether the library answers a small question now. Safe to call from a worker
        thread (the engine hands each thread its own connection); it may wait for the
        server's connect timeout, so the window never calls it on its own thread."""
        try:
            self._require_library().get_setting(LAST_MAP_SETTING)
        except StorageError:
            return False
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
        self.push(change, gesture_name(change, self.name_of))
        return change.person.id

    def update_person(self, person_id: str, **fields: Any) -> None:
        """Change fields of one person as one command ("Rename Sam" or "Edit Sam")."""
        change = edits.update_person(self.require_map(), person_id, **fields)
        if change is None:
            return
        self.push(change, gesture_name(change, self.name_of))

    def move_people(self, positions: Mapping[str, Position]) -> None:
        """Move people as `edits.move_people` says; drops that change nothing push nothing."""
        changes = edits.move_people(self.require_map(), positions)
        if not changes:
            return
        if len(changes) == 1:
            text = gesture_name(changes[0], self.name_of)
        else:
            text = self.tr("Move %n people", "", len(changes))
        self.push(changes, text, MOVE_MERGE_ID)

    def remove_people(self, ids: Iterable[str]) -> None:
        """Remove people with all their ties, as one command."""
        changes = edits.remove_people(self.require_map(), ids)
        removed = [c for c in changes if isinstance(c, PersonRemoved)]
        if not removed:
            return
        if len(removed) == 1:
            text = gesture_name(removed[0], self.name_of)
        else:
            text = self.tr("Delete %n people", "", len(removed))
        self.push(changes, text)

    def add_tie(self, a: str, b: str, strength: int = 1, conflict: bool = False) -> None:
        """Record that two people know each other."""
        change = edits.add_tie(self.require_map(), a, b, strength, conflict)
        self.push(change, gesture_name(change, self.name_of))

    def update_tie(self, a: str, b: str, **fields: Any) -> None:
        """Change strength or conflict of a tie."""
        change = edits.update_tie(self.require_map(), a, b, **fields)
        if change is None:
            return
        self.push(change, gesture_name(change, self.name_of))

    def remove_tie(self, a: str, b: str) -> None:
        """Forget that two people know each other."""
        change = edits.remove_tie(self.require_map(), a, b)
        self.push(change, gesture_name(change, self.name_of))

    def add_note(self, text: str, private: bool = True, date: dt.date | None = None) -> None:
        """Write a session note, dated today unless ``date`` is given; private by default."""
        when = date or dt.date.today()
        change = edits.add_note(self.require_map(), when, text, private)
        self.push(change, gesture_name(change, self.name_of))

    def update_note(self, note_id: str, **fields: Any) -> None:
        """Change a note's text, date or privacy as one command."""
        change = edits.update_note(self.require_map(), note_id, **fields)
        if change is not None:
            self.push(change, gesture_name(change, self.name_of))

    def remove_note(self, note_id: str) -> None:
        """Delete a session note (Undo brings it back)."""
        change = edits.remove_note(self.require_map(), note_id)
        self.push(change, gesture_name(change, self.name_of))

    # --- the safety plan: one command per gesture; ``label`` names it for Undo ---------------

    def add_plan_item(
        self, which: PlanList, item: str | CrisisLine, label: str, index: int | None = None
    ) -> None:
        """Add a text, a person's id or a crisis line to a list of the plan (see `edits`)."""
        self.push(edits.add_plan_item(self.require_map(), which, item, index), label)

    def replace_plan_item(
        self, which: PlanList, index: int, item: str | CrisisLine, label: str
    ) -> None:
        """Rewrite one text or crisis line of the plan; nothing is pushed if it stays the same."""
        change = edits.replace_plan_item(self.require_map(), which, index, item)
        if change is not None:
            self.push(change, label)

    def remove_plan_item(self, which: PlanList, index: int, label: str) -> None:
        """Take the item shown at ``index`` out of a list of the plan."""
        self.push(edits.remove_plan_item(self.require_map(), which, index), label)

    def move_plan_item(self, which: PlanList, index: int, to: int, label: str) -> None:
        """Move the item shown at ``index`` of a list of the plan to ``to``."""
        change = edits.move_plan_item(self.require_map(), which, index, to)
        if change is not None:
            self.push(change, label)

    def use_plan_suggestion(self, which: PlanList, label: str) -> None:
        """Let a people list of the plan follow what the map suggests again."""
        change = edits.set_plan_list(self.require_map(), which, None)
        if change is not None:
            self.push(change, label)

    def set_what_matters(self, text: str) -> None:
        """Write what matters most to the person, as one command."""
        change = edits.set_what_matters(self.require_map(), text)
        if change is not None:
            self.push(change, self.tr("Edit what matters most"))


def _notes_and_plan(current: SupportMap, fresh: SupportMap) -> list[Change]:
    """The changes that give ``current`` the notes and the safety plan of ``fresh``."""
    changes: list[Change] = []
    theirs = {note.id: note for note in fresh.notes}
    mine = {note.id: note for note in current.notes}
    for note_id, note in mine.items():
        if note_id not in theirs:
            changes.append(NoteRemoved(note))
        elif theirs[note_id] != note:
            changes.append(NoteChanged(note, theirs[note_id]))
    changes.extend(NoteAdded(note) for note_id, note in theirs.items() if note_id not in mine)
    if current.safety_plan != fresh.safety_plan:
        changes.append(SafetyPlanChanged(current.safety_plan, fresh.safety_plan))
    return changes


class _ReadBeside:
    """The reading calls of `supportmap.storage.folder_export.export_all`, each made through
    the document, so that a practice server never keeps the window waiting."""

    def __init__(self, document: MapDocument) -> None:
        self._run = document._run

    def list_maps(self) -> list[MapInfo]:
        return self._run(lambda library: library.list_maps())

    def load_map(self, map_id: int) -> SupportMap:
        return self._run(lambda library: library.load_map(map_id))

    def load_snapshots(self, map_id: int) -> list[Snapshot]:
        return self._run(lambda library: library.load_snapshots(map_id))

"""`MapDocument`: the open map, the library it lives in, and the one undo stack for its edits.

Every edit anywhere in the app becomes a `ChangeCommand` pushed here. A command applies core
changes to the in-memory `SupportMap` and saves them through the library in one transaction;
undo applies the inverse changes the same way. If saving fails, the model is rolled back so the
screen, the undo stack and the database never disagree, and `failed` tells the window. Each
applied command reaches the views as one `MapEdited` batch.

The document is also the GUI's only way to the library (the list of maps, snapshots, settings):
a view that changes the library through it is sure that every other view hears of it, through
``maps_changed`` and ``snapshots_changed``. A test keeps every other GUI module away from it.

A map can also be shown before any library is open (the demo or an imported file at start-up,
so the window appears before the database layer has loaded). Such a map is *not stored yet*:
edits change it in memory only, until `attach` saves it as a new map of the library.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from supportmap.core.batch import MapEdited
from supportmap.core.changes import (
    Change,
    MapRetitled,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    TieAdded,
    TieChanged,
    TieRemoved,
    invert,
)
from supportmap.core.layout import clear_of_focus, locate, place_person, place_person_near
from supportmap.core.model import Person, Position, Tie, ValidationError
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
    ``focus_name``).
    """

    map_id: int | None
    title: str
    focus_name: str
    people: int


class MapDocument(QObject):
    """The open map: the core SupportMap, the Library it is saved in, and one QUndoStack.

    The GUI reaches the library only through this object (maps, snapshots, settings), so that
    every view learns of a change from the signal that announces it, never from another view.
    There is no library until `attach`; ``map_id`` is None while no map is open or the open map
    is not stored yet.

    Signals:
        edited(MapEdited): a command was applied and saved (on do, undo and redo): one batch
            with all its changes. Also sent, with one change from a person to themselves, when
            someone is dropped where the map does not take them, so views show them where
            they stay.
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
        self.undo_stack = QUndoStack(self)
        self._unstored_snapshots: tuple[Snapshot, ...] = ()
        self._pending_error: ValidationError | None = None
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
                MapEntry(info.id, info.title, info.focus_name, info.people)
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
        support_map = self.require_map()
        if title != support_map.title:
            self.push(MapRetitled(support_map.title, title), self.tr("Rename map"))

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
        self.maps_changed.emit()

    # --- opening ----------------------------------------------------------------------

    def open_map(self, map_id: int) -> None:
        """Load a map from the library and make it the open one (raises StorageError)."""
        support_map = self._require_library().load_map(map_id)
        self.undo_stack.clear()
        self.map_id = map_id
        self.support_map = support_map
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()

    def open_unstored(self, support_map: SupportMap, snapshots: Sequence[Snapshot] = ()) -> None:
        """Show a map that is not in a library yet; `attach` saves it (with its snapshots)."""
        self.undo_stack.clear()
        self.map_id = None
        self.support_map = support_map
        self._unstored_snapshots = tuple(snapshots)
        self.reset.emit()
        self.snapshots_changed.emit()

    def close_map(self) -> None:
        """Show no map (e.g. after the open map was deleted)."""
        self.undo_stack.clear()
        self.map_id = None
        self.support_map = None
        self._unstored_snapshots = ()
        self.reset.emit()
        self.snapshots_changed.emit()

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
            ValidationError: the changes do not fit the map (nothing was applied or saved).
        A failure to save is reported through ``failed`` instead, after rolling back.
        """
        batch = (changes,) if not isinstance(changes, Sequence) else tuple(changes)
        if not batch:
            return
        self.require_map()
        self._pending_error = None
        self._pushing = True
        try:
            self.undo_stack.push(ChangeCommand(self, batch, text, merge_id))
        finally:
            self._pushing = False
        error, self._pending_error = self._pending_error, None
        if error is not None:
            raise error

    def _perform(self, changes: Sequence[Change]) -> bool:
        """Apply changes to the model and the library together; all or nothing.

        An unstored map changes in memory only; `attach` saves it whole later. Listeners hear
        of the whole batch at once, after it is saved.
        """
        support_map = self.require_map()
        map_id = self.map_id
        applied: list[Change] = []
        try:
            for change in changes:
                support_map.apply(change)
                applied.append(change)
        except ValidationError as error:
            self._roll_back(support_map, applied)
            self._pending_error = error
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

    # --- conveniences -----------------------------------------------------------------

    def name_of(self, person_id: str) -> str:
        return self.require_map().person(person_id).name

    def add_person(self, name: str, **fields: Any) -> str:
        """Add someone; placed in their ring and wedge (core.layout) unless a position is given.

        A given position (where the user clicked) is kept clear of the focus person and of
        everyone's node: someone added on top of another would be hidden by them.
        Returns the new person's id. Raises ValidationError for an invalid name or field.
        """
        support_map = self.require_map()
        person_id = fields.pop("id", None) or support_map.new_person_id()
        clicked = fields.get("position")
        if clicked is not None:
            clicked = fields["position"] = clear_of_focus(clicked)
            if not ({"circle", "sector"} & set(fields)):
                fields["circle"], fields["sector"] = locate(clicked)
        person = Person(id=person_id, name=name, **fields)
        if clicked is None:
            person = person.replace(position=place_person(support_map, person))
        else:
            person = person.replace(position=place_person_near(support_map, person, clicked))
        self.push(PersonAdded(person), self.tr("Add %1").replace("%1", person.name))
        return person_id

    def update_person(self, person_id: str, **fields: Any) -> None:
        """Change fields of one person as one command ("Rename Sam" or "Edit Sam").

        Changing circle or sector without a position moves the person into their new ring
        and wedge, because on the map position is what shows circle and sector.
        """
        before = self.require_map().person(person_id)
        after = before.replace(**fields)
        if after == before:
            return
        moved_area = (after.circle, after.sector) != (before.circle, before.sector)
        if moved_area and "position" not in fields:
            after = after.replace(position=place_person(self.require_map(), after))
        if set(PersonChanged(before, after).fields) == {"name"}:
            text = self.tr("Rename %1").replace("%1", before.name)
        else:
            text = self.tr("Edit %1").replace("%1", after.name)
        self.push(PersonChanged(before, after), text)

    def move_people(self, positions: Mapping[str, Position]) -> None:
        """Move people; the ring and wedge under each new position become circle and sector.

        Someone dropped on the focus person lands just outside them instead (see
        `clear_of_focus`).
        """
        support_map = self.require_map()
        changes: list[Change] = []
        pushed_back: list[Person] = []
        for person_id, dropped in positions.items():
            before = support_map.person(person_id)
            position = clear_of_focus(dropped)
            circle, sector = locate(position)
            after = before.replace(position=position, circle=circle, sector=sector)
            if after != before:
                changes.append(PersonChanged(before, after))
            elif position != dropped:
                pushed_back.append(before)
        if changes:
            if len(changes) == 1:
                text = self.tr("Move %1").replace("%1", changes[0].before.name)  # type: ignore[union-attr]
            else:
                text = self.tr("Move %n people", "", len(changes))
            self.push(changes, text, MOVE_MERGE_ID)
        for person in pushed_back:
            self._show_again(person)

    def _show_again(self, person: Person) -> None:
        """Tell views where ``person`` is, unchanged: a view showing them where they were
        dropped (on the focus person, pushed back out to the spot they already had) would
        otherwise keep them there, as no change reaches it."""
        self.edited.emit(MapEdited((PersonChanged(person, person),)))

    def remove_people(self, ids: Iterable[str]) -> None:
        """Remove people with all their ties, as one command."""
        support_map = self.require_map()
        unique = [i for i in dict.fromkeys(ids) if i in support_map.people]
        taken: set[tuple[str, str]] = set()
        changes: list[Change] = []
        order = list(support_map.people)  # as it will be when each removal is applied
        for person_id in unique:
            ties = tuple(t for t in support_map.ties_of(person_id) if t.key not in taken)
            taken.update(t.key for t in ties)
            index = order.index(person_id)
            order.pop(index)
            changes.append(PersonRemoved(support_map.person(person_id), ties, index))
        if not changes:
            return
        if len(changes) == 1:
            text = self.tr("Delete %1").replace("%1", support_map.person(unique[0]).name)
        else:
            text = self.tr("Delete %n people", "", len(changes))
        self.push(changes, text)

    def add_tie(self, a: str, b: str, strength: int = 1, conflict: bool = False) -> None:
        """Record that two people know each other."""
        tie = Tie(a, b, strength, conflict)
        text = self.tr("Connect %1 and %2").replace("%1", self.name_of(a))
        self.push(TieAdded(tie), text.replace("%2", self.name_of(b)))

    def update_tie(self, a: str, b: str, **fields: Any) -> None:
        """Change strength or conflict of a tie."""
        before = self.require_map().tie(a, b)
        if before is None:
            raise ValidationError("ties", f"there is no tie between {a!r} and {b!r}")
        after = before.replace(**fields)
        if after == before:
            return
        text = self.tr("Edit tie between %1 and %2").replace("%1", self.name_of(a))
        self.push(TieChanged(before, after), text.replace("%2", self.name_of(b)))

    def remove_tie(self, a: str, b: str) -> None:
        """Forget that two people know each other."""
        tie = self.require_map().tie(a, b)
        if tie is None:
            raise ValidationError("ties", f"there is no tie between {a!r} and {b!r}")
        text = self.tr("Disconnect %1 and %2").replace("%1", self.name_of(a))
        self.push(TieRemoved(tie), text.replace("%2", self.name_of(b)))

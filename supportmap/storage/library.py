"""`Library`: the maps a person or a practice keeps, in one database.

Each public method is one short transaction. Edits arrive as core `Change` values and are stored
as only the rows they touch, so saving after every user action stays cheap however large the map.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import URL, Connection, Engine, delete, func, insert, literal, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from supportmap.core.changes import Change
from supportmap.core.i18n import _
from supportmap.core.model import TITLE_MAX, check_snapshot_label, check_title
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage import migrate, reads, server, sqlitefile, watch, writes
from supportmap.storage.conflicts import ConflictError, is_collision
from supportmap.storage.engine import WRITE, make_engine, sqlite_path
from supportmap.storage.errors import StorageError, database_problem
from supportmap.storage.paths import is_url
from supportmap.storage.tables import MAP, PERSON, SETTING, SNAPSHOT


@dataclass(frozen=True)
class MapInfo:
    """One line of the library's list of maps. Times are timezone-aware (UTC).

    ``updated`` is the last change of the map itself; ``last_snapshot`` the time the newest of
    its snapshots was taken, None if it has none.
    """

    id: int
    title: str
    focus_name: str
    people: int
    updated: dt.datetime
    last_snapshot: dt.datetime | None = None


@dataclass(frozen=True)
class SnapshotInfo:
    """One snapshot of a map, without its content. ``taken`` is timezone-aware (UTC)."""

    id: int
    label: str
    taken: dt.datetime


class Library:
    """An open library database. Create with `Library.open`; close when done (or use ``with``)."""

    def __init__(self, engine: Engine, where: str, backup: Path | None = None) -> None:
        self._engine = engine
        self._where = where
        self._closed = False
        self.backup: Path | None = backup
        """The verified copy taken before this open migrated the library, if it did."""

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        schema: migrate.Schema | None = None,
        passphrase: str | None = None,
    ) -> Library:
        """Open (creating or migrating as needed) the library at a path or database URL.

        Args:
            location: a file path, or an SQLAlchemy URL such as ``postgresql://…``.
            schema: the migrations to apply; only tests pass anything but the default.
            passphrase: the passphrase of a protected library (see
                `supportmap.storage.cipher.is_protected`); ignored for any other library, since
                only `supportmap.storage.protect.protect` makes a library protected.

        Raises:
            supportmap.storage.cipher.LockedError: the library is protected and no passphrase
                was given.
            supportmap.storage.cipher.WrongPassphrase: the passphrase does not open it.
            StorageError: the location cannot be used; a refused file is left byte-identical.
        """
        url = _url(location)
        schema = schema or migrate.Schema()
        if server.is_server(url):
            # A server is never migrated here: only `supportmap server init` does that.
            return cls(server.open_engine(url, schema.head), server.address(url))
        path = sqlite_path(url)
        if path is not None:
            sqlitefile.check_writable(path)
            key = _key_for(path, passphrase)
            backup = migrate.prepare_file(path, url, schema, key)
            return cls(make_engine(url, passphrase=key), str(path), backup)
        engine = make_engine(url)
        try:
            migrate.prepare_engine(engine, schema)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url.render_as_string(hide_password=True))

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for tests and tools that inspect the database."""
        return self._engine

    @property
    def location(self) -> str:
        """The file path or (password-free) URL of the library, for messages."""
        return self._where

    def close(self) -> None:
        """Close every connection; SQLite then folds its write-ahead log into the file."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # --- maps ------------------------------------------------------------------------------

    def list_maps(self, search: str = "") -> list[MapInfo]:
        """Maps whose title or focus name contains ``search`` (any case), newest change first."""
        counts = (
            select(PERSON.c.map_id, func.count().label("people"))
            .group_by(PERSON.c.map_id)
            .subquery()
        )
        snapshots = (
            select(SNAPSHOT.c.map_id, func.max(SNAPSHOT.c.taken).label("last_snapshot"))
            .group_by(SNAPSHOT.c.map_id)
            .subquery()
        )
        statement = (
            select(
                MAP.c.id,
                MAP.c.title,
                MAP.c.focus_name,
                counts.c.people,
                MAP.c.updated,
                snapshots.c.last_snapshot,
            )
            .outerjoin(counts, counts.c.map_id == MAP.c.id)
            .outerjoin(snapshots, snapshots.c.map_id == MAP.c.id)
            .order_by(MAP.c.updated.desc(), MAP.c.id.desc())
        )
        needle = search.strip().casefold()
        with self._reading() as connection:
            rows = connection.execute(statement).all()
        return [
            MapInfo(
                row.id,
                row.title,
                row.focus_name,
                row.people or 0,
                reads.as_utc(row.updated),
                None if row.last_snapshot is None else reads.as_utc(row.last_snapshot),
            )
            for row in rows
            if needle in row.title.casefold() or needle in row.focus_name.casefold()
        ]

    def create_map(self, focus_name: str, title: str = "") -> int:
        """A new, empty map; returns its id.

        Raises:
            supportmap.core.model.ValidationError: the focus name or title is not allowed.
        """
        return self.save_new_map(SupportMap(focus_name, title))

    def save_new_map(self, support_map: SupportMap, snapshots: Sequence[Snapshot] = ()) -> int:
        """Store a whole map (e.g. an imported file) and its snapshots as a new map."""
        encoded = [(s.label, _stored_time(s.taken), _encode(s.map)) for s in snapshots]
        with self._writing() as connection:
            map_id = writes.insert_map(connection, support_map)
            for label, taken, data in encoded:
                connection.execute(
                    insert(SNAPSHOT).values(map_id=map_id, label=label, taken=taken, data=data)
                )
        return map_id

    def rename_map(self, map_id: int, title: str) -> None:
        """Give a map a new title (trimmed, at most 200 characters).

        Raises:
            supportmap.core.model.ValidationError: the title is too long.
        """
        title = check_title(title)
        with self._writing() as connection:
            writes.touch_map(connection, map_id, {"title": title})

    def duplicate_map(self, map_id: int, title: str | None = None) -> int:
        """Copy a map with its people, ties, notes, safety plan and snapshots; returns the new
        map's id.

        Without a title the copy is called after the original, with "(copy)" added.
        """
        with self._writing(reads_map=True) as connection:
            original = reads.load_map(connection, map_id)
            if title is None:
                base = original.title or original.focus_name
                copied = _("{title} (copy)")
                room = TITLE_MAX - len(copied.format(title=""))
                title = copied.format(title=base[:room])
            copy = SupportMap.build(
                original.focus_name,
                title,
                original.people.values(),
                original.ties.values(),
                original.notes,
                original.safety_plan,
            )
            new_id = writes.insert_map(connection, copy)
            connection.execute(
                insert(SNAPSHOT).from_select(
                    ["map_id", "label", "taken", "data"],
                    select(literal(new_id), SNAPSHOT.c.label, SNAPSHOT.c.taken, SNAPSHOT.c.data)
                    .where(SNAPSHOT.c.map_id == map_id)
                    .order_by(SNAPSHOT.c.id),
                )
            )
        return new_id

    def delete_map(self, map_id: int) -> None:
        """Delete a map with everything that belongs to it, snapshots included."""
        with self._writing() as connection:
            if connection.execute(delete(MAP).where(MAP.c.id == map_id)).rowcount != 1:
                seen = select(MAP.c.id).where(MAP.c.id == map_id)
                if connection.execute(seen).first() is not None:  # a server's share
                    raise StorageError(server.not_allowed(self._where))
                raise reads.no_such_map(map_id)

    def load_map(self, map_id: int) -> SupportMap:
        """The map as last saved, with people, ties and notes in the order they were added."""
        with self._reading() as connection:
            return reads.load_map(connection, map_id)

    def apply(self, map_id: int, change: Change) -> None:
        """Save one edit, writing only the rows it touches, and mark the map as just updated.

        Raises:
            StorageError: the edit does not match the stored map (nothing is saved then).
        """
        self.apply_many(map_id, (change,))

    def apply_many(self, map_id: int, changes: Sequence[Change]) -> None:
        """Save several edits (one user action, e.g. deleting a selection) all or nothing.

        Raises:
            ConflictError: the map changed since the changes were made from it (another window
                or clinician saved first); nothing was saved (`supportmap.storage.conflicts`).
            StorageError: the library could not be written.
        """
        columns, read = writes.map_columns(changes)
        with self._writing(map_id) as connection:
            writes.touch_map(connection, map_id, columns, read)
            for change in changes:
                writes.apply_change(connection, map_id, change)

    # --- snapshots --------------------------------------------------------------------------

    def take_snapshot(self, map_id: int, label: str) -> int:
        """Freeze the map as it is now under ``label``; returns the snapshot's id."""
        label = check_snapshot_label(label)
        with self._writing(reads_map=True) as connection:
            snapshot = Snapshot.of(reads.load_map(connection, map_id), label)
            result = connection.execute(
                insert(SNAPSHOT).values(
                    map_id=map_id,
                    label=snapshot.label,
                    taken=_stored_time(snapshot.taken),
                    data=_encode(snapshot.map),
                )
            )
            return writes.new_id(result)

    def rename_snapshot(self, snapshot_id: int, label: str) -> None:
        """Give a snapshot a new label (checked like a name)."""
        label = check_snapshot_label(label)
        with self._writing() as connection:
            result = connection.execute(
                update(SNAPSHOT).where(SNAPSHOT.c.id == snapshot_id).values(label=label)
            )
            if result.rowcount != 1:
                raise _no_such_snapshot(snapshot_id)

    def delete_snapshot(self, snapshot_id: int) -> None:
        """Remove a snapshot for good; the map itself is not touched."""
        with self._writing() as connection:
            result = connection.execute(delete(SNAPSHOT).where(SNAPSHOT.c.id == snapshot_id))
            if result.rowcount != 1:
                raise _no_such_snapshot(snapshot_id)

    def list_snapshots(self, map_id: int) -> list[SnapshotInfo]:
        """The map's snapshots, oldest first."""
        with self._reading() as connection:
            rows = connection.execute(
                select(SNAPSHOT.c.id, SNAPSHOT.c.label, SNAPSHOT.c.taken)
                .where(SNAPSHOT.c.map_id == map_id)
                .order_by(SNAPSHOT.c.taken, SNAPSHOT.c.id)
            ).all()
        return [SnapshotInfo(row.id, row.label, reads.as_utc(row.taken)) for row in rows]

    def load_snapshot(self, snapshot_id: int) -> Snapshot:
        """One snapshot with its frozen map."""
        with self._reading() as connection:
            row = connection.execute(
                select(SNAPSHOT.c.label, SNAPSHOT.c.taken, SNAPSHOT.c.data).where(
                    SNAPSHOT.c.id == snapshot_id
                )
            ).one_or_none()
        if row is None:
            raise _no_such_snapshot(snapshot_id)
        return _decode(row.label, row.taken, row.data, snapshot_id)

    def load_snapshots(self, map_id: int) -> list[Snapshot]:
        """Every snapshot of the map with its frozen map, oldest first."""
        with self._reading() as connection:
            rows = connection.execute(
                select(SNAPSHOT.c.id, SNAPSHOT.c.label, SNAPSHOT.c.taken, SNAPSHOT.c.data)
                .where(SNAPSHOT.c.map_id == map_id)
                .order_by(SNAPSHOT.c.taken, SNAPSHOT.c.id)
            ).all()
        return [_decode(row.label, row.taken, row.data, row.id) for row in rows]

    # --- settings ---------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        """A value kept with the library (e.g. the last map opened), or None."""
        with self._reading() as connection:
            value = connection.execute(
                select(SETTING.c.value).where(SETTING.c.key == key)
            ).scalar_one_or_none()
        return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self._writing() as connection:
            changed = connection.execute(
                update(SETTING).where(SETTING.c.key == key).values(value=value)
            )
            if changed.rowcount == 0:
                connection.execute(insert(SETTING).values(key=key, value=value))

    def watch(self) -> watch.ChangeWatch:
        """A watch that tells when anyone saves to this library (`supportmap.storage.watch`)."""
        caught: tuple[type[Exception], ...] = (DBAPIError, *watch.driver_errors())
        try:
            return watch.ChangeWatch(self._engine)
        except caught as error:
            raise StorageError(database_problem(self._where, error, write=False)) from error

    # --- sharing on a server -----------------------------------------------------------------

    def share(self, map_id: int, role: str, *, read_only: bool) -> None:
        """Share a map with a clinician of the practice server (`server_init.share`).

        Raises:
            StorageError: the library is not on a server, there is no such map, ``role`` is
                not a clinician, or the server does not let this account share the map.
        """
        from supportmap.storage import server_init

        if not server.is_server(self._engine.url):
            raise StorageError(
                _(
                    "Maps are shared on a practice server only; this library is a file on this "
                    "computer. Its maps can be exported and given on instead."
                )
            )
        with self._writing() as connection:
            if connection.execute(select(MAP.c.id).where(MAP.c.id == map_id)).first() is None:
                raise reads.no_such_map(map_id)
            server_init.share(connection, map_id, role, read_only=read_only)

    # --- internals --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self._transaction(write=False) as connection:
            yield connection

    @contextlib.contextmanager
    def _writing(
        self, map_id: int | None = None, *, reads_map: bool = False
    ) -> Iterator[Connection]:
        """A write transaction; with ``map_id``, another writer's key collision is a conflict.
        ``reads_map``: it reads a whole map first, which a server then reads in one snapshot."""
        with self._transaction(write=True, map_id=map_id, snapshot=reads_map) as connection:
            yield connection

    @contextlib.contextmanager
    def _transaction(
        self, *, write: bool, map_id: int | None = None, snapshot: bool = False
    ) -> Iterator[Connection]:
        """One transaction. A server reads in one snapshot (REPEATABLE READ); SQLite's read
        transaction already is one. Writes on a server stay READ COMMITTED: each save locks its
        map's row first (`writes.touch_map`), so later statements see every earlier save."""
        if self._closed:
            raise RuntimeError("the library is closed")
        try:
            with self._engine.connect() as connection:
                if write:
                    connection.execution_options(**{WRITE: True})
                on_server = server.is_server(self._engine.url)
                if on_server and (snapshot or not write):
                    connection.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin():
                    yield connection
                    if write and on_server:
                        connection.exec_driver_sql(f"NOTIFY {watch.CHANNEL}")
        except DBAPIError as error:
            if write and map_id is not None and is_collision(error):
                raise ConflictError(map_id, "map") from error
            raise StorageError(database_problem(self._where, error, write=write)) from error


def _no_such_snapshot(snapshot_id: int) -> StorageError:
    return StorageError(
        _(
            "There is no snapshot with id {id} in this library. "
            "Choose one from the map's list of snapshots."
        ).format(id=snapshot_id)
    )


def _key_for(path: Path, passphrase: str | None) -> str | None:
    """The key to open ``path`` with: the raw key of a protected file, else None."""
    from supportmap.storage import cipher, protect

    protect.remove_leftovers(path)
    if not cipher.is_protected(path):
        return None
    if passphrase is None:
        raise cipher.LockedError(cipher.locked_message(path))
    if "\x00" in passphrase:
        raise cipher.WrongPassphrase(cipher.wrong_passphrase_message(path))
    return cipher.raw_key(path, passphrase)


def _url(location: str | Path) -> URL:
    text = str(location)
    if isinstance(location, str) and server.is_server_address(text):
        return server.parse(text)
    if isinstance(location, str) and is_url(text):
        try:
            return make_url(text)
        except ArgumentError as error:
            raise StorageError(
                _(
                    "{address} is not a database address SupportMap understands. "
                    "Give a file path, or a URL such as postgresql://host/name."
                ).format(address=repr(text))
            ) from error
    if not text.strip():
        raise StorageError(_("No library location was given. Give a file path with --db."))
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser()))


def _stored_time(taken: dt.datetime) -> dt.datetime:
    return taken.astimezone(dt.UTC)


def _encode(support_map: SupportMap) -> str:
    from supportmap.storage.fileformat import map_to_dict

    return json.dumps(map_to_dict(support_map), ensure_ascii=False, separators=(",", ":"))


def _decode(label: str, taken: dt.datetime, data: str, snapshot_id: int) -> Snapshot:
    from supportmap.storage.fileformat_own import map_from_own_dict

    try:
        frozen = map_from_own_dict(json.loads(data), "snapshot")
        return Snapshot(label, reads.as_utc(taken), frozen)
    except ValueError as error:
        raise StorageError(
            _(
                "The snapshot with id {id} could not be read back: its stored data is "
                "damaged ({error}). The map itself is not affected."
            ).format(id=snapshot_id, error=error)
        ) from error

"""SQLAlchemy engines for the library, with SQLite's settings applied on every connection.

SQLite needs three things on each connection for a library that survives crashes: WAL journal,
``synchronous=FULL`` (a committed edit is on disk before the call returns) and foreign keys on
(they are off by default, per connection). Python's ``sqlite3`` module also starts transactions
on its own schedule; we take that over so that each ``Connection.begin()`` is exactly one SQLite
transaction, and writers take the write lock up front (``BEGIN IMMEDIATE``) instead of failing
halfway when another process writes at the same time. None of this applies to other databases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError
from supportmap.storage.sqlitefile import make_companions_private

WRITE = "supportmap_write"
"""Execution option marking a connection whose transaction will write."""

BUSY_TIMEOUT_SECONDS = 0.1
"""How long one statement waits for another program's lock before giving up with a message.

Saves run in the window's thread, so a longer wait would freeze the window (DESIGN.md §6)."""


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database is not None and url.database.startswith("file:"):
        return None
    return Path(url.database or "")


def make_engine(url: URL, *, foreign_keys: bool = True, passphrase: str | None = None) -> Engine:
    """An engine for ``url``; SQLite connections get the library's pragmas.

    Args:
        url: where the library is.
        foreign_keys: False only for migrations, which rebuild parent tables and would
            otherwise cascade-delete their children (checked afterwards instead).
        passphrase: the key of a protected SQLite library, as a passphrase or in the raw form
            of `supportmap.storage.cipher.raw_key`; its connections are then made by SQLCipher,
            keyed before any other statement.
    """
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(url)
        except (ArgumentError, ImportError) as error:
            raise StorageError(
                _(
                    "SupportMap cannot use the database at {address} (unknown kind of database, "
                    "or its driver is not installed). Give a file path with --db, or install the "
                    "driver."
                ).format(address=url.render_as_string(hide_password=True))
            ) from error
    path = sqlite_path(url)
    arguments: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_SECONDS}}
    if path is None:
        arguments["poolclass"] = StaticPool
        arguments["connect_args"]["check_same_thread"] = False
    if path is not None and passphrase is not None:
        arguments.update(_keyed(path, passphrase))
    engine = create_engine(url, **arguments)

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()
        if path is not None:
            make_companions_private(path)

    @event.listens_for(engine, "begin")
    def begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def _keyed(path: Path, passphrase: str) -> dict[str, Any]:
    """Engine arguments that make every connection an SQLCipher one with the library's key.

    The passphrase stays in this closure: SQLAlchemy never sees it, so no URL, log line or
    wrapped error can show it.
    """
    from supportmap.storage import cipher

    def connect() -> Any:
        return cipher.connect(path, passphrase, timeout=BUSY_TIMEOUT_SECONDS)

    return {"module": cipher.dbapi(), "creator": connect}

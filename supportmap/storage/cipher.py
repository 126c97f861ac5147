"""A protected library: an SQLite file encrypted at rest with SQLCipher (DESIGN.md §10).

SQLCipher (through the ``sqlcipher3`` binding) is loaded only for a protected file, so an
unprotected library starts as fast as before and never imports it. A protected file is told
apart without its passphrase: every SQLite file starts with ``SQLite format 3\\0``, while an
SQLCipher file starts with 16 random bytes (its salt).

The passphrase reaches SQLCipher in ``PRAGMA key`` on our own connection, quoted as an SQL
string, or as a bound parameter of ``ATTACH … KEY ?``; it is never part of a URL, a log line or
an error message, and SQLCipher's own log, which reports every wrong passphrase on standard
error, is switched off before the key is given.

The public API, for the command line and the app:

- `is_protected` (no passphrase needed), then `supportmap.storage.library.Library.open` with
  ``passphrase=``; it raises `LockedError` for a protected file opened without one and
  `WrongPassphrase` when the passphrase does not open it, leaving the file byte-identical.
- `supportmap.storage.protect`: `protect`, `change_passphrase`, `unprotect` (close every
  `Library` on the file first; a library another program holds is refused), and
  `check_can_protect` / `check_can_unprotect` to refuse early, before asking for a passphrase.
  After any of them the caller says that copies made elsewhere are not affected.
- Locking is closing: close the `Library` and drop every reference to it (its engine keeps
  the derived key to make new connections); the passphrase given again opens it anew.
- Encrypted map files: `supportmap.storage.age_files` (`write_encrypted`, and
  `supportmap.storage.fileformat.read_document` with a ``passphrase`` callable, which raises
  `supportmap.storage.age_files.WrongFilePassphrase` when asking again may help).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from supportmap.core.i18n import _
from supportmap.storage import sqlitefile
from supportmap.storage.errors import StorageError

_NOTADB = 26
_SMALLEST_PAGE = 512


class LockedError(StorageError):
    """The library is protected and no passphrase was given; nothing was read or changed."""


class WrongPassphrase(StorageError):
    """The passphrase given does not open the protected library; the file was left as it was."""


def is_protected(path: Path) -> bool:
    """Whether the library file at ``path`` is protected with a passphrase (SQLCipher).

    Reads only the first 16 bytes. A missing or empty file is not protected (it becomes a new,
    unprotected library). Without the passphrase an SQLCipher file cannot be told from random
    bytes, so any file made of whole pages (a multiple of 512 bytes, SQLite's smallest page)
    that does not start like an SQLite file counts as protected; other files are left to
    `sqlitefile.check_header`, which calls them what they are.
    """
    try:
        with Path(path).open("rb") as file:
            start = file.read(len(sqlitefile.HEADER))
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    return size > 0 and size % _SMALLEST_PAGE == 0 and start != sqlitefile.HEADER


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that cannot protect anything: empty, or holding a NUL character."""
    if not passphrase:
        raise StorageError(_("The passphrase is empty. Choose one with at least one character."))
    if "\x00" in passphrase:
        raise StorageError(
            _("The passphrase holds a NUL character, which cannot be used. Choose another one.")
        )


KDF_ITERATIONS = 256_000
"""SQLCipher 4's default key derivation: PBKDF2-HMAC-SHA512 with this many rounds, 32 bytes."""
_RAW_KEY = re.compile(r"x'[0-9A-Fa-f]{64}([0-9A-Fa-f]{32})?'")


def raw_key(path: Path, passphrase: str) -> str:
    """The key SQLCipher derives from ``passphrase`` for the file at ``path``, in its raw form.

    Deriving the key is slow on purpose (about a quarter of a second). Opening a library takes
    several connections, each of which would derive it again from the passphrase; derived once
    here, with SQLCipher 4's own parameters and the salt in the file's first 16 bytes, every
    connection starts at once. The result opens exactly what the passphrase opens.
    """
    if _RAW_KEY.fullmatch(passphrase):
        return passphrase  # SQLCipher reads such a "passphrase" as a raw key itself
    with Path(path).open("rb") as file:
        salt = file.read(16)
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return f"x'{key.hex()}{salt.hex()}'"


def dbapi() -> ModuleType:
    """The DB-API module of SQLCipher, imported now (and only when a protected file is used)."""
    return importlib.import_module("sqlcipher3.dbapi2")


def locked_message(path: Path) -> str:
    return _(
        "The library at {path} is protected with a passphrase. Give the passphrase to open it."
    ).format(path=path)


def wrong_passphrase_message(path: Path) -> str:
    return _(
        "That passphrase does not open the library at {path}. It was left as it was; check "
        "the passphrase and try again."
    ).format(path=path)


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal, for ``PRAGMA key`` (which takes no parameters)."""
    if "\x00" in passphrase:
        raise StorageError(
            _("The passphrase holds a NUL character, which cannot be used. Choose another one.")
        )
    return "'" + passphrase.replace("'", "''") + "'"


def connect(database: str | Path, passphrase: str | None, **options: Any) -> Any:
    """An SQLCipher connection to ``database``, keyed with ``passphrase`` (None: a plain file).

    The key is set but not yet checked: SQLCipher reads the file only at the first statement;
    `check_key` does that.

    Args:
        database: a path, or a ``file:`` URI with ``uri=True`` among the options.
        passphrase: the library's passphrase, or None to read a plain SQLite file.
        options: passed on to ``sqlcipher3.dbapi2.connect`` (``timeout``, ``uri``, …).
    """
    connection = dbapi().connect(str(database), **options)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {quoted(passphrase)}")
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(connection: Any, path: Path) -> None:
    """Read the schema, which fails when the key does not decrypt the file.

    Raises:
        WrongPassphrase: the passphrase does not open the file (or it is not a library at all;
            without the right key the two cannot be told apart).
    """
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    except dbapi().DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == _NOTADB:
            raise WrongPassphrase(wrong_passphrase_message(path)) from None
        raise StorageError(_database_message(path, error)) from None


@contextlib.contextmanager
def opened(path: Path, passphrase: str | None, *, read_only: bool) -> Iterator[Any]:
    """A checked connection to the library at ``path``, closed on leaving the block.

    Read-only connections create nothing and change nothing, as `sqlitefile.probe` does.
    """
    if read_only:
        connection = connect(
            sqlitefile.read_only_uri(path),
            passphrase,
            uri=True,
            timeout=sqlitefile.BUSY_TIMEOUT_SECONDS,
        )
    else:
        connection = connect(path, passphrase, timeout=sqlitefile.BUSY_TIMEOUT_SECONDS)
    try:
        check_key(connection, path)
        yield connection
    finally:
        connection.close()


def probe(path: Path, passphrase: str) -> sqlitefile.Probe:
    """As `sqlitefile.probe`, for a protected library: a read-only look with its passphrase.

    Raises:
        WrongPassphrase: the passphrase does not open it; the file is left byte-identical.
        StorageError: it is damaged, or cannot be read.
    """
    with opened(path, passphrase, read_only=True) as connection:
        try:
            check = connection.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise StorageError(
                    sqlitefile.damaged_message(path, _("SQLite reports damage inside it"))
                )
            names = {row[0] for row in connection.execute(sqlitefile.TABLES_SQL)}
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
        except dbapi().DatabaseError as error:
            raise StorageError(_database_message(path, error)) from None
    return sqlitefile.Probe(revision, bool(names))


def export(connection: Any, target: Path, passphrase: str | None) -> None:
    """Copy the whole database of ``connection`` into the new file ``target`` with
    ``sqlcipher_export``, encrypted with ``passphrase`` (None: a plain SQLite file).

    ``target`` must exist and be empty (`sqlitefile.create_private_file`), so that it is
    private from its first byte.
    """
    connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), passphrase or ""))
    try:
        connection.execute("SELECT sqlcipher_export('converted')").fetchall()
    finally:
        connection.execute("DETACH DATABASE converted")


def backup(path: Path, revision: str | None, passphrase: str) -> Path:
    """As `sqlitefile.backup`, for a protected library: a copy under the same passphrase.

    Returns:
        The path of the verified copy.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{revision or 'none'}.{stamp}.backup")
    sqlitefile.create_private_file(target)
    try:
        with opened(path, passphrase, read_only=True) as source:
            export(source, target, passphrase)
        with opened(target, passphrase, read_only=False) as copy:
            if copy.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise StorageError(
                    _(
                        "The backup of {path} made before updating it failed its check, so the "
                        "library was not updated. Make sure the disk has room and try again."
                    ).format(path=path)
                )
    except dbapi().Error:
        sqlitefile.remove_with_companions(target)
        raise StorageError(
            _(
                "Could not back up {path} before updating it, so it was not updated. "
                "Make sure the disk has room and you may write to its folder, then try again."
            ).format(path=path)
        ) from None
    except BaseException:
        sqlitefile.remove_with_companions(target)
        raise
    sqlitefile.make_companions_private(target)
    return target


def _database_message(path: Path, error: BaseException) -> str:
    from supportmap.storage.errors import database_problem

    return database_problem(str(path), error, write=False)

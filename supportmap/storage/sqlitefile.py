"""Everything that knows the library is an SQLite file: checks, private permissions, backups.

The rest of the storage layer talks SQLAlchemy and would run unchanged on PostgreSQL; these
functions are only called behind a dialect check. They use the standard ``sqlite3`` module
directly so that a suspicious file is looked at read-only, before SQLAlchemy or Alembic could
write anything to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError, database_problem

PRIVATE = 0o600
BUSY_TIMEOUT_SECONDS = 0.1
"""As `supportmap.storage.engine.BUSY_TIMEOUT_SECONDS`: a look at a busy file gives up fast."""
_CORRUPT, _CANTOPEN, _NOTADB = 11, 14, 26
HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Probe:
    """What a read-only look at an existing file found.

    Attributes:
        revision: the Alembic revision stamped in the file, or None if it has none.
        has_tables: whether the file holds any table at all (an empty file holds none).
    """

    revision: str | None
    has_tables: bool


def create_private_file(path: Path) -> None:
    """Create an empty database file readable only by its owner, whatever the umask.

    SQLite gives the -wal and -shm files the permissions of the database file, so creating the
    file ourselves with 0600 before SQLite does keeps every companion private as well.
    """
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
            os.chmod(path.parent, 0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        return
    except OSError as error:
        raise StorageError(
            _(
                "Could not create the library at {path}: {reason}. Check that the folder exists "
                "and that you may write to it, or choose another --db."
            ).format(path=path, reason=error.strerror)
        ) from error
    os.close(descriptor)
    os.chmod(path, PRIVATE)  # the umask may have taken bits away from the mode asked for


def make_companions_private(path: Path) -> None:
    """Take group and other access away from the -wal/-shm/-journal files next to ``path``.

    SQLite creates those files for us with the database file's permissions. The database file
    itself is never changed here: the app does not change the mode of a file it did not create.
    """
    for candidate in (Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            mode = candidate.stat().st_mode & 0o777
            if mode & ~PRIVATE:
                os.chmod(candidate, mode & PRIVATE)


def check_writable(path: Path) -> None:
    """Refuse an existing library that its permissions mark read-only, leaving it as it is.

    The owner's write bit is looked at as well as the operating system's answer, because an
    administrator may write to any file, and a library someone made read-only on purpose must
    stay unchanged (DESIGN.md §6).
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        unreadable = _(
            "Could not look at the library at {path}: {reason}. "
            "Check that you may read the file and its folder."
        )
        raise StorageError(unreadable.format(path=path, reason=error.strerror)) from error
    folder = path.parent if str(path.parent) else Path(".")
    if (
        not mode & stat.S_IWUSR
        or not os.access(path, os.W_OK)
        or not os.access(folder, os.W_OK | os.X_OK)
    ):
        read_only = _(
            "The library at {path} is read-only, so SupportMap cannot save to it; it was left "
            "as it is. Allow changes to the file and its folder, or choose another file "
            "with --db."
        )
        raise StorageError(read_only.format(path=path))


def check_header(path: Path) -> None:
    """Refuse files that are not SQLite databases or are shorter than their header says.

    Only reads the file. An empty file counts as a new library (that is how SQLite treats it,
    and it is what a crash right after creating the file leaves behind).
    """
    try:
        with path.open("rb") as file:
            header = file.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise StorageError(
            _(
                "Could not read the library at {path}: {reason}. "
                "Check that the file exists and that you may read it."
            ).format(path=path, reason=error.strerror)
        ) from error
    if size == 0:
        return
    if len(header) < 100 or not header.startswith(HEADER):
        raise StorageError(
            _(
                "{path} is not a SupportMap library (it is not an SQLite database). "
                "It was left untouched; choose another file with --db."
            ).format(path=path)
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # While another process checkpoints its log, page 1 may already say more pages than the file
    # has; with a -wal present, SQLite's own check in `probe` judges the file instead.
    settled = header[24:28] == header[92:96] and not Path(f"{path}-wal").exists()
    if page_size < 512 or size % page_size or (settled and size < pages * page_size):
        raise StorageError(damaged_message(path, _("it is shorter than a complete library")))


def probe(path: Path) -> Probe:
    """Look inside an existing database without writing to it.

    Runs SQLite's ``quick_check`` so that damage is found now, while the file can still be left
    exactly as it is, rather than halfway through a migration.
    """
    uri = read_only_uri(path)
    try:
        with contextlib.closing(
            sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        ) as connection:
            check = connection.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise StorageError(damaged_message(path, _("SQLite reports damage inside it")))
            names = {row[0] for row in connection.execute(TABLES_SQL)}
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
            return Probe(revision, bool(names))
    except sqlite3.DatabaseError as error:
        code = (error.sqlite_errorcode or 0) & 0xFF
        if code in (_CORRUPT, _NOTADB):
            raise StorageError(damaged_message(path, _("SQLite cannot read it"))) from error
        if code == _CANTOPEN or "unable to open" in str(error):
            raise StorageError(
                _(
                    "Could not open the library at {path}. "
                    "Check that you may read the file and write to its folder."
                ).format(path=path)
            ) from error
        raise StorageError(database_problem(str(path), error, write=False)) from error


TABLES_SQL = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def damaged_message(path: Path, why: str) -> str:
    return _(
        "The library at {path} looks damaged ({why}). It was left untouched; "
        "restore a backup copy or choose another file with --db."
    ).format(path=path, why=why)


def backup(path: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's online backup and prove the copy sound.

    The copy sits next to the library, is private from its first byte, and is checked with
    ``integrity_check`` before the caller may change the original.

    Returns:
        The path of the verified copy.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{revision or 'none'}.{stamp}.backup")
    create_private_file(target)
    try:
        with (
            contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as src,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            src.backup(copy)
            result = copy.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise StorageError(
                    _(
                        "The backup of {path} made before updating it failed its check, so the "
                        "library was not updated. Make sure the disk has room and try again."
                    ).format(path=path)
                )
            copy.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        remove_with_companions(target)
        raise StorageError(
            _(
                "Could not back up {path} before updating it, so it was not updated. "
                "Make sure the disk has room and you may write to its folder, then try again."
            ).format(path=path)
        ) from error
    except BaseException:
        remove_with_companions(target)
        raise
    make_companions_private(target)
    return target


BACKUPS_KEPT = 3
"""How many backups taken before migrations are kept beside a library (DESIGN.md §10)."""


def backups_of(path: Path) -> list[Path]:
    """The backups `backup` took of the library at ``path``, oldest first."""
    found = path.parent.glob(f"{glob.escape(path.name)}.*.*.backup")
    return sorted(found, key=lambda backup: backup.name.rsplit(".", 2)[-2])


def prune_backups(path: Path, keep: int = BACKUPS_KEPT) -> None:
    """Delete all but the newest ``keep`` backups of the library at ``path``."""
    backups = backups_of(path)
    for old in backups[: max(len(backups) - keep, 0)]:
        remove_with_companions(old)


def remove_with_companions(path: Path) -> None:
    """Delete a file we created and every -wal/-shm/-journal SQLite left beside it."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES)):
        with contextlib.suppress(OSError):
            candidate.unlink()


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating or changing any file.

    A read-only connection to a WAL database still creates -wal and -shm files. When there is no
    -wal file, the database file alone holds every committed transaction, so it can be opened as
    immutable, which creates nothing and takes no locks. With a -wal present (another process
    has the library open, or one was killed) its content matters, so SQLite must read it.
    """
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"

"""Protect a library with a passphrase, change it, or remove protection (DESIGN.md §10).

All three are one conversion: ``sqlcipher_export`` writes the whole library into a new file
beside it (encrypted with the new passphrase, or plain), the copy is checked (integrity check,
the same number of rows in every table), made private and flushed to disk, the library's
backups (encrypted the old way) are deleted, and the copy replaces the library with one atomic
rename. A process killed at any moment therefore leaves either the old library or the new one,
whole, plus at most an unfinished copy that the next conversion or the next open deletes.

Copies of the library made elsewhere (the user's own backups) are not affected; the caller says
so. Nothing else may have the library open during a conversion (the app closes it first): the
conversion refuses a library another program holds, and one that changed while it was copied.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import Any

from supportmap.atomic import fsync_directory
from supportmap.core.i18n import _
from supportmap.storage import cipher, sqlitefile
from supportmap.storage.errors import StorageError

_BUSY, _LOCKED, _IOERR, _FULL = 5, 6, 10, 13


def protect(path: Path, new_passphrase: str) -> None:
    """Encrypt the unprotected library at ``path`` with ``new_passphrase``.

    Raises:
        StorageError: it is already protected, is not a library, is in use, or could not be
            converted (e.g. the disk is full); the library is then left as it was.
    """
    path = Path(path)
    cipher.check_new_passphrase(new_passphrase)
    check_can_protect(path)
    _convert(path, None, new_passphrase)


def change_passphrase(path: Path, passphrase: str, new_passphrase: str) -> None:
    """Encrypt the protected library at ``path`` with ``new_passphrase`` instead.

    Raises:
        WrongPassphrase: ``passphrase`` does not open it; it is left byte-identical.
        StorageError: as for `protect`.
    """
    path = Path(path)
    cipher.check_new_passphrase(new_passphrase)
    check_can_unprotect(path)
    _convert(path, passphrase, new_passphrase)


def unprotect(path: Path, passphrase: str) -> None:
    """Decrypt the protected library at ``path`` into a plain SQLite library.

    Raises:
        WrongPassphrase: ``passphrase`` does not open it; it is left byte-identical.
        StorageError: as for `protect`.
    """
    path = Path(path)
    check_can_unprotect(path)
    _convert(path, passphrase, None)


def work_file(path: Path) -> Path:
    """The unfinished copy a conversion of ``path`` writes before it replaces the library."""
    return path.with_name(f".{path.name}.converting")


def remove_leftovers(path: Path) -> None:
    """Delete the unfinished copy a killed conversion of ``path`` left behind, if any."""
    leftover = work_file(path)
    if leftover.exists() or Path(f"{leftover}-journal").exists():
        sqlitefile.remove_with_companions(leftover)


def check_can_protect(path: Path) -> None:
    """Refuse, before any passphrase is asked for, a library that `protect` would refuse.

    Raises:
        StorageError: there is no library at ``path``, or it is protected already.
    """
    _check_exists(path)
    if cipher.is_protected(path):
        raise StorageError(
            _(
                "The library at {path} is already protected with a passphrase; it was left "
                "as it was. To choose another passphrase, remove the protection and protect it "
                "again."
            ).format(path=path)
        )


def check_can_unprotect(path: Path) -> None:
    """Refuse, before any passphrase is asked for, a library that `unprotect` would refuse.

    Raises:
        StorageError: there is no library at ``path``, or it is not protected.
    """
    _check_exists(path)
    if not cipher.is_protected(path):
        raise StorageError(
            _(
                "The library at {path} is not protected with a passphrase; it was left as it was."
            ).format(path=path)
        )


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise StorageError(
            _("There is no library at {path}; check the name and folder.").format(path=path)
        )


def _convert(path: Path, passphrase: str | None, new_passphrase: str | None) -> None:
    sqlitefile.check_writable(path)
    if passphrase is None:
        sqlitefile.check_header(path)
        found = sqlitefile.probe(path)
    else:
        found = cipher.probe(path, passphrase)
    if found.revision is None:
        raise StorageError(
            _(
                "{path} is not a SupportMap library. It was left untouched; choose another "
                "file with --db."
            ).format(path=path)
        )
    remove_leftovers(path)
    copy = work_file(path)
    sqlitefile.create_private_file(copy)
    try:
        with cipher.opened(path, passphrase, read_only=False) as source:
            _copy_and_check(source, path, copy, new_passphrase)
        _flush(copy)
        for old in sqlitefile.backups_of(path):
            sqlitefile.remove_with_companions(old)
        os.replace(copy, path)
    except BaseException as error:
        sqlitefile.remove_with_companions(copy)
        if isinstance(error, cipher.dbapi().Error | OSError):
            raise StorageError(_failure_message(path, error)) from None
        raise
    fsync_directory(path.parent if str(path.parent) else Path("."))
    for suffix in sqlitefile.COMPANION_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _copy_and_check(source: Any, path: Path, copy: Path, new_passphrase: str | None) -> None:
    """Export ``source`` into ``copy``, check the copy, and leave ``source`` without a log.

    The library's write-ahead log is folded into it and switched off last, which also proves
    that no other connection has the library open: its log would not apply to the new file.
    """
    version = source.execute("PRAGMA data_version").fetchone()[0]
    counts = _row_counts(source)
    cipher.export(source, copy, new_passphrase)
    with cipher.opened(copy, new_passphrase, read_only=False) as check:
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)] or (
            _row_counts(check) != counts
        ):
            raise StorageError(
                _(
                    "The converted copy of the library at {path} did not match it, so the "
                    "library was left as it was. Please report this problem."
                ).format(path=path)
            )
    mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if (
        str(mode).lower() != "delete"
        or source.execute("PRAGMA data_version").fetchone()[0] != version
    ):
        raise StorageError(_in_use_message(path))


def _row_counts(connection: Any) -> dict[str, int]:
    names = [row[0] for row in connection.execute(sqlitefile.TABLES_SQL)]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in sorted(names)
    }


def _flush(copy: Path) -> None:
    descriptor = os.open(copy, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _in_use_message(path: Path) -> str:
    return _(
        "The library at {path} is in use by another program (perhaps a SupportMap window), so "
        "it was left as it was. Close it there and try again."
    ).format(path=path)


def _failure_message(path: Path, error: BaseException) -> str:
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    number = getattr(error, "errno", None)
    # sqlcipher_export reports the failure of a statement it runs as a plain SQLITE_ERROR with
    # that statement's message ("disk I/O error", "database or disk is full").
    reason = str(error).lower()
    if code in (_BUSY, _LOCKED) or "locked" in reason:
        return _in_use_message(path)
    if (
        code in (_FULL, _IOERR)
        or number in (errno.ENOSPC, errno.EFBIG, errno.EIO)
        or "disk" in reason
    ):
        return _(
            "Could not convert the library at {path}: there is no room on the disk for the "
            "converted copy, or the disk reported an error. The library was left as it was; "
            "free some space and try again."
        ).format(path=path)
    return _(
        "Could not convert the library at {path}; it was left as it was. Check that you may "
        "write to its folder, then try again."
    ).format(path=path)

"""Atomic file writes: a file is either its old self or completely the new one, never half.

Shared by the storage (map files) and the reports (charts, pictures); plain standard library.

A crash, a full disk or a pulled plug in the middle of saving an export must not leave a
client's map truncated. So we write a temporary file next to the target (same directory, hence
same file system), flush and fsync it, rename it over the target with `os.replace` (atomic on
POSIX and Windows), and fsync the directory so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class SaveError(OSError):
    """Saving failed; ``str(error)`` is a one-line message that says what to do.

    It stays an `OSError` (with the original ``errno``) so callers that handle file-system
    errors in general keep working.
    """

    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; on any failure the old file is untouched.

    Args:
        path: the file to create or replace. Its directory must exist.
        data: the complete new content.
        mode: permission bits of the new file; private to the user by default, because
            everything SupportMap writes is about someone's relationships.

    Raises:
        SaveError: the file could not be written (full disk, no permission, missing folder);
            the temporary file has been removed.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        raise _save_error(path, error) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _save_error(path, error) from error
        raise
    fsync_directory(directory)


def fsync_directory(directory: Path) -> None:
    """Make the rename durable. Not possible (nor needed) on every platform, hence best effort."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(directory, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _save_error(path: Path, error: OSError) -> SaveError:
    if isinstance(error, SaveError):
        return error
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "the disk is full; free some space and try again"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "no permission to write there; choose another folder"
    elif code == errno.ENOENT:
        reason = "the folder does not exist; choose an existing folder"
    elif code == errno.EISDIR:
        reason = "that is a folder; choose a file name"
    else:
        reason = f"{error.strerror or error}; the existing file was left as it was"
    return SaveError(code, f"Could not save {path}: {reason}.")

"""The one error type the storage layer lets reach the user, and the words for its causes."""

from __future__ import annotations

import errno

from supportmap.core.i18n import _


class StorageError(Exception):
    """Something is wrong with the library database that the user can act on.

    ``str(error)`` is a complete, one-line message for a person: it names the file or map at fault
    and says what to do next. The underlying database error, if any, is chained as ``__cause__``
    for logs and tests; it is never shown on its own.
    """


class MapGone(StorageError):
    """The map is not in the library (any more): deleted, perhaps by another window or a
    colleague, or, on a practice server, no longer shared with this account."""


# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _CONSTRAINT, _AUTH, _NOTADB = 13, 14, 19, 23, 26
# PostgreSQL's SQLSTATE classes and codes for the same causes.
_PG_BUSY = ("55P03", "40P01", "40001")
_PG_FULL = ("53100",)
_PG_PERMISSION = ("42501", "25006")
_PG_CORRUPT = ("XX001", "XX002")


def database_problem(where: str, error: BaseException, *, write: bool) -> str:
    """The message for a database error, telling the true cause as far as it is known.

    Only a file SQLite itself reports as corrupt is called damaged: following "restore a backup"
    for a library that was merely busy would throw the newest work away.

    Args:
        where: the library's path or address, for the message.
        error: the driver's exception (or SQLAlchemy's wrapper with it as ``orig``).
        write: whether the failing transaction was to save something.
    """
    cause = getattr(error, "orig", None) or error
    code = getattr(cause, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    state = str(getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None) or "")
    reason = str(cause).lower()
    if type(cause).__module__.split(".")[0] in ("psycopg", "psycopg2"):
        from supportmap.storage.server_errors import server_problem

        return server_problem(where, state, reason, write=write)
    if primary in (_BUSY, _LOCKED) or state in _PG_BUSY or "locked" in reason:
        save, read = (
            _(
                "Could not save to the library at {where}: another program is using it right "
                "now. Try again in a moment."
            ),
            _(
                "Could not read the library at {where}: another program is using it right "
                "now. Try again in a moment."
            ),
        )
    elif primary == _FULL or state in _PG_FULL or getattr(cause, "errno", None) == errno.ENOSPC:
        save, read = (
            _("Could not save to the library at {where}: the disk is full. Free some space."),
            _("Could not read the library at {where}: the disk is full. Free some space."),
        )
    elif primary in (_READONLY, _PERM, _CANTOPEN, _AUTH) or state in _PG_PERMISSION:
        save, read = (
            _(
                "Could not save to the library at {where}: there is no permission to change it "
                "(the file or its folder is read-only). Check the permissions, or choose "
                "another file with --db."
            ),
            _(
                "Could not read the library at {where}: there is no permission to change it "
                "(the file or its folder is read-only). Check the permissions, or choose "
                "another file with --db."
            ),
        )
    elif primary == _CONSTRAINT or state.startswith("23"):
        save, read = (
            _(
                "Could not save to the library at {where}: the map was changed in another "
                "window or program at the same time. Open the map again to see the latest "
                "version, then repeat the change."
            ),
            _(
                "Could not read the library at {where}: the map was changed in another window "
                "or program at the same time. Open the map again to see the latest version, "
                "then repeat the change."
            ),
        )
    elif primary in (_CORRUPT, _NOTADB) or state in _PG_CORRUPT:
        save, read = (
            _(
                "Could not save to the library at {where}; it looks damaged. "
                "Restore a backup copy or choose another file with --db."
            ),
            _(
                "Could not read the library at {where}; it looks damaged. "
                "Restore a backup copy or choose another file with --db."
            ),
        )
    elif primary == _IOERR:
        save, read = (
            _(
                "Could not save to the library at {where}: the disk reported an error. Check "
                "that the drive is still connected and working, then try again."
            ),
            _(
                "Could not read the library at {where}: the disk reported an error. Check that "
                "the drive is still connected and working, then try again."
            ),
        )
    else:
        save, read = (
            _(
                "Could not save to the library at {where}. Try again in a moment; if it keeps "
                "happening, restart SupportMap."
            ),
            _(
                "Could not read the library at {where}. Try again in a moment; if it keeps "
                "happening, restart SupportMap."
            ),
        )
    return (save if write else read).format(where=where)

"""No lost update: a save that finds its rows changed by someone else is refused whole.

Every UPDATE and DELETE that `supportmap.storage.writes` runs names, in its WHERE, the values
the writer read (the change values carry them: ``before``); only the columns a change sets are
compared, so two people who change different fields of one person both keep their change. A
statement that then touches no row, an INSERT whose key another writer took first (two windows
adding ``p13``) and a server's serialization failure all become `ConflictError`, and the
command's transaction is rolled back, so nothing of it is written.

For the window (DESIGN.md §11): catch `ConflictError` from ``Library.apply_many``, load the map
again, show what changed (``subject`` says where the conflict was found), and offer to apply the
refused edit again on the fresh map (an added person or note then gets a fresh id from
``core.edits``). `supportmap.storage.watch` tells an open window that another one saved.
"""

from __future__ import annotations

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError

# SQLSTATEs a server gives when two writers collide: serialization failure, deadlock, and the
# integrity errors of a key someone else took or a row someone else deleted.
_SERVER_STATES = ("40001", "40P01")
# SQLite's extended result codes for a unique key, a primary key and a foreign key.
_SQLITE_CONSTRAINTS = (2067, 1555, 787)


class ConflictError(StorageError):
    """The save was refused because the map changed since the writer read it.

    Attributes:
        map_id: the map that changed.
        subject: what was found changed, for logs and tests: ``"person p3"``, ``"tie p1 p2"``,
            ``"note n2"``, ``"safety plan"``, ``"map"``, or ``"id p13"`` for an id another
            writer took first. The window diffs the reloaded map to tell the user more.
    """

    def __init__(self, map_id: int, subject: str) -> None:
        super().__init__(
            _(
                "This map was changed in another window or by someone else at the same time, "
                "so this change was not saved. The map will show their change; you can then "
                "make yours again."
            )
        )
        self.map_id = map_id
        self.subject = subject


def is_collision(error: BaseException) -> bool:
    """Whether a driver error means that another writer got there first."""
    cause = getattr(error, "orig", None) or error
    state = str(getattr(cause, "sqlstate", None) or "")
    if state in _SERVER_STATES or state.startswith("23"):
        return True
    return getattr(cause, "sqlite_errorcode", None) in _SQLITE_CONSTRAINTS

"""Notice that another window, app or clinician saved to the library (DESIGN.md §11).

`ChangeWatch.poll` is cheap (no query on a server, one pragma on SQLite) and never blocks longer
than its ``timeout``: with the default of 0 it only reads what has already arrived, so a window
can call it on its own thread every second and, when it says yes, load the open map again and
show what changed. Its own saves count too; a window that finds the reloaded map equal to its
own has nothing to show.

- SQLite: ``PRAGMA data_version`` on a connection of the watch's own changes whenever another
  connection commits to the file.
- PostgreSQL: every save sends ``NOTIFY supportmap`` in its transaction (delivered at commit);
  the watch LISTENs on a connection of its own. Row-level security still applies to the reload:
  a clinician is woken by others' saves but reads only the maps they may see.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import Engine

CHANNEL = "supportmap"


class ChangeWatch:
    """Watches one library for commits by other connections. Close it when done."""

    def __init__(self, engine: Engine) -> None:
        self._server = engine.dialect.name == "postgresql"
        raw = engine.raw_connection()
        connection: Any = raw.driver_connection
        raw.detach()  # this connection stays the watch's: never handed out for a save
        if self._server:
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection
        self._version = self._data_version()

    def poll(self, timeout: float = 0.0) -> bool:
        """Whether the library changed since the last poll, waiting up to ``timeout`` seconds
        on a server for a change to arrive (SQLite answers at once)."""
        if self._server:
            arrived = list(self._connection.notifies(timeout=timeout, stop_after=1))
            arrived += list(self._connection.notifies(timeout=0))
            return bool(arrived)
        version = self._data_version()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        self._connection.close()

    def _data_version(self) -> int:
        if self._server:
            return 0
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])


def driver_errors() -> tuple[type[Exception], ...]:
    """The errors of the drivers whose connections a watch uses directly (SQLAlchemy does not
    wrap them there): sqlite3's and SQLCipher's, and psycopg's when it is installed."""
    import sqlite3

    errors: list[type[Exception]] = [sqlite3.Error]
    for module in ("sqlcipher3", "psycopg"):
        loaded = sys.modules.get(module)
        error = getattr(loaded, "Error", None) if loaded is not None else None
        if isinstance(error, type) and issubclass(error, Exception):
            errors.append(error)
    return tuple(errors)

"""Where the library lives: the user data directory unless the user points elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SupportMap"
DATABASE_FILE = "library.sqlite3"
ENVIRONMENT_VARIABLE = "SUPPORTMAP_DB"


def default_database_path() -> Path:
    """The library in the platform's per-user data directory (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILE


def resolve_database(cli_value: str | None) -> str:
    """The library location to open: ``--db`` beats ``SUPPORTMAP_DB`` beats the default.

    Args:
        cli_value: the value of ``--db`` (None or empty when not given).

    Returns:
        A file path (with ``~`` expanded) or, when the value contains ``://``, a database URL
        passed through unchanged so a practice can point at a shared server.
    """
    for value in (cli_value, os.environ.get(ENVIRONMENT_VARIABLE)):
        if value and value.strip():
            return _expand(value.strip())
    return str(default_database_path())


def is_url(location: str) -> bool:
    """Whether ``location`` is a database URL rather than a file path."""
    return "://" in location


def _expand(value: str) -> str:
    return value if is_url(value) else os.path.expanduser(value)

"""Every file of the library is private to its owner (0600), whatever the umask."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmap.core import edits
from supportmap.storage import sqlitefile
from supportmap.storage.library import Library
from tests.storage.library_helpers import sample_map, sqlite_rows


@pytest.fixture(params=[0o000, 0o022, 0o077, 0o277], ids=lambda m: f"umask{m:03o}")
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_database_wal_and_shm_are_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "new folder" / "library.sqlite3"
    with Library.open(path) as library:
        map_id = library.save_new_map(sample_map())
        library.apply(map_id, edits.add_person(library.load_map(map_id), "Lee"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600


def test_backup_is_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        library.save_new_map(sample_map())

    backup = sqlitefile.backup(path, "0001")

    assert mode(backup) == 0o600
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT count(*) FROM person") == [(4,)]


def test_an_existing_library_keeps_the_permissions_its_owner_gave_it(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    path.chmod(0o640)
    with Library.open(path) as library:
        library.create_map("Alex")
        assert mode(path) == 0o640
        # The log files SQLite makes for us are kept to the owner all the same.
        assert mode(Path(f"{path}-wal")) == 0o600
    assert mode(path) == 0o640

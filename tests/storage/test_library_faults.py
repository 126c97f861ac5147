"""A library that is read-only, busy or raced by a second writer: the message tells the cause."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import pytest

from supportmap.core import edits
from supportmap.core.supportmap import SupportMap
from supportmap.storage.errors import StorageError, database_problem
from supportmap.storage.library import Library
from tests.test_cli import run


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_read_only_library_is_refused_and_never_made_writable(library_file: Path) -> None:
    with Library.open(library_file) as library:
        library.create_map("Alex")
    library_file.chmod(0o400)
    before = library_file.read_bytes()

    with pytest.raises(StorageError, match="read-only") as refused:
        Library.open(library_file)

    assert "damaged" not in str(refused.value)
    assert mode(library_file) == 0o400
    assert library_file.read_bytes() == before


def test_importing_into_a_read_only_library_leaves_it_read_only(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    Library.open(db).close()
    db.chmod(0o400)
    path = tmp_path / "one.supportmap.json"
    path.write_text('{"format": "supportmap", "version": 1, "map": {"focus": {"name": "A"}}}')

    for _ in range(2):
        result = run("import", path, "--db", db)
        assert result.returncode == 1
        assert "read-only" in result.stderr
        assert mode(db) == 0o400


def test_a_busy_library_says_so_and_gives_up_within_a_moment(library_file: Path) -> None:
    with Library.open(library_file) as library:
        map_id = library.create_map("Alex")
        with contextlib.closing(sqlite3.connect(library_file, isolation_level=None)) as holder:
            holder.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            with pytest.raises(StorageError, match="another program is using it") as refused:
                library.rename_map(map_id, "Renamed")
            waited = time.monotonic() - started
            holder.execute("ROLLBACK")
    assert waited < 2.0  # a tenth of a second, not the driver's default of five
    assert "damaged" not in str(refused.value)


def test_opening_a_library_held_exclusively_is_not_called_damaged(library_file: Path) -> None:
    Library.open(library_file).close()
    with contextlib.closing(sqlite3.connect(library_file, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE holding (x)")
        with pytest.raises(StorageError) as refused:
            Library.open(library_file).list_maps()
        holder.execute("ROLLBACK")
    assert "damaged" not in str(refused.value)
    assert "another program" in str(refused.value)


def test_two_windows_adding_a_person_at_once_both_keep_theirs(library_file: Path) -> None:
    """New people get ids nobody else can have picked, so two windows never clash on one."""
    with Library.open(library_file) as first, Library.open(library_file) as second:
        map_id = first.create_map("Alex")
        mine, theirs = first.load_map(map_id), second.load_map(map_id)
        first.apply(map_id, mine.apply(edits.add_person(mine, "Sam")))
        second.apply(map_id, theirs.apply(edits.add_person(theirs, "Kim")))

        assert sorted(p.name for p in first.load_map(map_id).people.values()) == ["Kim", "Sam"]


def test_an_id_that_is_taken_after_all_is_told_as_a_change_elsewhere_not_as_damage(
    library_file: Path,
) -> None:
    with Library.open(library_file) as first, Library.open(library_file) as second:
        map_id = first.create_map("Alex")
        mine, theirs = first.load_map(map_id), second.load_map(map_id)
        first.apply(map_id, mine.apply(edits.add_person(mine, "Sam", id="p1")))
        clash = theirs.apply(edits.add_person(theirs, "Kim", id="p1"))

        with pytest.raises(StorageError, match="changed in another window") as refused:
            second.apply(map_id, clash)

        assert "damaged" not in str(refused.value)
        assert [p.name for p in first.load_map(map_id).people.values()] == ["Sam"]


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("it failed")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (5, "another program is using it"),  # SQLITE_BUSY
        (13, "the disk is full"),  # SQLITE_FULL
        (8, "no permission"),  # SQLITE_READONLY
        (14, "no permission"),  # SQLITE_CANTOPEN
        (2067, "changed in another window"),  # SQLITE_CONSTRAINT_UNIQUE
        (10, "the disk reported an error"),  # SQLITE_IOERR
        (11, "looks damaged"),  # SQLITE_CORRUPT
        (26, "looks damaged"),  # SQLITE_NOTADB
    ],
)
def test_each_cause_gets_its_own_message(code: int, words: str) -> None:
    message = database_problem("lib.db", sqlite_error(code), write=True)
    assert words in message
    assert ("damaged" in message) == (words == "looks damaged")


def test_a_file_that_really_fails_its_check_is_called_damaged(library_file: Path) -> None:
    with Library.open(library_file) as library:
        library.save_new_map(SupportMap("Alex"))
    data = bytearray(library_file.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    library_file.write_bytes(bytes(data))

    with pytest.raises(StorageError, match="damaged"):
        Library.open(library_file).list_maps()


def test_a_driver_error_while_starting_a_watch_is_a_message(
    library_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watch talks to the driver's own connection, where SQLAlchemy wraps nothing."""
    from supportmap.storage import watch

    def failing(self: watch.ChangeWatch) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(watch.ChangeWatch, "_data_version", failing)
    with Library.open(library_file) as library, pytest.raises(StorageError) as caught:
        library.watch()
    assert str(library_file) in str(caught.value)

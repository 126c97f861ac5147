"""Files that are not healthy libraries are refused with a clear message and left byte-identical."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library
from tests.storage.library_helpers import file_digest, sample_map


def healthy_library(path: Path, maps: int = 3) -> None:
    with Library.open(path) as library:
        for _ in range(maps):
            library.save_new_map(sample_map(people=40))


def garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(50_000))


def text_file(path: Path) -> None:
    path.write_text('{"format": "supportmap", "version": 1, "map": {}}\n', encoding="utf-8")


def header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(8192))


def short_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00\x10\x00")


def truncated_to_whole_pages(path: Path) -> None:
    healthy_library(path)
    os.truncate(path, 3 * 4096)


def truncated_mid_page(path: Path) -> None:
    healthy_library(path)
    os.truncate(path, path.stat().st_size // 2 + 100)


def damaged_page(path: Path) -> None:
    healthy_library(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def someone_elses_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.commit()
    connection.close()


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "random bytes": (garbage, "not an SQLite database"),
    "a text file": (text_file, "not an SQLite database"),
    "sqlite header then garbage": (header_then_garbage, "damaged"),
    "cut-off header": (short_header, "not an SQLite database"),
    "truncated to whole pages": (truncated_to_whole_pages, "damaged"),
    "truncated mid-page": (truncated_mid_page, "damaged"),
    "damaged pages": (damaged_page, "damaged"),
    "another program's database": (someone_elses_database, "not a SupportMap library"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_is_refused_and_left_byte_identical(tmp_path: Path, case: str) -> None:
    make, expected = CASES[case]
    path = tmp_path / "library.sqlite3"
    make(path)
    assert not Path(f"{path}-wal").exists()
    digest, mode = file_digest(path), path.stat().st_mode

    with pytest.raises(StorageError, match=expected) as caught:
        Library.open(path)

    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert "--db" in message
    assert file_digest(path) == digest and path.stat().st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_bad_file_behind_a_sqlite_url_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    garbage(path)
    digest = file_digest(path)
    with pytest.raises(StorageError, match="not an SQLite database"):
        Library.open(f"sqlite:///{path}")
    assert file_digest(path) == digest


def test_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    """An empty file holds nothing to lose; it is what a crash right after creating it leaves."""
    path = tmp_path / "library.sqlite3"
    path.touch()
    with Library.open(path) as library:
        assert library.list_maps() == []
        library.create_map("Alex")
    with Library.open(path) as library:
        assert [m.focus_name for m in library.list_maps()] == ["Alex"]


def test_healthy_library_with_a_leftover_write_ahead_log_opens(tmp_path: Path) -> None:
    """A -wal file left by a killed process holds committed edits: they must be read."""
    path = tmp_path / "library.sqlite3"
    healthy_library(path, maps=1)
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE map SET title = 'from the log'")
    holder.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    try:
        with Library.open(path) as library:
            assert [m.title for m in library.list_maps()] == ["from the log"]
    finally:
        holder.close()

"""Encrypted map files through the storage API, as the app's dialogs will use it.

age's scrypt takes a few hundred megabytes for a moment; it runs in a child process, so that
the test process stays as small as the tests that measure a child's memory expect.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from supportmap.storage.age_files import WrongFilePassphrase, write_encrypted
from supportmap.storage.fileformat import Document, FileFormatError, read_document, write_document
from tests.storage.library_helpers import sample_map

PASSPHRASE = "for this file only"
Result = TypeVar("Result")


def in_child(function: Callable[[Path], Result], folder: Path) -> Result:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, folder).result(timeout=120)


def round_trip(folder: Path) -> tuple[bool, list[Path], int, bool]:
    document = Document(sample_map(6))
    sealed = folder / "Alex.supportmap.json.age"
    write_encrypted(sealed, document, PASSPHRASE)
    plain = folder / "Alex.supportmap.json"
    write_document(plain, document)
    asked: list[Path] = []

    def ask(path: Path) -> str:
        asked.append(path)
        return PASSPHRASE

    same = read_document(sealed, ask) == read_document(plain)
    return same, asked, sealed.stat().st_mode & 0o777, b"Calls on Sundays" in sealed.read_bytes()


def test_an_encrypted_file_reads_back_as_the_same_document(tmp_path: Path) -> None:
    same, asked, mode, readable = in_child(round_trip, tmp_path)
    assert same
    assert asked == [tmp_path / "Alex.supportmap.json.age"]
    assert mode == 0o600
    assert not readable


def test_a_plain_file_never_asks_for_a_passphrase(tmp_path: Path) -> None:
    plain = tmp_path / "Alex.supportmap.json"
    write_document(plain, Document(sample_map()))

    def ask(path: Path) -> str:
        raise AssertionError(f"asked for the passphrase of {path}")

    assert read_document(plain, ask).map.focus_name == "Alex"


def refusals(folder: Path) -> list[tuple[str, str]]:
    """What reading a sealed file says with a wrong passphrase, none, and cut short."""
    sealed = folder / "Alex.supportmap.json.age"
    write_encrypted(sealed, Document(sample_map()), PASSPHRASE)
    found = []
    for passphrase in (lambda _path: "not it", None):
        try:
            read_document(sealed, passphrase)
        except FileFormatError as error:
            found.append((type(error).__name__, str(error)))
    sealed.write_bytes(sealed.read_bytes()[:-20])
    try:
        read_document(sealed, lambda _path: PASSPHRASE)
    except FileFormatError as error:
        found.append((type(error).__name__, str(error)))
    return found


def test_a_wrong_passphrase_can_be_told_from_other_problems(tmp_path: Path) -> None:
    (wrong, wrong_text), (none, none_text), (cut, cut_text) = in_child(refusals, tmp_path)
    assert wrong == WrongFilePassphrase.__name__
    assert "does not open" in wrong_text
    assert none == cut == FileFormatError.__name__
    assert "is encrypted" in none_text
    assert "cut short" in cut_text


def test_an_empty_passphrase_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    sealed = tmp_path / "Alex.supportmap.json.age"
    with pytest.raises(FileFormatError, match="empty"):
        write_encrypted(sealed, Document(sample_map()), "")
    assert list(tmp_path.iterdir()) == []

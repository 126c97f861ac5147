"""Encrypted map files through the storage API, as the app's dialogs will use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportmap.storage.age_files import WrongFilePassphrase, write_encrypted
from supportmap.storage.fileformat import Document, FileFormatError, read_document, write_document
from tests.storage.library_helpers import sample_map

PASSPHRASE = "for this file only"


def test_an_encrypted_file_reads_back_as_the_same_document(tmp_path: Path) -> None:
    document = Document(sample_map(6))
    sealed = tmp_path / "Alex.supportmap.json.age"
    write_encrypted(sealed, document, PASSPHRASE)
    asked: list[Path] = []

    def ask(path: Path) -> str:
        asked.append(path)
        return PASSPHRASE

    plain = tmp_path / "Alex.supportmap.json"
    write_document(plain, document)

    assert read_document(sealed, ask) == read_document(plain)
    assert asked == [sealed]
    assert sealed.stat().st_mode & 0o777 == 0o600
    assert b"Calls on Sundays" not in sealed.read_bytes()


def test_a_plain_file_never_asks_for_a_passphrase(tmp_path: Path) -> None:
    plain = tmp_path / "Alex.supportmap.json"
    write_document(plain, Document(sample_map()))

    def ask(path: Path) -> str:
        raise AssertionError(f"asked for the passphrase of {path}")

    assert read_document(plain, ask).map.focus_name == "Alex"


def test_a_wrong_passphrase_can_be_told_from_other_problems(tmp_path: Path) -> None:
    sealed = tmp_path / "Alex.supportmap.json.age"
    write_encrypted(sealed, Document(sample_map()), PASSPHRASE)
    with pytest.raises(WrongFilePassphrase):
        read_document(sealed, lambda _path: "not it")
    with pytest.raises(FileFormatError, match="is encrypted"):
        read_document(sealed)
    sealed.write_bytes(sealed.read_bytes()[:-20])
    with pytest.raises(FileFormatError, match="cut short") as raised:
        read_document(sealed, lambda _path: PASSPHRASE)
    assert not isinstance(raised.value, WrongFilePassphrase)


def test_an_empty_passphrase_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    sealed = tmp_path / "Alex.supportmap.json.age"
    with pytest.raises(FileFormatError, match="empty"):
        write_encrypted(sealed, Document(sample_map()), "")
    assert list(tmp_path.iterdir()) == []

"""Atomic saves: a failed save leaves the old file byte-identical and no temporary file behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from supportmap.atomic import SaveError, atomic_write_bytes


def test_creates_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    atomic_write_bytes(path, b"first")
    atomic_write_bytes(path, b"second")
    assert path.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["a.bin"]


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_files_are_private_unless_asked_otherwise(tmp_path: Path) -> None:
    atomic_write_bytes(tmp_path / "private", b"x")
    atomic_write_bytes(tmp_path / "shared", b"x", mode=0o644)
    assert (tmp_path / "private").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "shared").stat().st_mode & 0o777 == 0o644


def test_full_disk_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.supportmap.json"
    atomic_write_bytes(path, b"old content")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(path, b"new content that does not fit")
    monkeypatch.undo()

    assert caught.value.errno == errno.ENOSPC
    assert isinstance(caught.value, OSError)
    assert (
        str(caught.value)
        == f"Could not save {path}: the disk is full; free some space and try again."
    )
    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == ["map.supportmap.json"]


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="the folder does not exist"):
        atomic_write_bytes(tmp_path / "nowhere" / "x.json", b"x")


def test_a_folder_in_the_way_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "x.json").mkdir()
    with pytest.raises(SaveError, match="that is a folder"):
        atomic_write_bytes(tmp_path / "x.json", b"x")
    assert os.listdir(tmp_path) == ["x.json"]
    assert (tmp_path / "x.json").is_dir()

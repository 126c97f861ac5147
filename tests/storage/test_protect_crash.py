"""A conversion killed with SIGKILL at any moment leaves the old or the new library, whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from supportmap.storage import cipher
from supportmap.storage.library import Library
from tests.commands import REPOSITORY
from tests.storage.library_helpers import sqlite_rows
from tests.storage.protected_helpers import CLIENT, PASSPHRASE, contents, files_holding, fill

CHILD = Path(__file__).with_name("convert_child.py")


def convert(path: Path, direction: str, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHILD), str(path), direction, PASSPHRASE, str(kill_at)],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        timeout=120,
        check=False,
    )


def kill_points(path: Path, direction: str) -> list[int]:
    """Steps all along a whole conversion of a copy of ``path``: one in every tenth of it."""
    trial = path.parent / "trial" / "library.sqlite3"
    trial.parent.mkdir()
    trial.write_bytes(path.read_bytes())
    finished = convert(trial, direction, 0)
    assert finished.returncode == 0, finished.stderr
    total = int(finished.stdout)
    chooser = random.Random(f"{direction} {total}")
    tenth = max(total // 10, 1)
    starts = range(0, total, tenth)
    return sorted({chooser.randrange(start, min(start + tenth, total)) + 1 for start in starts})


@pytest.mark.slow
@pytest.mark.parametrize("direction", ["protect", "unprotect"])
def test_a_killed_conversion_leaves_one_whole_library(tmp_path: Path, direction: str) -> None:
    original = tmp_path / "original.sqlite3"
    fill(original)
    expected = contents(original)
    if direction == "unprotect":
        from supportmap.storage import protect

        protect.protect(original, PASSPHRASE)
    outcomes = set()
    for kill_at in kill_points(original, direction):
        folder = tmp_path / f"killed-at-{kill_at}"
        folder.mkdir()
        path = folder / "library.sqlite3"
        path.write_bytes(original.read_bytes())

        result = convert(path, direction, kill_at)

        assert result.returncode == -signal.SIGKILL, (kill_at, result.stdout, result.stderr)
        protected = cipher.is_protected(path)
        outcomes.add(protected == (direction == "protect"))
        if direction == "protect" and protected:
            # Before anything cleans up: no file left in the folder is readable. (An unfinished
            # copy of a library whose protection was being removed is plain, like the library
            # it was to become; the next open deletes it, as checked below.)
            assert files_holding(folder, CLIENT) == [], kill_at
        passphrase = PASSPHRASE if protected else None
        assert contents(path, passphrase) == expected, kill_at
        # Opening it has removed any unfinished copy.
        assert sorted(file.name for file in folder.iterdir()) == ["library.sqlite3"], kill_at
        if protected:
            assert files_holding(folder, CLIENT) == [], kill_at
        else:
            assert sqlite_rows(path, "PRAGMA integrity_check") == [("ok",)]
        with Library.open(path, passphrase=passphrase) as library:
            assert library.list_maps()
    # The points cover the whole conversion: some kills came before the swap, some after.
    assert outcomes == {True, False}

"""A process killed with SIGKILL in the middle of a burst of edits loses no committed edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from supportmap.storage.library import Library
from tests.storage.library_helpers import sqlite_rows

CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.parametrize("kill_after", [1, 25, 200])
def test_killed_writer_loses_no_committed_edit(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "library.sqlite3"
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    assert child.stdout is not None
    try:
        first = child.stdout.readline()
        assert first.startswith("map "), child.stderr.read() if child.stderr else first
        map_id = int(first.split()[1])
        committed = []
        while len(committed) < kill_after:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "child ended early"
            committed.append(int(line))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        committed += [int(line) for line in child.stdout.read().split()]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    with Library.open(path) as library:
        people = library.load_map(map_id).people
    assert sqlite_rows(path, "PRAGMA integrity_check") == [("ok",)]
    for number in committed:
        if number % 2 == 0:
            assert people[f"e{number}"].name == f"Edit {number}"
        else:
            assert people[f"e{number - 1}"].notes == f"note {number}"
    assert len(people) >= (max(committed) + 2) // 2

"""The command line with files and libraries that try its limits: clear refusals, safe output."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from supportmap.storage.library import Library
from tests.test_cli import assert_one_line_error, run


def test_list_escapes_control_characters_a_library_holds(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as library:
        library.create_map("Sam", "Plain")
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("UPDATE map SET title = ?, focus_name = ?", ("A\x1b[2Jb", "S\x9bam"))

    result = run("list", "--db", db)

    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "A\\x1b[2Jb" in result.stdout and "S\\x9bam" in result.stdout


def test_a_title_with_a_terminal_escape_is_refused_on_import(tmp_path: Path) -> None:
    path = tmp_path / "escape.supportmap.json"
    data = {
        "format": "supportmap",
        "version": 1,
        "map": {"title": "\x1b]0;owned\x07", "focus": {"name": "A"}},
    }
    path.write_text(json.dumps(data), encoding="utf-8")

    for command in ("analyze", "import"):
        result = run(command, path, "--db", tmp_path / "library.sqlite3")
        assert_one_line_error(result, "map.title", "control characters")
        assert "\x1b" not in result.stdout + result.stderr


def test_a_snapshot_time_that_cannot_be_stored_is_one_line_on_the_command_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "early.supportmap.json"
    snapshot = {
        "label": "Then",
        "taken": "0001-01-01T00:00:00+01:00",
        "map": {"focus": {"name": "A"}},
    }
    data = {
        "format": "supportmap",
        "version": 1,
        "map": {"focus": {"name": "A"}},
        "snapshots": [snapshot],
    }
    path.write_text(json.dumps(data), encoding="utf-8")

    assert_one_line_error(run("analyze", path), "snapshots[0].taken")


def test_a_pipe_given_as_the_file_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.supportmap.json"
    os.mkfifo(pipe)

    assert_one_line_error(run("analyze", pipe), "not a regular file")


def test_an_error_message_quoting_the_file_never_carries_a_terminal_escape(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sector.supportmap.json"
    person = {"id": "p1", "name": "Sam", "sector": "\u009b31mred"}
    data = {
        "format": "supportmap",
        "version": 1,
        "map": {"focus": {"name": "A"}, "people": [person]},
    }
    path.write_text(json.dumps(data), encoding="utf-8")

    result = run("analyze", path)

    assert_one_line_error(result, "map.people[0].sector")
    assert "\x9b" not in result.stderr
    assert "\\x9b31mred" in result.stderr

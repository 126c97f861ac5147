"""Malformed map files on the command line: exit 1, one line naming the field, no traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.commands import run_supportmap


def document(**map_fields: Any) -> dict[str, Any]:
    return {"format": "supportmap", "version": 1, "map": {"focus": {"name": "Ana"}, **map_fields}}


def person(**fields: Any) -> dict[str, Any]:
    return {"id": "p1", "name": "Sam", **fields}


def encoded(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


SNAPSHOT_MAP = {"focus": {"name": "Ana"}, "people": [person(support={"crisis": {"receive": 9}})]}

CASES: list[tuple[str, bytes, str]] = [
    ("empty file", b"", "not valid JSON"),
    ("not utf-8", b"\xff\xfe\x00{", "not UTF-8"),
    ("truncated", encoded(document())[:-3], "not valid JSON"),
    ("deep nesting", b"[" * 5000 + b"]" * 5000, "nested more than 64"),
    ("not an object", b'"a map"', "expected a JSON object"),
    ("no format", encoded({"version": 1, "map": {}}), "format: is required"),
    ("wrong format", encoded({"format": "mindmap", "version": 1}), 'format: must be "supportmap"'),
    ("newer version", encoded({"format": "supportmap", "version": 9}), "version: this file was"),
    ("version text", encoded({"format": "supportmap", "version": "1"}), "version: must be"),
    ("no map", encoded({"format": "supportmap", "version": 1}), "map: is required"),
    (
        "no focus",
        encoded({"format": "supportmap", "version": 1, "map": {}}),
        "map.focus: is required",
    ),
    (
        "blank focus",
        encoded({"format": "supportmap", "version": 1, "map": {"focus": {"name": " "}}}),
        "map.focus.name: must not be empty",
    ),
    (
        "level too high",
        encoded(document(people=[person(support={"emotional": {"receive": 7}})])),
        "map.people[0].support.emotional.receive: must be 0..3, got 7",
    ),
    (
        "level as float",
        encoded(document(people=[person(support={"practical": {"give": 2.0}})])),
        "map.people[0].support.practical.give: must be a whole number 0..3, got 2.0",
    ),
    (
        "level as boolean",
        encoded(document(people=[person(support={"crisis": {"receive": True}})])),
        "map.people[0].support.crisis.receive",
    ),
    (
        "unknown help type",
        encoded(document(people=[person(support={"spiritual": {"receive": 1}})])),
        "map.people[0].support.spiritual",
    ),
    (
        "circle 0",
        encoded(document(people=[person(circle=0)])),
        "map.people[0].circle: must be 1..4",
    ),
    ("unknown sector", encoded(document(people=[person(sector="famly")])), "map.people[0].sector"),
    ("unknown safety", encoded(document(people=[person(safety="fine")])), "map.people[0].safety"),
    (
        "unknown barrier",
        encoded(document(people=[person(barriers=["pride", "fear"])])),
        "map.people[0].barriers[1]",
    ),
    ("id a number", encoded(document(people=[person(id=5)])), "map.people[0].id: must be text"),
    ("no name", encoded(document(people=[{"id": "p1"}])), "map.people[0].name: is required"),
    (
        "notes too long",
        encoded(document(people=[person(notes="x" * 5001)])),
        "map.people[0].notes: must be at most 5000",
    ),
    (
        "duplicate id",
        encoded(document(people=[person(), person(name="Kai")])),
        "map.people[1].id: 'p1' is already used",
    ),
    (
        "dangling tie",
        encoded(document(people=[person()], ties=[{"a": "p1", "b": "p7"}])),
        "map.ties[0].b: no person 'p7'",
    ),
    (
        "tie strength",
        encoded(
            document(
                people=[person(), person(id="p2")], ties=[{"a": "p1", "b": "p2", "strength": 4}]
            )
        ),
        "map.ties[0].strength: must be 1..3, got 4",
    ),
    ("people not a list", encoded(document(people={"p1": {}})), "map.people: must be a list"),
    (
        "position NaN",
        b'{"format": "supportmap", "version": 1, "map": {"focus": {"name": "Ana"}, "people": '
        b'[{"id": "p1", "name": "Sam", "position": {"x": NaN, "y": 0}}]}}',
        "NaN",
    ),
    (
        "note date",
        encoded(document(session_notes=[{"date": "yesterday", "text": "hi"}])),
        "map.session_notes[0].date",
    ),
    (
        "snapshot without time zone",
        encoded({**document(), "snapshots": [{"label": "S1", "taken": "2026-10-01T10:00:00"}]}),
        "snapshots[0].taken",
    ),
    (
        "bad level inside a snapshot",
        encoded(
            {
                **document(),
                "snapshots": [
                    {"label": "S1", "taken": "2026-10-01T10:00:00Z", "map": SNAPSHOT_MAP}
                ],
            }
        ),
        "snapshots[0].map.people[0].support.crisis.receive: must be 0..3, got 9",
    ),
]


@pytest.mark.parametrize(("content", "needle"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_files_exit_1_with_one_clear_line(
    tmp_path: Path, content: bytes, needle: str
) -> None:
    path = tmp_path / "bad.supportmap.json"
    path.write_bytes(content)
    result = run_supportmap("analyze", path, "--format", "json", env_db=tmp_path / "lib.db")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert path.read_bytes() == content


def test_an_oversized_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.supportmap.json"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    result = run_supportmap("--db", tmp_path / "l.db", "import", path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "up to 20 MB" in result.stderr
    assert not (tmp_path / "l.db").exists()

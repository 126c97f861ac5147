"""Files that try the reader's limits (DESIGN.md §3): refused at once, with the field named."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from supportmap.storage.fileformat import FileFormatError, loads, read_document
from supportmap.storage.fileformat_own import read_own_document


def document(snapshots: list[Any] | None = None, **map_fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "supportmap",
        "version": 1,
        "map": {"focus": {"name": "Ana"}, **map_fields},
    }
    if snapshots is not None:
        data["snapshots"] = snapshots
    return data


def encoded(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


FOCUS = {"focus": {"name": "Ana"}}


def refusal(data: Any) -> str:
    with pytest.raises(FileFormatError) as refused:
        loads(encoded(data))
    return str(refused.value)


def test_an_80_character_name_written_decomposed_is_imported_composed() -> None:
    name = unicodedata.normalize("NFD", "Zoë Ångström-Čapek Müller ") * 3
    assert len(name) > 80 and len(unicodedata.normalize("NFC", name).strip()) <= 80
    loaded = loads(encoded(document(people=[{"id": "p1", "name": name}])))
    assert loaded.map.person("p1").name == unicodedata.normalize("NFC", name).strip()


def test_a_name_of_zero_width_characters_is_refused_with_its_field() -> None:
    message = refusal(document(people=[{"id": "p1", "name": "\u200b\u200d\ufeff"}]))
    assert message.startswith("map.people[0].name: must contain at least one visible character")


def test_a_title_of_spaces_is_imported_as_no_title() -> None:
    assert loads(encoded(document(title=" " * 250))).map.title == ""


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (document(title="Ana\x1b[2J"), "map.title"),
        (document(people=[{"id": "p1", "name": "Sam", "notes": "a\x00b"}]), "map.people[0].notes"),
        (document(session_notes=[{"date": "2026-01-01", "text": "\x85"}]), "map.session_notes[0]"),
        (
            document(snapshots=[{"label": "S\r", "taken": "2026-01-01T00:00:00Z", "map": FOCUS}]),
            "snapshots[0].label",
        ),
    ],
)
def test_control_characters_are_refused_naming_the_field(data: Any, field: str) -> None:
    message = refusal(data)
    assert message.startswith(field)
    assert "control characters" in message


@pytest.mark.parametrize("taken", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_snapshot_time_outside_what_can_be_stored_is_refused(taken: str, tmp_path: Path) -> None:
    data = document(snapshots=[{"label": "Then", "taken": taken, "map": {"focus": {"name": "A"}}}])
    assert refusal(data).startswith("snapshots[0].taken: cannot be stored")
    path = tmp_path / "odd.supportmap.json"
    path.write_bytes(encoded(data))
    with pytest.raises(FileFormatError, match=r"^snapshots\[0\]\.taken"):
        read_own_document(path)


def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "map.supportmap.json"
    os.mkfifo(pipe)
    started = time.monotonic()
    for reader in (read_document, read_own_document):
        with pytest.raises(FileFormatError, match="not a regular file"):
            reader(pipe)
    assert time.monotonic() - started < 5


def test_a_device_is_refused() -> None:
    with pytest.raises(FileFormatError, match="not a regular file"):
        read_document(Path(os.devnull))


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (document(people=[{}] * 5_001), "map.people: a map may hold at most 5,000 people"),
        (document(ties=[{}] * 50_001), "map.ties: a map may hold at most 50,000 ties"),
        (document(session_notes=[{}] * 5_001), "at most 5,000 session notes"),
        (document(snapshots=[{}] * 1_001), "snapshots: a file may hold at most 1,000 snapshots"),
        (
            document(snapshots=[{"map": {"people": [{}] * 5_001}}]),
            "snapshots[0].map.people: a map may hold at most 5,000 people",
        ),
    ],
)
def test_files_beyond_the_limits_are_refused_naming_the_limit(data: Any, needle: str) -> None:
    assert needle in refusal(data)


def test_the_limits_themselves_are_allowed() -> None:
    people = [{"id": f"p{i}", "name": f"P{i}"} for i in range(5_000)]
    assert len(loads(encoded(document(people=people))).map.people) == 5_000


PEAK_MEMORY = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path
    from supportmap.storage.fileformat import FileFormatError, read_document
    started = time.monotonic()
    try:
        read_document(Path(sys.argv[1]))
    except FileFormatError as error:
        print(error)
    print(time.monotonic() - started)
    # VmHWM is this process's own peak; ru_maxrss would carry over a large parent's peak.
    status = open("/proc/self/status", encoding="ascii").read()
    print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    """
)


def test_a_file_just_under_the_size_cap_is_refused_quickly_and_within_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.supportmap.json"
    entries = (19_500_000 - 100) // 3
    path.write_bytes(
        b'{"format": "supportmap", "version": 1, "map": {"focus": {"name": "A"}, "people": ['
        + b"{}," * (entries - 1)
        + b"{}]}}"
    )
    assert 19_000_000 < path.stat().st_size < 20 * 1024 * 1024
    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    message, seconds, peak_kib = result.stdout.splitlines()
    assert "at most 5,000 people" in message
    assert float(seconds) < 10
    assert int(peak_kib) * 1024 < 1024**3

"""The command line, run as a user would: a separate process, a library in a temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import supportmap
from supportmap.samples import demo_path, sample_path
from supportmap.storage.fileformat import dumps, read_document
from tests import pg
from tests.commands import run_python
from tests.commands import run_supportmap as run

ANALYSIS_KEYS = {
    "coverage", "resilience", "balance", "effective_supporters", "structure", "ego",
    "diversity", "findings",
}  # fmt: skip


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A library file, or a database on the test server (tests/pg.py)."""
    if request.param == "sqlite":
        yield str(tmp_path / "library.sqlite3")
    else:
        yield from pg.fresh_database()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"supportmap {supportmap.__version__}"


def test_analyze_json_has_exactly_the_documented_keys() -> None:
    result = run("analyze", demo_path(), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == ANALYSIS_KEYS
    assert set(data["structure"]) == {"density", "components", "isolates", "articulation_points"}
    assert set(data["ego"]) == {"effective_size", "efficiency", "constraint"}
    assert set(data["coverage"]) == {"emotional", "practical", "informational", "companionship",
                                     "crisis"}  # fmt: skip
    codes = {finding["code"] for finding in data["findings"]}
    assert {"single_source", "crisis_thin", "potential"} <= codes
    for finding in data["findings"]:
        assert list(finding) == ["code", "severity", "help_type", "barrier", "people", "title",
                                 "detail", "suggestion"]  # fmt: skip
        assert finding["barrier"] is None or finding["code"] == "barrier_pattern"
    # In the demo, burden is ticked for p2, p3, p4 and p11, owing for p1, p5 and p11.
    patterns = [(f["barrier"], f["people"]) for f in data["findings"] if f["barrier"]]
    assert patterns == [("owing", ["p1", "p5", "p11"]), ("burden", ["p2", "p3", "p4", "p11"])]


def test_analyze_json_with_what_if_covers_every_current_person() -> None:
    result = run("analyze", demo_path(), "--format", "json", "--what-if")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == ANALYSIS_KEYS | {"what_if"}
    current = [p.id for p in read_document(demo_path()).map.current_people()]
    assert list(data["what_if"]) == current
    jamie = data["what_if"]["p3"]
    assert jamie["lost_help_types"] == ["crisis"]
    assert isinstance(jamie["findings"], list)
    assert any(f["code"] == "gap" and f["help_type"] == "crisis" for f in jamie["findings"])


def test_analyze_text_is_a_readable_report() -> None:
    result = run("analyze", sample_path("injury"), "--what-if")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Daniel — after the fall\n")
    assert "Karin" in result.stdout
    assert "articulation" not in result.stdout


@pytest.mark.slow
def test_reading_a_file_never_changes_it(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "robin.supportmap.json"
    path.write_bytes(demo_path().read_bytes())
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = path.read_bytes(), path.stat().st_mtime_ns
    assert run("analyze", path, "--format", "json", "--what-if").returncode == 0
    assert run("analyze", path).returncode == 0
    assert run("--db", db, "import", path).returncode == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.slow
def test_import_list_export_round_trip(tmp_path: Path, any_db: str) -> None:
    db = any_db
    imported = run("import", demo_path(), "--db", db)
    assert imported.returncode == 0, imported.stderr
    assert "as map 1" in imported.stdout
    assert run("--db", db, "import", sample_path("single-father")).returncode == 0

    listed = run("list", "--db", db)
    assert listed.returncode == 0
    assert "Robin — a hard year" in listed.stdout
    assert "Tom — the two of us and the kids" in listed.stdout

    by_title = tmp_path / "by-title.supportmap.json"
    by_id = tmp_path / "by-id.supportmap.json"
    assert run("--db", db, "export", "Robin — a hard year", "--to", by_title).returncode == 0
    assert run("--db", db, "export", "1", "--to", by_id).returncode == 0
    expected = dumps(read_document(demo_path())).encode("utf-8")
    assert by_title.read_bytes() == expected
    assert by_id.read_bytes() == expected


def test_the_library_comes_from_the_environment_when_no_db_is_given(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite3"
    assert run("import", demo_path(), env_db=db).returncode == 0
    assert db.exists()
    assert "Robin" in run("list", env_db=db).stdout


def test_an_empty_library_lists_a_hint(any_db: str) -> None:
    result = run("--db", any_db, "list")
    assert result.returncode == 0
    assert "no maps yet" in result.stdout


@pytest.mark.slow
def test_an_ambiguous_title_lists_the_ids(tmp_path: Path, any_db: str) -> None:
    db = any_db
    for _ in range(2):
        assert run("--db", db, "import", demo_path()).returncode == 0
    result = run(
        "--db", db, "export", "Robin — a hard year", "--to", tmp_path / "x.supportmap.json"
    )
    assert_one_line_error(result, "ids 1, 2")
    assert not (tmp_path / "x.supportmap.json").exists()


@pytest.mark.slow
def test_export_problems_are_clear(tmp_path: Path, db: Path) -> None:
    assert run("--db", db, "import", demo_path()).returncode == 0
    assert_one_line_error(
        run("--db", db, "export", "Nobody", "--to", tmp_path / "x.supportmap.json"), "“Nobody”"
    )
    assert_one_line_error(run("--db", db, "export", "1", "--to", tmp_path / "x.csv"), ".csv")
    assert_one_line_error(
        run("--db", db, "export", "1", "--to", tmp_path / "missing" / "x.supportmap.json"),
        "the folder does not exist",
    )


def test_a_garbage_library_is_refused_and_left_alone(db: Path) -> None:
    db.write_bytes(b"this is not a database, just some notes\n" * 100)
    before = db.read_bytes()
    assert_one_line_error(run("--db", db, "import", demo_path()))
    assert_one_line_error(run("--db", db, "list"))
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "arguments",
    [
        ("analyze",),
        ("analyze", "x.supportmap.json", "--format", "xml"),
        ("export", "1"),
        ("list", "--colour"),
        ("--no-such-option",),
    ],
)
def test_usage_errors_exit_2(arguments: tuple[str, ...]) -> None:
    result = run(*arguments)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_bad_input() -> None:
    assert_one_line_error(run("analyze", "no-such-file.supportmap.json"), "There is no file")


def test_importing_the_cli_stays_light() -> None:
    code = (
        "import sys, supportmap.cli;"
        "heavy = ('PySide6', 'matplotlib', 'sqlmodel', 'sqlalchemy', 'networkx');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

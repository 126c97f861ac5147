"""``supportmap report SOURCE --to OUT.pdf [--for client|clinician]``, run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from supportmap.samples import demo_path, sample_path
from supportmap.storage.fileformat import read_document
from tests.commands import REPOSITORY
from tests.commands import run_supportmap as run
from tests.documents import two_clients_library, words_of


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library holding the demo map and one other client's map."""
    return two_clients_library(tmp_path)


@pytest.mark.slow
def test_a_report_of_a_file_is_saved_private(tmp_path: Path) -> None:
    out = tmp_path / "robin.pdf"
    result = run("report", demo_path(), "--to", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Saved the report to {out}.\n"
    assert out.stat().st_mode & 0o777 == 0o600
    words = words_of(out)
    assert "What is there for you" in words
    assert "Structural figures" not in words, "the client report is the default"


@pytest.mark.slow
def test_a_library_map_by_title_names_no_other_map(tmp_path: Path, db: Path) -> None:
    other = read_document(sample_path("generous-friend")).map.title
    robin = read_document(demo_path()).map.title
    for audience in ("client", "clinician"):
        out = tmp_path / f"{audience}.pdf"
        result = run("--db", db, "report", robin, "--to", out, "--for", audience)
        assert result.returncode == 0, result.stderr
        words = words_of(out)
        assert robin in words
        assert other not in words


@pytest.mark.slow
def test_a_library_map_by_id_for_the_clinician(tmp_path: Path, db: Path) -> None:
    out = tmp_path / "second.pdf"
    result = run("report", "2", "--db", db, "--to", out, "--for", "clinician")
    assert result.returncode == 0, result.stderr
    words = words_of(out)
    assert read_document(sample_path("generous-friend")).map.title in words
    assert "Structural figures" in words


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        (("nobody", "--to", "{tmp}/x.pdf"), "There is no map with the id or title “nobody”"),
        (("{tmp}/missing.supportmap.json", "--to", "{tmp}/x.pdf"), "There is no file"),
        (("{demo}", "--to", "{tmp}/gone/x.pdf"), "the folder does not exist"),
        (("{demo}", "--to", "{tmp}/x.png"), "A report is a PDF"),
    ],
)
def test_bad_input_exits_1_with_one_line(
    tmp_path: Path, db: Path, arguments: tuple[str, ...], needle: str
) -> None:
    filled = [a.format(tmp=tmp_path, demo=demo_path()) for a in arguments]
    result = run("--db", db, "report", *filled)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert needle in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite3"], "nothing half written"


def test_a_map_file_that_is_not_a_map_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.supportmap.json"
    broken.write_text('{"format": "supportmap", "version": 1, "map": {}}', encoding="utf-8")
    result = run("report", broken, "--to", tmp_path / "x.pdf")
    assert result.returncode == 1
    assert "map.focus" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ("report", "demo"),
        ("report", "--to", "x.pdf"),
        ("report", "demo", "--to", "x.pdf", "--for", "everyone"),
    ],
)
def test_usage_errors_exit_2(arguments: tuple[str, ...]) -> None:
    assert run(*arguments).returncode == 2


@pytest.mark.slow
def test_no_display_is_needed(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "report.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "supportmap", "report", str(demo_path()), "--to", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPOSITORY,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
@pytest.mark.parametrize(("language", "points"), [("en_US.UTF-8", 612.0), ("en_GB.UTF-8", 595.0)])
def test_the_paper_follows_the_locale(tmp_path: Path, language: str, points: float) -> None:
    env = {**os.environ, "LANG": language, "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "report.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "supportmap", "report", str(demo_path()), "--to", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPOSITORY,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    widths = [float(page.mediabox.width) for page in PdfReader(out).pages]
    assert widths == [pytest.approx(points, abs=1.5)] * len(widths)

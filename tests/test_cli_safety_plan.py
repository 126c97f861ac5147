"""``supportmap safety-plan SOURCE --to OUT.pdf``, run as a user would."""

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
def test_the_plan_of_a_file_is_saved_private(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run("safety-plan", demo_path(), "--to", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Saved the safety plan to {out}.\n"
    assert out.stat().st_mode & 0o777 == 0o600
    words = words_of(out)
    assert words.startswith("My safety plan Robin")
    assert "People I can ask for help" in words
    assert "Chris" not in words, "draining, so never in the plan"


@pytest.mark.slow
def test_a_library_map_by_title_and_by_id(tmp_path: Path, db: Path) -> None:
    other = read_document(sample_path("generous-friend")).map
    by_title = tmp_path / "title.pdf"
    result = run("--db", db, "safety-plan", other.title, "--to", by_title)
    assert result.returncode == 0, result.stderr
    by_id = tmp_path / "id.pdf"
    result = run("safety-plan", "2", "--db", db, "--to", by_id)
    assert result.returncode == 0, result.stderr
    for path in (by_title, by_id):
        words = words_of(path)
        assert words.startswith(f"My safety plan {other.focus_name}")
        assert "Robin" not in words, "nothing of another map"


@pytest.mark.parametrize(
    ("arguments", "needle"),
    [
        (("nobody", "--to", "{tmp}/x.pdf"), "There is no map with the id or title “nobody”"),
        (("{tmp}/missing.supportmap.json", "--to", "{tmp}/x.pdf"), "There is no file"),
        (("{demo}", "--to", "{tmp}/gone/x.pdf"), "the folder does not exist"),
        (("{demo}", "--to", "{tmp}/x.png"), "A safety plan is a PDF"),
    ],
)
def test_bad_input_exits_1_with_one_line(
    tmp_path: Path, db: Path, arguments: tuple[str, ...], needle: str
) -> None:
    filled = [a.format(tmp=tmp_path, demo=demo_path()) for a in arguments]
    result = run("--db", db, "safety-plan", *filled)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert needle in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite3"], "nothing half written"


@pytest.mark.parametrize(
    "arguments",
    [
        ("safety-plan", "demo"),
        ("safety-plan", "--to", "x.pdf"),
        ("safety-plan", "demo", "--to", "x.pdf", "--for", "clinician"),
    ],
)
def test_usage_errors_exit_2(arguments: tuple[str, ...]) -> None:
    result = run(*arguments)
    assert result.returncode == 2
    assert "usage:" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(("language", "points"), [("en_US.UTF-8", 612.0), ("en_GB.UTF-8", 595.0)])
def test_the_paper_follows_the_locale_without_a_display(
    tmp_path: Path, language: str, points: float
) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(LANG=language, LC_ALL="")
    out = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "supportmap", "safety-plan", str(demo_path()), "--to", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPOSITORY,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    widths = [float(page.mediabox.width) for page in PdfReader(out).pages]
    assert widths == [pytest.approx(points, abs=1.5)] * len(widths)

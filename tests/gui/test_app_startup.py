"""Start-up from the command line: --demo --screenshot writes a real picture; bad files say why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from supportmap.storage.library import Library
from tests.gui.images import distinct_colours

pytestmark = pytest.mark.slow


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "supportmap", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_screenshot_is_a_full_non_blank_window(tmp_path: Path) -> None:
    own = tmp_path / "own.db"
    picture = tmp_path / "out.png"
    result = run_app("--demo", "--screenshot", str(picture), "--db", str(own), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert not image.isNull()
    assert 1200 <= image.width() <= 1400 and 700 <= image.height() <= 900
    assert distinct_colours(image) > 40
    # The person's own library was not touched by the demo.
    assert not own.exists() or not Library.open(own).list_maps()


def test_a_bad_file_with_screenshot_exits_1_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "broken.supportmap.json"
    bad.write_text('{"format": "supportmap", "version": 1, "map": {"people": 3}}', "utf-8")
    result = run_app(
        str(bad),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--db",
        str(tmp_path / "lib.db"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 1
    assert "broken.supportmap.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_picture_of_a_file_leaves_the_library_alone(tmp_path: Path) -> None:
    from supportmap.samples import demo_path

    library_file = tmp_path / "lib.db"
    picture = tmp_path / "imported.png"
    for _ in range(2):
        result = run_app(
            str(demo_path()),
            "--screenshot",
            str(picture),
            "--db",
            str(library_file),
            tmp_path=tmp_path,
        )
        assert result.returncode == 0, result.stderr
    assert distinct_colours(QImage(str(picture))) > 40
    assert not library_file.exists() or not Library.open(library_file).list_maps()


WATCHED_START = """
import json, sys
from PySide6.QtCore import QTimer
from supportmap.gui.main_window import MainWindow

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "matplotlib", "networkx")
seen = {}
show = MainWindow.show

def watched_show(self):
    seen["loaded when the window shows"] = [m for m in HEAVY if m in sys.modules]
    support_map = self.document.support_map
    seen["people on screen"] = None if support_map is None else len(support_map.people)
    show(self)

    def finish():
        if self.document.is_stored:
            seen["stored as map"] = self.document.map_id
            self.close()
        else:
            QTimer.singleShot(20, finish)

    QTimer.singleShot(20, finish)

MainWindow.show = watched_show
from supportmap.cli import main
code = main(sys.argv[1:])
print(json.dumps(seen))
sys.exit(code)
"""


def run_watched(*args: str, tmp_path: Path) -> dict[str, object]:
    """Run the app until its map is stored, noting what had loaded when the window showed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", WATCHED_START, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_demo_window_shows_before_anything_heavy_loads(tmp_path: Path) -> None:
    own = tmp_path / "own.db"
    seen = run_watched("--demo", "--db", str(own), tmp_path=tmp_path)
    assert seen["loaded when the window shows"] == []
    assert seen["people on screen"] == 12
    assert isinstance(seen["stored as map"], int)  # then saved in the throwaway library
    assert not own.exists()  # and the person's own library was never touched


def test_opening_a_file_shows_the_window_first_then_imports_it(tmp_path: Path) -> None:
    from supportmap.gui.main_window import LAST_MAP_SETTING
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    library_file = tmp_path / "lib.db"
    seen = run_watched(str(demo_path()), "--db", str(library_file), tmp_path=tmp_path)
    expected = len(read_document(demo_path()).map.people)
    assert seen["loaded when the window shows"] == []
    library = Library.open(library_file)
    try:
        assert [(m.id, m.people) for m in library.list_maps()] == [
            (seen["stored as map"], expected)
        ]
        assert library.get_setting(LAST_MAP_SETTING) == str(seen["stored as map"])
    finally:
        library.close()

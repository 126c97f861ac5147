"""Start-up from the command line: --demo --screenshot writes a real picture; bad files say why."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from supportmap.storage.library import Library
from tests.commands import run_python, run_supportmap
from tests.gui.images import distinct_colours

pytestmark = pytest.mark.slow


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_supportmap(*args, home=tmp_path)


def test_demo_screenshot_is_a_full_non_blank_window(tmp_path: Path) -> None:
    own = tmp_path / "own.db"
    picture = tmp_path / "out.png"
    result = run_app("--demo", "--screenshot", str(picture), "--db", str(own), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert not image.isNull()
    assert 1200 <= image.width() <= 1400 and 700 <= image.height() <= 900
    assert distinct_colours(image) > 40
    # A picture of the demo needs no library: the person's own is not even opened.
    assert not own.exists()


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
    assert not library_file.exists()


WATCHED_START = """
import json, sys
from PySide6.QtCore import QTimer
from supportmap.gui import dialogs
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
dialogs.Problem.show = classmethod(
    lambda cls, parent, title, message: seen.setdefault("problems", []).append(message)
)
from supportmap.cli import main
code = main(sys.argv[1:])
print(json.dumps(seen))
sys.exit(code)
"""


def run_watched(*args: str, tmp_path: Path, code: int = 0) -> dict[str, object]:
    """Run the app until its map is stored, noting what had loaded when the window showed
    and every message it would have shown in a box."""
    result = run_python(WATCHED_START, *args, home=tmp_path)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
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
    from supportmap.gui.document import LAST_MAP_SETTING
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


def test_a_screenshot_needs_a_map_file_or_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from supportmap.cli import main

    picture = tmp_path / "picture.png"
    assert main(["--screenshot", str(picture), "--db", str(tmp_path / "lib.db")]) == 2
    assert "--screenshot needs a map" in capsys.readouterr().err
    assert not picture.exists() and not (tmp_path / "lib.db").exists()


def test_a_bad_file_says_why_and_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    bad = tmp_path / "broken.supportmap.json"
    bad.write_text('{"format": "supportmap", "version": 1, "map": {"people": 3}}', "utf-8")
    library_file = tmp_path / "lib.db"
    with Library.open(library_file) as library:
        kept = library.create_map("Alex")
    seen = run_watched(str(bad), "--db", str(library_file), tmp_path=tmp_path)
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1
    assert "broken.supportmap.json" in problems[0] and "unchanged" in problems[0]
    assert seen["stored as map"] == kept  # the last map opens instead
    with Library.open(library_file) as library:
        assert [m.id for m in library.list_maps()] == [kept]


def test_demo_with_a_bad_file_says_why_and_shows_the_demo(tmp_path: Path) -> None:
    bad = tmp_path / "broken.supportmap.json"
    bad.write_text("not json", "utf-8")
    own = tmp_path / "own.db"
    seen = run_watched("--demo", str(bad), "--db", str(own), tmp_path=tmp_path)
    problems = seen["problems"]
    assert isinstance(problems, list) and "broken.supportmap.json" in problems[0]
    assert seen["people on screen"] is None  # the window showed before the file was read
    assert isinstance(seen["stored as map"], int)
    assert not own.exists()


def test_a_library_that_cannot_be_opened_says_why_and_exits_1(tmp_path: Path) -> None:
    from supportmap.samples import demo_path

    broken = tmp_path / "lib.db"
    broken.write_bytes(b"this is not a database, just some text that is long enough" * 20)
    before = broken.read_bytes()
    seen = run_watched(str(demo_path()), "--db", str(broken), tmp_path=tmp_path, code=1)
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1
    assert "library could not be opened" in problems[0]
    assert "stored as map" not in seen
    assert broken.read_bytes() == before


def _developer_settings() -> Path:
    """Where the window settings of the person running the tests live (Qt on Linux)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "SupportMap" / "SupportMap.conf"


def _state_of(path: Path) -> tuple[int, bytes] | None:
    return (path.stat().st_mtime_ns, path.read_bytes()) if path.exists() else None


def test_a_started_app_keeps_its_settings_inside_the_test_directory(tmp_path: Path) -> None:
    from supportmap.samples import demo_path

    own = _developer_settings()
    before = _state_of(own)
    run_watched(str(demo_path()), "--db", str(tmp_path / "lib.db"), tmp_path=tmp_path)
    written = tmp_path / ".config" / "SupportMap" / "SupportMap.conf"
    assert written.exists()  # the window saved its layout where the test pointed it
    assert "window" in written.read_text("utf-8")
    assert _state_of(own) == before

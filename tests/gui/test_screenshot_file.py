"""The --screenshot picture shows names: it is written privately (0600) and atomically."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow


def screenshot(picture: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "supportmap", "--demo", "--screenshot", str(picture)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.umask(0o022),
    )


def test_the_picture_replaces_an_old_one_whole_and_is_private(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    picture.write_bytes(b"old picture")
    picture.chmod(0o644)
    other_name = tmp_path / "same-file.png"
    os.link(picture, other_name)

    result = screenshot(picture, tmp_path)

    assert result.returncode == 0, result.stderr
    assert picture.stat().st_mode & 0o777 == 0o600
    assert not QImage(str(picture)).isNull()
    # Written beside and renamed over: the old file (still reachable by its other name) is
    # left whole, never overwritten in place.
    assert other_name.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_picture_in_a_missing_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    picture = tmp_path / "missing" / "window.png"

    result = screenshot(picture, tmp_path)

    assert result.returncode == 1
    assert "folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr

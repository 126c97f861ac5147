"""The built app bundle starts without the development environment: it draws the demo map,
analyses a sample and migrates a library of the first released schema.

Runs on the bundle named by ``SUPPORTMAP_BUNDLE`` (then it must exist: CI sets it right after
building), else on ``dist/SupportMap`` when a build lies there, else it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executable() -> Path:
    named = os.environ.get("SUPPORTMAP_BUNDLE")
    folder = Path(named) if named else ROOT / "dist" / "SupportMap"
    program = folder / "SupportMap"
    if not named and not program.exists():
        pytest.skip("no bundle has been built (python packaging/build.py)")
    assert program.is_file(), f"no bundle at {folder}"
    return program


def run_bundle(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Start the bundle with a bare environment: no virtual environment, no PYTHONPATH."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home),
    }
    return subprocess.run(
        [str(program), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_draws_the_demo_map(executable: Path, tmp_path: Path) -> None:
    picture = tmp_path / "demo.png"
    result = run_bundle(executable, tmp_path, "--demo", "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    data = picture.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 500
    assert len(data) > 50_000  # a drawn map, not an empty window


def test_the_bundle_analyses_a_sample(executable: Path, tmp_path: Path) -> None:
    sample = ROOT / "supportmap" / "resources" / "samples" / "single-father.supportmap.json"
    result = run_bundle(executable, tmp_path, "analyze", str(sample))
    assert result.returncode == 0, result.stderr
    assert "At a glance" in result.stdout
    assert "Tom" in result.stdout  # the person at the centre of that sample


def test_the_bundle_migrates_a_library_of_the_first_schema(
    executable: Path, tmp_path: Path
) -> None:
    library = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "storage" / "fixtures" / "library_0001.sqlite3", library)
    result = run_bundle(executable, tmp_path, "--db", str(library), "list")
    assert result.returncode == 0, result.stderr
    assert "Alex — after session 3" in result.stdout
    assert list(tmp_path.glob("old.sqlite3.0001.*.backup"))  # backed up before migrating


def test_the_bundle_installs_itself_for_one_user_and_uninstalls(
    executable: Path, tmp_path: Path
) -> None:
    script = executable.parent / "install-linux.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    done = subprocess.run(
        ["bash", str(script)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    installed = tmp_path / "d" / "org.supportmap.SupportMap" / "SupportMap" / "SupportMap"
    entry = (tmp_path / "d" / "applications" / "org.supportmap.SupportMap.desktop").read_text()
    assert f'Exec="{installed}" %f' in entry
    assert (tmp_path / ".local" / "bin" / "SupportMap").resolve() == installed
    assert (tmp_path / "d/mime/packages/org.supportmap.SupportMap.xml").is_file()
    assert (tmp_path / "d/icons/hicolor/48x48/apps/org.supportmap.SupportMap.png").is_file()
    version = subprocess.run(
        [str(tmp_path / ".local" / "bin" / "SupportMap"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert version.returncode == 0 and version.stdout.strip()

    removed = subprocess.run(
        ["bash", str(script), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists()
    assert not (tmp_path / "d" / "applications" / "org.supportmap.SupportMap.desktop").exists()

"""Build the SupportMap bundle for the platform this runs on: ``dist/SupportMap/``.

    python packaging/build.py

Installs what the build needs into the Python that runs this script (PyInstaller, from the
``bundle`` extra in pyproject.toml, and SupportMap itself with its dependencies when that
Python does not have it yet), then builds ``packaging/supportmap.spec`` from the repository
root. Prints the build time and the unpacked size, and fails when the folder is larger than
``LIMIT_BYTES``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "supportmap.spec"
BUNDLE = ROOT / "dist" / "SupportMap"
LIMIT_BYTES = 200 * 10**6


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder``, as ``du -sb`` counts them (links not followed)."""
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            total += (Path(directory) / name).lstat().st_size
    return total


def install() -> None:
    """Install PyInstaller, and the package with its dependencies if this Python lacks it."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    wanted = list(pyproject["project"]["optional-dependencies"]["bundle"])
    if importlib.util.find_spec("supportmap") is None:
        wanted += ["-e", str(ROOT)]
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *wanted], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-install", action="store_true", help="use what is installed; install nothing"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.no_install:
        install()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    seconds = time.monotonic() - started
    size = folder_size(BUNDLE)
    print(f"Built {BUNDLE.relative_to(ROOT)} in {seconds:.0f} s: {size / 10**6:.1f} MB unpacked.")
    if size > LIMIT_BYTES:
        print(f"The bundle is larger than {LIMIT_BYTES / 10**6:.0f} MB.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The README's Quick start: two commands, and every system library Qt's window needs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def _quick_start() -> str:
    text = README.read_text("utf-8")
    start = text.index("## Quick start")
    return text[start : text.index("\n## ", start + 1)]


def debian_package(soname: str) -> str:
    """The Debian package of a shared library, by Debian's naming rule (libfoo.so.1 →
    libfoo1, libfoo-x11.so.0 → libfoo-x11-0 when the name ends in a digit)."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)", soname)
    assert match is not None, soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def test_debian_package_names_follow_the_rule() -> None:
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"


def test_quick_start_keeps_two_commands() -> None:
    assert len(re.findall(r"^```sh$", _quick_start(), re.M)) == 2


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd lists what a library links to")
def test_quick_start_names_the_x_libraries_of_qts_window_plugin() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this Qt has no xcb plugin")
    linked = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    sonames = set(re.findall(r"^\s*(lib(?:xcb|xkbcommon|X11-xcb)[\w-]*\.so\.\d+)", linked, re.M))
    assert "libxcb-cursor.so.0" in sonames  # what Qt 6.5 and later need first of all
    named = set(re.findall(r"lib[\w.+-]+", _quick_start().replace("\n", " ")))
    missing = sorted({debian_package(s) for s in sonames} - named)
    assert not missing, f"the Quick start does not name {missing}"

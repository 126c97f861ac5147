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


def _install() -> str:
    text = README.read_text("utf-8")
    start = text.index("## Install")
    return text[start : text.index("\n## ", start + 1)]


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd lists what a library links to")
@pytest.mark.parametrize("plugin_name", ["libqxcb.so", "libqwayland.so"])
def test_install_names_the_window_libraries_the_bundle_leaves_to_the_system(
    plugin_name: str,
) -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / plugin_name
    if not plugin.exists():
        pytest.skip(f"this Qt has no {plugin_name}")
    # The Wayland client library the bundle carries (not the compositor's, which it leaves out).
    libraries = [plugin, qt / "lib" / "libQt6WaylandClient.so.6"]
    linked = "".join(
        subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        for path in libraries
    )
    pattern = r"^\s*(lib(?:xcb|xkbcommon|X11|wayland)[\w-]*\.so\.\d+)"
    sonames = set(re.findall(pattern, linked, re.M))
    assert sonames
    named = set(re.findall(r"lib[\w.+-]+", _install().replace("\n", " ")))
    missing = sorted({debian_package(s) for s in sonames} - named)
    assert not missing, f"the Install section does not name {missing}"

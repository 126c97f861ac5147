"""Linux desktop integration: the icon sizes, the menu entry, the file type and the AppStream
metainfo agree with each other, and pass the freedesktop validators where they are installed
(CI installs them)."""

from __future__ import annotations

import configparser
import fnmatch
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.supportmap.SupportMap"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-supportmap+json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("size", [16, 32, 48, 128, 256])
def test_each_icon_size_is_a_png_of_that_size(size: int) -> None:
    data = (ROOT / "resources/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (size, size)


def test_the_menu_entry_opens_map_files_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split() == ["SupportMap", "%f"]
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    assert entry["Keywords"] and entry["Categories"]


def test_the_file_type_claims_map_files_and_nothing_else() -> None:
    types = ElementTree.parse(MIME).getroot().findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    globs = [g.get("pattern", "") for g in types[0].findall(f"{MIME_NS}glob")]
    assert any(fnmatch.fnmatch("Alex - session 3.supportmap.json", g) for g in globs)
    assert not any(fnmatch.fnmatch("settings.json", g) for g in globs)


def test_the_metainfo_names_the_entry_the_screenshot_and_the_privacy_promise() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    image = component.findtext("screenshots/screenshot/image") or ""
    assert image.endswith("resources/screenshots/map.png")
    assert (ROOT / "resources/screenshots/map.png").is_file()
    description = " ".join(ElementTree.tostring(component.find("description"), "unicode").split())
    assert "never connects to the internet" in description


def test_the_menu_entry_passes_desktop_file_validate() -> None:
    result = validate("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = validate("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_file_type_is_read_by_update_mime_database(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    result = validate("update-mime-database", str(tmp_path / "mime"))
    assert result.returncode == 0, result.stdout + result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert f"{MIME_TYPE}:*.supportmap.json" in globs

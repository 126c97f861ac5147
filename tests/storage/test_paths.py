"""Where the library lives: --db beats SUPPORTMAP_DB beats the user data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportmap.storage.paths import default_database_path, resolve_database


def test_default_is_in_the_user_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "SupportMap" / "library.sqlite3"


def test_command_line_beats_environment_beats_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("SUPPORTMAP_DB", raising=False)
    assert resolve_database(None) == str(default_database_path())
    assert resolve_database("") == str(default_database_path())

    monkeypatch.setenv("SUPPORTMAP_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database(None) == str(tmp_path / "env.sqlite3")
    assert resolve_database(str(tmp_path / "cli.sqlite3")) == str(tmp_path / "cli.sqlite3")

    monkeypatch.setenv("SUPPORTMAP_DB", "   ")
    assert resolve_database(None) == str(default_database_path())


def test_home_is_expanded_but_urls_pass_through(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_database("~/maps.sqlite3") == str(tmp_path / "maps.sqlite3")
    url = "postgresql://practice@server/supportmap"
    assert resolve_database(url) == url
    monkeypatch.setenv("SUPPORTMAP_DB", url)
    assert resolve_database(None) == url

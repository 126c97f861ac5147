"""Export map… as an encrypted map (.supportmap.json.age) and Import map… of one (DESIGN §3,
§10): the file names nobody without its passphrase, and imports with it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from supportmap.gui import dialogs
from supportmap.gui.main_window import MainWindow
from supportmap.gui.protection import NewPassphraseDialog
from supportmap.storage.age_files import MAGIC
from supportmap.storage.library import Library
from tests.gui.protected import answer_passphrases

FILE_PASSPHRASE = "copper kettle morning"


def choose_files(monkeypatch: pytest.MonkeyPatch, save: Path | None, open_: Path | None) -> None:
    monkeypatch.setattr(
        dialogs.MapFileDialog, "ask_save", classmethod(lambda cls, parent, suggested: save)
    )
    monkeypatch.setattr(
        dialogs.MapFileDialog, "ask_open", classmethod(lambda cls, parent, folder: open_)
    )


def test_an_encrypted_export_names_nobody_and_imports_with_its_passphrase(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    library: Library,
    problems_shown: list[str],
) -> None:
    window.document.add_person("Sam Whitfield", relationship="friend")
    window.document.take_snapshot("First session")
    exported = tmp_path / "for colleague.supportmap.json.age"
    choose_files(monkeypatch, exported, exported)
    monkeypatch.setattr(
        NewPassphraseDialog, "ask", classmethod(lambda cls, *a, **k: (None, FILE_PASSPHRASE))
    )

    assert window.map_files.export_map() == exported

    data = exported.read_bytes()
    assert data.startswith(MAGIC)
    assert b"Sam Whitfield" not in data and b"Alex" not in data
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600

    maps_before = len(library.list_maps())
    asked = answer_passphrases(monkeypatch, [None])
    assert window.map_files.import_map() is None  # cancelled: nothing imported, no message
    assert len(library.list_maps()) == maps_before and problems_shown == []
    assert "for colleague.supportmap.json.age" in asked.asked[0][0]

    asked = answer_passphrases(monkeypatch, ["not it", FILE_PASSPHRASE])
    imported = window.map_files.import_map()

    assert imported is not None
    assert asked.asked[0][1] == "" and "does not open" in asked.asked[1][1]
    assert window.document.map_id == imported
    names = [p.name for p in window.document.require_map().people.values()]
    assert names == ["Sam Whitfield"]
    assert [s.label for s in library.list_snapshots(imported)] == ["First session"]
    assert problems_shown == []


def test_cancelling_the_new_passphrase_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.supportmap.json.age"
    choose_files(monkeypatch, target, None)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert window.map_files.export_map() is None
    assert not target.exists()


def test_choosing_the_encrypted_kind_gives_the_file_its_ending() -> None:
    plain = dialogs.with_map_suffix(Path("Alex"))
    assert plain.name == "Alex.supportmap.json"
    assert dialogs.with_map_suffix(Path("Alex"), encrypted=True).name == "Alex.supportmap.json.age"
    assert dialogs.with_map_suffix(Path("Alex.json"), encrypted=True).name == (
        "Alex.supportmap.json.age"
    )
    kept = Path("Alex.supportmap.json.age")
    assert dialogs.with_map_suffix(kept) == kept

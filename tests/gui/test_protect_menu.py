"""File → Protect with a passphrase…, Change passphrase…, Remove protection… (DESIGN §10): the
library is rewritten and opened again on the same map, nothing is lost, and after protecting
no client name is left readable in any file beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from supportmap.gui import dialogs, export_dialogs
from supportmap.gui.protection import NewPassphraseDialog, strength_hint
from supportmap.storage.cipher import WrongPassphrase, is_protected
from supportmap.storage.library import Library
from tests.gui.protected import (
    DEMO_NAMES,
    PASSPHRASE,
    answer_passphrases,
    close_window,
    file_bytes,
    make_library,
    open_window,
)


def answer_new(monkeypatch: pytest.MonkeyPatch, *answers: tuple[str | None, str] | None) -> None:
    queue = list(answers)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a, **k: queue.pop(0)))


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        export_dialogs.Notice, "show", classmethod(lambda cls, parent, title, m: shown.append(m))
    )
    return shown


def test_protect_then_quit_then_reopen_with_the_passphrase(
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    notices: list[str],
) -> None:
    path = tmp_path / "library.db"
    map_id = make_library(path, passphrase=None)
    window = open_window(qtbot, path, settings, passphrase=None)
    before = window.document.require_map().copy()
    assert window.protection.protect_action.isEnabled()
    assert not window.lock.action.isEnabled()
    answer_new(monkeypatch, (None, "a new and longer passphrase"))

    window.protection.protect_action.trigger()

    assert is_protected(path)
    assert window.document.map_id == map_id
    assert window.document.require_map() == before
    assert window.lock.action.isEnabled()
    assert not window.protection.protect_action.isEnabled()
    assert "Copies made elsewhere" in notices[-1]
    close_window(window)
    # No client name is readable in the library, its -wal, -shm or backups.
    left = file_bytes(path)
    for name in DEMO_NAMES:
        assert name.encode() not in left, name
    with pytest.raises(WrongPassphrase):
        Library.open(path, passphrase=PASSPHRASE)

    again = open_window(qtbot, path, settings, passphrase="a new and longer passphrase")
    assert again.document.map_id == map_id
    assert again.document.require_map() == before
    close_window(again)


def test_change_passphrase_needs_the_current_one(
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    notices: list[str],
) -> None:
    path = tmp_path / "library.db"
    make_library(path)
    window = open_window(qtbot, path, settings)
    before = path.read_bytes()
    answer_new(monkeypatch, ("not it", "another passphrase"), None)
    window.protection.change_action.trigger()  # wrong, then cancelled
    assert path.read_bytes() == before
    assert notices == []

    answer_new(monkeypatch, (PASSPHRASE, "another passphrase"))
    window.protection.change_action.trigger()
    assert window.document.support_map is not None
    close_window(window)
    with pytest.raises(WrongPassphrase):
        Library.open(path, passphrase=PASSPHRASE)
    Library.open(path, passphrase="another passphrase").close()


def test_remove_protection_asks_the_passphrase_and_confirms(
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    notices: list[str],
) -> None:
    path = tmp_path / "library.db"
    map_id = make_library(path)
    window = open_window(qtbot, path, settings)
    before = window.document.require_map().copy()
    asked = answer_passphrases(monkeypatch, ["not it", PASSPHRASE])
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a: True))

    window.protection.remove_action.trigger()

    assert len(asked.asked) == 2 and asked.asked[1][1] != ""
    assert not is_protected(path)
    assert window.document.map_id == map_id
    assert window.document.require_map() == before
    assert not window.lock.action.isEnabled()
    close_window(window)
    with Library.open(path) as plain:
        assert plain.load_map(map_id) == before


def test_a_failed_conversion_leaves_the_library_open_as_it_was(
    qtbot: QtBot,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    problems_shown: list[str],
) -> None:
    from supportmap.storage import protect
    from supportmap.storage.errors import StorageError

    path = tmp_path / "library.db"
    map_id = make_library(path, passphrase=None)
    window = open_window(qtbot, path, settings, passphrase=None)
    before = window.document.require_map().copy()

    def full_disk(_path: Path, _new: str) -> None:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(protect, "protect", full_disk)
    answer_new(monkeypatch, (None, "a new passphrase"))
    window.protection.protect_action.trigger()

    assert "The disk is full." in problems_shown[-1]
    assert "unchanged" in problems_shown[-1]
    assert window.document.map_id == map_id and window.document.has_library
    close_window(window)
    assert not is_protected(path)
    with Library.open(path) as plain:
        assert plain.load_map(map_id) == before


def test_the_new_passphrase_dialog_wants_the_same_passphrase_twice(qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest

    dialog = NewPassphraseDialog(None, "Protect", "Intro", "Warning")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.first_field, "short")
    assert dialog.hint_label.text() == strength_hint("short")
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.second_field, "shorx")
    assert "not the same" in dialog.hint_label.text()
    assert not dialog.ok_button.isEnabled()
    QTest.keyClick(dialog.second_field, "\b")
    QTest.keyClicks(dialog.second_field, "t")
    assert dialog.ok_button.isEnabled()
    assert strength_hint("short") != strength_hint("several unrelated words")

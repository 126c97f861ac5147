"""Helpers for tests of a protected library: a real SQLCipher file holding the demo map, a
window on it, and pre-answered passphrase dialogs that record what they were asked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.samples import demo_path
from supportmap.storage import protect
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library

PASSPHRASE = "quiet harbour lantern"
DEMO_NAMES = ("Robin", "Helen", "Theo", "Jamie", "Dana", "Marco")
"""The demo's focus and some of its people: none may show while the library is locked."""


def make_library(path: Path, passphrase: str | None = PASSPHRASE) -> int:
    """The demo map with its snapshots in a library at ``path`` (protected when a passphrase
    is given); returns the map's id."""
    demo = read_document(demo_path())
    with Library.open(path) as library:
        map_id = library.save_new_map(demo.map, demo.snapshots)
    if passphrase is not None:
        protect.protect(path, passphrase)
    return map_id


def open_window(
    qtbot: QtBot, path: Path, settings: QSettings, passphrase: str | None = PASSPHRASE
) -> MainWindow:
    """A window on the library at ``path`` opened with ``passphrase``, on its last map."""
    window = MainWindow(MapDocument(), settings)
    qtbot.addWidget(window)
    window.document.open_library(str(path), passphrase)
    window.open_initial(ask_when_empty=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.document.close_library()


@dataclass
class Asked:
    """The passphrase dialogs answered so far: (prompt, problem shown) for each."""

    answers: list[str | None]
    asked: list[tuple[str, str]] = field(default_factory=list)

    def ask(self, prompt: str, problem: str) -> str | None:
        self.asked.append((prompt, problem))
        if not self.answers:
            raise AssertionError(f"no answer left for {prompt!r}")
        return self.answers.pop(0)


def answer_passphrases(monkeypatch: pytest.MonkeyPatch, answers: Iterable[str | None]) -> Asked:
    """Answer the next passphrase dialogs with ``answers`` in order (None: Cancel)."""
    from supportmap.gui.unlock import PassphraseDialog

    asked = Asked(list(answers))
    monkeypatch.setattr(
        PassphraseDialog,
        "ask",
        classmethod(lambda cls, parent, title, prompt, problem="": asked.ask(prompt, problem)),
    )
    return asked


def file_bytes(path: Path) -> bytes:
    """The library file and every file beside it that shares its name (-wal, -shm, backups)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(f"{path.name}*")))

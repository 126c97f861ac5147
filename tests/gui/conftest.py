"""Fixtures for GUI tests: offscreen Qt, a real SQLite library per test, a document on it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import event

from supportmap.gui.document import MapDocument
from supportmap.storage.library import Library

if TYPE_CHECKING:
    from supportmap.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_plurals(qapp: object) -> None:
    """Counted texts read "1 person" as in the app, which installs the same forms at start."""
    from PySide6.QtWidgets import QApplication

    from supportmap.gui.texts.plurals import install_english_plurals

    install_english_plurals(QApplication.instance())  # type: ignore[arg-type]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    """A fresh library in a real SQLite file of its own."""
    opened = Library.open(library_path)
    yield opened
    opened.close()


@pytest.fixture
def second_library(library_path: Path, library: Library) -> Iterator[Library]:
    """Another connection to the same file: what a restarted app would read."""
    opened = Library.open(library_path)
    yield opened
    opened.close()


@pytest.fixture
def full_disk(library: Library) -> Callable[..., AbstractContextManager[None]]:
    """``with full_disk():`` the test library's real database refuses every statement, as a
    full disk would; ``full_disk(writes_only=True)`` still lets reads through."""

    @contextmanager
    def refusing(writes_only: bool = False) -> Iterator[None]:
        def refuse(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
            writes = ("INSERT", "UPDATE", "DELETE")
            if not writes_only or statement.lstrip().upper().startswith(writes):
                full = sqlite3.OperationalError("database or disk is full")
                full.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite itself reports it
                raise full

        event.listen(library.engine, "before_cursor_execute", refuse)
        try:
            yield
        finally:
            event.remove(library.engine, "before_cursor_execute", refuse)

    return refusing


@pytest.fixture
def map_id(library: Library) -> int:
    return library.create_map("Alex", "Alex — first session")


@pytest.fixture
def document(qapp: object, library: Library, map_id: int) -> Iterator[MapDocument]:
    """A document with an empty map for Alex open."""
    opened = MapDocument(library)
    opened.open_map(map_id)
    yield opened
    opened.undo_stack.clear()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in a throwaway file, so the user's own settings are never touched."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library: Library, map_id: int, settings: QSettings):  # type: ignore[no-untyped-def]
    """The main window on Alex's map, shown offscreen."""
    from supportmap.gui.main_window import MainWindow

    main = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(main)
    main.open_map(map_id)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()  # before the library fixture closes the database under it


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pre-answer the app's dialogs: ``answer.text("Sam")``, ``answer.person("p2")``."""
    from supportmap.gui import dialogs

    class Answers:
        def text(self, value: str | None) -> None:
            monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(lambda cls, *a, **k: value))

        def person(self, value: str | None) -> None:
            monkeypatch.setattr(
                dialogs.ChoosePersonDialog, "ask", classmethod(lambda cls, *a, **k: value)
            )

        def confirm(self, value: bool) -> None:
            monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a, **k: value))

        def start(self, value: tuple[str, str] | None) -> None:
            monkeypatch.setattr(dialogs.StartDialog, "ask", classmethod(lambda cls, *a, **k: value))

    return Answers()


@pytest.fixture
def problems_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the app would have shown in a problem box, in order, instead of the box."""
    from supportmap.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.Problem,
        "show",
        classmethod(lambda cls, parent, title, message: shown.append(message)),
    )
    return shown


@pytest.fixture
def demo_document(qapp: object, library: Library) -> Iterator[MapDocument]:
    """The demo map, with its snapshots, saved in the test library and opened."""
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    demo = read_document(demo_path())
    opened = MapDocument(library)
    opened.open_map(library.save_new_map(demo.map, demo.snapshots))
    yield opened
    opened.undo_stack.clear()


@pytest.fixture
def demo_window(window: MainWindow, library: Library) -> MainWindow:
    """The window on the demo map, stored in the test library with its snapshots."""
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    demo = read_document(demo_path())
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    return window

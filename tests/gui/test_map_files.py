"""File → Import map… and Export map…, chosen from the menu with the keyboard as a person does."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from supportmap.gui.main_window import MainWindow
from supportmap.storage.fileformat import read_document, write_document
from supportmap.storage.library import Library


def from_file_menu(window: MainWindow, qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+F opens the File menu; the underlined letter chooses the item."""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.file_menu.isVisible)
    QTest.keyClick(window.file_menu, key)
    qtbot.waitUntil(lambda: not window.file_menu.isVisible())


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pre-answer the file choosers and keep what they were offered."""
    from supportmap.gui import dialogs

    class Chooser:
        def __init__(self) -> None:
            self.offered: list[Path] = []

        def save_as(self, path: Path | None) -> None:
            def ask(cls, parent, suggested):  # type: ignore[no-untyped-def]
                self.offered.append(suggested)
                return None if path is None else dialogs.with_map_suffix(path)

            monkeypatch.setattr(dialogs.MapFileDialog, "ask_save", classmethod(ask))

        def open(self, path: Path | None) -> None:
            def ask(cls, parent, folder):  # type: ignore[no-untyped-def]
                self.offered.append(folder)
                return path

            monkeypatch.setattr(dialogs.MapFileDialog, "ask_open", classmethod(ask))

    return Chooser()


def add_sam_and_a_snapshot(window: MainWindow) -> None:
    window.document.add_person("Sam", relationship="friend")
    window.document.take_snapshot("After the first session")
    window.document.add_person("Mum")


def test_export_writes_the_map_with_its_snapshots_privately_and_remembers_the_folder(
    window: MainWindow, settings: QSettings, chooser, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    add_sam_and_a_snapshot(window)
    chooser.save_as(tmp_path / "for colleague")
    from_file_menu(window, qtbot, Qt.Key.Key_E)

    written = tmp_path / "for colleague.supportmap.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert chooser.offered[0].name == "Alex — first session.supportmap.json"
    exported = read_document(written)
    assert exported.map.title == "Alex — first session"
    assert sorted(p.name for p in exported.map.people.values()) == ["Mum", "Sam"]
    assert [s.label for s in exported.snapshots] == ["After the first session"]
    assert [p.name for p in exported.snapshots[0].map.people.values()] == ["Sam"]
    assert "for colleague.supportmap.json" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".*partial"))

    chooser.save_as(None)
    from_file_menu(window, qtbot, Qt.Key.Key_E)
    assert chooser.offered[1] == tmp_path / "Alex — first session.supportmap.json"


def test_import_adds_a_new_map_and_opens_it(
    window: MainWindow, library: Library, chooser, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    add_sam_and_a_snapshot(window)
    first = window.document.map_id
    chooser.save_as(tmp_path / "copy")
    from_file_menu(window, qtbot, Qt.Key.Key_E)

    chooser.open(tmp_path / "copy.supportmap.json")
    with qtbot.waitSignal(window.document.reset):
        from_file_menu(window, qtbot, Qt.Key.Key_I)
    assert chooser.offered[-1] == tmp_path
    assert window.document.map_id not in (None, first)
    assert len(library.list_maps()) == 2
    opened = window.document.require_map()
    assert sorted(p.name for p in opened.people.values()) == ["Mum", "Sam"]
    assert [s.label for s in window.document.load_snapshots()] == ["After the first session"]
    listed = [
        str(window.maps_dock.proxy.index(row, 0).data())
        for row in range(window.maps_dock.proxy.rowCount())
    ]
    assert sum(row.startswith("Alex — first session") for row in listed) == 2
    assert "copy.supportmap.json" in window.statusBar().currentMessage()


def test_a_bad_file_gets_the_command_line_message_and_nothing_is_imported(
    window: MainWindow,
    library: Library,
    library_path: Path,
    chooser,
    problems_shown: list[str],
    qtbot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    from supportmap import cli

    good = tmp_path / "good.supportmap.json"
    window.document.add_person("Sam")
    window.document.export_map(good)
    bad = tmp_path / "bad.supportmap.json"
    bad.write_text(good.read_text(encoding="utf-8").replace('"version": 1', '"version": 99', 1))
    shown_map = window.document.map_id

    chooser.open(bad)
    from_file_menu(window, qtbot, Qt.Key.Key_I)
    assert len(problems_shown) == 1
    assert cli.main(["import", str(bad), "--db", str(library_path)]) == 1
    said = capsys.readouterr().err.strip().removeprefix("supportmap: ")
    assert said and said in " ".join(problems_shown[0].split())
    assert "unchanged" in problems_shown[0]
    assert [info.id for info in library.list_maps()] == [shown_map]
    assert window.document.map_id == shown_map


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    window: MainWindow, chooser, problems_shown: list[str], qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    chooser.save_as(tmp_path / "no such folder" / "alex")
    from_file_menu(window, qtbot, Qt.Key.Key_E)
    assert len(problems_shown) == 1
    assert "unchanged" in problems_shown[0]
    assert not (tmp_path / "no such folder").exists()


def test_the_delete_confirmation_names_the_export_item_as_the_menu_shows_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.gui import dialogs

    details: list[str] = []

    def confirm(cls, parent, question, detail, action) -> bool:  # type: ignore[no-untyped-def]
        details.append(detail)
        return False

    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(confirm))
    qtbot.mouseClick(window.maps_dock.delete_button, Qt.MouseButton.LeftButton)
    menu_words = [action.text().replace("&", "") for action in window.file_menu.actions()]
    assert "Export map…" in menu_words
    assert "File → Export map…" in details[0]


def test_the_example_file_round_trips_through_import_and_export(
    window: MainWindow, chooser, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.samples import demo_path

    chooser.open(demo_path())
    with qtbot.waitSignal(window.document.reset):
        from_file_menu(window, qtbot, Qt.Key.Key_I)
    chooser.save_as(tmp_path / "again.supportmap.json")
    from_file_menu(window, qtbot, Qt.Key.Key_E)
    again = tmp_path / "again.supportmap.json"
    write_document(tmp_path / "direct.supportmap.json", read_document(demo_path()))
    assert again.read_bytes() == (tmp_path / "direct.supportmap.json").read_bytes()

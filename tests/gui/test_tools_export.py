"""File → Export for other tools… and Export all maps to a folder…, chosen with the keyboard."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from supportmap.gui.main_window import MainWindow
from supportmap.gui.map_files import MapFileActions
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.gui.test_map_files import from_file_menu


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pre-answer the choosers and keep what they were offered and the notes shown."""
    from supportmap.gui import export_dialogs

    class Answers:
        def __init__(self) -> None:
            self.offered: list[Path] = []
            self.notices: list[tuple[str, str]] = []
            monkeypatch.setattr(
                export_dialogs.Notice,
                "show",
                classmethod(lambda cls, parent, title, text: self.notices.append((title, text))),
            )

        def save_as(self, path: Path | None, *, csv: bool = False) -> None:
            def ask(cls, parent, suggested):  # type: ignore[no-untyped-def]
                self.offered.append(suggested)
                return None if path is None else export_dialogs.with_tools_suffix(path, csv=csv)

            monkeypatch.setattr(export_dialogs.ToolsFileDialog, "ask_save", classmethod(ask))

        def folder(self, path: Path | None) -> None:
            def ask(cls, parent, folder):  # type: ignore[no-untyped-def]
                self.offered.append(folder)
                return path

            monkeypatch.setattr(export_dialogs.FolderDialog, "ask", classmethod(ask))

    return Answers()


def test_the_file_menu_offers_both_exports(window: MainWindow) -> None:
    words = [action.text().replace("&", "") for action in window.file_menu.actions()]
    assert "Export for other tools…" in words
    assert "Export all maps to a folder…" in words


def test_export_for_other_tools_writes_graphml_and_remembers_the_folder(
    window: MainWindow, answers, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sam = window.document.add_person("Sam", relationship="sister", notes="only for the app")
    kim = window.document.add_person("Kim")
    window.document.add_tie(sam, kim, strength=2)
    answers.save_as(tmp_path / "for Gephi")
    from_file_menu(window, qtbot, Qt.Key.Key_T)

    written = tmp_path / "for Gephi.graphml"
    assert answers.offered[0].name == "Alex — first session.graphml"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    graph = nx.read_graphml(written)
    assert graph.nodes["ego"] == {"ego": True, "name": "Alex"}
    assert graph.nodes[sam]["name"] == "Sam" and graph.nodes[sam]["relationship"] == "sister"
    assert graph.edges[sam, kim] == {"strength": 2, "conflict": False, "kind": "tie"}
    assert graph.edges["ego", kim] == {"kind": "focus"}
    assert b"only for the app" not in written.read_bytes()
    assert "for Gephi.graphml" in window.statusBar().currentMessage()

    answers.save_as(tmp_path / "for R", csv=True)
    from_file_menu(window, qtbot, Qt.Key.Key_T)
    assert answers.offered[1] == tmp_path / "Alex — first session.graphml"
    with zipfile.ZipFile(tmp_path / "for R.zip") as bundle:
        assert bundle.read("ego.csv") == b"name\r\nAlex\r\n"
        assert b"Sam,sister" in bundle.read("alters.csv")


def test_an_export_for_other_tools_that_cannot_be_written_says_so(
    window: MainWindow, answers, problems_shown: list[str], qtbot, read_only_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    answers.save_as(read_only_folder / "alex.zip")
    from_file_menu(window, qtbot, Qt.Key.Key_T)
    assert len(problems_shown) == 1
    assert "no permission" in problems_shown[0] and "unchanged" in problems_shown[0]
    assert list(read_only_folder.iterdir()) == []


def test_export_all_writes_one_file_per_map_under_unique_safe_names(
    window: MainWindow, library: Library, settings: QSettings, answers, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.document.add_person("Sam")
    window.document.take_snapshot("After the first session")
    for _copy in range(2):
        window.document.new_map("Robin", "Robin: home/work")
    folder = tmp_path / "backup"
    folder.mkdir()
    answers.folder(folder)
    from_file_menu(window, qtbot, Qt.Key.Key_A)

    assert sorted(path.name for path in folder.iterdir()) == [
        "Alex — first session.supportmap.json",
        "Robin home work (2).supportmap.json",
        "Robin home work.supportmap.json",
    ]
    alex = read_document(folder / "Alex — first session.supportmap.json")
    assert [p.name for p in alex.map.people.values()] == ["Sam"]
    assert [s.label for s in alex.snapshots] == ["After the first session"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert answers.notices == [("Maps exported", f"Saved 3 maps with their snapshots in {folder}.")]

    answers.save_as(None)
    from_file_menu(window, qtbot, Qt.Key.Key_T)
    assert answers.offered[-1].parent == folder


def test_export_all_can_be_stopped_from_its_progress_dialog(
    window: MainWindow, answers, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ana", "Ben", "Cai", "Dee", "Eli", "Fay"):
        window.document.new_map(name, name)
    monkeypatch.setattr(MapFileActions, "progress_delay_ms", 0)
    answers.folder(tmp_path)
    before = set(tmp_path.iterdir())
    stopped: list[bool] = []

    def press_stop() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible() and not stopped:
            (stop,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Stop"]
            qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
            stopped.append(True)

    watcher = QTimer(window)
    watcher.timeout.connect(press_stop)
    watcher.start(0)
    from_file_menu(window, qtbot, Qt.Key.Key_A)
    watcher.stop()

    assert stopped
    written = sorted(set(tmp_path.iterdir()) - before)
    assert 0 < len(written) < 7
    names = [read_document(path).map.focus_name for path in written]  # each file complete
    assert len(set(names)) == len(names)
    assert set(names) <= {"Alex", "Ana", "Ben", "Cai", "Dee", "Eli", "Fay"}
    assert not list(tmp_path.glob(".*partial"))
    title, message = answers.notices[-1]
    assert title == "Export stopped"
    assert message.startswith(f"Stopped after {len(written)} map")
    assert (
        window.findChild(QProgressDialog) is None
        or not window.findChild(QProgressDialog).isVisible()
    )


def test_export_all_into_a_read_only_folder_says_so_and_leaves_nothing(
    window: MainWindow, answers, problems_shown: list[str], qtbot, read_only_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    answers.folder(read_only_folder)
    from_file_menu(window, qtbot, Qt.Key.Key_A)
    assert len(problems_shown) == 1
    assert "no permission" in problems_shown[0] and "unchanged" in problems_shown[0]
    assert list(read_only_folder.iterdir()) == []
    assert answers.notices == []

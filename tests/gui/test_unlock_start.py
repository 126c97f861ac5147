"""Starting on a protected library (DESIGN §10): the passphrase dialog comes before any map,
a wrong passphrase gets a calm message and another try and leaves the file byte-identical,
and Cancel ends the app without showing anything. The app runs as a real process; its
passphrase dialog is answered with key presses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from supportmap.gui.unlock import PassphraseDialog
from tests.commands import run_python, run_supportmap
from tests.gui.protected import PASSPHRASE, file_bytes, make_library

pytestmark = pytest.mark.slow

ANSWERED_START = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from supportmap.gui.main_window import MainWindow
from supportmap.gui.unlock import PassphraseDialog

answers = json.loads(sys.argv.pop(1))
seen = {"dialogs": []}

def answer():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, PassphraseDialog):
        QTimer.singleShot(20, answer)
        return
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    seen["dialogs"].append({
        "problem": dialog.problem_label.text() if dialog.problem_label.isVisible() else "",
        "hidden typing": dialog.field.echoMode() == dialog.field.EchoMode.Password,
        "map behind": any(w.document.support_map is not None for w in windows),
    })
    given = answers.pop(0)
    if given is None:
        QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
    else:
        QTest.keyClicks(dialog.field, given)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    if answers:
        QTimer.singleShot(20, answer)

show = MainWindow.show

def watched_show(self):
    show(self)

    def finish():
        if self.document.support_map is not None:
            seen["map"] = self.document.support_map.focus_name
            self.close()
        else:
            QTimer.singleShot(20, finish)

    QTimer.singleShot(20, finish)

MainWindow.show = watched_show
QTimer.singleShot(0, answer)
from supportmap.cli import main
code = main(sys.argv[1:])
print(json.dumps(seen))
sys.exit(code)
"""


def start(path: Path, tmp_path: Path, answers: list[str | None]) -> dict[str, object]:
    result = run_python(ANSWERED_START, json.dumps(answers), "--db", str(path), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_a_wrong_passphrase_asks_again_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    make_library(path)

    seen = start(path, tmp_path, ["not the passphrase", PASSPHRASE])

    dialogs = seen["dialogs"]
    assert isinstance(dialogs, list) and len(dialogs) == 2
    assert dialogs[0]["problem"] == ""
    assert "That passphrase does not open this library" in dialogs[1]["problem"]
    assert all(d["hidden typing"] and not d["map behind"] for d in dialogs)
    assert seen["map"] == "Robin"


def test_the_wrong_passphrase_alone_changes_no_byte(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    make_library(path)
    before = file_bytes(path)
    seen = start(path, tmp_path, ["not the passphrase", None])
    assert "map" not in seen
    assert file_bytes(path) == before


def test_cancel_ends_the_app_without_showing_a_map(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    make_library(path)
    seen = start(path, tmp_path, [None])
    assert seen == {"dialogs": [{"problem": "", "hidden typing": True, "map behind": False}]}


def test_a_passphrase_file_opens_it_without_a_dialog(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    path = tmp_path / "protected.db"
    make_library(path)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    picture = tmp_path / "shown.png"
    result = run_supportmap(
        "--db", path, "--passphrase-file", secret, "--screenshot", picture, home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(picture)).isNull()


def test_the_dialog_works_by_keyboard_and_shows_the_passphrase_only_when_asked(
    qtbot: QtBot,
) -> None:
    dialog = PassphraseDialog(None, "Open", "Type it")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.field.hasFocus)  # the keyboard starts in the passphrase
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.field, "tide pool")
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    QTest.keyClick(dialog.field, Qt.Key.Key_Tab)
    assert dialog.show_box.hasFocus()
    QTest.keyClick(dialog.show_box, Qt.Key.Key_Space)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    QTest.keyClick(dialog.show_box, Qt.Key.Key_Backtab)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.passphrase() == "tide pool"

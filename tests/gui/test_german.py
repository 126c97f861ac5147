"""In German, SupportMap shows no English: the command line, the documents and the window.

Each part is used in German as a person would use it, and every text it shows is searched for
words that only the English source texts use (see `tests.german`); the person's own words
(names, notes, titles of the sample maps) are ignored. A text that was never marked, or is
marked but not yet translated, shows up here with where it was seen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from supportmap import cli
from supportmap.core import i18n
from supportmap.gui.document import MapDocument
from supportmap.gui.language import apply_language
from supportmap.samples import demo_path, sample_names, sample_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.german import EnglishCheck
from tests.gui.screen_text import readable_texts

SAMPLES = [sample_path(name) for name in sample_names()]
METAVARS = ("PATH", "FILE", "OLD_FILE", "NEW_FILE", "MAP", "SOURCE", "MOMENT", "PNG", "COMMAND")
"""The names of the values in the command line's usage lines, which stay as they are."""


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app as it starts in German: core's catalogue, Qt's translators and the locale."""
    locale = QLocale()
    previous = i18n.install("de")
    apply_language(qapp, "de")
    yield
    apply_language(qapp, "en")
    QLocale.setDefault(locale)
    i18n.install(catalogue=previous)


def german_cli(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str]:
    """Run a command in German; what it printed, with file paths and value names left out."""
    code = cli.main(["--lang", "de", *arguments])
    printed = capsys.readouterr()
    shown = printed.out + printed.err
    for argument in arguments:
        if "/" in argument:
            shown = shown.replace(argument, " ").replace(str(Path(argument).parent), " ")
    for metavar in METAVARS:
        shown = re.sub(rf"\b{metavar}\b", " ", shown)
    return code, shown


def test_the_command_line_speaks_german(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    check = EnglishCheck(SAMPLES)
    for path in SAMPLES:
        code, shown = german_cli(capsys, "analyze", str(path), "--what-if")
        assert code == 0
        check.look_at(f"analyze {path.name}", shown.splitlines())
        code, shown = german_cli(capsys, "analyze", str(path), "--format", "json")
        texts = [
            finding[key]
            for finding in json.loads(shown)["findings"]
            for key in ("title", "detail", "suggestion")
        ]
        check.look_at(f"analyze --format json {path.name}", texts)
    code, shown = german_cli(capsys, "compare", str(demo_path()))
    assert code == 0 and "Menschen" in shown
    check.look_at("compare", shown.splitlines())
    code, shown = german_cli(capsys, "compare", str(demo_path()), str(SAMPLES[-1]))
    check.look_at("compare two files", shown.splitlines())
    database = str(tmp_path / "library.db")
    for arguments in (
        ["--help"],
        ["analyze", "--help"],
        ["compare", "--help"],
        ["report", "--help"],
        ["analyze"],  # a usage error: argparse's own words
        ["analyze", "--format", "yaml", str(demo_path())],
        ["--db", database, "list"],
        ["--db", database, "import", str(demo_path())],
        ["--db", database, "list"],
        ["analyze", str(tmp_path / "missing.supportmap.json")],
    ):
        _code, shown = german_cli(capsys, *arguments)
        check.look_at(" ".join(arguments), shown.splitlines())
    assert check.found == {}, "\n".join(f"{w}: {s}" for w, s in check.found.items())


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_reports_and_the_safety_plan_speak_german(
    german: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    check = EnglishCheck(SAMPLES)
    for audience in ("client", "clinician"):
        target = tmp_path / f"{audience}.pdf"
        code, shown = german_cli(
            capsys, "report", str(demo_path()), "--to", str(target), "--for", audience
        )
        assert code == 0, shown
        check.look_at(f"{audience} report", [shown, *pdf_text(target)])
    target = tmp_path / "plan.pdf"
    code, shown = german_cli(capsys, "safety-plan", str(demo_path()), "--to", str(target))
    assert code == 0, shown
    plan = pdf_text(target)
    assert "Sicherheitsplan" in plan[0]
    check.look_at("safety plan", [shown, *plan])
    assert check.found == {}, "\n".join(f"{w}: {s}" for w, s in check.found.items())


def shown_by(widget: QWidget) -> list[str]:
    texts = readable_texts(widget)
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip(), action.whatsThis()]
    return [t for t in texts if t]


def test_the_window_its_panels_and_dialogs_speak_german(
    german: None, qtbot: QtBot, library: Library, settings: QSettings
) -> None:
    from supportmap.gui.documents.report_actions import AudienceDialog
    from supportmap.gui.main_window import MainWindow
    from supportmap.gui.panels.history_dialogs import EndSessionDialog
    from supportmap.gui.panels.insight.crisis import CrisisDialog
    from supportmap.gui.panels.safety_plan_people import CrisisLineDialog

    check = EnglishCheck(SAMPLES)
    demo = read_document(demo_path())
    window = MainWindow(MapDocument(library), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    check.look_at("main window", shown_by(window))
    file_menu = window.menuBar().actions()[0].text()

    docks = [window.people_dock, window.history_dock, window.safety_plan_dock]
    docks += [window.insight.dock, window.charts_dock]
    for dock in docks:
        dock.show()
        dock.raise_()
        qtbot.waitUntil(dock.isVisible)
        for tabs in dock.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                check.look_at(f"{dock.objectName()} tab {index}", shown_by(window))
        check.look_at(dock.objectName(), shown_by(window))

    for dialog in (
        EndSessionDialog("Sitzung 4", window),
        AudienceDialog(window),
        CrisisDialog(window),
        CrisisLineDialog(None, window),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        check.look_at(type(dialog).__name__, shown_by(dialog))
        dialog.close()
    assert check.found == {}, "\n".join(f"{w}: {s}" for w, s in check.found.items())
    assert file_menu == "&Datei"
    window.close()

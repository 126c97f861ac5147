"""Every text the app and the command line show at run time is in the committed catalogues.

A recording translator sees each Qt text as it is looked up, and a recording gettext catalogue
each text of the Qt-free code; the window is then used on the demo map and the command line
prints its report of every sample. A text looked up through a variable (``self.tr(label)``) or
a sentence never marked for the extractors shows up here as missing from the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget
from pytestqt.qtbot import QtBot

from supportmap import cli
from supportmap.core import i18n
from supportmap.core.vocabulary import HelpType
from supportmap.gui.canvas.menus import person_menu, tie_menu
from supportmap.gui.canvas.tooltips import person_tooltip
from supportmap.gui.dialogs import ChoosePersonDialog, StartDialog, TextDialog
from supportmap.gui.panels.insight.crisis import CrisisDialog
from supportmap.gui.panels.safety_plan_people import CrisisLineDialog
from supportmap.samples import demo_path, sample_names, sample_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.catalogues import TRANSLATIONS, RecordingCatalogue, gettext_catalogue

QT_OWN_CONTEXT = re.compile(r"^Q[A-Z]")
"""Qt's own widgets translate their words under their class names (QLineEdit, QShortcut…)."""


class RecordingTranslator(QTranslator):
    """Notes every (context, source) Qt asks for and translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.seen.add((context, source))
        return None  # no translation: Qt goes on to the English forms and the source text

    def isEmpty(self) -> bool:
        return False


def qt_catalogue() -> set[tuple[str, str]]:
    root = ElementTree.parse(TRANSLATIONS / "supportmap.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def missing_qt(seen: set[tuple[str, str]]) -> set[tuple[str, str]]:
    ours = {(c, s) for c, s in seen if s and not QT_OWN_CONTEXT.match(c)}
    return ours - qt_catalogue()


@pytest.fixture
def recorders(qapp: QApplication) -> Iterator[tuple[RecordingTranslator, RecordingCatalogue]]:
    translator = RecordingTranslator()
    catalogue = RecordingCatalogue()
    qapp.installTranslator(translator)
    previous = i18n.install(catalogue=catalogue)
    yield translator, catalogue
    i18n.install(catalogue=previous)
    qapp.removeTranslator(translator)


def _click(qtbot: QtBot, widget: object, rect: QRect) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[arg-type]


def test_every_text_shown_is_in_the_catalogues(  # type: ignore[no-untyped-def]
    recorders: tuple[RecordingTranslator, RecordingCatalogue],
    window,
    library: Library,
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translator, catalogue = recorders
    demo = read_document(demo_path())
    window.resize(1400, 900)
    window.open_map(library.save_new_map(demo.map, demo.snapshots))
    support_map = window.document.require_map()

    # The People panel: pick someone, so the Person panel shows them and their connections.
    table = window.people_dock.table
    _click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)))
    qtbot.waitUntil(lambda: bool(window.selection.ids))
    for person in support_map.people.values():
        person_tooltip(person)
        person_tooltip(person, HelpType.EMOTIONAL)
        person_menu(window.view, person.id).deleteLater()
    for tie in list(support_map.ties.values())[:3]:
        tie_menu(window.view, tie).deleteLater()

    # Findings: a finding selected, the filter used, every tab, and what-if from the ranking.
    panel = window.insight.dock.panel
    for row in range(min(3, panel.model.rowCount())):
        _click(qtbot, panel.list.viewport(), panel.list.visualRect(panel.model.index(row, 0)))
    for combo in panel.filter_row.findChildren(QComboBox):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    bar = panel.tabs.tabBar()
    for index in range(panel.tabs.count()):
        _click(qtbot, bar, bar.tabRect(index))
    panel.tabs.setCurrentWidget(panel.ranking)
    ranking = panel.ranking.list
    _click(qtbot, ranking.viewport(), ranking.visualRect(panel.ranking.model.index(0, 0)))
    qtbot.waitUntil(lambda: window.insight.whatif.is_active())
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.insight.whatif.is_active())

    # Charts, one tab after another.
    charts = window.charts_dock
    charts.raise_()
    qtbot.waitUntil(lambda: charts.is_built)
    tabs = charts.findChild(QTabWidget)
    for index in range(tabs.count()):
        _click(qtbot, tabs.tabBar(), tabs.tabBar().tabRect(index))

    # The safety plan, its lists filled from the demo map.
    window.safety_plan_dock.focus_plan()
    qtbot.waitUntil(window.safety_plan_dock.isVisible)

    # A picture of the map with its legend, and the dialogs.
    from supportmap.gui.canvas import picture_export

    target = tmp_path / "map.png"
    monkeypatch.setattr(
        picture_export.ExportPictureAction, "ask_save_path", classmethod(lambda c, *a: target)
    )
    window.export_picture_action.trigger()
    assert target.exists()
    for dialog in (
        StartDialog(window),
        TextDialog("Rename", "New name:", "Sam", 40, window),
        ChoosePersonDialog("Connect", "Who?", [("p1", "Sam")], window),
        CrisisDialog(window),
        CrisisLineDialog(None, window),
    ):
        dialog.deleteLater()

    # The command line: the report of every sample, and importing and listing maps.
    database = str(tmp_path / "cli.db")
    assert cli.main(["--db", database, "list"]) == 0
    for name in sample_names():
        assert cli.main(["analyze", str(sample_path(name)), "--what-if"]) == 0
        assert cli.main(["--db", database, "import", str(sample_path(name))]) == 0
    assert cli.main(["--db", database, "list"]) == 0
    capsys.readouterr()

    assert ("SupportMap", "Save as PNG…") in translator.seen, "the recorder saw the charts dock"
    assert len(translator.seen) > 150 and len(catalogue.seen) > 100
    assert missing_qt(translator.seen) == set()
    assert catalogue.seen - gettext_catalogue() == set()


def test_a_text_looked_up_through_a_variable_is_caught(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    translator = RecordingTranslator()
    QApplication.instance().installTranslator(translator)  # type: ignore[union-attr]
    try:

        class PersonDock(QLabel):
            def show_label(self, label: str) -> None:
                self.setText(self.tr(label))

        dock = PersonDock()
        qtbot.addWidget(dock)
        dock.show_label(HelpType.EMOTIONAL.label)
    finally:
        QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
    assert missing_qt(translator.seen) == {("PersonDock", "Emotional")}


def test_the_texts_the_issue_names_are_catalogued() -> None:
    qt = qt_catalogue()
    assert ("SupportMap", "Welcome to SupportMap") in qt
    assert ("SupportMap", "Save as PNG…") in qt
    assert ("SupportMap", "That change could not be saved") in qt
    assert (
        "SupportMap",
        "The last change could not be saved, so it was taken back. Everything saved before it "
        "is safe.\n\nYou could check that the disk has free space and try again.\n\nDetails: %1",
    ) in qt
    assert ("MapsDock", "%n people") in qt
    assert "Safe people for {words}: {count}" in gettext_catalogue()
    assert "{n} person" in gettext_catalogue()


def test_counted_texts_read_as_english(qtbot: QtBot, library: Library) -> None:
    from supportmap.gui.document import MapDocument
    from supportmap.gui.panels.maps_dock import MapsDock

    library.create_map("Alex", "One")
    document = MapDocument(library)
    dock = MapsDock(document)
    qtbot.addWidget(dock)
    assert dock.tr("%n people", "", 1) == "1 person"
    assert dock.tr("%n people", "", 3) == "3 people"
    assert dock.model.item(0).text() == "One · nobody yet"

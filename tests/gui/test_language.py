"""The app in German: Qt's own words, dates and paper, and the choice in View → Language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supportmap.core.language import choose_locale
from supportmap.gui.documents.pdf import page_size_for
from supportmap.gui.documents.report_file import short_date
from supportmap.gui.language import apply_language, chosen_language


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    yield qapp
    apply_language(qapp, "en")
    QLocale.setDefault(locale)


def test_german_dates_paper_and_qt_words(restore_language: QApplication) -> None:
    apply_language(restore_language, "de_DE")
    assert short_date(dt.date(2026, 11, 29)).startswith("29.11.")
    assert page_size_for(QLocale()) == QPageSize.PageSizeId.A4
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QCoreApplication.translate("SupportMap", "Safety plan") == "Sicherheitsplan"

    apply_language(restore_language, "en_US")
    assert page_size_for(QLocale()) == QPageSize.PageSizeId.Letter
    assert QCoreApplication.translate("SupportMap", "Safety plan") == "Safety plan"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_language_chosen_in_the_menu_applies_from_the_next_start(
    window,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    settings: QSettings,
) -> None:
    menu = window.language_menu
    assert menu.language_actions[""].isChecked()  # the system's, until something is chosen
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    german = menu.language_actions["de"]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(german).center())

    qtbot.waitUntil(lambda: chosen_language(settings) == "de")
    assert german.isChecked()
    assert "Deutsch" in window.statusBar().currentMessage()
    assert "next time it starts" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"  # this window keeps its language
    assert choose_locale(None, chosen_language(settings), {"LANG": "en_GB.UTF-8"}) == "de"


def test_the_app_starts_in_the_language_asked_for(
    restore_language: QApplication, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supportmap import cli
    from supportmap.gui import app

    seen: list[str] = []

    def record(window, path) -> int:  # type: ignore[no-untyped-def]
        seen.append(window.menuBar().actions()[0].text())
        seen.append(window.safety_plan_dock.windowTitle())
        return 0

    monkeypatch.setattr(app, "save_screenshot", record)
    shot = str(tmp_path / "map.png")
    assert cli.main(["--demo", "--screenshot", shot, "--lang", "de"]) == 0
    assert seen == ["&Datei", "Sicherheitsplan"]
    assert cli.main(["--lang", "en", "--demo", "--screenshot", shot]) == 0
    assert seen[2:] == ["&File", "Safety plan"]
    assert QCoreApplication.translate("SupportMap", "Safety plan") == "Safety plan"


def test_the_names_of_gestures_in_the_edit_menu_are_german(
    restore_language: QApplication,
) -> None:
    from supportmap.core.model import Position
    from supportmap.gui.document import MapDocument
    from tests.maps import make_map, make_person

    apply_language(restore_language, "de_DE")
    document = MapDocument()
    document.open_unstored(make_map([make_person("p1", name="Sam"), make_person("p2")]))
    document.update_person("p1", name="Samuel")
    document.move_people({"p1": Position(10, 20), "p2": Position(30, 40)})
    history = document.undo_stack
    assert [history.text(i) for i in range(history.count())] == [
        "Sam umbenennen",
        "2 Menschen verschieben",
    ]

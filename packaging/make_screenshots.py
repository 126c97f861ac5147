"""Render the README pictures of the app on the demo map.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python packaging/make_screenshots.py``.
Writes PNGs to ``resources/screenshots/``. Uses a throwaway library and throwaway settings.
With ``--lang de`` it writes the German view of the map instead, ``map-de.png``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from supportmap.core import i18n
from supportmap.core.analysis import FindingCode
from supportmap.core.model import PlanList
from supportmap.core.snapshot import Snapshot
from supportmap.core.vocabulary import Circle, Safety, Sector
from supportmap.core.whatif import ranking
from supportmap.gui.app import settle
from supportmap.gui.document import MapDocument
from supportmap.gui.language import apply_language
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.history_model import Kind
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def _save(window: MainWindow, name: str) -> None:
    for _ in range(10):
        QCoreApplication.processEvents()
    path = OUT / name
    window.grab().save(str(path), "PNG")
    print(path.relative_to(OUT.parent.parent))


def _show_change(window: MainWindow) -> None:
    """Two sessions of the demo map with real changes between them, compared on screen."""
    document = window.document
    support_map = document.require_map()
    by_name = {person.name: person.id for person in support_map.people.values()}
    *_, before = document.list_snapshots()  # Session 5, the last of the History picture
    document.update_person(by_name["Marco"], circle=Circle.CLOSE)
    document.update_person(by_name["Dana"], safety=Safety.STRINGS)
    document.remove_people([by_name["Lena"]])
    document.add_person("Priya", circle=Circle.AROUND, sector=Sector.FRIENDS)
    document.take_snapshot("Session 6")
    after = document.list_snapshots()[-1]
    document.compare(before.snapshot_id, after.snapshot_id)
    settle(window)
    window.view.fit_all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    german = parser.parse_args(argv).lang == "de"
    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if german:
        i18n.install("de_DE")
        apply_language(app, "de_DE")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "library.sqlite3")
        document = read_document(demo_path())
        # A third session, kept on the day of the demo's last note, for the History picture.
        third = Snapshot("Session 5", dt.datetime(2026, 10, 15, 16, 0, tzinfo=dt.UTC), document.map)
        map_id = library.save_new_map(document.map, (*document.snapshots, third))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(MapDocument(library), settings)
        window.resize(1280, 800)
        window.open_map(map_id)
        window.show()
        settle(window)
        window.view.fit_all()
        if german:
            _save(window, "map-de.png")
            window.close()
            library.close()
            return 0
        _save(window, "map.png")

        window.resize(1024, 640)  # a small laptop screen: the panels give way, the map stays
        settle(window)
        window.view.fit_all()
        _save(window, "map-small.png")
        window.resize(1280, 800)
        settle(window)
        window.view.fit_all()

        panel = window.insight.dock.panel
        single = next(f for f in panel.findings_shown() if f.code is FindingCode.SINGLE_SOURCE)
        panel.select_finding(single)
        _save(window, "finding.png")
        window.view.clear_highlight()
        window.selection.clear()

        support_map = window.document.support_map
        assert support_map is not None
        from supportmap.core.whatif import what_if_all

        most = ranking(what_if_all(support_map))[0]
        window.insight.whatif.enter(most.person_id)
        _save(window, "what-if.png")
        window.insight.whatif.leave()

        window.charts_dock.raise_()
        for _ in range(20):
            QCoreApplication.processEvents()
        window.charts_dock.show_chart("coverage")
        _save(window, "charts.png")

        # The safety plan with the column to itself, as in a session that works on it.
        below = (window.person_dock, window.people_dock, window.maps_dock)
        for dock in below:
            dock.hide()
        window.safety_plan_dock.raise_()
        document = window.document
        document.add_plan_item(PlanList.WARNING_SIGNS, "I stop answering messages", "Add")
        document.add_plan_item(PlanList.COPING, "A long walk with music", "Add")
        settle(window)
        _save(window, "safety-plan.png")
        for dock in below:
            dock.show()

        window.charts_dock.raise_()
        window.charts_dock.show_chart("history")  # the Over time chart marks the snapshots
        history = window.history_dock
        history.raise_()
        settle(window)
        history.select(Kind.SNAPSHOT, window.document.list_snapshots()[1].snapshot_id)
        _save(window, "history.png")
        _show_change(window)
        _save(window, "change.png")
        window.close()
        library.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

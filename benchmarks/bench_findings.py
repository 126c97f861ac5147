"""How fast the findings follow an edit on a 150-person map.

Run offscreen: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_findings.py``. One edit
(a support level changed through the document, saved to a real SQLite library) is followed
until the findings list is current. Printed per edit, as medians and 95th percentiles:

* save: the command pushed and written to the library (the document's part);
* analysis: ``analyze`` of the map (budget: 16 ms);
* list update: rebuilding the findings rows, the Details figures and the crisis line;
* what-if: entering what-if mode for the person whose absence costs most.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map

from supportmap.core.vocabulary import HelpType
from supportmap.core.whatif import ranking
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.findings_dock import FindingsPanel
from supportmap.gui.selection import SelectionState
from supportmap.storage import library as libraries

ANALYSIS_BUDGET_MS = 16.0


class NullView:
    """The canvas protocol doing nothing, so only the findings side is timed."""

    def highlight(self, people: Iterable[str], help_type: HelpType | None = None) -> None: ...

    def clear_highlight(self) -> None: ...

    def set_unavailable(self, person_id: str | None) -> None: ...


def _summary(label: str, samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{label:<22} median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=150)
    parser.add_argument("--ties", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=60)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        library = libraries.Library.open(Path(folder) / "bench.db")
        map_id = library.save_new_map(random_map(args.people, args.ties, seed=11))
        document = MapDocument(library)
        document.open_map(map_id)
        panel = FindingsPanel(document, SelectionState(document), NullView())
        panel.resize(420, 800)
        panel.show()
        app.processEvents()
        live = panel.live
        support_map = document.require_map()
        person_ids = [p.id for p in support_map.current_people()][:10]

        saves: list[float] = []
        analyses: list[float] = []
        updates: list[float] = []
        totals: list[float] = []
        changed_lists = 0
        for i in range(args.edits):
            person_id = person_ids[i % len(person_ids)]
            person = support_map.person(person_id)
            level = person.support.receive(HelpType.EMOTIONAL)
            support = person.support.with_level(HelpType.EMOTIONAL, receive=(level + 1) % 4)
            rows_before = panel.rows()
            started = time.perf_counter()
            document.update_person(person_id, support=support)
            saved = time.perf_counter()
            assert live.is_pending()
            app.processEvents()
            done = time.perf_counter()
            assert not live.is_pending()
            changed_lists += panel.rows() != rows_before
            analysis_ms = live.last_seconds * 1000
            saves.append((saved - started) * 1000)
            analyses.append(analysis_ms)
            updates.append((done - saved) * 1000 - analysis_ms)
            totals.append((done - started) * 1000)

        enters: list[float] = []
        for _ in range(10):
            live.refresh_now()
            first = ranking(live.what_ifs())[0].person_id
            live.refresh_now()
            started = time.perf_counter()
            panel.controller.enter(first)
            app.processEvents()
            enters.append((time.perf_counter() - started) * 1000)
            panel.controller.leave()
        library.close()

    print(f"findings after an edit: {args.people} people, {args.ties} ties, {args.edits} edits")
    print(_summary("save (document)", saves))
    print(_summary("analysis", analyses) + f"   budget {ANALYSIS_BUDGET_MS:.0f} ms")
    print(_summary("list update", updates))
    print(_summary("edit to current list", totals))
    print(f"{'':<22} the findings themselves changed after {changed_lists} of {args.edits} edits")
    print(_summary("enter what-if", enters))
    verdict = "within" if statistics.median(analyses) <= ANALYSIS_BUDGET_MS else "OVER"
    print(f"analysis median is {verdict} the {ANALYSIS_BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()

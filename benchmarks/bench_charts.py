"""How long the charts take: opening them the first time, and redrawing after an edit.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_charts.py

*First open* is measured in fresh interpreters (one per run), so matplotlib really is imported
for the first time: the clock starts just before the charts dock is shown and stops when the
first chart has been drawn. It covers importing matplotlib and its Qt backend, creating the four
chart pages, and building and drawing the visible chart of a 150-person, 1,000-tie map with four
snapshots; Qt, the library and the map are loaded beforehand, as in the running app. Budget: 1.5 s.

*Later updates* are measured in one process: for each chart tab, an edit is applied through the
document (as the person editor does) and the redraw that follows is timed (rebuild the figure and
draw it on the canvas). Budget: 100 ms. Prints medians and maxima; not a pass/fail test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PEOPLE, TIES = 150, 1000
SNAPSHOTS = 4


def _open_document(folder: Path):  # type: ignore[no-untyped-def]
    from _maps import random_map

    from supportmap.core.snapshot import Snapshot
    from supportmap.gui.document import MapDocument
    from supportmap.storage import library as libraries

    library = libraries.Library.open(folder / "bench.db")
    document = MapDocument(library)
    support_map = random_map(PEOPLE, TIES, seed=7)
    snapshots = [
        Snapshot(f"Session {i + 1}", dt.datetime(2026, 9, 1 + 7 * i, tzinfo=dt.UTC), support_map)
        for i in range(SNAPSHOTS)
    ]
    document.open_map(library.save_new_map(support_map, snapshots))
    return library, document


def first_open_once() -> float:
    """One first opening, in this (fresh) interpreter; seconds."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert "matplotlib" not in sys.modules, "matplotlib was imported before the charts opened"
    from supportmap.gui.panels.charts_dock import ChartsDock

    with tempfile.TemporaryDirectory() as folder:
        library, document = _open_document(Path(folder))
        dock = ChartsDock(document)
        dock.resize(640, 520)
        drawn: list[float] = []
        dock.refreshed.connect(lambda: drawn.append(time.perf_counter()))
        start = time.perf_counter()
        dock.show()
        while not drawn:
            app.processEvents()
        elapsed = drawn[0] - start
        dock.close()
        library.close()
    return elapsed


def later_updates(rounds: int) -> dict[str, list[float]]:
    """Redraw times (seconds) per chart after edits, in one process."""
    from PySide6.QtWidgets import QApplication

    from supportmap.core.vocabulary import HELP_TYPES
    from supportmap.gui.panels.charts_dock import ChartsDock

    app = QApplication.instance() or QApplication([])
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        library, document = _open_document(Path(folder))
        dock = ChartsDock(document)
        dock.resize(640, 520)
        dock.show()
        app.processEvents()
        people = list(document.require_map().current_people())
        for page in dock.pages():
            dock.show_chart(page.kind.key)
            app.processEvents()
            times = timings.setdefault(page.kind.key, [])
            for i in range(rounds):
                person = people[i % len(people)]
                help_type = HELP_TYPES[i % len(HELP_TYPES)]
                level = (person.support.receive(help_type) + 1) % 4
                document.update_person(
                    person.id, support=person.support.with_level(help_type, receive=level)
                )
                people[i % len(people)] = document.require_map().person(person.id)
                start = time.perf_counter()
                dock.refresh_now()
                times.append(time.perf_counter() - start)
                app.processEvents()
        dock.close()
        library.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters for first open")
    parser.add_argument("--rounds", type=int, default=20, help="edits per chart for updates")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(first_open_once()))
        return

    firsts = []
    for _ in range(args.runs):
        result = subprocess.run(
            [sys.executable, __file__, "--child"],
            capture_output=True,
            text=True,
            check=True,
            cwd=HERE.parent,
        )
        firsts.append(float(result.stdout.strip().splitlines()[-1]))
    print(f"Charts on a {PEOPLE}-person, {TIES}-tie map")
    print(
        f"  first open (import matplotlib + build + draw), {args.runs} fresh runs: "
        f"median {statistics.median(firsts) * 1000:.0f} ms, max {max(firsts) * 1000:.0f} ms "
        f"(budget 1500 ms)"
    )
    for key, times in later_updates(args.rounds).items():
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(
            f"  update after an edit, {key:<9} chart: median {median:.1f} ms, "
            f"max {worst:.1f} ms (budget 100 ms)"
        )


if __name__ == "__main__":
    main()

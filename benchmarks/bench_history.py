"""How long the History panel takes to open on a map with 200 snapshots.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_history.py

A library holds one 150-person, 1,000-tie map with 200 snapshots and 200 session notes (one
per session, as a long course of therapy might leave). Each round creates the History panel,
shows it and lets it paint its list, then closes it; the Maps panel is timed the same way in
the same rounds, alternately, as a baseline of a panel that is known to open at once. The
budget for the History panel is 100 ms.

It also times what the panel avoids: reading every frozen map (``load_snapshots``), which a
list that decoded each snapshot would pay. Prints medians and the ratio; not a pass/fail test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PEOPLE, TIES = 150, 1000
SNAPSHOTS = 200
BUDGET_MS = 100


def build_library(folder: Path) -> tuple[object, int]:
    from _maps import random_map

    from supportmap.core import edits
    from supportmap.core.snapshot import Snapshot
    from supportmap.storage.library import Library

    support_map = random_map(PEOPLE, TIES, seed=7)
    start = dt.datetime(2022, 1, 3, 15, 0, tzinfo=dt.UTC)
    for week in range(SNAPSHOTS):
        day = (start + dt.timedelta(weeks=week)).date()
        note = edits.add_note(support_map, day, f"Session {week + 1}: what we talked about.", True)
        support_map.apply(note)
    snapshots = [
        Snapshot(f"Session {week + 1}", start + dt.timedelta(weeks=week), support_map)
        for week in range(SNAPSHOTS)
    ]
    library = Library.open(folder / "bench.db")
    return library, library.save_new_map(support_map, snapshots)


def time_panel(make: Callable[[], object]) -> float:
    """Seconds to create a panel, show it and paint it; the panel is closed afterwards."""
    from PySide6.QtWidgets import QApplication, QDockWidget

    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    panel = make()
    assert isinstance(panel, QDockWidget)
    panel.resize(430, 520)
    panel.show()
    panel.repaint()  # paints the list now, with every visible row
    app.processEvents()
    elapsed = time.perf_counter() - started
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return elapsed


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="openings of each panel")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from supportmap.gui.document import MapDocument
    from supportmap.gui.panels.history_dock import HistoryDock
    from supportmap.gui.panels.maps_dock import MapsDock

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        library, map_id = build_library(Path(folder))
        document = MapDocument(library)  # type: ignore[arg-type]
        document.open_map(map_id)
        time_panel(lambda: HistoryDock(document))  # the first opening loads the modules
        time_panel(lambda: MapsDock(document))

        history: list[float] = []
        maps: list[float] = []
        for _ in range(args.rounds):
            history.append(time_panel(lambda: HistoryDock(document)))
            maps.append(time_panel(lambda: MapsDock(document)))
        listing = timed(document.list_snapshots, args.rounds)
        listing_maps = timed(document.list_maps, args.rounds)
        every_map = timed(document.load_snapshots, 3)
        document.close_library()

    ms = 1000.0
    history_median = statistics.median(history) * ms
    maps_median = statistics.median(maps) * ms
    print(
        f"History panel on a {PEOPLE}-person, {TIES}-tie map with {SNAPSHOTS} snapshots and "
        f"{SNAPSHOTS} notes ({args.rounds} rounds, medians)"
    )
    print(
        f"  create, show and paint the History panel: {history_median:.1f} ms "
        f"(max {max(history) * ms:.1f} ms, budget {BUDGET_MS} ms)"
    )
    print(
        f"  baseline, the Maps panel the same way:    {maps_median:.1f} ms "
        f"(ratio {history_median / maps_median:.2f}×)"
    )
    print(f"  list_snapshots (what the panel reads):    {statistics.median(listing) * ms:.1f} ms")
    print(
        f"  list_maps (what the Maps panel reads):    {statistics.median(listing_maps) * ms:.1f} ms"
    )
    print(
        f"  load_snapshots (every frozen map, avoided): {statistics.median(every_map) * ms:.0f} ms"
    )
    app.quit()


if __name__ == "__main__":
    main()

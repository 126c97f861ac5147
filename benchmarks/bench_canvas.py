"""How fast the canvas draws: one drag step, building the scene, opening a large map.

Run offscreen: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py``. Prints medians;
the targets are ≤ 8 ms per repaint while dragging on a 150-person map and ≤ 1 s to open a
1000-person map.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map

from supportmap.gui.canvas import MapView
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.storage import library as libraries

VIEW_SIZE = (1280, 800)


def _open(library: libraries.Library, people: int, ties: int) -> tuple[MapDocument, int]:
    map_id = library.save_new_map(random_map(people, ties, seed=7))
    return MapDocument(library), map_id


def drag_repaint_ms(library: libraries.Library, people: int, steps: int) -> float:
    """Median time of one drag step: move a node (and its lines), then repaint the viewport.

    The node moved is the one with the most lines. The whole viewport is repainted each step
    (a grab), which is more than an on-screen drag repaints.
    """
    document, map_id = _open(library, people, people)
    document.open_map(map_id)
    view = MapView(document, SelectionState(document))
    view.resize(*VIEW_SIZE)
    view.show()
    QApplication.processEvents()
    view.fit_all()
    scene = view.map_scene
    item = max(scene.person_items(), key=lambda i: len(i.lines))
    view.selection.set([item.person_id])
    scene.set_live([item.person_id])  # what the select tool does when a drag starts
    view.viewport().grab()
    start = item.pos()
    timings = []
    for step in range(steps):
        offset = QPointF(3.0 * (step % 20), 2.0 * (step % 20))
        began = time.perf_counter()
        item.move_to(start + offset)
        view.viewport().grab()
        timings.append((time.perf_counter() - began) * 1000)
    view.close()
    return statistics.median(timings)


def open_seconds(library: libraries.Library, people: int) -> tuple[float, float]:
    """Seconds to open a map from the library and draw it once, and to rebuild the scene."""
    document, map_id = _open(library, people, people)
    view = MapView(document, SelectionState(document))
    view.resize(*VIEW_SIZE)
    view.show()
    QApplication.processEvents()
    began = time.perf_counter()
    document.open_map(map_id)
    view.viewport().grab()
    opened = time.perf_counter() - began
    began = time.perf_counter()
    view.map_scene.rebuild()
    rebuilt = time.perf_counter() - began
    view.close()
    return opened, rebuilt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=60, help="drag steps to time")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    ratio = app.devicePixelRatio()  # type: ignore[attr-defined]
    print(f"viewport {VIEW_SIZE[0]}×{VIEW_SIZE[1]}, device pixel ratio {ratio}")
    with tempfile.TemporaryDirectory() as folder:
        library = libraries.Library.open(Path(folder) / "bench.db")
        try:
            for people in (150, 1000):
                drag = drag_repaint_ms(library, people, args.steps)
                print(f"drag step + repaint, {people} people: median {drag:.2f} ms")
            for people in (150, 1000):
                opened, rebuilt = open_seconds(library, people)
                print(
                    f"open + first paint, {people} people: {opened * 1000:.0f} ms "
                    f"(scene build alone {rebuilt * 1000:.0f} ms)"
                )
        finally:
            library.close()


if __name__ == "__main__":
    main()

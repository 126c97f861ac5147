"""How quickly the app starts, and how quickly adding a person shows everywhere.

1. Whole process: ``supportmap --demo --screenshot PNG`` against a bare PySide6 window
   of the same size doing the same grab, run alternately so both see the same machine load.
   Prints both medians and their ratio (budget: at most 2.5×).
2. Adding a person to a 150-person map through the window's document: the time until the
   canvas, the people table and the database all hold them (budget: at most 30 ms).

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs N] [--adds N]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
for _ in range(5):
    QCoreApplication.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=180)
    return time.perf_counter() - start


def _supportmap_command() -> list[str]:
    """The installed ``supportmap`` command beside this Python, else ``python -m supportmap``."""
    script = Path(sys.executable).with_name("supportmap")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "supportmap"]


def bench_startup(runs: int) -> tuple[float, float]:
    """Median seconds for the app and for the bare window, measured alternately.

    One pair of runs first, not timed, lets Python keep the compiled modules as an installed
    package has them (PYTHONDONTWRITEBYTECODE is dropped for both), so the app is not timed
    compiling its source on every start while the bare window compiles nothing.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_times: list[float] = []
    bare_times: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env["HOME"] = str(folder)
        app = [*_supportmap_command(), "--demo", "--screenshot"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _time([*app, str(folder / "app-first.png")], env)
        _time([*bare, str(folder / "bare-first.png")], env)
        for i in range(runs):
            app_times.append(_time([*app, str(folder / f"app{i}.png")], env))
            bare_times.append(_time([*bare, str(folder / f"bare{i}.png")], env))
    return statistics.median(app_times), statistics.median(bare_times)


def bench_add_person(adds: int) -> tuple[list[float], list[float]]:
    """Seconds per add on a 150-person map: until the canvas items, the table and the database
    hold the new person, and then until the window has also repainted."""
    from _maps import random_map
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from supportmap.gui.document import MapDocument
    from supportmap.gui.main_window import MainWindow
    from supportmap.storage.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    times: list[float] = []
    repainted: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        library = Library.open(folder / "bench.db")
        reader = Library.open(folder / "bench.db")
        map_id = library.save_new_map(random_map(150, 220, seed=3))
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(MapDocument(library), settings)
        window.open_map(map_id)
        window.show()
        app.processEvents()
        for i in range(adds):
            start = time.perf_counter()
            person_id = window.document.add_person(f"Newcomer {i}")
            elapsed = time.perf_counter() - start
            app.processEvents()
            repainted.append(time.perf_counter() - start)
            assert window.view.map_scene.person_item(person_id) is not None
            assert window.people_dock.model.row_of(person_id) is not None
            assert person_id in reader.load_map(map_id).people
            times.append(elapsed)
        window.close()
        reader.close()
        library.close()
    return times, repainted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each kind")
    parser.add_argument("--adds", type=int, default=30, help="people added to the large map")
    args = parser.parse_args()

    app_s, bare_s = bench_startup(args.runs)
    print(f"start-up, median of {args.runs} alternating runs (offscreen):")
    print(f"  supportmap --demo --screenshot  {app_s * 1000:7.0f} ms")
    print(f"  bare PySide6 window + grab      {bare_s * 1000:7.0f} ms")
    print(f"  ratio                           {app_s / bare_s:7.2f}x  (budget 2.5x)")

    adds, repainted = bench_add_person(args.adds)
    print(f"add a person to a 150-person map, {args.adds} adds (budget 30 ms):")
    for label, times in (("canvas items, table, database", adds), ("... and repainted", repainted)):
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(f"  {label:30s} median {median:6.1f} ms   max {worst:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

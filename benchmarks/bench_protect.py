"""Measure what protecting the library with a passphrase costs (DESIGN.md §10).

Prints figures, passes or fails nothing. Run with ``python benchmarks/bench_protect.py``.

- The whole process of ``supportmap list`` on a library of ten maps with snapshots, protected
  and not, run alternately; the medians and their ratio (target: at most 1.3×).
- The key derivation alone (SQLCipher's PBKDF2, slow on purpose) and its share of the
  protected run: the part of the difference that is there by design.
- The whole process of the app opening the library and showing its last map (``supportmap
  --db LIB --screenshot PNG``, the passphrase from ``SUPPORTMAP_PASSPHRASE``), protected and
  not, alternately; the medians, their ratio (target: at most 1.3×) and the key derivation's
  share.
- Saving one edit through the Library API, protected and not, alternately (target: at most 2×).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map

from supportmap.core.changes import PersonChanged
from supportmap.storage import cipher, protect
from supportmap.storage.library import Library

PASSPHRASE = "a passphrase for the benchmark"
RUNS = 15
APP_RUNS = 7
EDITS = 60


def build(path: Path) -> None:
    with Library.open(path) as library:
        for number in range(10):
            map_id = library.save_new_map(random_map(60, 150, seed=number))
            for session in range(3):
                library.take_snapshot(map_id, f"Session {session + 1}")


def process_seconds(path: Path, passphrase: str | None, *arguments: str) -> float:
    """The whole process of ``supportmap ARGUMENTS --db path`` (default: ``list``)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SUPPORTMAP_PASSPHRASE", None)
    if passphrase is not None:
        env["SUPPORTMAP_PASSPHRASE"] = passphrase
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "supportmap", *(arguments or ("list",)), "--db", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,  # Qt's notes on the offscreen platform; kept in the error
        check=True,
    )
    return time.perf_counter() - start


def key_derivation_seconds(path: Path) -> float:
    """Deriving the key from the passphrase, as opening the library does once."""
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        cipher.raw_key(path, PASSPHRASE)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def edit_seconds(path: Path, passphrase: str | None, rounds: int) -> list[float]:
    samples = []
    with Library.open(path, passphrase=passphrase) as library:
        map_id = library.list_maps()[0].id
        support_map = library.load_map(map_id)
        person = next(iter(support_map.people.values()))
        for number in range(rounds):
            after = person.replace(notes=f"edit {number}")
            change = PersonChanged(person, after)
            start = time.perf_counter()
            library.apply(map_id, change)
            samples.append(time.perf_counter() - start)
            person = after
    return samples


def line(label: str, seconds: float) -> None:
    print(f"{label + ':':<52}{seconds * 1000:9.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain" / "library.sqlite3"
        protected = Path(folder) / "protected" / "library.sqlite3"
        build(plain)
        protected.parent.mkdir()
        shutil.copyfile(plain, protected)
        protect.protect(protected, PASSPHRASE)
        for _ in range(2):  # warm the disk cache and Python's bytecode cache
            process_seconds(plain, None)
            process_seconds(protected, PASSPHRASE)

        plain_runs, protected_runs = [], []
        for _ in range(RUNS):
            plain_runs.append(process_seconds(plain, None))
            protected_runs.append(process_seconds(protected, PASSPHRASE))
        plain_median = statistics.median(plain_runs)
        protected_median = statistics.median(protected_runs)
        derivation = key_derivation_seconds(protected)
        print(f"supportmap list, 10 maps with 3 snapshots each, {RUNS} runs each, alternating")
        line("  unprotected (median)", plain_median)
        line("  protected (median)", protected_median)
        print(f"  {'ratio protected / unprotected:':<50}{protected_median / plain_median:9.2f}×")
        line("  key derivation alone (PBKDF2, once per open)", derivation)
        print(
            f"  {'its share of the protected run:':<50}{derivation / protected_median * 100:8.0f} %"
        )
        print(
            f"  {'ratio without the key derivation:':<50}"
            f"{(protected_median - derivation) / plain_median:9.2f}×"
        )

        picture = str(Path(folder) / "window.png")
        plain_app, protected_app = [], []
        for _ in range(APP_RUNS):
            plain_app.append(process_seconds(plain, None, "--screenshot", picture))
            protected_app.append(process_seconds(protected, PASSPHRASE, "--screenshot", picture))
        plain_app_median = statistics.median(plain_app)
        protected_app_median = statistics.median(protected_app)
        print(f"the app showing the last map (--screenshot), {APP_RUNS} runs each, alternating")
        line("  unprotected (median)", plain_app_median)
        line("  protected (median)", protected_app_median)
        ratio = protected_app_median / plain_app_median
        print(f"  {'ratio protected / unprotected:':<50}{ratio:9.2f}×")
        share = derivation / protected_app_median * 100
        print(f"  {'its share of the protected run:':<50}{share:8.0f} %")
        print(
            f"  {'ratio without the key derivation:':<50}"
            f"{(protected_app_median - derivation) / plain_app_median:9.2f}×"
        )

        plain_edits: list[float] = []
        protected_edits: list[float] = []
        for _ in range(3):
            plain_edits += edit_seconds(plain, None, EDITS // 3)
            protected_edits += edit_seconds(protected, PASSPHRASE, EDITS // 3)
        plain_edit = statistics.median(plain_edits)
        protected_edit = statistics.median(protected_edits)
        print(f"saving one edit through the Library API, {EDITS} edits each (synchronous=FULL)")
        line("  unprotected (median)", plain_edit)
        line("  protected (median)", protected_edit)
        print(f"  {'ratio protected / unprotected:':<50}{protected_edit / plain_edit:9.2f}×")


if __name__ == "__main__":
    main()

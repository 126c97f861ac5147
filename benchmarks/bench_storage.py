"""Measure the library database: opening, saving one edit, loading and listing maps.

Prints figures, passes or fails nothing. Run with ``python benchmarks/bench_storage.py``.
Every edit is a real ``synchronous=FULL`` commit, so the per-edit figure includes the fsync
of the disk the temporary folder is on.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from supportmap.core import edits
from supportmap.core.model import Person, Support, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Circle, HelpType, Safety, Sector
from supportmap.storage.library import Library


def random_map(people: int, ties: int, seed: int = 1) -> SupportMap:
    rng = random.Random(seed)
    folks = [
        Person(
            id=f"p{i}",
            name=f"Person {i}",
            sector=rng.choice(list(Sector)),
            circle=rng.choice(list(Circle)),
            safety=rng.choice(list(Safety)),
            support=Support.of(
                {t: (rng.randint(0, 3), rng.randint(0, 3)) for t in rng.sample(HELP_TYPES, 3)}
            ),
        )
        for i in range(people)
    ]
    keys: set[tuple[int, int]] = set()
    while len(keys) < ties:
        a, b = rng.sample(range(people), 2)
        keys.add((min(a, b), max(a, b)))
    links = [Tie(f"p{a}", f"p{b}", rng.randint(1, 3)) for a, b in sorted(keys)]
    return SupportMap.build("Me", "Benchmark", folks, links)


def timed(action: Callable[[], object], repeat: int = 1) -> float:
    """Median wall time of ``action`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(label: str, milliseconds: float, digits: int = 1) -> None:
    print(f"{label + ':':<44}{milliseconds:10.{digits}f} ms")


def subprocess_ms(code: str, repeat: int = 5) -> float:
    return timed(lambda: subprocess.run([sys.executable, "-c", code], check=True), repeat)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        report("create a new library (Alembic runs)", timed(lambda: Library.open(path).close()))
        report("open an up-to-date library", timed(lambda: Library.open(path).close(), 20), 2)
        python = subprocess_ms("pass")
        imports = subprocess_ms("import supportmap.storage.library")
        opened = subprocess_ms(
            f"from supportmap.storage.library import Library; Library.open({str(path)!r}).close()"
        )
        report("new process: python alone", python)
        report("new process: import the storage layer", imports)
        report("new process: import and open the library", opened)

        with Library.open(path) as library:
            big = random_map(150, 1000)
            map_id = library.save_new_map(big)
            report(
                "save a new 150-person/1000-tie map", timed(lambda: library.save_new_map(big), 5)
            )
            report("load that map", timed(lambda: library.load_map(map_id), 20))
            counter = iter(range(10**9))

            def rename() -> None:
                change = edits.update_person(big, "p7", name=f"Renamed {next(counter)}")
                assert change is not None
                library.apply(map_id, big.apply(change))

            def support() -> None:
                level = next(counter) % 4
                change = edits.set_support(
                    big, "p9", HelpType.CRISIS, receive=level, give=3 - level
                )
                if change is not None:
                    library.apply(map_id, big.apply(change))

            report("save one edit: rename a person", timed(rename, 50), 2)
            report("save one edit: one support level", timed(support, 50), 2)
            for _ in range(200):
                library.create_map("Client")
            report("list 200 maps", timed(library.list_maps, 20), 2)
            snapshot = timed(lambda: library.take_snapshot(map_id, "Session"), 5)
            report("snapshot of the 150-person map", snapshot)


if __name__ == "__main__":
    main()

"""What ``supportmap compare FILE`` costs as a whole process, beside ``supportmap analyze FILE``.

Run from the repository root::

    python benchmarks/bench_compare.py [--repeat N]

The file holds the seeded 150-person / 1,000-tie map of the other benchmarks as its current
map and two snapshots: the map as first drawn ("Session 1") and a week of edits later
("Session 2", as `bench_change.py` edits it); the current map is another week on. Both commands
run as a user runs them, a new Python process each, with the output read from a pipe and thrown
away; their runs alternate in one loop, so a machine that slows down or speeds up during the
run weighs on both alike. Printed: the median wall time of each and the ratio compare / analyze.
The goal: ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map
from bench_change import a_week_later

from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle
from supportmap.storage.fileformat import Document, write_document

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5
TAKEN = dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.UTC)


def another_week(support_map: SupportMap) -> SupportMap:
    """``support_map`` a week on: every ninth person in another circle, every twentieth tie
    gone."""
    people = [
        person.replace(circle=Circle(1 + (person.circle % 4))) if i % 9 == 0 else person
        for i, person in enumerate(support_map.people.values())
    ]
    ties = [tie for n, tie in enumerate(support_map.ties.values()) if n % 20]
    return SupportMap.build(support_map.focus_name, support_map.title, people, ties)


def write_file(path: Path) -> None:
    first = random_map(150, 1000)
    second = a_week_later(first)
    snapshots = (
        Snapshot("Session 1", TAKEN, first),
        Snapshot("Session 2", TAKEN + dt.timedelta(days=7), second),
    )
    write_document(path, Document(another_week(second), snapshots))


def command_env() -> dict[str, str]:
    """The environment of the commands: this checkout first on the path, and compiled modules
    kept (as an installed package has them), so no run pays for compiling the source."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def seconds(arguments: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "supportmap", *arguments], capture_output=True, env=env, check=True
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each command")
    args = parser.parse_args()
    env = command_env()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sessions.supportmap.json"
        write_file(path)
        commands = {
            "compare FILE": ["compare", str(path)],
            "analyze FILE": ["analyze", str(path)],
        }
        for arguments in commands.values():
            seconds(arguments, env)  # untimed: compiles what is not compiled yet
        timings: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, arguments in commands.items():
                timings[name].append(seconds(arguments, env))
        size = path.stat().st_size
    medians = {name: statistics.median(times) for name, times in timings.items()}
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.repeat} runs each")
    print(f"150 people / 1000 ties, two snapshots ({size:,} bytes), runs alternated:")
    for name, median in medians.items():
        print(f"  supportmap {name:<14} median {median * 1000:7.1f} ms")
    ratio = medians["compare FILE"] / medians["analyze FILE"]
    verdict = "within" if ratio <= GOAL else "over"
    print(f"  ratio compare / analyze: {ratio:.2f} ({verdict} the goal of {GOAL})")


if __name__ == "__main__":
    main()

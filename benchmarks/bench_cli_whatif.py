"""What ``supportmap analyze FILE --what-if --format json`` costs, as a whole process.

Run from the repository root::

    python benchmarks/bench_cli_whatif.py

For each map (150 people / 1,000 ties and 1,000 people / 8,000 ties, seeded) the map is
written to a file in a temporary folder, and the command is run as a user runs it: a new
Python process reading the file and writing the JSON to a pipe that is read and thrown away.
Printed per map: the median wall time of the command, the same command without ``--what-if``,
and, measured in the same run as the baseline, networkx's Burt measures of the focus
(``effective_size`` + ``constraint``, as `bench_analysis.py` times them), with the ratio. The
goals: ratio ≤ 0.1 on the small map, ≤ 3 s on the large one. Last, ``analyze`` alone on one
chain of 10,000 people (goal ≤ 1 s), beside one of 2,500 to show how it grows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map
from bench_analysis import ego_graph, networkx_ms

from supportmap.core.analysis import analyze
from supportmap.core.model import Person, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.storage.fileformat import Document, write_document

SIZES = ((150, 1000, 5), (1000, 8000, 3))
ROOT = Path(__file__).resolve().parent.parent


def command_seconds(path: Path, *options: str, repeat: int) -> tuple[float, int]:
    """Median wall time of the command on ``path``, and the bytes it printed.

    One run first, not timed, lets Python keep the compiled modules as an installed package
    has them (PYTHONDONTWRITEBYTECODE is dropped for the command), so the figure is the
    command's own time, not that of compiling the source again on every run.
    """
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    timings = []
    printed = 0
    for run in range(repeat + 1):
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "supportmap", "analyze", str(path), *options],
            capture_output=True,
            env=env,
            check=True,
        )
        if run:
            timings.append(time.perf_counter() - start)
        printed = len(result.stdout)
    return statistics.median(timings), printed


def chain_seconds(length: int) -> float:
    people = [Person(id=f"p{i}", name=f"P{i}") for i in range(length)]
    ties = [Tie(f"p{i}", f"p{i + 1}") for i in range(length - 1)]
    support_map = SupportMap.build("Me", "", people, ties)
    start = time.perf_counter()
    analyze(support_map)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--full-networkx", action="store_true", help="time networkx in full")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, networkx {nx.__version__}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        for people, ties, repeat in SIZES:
            support_map = random_map(people, ties, args.seed)
            path = Path(folder) / f"map-{people}.supportmap.json"
            write_document(path, Document(support_map))
            whole, printed = command_seconds(path, "--what-if", "--format", "json", repeat=repeat)
            plain, _ = command_seconds(path, "--format", "json", repeat=repeat)
            theirs_ms, estimated, _, _ = networkx_ms(ego_graph(support_map), args.full_networkx)
            theirs = theirs_ms / 1000
            label = "estimated" if estimated else "measured"
            print(f"\n{people} people / {ties} ties ({path.stat().st_size:,} bytes):")
            print(f"  analyze --what-if --format json  {whole:7.2f} s  ({printed:,} bytes out)")
            print(f"  analyze --format json            {plain:7.2f} s")
            print(f"  networkx Burt measures ({label}) {theirs:7.2f} s")
            print(f"  ratio command / networkx: {whole / theirs:.3f}")
    short, long = chain_seconds(2_500), chain_seconds(10_000)
    print(f"\nanalyze, one chain of 2,500 people:  {short:6.2f} s")
    print(
        f"analyze, one chain of 10,000 people: {long:6.2f} s  (x{long / short:.1f} for x4 people)"
    )


if __name__ == "__main__":
    main()

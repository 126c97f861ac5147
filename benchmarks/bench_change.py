"""How long the change between two moments of a 150-person / 1,000-tie map takes, in-process.

Run from the repository root::

    python benchmarks/bench_change.py

Two pairs of moments are timed with `supportmap.core.change.compare` (both analyses, every list
and the summary sentences), each as the median and 95th percentile of many runs:

* a week of edits: the seeded map against a copy where ten people left (with their ties),
  ten came, twenty moved, a few became safe and a tenth of the other ties were dropped;
* everything differs: two seeded maps of the same size with the same ids and nothing else
  in common.

The goal is one frame: ≤ 16 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _maps import random_map

from supportmap.core.change import compare
from supportmap.core.model import Person
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, Safety

GOAL_MS = 16.0


def a_week_later(support_map: SupportMap) -> SupportMap:
    """``support_map`` after a week of edits (the same every run)."""
    people = list(support_map.people.values())
    gone = {p.id for p in people[::15]}
    kept: list[Person] = []
    for i, person in enumerate(p for p in people if p.id not in gone):
        if i % 7 == 0:
            person = person.replace(circle=Circle(1 + (person.circle % 4)))
        if i % 13 == 0:
            person = person.replace(safety=Safety.SAFE)
        kept.append(person)
    kept += [Person(id=f"new{i}", name=f"Newcomer {i}") for i in range(10)]
    ids = {p.id for p in kept}
    ties = [
        t for n, t in enumerate(support_map.ties.values()) if t.a in ids and t.b in ids and n % 10
    ]
    return SupportMap.build(support_map.focus_name, support_map.title, kept, ties)


def timings_ms(before: SupportMap, after: SupportMap, repeat: int) -> list[float]:
    compare(before, after)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        compare(before, after)
        samples.append((time.perf_counter() - start) * 1000)
    return sorted(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    before = random_map(150, 1000)
    pairs = {
        "a week of edits": a_week_later(before),
        "everything differs": random_map(150, 1000, seed=1),
    }
    print(f"change between two moments, 150 people / 1000 ties (goal ≤ {GOAL_MS:.0f} ms)")
    for label, after in pairs.items():
        samples = timings_ms(before, after, args.repeat)
        p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
        median = statistics.median(samples)
        verdict = "within" if median <= GOAL_MS else "over"
        print(f"  {label:<20} median {median:6.2f} ms   p95 {p95:6.2f} ms   ({verdict} the goal)")


if __name__ == "__main__":
    main()

"""How long ``supportmap report`` and ``supportmap safety-plan`` take, as whole processes.

1. ``supportmap report demo.supportmap.json --to x.pdf`` against ``supportmap --demo
   --screenshot x.png``, run alternately so both see the same machine load. Prints both medians
   and their ratio (goals: the report at most 1.5 s and at most 3× the screenshot). The demo's
   ``supportmap safety-plan`` runs in the same rounds (goal: as the report's, 1.5 s).
2. The report of a 150-person, 1,000-tie map with three snapshots, for the client and for the
   clinician (goal: at most 3 s each), and the safety plan of a map whose plan has every list
   full (20 entries of 280 characters each, 60 people named with their contacts), which is
   laid out many times over until it fits two pages (no goal given; the report's 3 s).

Run: ``python benchmarks/bench_report.py [--runs N]``.
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

REPORT_GOAL_S = 1.5
RATIO_GOAL = 3.0
LARGE_GOAL_S = 3.0


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=180)
    return time.perf_counter() - start


def _supportmap_command() -> list[str]:
    """The installed ``supportmap`` command beside this Python, else ``python -m supportmap``."""
    script = Path(sys.executable).with_name("supportmap")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "supportmap"]


def _environment(home: Path) -> dict[str, str]:
    """As a user runs it: compiled modules kept (as installed), no display asked for."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"  # the screenshot needs it; the report sets it itself
    return env


def _large_map_file(folder: Path) -> Path:
    from _maps import random_map

    from supportmap.core.snapshot import Snapshot
    from supportmap.storage.fileformat import Document, write_document

    current = random_map(150, 1000)
    start = dt.datetime(2026, 9, 1, 16, 0, tzinfo=dt.UTC)
    snapshots = tuple(
        Snapshot(f"Session {i + 1}", start + dt.timedelta(days=14 * i), random_map(150, 1000, i))
        for i in range(3)
    )
    path = folder / "large.supportmap.json"
    write_document(path, Document(current, snapshots))
    return path


def _full_plan_file(folder: Path) -> Path:
    from supportmap.core.model import CrisisLine, Person, SafetyPlan, Support
    from supportmap.core.supportmap import SupportMap
    from supportmap.core.vocabulary import Circle, HelpType, Sector
    from supportmap.storage.fileformat import Document, write_document

    def long(label: str, limit: int = 280) -> str:
        return (label + " and a few more plain words about it" * 10)[:limit]

    kinds = (
        (Sector.FRIENDS, HelpType.COMPANIONSHIP),
        (Sector.FAMILY, HelpType.EMOTIONAL),
        (Sector.PROFESSIONAL, HelpType.INFORMATIONAL),
    )
    people = [
        Person(
            id=f"p{k}-{i}",
            name=long(f"Person {k}-{i}", 80),
            circle=Circle.CLOSE,
            sector=sector,
            support=Support.of({help_type: (2, 1)}),
            contact=long(f"Phone {i}", 120),
        )
        for k, (sector, help_type) in enumerate(kinds)
        for i in range(20)
    ]

    def texts(label: str) -> tuple[str, ...]:
        return tuple(long(f"{label} {i}:") for i in range(20))

    plan = SafetyPlan(
        warning_signs=texts("Sign"),
        coping=texts("Coping"),
        distraction_places=texts("Place"),
        crisis_lines=tuple(CrisisLine(long(f"Line {i}"), long(f"Number {i}")) for i in range(20)),
        safer_surroundings=texts("Safer"),
        what_matters=long("What matters:"),
    )
    path = folder / "full-plan.supportmap.json"
    write_document(path, Document(SupportMap.build("Robin", "", people, safety_plan=plan)))
    return path


def bench_demo(runs: int, folder: Path) -> tuple[float, float, float]:
    """Median seconds of the demo's report, screenshot and safety plan, run alternately."""
    from supportmap.samples import demo_path

    env = _environment(folder)
    report = [*_supportmap_command(), "report", str(demo_path()), "--to"]
    screenshot = [*_supportmap_command(), "--demo", "--screenshot"]
    plan = [*_supportmap_command(), "safety-plan", str(demo_path()), "--to"]
    _time([*report, str(folder / "first.pdf")], env)  # compiles the modules once, untimed
    _time([*screenshot, str(folder / "first.png")], env)
    _time([*plan, str(folder / "first-plan.pdf")], env)
    reports, screenshots, plans = [], [], []
    for i in range(runs):
        reports.append(_time([*report, str(folder / f"demo{i}.pdf")], env))
        screenshots.append(_time([*screenshot, str(folder / f"demo{i}.png")], env))
        plans.append(_time([*plan, str(folder / f"plan{i}.pdf")], env))
    return statistics.median(reports), statistics.median(screenshots), statistics.median(plans)


def bench_large(runs: int, folder: Path) -> dict[str, float]:
    """Median seconds of the 150-person map's report, per audience."""
    env = _environment(folder)
    source = _large_map_file(folder)
    medians = {}
    for audience in ("client", "clinician"):
        command = [*_supportmap_command(), "report", str(source), "--for", audience, "--to"]
        times = [
            _time([*command, str(folder / f"large-{audience}{i}.pdf")], env) for i in range(runs)
        ]
        medians[audience] = statistics.median(times)
    plan = [*_supportmap_command(), "safety-plan", str(_full_plan_file(folder)), "--to"]
    times = [_time([*plan, str(folder / f"full-plan{i}.pdf")], env) for i in range(runs)]
    medians["full safety plan"] = statistics.median(times)
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        report, screenshot, plan = bench_demo(args.runs, folder)
        large = bench_large(max(3, args.runs // 2), folder)
    ratio = report / screenshot
    print(f"whole process, medians of {args.runs} alternate runs")
    print(f"  supportmap report demo --to x.pdf      {report:6.2f} s  (goal ≤ {REPORT_GOAL_S} s)")
    print(f"  supportmap --demo --screenshot x.png   {screenshot:6.2f} s")
    print(f"  ratio                                  {ratio:6.2f} ×  (goal ≤ {RATIO_GOAL} ×)")
    print(f"  supportmap safety-plan demo --to x.pdf {plan:6.2f} s  (goal ≤ {REPORT_GOAL_S} s)")
    plan_full = large.pop("full safety plan")
    print("150 people, 1,000 ties, 3 snapshots")
    for audience, seconds in large.items():
        print(f"  report --for {audience:<10}{seconds:30.2f} s  (goal ≤ {LARGE_GOAL_S} s)")
    print("a safety plan with every list full")
    print(f"  supportmap safety-plan full --to x.pdf {plan_full:6.2f} s  (goal ≤ {LARGE_GOAL_S} s)")
    met = (
        report <= REPORT_GOAL_S
        and plan <= REPORT_GOAL_S
        and ratio <= RATIO_GOAL
        and all(s <= LARGE_GOAL_S for s in large.values())
        and plan_full <= LARGE_GOAL_S
    )
    print("all goals met" if met else "SOME GOALS MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

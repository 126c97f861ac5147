"""The numbers behind the charts follow DESIGN §4 exactly."""

from __future__ import annotations

import datetime as dt

from supportmap.core import edits
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from supportmap.reports.chart_data import (
    coverage_by_safety,
    flows,
    history,
    safe_coverage,
    sector_composition,
)
from tests.maps import edit, make_map, make_person
from tests.reports.chart_maps import snapshots_of


def test_coverage_counts_current_providers_by_safety(alex_map: SupportMap) -> None:
    counts = coverage_by_safety(alex_map)
    # Sam, Jo and Dr Osei; Kim only receives emotional support from me, so does not count.
    assert counts[HelpType.EMOTIONAL] == {
        Safety.SAFE: 3,
        Safety.STRINGS: 0,
        Safety.DRAINING: 0,
        Safety.UNSAFE: 0,
        Safety.UNSURE: 0,
    }
    assert counts[HelpType.PRACTICAL] == {
        Safety.SAFE: 1,
        Safety.STRINGS: 1,
        Safety.DRAINING: 0,
        Safety.UNSAFE: 1,
        Safety.UNSURE: 0,
    }
    assert counts[HelpType.CRISIS][Safety.SAFE] == 1


def test_circle_four_never_counts() -> None:
    lee = make_person(
        "p1", name="Lee", circle=4, sector=Sector.OTHER, support={HelpType.EMOTIONAL: (3, 0)}
    )
    support_map = make_map([lee])
    assert safe_coverage(support_map)[HelpType.EMOTIONAL] == 0
    assert flows(support_map) == []
    composition = {c.sector: c for c in sector_composition(support_map)}
    assert composition[Sector.OTHER].current == 0
    assert composition[Sector.OTHER].potential == 1


def test_sector_composition_lists_every_sector_in_order(alex_map: SupportMap) -> None:
    composition = sector_composition(alex_map)
    assert [c.sector for c in composition] == list(Sector)
    family = composition[0]
    assert family.by_safety[Safety.SAFE] == 1
    assert family.by_safety[Safety.STRINGS] == 1
    assert family.by_safety[Safety.UNSAFE] == 1
    work = composition[2]
    assert (work.current, work.potential) == (0, 1)


def test_flows_mark_professionals_and_skip_people_with_nothing_flowing(
    alex_map: SupportMap,
) -> None:
    edit(alex_map, edits.add_person, "Quiet", circle=Circle.CLOSE)
    by_name = {f.name: f for f in flows(alex_map)}
    assert "Quiet" not in by_name
    assert by_name["Dr Osei"].professional
    assert not by_name["Sam"].professional
    assert (by_name["Kim"].received, by_name["Kim"].given) == (1, 6)
    nets = [f.net for f in flows(alex_map)]
    assert nets == sorted(nets), "most-giving relationships come first"


def test_history_orders_snapshots_by_time_and_ends_with_now(alex_map: SupportMap) -> None:
    snapshots = snapshots_of(alex_map)
    shuffled = [snapshots[2], snapshots[0], snapshots[1]]
    points = history(shuffled, alex_map, "Now")
    assert [p.label for p in points] == ["Session 1", "Session 2", "Session 3", "Now"]
    assert [p.coverage[HelpType.CRISIS] for p in points] == [0, 1, 1, 1]
    assert points[0].coverage[HelpType.INFORMATIONAL] == 1  # Dr Osei not yet in the network
    assert points[-1].coverage[HelpType.INFORMATIONAL] == 2


def test_history_without_a_current_map_shows_only_snapshots() -> None:
    taken = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    points = history([Snapshot("Start", taken, SupportMap("Me"))], None, "Now")
    assert [p.label for p in points] == ["Start"]

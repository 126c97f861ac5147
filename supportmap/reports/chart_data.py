"""The numbers behind each chart, computed from a map without any plotting library.

Kept apart from the drawing so the figures can be tested exactly, and so the rules follow
DESIGN.md §4: only the current network (circles 1–3) counts; professionals are left out of the
balance between giving and receiving and are shown on their own instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Safety, Sector


def coverage_by_safety(support_map: SupportMap) -> dict[HelpType, dict[Safety, int]]:
    """How many current people give me each help type, split by how safe they feel.

    The safe count of a help type is exactly DESIGN §4's coverage(T).
    """
    counts = {t: dict.fromkeys(Safety, 0) for t in HELP_TYPES}
    for person in support_map.current_people():
        for help_type in HELP_TYPES:
            if person.support.receive(help_type) >= 1:
                counts[help_type][person.safety] += 1
    return counts


def safe_coverage(support_map: SupportMap) -> dict[HelpType, int]:
    """coverage(T) of DESIGN §4: the number of safe current providers of each help type."""
    return {t: by[Safety.SAFE] for t, by in coverage_by_safety(support_map).items()}


@dataclass(frozen=True)
class SectorCount:
    """Current people of one sector by safety, plus the potential (circle-4) people there."""

    sector: Sector
    by_safety: dict[Safety, int]
    potential: int

    @property
    def current(self) -> int:
        return sum(self.by_safety.values())


def sector_composition(support_map: SupportMap) -> list[SectorCount]:
    """One entry per sector, in the order of DESIGN §2, including empty sectors."""
    by_sector = {s: dict.fromkeys(Safety, 0) for s in Sector}
    potential = dict.fromkeys(Sector, 0)
    for person in support_map.people.values():
        if person.is_current:
            by_sector[person.sector][person.safety] += 1
        else:
            potential[person.sector] += 1
    return [SectorCount(s, by_sector[s], potential[s]) for s in Sector]


@dataclass(frozen=True)
class Flow:
    """What goes each way between me and one current person (sums over help types)."""

    person_id: str
    name: str
    received: int
    given: int
    professional: bool

    @property
    def net(self) -> int:
        return self.received - self.given


def flows(support_map: SupportMap) -> list[Flow]:
    """Current people with anything flowing, most-giving first, then by name.

    People with nothing marked either way are left out: an empty bar says nothing.
    """
    found = [
        Flow(
            p.id,
            p.name,
            p.support.received,
            p.support.given,
            p.is_professional,
        )
        for p in support_map.current_people()
        if p.support.received + p.support.given > 0
    ]
    found.sort(key=lambda f: (f.net, f.name.casefold()))
    return found


@dataclass(frozen=True)
class HistoryPoint:
    """Safe coverage per help type at one moment (a snapshot, or the map as it is now).

    ``taken`` is when the snapshot was kept (None for the map as it is now).
    """

    label: str
    coverage: dict[HelpType, int]
    taken: dt.datetime | None = None


def history(
    snapshots: Sequence[Snapshot], now: SupportMap | None, now_label: str
) -> list[HistoryPoint]:
    """Safe coverage per help type for each snapshot in time order, then for the map now."""
    points = [
        HistoryPoint(s.label, safe_coverage(s.map), s.taken)
        for s in sorted(snapshots, key=lambda s: s.taken)
    ]
    if now is not None:
        points.append(HistoryPoint(now_label, safe_coverage(now)))
    return points


@dataclass(frozen=True)
class HistoryAxis:
    """The moments along the x axis: short labels, and where the snapshots stand.

    ``days`` pairs each snapshot's position with the day written above it ("" when it is
    left out to make room).
    """

    labels: tuple[str, ...]
    days: tuple[tuple[int, str], ...]

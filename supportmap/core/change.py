"""The change between two moments of a map, exactly as DESIGN.md §8.1 defines it.

`compare` takes a map *before* and a map *after* (two snapshots, a snapshot and the current map,
or the current maps of two files) and reports what changed: people matched by id, ties as
unordered pairs, the section-4 analysis of each side, and plain sentences that say the most
important changes first. It is pure: neither map is changed, and nothing is read from anywhere
else, so the command line, the History panel and the compare view all show the same change.

Choices where DESIGN.md is silent:

* ``findings_resolved`` and ``findings_new`` list each finding's people in the finding's own
  order (map order), as the analysis does; only the key that matches them sorts the people.
* ``summary`` is empty when nothing it speaks of changed, like every other list; renames,
  sectors, support levels and ties are left to the detailed lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from supportmap.core import texts_change
from supportmap.core.analysis import Analysis, analyze
from supportmap.core.findings import Finding
from supportmap.core.model import Person
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Circle, HelpType, Safety, Sector

NOW = "now"
"""The label of the current map's moment."""


@dataclass(frozen=True)
class Moment:
    """Which moment one side of a comparison is: a snapshot, the current map or a file's map.

    Attributes:
        label: the snapshot's label, ``"now"``, or the map's title for a file's current map.
        taken: when the snapshot was taken (timezone-aware); None for a current map.
    """

    label: str
    taken: dt.datetime | None = None

    @classmethod
    def now(cls) -> Moment:
        return cls(NOW)

    @classmethod
    def of_snapshot(cls, snapshot: Snapshot) -> Moment:
        return cls(snapshot.label, snapshot.taken)

    @classmethod
    def of_file(cls, support_map: SupportMap) -> Moment:
        """The current map of a file, named by its title (its focus name when the title is
        blank)."""
        return cls(support_map.title.strip() or support_map.focus_name)

    def to_json(self) -> dict[str, Any]:
        taken = None
        if self.taken is not None:
            taken = self.taken.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {"label": self.label, "taken": taken}


@dataclass(frozen=True)
class Renamed:
    id: str
    before: str
    after: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "from": self.before, "to": self.after}


@dataclass(frozen=True)
class CircleChanged:
    id: str
    before: Circle
    after: Circle

    @property
    def closer(self) -> bool:
        return self.after < self.before

    def to_json(self) -> dict[str, Any]:
        direction = "closer" if self.closer else "further"
        return {
            "id": self.id,
            "from": int(self.before),
            "to": int(self.after),
            "direction": direction,
        }


@dataclass(frozen=True)
class SectorChanged:
    id: str
    before: Sector
    after: Sector

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "from": self.before.value, "to": self.after.value}


@dataclass(frozen=True)
class SafetyChanged:
    id: str
    before: Safety
    after: Safety

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "from": self.before.value, "to": self.after.value}


@dataclass(frozen=True)
class SupportChanged:
    """One person's levels of one help type, ``(before, after)`` each."""

    id: str
    help_type: HelpType
    receive: tuple[int, int]
    give: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "help_type": self.help_type.value,
            "receive": list(self.receive),
            "give": list(self.give),
        }


@dataclass(frozen=True)
class TieChanged:
    """A tie on both sides whose strength or conflict differs, ``(before, after)`` each."""

    a: str
    b: str
    strength: tuple[int, int]
    conflict: tuple[bool, bool]

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "strength": list(self.strength),
            "conflict": list(self.conflict),
        }


@dataclass(frozen=True)
class Comparison:
    """Everything DESIGN.md §8.1 reports about two moments; ``to_json`` gives its table.

    (Not to be confused with `supportmap.core.changes.Change`, one edit of one map.)

    Per-person lists follow *after*'s order of people (``support_changed`` then help-type
    order); ties are ``(x, y)`` pairs with x < y, sorted. Pairs of figures are
    ``(before, after)``.
    """

    before: Moment
    after: Moment
    people_added: tuple[str, ...]
    people_removed: tuple[str, ...]
    renamed: tuple[Renamed, ...]
    circle_changed: tuple[CircleChanged, ...]
    sector_changed: tuple[SectorChanged, ...]
    safety_changed: tuple[SafetyChanged, ...]
    support_changed: tuple[SupportChanged, ...]
    ties_added: tuple[tuple[str, str], ...]
    ties_removed: tuple[tuple[str, str], ...]
    ties_changed: tuple[TieChanged, ...]
    coverage: Mapping[HelpType, tuple[int, int]]
    resilience: tuple[int, int]
    effective_supporters: tuple[float, float]
    findings_resolved: tuple[Finding, ...]
    findings_new: tuple[Finding, ...]
    summary: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The keys of the table of DESIGN.md §8.1, in its order, with plain JSON values."""
        return {
            "from": self.before.to_json(),
            "to": self.after.to_json(),
            "people_added": list(self.people_added),
            "people_removed": list(self.people_removed),
            "renamed": [c.to_json() for c in self.renamed],
            "circle_changed": [c.to_json() for c in self.circle_changed],
            "sector_changed": [c.to_json() for c in self.sector_changed],
            "safety_changed": [c.to_json() for c in self.safety_changed],
            "support_changed": [c.to_json() for c in self.support_changed],
            "ties_added": [list(pair) for pair in self.ties_added],
            "ties_removed": [list(pair) for pair in self.ties_removed],
            "ties_changed": [c.to_json() for c in self.ties_changed],
            "coverage": {t.value: list(self.coverage[t]) for t in HELP_TYPES},
            "resilience": list(self.resilience),
            "effective_supporters": list(self.effective_supporters),
            "findings_resolved": [_finding_json(f) for f in self.findings_resolved],
            "findings_new": [_finding_json(f) for f in self.findings_new],
            "summary": list(self.summary),
        }


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code.value,
        "help_type": None if finding.help_type is None else finding.help_type.value,
        "barrier": None if finding.barrier is None else finding.barrier.value,
        "people": list(finding.people),
    }


def compare(
    before: SupportMap,
    after: SupportMap,
    before_moment: Moment | None = None,
    after_moment: Moment | None = None,
) -> Comparison:
    """The change from ``before`` to ``after`` (DESIGN.md §8.1); neither map is changed.

    Args:
        before / after: the two maps; *before* is the ``--from`` side, whatever their times.
        before_moment / after_moment: what each side is; the current map when not given.
    """
    old, new = before.people, after.people
    common = [p for p in after.people.values() if p.id in old]
    old_analysis, new_analysis = analyze(before), analyze(after)
    change = _PeopleChanges.of(old, common)
    old_ties, new_ties = before.ties, after.ties
    ties_changed = tuple(
        TieChanged(key[0], key[1], (was.strength, now.strength), (was.conflict, now.conflict))
        for key in sorted(key for key in old_ties if key in new_ties)
        for was, now in [(old_ties[key], new_ties[key])]
        if (was.strength, was.conflict) != (now.strength, now.conflict)
    )
    resolved, appeared = _finding_changes(old_analysis, new_analysis)
    return Comparison(
        before=before_moment or Moment.now(),
        after=after_moment or Moment.now(),
        people_added=tuple(i for i in new if i not in old),
        people_removed=tuple(i for i in old if i not in new),
        renamed=change.renamed,
        circle_changed=change.circles,
        sector_changed=change.sectors,
        safety_changed=change.safety,
        support_changed=change.support,
        ties_added=tuple(sorted(key for key in new_ties if key not in old_ties)),
        ties_removed=tuple(sorted(key for key in old_ties if key not in new_ties)),
        ties_changed=ties_changed,
        coverage={t: (old_analysis.coverage[t], new_analysis.coverage[t]) for t in HELP_TYPES},
        resilience=(old_analysis.resilience, new_analysis.resilience),
        effective_supporters=(
            old_analysis.effective_supporters,
            new_analysis.effective_supporters,
        ),
        findings_resolved=resolved,
        findings_new=appeared,
        summary=_summary(before, after, old_analysis, new_analysis, change),
    )


@dataclass(frozen=True)
class _PeopleChanges:
    renamed: tuple[Renamed, ...]
    circles: tuple[CircleChanged, ...]
    sectors: tuple[SectorChanged, ...]
    safety: tuple[SafetyChanged, ...]
    support: tuple[SupportChanged, ...]

    @classmethod
    def of(cls, old: Mapping[str, Person], common: list[Person]) -> _PeopleChanges:
        renamed, circles, sectors, safety, support = [], [], [], [], []
        for now in common:
            was = old[now.id]
            if was == now:
                continue
            if was.name != now.name:
                renamed.append(Renamed(now.id, was.name, now.name))
            if was.circle != now.circle:
                circles.append(CircleChanged(now.id, was.circle, now.circle))
            if was.sector != now.sector:
                sectors.append(SectorChanged(now.id, was.sector, now.sector))
            if was.safety != now.safety:
                safety.append(SafetyChanged(now.id, was.safety, now.safety))
            if was.support != now.support:
                for help_type in HELP_TYPES:
                    then, level = was.support[help_type], now.support[help_type]
                    if then != level:
                        support.append(
                            SupportChanged(
                                now.id,
                                help_type,
                                (then.receive, level.receive),
                                (then.give, level.give),
                            )
                        )
        return cls(tuple(renamed), tuple(circles), tuple(sectors), tuple(safety), tuple(support))


def _finding_changes(
    old: Analysis, new: Analysis
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    old_keys = {f.key for f in old.findings}
    new_keys = {f.key for f in new.findings}
    return (
        tuple(f for f in old.findings if f.key not in new_keys),
        tuple(f for f in new.findings if f.key not in old_keys),
    )


def _summary(
    before: SupportMap,
    after: SupportMap,
    old: Analysis,
    new: Analysis,
    change: _PeopleChanges,
) -> tuple[str, ...]:
    old_people, new_people = before.people, after.people
    lost = [t for t in HELP_TYPES if old.coverage[t] and not new.coverage[t]]
    gained = [t for t in HELP_TYPES if new.coverage[t] and not old.coverage[t]]
    sentences: list[str] = []
    if lost:
        sentences.append(texts_change.change_lost_safe_source(lost))
    if gained:
        sentences.append(texts_change.change_gained_safe_source(gained))
    closer = [new_people[c.id].name for c in change.circles if c.closer]
    further = [new_people[c.id].name for c in change.circles if not c.closer]
    if closer:
        sentences.append(texts_change.change_moved_closer(closer))
    if further:
        sentences.append(texts_change.change_moved_further(further))
    for safety in change.safety:
        name = new_people[safety.id].name
        sentences.append(texts_change.change_safety(name, safety.before, safety.after))
    added = [p.name for p in new_people.values() if p.id not in old_people]
    removed = [p.name for p in old_people.values() if p.id not in new_people]
    if added:
        sentences.append(texts_change.change_people_added(added))
    if removed:
        sentences.append(texts_change.change_people_removed(removed))
    return tuple(sentences)


__all__ = [
    "CircleChanged",
    "Comparison",
    "Moment",
    "Renamed",
    "SafetyChanged",
    "SectorChanged",
    "SupportChanged",
    "TieChanged",
    "compare",
]

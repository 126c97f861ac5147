"""Findings: the gentle observations of DESIGN.md §4, derived from a map's figures.

The rules follow the table of DESIGN.md §4. Where the table leaves a choice open:

* lists of people are in map order (the order people were added);
* ``concentration`` and ``unsafe_close``, ``potential`` and ``bridge_person`` give one finding
  per person concerned, so each text can name that person;
* ``crisis_thin`` names nobody in ``people`` (the table does not) but its text names the one
  person, who is already in the ``single_source`` finding for crisis;
* "one-sided" is `supportmap.core.rules.one_sided`, the same rule the canvas and the People
  table apply;
* ``barrier`` is set on ``barrier_pattern`` findings only, so that two patterns about the same
  people stay two findings in every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from supportmap.core import texts
from supportmap.core.model import Person
from supportmap.core.rules import Flow, counts_in_balance, one_sided
from supportmap.core.structure import Relabelled
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, HelpType, Safety, Sector


class Severity(StrEnum):
    """How much a finding asks for attention; ``rank`` orders them, alert highest."""

    INFO = "info"
    NOTICE = "notice"
    WARNING = "warning"
    ALERT = "alert"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.NOTICE: 1, Severity.WARNING: 2, Severity.ALERT: 3}


class FindingCode(StrEnum):
    """The fifteen kinds of finding, in the table order of DESIGN.md §4."""

    GAP = "gap"
    UNSAFE_ONLY = "unsafe_only"
    SINGLE_SOURCE = "single_source"
    ONE_SIDED_GIVING = "one_sided_giving"
    ONE_SIDED_RECEIVING = "one_sided_receiving"
    GIVING_OVERALL = "giving_overall"
    CONCENTRATION = "concentration"
    UNSAFE_CLOSE = "unsafe_close"
    CRISIS_THIN = "crisis_thin"
    NO_PROFESSIONAL = "no_professional"
    BRIDGE_PERSON = "bridge_person"
    ISOLATED = "isolated"
    LOW_DIVERSITY = "low_diversity"
    POTENTIAL = "potential"
    BARRIER_PATTERN = "barrier_pattern"


_CODE_INDEX = {code: i for i, code in enumerate(FindingCode)}
_VITAL = (HelpType.EMOTIONAL, HelpType.CRISIS)
LOW_DIVERSITY_BELOW = 0.35


FindingKey = tuple[FindingCode, HelpType | None, Barrier | None, tuple[str, ...]]
"""A finding's code, help type, barrier and sorted people: `Finding.key`."""


@dataclass(frozen=True)
class Finding:
    """One observation about the map, with the words shown for it."""

    code: FindingCode
    severity: Severity
    help_type: HelpType | None
    barrier: Barrier | None
    people: tuple[str, ...]
    title: str
    detail: str
    suggestion: str

    @property
    def key(self) -> FindingKey:
        """What makes two findings the same across two moments of a map (DESIGN.md §8.1).

        Texts may differ (a name changed), and people are compared as a set.
        """
        return (self.code, self.help_type, self.barrier, tuple(sorted(self.people)))

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "severity": self.severity.value,
            "help_type": None if self.help_type is None else self.help_type.value,
            "barrier": None if self.barrier is None else self.barrier.value,
            "people": list(self.people),
            "title": self.title,
            "detail": self.detail,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class People:
    """Everyone the finding rules read, with what the rules ask of them worked out once.

    The what-if derives the findings of the map without each person in turn; `without` gives
    these figures for one absence by setting one person aside, instead of asking every person
    again what the rules want to know.

    Attributes:
        everyone: everyone on the map, in map order.
        current: the current people (circles 1-3), in map order.
        counted: the current people who count in balance (`counts_in_balance`), in map order.
        by_received: the current people, most received first, equals in map order.
        names / order: name and map position by id (may hold people set aside).
        sectors: how many current people are in each sector.
        ticked: per barrier, the people who ticked it, in map order.
        total_received: Σ received over the current people.
        receiving: how many current people I receive anything from.
        given_counted / received_counted: Σ given and Σ received over ``counted``.
    """

    everyone: tuple[Person, ...]
    current: tuple[Person, ...]
    counted: tuple[Person, ...]
    by_received: tuple[Person, ...]
    names: Mapping[str, str]
    order: Mapping[str, int]
    sectors: Mapping[Sector, int]
    ticked: Mapping[Barrier, tuple[Person, ...]]
    total_received: int
    receiving: int
    given_counted: int
    received_counted: int
    positions: Mapping[str, tuple[int, int, int, int]] | None = None
    """Where each person sits in ``everyone``, ``current``, ``counted`` and ``by_received``
    (-1 where absent), so `without` can cut them out; None once someone is set aside."""

    @classmethod
    def of(
        cls, everyone: Sequence[Person], received: Mapping[str, int], given: Mapping[str, int]
    ) -> People:
        """The figures of ``everyone``, whose received and given levels are looked up by id."""
        current = tuple(p for p in everyone if p.is_current)
        counted = tuple(p for p in current if counts_in_balance(p))
        sectors: dict[Sector, int] = {}
        for person in current:
            sectors[person.sector] = sectors.get(person.sector, 0) + 1
        by_received = tuple(sorted(current, key=lambda p: -received[p.id]))
        now, counts, ranks = (
            {p.id: i for i, p in enumerate(group)} for group in (current, counted, by_received)
        )
        return cls(
            everyone=tuple(everyone),
            current=current,
            counted=counted,
            by_received=by_received,
            names={p.id: p.name for p in everyone},
            order={p.id: i for i, p in enumerate(everyone)},
            sectors=sectors,
            ticked={b: tuple(p for p in everyone if b in p.barriers) for b in Barrier},
            total_received=sum(received[p.id] for p in current),
            receiving=sum(1 for p in current if received[p.id] > 0),
            given_counted=sum(given[p.id] for p in counted),
            received_counted=sum(received[p.id] for p in counted),
            positions={
                p.id: (i, now.get(p.id, -1), counts.get(p.id, -1), ranks.get(p.id, -1))
                for i, p in enumerate(everyone)
            },
        )

    def without(
        self, absent: Person, received: Mapping[str, int], given: Mapping[str, int]
    ) -> People:
        """These figures with ``absent`` (one of ``everyone``) set aside."""
        is_current = absent.is_current
        is_counted = is_current and counts_in_balance(absent)
        sectors = dict(self.sectors)
        if is_current:
            sectors[absent.sector] -= 1
        ticked = dict(self.ticked)
        for barrier in absent.barriers:
            ticked[barrier] = _set_aside(ticked[barrier], absent)
        took, gave = (received[absent.id], given[absent.id])
        at = self.positions[absent.id] if self.positions is not None else (None,) * 4
        return People(
            everyone=_set_aside(self.everyone, absent, at[0]),
            current=_set_aside(self.current, absent, at[1]),
            counted=_set_aside(self.counted, absent, at[2]),
            by_received=_set_aside(self.by_received, absent, at[3]),
            names=self.names,
            order=self.order,
            sectors=sectors,
            ticked=ticked,
            total_received=self.total_received - (took if is_current else 0),
            receiving=self.receiving - (1 if is_current and took > 0 else 0),
            given_counted=self.given_counted - (gave if is_counted else 0),
            received_counted=self.received_counted - (took if is_counted else 0),
        )


def _set_aside(
    people: tuple[Person, ...], absent: Person, at: int | None = None
) -> tuple[Person, ...]:
    """``people`` without ``absent``, who is at index ``at`` (-1: not there; None: unknown)."""
    if at is None:
        # Identity, not equality: comparing people field by field would cost more than the rest.
        return tuple(p for p in people if p is not absent)
    return people if at < 0 else people[:at] + people[at + 1 :]


@dataclass(frozen=True)
class Figures:
    """What the finding rules read, computed once by the analysis.

    Attributes:
        people: everyone on the map, in map order, with what the rules ask of them.
        safe_providers / other_providers: per help type, current people I receive it from who
            are (not) marked safe, in map order.
        received / given: Σ levels per person (every person).
        articulation_points: current people whose absence splits H, in map order.
        cut_off: for each of them, who would be cut off (see `StructureGraph.cut_off_without`).
        outside_largest: current people outside H's largest component.
        components / current_ties: of H.
        diversity: sector IQV of the current people.
    """

    people: People
    safe_providers: Mapping[HelpType, Sequence[Person]]
    other_providers: Mapping[HelpType, Sequence[Person]]
    received: Mapping[str, int]
    given: Mapping[str, int]
    articulation_points: Sequence[str]
    cut_off: Mapping[str, Sequence[str]]
    outside_largest: Sequence[str]
    components: int
    current_ties: int
    diversity: float


PERSONAL = frozenset(
    {
        FindingCode.ONE_SIDED_GIVING,
        FindingCode.ONE_SIDED_RECEIVING,
        FindingCode.UNSAFE_CLOSE,
        FindingCode.POTENTIAL,
    }
)
"""Codes whose finding about a person reads that person alone: it is the same on any map
they are on, which lets the what-if of every person share them."""


def derive_findings(figures: Figures, *, personal: bool = True) -> tuple[Finding, ...]:
    """All findings of DESIGN.md §4 for the given figures, sorted as the contract says.

    Args:
        figures: what the rules read.
        personal: False to leave out the findings of the `PERSONAL` codes.
    """
    found: list[Finding] = []
    found += _coverage_findings(figures)
    found += _balance_findings(figures, personal)
    found += _closeness_findings(figures, personal)
    found += _reach_findings(figures, personal)
    return tuple(sorted(found, key=sort_key(figures.people.order)))


def sort_key(order: Mapping[str, int]) -> Callable[[Finding], tuple[Any, ...]]:
    """The order of findings (DESIGN.md §4): severity (alert first), code in table order,
    their people compared as the sequence of their positions in map order, help type, barrier.

    Args:
        order: the position in map order of every person a finding may name.
    """
    return lambda f: (
        -f.severity.rank,
        _CODE_INDEX[f.code],
        tuple(order[i] for i in f.people),
        -1 if f.help_type is None else f.help_type.ordinal,
        -1 if f.barrier is None else f.barrier.ordinal,
    )


def _finding(
    code: FindingCode,
    severity: Severity,
    text: texts.Text,
    people: Sequence[Person] | Sequence[str] = (),
    help_type: HelpType | None = None,
    barrier: Barrier | None = None,
) -> Finding:
    ids = tuple(p if isinstance(p, str) else p.id for p in people)
    return Finding(
        code, severity, help_type, barrier, ids, text.title, text.detail, text.suggestion
    )


def _coverage_findings(figures: Figures) -> list[Finding]:
    found = []
    for help_type in HELP_TYPES:
        safe = figures.safe_providers[help_type]
        if not safe:
            severity = Severity.ALERT if help_type in _VITAL else Severity.WARNING
            found.append(_finding(FindingCode.GAP, severity, texts.gap(help_type), (), help_type))
            others = figures.other_providers[help_type]
            if others:
                text = texts.unsafe_only(help_type, [p.name for p in others])
                found.append(
                    _finding(FindingCode.UNSAFE_ONLY, Severity.WARNING, text, others, help_type)
                )
        elif len(safe) == 1:
            only = safe[0]
            severity = Severity.WARNING if help_type in _VITAL else Severity.NOTICE
            text = texts.single_source(help_type, only.name)
            found.append(_finding(FindingCode.SINGLE_SOURCE, severity, text, [only], help_type))
            if help_type is HelpType.CRISIS:
                text = texts.crisis_thin(only.name)
                found.append(_finding(FindingCode.CRISIS_THIN, Severity.ALERT, text, (), help_type))
    return found


def _balance_findings(figures: Figures, personal: bool) -> list[Finding]:
    found = []
    people = figures.people
    for person in people.counted if personal else ():
        flow = one_sided(figures.received[person.id], figures.given[person.id])
        if flow is Flow.GIVING:
            text = texts.one_sided_giving(person.name)
            found.append(_finding(FindingCode.ONE_SIDED_GIVING, Severity.NOTICE, text, [person]))
        elif flow is Flow.RECEIVING:
            text = texts.one_sided_receiving(person.name)
            found.append(_finding(FindingCode.ONE_SIDED_RECEIVING, Severity.INFO, text, [person]))
    total_received = people.total_received
    for person in people.by_received if people.receiving >= 2 else ():
        received = figures.received[person.id]
        if 2 * received < total_received:
            break
        text = texts.concentration(person.name, received / total_received)
        found.append(_finding(FindingCode.CONCENTRATION, Severity.WARNING, text, [person]))
    given_sum, received_sum = people.given_counted, people.received_counted
    if given_sum >= 2 * received_sum and given_sum >= 6:
        text = texts.giving_overall(given_sum, received_sum)
        found.append(_finding(FindingCode.GIVING_OVERALL, Severity.WARNING, text))
    return found


def _closeness_findings(figures: Figures, personal: bool) -> list[Finding]:
    found = []
    current, names = figures.people.current, figures.people.names
    for person in current if personal else ():
        if person.circle in (Circle.CLOSEST, Circle.CLOSE) and person.safety in (
            Safety.UNSAFE,
            Safety.DRAINING,
        ):
            text = texts.unsafe_close(person.name, person.safety)
            found.append(_finding(FindingCode.UNSAFE_CLOSE, Severity.WARNING, text, [person]))
    counts = figures.people.sectors
    if not counts.get(Sector.PROFESSIONAL, 0):
        found.append(
            _finding(FindingCode.NO_PROFESSIONAL, Severity.NOTICE, texts.no_professional())
        )
    for person_id in figures.articulation_points:
        cut_off = Relabelled(figures.cut_off[person_id], names)
        text = texts.bridge_person(names[person_id], cut_off)
        found.append(_finding(FindingCode.BRIDGE_PERSON, Severity.NOTICE, text, [person_id]))
    if figures.current_ties >= 1 and figures.components >= 2 and len(current) >= 3:
        outside = figures.outside_largest
        text = texts.isolated([names[i] for i in outside])
        found.append(_finding(FindingCode.ISOLATED, Severity.INFO, text, outside))
    if len(current) >= 4 and figures.diversity < LOW_DIVERSITY_BELOW:
        main_sector = max(Sector, key=lambda s: counts.get(s, 0))
        text = texts.low_diversity(main_sector)
        found.append(_finding(FindingCode.LOW_DIVERSITY, Severity.NOTICE, text))
    return found


def _reach_findings(figures: Figures, personal: bool) -> list[Finding]:
    found = []
    for person in figures.people.everyone if personal else ():
        if person.circle is Circle.COULD_REACH and person.safety in (Safety.SAFE, Safety.UNSURE):
            text = texts.potential(person.name, person.safety)
            found.append(_finding(FindingCode.POTENTIAL, Severity.INFO, text, [person]))
    for barrier in Barrier:
        ticked = figures.people.ticked[barrier]
        if len(ticked) >= 3:
            text = texts.barrier_pattern(barrier, [p.name for p in ticked])
            found.append(
                _finding(
                    FindingCode.BARRIER_PATTERN, Severity.NOTICE, text, ticked, barrier=barrier
                )
            )
    return found

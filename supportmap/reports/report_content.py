"""What the client report and the clinician report say, and in which order (DESIGN.md §9).

This module decides the content only: it turns a map, its snapshots and the audience into a
plain sequence of headings, paragraphs, tables, a boxed notice and the place of the map picture.
It knows nothing of pages, fonts or Qt, so the privacy rules can be tested on plain values and
any renderer (the PDF writer and the printer, `supportmap.gui.documents.pdf`) lays out the same
words.

Both reports open with the title, the date and the notice that SupportMap is not an emergency
service (VOICE.md 8: crisis is never a footnote, so it stands on the first page rather than at
the end), then the map. The client report then gives "What is there for you", the findings
with their small steps, "Since <last snapshot>" when there is one, and each person's next small
step. It never holds a session note, a person's ``notes``, anything of another map, or the
network-science words, which live only in the clinician's additions: the structural figures
with their definitions, the what-if ranking, a table of the snapshots, every session note
(private ones labelled) and each person's barriers and notes.

A map that is only beginning (nobody, one current person, or no help noted yet) gets the same
warm prompts as the Findings panel instead of a list of what it does not hold yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from supportmap.core import texts, texts_report
from supportmap.core.analysis import Analysis, analyze
from supportmap.core.change import Moment, compare
from supportmap.core.findings import Severity
from supportmap.core.i18n import _
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.core.whatif import ranking, what_if_all
from supportmap.reports import report_texts as words

SMALL_MAP = 1
"""Up to this many current people, the report gives a starting prompt instead of findings."""
NAMES_IN_A_CELL = 12
"""A table cell names this many people at most ("… and 40 others"), so a row fits a page."""


class Audience(StrEnum):
    """Who a report is for: ``client`` (the default) or ``clinician``."""

    CLIENT = "client"
    CLINICIAN = "clinician"


@dataclass(frozen=True)
class Heading:
    """A heading; ``level`` 1 is the report's title, 2 a section, 3 a group within a section
    and 4 one item (a finding, a person)."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``lead`` is a few words set in bold before it ("One small step:").

    ``with_next``: the paragraph belongs with the one after it (a finding's detail with its
    small step), so a page does not end between them.
    """

    text: str
    lead: str = ""
    muted: bool = False
    with_next: bool = False


@dataclass(frozen=True)
class Notice:
    """A boxed notice that must catch the eye (the crisis notice)."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Table:
    """Rows of cells under a header row; ``widths`` are the columns' shares of the width.

    A row is never split across pages, and the header is repeated on each page the table
    continues on.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class MapPicture:
    """The place of the map picture with its legend, drawn by the canvas code for paper."""

    caption: str = ""


@dataclass(frozen=True)
class ListItem:
    """One entry of a list, set after a bullet; ``lead`` is a few words in bold before it
    (a name before how to reach them). ``write_in``: a ruled blank follows the entry, to add
    by hand what is missing (someone's number)."""

    text: str
    lead: str = ""
    write_in: bool = False


@dataclass(frozen=True)
class WritingLines:
    """``count`` empty ruled lines, to be filled in by hand on paper."""

    count: int


Block = Heading | Paragraph | Notice | Table | MapPicture | ListItem | WritingLines


class PagedDocument(Protocol):
    """What the page layout needs of a document: a report or the safety plan."""

    @property
    def title(self) -> str: ...

    @property
    def date_text(self) -> str: ...

    @property
    def blocks(self) -> tuple[Block, ...]: ...


def blocks_text(blocks: Sequence[Block]) -> str:
    """Every word of ``blocks``, in order (for searching and tests)."""
    parts: list[str] = []
    for block in blocks:
        match block:
            case Heading(text):
                parts.append(text)
            case Paragraph(text, lead) | Notice(text, lead) | ListItem(text, lead, _):
                parts.append(f"{lead} {text}".strip())
            case Table(columns, rows):
                parts += [" | ".join(columns), *(" | ".join(row) for row in rows)]
            case MapPicture(caption):
                parts.append(caption)
    return "\n".join(parts)


@dataclass(frozen=True)
class Report:
    """One report: its title, the date it carries and its blocks in reading order."""

    audience: Audience
    title: str
    date: dt.date
    date_text: str
    blocks: tuple[Block, ...]

    def text(self) -> str:
        """Every word of the report, in order (for searching and tests)."""
        return blocks_text(self.blocks)


def build_report(
    support_map: SupportMap,
    snapshots: Sequence[Snapshot] = (),
    audience: Audience = Audience.CLIENT,
    date: dt.date | None = None,
    format_date: Callable[[dt.date], str] = dt.date.isoformat,
    date_text: str | None = None,
) -> Report:
    """The report of ``support_map`` for ``audience``.

    Args:
        support_map: the map as it is now (never a snapshot).
        snapshots: its snapshots, oldest first; the last one is "since", all of them fill
            the clinician's table.
        audience: client or clinician.
        date: the date the report carries; today if not given.
        format_date: how a date in a table or a note is written (the renderer passes the
            reader's locale); ISO 8601 if not given.
        date_text: the report's own date as written under the title and on every page;
            ``format_date(date)`` if not given.
    """
    date = date or dt.date.today()
    date_text = date_text or format_date(date)
    analysis = analyze(support_map)
    title = texts_report.report_title(support_map.title, support_map.focus_name)
    blocks: list[Block] = [
        Heading(title, 1),
        Paragraph(date_text, muted=True),
        Paragraph(
            _(words.CLIENT_SUBTITLE if audience is Audience.CLIENT else words.CLINICIAN_SUBTITLE),
            muted=True,
        ),
        Notice(_(texts.CRISIS_NOTICE)),
        Heading(_(words.MAP_HEADING)),
        MapPicture(_(words.MAP_CAPTION)),
    ]
    blocks += _what_the_map_shows(support_map, analysis)
    if snapshots:
        blocks += _since(support_map, snapshots[-1])
    blocks += _next_steps(support_map)
    if audience is Audience.CLINICIAN:
        blocks += _figures(support_map, analysis)
        blocks += _what_if(support_map, analysis)
        blocks += _snapshots(support_map, snapshots, analysis, format_date)
        blocks += _session_notes(support_map, format_date)
        blocks += _people(support_map)
    return Report(audience, title, date, date_text, tuple(blocks))


# --- the client's part ---------------------------------------------------------------------


def _what_the_map_shows(support_map: SupportMap, analysis: Analysis) -> list[Block]:
    current = list(support_map.current_people())
    if not support_map.people:
        return [Paragraph(_(texts_report.EMPTY_MAP_PROMPT))]
    if len(current) <= SMALL_MAP:
        return [Paragraph(_(texts_report.SMALL_MAP_PROMPT))]
    if not any(p.support.received or p.support.given for p in current):
        return [Paragraph(_(words.NOTE_HELP_PROMPT))]
    blocks: list[Block] = [Heading(_(words.STRENGTHS_HEADING))]
    providers = analysis.graph.safe_providers
    lines = [
        Paragraph(
            texts.join_names([p.name for p in providers[t]], limit=len(providers[t])),
            lead=words.strength_line(texts.capitalised(texts.help_words(t))),
        )
        for t in HELP_TYPES
        if providers[t]
    ]
    blocks += lines or [Paragraph(_(words.STRENGTHS_NONE))]
    blocks.append(Heading(_(words.FINDINGS_HEADING)))
    if not analysis.findings:
        return [*blocks, Paragraph(_(words.NOTHING_STANDS_OUT))]
    for severity in sorted(Severity, key=lambda s: -s.rank):
        found = [f for f in analysis.findings if f.severity is severity]
        if not found:
            continue
        blocks.append(Heading(texts_report.severity_heading(severity.value), 3))
        for finding in found:
            blocks += [
                Heading(finding.title, 4),
                Paragraph(finding.detail, with_next=True),
                Paragraph(finding.suggestion, lead=_(words.SMALL_STEP_LEAD)),
            ]
    return blocks


def _since(support_map: SupportMap, last: Snapshot) -> list[Block]:
    change = compare(last.map, support_map, Moment.of_snapshot(last), Moment.now())
    sentences = change.summary or (_(words.NOTHING_CHANGED),)
    return [Heading(words.since_heading(last.label)), *(Paragraph(s) for s in sentences)]


def _next_steps(support_map: SupportMap) -> list[Block]:
    if not support_map.people:
        return []
    steps = [
        Paragraph(person.next_step, lead=words.step_lead(person.name))
        for person in support_map.people.values()
        if person.next_step.strip()
    ]
    return [Heading(_(words.STEPS_HEADING)), *(steps or [Paragraph(_(words.STEPS_NONE))])]


# --- the clinician's additions -------------------------------------------------------------


def _number(value: float | None) -> str:
    return _(words.NOT_DEFINED) if value is None else f"{value:.2f}"


def _names(support_map: SupportMap, ids: Sequence[str]) -> str:
    names = [support_map.people[i].name for i in ids if i in support_map.people]
    return texts.join_names(names, limit=NAMES_IN_A_CELL) if names else _(words.NONE_VALUE)


def _figures(support_map: SupportMap, analysis: Analysis) -> list[Block]:
    coverage = ", ".join(f"{t.label} {analysis.coverage[t]}" for t in HELP_TYPES)
    structure, ego = analysis.structure, analysis.ego
    values = {
        "coverage": coverage,
        "resilience": str(analysis.resilience),
        "effective_supporters": f"{analysis.effective_supporters:.2f}",
        "density": f"{structure.density:.2f}",
        "components": str(structure.components),
        "isolates": _names(support_map, structure.isolates),
        "articulation_points": _names(support_map, structure.articulation_points),
        "effective_size": _number(ego.effective_size),
        "efficiency": _number(ego.efficiency),
        "constraint": _number(ego.constraint),
        "diversity": f"{analysis.diversity:.2f}",
    }
    rows = tuple(
        (_(words.FIGURE_NAMES[key]), value, _(words.FIGURE_DEFINITIONS[key]))
        for key, value in values.items()
    )
    columns = (_(words.FIGURE_COLUMN), _(words.VALUE_COLUMN), _(words.DEFINITION_COLUMN))
    return [
        Heading(_(words.FIGURES_HEADING)),
        Paragraph(_(words.FIGURES_INTRO), muted=True),
        Table(columns, rows, (0.24, 0.26, 0.5)),
    ]


def _what_if(support_map: SupportMap, analysis: Analysis) -> list[Block]:
    blocks: list[Block] = [Heading(_(words.WHAT_IF_HEADING))]
    ranked = ranking(what_if_all(support_map, analysis))
    if not ranked:
        return [*blocks, Paragraph(_(words.WHAT_IF_NOBODY))]
    rows = tuple(
        (
            str(place),
            support_map.people[w.person_id].name,
            ", ".join(t.label for t in w.lost_help_types) or "–",
            _names(support_map, w.cut_off) if w.cut_off else "–",
            f"{w.cost:.2f}",
        )
        for place, w in enumerate(ranked, start=1)
    )
    columns = (
        _(words.RANK_COLUMN),
        _(words.PERSON_COLUMN),
        _(words.LOSES_COLUMN),
        _(words.CUT_OFF_COLUMN),
        _(words.SCORE_COLUMN),
    )
    return [
        *blocks,
        Paragraph(_(words.WHAT_IF_INTRO), muted=True),
        Table(columns, rows, (0.06, 0.26, 0.3, 0.26, 0.12)),
    ]


def _snapshots(
    support_map: SupportMap,
    snapshots: Sequence[Snapshot],
    analysis: Analysis,
    format_date: Callable[[dt.date], str],
) -> list[Block]:
    blocks: list[Block] = [Heading(_(words.SNAPSHOTS_HEADING))]
    if not snapshots:
        return [*blocks, Paragraph(_(words.SNAPSHOTS_NONE))]

    def row(label: str, taken: str, moment: SupportMap, figures: Analysis) -> tuple[str, ...]:
        coverage = tuple(str(figures.coverage[t]) for t in HELP_TYPES)
        people = str(len(moment.people))
        return (
            label,
            taken,
            people,
            *coverage,
            str(figures.resilience),
            str(len(figures.findings)),
        )

    rows = [
        row(s.label, format_date(s.taken.astimezone(dt.UTC).date()), s.map, analyze(s.map))
        for s in snapshots
    ]
    rows.append(row(_(words.NOW_ROW), "", support_map, analysis))
    columns = (
        _(words.MOMENT_COLUMN),
        _(words.TAKEN_COLUMN),
        _(words.PEOPLE_COLUMN),
        *(t.label for t in HELP_TYPES),
        _(words.RESILIENCE_COLUMN),
        _(words.FINDINGS_COLUMN),
    )
    widths = (0.17, 0.15, 0.08, 0.09, 0.09, 0.1, 0.09, 0.07, 0.08, 0.08)
    return [*blocks, Table(columns, tuple(rows), widths)]


def _session_notes(support_map: SupportMap, format_date: Callable[[dt.date], str]) -> list[Block]:
    blocks: list[Block] = [Heading(_(words.NOTES_HEADING))]
    if not support_map.notes:
        return [*blocks, Paragraph(_(words.NOTES_NONE))]
    for note in sorted(support_map.notes, key=lambda n: n.date):
        lead = format_date(note.date)
        if note.private:
            lead = f"{lead} · {_(words.PRIVATE_LABEL)}"
        blocks.append(Paragraph(note.text, lead=lead + ":"))
    return blocks


def _people(support_map: SupportMap) -> list[Block]:
    blocks: list[Block] = [Heading(_(words.PEOPLE_HEADING))]
    if not support_map.people:
        return [*blocks, Paragraph(_(words.PEOPLE_NONE))]
    for person in support_map.people.values():
        barriers = "; ".join(b.label for b in person.sorted_barriers) or _(words.NO_BARRIERS)
        heading = words.person_heading(
            person.name, person.relationship, person.circle.label, person.safety.label
        )
        blocks += [
            Heading(heading, 4),
            Paragraph(barriers, lead=_(words.BARRIERS_LEAD), with_next=True),
            Paragraph(person.notes.strip() or _(words.NO_NOTES), lead=_(words.NOTES_LEAD)),
        ]
    return blocks

"""A readable plain-text report of what changed between two moments of a map.

It is what ``supportmap compare`` prints by default: the summary sentences first, then the
details of the comparison under plain headings, naming people rather than giving their ids.
Every name and label is printed with its control characters escaped, so a name holding a tab
or a line break stays on its line.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Sequence

from supportmap.core import texts, texts_change_report
from supportmap.core.change import Comparison, Moment
from supportmap.core.findings import Finding
from supportmap.core.i18n import _
from supportmap.core.printable import shown
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, level_label, strength_label

WIDTH = 78


def render_change_text(
    comparison: Comparison, before: SupportMap, after: SupportMap, *, files: bool = False
) -> str:
    """The report as lines of at most `WIDTH` characters (a long name may overrun), ending
    in a newline; a single sentence when nothing changed.

    Args:
        comparison: ``compare(before, after, ...)``.
        before / after: the two maps compared, for the names of the people.
        files: the moments are the current maps of two files (named by their titles), not
            snapshots or now.
    """
    first = _moment(comparison.before, files)
    second = _moment(comparison.after, files)
    if not changed(comparison):
        return texts_change_report.nothing_changed(first, second) + "\n"
    title = texts_change_report.report_title(first, second)
    lines = [*_wrap(title), "=" * min(len(title), WIDTH), ""]
    if comparison.coverage[HelpType.CRISIS][1] <= 1:
        lines += [*_wrap(_(texts.CRISIS_NOTICE)), ""]
    for sentence in comparison.summary:
        lines += [*_wrap(shown(sentence)), ""]
    new_name = _names(after)
    old_name = _names(before)
    sections: list[tuple[str, list[str]]] = [
        (texts_change_report.PEOPLE_ADDED, _people_added(comparison, after)),
        (
            texts_change_report.PEOPLE_REMOVED,
            [old_name(person_id) for person_id in comparison.people_removed],
        ),
        (
            texts_change_report.RENAMED,
            [
                texts_change_report.renamed_line(shown(c.before), shown(c.after))
                for c in comparison.renamed
            ],
        ),
        (
            texts_change_report.CIRCLE_CHANGED,
            [
                texts_change_report.circle_line(
                    new_name(c.id), c.before.label, c.after.label, c.closer
                )
                for c in comparison.circle_changed
            ],
        ),
        (
            texts_change_report.SECTOR_CHANGED,
            [
                texts_change_report.from_to_line(new_name(c.id), c.before.label, c.after.label)
                for c in comparison.sector_changed
            ],
        ),
        (
            texts_change_report.SAFETY_CHANGED,
            [
                texts_change_report.from_to_line(new_name(c.id), c.before.label, c.after.label)
                for c in comparison.safety_changed
            ],
        ),
        (texts_change_report.SUPPORT_CHANGED, _support(comparison, new_name)),
        (texts_change_report.TIES_CHANGED, _ties(comparison, old_name, new_name)),
    ]
    for heading, items in sections:
        if items:
            lines += _section(heading, [_wrap(item, "  * ", "    ") for item in items])
    lines += _section(texts_change_report.FIGURES, [_figures(comparison)])
    if comparison.findings_resolved:
        lines += _section(
            texts_change_report.FINDINGS_RESOLVED,
            [_wrap(shown(f.title), "  * ", "    ") for f in comparison.findings_resolved],
        )
    if comparison.findings_new:
        lines += _section(
            texts_change_report.FINDINGS_NEW,
            [_finding(f) for f in comparison.findings_new],
            apart=True,
        )
    lines.pop()
    return "\n".join(lines) + "\n"


def changed(comparison: Comparison) -> bool:
    """Whether the comparison reports any change at all, in a list or in a figure."""
    lists: Sequence[Sequence[object]] = (
        comparison.people_added,
        comparison.people_removed,
        comparison.renamed,
        comparison.circle_changed,
        comparison.sector_changed,
        comparison.safety_changed,
        comparison.support_changed,
        comparison.ties_added,
        comparison.ties_removed,
        comparison.ties_changed,
        comparison.findings_resolved,
        comparison.findings_new,
    )
    pairs = [*comparison.coverage.values(), comparison.resilience]
    return (
        any(lists)
        or any(was != now for was, now in pairs)
        or comparison.effective_supporters[0] != comparison.effective_supporters[1]
    )


def _moment(moment: Moment, files: bool) -> str:
    if files:
        return texts_change_report.file_moment(shown(moment.label))
    if moment.taken is None:
        return _(texts_change_report.NOW_WORD)
    day = moment.taken.astimezone(dt.UTC).strftime("%Y-%m-%d")
    return texts_change_report.snapshot_moment(shown(moment.label), day)


def _names(support_map: SupportMap) -> Callable[[str], str]:
    people = support_map.people

    def name(person_id: str) -> str:
        return shown(people[person_id].name)

    return name


def _people_added(comparison: Comparison, after: SupportMap) -> list[str]:
    lines = []
    for person_id in comparison.people_added:
        person = after.people[person_id]
        lines.append(
            texts_change_report.added_line(
                shown(person.name), person.circle.label, person.sector.label
            )
        )
    return lines


def _support(comparison: Comparison, name: Callable[[str], str]) -> list[str]:
    lines = []
    for change in comparison.support_changed:
        receive, give = change.receive, change.give
        if receive[0] != receive[1]:
            lines.append(
                texts_change_report.receive_line(
                    name(change.id),
                    change.help_type,
                    level_label(receive[0]),
                    level_label(receive[1]),
                )
            )
        if give[0] != give[1]:
            lines.append(
                texts_change_report.give_line(
                    name(change.id), change.help_type, level_label(give[0]), level_label(give[1])
                )
            )
    return lines


def _ties(
    comparison: Comparison, old_name: Callable[[str], str], new_name: Callable[[str], str]
) -> list[str]:
    lines = [
        texts_change_report.tie_added_line(new_name(a), new_name(b))
        for a, b in comparison.ties_added
    ]
    lines += [
        texts_change_report.tie_removed_line(old_name(a), old_name(b))
        for a, b in comparison.ties_removed
    ]
    for tie in comparison.ties_changed:
        a, b = new_name(tie.a), new_name(tie.b)
        if tie.strength[0] != tie.strength[1]:
            lines.append(
                texts_change_report.tie_strength_line(
                    a, b, strength_label(tie.strength[0]), strength_label(tie.strength[1])
                )
            )
        if tie.conflict[0] != tie.conflict[1]:
            lines.append(texts_change_report.tie_tension_line(a, b, tie.conflict[1]))
    return lines


def _figures(comparison: Comparison) -> list[str]:
    lines = [
        "  " + texts_change_report.coverage_line(t, *comparison.coverage[t]) for t in HELP_TYPES
    ]
    lines += _wrap(texts_change_report.resilience_line(*comparison.resilience), "  ", "    ")
    lines += _wrap(texts_change_report.spread_line(*comparison.effective_supporters), "  ", "    ")
    return lines


def _finding(finding: Finding) -> list[str]:
    return [
        *_wrap(shown(finding.title), "  * ", "    "),
        *_wrap(shown(finding.detail), "    ", "    "),
        *_wrap(shown(finding.suggestion), "    > ", "      "),
    ]


def _section(heading: str, blocks: list[list[str]], *, apart: bool = False) -> list[str]:
    """A heading, its blocks of lines (a blank line between them when ``apart``) and a blank
    line after them."""
    lines = [texts_change_report.heading(heading), ""]
    for block in blocks:
        lines += [*block, ""] if apart else block
    return lines if apart else [*lines, ""]


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    if not text:
        return []
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]

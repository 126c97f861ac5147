"""A readable plain-text report of an analysis, for a person reading it in a terminal.

Findings are grouped by severity under plain headings, each with its title, detail and
suggestion; the key figures are given in words; the what-if section names the people whose
absence would matter most. All wording comes from `supportmap.core.texts`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from supportmap.core import texts, texts_report
from supportmap.core.analysis import Analysis
from supportmap.core.findings import Severity
from supportmap.core.i18n import _
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Sector
from supportmap.core.whatif import WhatIf, ranking

WIDTH = 78
WHAT_IF_SHOWN = 5
SMALL_MAP = 1
"""Up to this many people in circles 1–3, the report is a starting prompt, not findings."""


def render_text(
    support_map: SupportMap, analysis: Analysis, what_ifs: Mapping[str, WhatIf] | None = None
) -> str:
    """The report as text lines of at most `WIDTH` characters, ending in a newline.

    Args:
        support_map: the map that was analysed (for names and counts).
        analysis: ``analyze(support_map)``.
        what_ifs: ``what_if_all(support_map, analysis)`` to include the what-if section.
    """
    title = texts_report.report_title(support_map.title, support_map.focus_name)
    lines = [title, "=" * min(len(title), WIDTH), ""]
    if analysis.coverage[HelpType.CRISIS] <= 1:
        lines += [*_wrap(_(texts.CRISIS_NOTICE)), ""]
    if not support_map.people:
        lines += _wrap(_(texts_report.EMPTY_MAP_PROMPT))
        return "\n".join(lines) + "\n"
    if sum(1 for _person in support_map.current_people()) <= SMALL_MAP:
        # A map just begun gets a warm start, not a list of everything it does not hold yet.
        lines += [*_wrap(_(texts_report.SMALL_MAP_PROMPT)), "", *_figures(support_map, analysis)]
        return "\n".join(lines) + "\n"
    lines += _figures(support_map, analysis)
    for severity in sorted(Severity, key=lambda s: -s.rank):
        found = [f for f in analysis.findings if f.severity is severity]
        if not found:
            continue
        lines += ["", texts_report.severity_heading(severity.value), ""]
        for finding in found:
            lines += _wrap(finding.title, "  * ", "    ")
            lines += _wrap(finding.detail, "    ", "    ")
            lines += _wrap(finding.suggestion, "    > ", "      ")
            lines.append("")
        lines.pop()
    if what_ifs is not None:
        lines += ["", _(texts_report.WHAT_IF_HEADING), ""]
        lines += _what_if(support_map, what_ifs)
    return "\n".join(lines) + "\n"


def _figures(support_map: SupportMap, analysis: Analysis) -> list[str]:
    current = list(support_map.current_people())
    potential = len(support_map.people) - len(current)
    lines = [
        _(texts_report.AT_A_GLANCE),
        "",
        "  " + texts_report.people_line(len(current), potential),
    ]
    lines += ["  " + texts_report.coverage_line(t, analysis.coverage[t]) for t in HELP_TYPES]
    lines += _wrap(texts_report.spread_line(analysis.effective_supporters), "  ", "  ")
    n = len(current)
    pairs = n * (n - 1) // 2
    tied = round(analysis.structure.density * pairs)
    lines += _wrap(
        texts_report.knowing_line(tied, pairs, analysis.structure.components), "  ", "  "
    )
    sectors = {p.sector for p in current}
    labels = [s.label for s in Sector if s in sectors]
    lines += _wrap(texts_report.areas_line(labels), "  ", "  ")
    return lines


def _what_if(support_map: SupportMap, what_ifs: Mapping[str, WhatIf]) -> list[str]:
    names = {p.id: p.name for p in support_map.people.values()}
    mattering = [w for w in ranking(what_ifs) if w.lost_help_types or w.cut_off]
    if not mattering:
        return _wrap(_(texts_report.NOTHING_HANGS))
    lines: list[str] = []
    for what_if in mattering[:WHAT_IF_SHOWN]:
        line = texts_report.what_if_line(
            names[what_if.person_id],
            what_if.lost_help_types,
            [names[i] for i in what_if.cut_off],
        )
        lines += _wrap(line, "  * ", "    ")
    return lines


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    if not text:
        return []
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]

"""Each chart said in words, for screen readers and anyone who prefers text to a picture.

A chart on screen is a picture that assistive technology cannot read; the charts dock gives
each one an accessible description built here from the same plan the chart is drawn from, so
the words and the bars can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportmap.core.i18n import _
from supportmap.core.vocabulary import HELP_TYPES, Safety, Sector
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan
from supportmap.reports.chart_data import HistoryAxis
from supportmap.reports.style import SAFETY_ORDER


def describe_coverage(plan: Plan) -> str:
    if plan.structure is None:
        return _(texts.COVERAGE_EMPTY)
    layers: Sequence[Sequence[int]] = plan.values
    safe_row = layers[SAFETY_ORDER.index(Safety.SAFE)]
    parts = [
        texts.coverage_summary(help_type.label, sum(layer[row] for layer in layers), safe_row[row])
        for row, help_type in enumerate(HELP_TYPES)
    ]
    return " ".join([texts.summary_title(_(texts.COVERAGE_TITLE)), *parts])


def describe_balance(plan: Plan) -> str:
    if plan.structure is None:
        return _(texts.BALANCE_EMPTY)
    rows = plan.values
    names = [*rows.personal, *rows.professional]
    parts = [
        texts.balance_summary(name, given, received)
        for name, (given, received) in zip(names, rows.amounts, strict=True)
    ]
    return " ".join([texts.summary_title(_(texts.BALANCE_TITLE)), *parts])


def describe_sectors(plan: Plan) -> str:
    if plan.structure is None:
        return _(texts.SECTOR_EMPTY)
    *layers, potential = plan.values
    parts = []
    for row, sector in enumerate(Sector):
        current = sum(layer[row] for layer in layers)
        if current or potential[row]:
            parts.append(texts.sector_summary(sector.label, current, potential[row]))
    return " ".join([texts.summary_title(_(texts.SECTOR_TITLE)), *parts])


def describe_history(plan: Plan) -> str:
    if not isinstance(plan.structure, HistoryAxis):
        return _(texts.HISTORY_EMPTY)
    labels = plan.structure.labels
    parts = [
        texts.history_summary(help_type.label, list(zip(labels, series, strict=True)))
        for help_type, series in zip(HELP_TYPES, plan.values, strict=True)
    ]
    return " ".join([texts.summary_title(_(texts.HISTORY_TITLE)), *parts])

"""Each chart said in words, for screen readers and anyone who prefers text to a picture.

A chart on screen is a picture that assistive technology cannot read; the charts dock gives
each one an accessible description built here from the same plan the chart is drawn from, so
the words and the bars can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from supportmap.core.vocabulary import HELP_TYPES, Safety, Sector
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan
from supportmap.reports.style import SAFETY_ORDER


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def describe_coverage(plan: Plan) -> str:
    if plan.structure is None:
        return texts.COVERAGE_EMPTY
    layers: Sequence[Sequence[int]] = plan.values
    safe_row = layers[SAFETY_ORDER.index(Safety.SAFE)]
    parts = []
    for row, help_type in enumerate(HELP_TYPES):
        total = sum(layer[row] for layer in layers)
        if total:
            parts.append(f"{help_type.label}: {_people(total)}, {safe_row[row]} of them safe.")
        else:
            parts.append(f"{help_type.label}: {texts.COVERAGE_NONE_YET}.")
    return " ".join([texts.COVERAGE_TITLE + ".", *parts])


def describe_balance(plan: Plan) -> str:
    if plan.structure is None:
        return texts.BALANCE_EMPTY
    rows = plan.values
    names = [*rows.personal, *rows.professional]
    parts = [
        f"{name}: you give {given}, you receive {received}."
        for name, (given, received) in zip(names, rows.amounts, strict=True)
    ]
    return " ".join([texts.BALANCE_TITLE + ".", *parts])


def describe_sectors(plan: Plan) -> str:
    if plan.structure is None:
        return texts.SECTOR_EMPTY
    *layers, potential = plan.values
    parts = []
    for row, sector in enumerate(Sector):
        current = sum(layer[row] for layer in layers)
        if current or potential[row]:
            extra = f", {potential[row]} more you could reach out to" if potential[row] else ""
            parts.append(f"{sector.label}: {_people(current)}{extra}.")
    return " ".join([texts.SECTOR_TITLE + ".", *parts])


def describe_history(plan: Plan) -> str:
    if plan.structure is None:
        return texts.HISTORY_EMPTY
    labels: Sequence[str] = plan.structure  # type: ignore[assignment]
    parts = [
        f"{help_type.label} — "
        + "; ".join(f"{label}: {value}" for label, value in zip(labels, series, strict=True))
        + "."
        for help_type, series in zip(HELP_TYPES, plan.values, strict=True)
    ]
    return " ".join([texts.HISTORY_TITLE + ".", *parts])

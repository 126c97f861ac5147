"""Change across snapshots: safe support per help type, from the first snapshot to now.

A therapist comparing sessions wants to see at a glance whether, say, crisis support went from
nobody to someone. One line per help type, told apart by marker shape as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports.chart_data import history
from supportmap.reports.style import HELP_COLOURS, HELP_MARKERS, ChartStyle

SPREAD = 0.035
"""Vertical nudge between lines with equal values, so none hides another. Far below 1 person."""

LABEL_MAX = 16


def draw_history(
    figure: Figure,
    support_map: SupportMap | None,
    snapshots: Sequence[Snapshot],
    style: ChartStyle,
) -> None:
    """Draw safe coverage per help type for each snapshot, then for the map as it is now."""
    if not snapshots:
        _axes.message(figure, texts.HISTORY_TITLE, texts.HISTORY_EMPTY, style)
        return
    points = history(snapshots, support_map, texts.HISTORY_NOW)
    _axes.title(figure, texts.HISTORY_TITLE, style)
    axes = figure.subplots()
    _axes.style_axes(axes, style, grid_axis="y")
    xs = list(range(len(points)))
    top = 1
    middle = (len(HELP_TYPES) - 1) / 2
    for i, help_type in enumerate(HELP_TYPES):
        values = [p.coverage[help_type] for p in points]
        top = max(top, *values)
        axes.plot(
            xs,
            [v + (i - middle) * SPREAD for v in values],
            color=HELP_COLOURS[help_type],
            marker=HELP_MARKERS[help_type],
            markersize=7,
            markeredgecolor=style.edge,
            markeredgewidth=0.6,
            linewidth=2.0,
            label=help_type.label,
        )
    labels = [_axes.short_name(p.label)[:LABEL_MAX] for p in points]
    axes.set_xticks(
        xs,
        labels,
        rotation=30 if len(points) > 4 else 0,
        ha="right" if len(points) > 4 else "center",
    )
    axes.set_xlim(-0.4, len(points) - 0.6)
    axes.set_ylim(-0.4, top + 0.6)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(texts.HISTORY_AXIS, fontsize=_axes.LABEL_SIZE)
    _axes.legend(figure, axes.get_lines(), style, 5)

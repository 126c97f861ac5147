"""Change across snapshots: safe support per help type, from the first snapshot to now.

A therapist comparing sessions wants to see at a glance whether, say, crisis support went from
nobody to someone. One line per help type, told apart by marker shape as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from supportmap.core.i18n import _
from supportmap.core.palette import HELP_COLOURS
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan, Refresh
from supportmap.reports.chart_data import history
from supportmap.reports.style import HELP_MARKERS, ChartStyle

SPREAD = 0.08
"""Vertical nudge between lines that meet at the same value, so none hides another."""

LABEL_MAX = 16


def plan_history(support_map: SupportMap | None, snapshots: Sequence[Snapshot]) -> Plan:
    """Structure: the moments on the x axis. Values: safe coverage per help type at each."""
    if not snapshots:
        return Plan(None, ())
    points = history(snapshots, support_map, _(texts.HISTORY_NOW))
    labels = tuple(_axes.short_name(p.label)[:LABEL_MAX] for p in points)
    series = tuple(tuple(p.coverage[t] for p in points) for t in HELP_TYPES)
    return Plan(labels, series)


def draw_history(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Draw one line per help type across the snapshots; returns its in-place updater."""
    labels = plan.structure
    if not isinstance(labels, tuple):
        _axes.message(figure, _(texts.HISTORY_TITLE), _(texts.HISTORY_EMPTY), style)
        return _axes.unchanged
    _axes.title(figure, _(texts.HISTORY_TITLE), style)
    axes = figure.subplots()
    _axes.style_axes(axes, style, grid_axis="y")
    xs = list(range(len(labels)))
    lines = [
        axes.plot(
            xs,
            [0.0] * len(xs),
            color=HELP_COLOURS[help_type],
            marker=HELP_MARKERS[help_type],
            markersize=7,
            markeredgecolor=style.edge,
            markeredgewidth=0.6,
            linewidth=2.0,
            label=help_type.label,
        )[0]
        for help_type in HELP_TYPES
    ]
    tilted = len(labels) > 4
    axes.set_xticks(xs, labels, rotation=30 if tilted else 0, ha="right" if tilted else "center")
    axes.set_xlim(-0.4, len(labels) - 0.6)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(_(texts.HISTORY_AXIS), fontsize=_axes.LABEL_SIZE)
    _axes.legend(figure, lines, style, 5)

    def refresh(series: Sequence[Sequence[int]]) -> None:
        for line, ys in zip(lines, _nudged(series), strict=True):
            line.set_ydata(ys)
        top = max(1, *(max(values) for values in series))
        axes.set_ylim(-0.4, top + 0.6)

    refresh(plan.values)
    return refresh


def _nudged(series: Sequence[Sequence[int]]) -> list[list[float]]:
    """Spread lines apart a little only where several share a value, centred on that value."""
    nudged = [[float(v) for v in values] for values in series]
    for x in range(len(series[0]) if series else 0):
        groups: dict[int, list[int]] = {}
        for line, values in enumerate(series):
            groups.setdefault(values[x], []).append(line)
        for value, lines in groups.items():
            middle = (len(lines) - 1) / 2
            for rank, line in enumerate(lines):
                nudged[line][x] = value + (rank - middle) * SPREAD
    return nudged

"""Change across snapshots: safe support per help type, from the first snapshot to now.

A therapist comparing sessions wants to see at a glance whether, say, crisis support went from
nobody to someone. One line per help type, told apart by colour, marker shape, marker size and
line style. Lines that share a value lie on it exactly: the first types are drawn underneath
with larger markers and the later ones on top with smaller, so every point still shows.

Each snapshot is marked where it stands: a faint upright line through the plot and a small
triangle on its top edge, with the day it was kept above it (the axis below names it), so the
snapshots read as moments and "Now" as the map at present. With many snapshots only some days
are written, evenly spread and always the latest, so they never run into each other.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from supportmap.core.i18n import _
from supportmap.core.palette import help_colours
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan, Refresh
from supportmap.reports.chart_data import HistoryAxis, history
from supportmap.reports.style import HELP_MARKERS, ChartStyle

LABEL_MAX = 16

LINE_STYLES = ("-", (0, (6, 2)), (0, (2, 1.5)), (0, (8, 2, 2, 2)), (0, (1, 1.2)))
"""Solid, dashed, dotted, dash-dot and fine dots: on lines that overlap, the gaps in the upper
line show the one beneath."""
MARKER_SIZES = (13.0, 11.0, 9.0, 7.5, 6.5)
LINE_WIDTHS = (4.0, 3.4, 2.8, 2.4, 2.2)
DAYS_WRITTEN = 6
AXIS_LABEL_WIDTH = 22
"""Characters per line of the upright axis label."""
"""At most this many snapshot days are written above the plot."""


def snapshot_days(days: Sequence[str]) -> tuple[str, ...]:
    """The days written above the snapshots: all when few, else evenly spread, the last kept."""
    if len(days) <= DAYS_WRITTEN:
        return tuple(days)
    step = math.ceil(len(days) / DAYS_WRITTEN)
    last = len(days) - 1
    return tuple(day if (last - index) % step == 0 else "" for index, day in enumerate(days))


def plan_history(support_map: SupportMap | None, snapshots: Sequence[Snapshot]) -> Plan:
    """Structure: the moments on the x axis. Values: safe coverage per help type at each."""
    if not snapshots:
        return Plan(None, ())
    points = history(snapshots, support_map, _(texts.HISTORY_NOW))
    labels = tuple(_axes.short_name(p.label)[:LABEL_MAX] for p in points)
    kept = [(i, p.taken) for i, p in enumerate(points) if p.taken is not None]
    written = snapshot_days([taken.astimezone().date().isoformat() for _i, taken in kept])
    days = tuple((i, day) for (i, _taken), day in zip(kept, written, strict=True))
    series = tuple(tuple(p.coverage[t] for p in points) for t in HELP_TYPES)
    return Plan(HistoryAxis(labels, days), series)


def draw_history(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Draw one line per help type across the snapshots; returns its in-place updater."""
    axis = plan.structure
    if not isinstance(axis, HistoryAxis):
        _axes.message(figure, _(texts.HISTORY_TITLE), _(texts.HISTORY_EMPTY), style)
        return _axes.unchanged
    _axes.title(figure, _(texts.HISTORY_TITLE), style)
    axes = figure.subplots()
    _axes.style_axes(axes, style, grid_axis="y")
    labels = axis.labels
    xs = list(range(len(labels)))
    _mark_snapshots(axes, axis, style)
    colours = help_colours(style.dark)
    lines = [
        axes.plot(
            xs,
            [0.0] * len(xs),
            color=colours[help_type],
            marker=HELP_MARKERS[help_type],
            markersize=MARKER_SIZES[index],
            markeredgecolor=style.background,
            markeredgewidth=1.0,
            linewidth=LINE_WIDTHS[index],
            linestyle=LINE_STYLES[index],
            label=help_type.label,
            zorder=2 + index,
        )[0]
        for index, help_type in enumerate(HELP_TYPES)
    ]
    tilted = len(labels) > 4
    axes.set_xticks(xs, labels, rotation=30 if tilted else 0, ha="right" if tilted else "center")
    axes.set_xlim(-0.4, len(labels) - 0.6)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    # Two short lines: the snapshots' days above the plot leave it too short for one long one.
    axis_label = "\n".join(textwrap.wrap(_(texts.HISTORY_AXIS), AXIS_LABEL_WIDTH))
    axes.set_ylabel(axis_label, fontsize=_axes.LABEL_SIZE)
    _axes.legend(figure, lines, style, 5)

    def refresh(series: Sequence[Sequence[int]]) -> None:
        for line, ys in zip(lines, series, strict=True):
            line.set_ydata([float(y) for y in ys])
        top = max(1, *(max(values) for values in series))
        axes.set_ylim(-0.4, top + 0.6)

    refresh(plan.values)
    return refresh


def _mark_snapshots(axes: Axes, axis: HistoryAxis, style: ChartStyle) -> None:
    """A faint line through the plot and a triangle on its top edge at each snapshot.

    Drawn as collections, so the plot's lines stay exactly the help types' series.
    """
    on_top = axes.get_xaxis_transform()  # x in data, y from 0 (bottom) to 1 (top)
    xs = [x for x, _day in axis.days]
    axes.vlines(
        xs, 0.0, 1.0, transform=on_top, colors=style.muted, linewidth=0.9, linestyles=(0, (2, 3))
    )
    axes.scatter(
        xs, [1.0] * len(xs), transform=on_top, marker="v", s=45, color=style.muted, clip_on=False
    )
    for x, day in axis.days:
        if day:
            axes.annotate(
                day,
                (x, 1.0),
                xycoords=on_top,
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=_axes.NOTE_SIZE,
                color=style.muted,
                annotation_clip=False,
            )

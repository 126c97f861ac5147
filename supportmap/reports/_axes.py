"""Shared drawing helpers for the charts: styled axes, friendly messages, safety legends.

Only the object-oriented matplotlib API is used (`Figure`, `Axes`), never pyplot: pyplot keeps
global state and picks a GUI backend, which an embedded, long-running app must not do.
"""

from __future__ import annotations

import textwrap
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.patches import Patch

from supportmap.core.palette import SAFETY_COLOURS
from supportmap.core.vocabulary import Safety
from supportmap.reports.style import SAFETY_HATCHES, SAFETY_ORDER, ChartStyle

Refresh = Callable[[Any], None]
"""Puts new values into a drawn chart without rebuilding it (the structure is unchanged)."""


@dataclass(frozen=True)
class Plan:
    """What one chart will show: its structure and its values.

    The structure (rows, panels, labels, notes; None for the friendly empty message) decides
    the layout. While it stays the same, an edit only changes values, and the drawn chart is
    updated in place, which is several times faster than building and laying it out again.
    """

    structure: Hashable
    values: Any


def unchanged(_values: Any) -> None:
    """The updater of a chart that has no values to update (a message)."""


FIGURE_SIZE = (7.2, 4.6)
"""Inches; at the default 100 dpi a chart fills a dock comfortably and saves at print size."""

TITLE_SIZE = 13.0
LABEL_SIZE = 10.0
NOTE_SIZE = 9.0
NAME_MAX = 22
BAR_HEIGHT = 0.62


def new_figure(style: ChartStyle, size: tuple[float, float] = FIGURE_SIZE) -> Figure:
    """A blank figure in the given scheme, laid out with constrained layout."""
    figure = Figure(figsize=size, layout="constrained")
    reset_figure(figure, style)
    return figure


def reset_figure(figure: Figure, style: ChartStyle) -> None:
    """Empty a figure for redrawing, keeping its size and the canvas it is attached to."""
    figure.clear()
    figure.set_facecolor(style.background)
    use_layout(figure)


def use_layout(figure: Figure) -> None:
    """Lay the figure out (constrained layout) on its next draw."""
    figure.set_layout_engine(_FittingLayout(h_pad=0.08, w_pad=0.1))


class _FittingLayout(ConstrainedLayoutEngine):
    """Constrained layout that first gives each legend as many columns as fit the figure.

    matplotlib never wraps a legend: in a narrow dock a one-row legend is cut at both sides.
    Before the axes are placed, every legend made by `legend` is laid out again with the most
    columns (up to the number asked for) that fit the figure's width, so it wraps into rows.
    """

    def execute(self, fig: Figure) -> None:  # matplotlib override
        for drawn in list(fig.legends):
            spec = _LEGENDS.get(drawn)
            if spec is not None:
                _fit_columns(fig, drawn, spec)
        super().execute(fig)


def title(figure: Figure, text: str, style: ChartStyle) -> None:
    figure.suptitle(text, fontsize=TITLE_SIZE, color=style.text, fontweight="bold", wrap=True)


def style_axes(axes: Axes, style: ChartStyle, *, grid_axis: Literal["x", "y"] = "x") -> None:
    """Quiet axes: light grid behind the data, no box, readable tick labels."""
    axes.set_facecolor(style.background)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(style.muted)
    axes.tick_params(colors=style.muted, labelcolor=style.text, labelsize=LABEL_SIZE)
    axes.grid(axis=grid_axis, color=style.grid, linewidth=0.8)
    axes.set_axisbelow(True)
    axes.xaxis.label.set_color(style.text)
    axes.yaxis.label.set_color(style.text)


def message(figure: Figure, heading: str, text: str, style: ChartStyle) -> None:
    """Draw a warm message instead of a chart, for maps that have nothing to show yet."""
    title(figure, heading, style)
    wrapped = "\n".join(textwrap.wrap(text, width=58))
    figure.text(
        0.5,
        0.5,
        wrapped,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE + 1,
        color=style.muted,
        linespacing=1.6,
    )


def safety_patch(safety: Safety, style: ChartStyle) -> dict[str, object]:
    """Bar keyword arguments that draw one safety value: its colour and its hatch."""
    return {
        "color": SAFETY_COLOURS[safety],
        "hatch": SAFETY_HATCHES[safety],
        "edgecolor": style.edge,
        "linewidth": 0.6,
    }


def safety_handles(style: ChartStyle) -> list[Patch]:
    """Legend entries of the safety styles (colour and hatch side by side)."""
    return [
        Patch(
            facecolor=SAFETY_COLOURS[s],
            hatch=SAFETY_HATCHES[s],
            edgecolor=style.edge,
            linewidth=0.6,
            label=s.label,
        )
        for s in SAFETY_ORDER
    ]


@dataclass(frozen=True)
class _LegendSpec:
    handles: tuple[Artist, ...]
    style: ChartStyle
    most_columns: int
    columns: int
    note: str | None


_LEGENDS: weakref.WeakKeyDictionary[Legend, _LegendSpec] = weakref.WeakKeyDictionary()
"""How each legend of `legend` was asked for, so that `_FittingLayout` can wrap it."""

LEGEND_PLACE: Final = "outside lower center"
LEGEND_SIDE_ROOM = 0.96
"""The share of the figure's width a legend may take."""


def legend(
    figure: Figure,
    handles: Sequence[Artist],
    style: ChartStyle,
    ncols: int,
    note: str | None = None,
) -> Legend:
    """The legend under the chart; ``note`` is a small explanation shown above its entries.

    ``ncols`` is the most columns it has; on a figure too narrow for them it wraps into more
    rows when laid out (`use_layout`), so no entry is ever cut off.
    """
    spec = _LegendSpec(tuple(handles), style, ncols, ncols, note)
    return _draw_legend(figure, spec)


def _draw_legend(figure: Figure, spec: _LegendSpec) -> Legend:
    drawn = figure.legend(
        handles=list(spec.handles),
        loc=LEGEND_PLACE,
        ncols=spec.columns,
        frameon=False,
        fontsize=NOTE_SIZE + 0.5,
        handlelength=2.2,
        handleheight=1.2,
        title=spec.note,
        title_fontsize=NOTE_SIZE,
    )
    _colour_legend(drawn, spec.style)
    _LEGENDS[drawn] = spec
    return drawn


def _colour_legend(drawn: Legend, style: ChartStyle) -> None:
    for text in drawn.get_texts():
        text.set_color(style.text)
    drawn.get_title().set_color(style.muted)


def _fit_columns(figure: Figure, drawn: Legend, spec: _LegendSpec) -> None:
    """Lay ``drawn`` out again with the most columns that fit the figure.

    The legend is changed in place: the figure has already listed what it draws when its
    layout runs, so a new legend would only show at the next draw.
    """
    room = figure.bbox.width * LEGEND_SIDE_ROOM
    for columns in range(spec.most_columns, 0, -1):
        if columns != spec.columns:
            spec = _LegendSpec(spec.handles, spec.style, spec.most_columns, columns, spec.note)
            _set_columns(drawn, spec)
        if columns == 1 or drawn.get_window_extent().width <= room:
            break
    _LEGENDS[drawn] = spec


def _set_columns(drawn: Legend, spec: _LegendSpec) -> None:
    title_font = drawn.get_title().get_fontproperties()
    drawn.set_ncols(spec.columns)
    # matplotlib has no public way to lay out a legend's entries again after a change of
    # columns; this rebuilds them from the same handles, as the constructor does.
    drawn._init_legend_box(  # type: ignore[attr-defined]
        list(spec.handles), [h.get_label() for h in spec.handles], markerfirst=True
    )
    drawn.set_loc(LEGEND_PLACE)
    drawn.set_title(spec.note or "", prop=title_font)
    _colour_legend(drawn, spec.style)


def stacked_segment(
    axes: Axes,
    rows: Sequence[int],
    widths: Sequence[int],
    left: Sequence[int],
    look: dict[str, object],
) -> None:
    """One layer of a horizontal stacked bar; zero-width pieces are skipped (no stray edges)."""
    kept = [(r, w, x) for r, w, x in zip(rows, widths, left, strict=True) if w > 0]
    if kept:
        ys, ws, xs = zip(*kept, strict=True)
        axes.barh(ys, ws, left=xs, height=BAR_HEIGHT, **look)  # type: ignore[arg-type]


def short_name(name: str) -> str:
    """A name short enough for an axis label; the full name is on the map itself."""
    name = " ".join(name.split())
    return name if len(name) <= NAME_MAX else name[: NAME_MAX - 1].rstrip() + "…"

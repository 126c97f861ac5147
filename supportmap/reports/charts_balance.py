"""Give vs receive per person: diverging bars, professionals in a panel of their own.

Giving goes to the left and receiving to the right of a shared zero line, so a one-sided
relationship shows as a bar on one side only. Professionals are drawn apart because their help
is paid and nobody expects a client to give back (DESIGN §4 leaves them out of every balance).
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from supportmap.core.supportmap import SupportMap
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports.chart_data import Flow, flows
from supportmap.reports.style import (
    GIVE_COLOUR,
    GIVE_HATCH,
    RECEIVE_COLOUR,
    RECEIVE_HATCH,
    ChartStyle,
)

MAX_PEOPLE = 15
"""More bars than this stop being readable in a dock; the busiest relationships are kept."""


def draw_balance(figure: Figure, support_map: SupportMap | None, style: ChartStyle) -> None:
    """Draw the give/receive chart of ``support_map`` into an emptied ``figure``."""
    everyone = flows(support_map) if support_map is not None else []
    if not everyone:
        _axes.message(figure, texts.BALANCE_TITLE, texts.BALANCE_EMPTY, style)
        return
    shown = _busiest(everyone)
    personal = [f for f in shown if not f.professional]
    professional = [f for f in shown if f.professional]
    _axes.title(figure, texts.BALANCE_TITLE, style)
    limit = max(3, *(max(f.received, f.given) for f in shown)) + 1
    groups = [
        (group, heading)
        for group, heading in (
            (personal, None),
            (professional, texts.BALANCE_PROFESSIONALS),
        )
        if group
    ]
    axes_list = figure.subplots(
        len(groups),
        1,
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": [len(g) + 1.2 for g, _ in groups]},
    )[:, 0]
    for axes, (group, heading) in zip(axes_list, groups, strict=True):
        _draw_group(axes, group, limit, style, heading, small=len(shown) > 10)
    axes_list[0].text(
        0.02,
        1.01,
        "◀ " + texts.BALANCE_GIVE,
        transform=axes_list[0].transAxes,
        ha="left",
        va="bottom",
        fontsize=_axes.LABEL_SIZE,
        color=style.text,
        fontweight="bold",
    )
    axes_list[0].text(
        0.98,
        1.01,
        texts.BALANCE_RECEIVE + " ▶",
        transform=axes_list[0].transAxes,
        ha="right",
        va="bottom",
        fontsize=_axes.LABEL_SIZE,
        color=style.text,
        fontweight="bold",
    )
    axes_list[-1].set_xlabel(texts.BALANCE_AXIS, fontsize=_axes.LABEL_SIZE)
    axes_list[-1].xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    axes_list[-1].xaxis.set_major_locator(MaxNLocator(integer=True, symmetric=True))
    more = texts.balance_more(len(shown), len(everyone)) if len(shown) < len(everyone) else None
    handles = [
        Patch(
            facecolor=GIVE_COLOUR, hatch=GIVE_HATCH, edgecolor=style.edge, label=texts.BALANCE_GIVE
        ),
        Patch(
            facecolor=RECEIVE_COLOUR,
            hatch=RECEIVE_HATCH,
            edgecolor=style.edge,
            label=texts.BALANCE_RECEIVE,
        ),
    ]
    _axes.legend(figure, handles, style, 2, more)


def _busiest(everyone: list[Flow]) -> list[Flow]:
    """At most MAX_PEOPLE flows, the busiest ones, keeping the given (most-giving-first) order."""
    if len(everyone) <= MAX_PEOPLE:
        return everyone
    keep = sorted(everyone, key=lambda f: -(f.received + f.given))[:MAX_PEOPLE]
    chosen = {f.person_id for f in keep}
    return [f for f in everyone if f.person_id in chosen]


def _draw_group(
    axes: Axes,
    group: list[Flow],
    limit: int,
    style: ChartStyle,
    heading: str | None,
    *,
    small: bool,
) -> None:
    _axes.style_axes(axes, style)
    rows = list(range(len(group)))
    axes.barh(
        rows,
        [-f.given for f in group],
        color=GIVE_COLOUR,
        hatch=GIVE_HATCH,
        edgecolor=style.edge,
        linewidth=0.6,
        height=0.62,
    )
    axes.barh(
        rows,
        [f.received for f in group],
        color=RECEIVE_COLOUR,
        hatch=RECEIVE_HATCH,
        edgecolor=style.edge,
        linewidth=0.6,
        height=0.62,
    )
    axes.axvline(0, color=style.muted, linewidth=1.0)
    axes.set_yticks(rows, [_axes.short_name(f.name) for f in group])
    if small:
        axes.tick_params(axis="y", labelsize=_axes.LABEL_SIZE - 1)
    axes.set_ylim(len(group) - 0.4, -0.6)
    axes.set_xlim(-limit, limit)
    axes.spines["left"].set_visible(False)
    axes.tick_params(axis="y", length=0)
    if heading is not None:
        axes.set_title(heading, fontsize=_axes.LABEL_SIZE, color=style.muted, loc="left")

"""Give vs receive per person: diverging bars, professionals in a panel of their own.

Giving goes to the left and receiving to the right of a shared zero line, so a one-sided
relationship shows as a bar on one side only. Professionals are drawn apart because their help
is paid and nobody expects a client to give back (DESIGN §4 leaves them out of every balance).
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from supportmap.core.supportmap import SupportMap
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan, Refresh
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


@dataclass(frozen=True)
class _Layout:
    """What fixes the layout: who has a row in which panel (names set the margin), the note.

    The order of the rows is a value, not structure: an edit that only reorders the same
    people relabels the rows in place instead of rebuilding the chart.
    """

    personal: frozenset[tuple[str, str]]
    professional: frozenset[tuple[str, str]]
    more: str | None


@dataclass(frozen=True)
class _Rows:
    """Names top to bottom per panel, and (given, received) per row, personal panel first."""

    personal: tuple[str, ...]
    professional: tuple[str, ...]
    amounts: tuple[tuple[int, int], ...]


def plan_balance(support_map: SupportMap | None) -> Plan:
    """The rows of the chart (its structure) and the names and amounts (its values)."""
    everyone = flows(support_map) if support_map is not None else []
    if not everyone:
        return Plan(None, ())
    shown = _busiest(everyone)
    personal = [f for f in shown if not f.professional]
    professional = [f for f in shown if f.professional]
    layout = _Layout(
        frozenset((f.person_id, _axes.short_name(f.name)) for f in personal),
        frozenset((f.person_id, _axes.short_name(f.name)) for f in professional),
        texts.balance_more(len(shown), len(everyone)) if len(shown) < len(everyone) else None,
    )
    rows = _Rows(
        tuple(_axes.short_name(f.name) for f in personal),
        tuple(_axes.short_name(f.name) for f in professional),
        tuple((f.given, f.received) for f in personal + professional),
    )
    return Plan(layout, rows)


def draw_balance(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Draw the give/receive chart into an emptied ``figure``; returns its in-place updater."""
    layout = plan.structure
    if not isinstance(layout, _Layout):
        _axes.message(figure, texts.BALANCE_TITLE, texts.BALANCE_EMPTY, style)
        return _axes.unchanged
    _axes.title(figure, texts.BALANCE_TITLE, style)
    groups = [
        (len(ids), heading)
        for ids, heading in (
            (layout.personal, None),
            (layout.professional, texts.BALANCE_PROFESSIONALS),
        )
        if ids
    ]
    axes_list = figure.subplots(
        len(groups),
        1,
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": [count + 1.2 for count, _ in groups]},
    )[:, 0]
    small = len(layout.personal) + len(layout.professional) > 10
    bars: list[tuple[Rectangle, Rectangle]] = []
    for axes, (count, heading) in zip(axes_list, groups, strict=True):
        bars.extend(_draw_group(axes, count, style, heading, small=small))
    first = axes_list[0]
    for x, text, align in (
        (0.02, "◀ " + texts.BALANCE_GIVE, "left"),
        (0.98, texts.BALANCE_RECEIVE + " ▶", "right"),
    ):
        first.text(x, 1.01, text, transform=first.transAxes, ha=align, va="bottom",
                   fontsize=_axes.LABEL_SIZE, color=style.text, fontweight="bold")  # fmt: skip
    last = axes_list[-1]
    last.set_xlabel(texts.BALANCE_AXIS, fontsize=_axes.LABEL_SIZE)
    last.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    last.xaxis.set_major_locator(MaxNLocator(integer=True, symmetric=True))
    handles = [
        Patch(facecolor=GIVE_COLOUR, hatch=GIVE_HATCH, edgecolor=style.edge,
              label=texts.BALANCE_GIVE),
        Patch(facecolor=RECEIVE_COLOUR, hatch=RECEIVE_HATCH, edgecolor=style.edge,
              label=texts.BALANCE_RECEIVE),
    ]  # fmt: skip
    _axes.legend(figure, handles, style, 2, layout.more)

    def refresh(rows: _Rows) -> None:
        panels = [names for names in (rows.personal, rows.professional) if names]
        for axes, names in zip(axes_list, panels, strict=True):
            axes.set_yticks(range(len(names)), names)
        for (give_bar, receive_bar), (given, received) in zip(bars, rows.amounts, strict=True):
            give_bar.set_width(-given)
            receive_bar.set_width(received)
        limit = max(3, *(max(pair) for pair in rows.amounts)) + 1
        last.set_xlim(-limit, limit)

    refresh(plan.values)
    return refresh


def _busiest(everyone: list[Flow]) -> list[Flow]:
    """At most MAX_PEOPLE flows, the busiest ones, keeping the given (most-giving-first) order."""
    if len(everyone) <= MAX_PEOPLE:
        return everyone
    keep = sorted(everyone, key=lambda f: -(f.received + f.given))[:MAX_PEOPLE]
    chosen = {f.person_id for f in keep}
    return [f for f in everyone if f.person_id in chosen]


def _draw_group(
    axes: Axes, count: int, style: ChartStyle, heading: str | None, *, small: bool
) -> list[tuple[Rectangle, Rectangle]]:
    """One panel of ``count`` empty rows; names and amounts come with the first refresh."""
    _axes.style_axes(axes, style)
    rows = list(range(count))
    zeros = [0] * count
    gives = axes.barh(rows, zeros, color=GIVE_COLOUR, hatch=GIVE_HATCH, edgecolor=style.edge,
                      linewidth=0.6, height=_axes.BAR_HEIGHT)  # fmt: skip
    receives = axes.barh(rows, zeros, color=RECEIVE_COLOUR, hatch=RECEIVE_HATCH,
                         edgecolor=style.edge, linewidth=0.6, height=_axes.BAR_HEIGHT)  # fmt: skip
    axes.axvline(0, color=style.muted, linewidth=1.0)
    if small:
        axes.tick_params(axis="y", labelsize=_axes.LABEL_SIZE - 1)
    axes.set_ylim(count - 0.4, -0.6)
    axes.spines["left"].set_visible(False)
    axes.tick_params(axis="y", length=0)
    if heading is not None:
        axes.set_title(heading, fontsize=_axes.LABEL_SIZE, color=style.muted, loc="left")
    return list(zip(gives.patches, receives.patches, strict=True))

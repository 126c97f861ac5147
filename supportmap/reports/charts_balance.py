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

from supportmap.core.i18n import _
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
MAX_PROFESSIONALS = 5


@dataclass(frozen=True)
class _Layout:
    """What fixes the layout: which panels there are, and the note under the legend.

    Who fills the rows, how many there are and in which order are values: each panel holds
    bars for `MAX_PEOPLE` rows and shows as many as it needs, and the constrained layout runs
    on every draw, so relabelled rows still get their margin.
    """

    personal: bool
    professional: bool
    more: bool


@dataclass(frozen=True)
class _Rows:
    """Names top to bottom per panel, and (given, received) per row, personal panel first."""

    personal: tuple[str, ...]
    professional: tuple[str, ...]
    amounts: tuple[tuple[int, int], ...]
    more: str | None


def plan_balance(support_map: SupportMap | None) -> Plan:
    """The rows of the chart (its structure) and the names and amounts (its values)."""
    everyone = flows(support_map) if support_map is not None else []
    if not everyone:
        return Plan(None, ())
    shown = _busiest(everyone)
    personal = [f for f in shown if not f.professional]
    professional = [f for f in shown if f.professional]
    more = texts.balance_more(len(shown), len(everyone)) if len(shown) < len(everyone) else None
    layout = _Layout(bool(personal), bool(professional), more is not None)
    rows = _Rows(
        tuple(_axes.short_name(f.name) for f in personal),
        tuple(_axes.short_name(f.name) for f in professional),
        tuple((f.given, f.received) for f in personal + professional),
        more,
    )
    return Plan(layout, rows)


def draw_balance(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Draw the give/receive chart into an emptied ``figure``; returns its in-place updater."""
    layout = plan.structure
    if not isinstance(layout, _Layout):
        _axes.message(figure, _(texts.BALANCE_TITLE), _(texts.BALANCE_EMPTY), style)
        return _axes.unchanged
    _axes.title(figure, _(texts.BALANCE_TITLE), style)
    headings = [
        heading
        for present, heading in (
            (layout.personal, None),
            (layout.professional, _(texts.BALANCE_PROFESSIONALS)),
        )
        if present
    ]
    axes_list = figure.subplots(len(headings), 1, sharex=True, squeeze=False)[:, 0]
    grid = axes_list[0].get_subplotspec().get_gridspec()
    panels = [
        _draw_group(axes, style, heading) for axes, heading in zip(axes_list, headings, strict=True)
    ]
    first = axes_list[0]
    for x, text, align in (
        (0.02, "◀ " + _(texts.BALANCE_GIVE), "left"),
        (0.98, _(texts.BALANCE_RECEIVE) + " ▶", "right"),
    ):
        first.text(x, 1.01, text, transform=first.transAxes, ha=align, va="bottom",
                   fontsize=_axes.LABEL_SIZE, color=style.text, fontweight="bold")  # fmt: skip
    last = axes_list[-1]
    last.set_xlabel(_(texts.BALANCE_AXIS), fontsize=_axes.LABEL_SIZE)
    last.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    last.xaxis.set_major_locator(MaxNLocator(integer=True, symmetric=True))
    handles = [
        Patch(facecolor=GIVE_COLOUR, hatch=GIVE_HATCH, edgecolor=style.edge,
              label=_(texts.BALANCE_GIVE)),
        Patch(facecolor=RECEIVE_COLOUR, hatch=RECEIVE_HATCH, edgecolor=style.edge,
              label=_(texts.BALANCE_RECEIVE)),
    ]  # fmt: skip
    legend = _axes.legend(figure, handles, style, 2, plan.values.more)

    def refresh(rows: _Rows) -> None:
        named = [names for names in (rows.personal, rows.professional) if names]
        amounts = iter(rows.amounts)
        small = len(rows.amounts) > 10
        for axes, bars, names in zip(axes_list, panels, named, strict=True):
            axes.set_yticks(range(len(names)), names)
            axes.tick_params(axis="y", labelsize=_axes.LABEL_SIZE - (1 if small else 0))
            axes.set_ylim(len(names) - 0.4, -0.6)
            for row, (give_bar, receive_bar) in enumerate(bars):
                shown = row < len(names)
                given, received = next(amounts) if shown else (0, 0)
                for bar, width in ((give_bar, -given), (receive_bar, received)):
                    bar.set_width(width)
                    bar.set_visible(shown)
        grid.set_height_ratios([len(names) + 1.2 for names in named])
        legend.set_title(rows.more or "")
        limit = max(3, *(max(pair) for pair in rows.amounts)) + 1
        last.set_xlim(-limit, limit)

    refresh(plan.values)
    return refresh


def _busiest(everyone: list[Flow]) -> list[Flow]:
    """At most MAX_PEOPLE flows, the busiest ones, keeping the given (most-giving-first) order.

    Professionals (up to `MAX_PROFESSIONALS`) always keep their panel, so that the chart's
    shape does not change each time someone's amounts pass theirs.
    """
    if len(everyone) <= MAX_PEOPLE:
        return everyone
    by_volume = sorted(everyone, key=lambda f: -(f.received + f.given))
    professionals = [f for f in by_volume if f.professional][:MAX_PROFESSIONALS]
    personal = [f for f in by_volume if not f.professional][: MAX_PEOPLE - len(professionals)]
    chosen = {f.person_id for f in professionals + personal}
    return [f for f in everyone if f.person_id in chosen]


def _draw_group(
    axes: Axes, style: ChartStyle, heading: str | None
) -> list[tuple[Rectangle, Rectangle]]:
    """One panel of `MAX_PEOPLE` empty rows; names, amounts and how many show come later."""
    _axes.style_axes(axes, style)
    rows = list(range(MAX_PEOPLE))
    zeros = [0] * MAX_PEOPLE
    gives = axes.barh(rows, zeros, color=GIVE_COLOUR, hatch=GIVE_HATCH, edgecolor=style.edge,
                      linewidth=0.6, height=_axes.BAR_HEIGHT)  # fmt: skip
    receives = axes.barh(rows, zeros, color=RECEIVE_COLOUR, hatch=RECEIVE_HATCH,
                         edgecolor=style.edge, linewidth=0.6, height=_axes.BAR_HEIGHT)  # fmt: skip
    axes.axvline(0, color=style.muted, linewidth=1.0)
    axes.spines["left"].set_visible(False)
    axes.tick_params(axis="y", length=0)
    if heading is not None:
        axes.set_title(heading, fontsize=_axes.LABEL_SIZE, color=style.muted, loc="left")
    return list(zip(gives.patches, receives.patches, strict=True))

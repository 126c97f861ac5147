"""The charts of a support map as matplotlib `Figure`s (never pyplot, no Qt).

Each chart is planned (structure and values, see `Plan`) and then drawn. `update_chart` keeps a
chart live in one figure: while the structure stays the same it only puts the new values into
the existing bars and lines, otherwise it rebuilds. `build_chart` makes a fresh figure for
saving. `CHARTS` lists the charts in the order the charts dock shows them.

Palette: the safety colours of the map canvas, each with its own hatch, so colour is never the
only cue. Empty maps get a friendly sentence drawn in the figure instead of empty axes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator

from supportmap.core.i18n import N_, _
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Safety
from supportmap.reports import _axes
from supportmap.reports import chart_summaries as summaries
from supportmap.reports import chart_texts as texts
from supportmap.reports._axes import Plan, Refresh
from supportmap.reports.chart_data import coverage_by_safety, sector_composition
from supportmap.reports.charts_balance import draw_balance, plan_balance
from supportmap.reports.charts_history import draw_history, plan_history
from supportmap.reports.style import LIGHT, SAFETY_ORDER, ChartStyle


@dataclass(frozen=True)
class ChartInput:
    """What a chart is drawn from: the open map (None when none is open) and its snapshots."""

    support_map: SupportMap | None
    snapshots: Sequence[Snapshot] = field(default_factory=tuple)


def _note(support_map: SupportMap) -> str | None:
    return _(texts.ONE_PERSON_NOTE) if len(support_map.people) == 1 else None


# --- coverage per help type, stacked by safety ---------------------------------------------


def plan_coverage(support_map: SupportMap | None) -> Plan:
    if support_map is None or not any(p.is_current for p in support_map.people.values()):
        return Plan(None, ())
    counts = coverage_by_safety(support_map)
    layers = tuple(tuple(counts[t][s] for t in HELP_TYPES) for s in SAFETY_ORDER)
    return Plan(("coverage", _note(support_map)), layers)


def draw_coverage(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Coverage per help type, stacked by safety: who I get each kind of help from."""
    if plan.structure is None:
        _axes.message(figure, _(texts.COVERAGE_TITLE), _(texts.COVERAGE_EMPTY), style)
        return _axes.unchanged
    _axes.title(figure, _(texts.COVERAGE_TITLE), style)
    axes = figure.subplots()
    stack = _StackedBars(axes, [t.label for t in HELP_TYPES], style)
    captions = [
        axes.text(
            0, row, "", va="center", ha="left", fontsize=_axes.NOTE_SIZE + 0.5, color=style.muted
        )
        for row in range(len(HELP_TYPES))
    ]
    axes.set_xlabel(_(texts.COVERAGE_AXIS), fontsize=_axes.LABEL_SIZE)
    _axes.legend(figure, _axes.safety_handles(style), style, 3, plan.structure[1])  # type: ignore[index]

    def refresh(layers: Sequence[Sequence[int]]) -> None:
        totals = stack.set_layers(layers)
        widest = max(*totals, 3)
        safe = layers[SAFETY_ORDER.index(Safety.SAFE)]
        for caption, total, row_safe in zip(captions, totals, safe, strict=True):
            caption.set_x(total + widest * 0.02)
            caption.set_text(
                texts.coverage_total(row_safe, total) if total else _(texts.COVERAGE_NONE_YET)
            )
        axes.set_xlim(0, widest * 1.28 + 0.5)

    refresh(plan.values)
    return refresh


# --- sector composition ----------------------------------------------------------------------


def plan_sectors(support_map: SupportMap | None) -> Plan:
    if support_map is None or not support_map.people:
        return Plan(None, ())
    sectors = sector_composition(support_map)
    layers = tuple(tuple(c.by_safety[s] for c in sectors) for s in SAFETY_ORDER)
    potential = tuple(c.potential for c in sectors)
    return Plan(("sectors", any(potential), _note(support_map)), (*layers, potential))


def draw_sectors(figure: Figure, plan: Plan, style: ChartStyle) -> Refresh:
    """Current people per life area by safety, plus potential (circle-4) people outlined."""
    if plan.structure is None:
        _axes.message(figure, _(texts.SECTOR_TITLE), _(texts.SECTOR_EMPTY), style)
        return _axes.unchanged
    structure: tuple[str, bool, str | None] = plan.structure  # type: ignore[assignment]
    _key, has_potential, note = structure
    _axes.title(figure, _(texts.SECTOR_TITLE), style)
    axes = figure.subplots()
    outline: dict[str, object] = {
        "facecolor": "none",
        "edgecolor": style.muted,
        "linestyle": "--",
        "linewidth": 1.2,
    }
    stack = _StackedBars(
        axes, [c.sector.label for c in sector_composition(SupportMap())], style, outline
    )
    axes.set_xlabel(_(texts.SECTOR_AXIS), fontsize=_axes.LABEL_SIZE)
    extra = (
        [
            Patch(
                facecolor="none",
                edgecolor=style.muted,
                linestyle="--",
                linewidth=1.2,
                label=_(texts.SECTOR_POTENTIAL),
            )
        ]
        if has_potential
        else []
    )
    _axes.legend(figure, [*_axes.safety_handles(style), *extra], style, 3, note)

    def refresh(layers: Sequence[Sequence[int]]) -> None:
        totals = stack.set_layers(layers)
        axes.set_xlim(0, max(*totals, 3) + 0.5)

    refresh(plan.values)
    return refresh


class _StackedBars:
    """Horizontal bars stacked by safety (plus an optional outlined layer), updatable in place."""

    def __init__(
        self,
        axes: Axes,
        row_labels: list[str],
        style: ChartStyle,
        extra_layer: dict[str, object] | None = None,
    ) -> None:
        _axes.style_axes(axes, style)
        rows = list(range(len(row_labels)))
        zeros = [0] * len(rows)
        looks = [_axes.safety_patch(s, style) for s in SAFETY_ORDER]
        if extra_layer is not None:
            looks.append(extra_layer)
        self.layers: list[list[Rectangle]] = [
            list(axes.barh(rows, zeros, height=_axes.BAR_HEIGHT, **look))  # type: ignore[arg-type]
            for look in looks
        ]
        axes.set_yticks(rows, row_labels)
        axes.set_ylim(len(rows) - 0.4, -0.6)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.tick_params(axis="y", length=0)
        axes.spines["left"].set_visible(False)

    def set_layers(self, layers: Sequence[Sequence[int]]) -> list[int]:
        """Set every segment's width and start; returns the total per row."""
        totals = [0] * len(self.layers[0])
        for rectangles, widths in zip(self.layers, layers, strict=True):
            for row, (rectangle, width) in enumerate(zip(rectangles, widths, strict=True)):
                rectangle.set_x(totals[row])
                rectangle.set_width(width)
                rectangle.set_visible(width > 0)  # no stray edges for empty segments
                totals[row] += width
        return totals


# --- the registry ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartKind:
    """One chart: a stable key (used in file names), its tab label, how to plan and draw it."""

    key: str
    label: str
    plan: Callable[[ChartInput], Plan]
    draw: Callable[[Figure, Plan, ChartStyle], Refresh]
    describe: Callable[[Plan], str]

    @property
    def title(self) -> str:
        """The tab label in the language in use (``label`` is its source text)."""
        return _(self.label)


CHARTS: tuple[ChartKind, ...] = (
    ChartKind(
        "coverage",
        N_("Help by kind"),
        lambda d: plan_coverage(d.support_map),
        draw_coverage,
        summaries.describe_coverage,
    ),
    ChartKind(
        "balance",
        N_("Give and receive"),
        lambda d: plan_balance(d.support_map),
        draw_balance,
        summaries.describe_balance,
    ),
    ChartKind(
        "sectors",
        N_("Parts of life"),
        lambda d: plan_sectors(d.support_map),
        draw_sectors,
        summaries.describe_sectors,
    ),
    ChartKind(
        "history",
        N_("Over time"),
        lambda d: plan_history(d.support_map, d.snapshots),
        draw_history,
        summaries.describe_history,
    ),
)


def chart_kind(key: str) -> ChartKind:
    """The chart with this key (a programming error if there is none)."""
    for kind in CHARTS:
        if kind.key == key:
            return kind
    raise KeyError(key)


@dataclass
class Drawn:
    """A chart drawn in a figure: what it was built for, how to update it, what it says."""

    key: str
    structure: Hashable
    style: ChartStyle
    refresh: Refresh
    description: str


def update_chart(
    figure: Figure,
    key: str,
    data: ChartInput,
    style: ChartStyle = LIGHT,
    previous: Drawn | None = None,
) -> tuple[Drawn, bool]:
    """Show chart ``key`` of ``data`` in ``figure``, in place when only the values changed.

    Returns:
        What is drawn now (pass it back next time), and whether the figure was rebuilt (its
        layout then needs computing again).
    """
    kind = chart_kind(key)
    plan = kind.plan(data)
    if (
        previous is not None
        and previous.key == key
        and previous.style == style
        and previous.structure == plan.structure
    ):
        previous.refresh(plan.values)
        previous.description = kind.describe(plan)
        return previous, False
    _axes.reset_figure(figure, style)
    refresh = kind.draw(figure, plan, style)
    return Drawn(key, plan.structure, style, refresh, kind.describe(plan)), True


def describe_chart(key: str, data: ChartInput) -> str:
    """The chart in words (what a screen reader says instead of showing the picture)."""
    kind = chart_kind(key)
    return kind.describe(kind.plan(data))


def build_chart(key: str, data: ChartInput, style: ChartStyle = LIGHT) -> Figure:
    """A new figure of one chart, ready to save or to embed."""
    figure = _axes.new_figure(style)
    kind = chart_kind(key)
    kind.draw(figure, kind.plan(data), style)
    return figure


def redraw(figure: Figure, key: str, data: ChartInput, style: ChartStyle = LIGHT) -> None:
    """Empty ``figure`` and draw one chart into it afresh."""
    update_chart(figure, key, data, style)


def coverage_chart(support_map: SupportMap | None, style: ChartStyle = LIGHT) -> Figure:
    return build_chart("coverage", ChartInput(support_map), style)


def balance_chart(support_map: SupportMap | None, style: ChartStyle = LIGHT) -> Figure:
    return build_chart("balance", ChartInput(support_map), style)


def sector_chart(support_map: SupportMap | None, style: ChartStyle = LIGHT) -> Figure:
    return build_chart("sectors", ChartInput(support_map), style)


def history_chart(
    support_map: SupportMap | None, snapshots: Sequence[Snapshot], style: ChartStyle = LIGHT
) -> Figure:
    return build_chart("history", ChartInput(support_map, tuple(snapshots)), style)

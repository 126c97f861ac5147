"""The charts of a support map as matplotlib `Figure`s (never pyplot, no Qt).

Each chart has a ``draw_*`` function that fills an existing figure, so an embedded canvas can
redraw in place as the map changes, and a builder that returns a new figure for saving.
`CHARTS` lists them in the order the charts dock shows them.

Palette: the safety colours of the map canvas, each with its own hatch, so colour is never the
only cue. Empty maps get a friendly sentence drawn in the figure instead of empty axes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Safety
from supportmap.reports import _axes
from supportmap.reports import chart_texts as texts
from supportmap.reports.chart_data import coverage_by_safety, sector_composition
from supportmap.reports.charts_balance import draw_balance
from supportmap.reports.charts_history import draw_history
from supportmap.reports.style import LIGHT, SAFETY_ORDER, ChartStyle


@dataclass(frozen=True)
class ChartInput:
    """What a chart is drawn from: the open map (None when none is open) and its snapshots."""

    support_map: SupportMap | None
    snapshots: Sequence[Snapshot] = field(default_factory=tuple)


def draw_coverage(figure: Figure, support_map: SupportMap | None, style: ChartStyle) -> None:
    """Coverage per help type, stacked by safety: who I get each kind of help from."""
    if support_map is None or not any(p.is_current for p in support_map.people.values()):
        _axes.message(figure, texts.COVERAGE_TITLE, texts.COVERAGE_EMPTY, style)
        return
    counts = coverage_by_safety(support_map)
    _axes.title(figure, texts.COVERAGE_TITLE, style)
    axes = figure.subplots()
    _axes.style_axes(axes, style)
    rows = list(range(len(HELP_TYPES)))
    left = [0] * len(HELP_TYPES)
    for safety in SAFETY_ORDER:
        widths = [counts[t][safety] for t in HELP_TYPES]
        _axes.stacked_segment(axes, rows, widths, left, _axes.safety_patch(safety, style))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    widest = max(max(left), 3)
    for row, help_type in zip(rows, HELP_TYPES, strict=True):
        total = left[row]
        caption = (
            texts.coverage_total(counts[help_type][Safety.SAFE], total)
            if total
            else texts.COVERAGE_NONE_YET
        )
        axes.text(
            total + widest * 0.02,
            row,
            caption,
            va="center",
            ha="left",
            fontsize=_axes.NOTE_SIZE + 0.5,
            color=style.muted,
        )
    axes.set_yticks(rows, [t.label for t in HELP_TYPES])
    axes.set_ylim(len(rows) - 0.4, -0.6)
    axes.set_xlim(0, widest * 1.28 + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(texts.COVERAGE_AXIS, fontsize=_axes.LABEL_SIZE)
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)
    _axes.legend(figure, _axes.safety_handles(style), style, 3, _one_person_note(support_map))


def draw_sectors(figure: Figure, support_map: SupportMap | None, style: ChartStyle) -> None:
    """Sector composition: current people per life area by safety, plus potential support."""
    if support_map is None or not support_map.people:
        _axes.message(figure, texts.SECTOR_TITLE, texts.SECTOR_EMPTY, style)
        return
    sectors = sector_composition(support_map)
    _axes.title(figure, texts.SECTOR_TITLE, style)
    axes = figure.subplots()
    _axes.style_axes(axes, style)
    rows = list(range(len(sectors)))
    left = [0] * len(sectors)
    for safety in SAFETY_ORDER:
        widths = [s.by_safety[safety] for s in sectors]
        _axes.stacked_segment(axes, rows, widths, left, _axes.safety_patch(safety, style))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    potential = [s.potential for s in sectors]
    extra: list[Patch] = []
    if any(potential):
        outline = {
            "facecolor": "none",
            "edgecolor": style.muted,
            "linestyle": "--",
            "linewidth": 1.2,
        }
        _axes.stacked_segment(axes, rows, potential, left, outline)
        extra.append(Patch(label=texts.SECTOR_POTENTIAL, **outline))
    widest = max(max(a + b for a, b in zip(left, potential, strict=True)), 3)
    axes.set_yticks(rows, [s.sector.label for s in sectors])
    axes.set_ylim(len(rows) - 0.4, -0.6)
    axes.set_xlim(0, widest + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(texts.SECTOR_AXIS, fontsize=_axes.LABEL_SIZE)
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)
    handles = [*_axes.safety_handles(style), *extra]
    _axes.legend(figure, handles, style, 3, _one_person_note(support_map))


def _one_person_note(support_map: SupportMap) -> str | None:
    return texts.ONE_PERSON_NOTE if len(support_map.people) == 1 else None


@dataclass(frozen=True)
class ChartKind:
    """One chart: a stable key (used in file names), its tab label, and how to draw it."""

    key: str
    label: str
    draw: Callable[[Figure, ChartInput, ChartStyle], None]


CHARTS: tuple[ChartKind, ...] = (
    ChartKind("coverage", "Help by kind", lambda f, d, s: draw_coverage(f, d.support_map, s)),
    ChartKind("balance", "Give and receive", lambda f, d, s: draw_balance(f, d.support_map, s)),
    ChartKind("sectors", "Parts of life", lambda f, d, s: draw_sectors(f, d.support_map, s)),
    ChartKind(
        "history",
        "Over time",
        lambda f, d, s: draw_history(f, d.support_map, d.snapshots, s),
    ),
)


def chart_kind(key: str) -> ChartKind:
    """The chart with this key (a programming error if there is none)."""
    for kind in CHARTS:
        if kind.key == key:
            return kind
    raise KeyError(key)


def build_chart(key: str, data: ChartInput, style: ChartStyle = LIGHT) -> Figure:
    """A new figure of one chart, ready to save or to embed."""
    figure = _axes.new_figure(style)
    chart_kind(key).draw(figure, data, style)
    return figure


def redraw(figure: Figure, key: str, data: ChartInput, style: ChartStyle = LIGHT) -> None:
    """Empty ``figure`` and draw one chart into it again (the embedded canvas keeps it)."""
    _axes.reset_figure(figure, style)
    chart_kind(key).draw(figure, data, style)


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

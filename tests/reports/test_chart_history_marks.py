"""The "Over time" chart marks each snapshot where it stands, with the day it was kept."""

from __future__ import annotations

import datetime as dt

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.text import Annotation, Text

from supportmap.core import edits
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.reports import _axes, chart_texts
from supportmap.reports.charts import ChartInput, history_chart, update_chart
from supportmap.reports.charts_history import snapshot_days
from supportmap.reports.style import LIGHT
from tests.reports.chart_maps import snapshots_of


def days_written(figure: object) -> list[str]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    return [child.get_text() for child in axes.get_children() if isinstance(child, Annotation)]


def marked_at(figure: object) -> list[float]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    (triangles,) = [c for c in axes.collections if isinstance(c, PathCollection)]
    return [float(x) for x, _y in triangles.get_offsets()]


def test_each_snapshot_gets_a_mark_and_its_day_and_now_gets_none(alex_map: SupportMap) -> None:
    figure = history_chart(alex_map, snapshots_of(alex_map))
    # Session 1, 2 and 3 stand at 0, 1 and 2; "Now" at 3 is the map at present.
    assert marked_at(figure) == [0.0, 1.0, 2.0]
    assert days_written(figure) == ["2026-09-01", "2026-09-15", "2026-09-29"]
    (upright,) = [c for c in figure.axes[0].collections if isinstance(c, LineCollection)]
    assert len(upright.get_segments()) == 3
    assert len(figure.axes[0].get_lines()) == 5, "the plot's lines are the help types only"


def test_the_days_sit_between_the_title_and_the_plot() -> None:
    start = dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC)
    moments = [
        Snapshot(f"Week {n}", start + dt.timedelta(days=7 * n), SupportMap("Me")) for n in range(3)
    ]
    figure = history_chart(SupportMap("Me"), moments)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # lays the figure out, as the dock's first draw does
    renderer = canvas.get_renderer()
    (title,) = [t for t in figure.findobj(Text) if t.get_text() == chart_texts.HISTORY_TITLE]
    top = title.get_window_extent(renderer)
    plot = figure.axes[0].get_window_extent(renderer)
    days = [c for c in figure.axes[0].get_children() if isinstance(c, Annotation)]
    assert [day.get_text() for day in days] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    for day in days:
        box = day.get_window_extent(renderer)
        assert box.y0 >= plot.y1, "above the plot"
        assert box.y1 <= top.y0, "below the title"
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width


def test_many_snapshots_write_some_days_evenly_and_always_the_latest() -> None:
    days = [f"day {n}" for n in range(13)]
    written = snapshot_days(days)
    assert [n for n, day in enumerate(written) if day] == [0, 3, 6, 9, 12]
    assert written[12] == "day 12"
    assert snapshot_days(days[:6]) == tuple(days[:6])


def test_the_marks_stay_when_the_values_change_in_place(alex_map: SupportMap) -> None:
    snapshots = tuple(snapshots_of(alex_map))
    figure = _axes.new_figure(LIGHT)
    drawn, _rebuilt = update_chart(figure, "history", ChartInput(alex_map, snapshots))
    emptier = alex_map.copy()
    for person_id in list(emptier.people)[:2]:
        for change in edits.remove_people(emptier, [person_id]):
            emptier.apply(change)
    _drawn, rebuilt = update_chart(
        figure, "history", ChartInput(emptier, snapshots), previous=drawn
    )
    assert not rebuilt
    assert marked_at(figure) == [0.0, 1.0, 2.0]


def test_in_a_small_panel_the_axis_label_stays_clear_of_the_title(alex_map: SupportMap) -> None:
    figure = history_chart(alex_map, snapshots_of(alex_map))
    figure.set_size_inches(4.2, 2.95)  # the Charts panel beside the map at 1280×800
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    (title,) = [t for t in figure.findobj(Text) if t.get_text() == chart_texts.HISTORY_TITLE]
    label = figure.axes[0].yaxis.label.get_window_extent(renderer)
    assert label.y1 <= title.get_window_extent(renderer).y0
    assert label.y0 >= 0

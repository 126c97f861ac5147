"""Charts build on every size of map, say something kind when empty, and never touch pyplot."""

from __future__ import annotations

import textwrap

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from supportmap.core import edits
from supportmap.core.model import Support
from supportmap.core.palette import SAFETY_COLOURS
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Safety
from supportmap.reports import chart_texts
from supportmap.reports.charts import (
    CHARTS,
    ChartInput,
    balance_chart,
    build_chart,
    coverage_chart,
    describe_chart,
    history_chart,
    redraw,
    sector_chart,
)
from supportmap.reports.charts_balance import MAX_PEOPLE
from supportmap.reports.style import DARK, LIGHT, SAFETY_HATCHES, ChartStyle
from tests.commands import run_python
from tests.maps import edit
from tests.reports.chart_maps import random_map, snapshots_of


def texts_of(figure: Figure) -> list[str]:
    """Every piece of text drawn in a figure, titles and tick labels included."""
    figure.canvas.draw()  # lay out tick labels
    found = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in found if t]


def bars(figure: Figure) -> list[Rectangle]:
    return [
        patch
        for axes in figure.axes
        for patch in axes.patches
        if isinstance(patch, Rectangle) and patch.get_width() != 0
    ]


@pytest.mark.parametrize("style", [LIGHT, DARK], ids=["light", "dark"])
def test_every_chart_draws_on_every_map(any_map: SupportMap, style: object) -> None:
    data = ChartInput(any_map, snapshots_of(any_map) if len(any_map.people) > 5 else ())
    for kind in CHARTS:
        figure = build_chart(kind.key, data, style)  # type: ignore[arg-type]
        figure.canvas.draw()
        assert figure.get_suptitle(), f"{kind.key} has a plain-language title"


def test_empty_map_gets_a_friendly_message_not_empty_axes() -> None:
    empty = SupportMap("Me")
    for figure, message in (
        (coverage_chart(empty), chart_texts.COVERAGE_EMPTY),
        (balance_chart(empty), chart_texts.BALANCE_EMPTY),
        (sector_chart(empty), chart_texts.SECTOR_EMPTY),
        (history_chart(empty, ()), chart_texts.HISTORY_EMPTY),
    ):
        assert figure.axes == []
        drawn = " ".join(" ".join(texts_of(figure)).split())
        assert message in drawn


def test_no_open_map_draws_the_same_friendly_messages() -> None:
    for kind in CHARTS:
        figure = build_chart(kind.key, ChartInput(None))
        assert figure.axes == []


def test_one_person_map_draws_the_chart_with_a_note() -> None:
    from tests.reports.chart_maps import one_person_map

    figure = coverage_chart(one_person_map())
    assert figure.axes, "one person is enough for a real chart"
    assert chart_texts.ONE_PERSON_NOTE in texts_of(figure)


def test_coverage_bars_use_canvas_colours_and_hatches(alex_map: SupportMap) -> None:
    figure = coverage_chart(alex_map)
    seen = {(to_hex(patch.get_facecolor()), patch.get_hatch() or "") for patch in bars(figure)}
    expected = {(SAFETY_COLOURS[s].lower(), SAFETY_HATCHES[s]) for s in Safety}
    assert seen == expected, "each safety value is drawn in its canvas colour with its hatch"
    assert len(set(SAFETY_HATCHES.values())) == len(Safety), "colour is never the only cue"


def test_coverage_segments_add_up_to_the_providers(alex_map: SupportMap) -> None:
    figure = coverage_chart(alex_map)
    total_width = sum(patch.get_width() for patch in bars(figure))
    providers = sum(
        1
        for person in alex_map.current_people()
        for help_type, level in person.support.items()
        if level.receive >= 1
    )
    assert total_width == providers
    assert "3 safe of 3" in texts_of(figure)  # emotional: Sam, Jo, Dr Osei


def test_balance_shows_professionals_apart(alex_map: SupportMap) -> None:
    figure = balance_chart(alex_map)
    assert len(figure.axes) == 2
    personal, professional = figure.axes
    assert [t.get_text() for t in professional.get_yticklabels()] == ["Dr Osei"]
    assert "Dr Osei" not in [t.get_text() for t in personal.get_yticklabels()]
    assert chart_texts.BALANCE_PROFESSIONALS in professional.get_title(loc="left")
    gives = [p.get_width() for p in personal.patches if p.get_width() < 0]
    assert min(gives) == -6  # Jo and Kim: I give them 6 each


def test_balance_without_professionals_has_one_panel(alex_map: SupportMap) -> None:
    edit(alex_map, edits.remove_people, ["p5"])
    assert len(balance_chart(alex_map).axes) == 1


def test_balance_of_a_big_map_keeps_the_busiest_and_says_so() -> None:
    figure = balance_chart(random_map(150))
    rows = sum(len(axes.get_yticklabels()) for axes in figure.axes)
    assert rows == MAX_PEOPLE
    assert any(t.startswith("Showing the 15 people") for t in texts_of(figure))


def test_sector_chart_outlines_potential_people(alex_map: SupportMap) -> None:
    figure = sector_chart(alex_map)
    outlined = [p for p in bars(figure) if p.get_facecolor()[3] == 0]
    assert [p.get_width() for p in outlined] == [1]  # Lee, who could be reached
    assert chart_texts.SECTOR_POTENTIAL in texts_of(figure)


def test_history_has_one_line_per_help_type_with_distinct_markers(alex_map: SupportMap) -> None:
    figure = history_chart(alex_map, snapshots_of(alex_map))
    lines = figure.axes[0].get_lines()
    assert len(lines) == 5
    assert len({line.get_marker() for line in lines}) == 5
    assert all(len(line.get_xdata()) == 4 for line in lines)
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert labels == ["Session 1", "Session 2", "Session 3", "Now"]
    crisis = lines[-1].get_ydata()
    assert round(crisis[0]) == 0 and round(crisis[-1]) == 1


def test_redraw_replaces_the_previous_chart_in_place(alex_map: SupportMap) -> None:
    figure = coverage_chart(SupportMap("Me"))
    redraw(figure, "coverage", ChartInput(alex_map))
    assert len(figure.axes) == 1
    redraw(figure, "coverage", ChartInput(SupportMap("Me")))
    assert figure.axes == []


def test_every_chart_can_be_read_as_words(alex_map: SupportMap) -> None:
    data = ChartInput(alex_map, snapshots_of(alex_map))
    assert "Crisis: 1 person, 1 of them safe." in describe_chart("coverage", data)
    assert "Kim: you give 6, you receive 1." in describe_chart("balance", data)
    assert "Work & school: 0 people, 1 more you could reach out to." in describe_chart(
        "sectors", data
    )
    assert "Crisis — Session 1: 0; Session 2: 1; Session 3: 1; Now: 1." in describe_chart(
        "history", data
    )
    empty = ChartInput(SupportMap("Me"))
    assert describe_chart("coverage", empty) == chart_texts.COVERAGE_EMPTY


@pytest.mark.slow
def test_charts_never_import_pyplot() -> None:
    """In a fresh interpreter, building and saving every chart loads neither pyplot nor Qt."""
    script = textwrap.dedent(
        """
        import sys, io
        from tests.reports.chart_maps import realistic_map, random_map, snapshots_of
        from supportmap.core.supportmap import SupportMap
        from supportmap.reports.charts import CHARTS, ChartInput, build_chart
        from supportmap.reports.export import figure_bytes
        for support_map in (SupportMap("Me"), realistic_map(), random_map(150)):
            data = ChartInput(support_map, snapshots_of(realistic_map()))
            for kind in CHARTS:
                figure = build_chart(kind.key, data)
                for fmt in ("png", "svg", "pdf"):
                    assert figure_bytes(figure, fmt)
        assert "matplotlib" in sys.modules
        assert "PySide6" not in sys.modules, "the reports layer runs without Qt"
        print("pyplot" if "matplotlib.pyplot" in sys.modules else "clean")
        """
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean", result.stderr


def test_balance_chart_relabels_in_place_when_people_come_and_go_from_its_rows() -> None:
    from matplotlib.figure import Figure

    from supportmap.reports.charts import ChartInput, update_chart

    support_map = random_map(60, seed=3)
    figure = Figure(figsize=(6, 5))
    drawn, rebuilt = update_chart(figure, "balance", ChartInput(support_map))
    assert rebuilt
    title_before = figure.legends[0].get_title().get_text()
    # Someone stops giving and receiving altogether: the note's count and the rows change.
    busy = max(
        (p for p in support_map.current_people() if not p.is_professional),
        key=lambda p: p.support.received + p.support.given,
    )
    edit(support_map, edits.update_person, busy.id, support=Support())
    drawn, rebuilt = update_chart(figure, "balance", ChartInput(support_map), previous=drawn)
    assert not rebuilt
    labels = [t.get_text() for axes in figure.axes for t in axes.get_yticklabels()]
    assert busy.name not in labels
    assert figure.legends[0].get_title().get_text() != title_before
    figure.canvas.draw()  # still draws after the in-place update


def _demo_history(style: ChartStyle = LIGHT) -> Figure:
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import read_document

    demo = read_document(demo_path())
    return history_chart(demo.map, demo.snapshots, style)


@pytest.mark.parametrize("width", [2.6, 3.4, 4.2, 7.2])
def test_the_over_time_legend_is_never_cut(width: float) -> None:
    figure = _demo_history()
    figure.set_size_inches(width, 4.6)
    figure.draw_without_rendering()  # lays the figure out, as drawing it in the dock does
    legend = figure.legends[0].get_window_extent()
    assert legend.x0 >= 0 and legend.x1 <= figure.bbox.width, "every entry is on the figure"
    labels = [t.get_text() for t in figure.legends[0].get_texts()]
    assert labels == ["Emotional", "Practical", "Advice & information", "Company", "Crisis"]


def test_the_over_time_legend_keeps_one_row_when_there_is_room() -> None:
    figure = _demo_history()
    figure.set_size_inches(9.0, 4.6)
    figure.draw_without_rendering()
    rows = {round(t.get_window_extent().y0) for t in figure.legends[0].get_texts()}
    assert len(rows) == 1


def test_over_time_lines_sit_exactly_on_their_values() -> None:
    lines = _demo_history().axes[0].get_lines()
    values = [list(line.get_ydata()) for line in lines]
    assert all(float(y).is_integer() for ys in values for y in ys), "no line nudged off"
    shared = [
        (a, b, x)
        for a in range(len(values))
        for b in range(a + 1, len(values))
        for x in range(len(values[a]))
        if values[a][x] == values[b][x]
    ]
    assert shared, "the demo has lines meeting at one value"
    # Told apart by their look instead: lines beneath are wider, with larger markers.
    assert len({line.get_linewidth() for line in lines}) == len(lines)
    assert len({line.get_marker() for line in lines}) == len(lines)
    assert len({line.get_markersize() for line in lines}) == len(lines)


def test_a_chart_narrowed_after_its_first_draw_wraps_its_legend_at_once() -> None:
    """As in the Charts dock: drawn wide first, then the dock narrows it and draws once."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = _demo_history()
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    figure.set_size_inches(3.0, 4.6)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[:, :, :3]
    band = pixels[int(pixels.shape[0] * 0.7) :]  # the legend's rows under the axes
    background = np.array([int(LIGHT.background[i : i + 2], 16) for i in (1, 3, 5)])
    for edge in (band[:, :2], band[:, -2:]):
        assert np.abs(edge.astype(int) - background).max() < 8, "nothing cut at the sides"

"""Saved charts open as pictures, are not blank, and are written atomically."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image as mpimg

from supportmap.core.supportmap import SupportMap
from supportmap.reports.charts import CHARTS, ChartInput, build_chart, coverage_chart
from supportmap.reports.export import ExportError, save_figure
from tests.reports.chart_maps import snapshots_of


def distinct_colours(path: Path) -> int:
    pixels = mpimg.imread(path)
    flat = (pixels.reshape(-1, pixels.shape[-1]) * 255).astype(np.uint8)
    return len(np.unique(flat, axis=0))


@pytest.mark.slow
@pytest.mark.parametrize("key", [kind.key for kind in CHARTS])
def test_png_of_each_chart_opens_and_is_not_blank(
    alex_map: SupportMap, tmp_path: Path, key: str
) -> None:
    path = save_figure(
        build_chart(key, ChartInput(alex_map, snapshots_of(alex_map))), tmp_path / f"{key}.png"
    )
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert distinct_colours(path) > 50


@pytest.mark.parametrize("key", [kind.key for kind in CHARTS])
def test_svg_of_each_chart_is_an_svg_document_with_drawing(
    alex_map: SupportMap, tmp_path: Path, key: str
) -> None:
    path = save_figure(
        build_chart(key, ChartInput(alex_map, snapshots_of(alex_map))), tmp_path / f"{key}.svg"
    )
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg")
    paths = [e for e in root.iter() if e.tag.endswith("path") or e.tag.endswith("use")]
    assert len(paths) > 20


def test_empty_map_chart_still_saves_something_readable(tmp_path: Path) -> None:
    path = save_figure(coverage_chart(SupportMap("Me")), tmp_path / "empty.png")
    assert distinct_colours(path) > 10  # the friendly message is drawn


def test_pdf_is_accepted_too(alex_map: SupportMap, tmp_path: Path) -> None:
    path = save_figure(coverage_chart(alex_map), tmp_path / "coverage.PDF")
    assert path.read_bytes().startswith(b"%PDF")


def test_unknown_extension_is_a_clear_message(alex_map: SupportMap, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"choose a name ending in \.png, \.svg or \.pdf"):
        save_figure(coverage_chart(alex_map), tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_message(alex_map: SupportMap, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist") as caught:
        save_figure(coverage_chart(alex_map), tmp_path / "nowhere" / "chart.png")
    assert "\n" not in str(caught.value)


def test_replacing_a_file_leaves_no_partial_files(alex_map: SupportMap, tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("old")
    save_figure(coverage_chart(alex_map), target)
    assert target.read_text().lstrip().startswith("<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]


def test_failed_write_keeps_the_old_file(
    alex_map: SupportMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    target = tmp_path / "chart.png"
    target.write_bytes(b"old picture")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="disk is full"):
        save_figure(coverage_chart(alex_map), target)
    assert target.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]

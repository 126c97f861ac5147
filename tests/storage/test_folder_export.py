"""Every map of a library into one folder: one complete file per map, under a name that is safe
and unique, and never over a file that is already there."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from supportmap.atomic import SaveError
from supportmap.storage.fileformat import read_document
from supportmap.storage.folder_export import export_all, safe_file_stem, unique_file_name
from supportmap.storage.library import Library


def add_map(library: Library, focus: str, title: str, *, snapshot: str | None = None) -> int:
    map_id = library.create_map(focus, title)
    if snapshot is not None:
        library.take_snapshot(map_id, snapshot)
    return map_id


def test_every_map_gets_its_own_file_with_its_snapshots(library: Library, tmp_path: Path) -> None:
    add_map(library, "Robin", "Robin", snapshot="Session 1")
    add_map(library, "Robin", "Robin")
    add_map(library, "Sam", "", snapshot="First")
    add_map(library, "Kim", "Kim: work / home?")
    folder = tmp_path / "all maps"
    folder.mkdir()
    (folder / "robin.supportmap.json").write_text("someone else's file")

    result = export_all(library, folder)

    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "Kim work home.supportmap.json",
        "Robin (2).supportmap.json",
        "Robin (3).supportmap.json",
        "Sam.supportmap.json",
        "robin.supportmap.json",
    ]
    assert (folder / "robin.supportmap.json").read_text() == "someone else's file"
    assert not result.cancelled and result.total == 4 and len(result.written) == 4
    by_name = {path.name: read_document(path) for path in result.written}
    assert by_name["Sam.supportmap.json"].map.focus_name == "Sam"
    assert [s.label for s in by_name["Sam.supportmap.json"].snapshots] == ["First"]
    robins = [by_name[f"Robin ({n}).supportmap.json"] for n in (2, 3)]
    assert sorted(len(robin.snapshots) for robin in robins) == [0, 1]
    assert by_name["Kim work home.supportmap.json"].map.title == "Kim: work / home?"
    if os.name == "posix":
        for path in result.written:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_progress_is_told_of_each_map_and_can_stop_between_two(
    library: Library, tmp_path: Path
) -> None:
    for name in ("Ana", "Ben", "Cai"):
        add_map(library, name, name)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 2

    result = export_all(library, tmp_path, progress)
    assert told == [(0, 3), (1, 3), (2, 3)]
    assert result.cancelled and result.total == 3
    assert len(result.written) == 2
    assert sorted(path.name for path in tmp_path.glob("*.supportmap.json")) == sorted(
        path.name for path in result.written
    )
    assert not list(tmp_path.glob(".*partial"))

    told.clear()
    whole = tmp_path / "whole"
    whole.mkdir()
    result = export_all(library, whole, lambda done, total: not told.append((done, total)))
    assert told == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert not result.cancelled and len(result.written) == 3


def test_a_read_only_folder_stops_with_a_clear_message_and_no_partial_file(
    library: Library, read_only_folder: Path
) -> None:
    add_map(library, "Robin", "Robin")
    with pytest.raises(SaveError, match="no permission to write there; choose another folder"):
        export_all(library, read_only_folder)
    assert list(read_only_folder.iterdir()) == []


def test_a_missing_folder_is_a_clear_message(library: Library, tmp_path: Path) -> None:
    add_map(library, "Robin", "Robin")
    with pytest.raises(SaveError, match="Could not open the folder"):
        export_all(library, tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Alex — after session 3", "Alex — after session 3"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j"),
        ("line\none\ttab", "line one tab"),
        ("  ..hidden.  ", "hidden"),
        ("CON", "CON_"),
        ("nul.txt", "nul.txt_"),
        ("Console", "Console"),
        ("/// ...", "SupportMap"),
        ("", "SupportMap"),
    ],
)
def test_titles_become_names_every_file_system_accepts(title: str, stem: str) -> None:
    assert safe_file_stem(title) == stem


def test_a_long_title_is_cut_at_a_character_to_fit_a_file_name() -> None:
    stem = safe_file_stem("ü" * 200)  # 400 bytes in UTF-8
    assert stem == "ü" * 90
    name = unique_file_name(stem, ".supportmap.json", [f"{stem}.supportmap.json"])
    assert len(name.encode("utf-8")) <= 255


def test_unique_names_number_from_two_and_ignore_case() -> None:
    taken = ["Robin.supportmap.json", "ROBIN (2).SUPPORTMAP.JSON"]
    assert unique_file_name("Robin", ".supportmap.json", taken) == "Robin (3).supportmap.json"
    assert unique_file_name("Sam", ".supportmap.json", taken) == "Sam.supportmap.json"

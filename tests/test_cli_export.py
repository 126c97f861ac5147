"""``supportmap export MAP --to X.graphml|X.zip``: the format comes from the file's ending."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from tests.test_cli import assert_one_line_error, run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    assert run("--db", path, "import", demo_path()).returncode == 0
    return path


@pytest.mark.slow
def test_export_writes_graphml_and_a_csv_bundle_of_a_library_map(db: Path, tmp_path: Path) -> None:
    demo = read_document(demo_path()).map
    graphml, bundle = tmp_path / "robin.GraphML", tmp_path / "robin.zip"

    for target in (graphml, bundle):
        result = run("--db", db, "export", "Robin — a hard year", "--to", target)
        assert result.returncode == 0, result.stderr
        assert target.name in result.stdout
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    graph = nx.read_graphml(graphml)
    assert graph.nodes["ego"] == {"ego": True, "name": "Robin"}
    assert set(graph.nodes) == {"ego", *demo.people}
    assert graph.number_of_edges() == len(demo.people) + len(demo.ties)
    with zipfile.ZipFile(bundle) as tables:
        assert tables.namelist() == ["ego.csv", "alters.csv", "alter_ties.csv"]
        assert tables.read("ego.csv") == b"name\r\nRobin\r\n"
        alters = tables.read("alters.csv").decode("utf-8").splitlines()
    assert len(alters) == 1 + len(demo.people)


def test_an_unknown_ending_names_the_three_formats_and_writes_nothing(
    db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "robin.csv"
    result = run("--db", db, "export", "1", "--to", target)
    assert_one_line_error(result, "robin.csv", ".supportmap.json", ".graphml", ".zip")
    assert not target.exists()


def test_a_folder_that_does_not_exist_is_a_clear_message(db: Path, tmp_path: Path) -> None:
    result = run("--db", db, "export", "1", "--to", tmp_path / "missing" / "robin.graphml")
    assert_one_line_error(result, "the folder does not exist")
    assert not (tmp_path / "missing").exists()

"""Exports for other tools (DESIGN §9): what networkx and a CSV reader get back from the files.

The expected attributes are worked out by hand from the small map below, with the section-2
values (not labels) and the types a reader of GraphML or a script on the CSV tables expects.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from supportmap.atomic import SaveError
from supportmap.core.model import SessionNote, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Safety, Sector
from supportmap.samples import sample_names, sample_path
from supportmap.storage.exports import (
    ExportFormat,
    csv_bundle_bytes,
    graphml_bytes,
    write_csv_bundle,
    write_for_tools,
    write_graphml,
)
from supportmap.storage.fileformat import read_document
from tests.maps import make_map, make_person
from tests.text_strategies import free_text, names

KIM = 'Kim, "the neighbour"\nupstairs'
ZOE = "Zoë Ñandú 李"
SECRETS = ("a private note about Sam", "ask Sam on Tuesday", "session three went well")


@pytest.fixture
def small_map() -> SupportMap:
    sam = make_person(
        "p1",
        name="Sam",
        relationship="sister",
        sector=Sector.FAMILY,
        circle=1,
        safety=Safety.SAFE,
        support={"emotional": (3, 2), "practical": (1, 0)},
        barriers=[Barrier.PRIDE, Barrier.BURDEN],
        notes=SECRETS[0],
        next_step=SECRETS[1],
        contact="0170 555 01, evenings",
    )
    kim = make_person(
        "p2",
        name=KIM,
        relationship="neighbour, downstairs",
        sector=Sector.COMMUNITY,
        circle=3,
        safety=Safety.STRINGS,
        support={"companionship": (2, 3)},
    )
    zoe = make_person(
        "p3",
        name=ZOE,
        relationship="GP",
        sector=Sector.PROFESSIONAL,
        circle=4,
        safety=Safety.UNSURE,
        support={"crisis": (1, 0), "informational": (2, 0)},
    )
    note = SessionNote(id="n1", date=dt.date(2026, 11, 2), text=SECRETS[2])
    return make_map(
        [sam, kim, zoe],
        [Tie("p1", "p2", strength=3), Tie("p2", "p3", strength=1, conflict=True)],
        focus="Alex",
        title="Alex — week 2",
        notes=[note],
    )


def zeros() -> dict[str, int]:
    return {
        f"{flow}_{kind}": 0
        for kind in ("emotional", "practical", "informational", "companionship", "crisis")
        for flow in ("receive", "give")
    }


EXPECTED_PEOPLE: dict[str, dict[str, Any]] = {
    "p1": {
        "name": "Sam",
        "relationship": "sister",
        "sector": "family",
        "circle": 1,
        "safety": "safe",
        **zeros(),
        "receive_emotional": 3,
        "give_emotional": 2,
        "receive_practical": 1,
        "barriers": "burden pride",
        "contact": "0170 555 01, evenings",
    },
    "p2": {
        "name": KIM,
        "relationship": "neighbour, downstairs",
        "sector": "community",
        "circle": 3,
        "safety": "strings",
        **zeros(),
        "receive_companionship": 2,
        "give_companionship": 3,
        "barriers": "",
        "contact": "",
    },
    "p3": {
        "name": ZOE,
        "relationship": "GP",
        "sector": "professional",
        "circle": 4,
        "safety": "unsure",
        **zeros(),
        "receive_crisis": 1,
        "receive_informational": 2,
        "barriers": "",
        "contact": "",
    },
}

ALTER_HEADER = [
    "id", "name", "relationship", "sector", "circle", "safety",
    "receive_emotional", "give_emotional", "receive_practical", "give_practical",
    "receive_informational", "give_informational", "receive_companionship",
    "give_companionship", "receive_crisis", "give_crisis", "barriers", "contact",
]  # fmt: skip
INTEGER_COLUMNS = {"circle", *zeros()}


def assert_same_types(found: dict[str, Any], expected: dict[str, Any]) -> None:
    assert found == expected
    assert {key: type(value) for key, value in found.items()} == {
        key: type(value) for key, value in expected.items()
    }


# --- GraphML ---------------------------------------------------------------------------------


def test_graphml_reads_back_in_networkx_with_every_attribute_and_its_type(
    small_map: SupportMap, tmp_path: Path
) -> None:
    path = tmp_path / "alex.graphml"
    write_graphml(path, small_map)
    graph = nx.read_graphml(path)

    assert not graph.is_directed()
    assert sorted(graph.nodes) == ["ego", "p1", "p2", "p3"]
    assert_same_types(dict(graph.nodes["ego"]), {"ego": True, "name": "Alex"})
    for person_id, expected in EXPECTED_PEOPLE.items():
        assert_same_types(dict(graph.nodes[person_id]), {"ego": False, **expected})

    assert graph.number_of_edges() == 5
    assert_same_types(
        dict(graph.edges["p1", "p2"]), {"strength": 3, "conflict": False, "kind": "tie"}
    )
    assert_same_types(
        dict(graph.edges["p3", "p2"]), {"strength": 1, "conflict": True, "kind": "tie"}
    )
    for person_id in ("p1", "p2", "p3"):  # p3 is in circle 4, and still joined to ego
        assert dict(graph.edges["ego", person_id]) == {"kind": "focus"}


def test_graphml_declares_the_types_other_tools_read(small_map: SupportMap) -> None:
    root = ElementTree.fromstring(graphml_bytes(small_map))
    namespace = "{http://graphml.graphdrawing.org/xmlns}"
    declared = {
        (key.get("for"), key.get("attr.name")): key.get("attr.type")
        for key in root.iter(f"{namespace}key")
    }
    assert declared[("node", "ego")] == "boolean"
    assert declared[("node", "name")] == "string"
    assert declared[("node", "circle")] == "int"
    assert declared[("node", "receive_crisis")] == "int"
    assert declared[("node", "barriers")] == "string"
    assert declared[("node", "contact")] == "string"
    assert declared[("edge", "strength")] == "int"
    assert declared[("edge", "conflict")] == "boolean"
    assert declared[("edge", "kind")] == "string"
    values = [data.text for data in root.iter(f"{namespace}data") if data.get("key") == "ego"]
    assert values == ["true", "false", "false", "false"]


def test_a_person_with_the_id_ego_keeps_it_and_the_focus_is_still_marked() -> None:
    support_map = make_map([make_person("ego", name="Eve")], focus="Alex")
    graph = nx.read_graphml(io.BytesIO(graphml_bytes(support_map)))
    assert dict(graph.nodes["ego"])["name"] == "Eve"
    assert dict(graph.nodes["ego"])["ego"] is False
    focus = [node for node, marked in graph.nodes(data="ego") if marked]
    assert focus == ["ego_2"]
    assert dict(graph.nodes["ego_2"]) == {"ego": True, "name": "Alex"}
    assert dict(graph.edges["ego_2", "ego"]) == {"kind": "focus"}


# --- the CSV bundle --------------------------------------------------------------------------


def read_bundle(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


def csv_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def graph_from_bundle(tables: dict[str, bytes]) -> nx.Graph:
    """The graph a script would build from the three tables, typed by hand as it would."""
    graph = nx.Graph()
    (ego,) = csv.DictReader(io.StringIO(tables["ego.csv"].decode("utf-8"), newline=""))
    graph.add_node("ego", ego=True, **ego)
    alters = csv.DictReader(io.StringIO(tables["alters.csv"].decode("utf-8"), newline=""))
    for row in alters:
        person_id = row.pop("id")
        typed = {key: int(value) if key in INTEGER_COLUMNS else value for key, value in row.items()}
        graph.add_node(person_id, ego=False, **typed)
        graph.add_edge("ego", person_id, kind="focus")
    ties = csv.DictReader(io.StringIO(tables["alter_ties.csv"].decode("utf-8"), newline=""))
    for row in ties:
        conflict = {"true": True, "false": False}[row["conflict"]]
        graph.add_edge(
            row["a"], row["b"], strength=int(row["strength"]), conflict=conflict, kind="tie"
        )
    return graph


def test_the_csv_bundle_holds_three_tables_in_a_fixed_column_order(
    small_map: SupportMap, tmp_path: Path
) -> None:
    path = tmp_path / "alex.zip"
    write_csv_bundle(path, small_map)
    tables = read_bundle(path)

    assert list(tables) == ["ego.csv", "alters.csv", "alter_ties.csv"]
    assert csv_rows(tables["ego.csv"]) == [["name"], ["Alex"]]
    alters = csv_rows(tables["alters.csv"])
    assert alters[0] == ALTER_HEADER
    assert [row[0] for row in alters[1:]] == ["p1", "p2", "p3"]
    assert alters[1] == [
        "p1", "Sam", "sister", "family", "1", "safe",
        "3", "2", "1", "0", "0", "0", "0", "0", "0", "0", "burden pride", "0170 555 01, evenings",
    ]  # fmt: skip
    assert csv_rows(tables["alter_ties.csv"]) == [
        ["a", "b", "strength", "conflict"],
        ["p1", "p2", "3", "false"],
        ["p2", "p3", "1", "true"],
    ]


def test_the_csv_bundle_is_rfc_4180_text(small_map: SupportMap) -> None:
    tables = read_bundle_bytes(csv_bundle_bytes(small_map))
    for raw in tables.values():
        assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark
        assert raw.endswith(b"\r\n")
        raw.decode("utf-8")
    alters = tables["alters.csv"]
    # Kim's name: quoted because of the comma, the quotes and the line break; quotes doubled.
    assert b'"Kim, ""the neighbour""\nupstairs"' in alters
    assert b',"neighbour, downstairs",' in alters
    assert ZOE.encode("utf-8") in alters
    assert b"\r\np1,Sam,sister,family,1,safe," in alters  # plain values are not quoted


def read_bundle_bytes(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


def test_names_with_commas_quotes_line_breaks_and_accents_survive_the_csv(
    small_map: SupportMap, tmp_path: Path
) -> None:
    path = tmp_path / "alex.zip"
    write_csv_bundle(path, small_map)
    graph = graph_from_bundle(read_bundle(path))
    assert graph.nodes["p2"]["name"] == KIM
    assert graph.nodes["p3"]["name"] == ZOE
    for person_id, expected in EXPECTED_PEOPLE.items():
        assert_same_types(dict(graph.nodes[person_id]), {"ego": False, **expected})


def test_the_csv_bundle_and_the_graphml_describe_the_same_graph(
    small_map: SupportMap, tmp_path: Path
) -> None:
    write_csv_bundle(tmp_path / "alex.zip", small_map)
    write_graphml(tmp_path / "alex.graphml", small_map)
    from_csv = graph_from_bundle(read_bundle(tmp_path / "alex.zip"))
    from_graphml = nx.read_graphml(tmp_path / "alex.graphml")
    assert dict(from_csv.nodes(data=True)) == dict(from_graphml.nodes(data=True))
    assert {frozenset(edge[:2]): edge[2] for edge in from_csv.edges(data=True)} == {
        frozenset(edge[:2]): edge[2] for edge in from_graphml.edges(data=True)
    }


# --- what stays out, and how files are written -----------------------------------------------


def test_notes_next_steps_and_session_notes_never_leave(
    small_map: SupportMap, tmp_path: Path
) -> None:
    write_graphml(tmp_path / "alex.graphml", small_map)
    write_csv_bundle(tmp_path / "alex.zip", small_map)
    contents = [(tmp_path / "alex.graphml").read_bytes(), (tmp_path / "alex.zip").read_bytes()]
    contents += read_bundle(tmp_path / "alex.zip").values()
    for raw in contents:
        for secret in SECRETS:
            assert secret.encode("utf-8") not in raw
        for key in (b"notes", b"next_step", b"session"):
            assert key not in raw


@pytest.mark.parametrize("name", sample_names())
def test_every_bundled_sample_exports_whole(name: str, tmp_path: Path) -> None:
    support_map = read_document(sample_path(name)).map
    write_graphml(tmp_path / "map.graphml", support_map)
    write_csv_bundle(tmp_path / "map.zip", support_map)
    graph = nx.read_graphml(tmp_path / "map.graphml")
    people, ties = len(support_map.people), len(support_map.ties)
    assert graph.number_of_nodes() == people + 1
    assert graph.number_of_edges() == people + ties
    assert graph.nodes["ego"]["name"] == support_map.focus_name
    assert graph_from_bundle(read_bundle(tmp_path / "map.zip")).number_of_edges() == people + ties
    for person in support_map.people.values():
        assert graph.nodes[person.id]["name"] == person.name
        assert graph.nodes[person.id]["circle"] == int(person.circle)


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_both_files_are_private_and_so_is_what_the_zip_unpacks_to(
    small_map: SupportMap, tmp_path: Path
) -> None:
    write_graphml(tmp_path / "alex.graphml", small_map)
    write_csv_bundle(tmp_path / "alex.zip", small_map)
    for name in ("alex.graphml", "alex.zip"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    with zipfile.ZipFile(tmp_path / "alex.zip") as bundle:
        for entry in bundle.infolist():
            assert stat.S_IMODE(entry.external_attr >> 16) == 0o600
        bundle.extractall(tmp_path / "unpacked")


@pytest.mark.parametrize("name", ["alex.graphml", "alex.zip"])
def test_a_read_only_folder_is_a_clear_message_and_leaves_nothing(
    small_map: SupportMap, read_only_folder: Path, name: str
) -> None:
    with pytest.raises(SaveError, match="no permission to write there; choose another folder"):
        write_for_tools(read_only_folder / name, small_map)
    assert list(read_only_folder.iterdir()) == []


def test_the_format_comes_from_the_end_of_the_name() -> None:
    assert ExportFormat.of(Path("a/Alex.graphml")) is ExportFormat.GRAPHML
    assert ExportFormat.of(Path("Alex.GraphML")) is ExportFormat.GRAPHML
    assert ExportFormat.of(Path("Alex.zip")) is ExportFormat.CSV_BUNDLE
    assert ExportFormat.of(Path("Alex.supportmap.json")) is ExportFormat.MAP_FILE
    for other in ("Alex.csv", "Alex.json", "Alex", ".graphml", "Alex.graphml.txt"):
        assert ExportFormat.of(Path(other)) is None


@st.composite
def maps_with_any_text(draw: st.DrawFn) -> SupportMap:
    count = draw(st.integers(1, 4))
    members = [
        make_person(f"p{i}", name=draw(names(40)), relationship=draw(free_text(40)))
        for i in range(1, count + 1)
    ]
    return make_map(members, [("p1", f"p{count}")] if count > 1 else [], focus=draw(names(40)))


@settings(max_examples=150, deadline=None)
@example(make_map([make_person("p1", relationship="\uffff \t\n")], focus="A\ufffe"))
@given(maps_with_any_text())
def test_any_text_the_model_holds_reads_back_the_same(support_map: SupportMap) -> None:
    from_graphml = nx.read_graphml(io.BytesIO(graphml_bytes(support_map)))
    from_csv = graph_from_bundle(read_bundle_bytes(csv_bundle_bytes(support_map)))
    in_xml = str.maketrans("\ufffe\uffff", "\ufffd\ufffd")  # see the test below
    for graph, shown in ((from_graphml, in_xml), (from_csv, {})):
        assert graph.nodes["ego"]["name"] == support_map.focus_name.translate(shown)
        for person in support_map.people.values():
            assert graph.nodes[person.id]["name"] == person.name.translate(shown)
            assert graph.nodes[person.id]["relationship"] == person.relationship.translate(shown)


def test_noncharacters_xml_cannot_hold_become_replacement_characters_in_graphml_only() -> None:
    sam = make_person("p\ufffe", name="Sa\ufffem", relationship="\uffff")
    support_map = make_map([sam, make_person("p2")], [("p\ufffe", "p2")])
    graph = nx.read_graphml(io.BytesIO(graphml_bytes(support_map)))
    assert graph.nodes["p\ufffd"]["name"] == "Sa\ufffdm"
    assert graph.nodes["p\ufffd"]["relationship"] == "\ufffd"
    assert graph.edges["p\ufffd", "p2"]["kind"] == "tie"
    from_csv = graph_from_bundle(read_bundle_bytes(csv_bundle_bytes(support_map)))
    assert from_csv.nodes["p\ufffe"]["name"] == "Sa\ufffem"

"""Exports for other tools (DESIGN §9): GraphML and a bundle of CSV tables.

Researchers and clinicians look at networks in Gephi, igraph, networkx or R (egor). These files
hand them one map in the shapes those tools read, with the file format's own words: attribute
names are the section-3 keys and values the section-2 values, never labels, so a script written
against one map reads every other. What stays private to the app never leaves it here: no
person's ``notes`` or ``next_step``, no session notes, no snapshots, no positions.

**GraphML** is written by hand with ElementTree rather than networkx's writer: that one calls
every Python ``int`` a ``long`` and writes booleans as ``True``; the GraphML primer's ``int``
and ``boolean`` with ``true``/``false`` are what every reader (networkx included) turns back
into the right types. The focus person is the node ``ego`` (``ego`` = true, with its ``name``),
every person a node under their own id (``ego`` = false), every tie an edge with ``kind`` =
"tie", and ``ego`` is joined to every person, circle 4 included, by an edge with ``kind`` =
"focus". Should a person's own id be ``ego`` (ids come from files), the focus takes the first
free one of ``ego_2``, ``ego_3``, …; the ``ego`` attribute still marks it. XML cannot hold the
noncharacters U+FFFE and U+FFFF, which a map's text may; GraphML carries U+FFFD in their place.

**The CSV bundle** is a zip of ``ego.csv``, ``alters.csv`` and ``alter_ties.csv`` (egor's
names): UTF-8 without a byte-order mark, commas, quotes only where RFC 4180 needs them and
CRLF line ends, with a header row in a fixed column order. Booleans are ``true``/``false``.

Both are built in memory and written atomically with mode 0600, like every file the app writes;
the files inside the zip are marked private to the owner too, for whoever unpacks it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from xml.etree import ElementTree

from supportmap.atomic import atomic_write_bytes
from supportmap.core.model import Person
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES

GRAPHML_SUFFIX = ".graphml"
CSV_BUNDLE_SUFFIX = ".zip"
GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
EGO_NODE = "ego"

Value = str | int | bool

PERSON_COLUMNS: tuple[str, ...] = (
    "name",
    "relationship",
    "sector",
    "circle",
    "safety",
    *(f"{flow}_{help_type.value}" for help_type in HELP_TYPES for flow in ("receive", "give")),
    "barriers",
    "contact",
)
"""A person's attributes in their fixed order: each help type's receive and give side by side,
in the order of section 2, as the file format groups them."""

EGO_COLUMNS = ("name",)
ALTER_COLUMNS = ("id", *PERSON_COLUMNS)
TIE_COLUMNS = ("a", "b", "strength", "conflict")


class ExportFormat(Enum):
    """The files ``export`` writes, told apart by the end of the file's name."""

    MAP_FILE = ".supportmap.json"
    ENCRYPTED_MAP_FILE = ".supportmap.json.age"
    GRAPHML = GRAPHML_SUFFIX
    CSV_BUNDLE = CSV_BUNDLE_SUFFIX

    @classmethod
    def of(cls, path: Path) -> ExportFormat | None:
        """The format named by ``path``'s ending (any case), or None for any other name."""
        name = path.name.lower()
        for export_format in cls:
            if name.endswith(export_format.value) and len(name) > len(export_format.value):
                return export_format
        return None


def person_values(person: Person) -> tuple[Value, ...]:
    """One person's attributes, in the order of `PERSON_COLUMNS`."""
    support = person.support
    flows: list[Value] = []
    for help_type in HELP_TYPES:
        flows += [support.receive(help_type), support.give(help_type)]
    return (
        person.name,
        person.relationship,
        person.sector.value,
        int(person.circle),
        person.safety.value,
        *flows,
        " ".join(barrier.value for barrier in person.sorted_barriers),
        person.contact,
    )


# --- GraphML ---------------------------------------------------------------------------------


def _graphml_type(value: Value) -> str:
    if isinstance(value, bool):
        return "boolean"
    return "int" if isinstance(value, int) else "string"


_NOT_XML = str.maketrans({0xFFFE: "\ufffd", 0xFFFF: "\ufffd"})


def _graphml_text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).translate(_NOT_XML)


def _focus_node_id(support_map: SupportMap) -> str:
    candidate, number = EGO_NODE, 1
    while candidate in support_map.people:
        number += 1
        candidate = f"{EGO_NODE}_{number}"
    return candidate


def graphml_bytes(support_map: SupportMap) -> bytes:
    """The map as a GraphML document (UTF-8, with an XML declaration)."""
    nodes: list[tuple[str, Sequence[tuple[str, Value]]]] = []
    ego = _focus_node_id(support_map)
    nodes.append((ego, (("ego", True), ("name", support_map.focus_name))))
    for person in support_map.people.values():
        values = zip(PERSON_COLUMNS, person_values(person), strict=True)
        nodes.append((person.id, (("ego", False), *values)))
    edges: list[tuple[str, str, Sequence[tuple[str, Value]]]] = [
        (tie.a, tie.b, (("strength", tie.strength), ("conflict", tie.conflict), ("kind", "tie")))
        for tie in support_map.ties.values()
    ]
    edges += [(ego, person_id, (("kind", "focus"),)) for person_id in support_map.people]

    root = ElementTree.Element("graphml", {"xmlns": GRAPHML_NAMESPACE})
    node_keys: Sequence[tuple[str, Value]] = (
        ("ego", False),
        *zip(PERSON_COLUMNS, _sample_person_values(), strict=True),
    )
    edge_keys: Sequence[tuple[str, Value]] = (("strength", 1), ("conflict", False), ("kind", ""))
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, sample in keys:
            ElementTree.SubElement(
                root,
                "key",
                {"id": name, "for": scope, "attr.name": name, "attr.type": _graphml_type(sample)},
            )
    graph = ElementTree.SubElement(root, "graph", {"id": "G", "edgedefault": "undirected"})
    for node_id, attributes in nodes:
        node = ElementTree.SubElement(graph, "node", {"id": _graphml_text(node_id)})
        _add_data(node, attributes)
    for source, target, attributes in edges:
        ends = {"source": _graphml_text(source), "target": _graphml_text(target)}
        _add_data(ElementTree.SubElement(graph, "edge", ends), attributes)
    ElementTree.indent(root)
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def _sample_person_values() -> tuple[Value, ...]:
    """Values of the right type for each person attribute, to declare the GraphML keys."""
    return person_values(Person(id="sample", name="sample"))


def _add_data(element: ElementTree.Element, attributes: Sequence[tuple[str, Value]]) -> None:
    for name, value in attributes:
        ElementTree.SubElement(element, "data", {"key": name}).text = _graphml_text(value)


def write_graphml(path: Path, support_map: SupportMap) -> None:
    """Save the map as GraphML, atomically and private to the user.

    Raises:
        SaveError: the file could not be written (an `OSError` with a message that says why).
    """
    atomic_write_bytes(Path(path), graphml_bytes(support_map))


# --- the CSV bundle --------------------------------------------------------------------------


def _csv_text(rows: Iterator[Sequence[Value]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(
            ("true" if value else "false") if isinstance(value, bool) else value for value in row
        )
    return buffer.getvalue().encode("utf-8")


def _ego_rows(support_map: SupportMap) -> Iterator[Sequence[Value]]:
    yield EGO_COLUMNS
    yield (support_map.focus_name,)


def _alter_rows(support_map: SupportMap) -> Iterator[Sequence[Value]]:
    yield ALTER_COLUMNS
    for person in support_map.people.values():
        yield (person.id, *person_values(person))


def _tie_rows(support_map: SupportMap) -> Iterator[Sequence[Value]]:
    yield TIE_COLUMNS
    for tie in support_map.ties.values():
        yield (tie.a, tie.b, tie.strength, tie.conflict)


def csv_bundle_bytes(support_map: SupportMap, when: dt.datetime | None = None) -> bytes:
    """The map as a zip of ``ego.csv``, ``alters.csv`` and ``alter_ties.csv``.

    Args:
        support_map: the map to export.
        when: the modification time the files inside carry; now, by default.
    """
    stamp = (when or dt.datetime.now()).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for name, rows in (
            ("ego.csv", _ego_rows(support_map)),
            ("alters.csv", _alter_rows(support_map)),
            ("alter_ties.csv", _tie_rows(support_map)),
        ):
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o100600 << 16  # a regular file, readable by its owner only
            bundle.writestr(entry, _csv_text(rows))
    return buffer.getvalue()


def write_csv_bundle(path: Path, support_map: SupportMap) -> None:
    """Save the map as a zip of CSV tables, atomically and private to the user.

    Raises:
        SaveError: the file could not be written (an `OSError` with a message that says why).
    """
    atomic_write_bytes(Path(path), csv_bundle_bytes(support_map))


def write_for_tools(path: Path, support_map: SupportMap) -> None:
    """Save the map as GraphML or as a CSV bundle, as the end of ``path``'s name says.

    Raises:
        ValueError: the name ends in neither ``.graphml`` nor ``.zip`` (a programming error:
            callers check `ExportFormat.of` first).
        SaveError: the file could not be written.
    """
    export_format = ExportFormat.of(Path(path))
    if export_format is ExportFormat.GRAPHML:
        write_graphml(path, support_map)
    elif export_format is ExportFormat.CSV_BUNDLE:
        write_csv_bundle(path, support_map)
    else:
        raise ValueError(f"not a file for other tools: {path}")

"""Reading and writing `.supportmap.json`: shape, defaults, placement, messages, atomic saves."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from supportmap.core.layout import locate
from supportmap.core.model import Person, Position, SessionNote, Support, Tie
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector
from supportmap.storage.fileformat import (
    MAX_FILE_BYTES,
    Document,
    FileFormatError,
    dumps,
    loads,
    map_from_dict,
    map_to_dict,
    read_document,
    write_document,
)
from tests.maps import make_map


def minimal(**map_fields: Any) -> dict[str, Any]:
    return {"format": "supportmap", "version": 1, "map": {"focus": {"name": "Alex"}, **map_fields}}


def text_of(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def sample_map() -> SupportMap:
    sam = Person(
        id="p1",
        name="Sam",
        relationship="sister",
        sector=Sector.FAMILY,
        circle=Circle.CLOSEST,
        safety=Safety.SAFE,
        support=Support.of({HelpType.PRACTICAL: (1, 0), HelpType.EMOTIONAL: (3, 2)}),
        barriers=frozenset({Barrier.SHAME, Barrier.BURDEN}),
        next_step="Ask Sam to come to the appointment on Tuesday",
        position=Position(120, -40),
    )
    lukasz = Person(id="p2", name="Łukasz 🌱", circle=Circle.COULD_REACH, position=Position(1, 2))
    return make_map(
        [sam, lukasz],
        [Tie("p1", "p2", strength=2, conflict=True)],
        focus="Alex",
        title="Alex — after session 3",
        notes=[SessionNote("n1", dt.date(2026, 11, 21), "First session.", private=True)],
    )


def test_export_has_the_documented_shape_and_key_order() -> None:
    data = json.loads(dumps(Document(sample_map())))

    assert list(data) == ["format", "version", "map", "snapshots"]
    assert list(data["map"]) == ["title", "focus", "people", "ties", "session_notes"]
    sam = data["map"]["people"][0]
    assert list(sam) == [
        "id", "name", "relationship", "sector", "circle", "safety", "support", "barriers",
        "next_step", "notes", "contact", "position",
    ]  # fmt: skip
    assert sam["support"] == {
        "emotional": {"receive": 3, "give": 2},
        "practical": {"receive": 1, "give": 0},
    }
    assert list(sam["support"]) == ["emotional", "practical"]
    assert sam["barriers"] == ["burden", "shame"]
    assert sam["position"] == {"x": 120.0, "y": -40.0}
    assert data["map"]["ties"] == [{"a": "p1", "b": "p2", "strength": 2, "conflict": True}]
    assert data["map"]["session_notes"] == [
        {"date": "2026-11-21", "text": "First session.", "private": True}
    ]


def test_export_is_indented_utf8_with_final_newline() -> None:
    text = dumps(Document(sample_map()))
    assert text.endswith("}\n")
    assert "Łukasz 🌱" in text
    assert '\n  "version": 1,\n' in text


def test_import_gives_back_the_same_map() -> None:
    original = sample_map()
    document = loads(dumps(Document(original)))
    assert document.map == original
    assert document.snapshots == ()


def test_snapshots_are_written_in_utc_and_read_back() -> None:
    taken = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    document = Document(sample_map(), (Snapshot("Session 1", taken, sample_map()),))
    data = json.loads(dumps(document))
    assert data["snapshots"][0]["taken"] == "2026-10-01T10:00:00Z"
    assert list(data["snapshots"][0]) == ["label", "taken", "map"]
    again = loads(dumps(document))
    assert again.snapshots[0].taken == taken
    assert again.snapshots[0].map == sample_map()


def test_only_the_documented_fields_are_required_and_defaults_apply() -> None:
    data = minimal(people=[{"id": "x", "name": "  Kim  "}])
    person = loads(text_of(data)).map.person("x")
    assert person.name == "Kim"
    assert person.circle is Circle.AROUND
    assert person.safety is Safety.UNSURE
    assert person.sector is Sector.OTHER
    assert person.support == Support()
    assert person.barriers == frozenset()


def test_people_without_a_position_are_placed_in_their_ring_and_wedge() -> None:
    people = [
        {"id": f"p{i}", "name": f"Person {i}", "circle": 1 + i % 4, "sector": sector.value}
        for i, sector in enumerate(list(Sector) * 3)
    ]
    support_map = loads(text_of(minimal(people=people))).map
    spots = set()
    for person in support_map.people.values():
        assert person.position is not None
        assert locate(person.position) == (person.circle, person.sector)
        spots.add((person.position.x, person.position.y))
    assert len(spots) == len(people)


def test_placed_positions_round_trip_exactly() -> None:
    support_map = make_map([Person(id="a", name="No position", sector=Sector.WORK)])
    first = dumps(Document(support_map))
    assert first == dumps(loads(first))
    assert '"position"' in first


def test_unknown_extra_keys_are_ignored() -> None:
    data = minimal(people=[{"id": "p1", "name": "Sam", "favourite_colour": "green"}], mood=3)
    data["comment"] = "hello"
    assert loads(text_of(data)).map.person("p1").name == "Sam"


@pytest.mark.parametrize(
    ("people_or_map", "message"),
    [
        (
            {"people": [{"id": "p1", "name": "S", "support": {"emotional": {"receive": 7}}}]},
            "map.people[0].support.emotional.receive: must be 0..3, got 7",
        ),
        (
            {"people": [{"id": "p1", "name": "S", "support": {"emotional": {"give": 2.0}}}]},
            "map.people[0].support.emotional.give: must be a whole number 0..3, got 2.0",
        ),
        (
            {"people": [{"id": "p1", "name": "S", "support": {"crisis": {"receive": True}}}]},
            "map.people[0].support.crisis.receive: must be a whole number 0..3, got true",
        ),
        (
            {"people": [{"id": "p1", "name": "S", "circle": 5}]},
            "map.people[0].circle: must be 1..4, got 5",
        ),
        (
            {"people": [{"id": "p1", "name": "S", "safety": "ok"}]},
            'map.people[0].safety: must be one of "safe", "strings", "draining", "unsafe", '
            '"unsure", got "ok"',
        ),
        (
            {"people": [{"id": "p1", "name": "S", "barriers": ["pride", "fear"]}]},
            'map.people[0].barriers[1]: must be one of "burden"',
        ),
        (
            {"people": [{"id": "p1", "name": "   "}]},
            "map.people[0].name: must not be empty",
        ),
        (
            {"people": [{"id": "p1", "name": "x" * 81}]},
            "map.people[0].name: must be at most 80 characters, got 81",
        ),
        ({"people": [{"name": "Sam"}]}, "map.people[0].id: is required"),
        (
            {"people": [{"id": "p1", "name": "A"}, {"id": "p1", "name": "B"}]},
            "map.people[1].id: 'p1' is already used",
        ),
        (
            {"people": [{"id": "p1", "name": "A"}], "ties": [{"a": "p1", "b": "p9"}]},
            "map.ties[0].b: no person 'p9'",
        ),
        (
            {"people": [{"id": "p1", "name": "A"}], "ties": [{"a": "p1", "b": "p1"}]},
            "map.ties[0].b: a person cannot be tied to themselves",
        ),
        (
            {
                "people": [{"id": "p1", "name": "A"}, {"id": "p2", "name": "B"}],
                "ties": [{"a": "p1", "b": "p2"}, {"a": "p2", "b": "p1"}],
            },
            "map.ties[1].b: 'p2' and 'p1' are already tied",
        ),
        (
            {"people": [{"id": "p1", "name": "S", "position": {"x": "1", "y": 2}}]},
            'map.people[0].position.x: must be a number, got "1"',
        ),
        (
            {"session_notes": [{"date": "21/11/2026", "text": "hi"}]},
            'map.session_notes[0].date: must be a date like 2026-11-21, got "21/11/2026"',
        ),
        ({"people": {"p1": {}}}, "map.people: must be a list, got an object"),
    ],
)
def test_bad_values_are_refused_with_the_field_path(
    people_or_map: dict[str, Any], message: str
) -> None:
    with pytest.raises(FileFormatError) as caught:
        loads(text_of(minimal(**people_or_map)))
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[" * 100_000, "nested more than 64 levels"),
        (b'{"format": "supportmap", "version": NaN}', "NaN is not a valid JSON number"),
        (b'{"format": "x", "format": "supportmap"}', 'The key "format" appears twice'),
        (b"[]", "expected a JSON object, got a list"),
        (b'{"version": 1}', "format: is required"),
        (b'{"format": "mindmap", "version": 1}', 'format: must be "supportmap", got "mindmap"'),
        (b'{"format": "supportmap"}', "version: is required"),
        (b'{"format": "supportmap", "version": "1"}', "version: must be a whole number from 1"),
        (b'{"format": "supportmap", "version": 2, "map": {}}', "newer SupportMap"),
        (b'{"format": "supportmap", "version": 1}', "map: is required"),
        (b'{"format": "supportmap", "version": 1, "map": {}}', "map.focus: is required"),
        (
            b'{"format": "supportmap", "version": 1, "map": {"focus": {"name": "\\ud800"}}}',
            "invalid character",
        ),
        (
            b'{"format": "supportmap", "version": 1, "map": {"focus": {"name": "A"}},'
            b' "snapshots": [{"label": "S", "taken": "2026-10-01T10:00:00"}]}',
            "snapshots[0].taken: must be a date and time with a time zone",
        ),
        (
            b'{"format": "supportmap", "version": 1, "map": {"focus": {"name": "A"}},'
            b' "snapshots": [{"label": "S", "taken": "2026-10-01T10:00:00Z",'
            b' "map": {"focus": {"name": "A"}, "people": [{"id": "p1"}]}}]}',
            "snapshots[0].map.people[0].name: is required",
        ),
    ],
)
def test_malformed_files_are_refused_cleanly(content: bytes, message: str) -> None:
    with pytest.raises(FileFormatError) as caught:
        loads(content)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_map_from_dict_names_its_place() -> None:
    with pytest.raises(FileFormatError, match=r"^snapshots\[2\]\.map\.focus: is required"):
        map_from_dict({}, "snapshots[2].map")
    assert map_from_dict(map_to_dict(sample_map())) == sample_map()


def test_size_cap_is_checked_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="up to 20 MB"):
        loads(b" " * (MAX_FILE_BYTES + 1))
    big = tmp_path / "big.supportmap.json"
    with big.open("wb") as handle:  # sparse: the reader must refuse it by size alone
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FileFormatError, match="up to 20 MB"):
        read_document(big)


def test_write_then_read_a_file(tmp_path: Path) -> None:
    path = tmp_path / "alex.supportmap.json"
    write_document(path, Document(sample_map()))
    assert path.read_text("utf-8") == dumps(Document(sample_map()))
    assert read_document(path).map == sample_map()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_reading_never_changes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "alex.supportmap.json"
    path.write_text(text_of(minimal(people=[{"id": "p1", "name": "Sam"}])), "utf-8")
    before = path.read_bytes(), path.stat().st_mtime_ns
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_missing_files_and_folders_get_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="There is no file"):
        read_document(tmp_path / "nothing.supportmap.json")
    with pytest.raises(FileFormatError, match="is a folder"):
        read_document(tmp_path)


def test_brackets_inside_text_do_not_count_as_nesting() -> None:
    name = "[{" * 40 + '\\"' + "}]" * 3
    data = minimal(people=[{"id": "p1", "name": name[:80], "notes": "[" * 500}])
    assert loads(text_of(data)).map.person("p1").notes == "[" * 500


def test_deep_nesting_inside_an_ignored_key_is_still_refused() -> None:
    text = text_of(minimal()).replace('"map"', '"extra": ' + "[" * 65 + "]" * 65 + ', "map"')
    with pytest.raises(FileFormatError, match="nested more than 64"):
        loads(text)


# --- files SupportMap wrote itself -------------------------------------------------------------


def test_reading_an_own_file_that_is_damaged_gives_the_checked_reads_message(
    tmp_path: Path,
) -> None:
    from supportmap.storage.fileformat_own import read_own_document

    damaged = tmp_path / "damaged.supportmap.json"
    document = json.loads(dumps(Document(sample_map())))
    document["map"]["people"][0]["support"]["emotional"]["receive"] = 7
    damaged.write_text(json.dumps(document), "utf-8")
    with pytest.raises(FileFormatError) as checked:
        read_document(damaged)
    with pytest.raises(FileFormatError) as own:
        read_own_document(damaged)
    assert str(own.value) == str(checked.value)
    assert "map.people[0].support.emotional.receive" in str(own.value)
    with pytest.raises(FileFormatError, match="There is no file"):
        read_own_document(tmp_path / "missing.supportmap.json")


def test_a_map_not_in_the_written_form_is_read_by_the_full_check() -> None:
    from supportmap.storage.fileformat_own import map_from_own_dict

    written = map_to_dict(sample_map())
    assert map_to_dict(map_from_own_dict(written)) == written
    trimmed = {key: value for key, value in written.items() if key not in ("ties", "title")}
    assert map_to_dict(map_from_own_dict(trimmed)) == map_to_dict(map_from_dict(trimmed))
    with pytest.raises(FileFormatError, match=r"^snapshot\.focus: is required"):
        map_from_own_dict({"people": []}, "snapshot")

"""`contact` and `safety_plan` in `.supportmap.json` (DESIGN.md §3, additions to version 1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from supportmap.core.model import CrisisLine, Person, SafetyPlan
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage.fileformat import (
    Document,
    FileFormatError,
    dumps,
    loads,
    read_document,
    write_document,
)
from supportmap.storage.fileformat_own import read_own_document
from tests.maps import make_map, make_person

PLAN = SafetyPlan(
    warning_signs=("I stop answering messages",),
    coping=("a walk by the river", "music"),
    distraction_places=("the library",),
    people_to_ask=("p2", "p1"),
    professionals=(),
    crisis_lines=(CrisisLine("Night line", "0800 000 000"),),
    safer_surroundings=("give the pills to Kim",),
    what_matters="my daughter",
)


def plan_map(plan: SafetyPlan | None = PLAN) -> SupportMap:
    people = [
        make_person("p1", name="Sam", contact="07700 900123"),
        make_person("p2", name="Kim", contact="via Sam"),
    ]
    return make_map(people, [("p1", "p2")], focus="Alex", safety_plan=plan)


def file_with(**map_fields: Any) -> dict[str, Any]:
    people = [{"id": "p1", "name": "Sam"}, {"id": "p2", "name": "Kim"}]
    return {
        "format": "supportmap",
        "version": 1,
        "map": {"focus": {"name": "Alex"}, "people": people, **map_fields},
    }


def test_contact_follows_notes_and_the_plan_follows_the_session_notes() -> None:
    data = json.loads(dumps(Document(plan_map())))
    assert list(data["map"]) == ["title", "focus", "people", "ties", "session_notes", "safety_plan"]
    sam = data["map"]["people"][0]
    assert list(sam)[list(sam).index("notes") + 1] == "contact"
    assert sam["contact"] == "07700 900123"
    assert data["map"]["safety_plan"] == {
        "warning_signs": ["I stop answering messages"],
        "coping": ["a walk by the river", "music"],
        "distraction_places": ["the library"],
        "people_to_ask": ["p2", "p1"],
        "professionals": [],
        "crisis_lines": [{"name": "Night line", "contact": "0800 000 000"}],
        "safer_surroundings": ["give the pills to Kim"],
        "what_matters": "my daughter",
    }
    assert list(data["map"]["safety_plan"]) == [
        "warning_signs", "coping", "distraction_places", "people_to_ask", "professionals",
        "crisis_lines", "safer_surroundings", "what_matters",
    ]  # fmt: skip


def test_a_map_without_a_plan_writes_none_but_everyone_has_a_contact() -> None:
    data = json.loads(dumps(Document(plan_map(None))))
    assert "safety_plan" not in data["map"]
    assert [p["contact"] for p in data["map"]["people"]] == ["07700 900123", "via Sam"]
    empty = json.loads(dumps(Document(plan_map(SafetyPlan()))))["map"]["safety_plan"]
    assert list(empty) == [
        "warning_signs", "coping", "distraction_places", "crisis_lines", "safer_surroundings",
        "what_matters",
    ]  # fmt: skip


def test_export_import_export_is_byte_identical_with_a_plan_in_the_map_and_a_snapshot(
    tmp_path: Path,
) -> None:
    snapshot = Snapshot.of(plan_map(SafetyPlan(distraction_people=("p1",))), "Session 1")
    document = Document(plan_map(), (snapshot,))
    first = tmp_path / "first.supportmap.json"
    write_document(first, document)
    back = read_document(first)
    assert back.map.safety_plan == PLAN
    assert back.map.person("p2").contact == "via Sam"
    assert back.snapshots[0].map.safety_plan == SafetyPlan(distraction_people=("p1",))
    second = tmp_path / "second.supportmap.json"
    write_document(second, back)
    assert second.read_bytes() == first.read_bytes()
    assert read_own_document(first) == back


def test_an_older_file_without_contact_or_plan_still_reads() -> None:
    document = loads(json.dumps(file_with()))
    assert document.map.person("p1").contact == ""
    assert document.map.safety_plan is None


def test_an_unchosen_people_list_stays_unchosen_and_a_partial_plan_gets_defaults() -> None:
    document = loads(json.dumps(file_with(safety_plan={"people_to_ask": []})))
    assert document.map.safety_plan == SafetyPlan(people_to_ask=())


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        ({"people_to_ask": ["p1", "p9"]}, "map.safety_plan.people_to_ask[1]: no person 'p9'"),
        ({"professionals": ["p1", "p1"]}, "map.safety_plan.professionals[1]: 'p1' is named twice"),
        ({"coping": ["walk"] * 21}, "map.safety_plan.coping: may hold at most 20 items, got 21"),
        ({"warning_signs": ["x" * 281]}, "map.safety_plan.warning_signs[0]: must be at most 280"),
        ({"what_matters": "\x1b[2J"}, "map.safety_plan.what_matters: must not contain control"),
        (
            {"crisis_lines": [{"name": "Line", "contact": "1" * 281}]},
            "map.safety_plan.crisis_lines[0].contact: must be at most 280",
        ),
        ({"distraction_people": "p1"}, "map.safety_plan.distraction_people: must be a list"),
        ({"crisis_lines": [{"name": 7}]}, "map.safety_plan.crisis_lines[0].name: must be text"),
        ([], "map.safety_plan: must be an object"),
    ],
)
def test_a_bad_plan_is_refused_with_a_message_naming_the_field(plan: Any, message: str) -> None:
    with pytest.raises(FileFormatError) as refused:
        loads(json.dumps(file_with(safety_plan=plan)))
    assert str(refused.value).startswith(message)


def test_a_contact_over_120_characters_is_refused_with_the_field() -> None:
    people = [{"id": "p1", "name": "Sam", "contact": "9" * 121}]
    data = file_with(people=people)
    with pytest.raises(FileFormatError, match=r"^map\.people\[0\]\.contact: must be at most 120"):
        loads(json.dumps(data))


def test_a_snapshot_with_a_dangling_plan_id_names_its_place() -> None:
    data = file_with()
    data["snapshots"] = [
        {
            "label": "Before",
            "taken": "2026-10-01T10:00:00Z",
            "map": {"focus": {"name": "Alex"}, "safety_plan": {"people_to_ask": ["p1"]}},
        }
    ]
    with pytest.raises(FileFormatError, match=r"^snapshots\[0\]\.map\.safety_plan\.people_to_ask"):
        loads(json.dumps(data))


def test_unknown_keys_in_a_plan_are_ignored_like_elsewhere() -> None:
    document = loads(json.dumps(file_with(safety_plan={"mood": 3, "coping": ["tea"]})))
    assert document.map.safety_plan == SafetyPlan(coping=("tea",))
    assert Person(id="p1", name="Sam") == document.map.person("p1").replace(position=None)

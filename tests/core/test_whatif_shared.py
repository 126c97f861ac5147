"""The what-if findings of everyone, worked out together, equal analysing each smaller map."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

from supportmap.cli import main
from supportmap.core.analysis import analyze
from supportmap.core.findings import Finding
from supportmap.core.model import Person, Support
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Sector
from supportmap.core.whatif import findings_without, findings_without_each, what_if_all
from supportmap.samples import sample_names, sample_path
from supportmap.storage.fileformat import Document, read_document, write_document
from tests.core.map_strategies import support_maps

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from _maps import random_map


def one_by_one(support_map: SupportMap) -> dict[str, tuple[object, ...]]:
    return {p.id: findings_without(support_map, p.id) for p in support_map.current_people()}


@settings(max_examples=100, deadline=None)
@given(support_maps(max_people=16))
def test_shared_what_if_findings_equal_a_full_analysis_per_person(
    support_map: SupportMap,
) -> None:
    assert findings_without_each(support_map) == one_by_one(support_map)


@pytest.mark.parametrize("seed", range(6))
def test_shared_what_if_findings_equal_a_full_analysis_on_larger_random_maps(seed: int) -> None:
    support_map = random_map(40 + 15 * seed, 30 + 60 * seed, seed=seed)
    assert findings_without_each(support_map, analyze(support_map)) == one_by_one(support_map)


def reference_json(support_map: SupportMap) -> str:
    """The command's JSON as it was first written: every person's map analysed in full."""
    analysis = analyze(support_map)
    result = analysis.to_json()
    result["what_if"] = {
        person_id: {
            **what_if.to_json(),
            "findings": [f.to_json() for f in findings_without(support_map, person_id)],
        }
        for person_id, what_if in what_if_all(support_map, analysis).items()
    }
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", sample_names())
def test_the_command_prints_exactly_the_reference_json_for_each_sample(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_path(name)
    assert main(["analyze", str(path), "--what-if", "--format", "json"]) == 0
    assert capsys.readouterr().out == reference_json(read_document(path).map)


@pytest.mark.parametrize("seed", range(3))
def test_the_command_prints_exactly_the_reference_json_for_random_maps(
    seed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    support_map = random_map(60, 150 + 100 * seed, seed=seed)
    path = tmp_path / "random.supportmap.json"
    write_document(path, Document(support_map))
    assert main(["analyze", str(path), "--what-if", "--format", "json"]) == 0
    assert capsys.readouterr().out == reference_json(read_document(path).map)


def test_an_absence_changes_the_findings_about_the_whole_network_as_a_new_map_would() -> None:
    def received(*levels: int) -> Support:
        return Support.of({t: (level, 0) for t, level in zip(HELP_TYPES, levels, strict=False)})

    people = [
        Person("ann", "Ann", support=received(3, 3, 3)),
        Person("ben", "Ben", support=received(3), barriers=frozenset({Barrier.SHAME})),
        Person("cai", "Cai", support=received(0, 3), barriers=frozenset({Barrier.SHAME})),
        Person(
            "dee",
            "Dee",
            support=Support.of({t: (0, 3) for t in HELP_TYPES}),
            barriers=frozenset({Barrier.SHAME}),
        ),
        Person("eve", "Eve", sector=Sector.PROFESSIONAL),
        Person("fay", "Fay", circle=Circle.COULD_REACH, barriers=frozenset({Barrier.SHAME})),
    ]
    support_map = SupportMap.build("Me", "", people, [])
    shared = findings_without_each(support_map)
    assert shared == one_by_one(support_map)

    def named(findings: tuple[Finding, ...], code: str) -> list[tuple[str, ...]]:
        return [f.people for f in findings if f.code == code]

    everyone = analyze(support_map).findings
    # Ann receives 9 of 15: more than half. Without her Ben and Cai hold 3 of 6 each.
    assert named(everyone, "concentration") == [("ann",)]
    assert named(shared["ann"], "concentration") == [("ben",), ("cai",)]
    assert named(shared["ben"], "concentration") == [("ann",)]
    # Dee gets 15 and gives 0; the rest give 15 back. Without Ann only 6 come back.
    assert named(everyone, "giving_overall") == []
    assert named(shared["ann"], "giving_overall") == [()]
    assert named(everyone, "barrier_pattern") == [("ben", "cai", "dee", "fay")]
    assert named(shared["ben"], "barrier_pattern") == [("cai", "dee", "fay")]
    assert named(everyone, "no_professional") == []
    assert named(shared["eve"], "no_professional") == [()]

"""The bundled sample maps: present, valid, and telling a story."""

from __future__ import annotations

import pytest

from supportmap.core.analysis import analyze
from supportmap.core.vocabulary import Circle, Sector
from supportmap.samples import demo_path, sample_names, sample_path
from supportmap.storage.fileformat import Document, dumps, loads, read_document
from supportmap.storage.fileformat_own import read_own_document


def test_there_are_at_least_three_samples_including_the_demo() -> None:
    names = sample_names()
    assert len(names) >= 3
    assert "demo" in names
    assert demo_path() == sample_path("demo") == sample_path("demo.supportmap.json")


def test_unknown_sample_names_are_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"the samples are: .*demo"):
        sample_path("nonexistent")
    with pytest.raises(ValueError):
        sample_path("../samples/demo")


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_imports_cleanly_and_round_trips(name: str) -> None:
    document = read_document(sample_path(name))
    assert 8 <= len(document.map.people) <= 16
    assert document.map.ties
    assert document.map.notes
    assert any(person.next_step for person in document.map.people.values())
    assert all(person.position is not None for person in document.map.people.values())
    text = dumps(document)
    assert dumps(loads(text)) == text


def test_some_sample_has_snapshots() -> None:
    assert any(read_document(sample_path(name)).snapshots for name in sample_names())


def test_the_demo_shows_most_findings() -> None:
    document: Document = read_document(demo_path())
    codes = {finding.to_json()["code"] for finding in analyze(document.map).findings}
    expected = {
        "single_source", "crisis_thin", "unsafe_only", "one_sided_giving", "bridge_person",
        "potential", "barrier_pattern", "unsafe_close",
    }  # fmt: skip
    assert expected <= codes
    people = document.map.people.values()
    assert any(p.circle is Circle.COULD_REACH for p in people)
    assert any(p.sector is Sector.PROFESSIONAL and p.is_current for p in people)


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_reads_the_same_without_the_shape_check(name: str) -> None:
    """The app opens the demo with `read_own_document`; it must agree with the full check."""
    assert dumps(read_own_document(sample_path(name))) == dumps(read_document(sample_path(name)))

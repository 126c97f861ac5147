"""Property: export → import → export gives the same bytes, for any map the model allows."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportmap.core.model import (
    CrisisLine,
    Person,
    Position,
    SafetyPlan,
    SessionNote,
    Support,
    SupportLevel,
    Tie,
)
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Safety, Sector
from supportmap.storage import fileformat_own
from supportmap.storage.fileformat import Document, dumps, loads
from tests import text_strategies

names = text_strategies.names()
free_text = text_strategies.free_text(60)
coordinates = st.floats(min_value=-1e7, max_value=1e7, allow_nan=False)
positions = st.none() | st.builds(Position, coordinates, coordinates)
levels = st.builds(SupportLevel, st.integers(0, 3), st.integers(0, 3))
supports = st.lists(levels, min_size=len(HELP_TYPES), max_size=len(HELP_TYPES)).map(
    lambda found: Support(tuple(found))
)


@st.composite
def support_maps(draw: st.DrawFn) -> SupportMap:
    count = draw(st.integers(0, 12))
    people = [
        Person(
            id=f"p{i}" if draw(st.booleans()) else f"id-{i}-{draw(st.text('abcxyz', max_size=4))}",
            name=draw(names),
            relationship=draw(free_text),
            sector=draw(st.sampled_from(Sector)),
            circle=draw(st.sampled_from(Circle)),
            safety=draw(st.sampled_from(Safety)),
            support=draw(supports),
            barriers=frozenset(draw(st.sets(st.sampled_from(Barrier)))),
            next_step=draw(free_text),
            notes=draw(free_text),
            contact=draw(free_text),
            position=draw(positions),
        )
        for i in range(count)
    ]
    pairs = [(a.id, b.id) for i, a in enumerate(people) for b in people[i + 1 :]]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=15)) if pairs else []
    ties = [Tie(a, b, draw(st.integers(1, 3)), draw(st.booleans())) for a, b in chosen]
    notes = [
        SessionNote(f"note{i}", draw(st.dates()), draw(free_text), draw(st.booleans()))
        for i in range(draw(st.integers(0, 3)))
    ]
    title = draw(text_strategies.free_text(40))
    plan = draw(st.none() | safety_plans([person.id for person in people]))
    return SupportMap.build(draw(names), title, people, ties, notes, plan)


def safety_plans(ids: list[str]) -> st.SearchStrategy[SafetyPlan]:
    """Any plan for a map with these people: chosen or unchosen people lists in any order."""
    texts = st.lists(free_text, max_size=3).map(tuple)
    chosen = (
        st.none() | st.lists(st.sampled_from(ids), unique=True).map(tuple) if ids else st.none()
    )
    lines = st.lists(st.builds(CrisisLine, free_text, free_text), max_size=2).map(tuple)
    return st.builds(
        SafetyPlan,
        warning_signs=texts,
        coping=texts,
        distraction_places=texts,
        distraction_people=chosen,
        people_to_ask=chosen,
        professionals=chosen,
        crisis_lines=lines,
        safer_surroundings=texts,
        what_matters=free_text,
    )


snapshots = st.builds(
    Snapshot,
    names,
    st.datetimes(
        min_value=dt.datetime(1900, 1, 2), timezones=st.sampled_from([dt.UTC, dt.timezone.max])
    ),
    support_maps(),
)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(support_maps(), st.lists(snapshots, max_size=2))
def test_export_import_export_is_byte_identical(
    support_map: SupportMap, taken: list[Snapshot]
) -> None:
    first = dumps(Document(support_map, tuple(taken)))
    document = loads(first)
    assert dumps(document) == first
    assert loads(first.encode("utf-8")) == document


@settings(max_examples=60, deadline=None)
@given(support_maps())
def test_placed_maps_come_back_equal_apart_from_note_ids(support_map: SupportMap) -> None:
    back = loads(dumps(Document(support_map))).map
    assert [p.id for p in back.people.values()] == list(support_map.people)
    for person in support_map.people.values():
        if person.position is not None:
            assert back.person(person.id) == person
        else:
            assert back.person(person.id) == person.replace(
                position=back.person(person.id).position
            )
    assert list(back.ties.values()) == list(support_map.ties.values())
    assert [(n.date, n.text, n.private) for n in back.notes] == [
        (n.date, n.text, n.private) for n in support_map.notes
    ]
    assert back.safety_plan == support_map.safety_plan


@settings(max_examples=60, deadline=None)
@given(support_maps())
def test_the_quick_reader_of_our_own_files_reads_what_the_checked_reader_reads(
    support_map: SupportMap,
) -> None:
    """Without falling back to the checked reader, which would hide a mistake here."""
    written = dumps(Document(support_map))
    assert fileformat_own._map_from_written(json.loads(written)["map"]) == loads(written).map

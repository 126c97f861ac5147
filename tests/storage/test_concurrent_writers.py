"""No lost update with real processes saving at the same moment, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

import pytest

from supportmap.core.vocabulary import HelpType
from supportmap.storage.library import Library
from tests.storage import concurrent_child as child
from tests.storage.library_helpers import sample_map

pytestmark = pytest.mark.slow
SPAWN = multiprocessing.get_context("spawn")


def at_once(work: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
    """Run ``work(*job, barrier)`` for every job in processes of their own, released together."""
    manager = SPAWN.Manager()
    try:
        start = manager.Barrier(len(jobs))
        with SPAWN.Pool(len(jobs)) as pool:
            pending = [pool.apply_async(work, (*job, start)) for job in jobs]
            return [result.get(timeout=120) for result in pending]
    finally:
        manager.shutdown()


def test_two_processes_rename_one_person_one_is_refused(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())

    outcomes = at_once(
        child.one_edit,
        [
            (library_location, map_id, "rename", "Samuel"),
            (library_location, map_id, "rename", "Sammy"),
        ],
    )

    assert sorted(outcomes) == [child.CONFLICT, child.OK]
    winner = ("Samuel", "Sammy")[outcomes.index(child.OK)]
    assert library.load_map(map_id).person("p1").name == winner


def test_receive_and_give_changed_at_once_are_never_silently_lost(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())

    receive, give = at_once(
        child.one_edit,
        [(library_location, map_id, "receive", "3"), (library_location, map_id, "give", "2")],
    )

    level = library.load_map(map_id).person("p2").support[HelpType.PRACTICAL]
    assert (receive == child.OK) == (level.receive == 3)
    assert (give == child.OK) == (level.give == 2)
    assert child.OK in (receive, give)


def test_two_processes_adding_a_person_keep_every_add_reported_under_distinct_ids(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())

    outcomes = at_once(
        child.one_edit,
        [(library_location, map_id, "add", "Lee"), (library_location, map_id, "add", "Ana")],
    )

    done = [outcome.split() for outcome in outcomes]
    assert all(kind in (child.OK, child.CONFLICT) for kind, _ in done)
    kept = [
        (pid, name)
        for (kind, pid), name in zip(done, ("Lee", "Ana"), strict=True)
        if kind == child.OK
    ]
    assert kept, "neither add went through"
    people = library.load_map(map_id).people
    assert len(people) == len(sample_map().people) + len(kept)
    assert len({pid for pid, _ in kept}) == len(kept)
    assert all(people[pid].name == name for pid, name in kept)


def test_every_save_reported_done_by_four_writers_is_in_the_library(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())
    saves = 25

    reported = at_once(
        child.many_saves, [(library_location, map_id, writer, saves) for writer in range(4)]
    )

    notes = library.load_map(map_id).person("p1").notes
    assert notes.startswith(sample_map().person("p1").notes)
    stored = [word for word in notes.split() if word.startswith("w")]
    done = [token for tokens in reported for token in tokens]
    assert done, "no save at all went through"
    assert sorted(stored) == sorted(done)

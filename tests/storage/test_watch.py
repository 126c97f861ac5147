"""A window learns that another one saved: the change watch of both backends."""

from __future__ import annotations

from supportmap.core import edits
from supportmap.storage.library import Library
from tests.maps import edit
from tests.storage.library_helpers import sample_map


def test_a_watch_sees_a_save_by_another_library_and_only_once(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())
    watch = library.watch()
    try:
        assert watch.poll() is False
        with Library.open(library_location) as other:
            theirs = other.load_map(map_id)
            other.apply(map_id, edit(theirs, edits.update_person, "p1", name="Samuel"))

        assert watch.poll(timeout=2.0) is True  # arrived within the 2 s of DESIGN §11
        assert watch.poll() is False
    finally:
        watch.close()


def test_a_watch_does_not_wake_for_reads(library: Library, library_location: str) -> None:
    map_id = library.save_new_map(sample_map())
    watch = library.watch()
    try:
        with Library.open(library_location) as other:
            other.load_map(map_id)
            other.list_maps()
        assert watch.poll(timeout=0.2) is False
    finally:
        watch.close()

"""Every bundled sample map, with its snapshots, is stored and read back unchanged on both
backends; text a server cannot store (a NUL character) never gets as far as the library."""

from __future__ import annotations

import datetime as dt

import pytest

from supportmap.core import edits
from supportmap.core.model import ValidationError
from supportmap.samples import sample_names, sample_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library
from tests.storage.library_helpers import sample_map


def test_every_sample_is_stored_and_read_back_unchanged(library: Library) -> None:
    for name in sample_names():
        document = read_document(sample_path(name))
        map_id = library.save_new_map(document.map, document.snapshots)

        assert library.load_map(map_id) == document.map
        assert library.load_snapshots(map_id) == list(document.snapshots)


def test_text_with_a_nul_character_is_refused_before_it_reaches_the_library(
    library: Library,
) -> None:
    map_id = library.save_new_map(sample_map())
    editor = library.load_map(map_id)
    with pytest.raises(ValidationError, match="U\\+0000"):
        edits.update_person(editor, "p1", notes="before\x00after")
    with pytest.raises(ValidationError, match="U\\+0000"):
        edits.add_note(editor, dt.date(2026, 11, 1), "a\x00b")
    assert library.load_map(map_id) == sample_map()

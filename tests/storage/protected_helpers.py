"""Helpers for the tests of protected libraries: a library with names easy to look for."""

from __future__ import annotations

from pathlib import Path

from supportmap.core.changes import PersonAdded
from supportmap.core.model import Person
from supportmap.storage.library import Library
from tests.storage.library_helpers import sample_map

CLIENT = "Ottoline Vanterpool"
"""A name long enough that random (encrypted) bytes never hold it by chance."""
FRIEND = "Bartholomew Quince"
PASSPHRASE = "correct horse 'battery' staple"


def fill(path: Path, *, passphrase: str | None = None, maps: int = 3, people: int = 12) -> None:
    """Give the library ``maps`` maps of the client, with a snapshot and an edit each."""
    with Library.open(path, passphrase=passphrase) as library:
        for number in range(maps):
            support_map = sample_map(people)
            map_id = library.save_new_map(
                support_map.__class__.build(
                    CLIENT,
                    f"{CLIENT} — session {number}",
                    support_map.people.values(),
                    support_map.ties.values(),
                    support_map.notes,
                )
            )
            library.take_snapshot(map_id, f"Session {number}")
            library.apply(map_id, PersonAdded(Person(id="friend", name=FRIEND)))


def contents(path: Path, passphrase: str | None = None) -> list[object]:
    """Everything the library holds, as values to compare before and after a conversion."""
    with Library.open(path, passphrase=passphrase) as library:
        found: list[object] = []
        for info in sorted(library.list_maps(), key=lambda info: info.id):
            found += [info, library.load_map(info.id), library.load_snapshots(info.id)]
        return found


def files_holding(folder: Path, text: str) -> list[str]:
    """The names of the files in ``folder`` whose bytes contain ``text`` (UTF-8)."""
    needle = text.encode()
    return sorted(
        file.name for file in folder.iterdir() if file.is_file() and needle in file.read_bytes()
    )

"""What each process of the concurrent-writer tests does: one app instance saving its edits.

Run in fresh interpreters (multiprocessing's "spawn"), so each is a separate process with its own
connections, as two windows of two app instances are. Results go back as plain strings.
"""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from typing import Any

from supportmap.core import edits
from supportmap.core.vocabulary import HelpType
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library

OK, CONFLICT = "ok", "conflict"
BUSY_RETRIES = 50


def _save(library: Library, map_id: int, change: Any) -> str:
    """Save one change; a library busy for a moment is tried again, a conflict is final."""
    for _ in range(BUSY_RETRIES):
        try:
            library.apply(map_id, change)
        except ConflictError:
            return CONFLICT
        except StorageError as error:
            if "another program is using it" in str(error):
                continue
            return f"error: {error}"
        return OK
    return "busy"


def one_edit(location: str, map_id: int, gesture: str, value: str, start: Barrier) -> str:
    """Read the map, wait for the other writers, then save one edit made from what was read."""
    with Library.open(location) as library:
        support_map = library.load_map(map_id)
        if gesture == "rename":
            change: Any = edits.update_person(support_map, "p1", name=value)
        elif gesture == "receive":
            change = edits.set_support(support_map, "p2", HelpType.PRACTICAL, receive=int(value))
        elif gesture == "give":
            change = edits.set_support(support_map, "p2", HelpType.PRACTICAL, give=int(value))
        else:
            change = edits.add_person(support_map, value)
        start.wait(timeout=60)
        outcome = _save(library, map_id, change)
        return outcome if gesture != "add" else f"{outcome} {change.person.id}"


def many_saves(location: str, map_id: int, writer: int, saves: int, start: Barrier) -> list[str]:
    """Append a token of its own to p1's notes ``saves`` times, each from a fresh read; returns
    the tokens whose save was reported as done."""
    done = []
    with Library.open(location) as library:
        start.wait(timeout=60)
        for number in range(saves):
            token = f"w{writer}s{number}"
            try:
                support_map = library.load_map(map_id)
            except StorageError:
                continue
            notes = support_map.person("p1").notes
            change = edits.update_person(support_map, "p1", notes=f"{notes} {token}".strip())
            if _save(library, map_id, change) == OK:
                done.append(token)
    return done

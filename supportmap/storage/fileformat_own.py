"""Reading files SupportMap wrote itself (the bundled samples, stored snapshots) quickly.

The checked reader in `supportmap.storage.fileformat` validates the shape of a file from
anywhere with pydantic, which takes a noticeable share of the app's start-up to import. A file
the app wrote has every field in place, so here only the core's own checks run on its values;
anything unexpected falls back to the checked reader and gets its message.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from supportmap.core.model import (
    CrisisLine,
    Person,
    PlanList,
    Position,
    SafetyPlan,
    SessionNote,
    Support,
    Tie,
)
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage.fileformat import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Document,
    assemble,
    loads,
    map_from_dict,
    read_document,
    read_file,
)
from supportmap.storage.fileformat_json import FileFormatError

__all__ = ["map_from_own_dict", "read_own_document"]


def read_own_document(path: Path) -> Document:
    """Read a file SupportMap wrote itself (a bundled sample), without the shape check.

    Such a file has every field in place, so only the core's own checks run on its values,
    which keeps the validation library out of the app's start-up. Anything unexpected falls
    back to `read_document`, so a damaged file gets the same message it would get there.
    Never use it for a file from elsewhere: it does not refuse everything `read_document`
    refuses (a number written as text, a time without a time zone, a repeated key).

    Raises:
        FileFormatError: the file is missing, unreadable, too large or not a valid map.
    """
    path = Path(path)
    try:
        data = read_file(path)
    except FileFormatError:
        return read_document(path)
    try:
        raw = json.loads(data)
        if raw["format"] == FORMAT_NAME and raw["version"] == FORMAT_VERSION:
            snapshots = tuple(
                Snapshot(
                    snapshot["label"],
                    dt.datetime.fromisoformat(snapshot["taken"]).astimezone(dt.UTC),
                    _map_from_written(snapshot["map"]),
                )
                for snapshot in raw["snapshots"]
            )
            return Document(_map_from_written(raw["map"]), snapshots)
    except (LookupError, TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        pass
    return loads(data)


def map_from_own_dict(data: Any, where: str = "map") -> SupportMap:
    """`map_from_dict` for a map as `map_to_dict` wrote it (e.g. a stored snapshot), faster.

    Raises:
        FileFormatError: as `map_from_dict`, which reads anything that is not in that form.
    """
    try:
        return _map_from_written(data)
    except (LookupError, TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return map_from_dict(data, where)


def _map_from_written(data: dict[str, Any]) -> SupportMap:
    """The inverse of `map_to_dict`: every key present (a position may be left out, as in
    the samples, to be placed on reading, and a contact or a safety plan, as in files and
    snapshots written before they existed); values are checked by the core only."""
    people = [
        Person(
            id=person["id"],
            name=person["name"],
            relationship=person["relationship"],
            sector=person["sector"],
            circle=person["circle"],
            safety=person["safety"],
            support=Support.of(
                {key: (level["receive"], level["give"]) for key, level in person["support"].items()}
            ),
            barriers=frozenset(person["barriers"]),
            next_step=person["next_step"],
            notes=person["notes"],
            contact=person.get("contact", ""),
            position=_written_position(person.get("position")),
        )
        for person in data["people"]
    ]
    ties = [Tie(tie["a"], tie["b"], tie["strength"], tie["conflict"]) for tie in data["ties"]]
    notes = [
        SessionNote(f"n{i + 1}", dt.date.fromisoformat(note["date"]), note["text"], note["private"])
        for i, note in enumerate(data["session_notes"])
    ]
    written_plan = data.get("safety_plan")
    plan = None if written_plan is None else _plan_from_written(written_plan)
    return assemble(data["focus"]["name"], data["title"], people, ties, notes, safety_plan=plan)


def _plan_from_written(data: dict[str, Any]) -> SafetyPlan:
    """The inverse of `safety_plan_to_dict`: every list there, but people lists not chosen."""
    lists: dict[str, Any] = {
        which.value: tuple(data[which.value])
        for which in PlanList
        if which is not PlanList.CRISIS_LINES and which.value in data
    }
    lines = tuple(CrisisLine(line["name"], line["contact"]) for line in data["crisis_lines"])
    return SafetyPlan(**lists, crisis_lines=lines, what_matters=data["what_matters"])


def _written_position(data: dict[str, float] | None) -> Position | None:
    return None if data is None else Position(float(data["x"]), float(data["y"]))

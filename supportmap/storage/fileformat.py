"""Reading and writing `.supportmap.json` files (DESIGN.md §3, version 1).

A file is how a map leaves the library: to a colleague, to a backup, to the next version of the
app. So reading is defensive (a file may be truncated, hand-edited or not ours at all) and every
refusal is one line that names the field, while writing is exact and atomic, so export → import
→ export gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportmap.atomic import atomic_write_bytes
from supportmap.core.changes import NoteAdded, PersonAdded, SafetyPlanChanged, TieAdded
from supportmap.core.i18n import N_, _
from supportmap.core.layout import Placer
from supportmap.core.model import (
    CrisisLine,
    Person,
    PlanList,
    Position,
    SafetyPlan,
    SessionNote,
    Support,
    Tie,
    ValidationError,
)
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage import age_files
from supportmap.storage.fileformat_json import (
    MAX_FILE_BYTES,
    FileFormatError,
    check_size,
    parse_json,
    show,
)

if TYPE_CHECKING:
    from supportmap.storage.fileformat_schema import PersonShape, SafetyPlanShape

MAX_PEOPLE = 5_000
MAX_TIES = 50_000
MAX_SESSION_NOTES = 5_000
MAX_SNAPSHOTS = 1_000
_LIMITS = (
    ("people", MAX_PEOPLE, N_("people")),
    ("ties", MAX_TIES, N_("ties")),
    ("session_notes", MAX_SESSION_NOTES, N_("session notes")),
)

FORMAT_NAME = "supportmap"
FORMAT_VERSION = 1
FILE_SUFFIX = ".supportmap.json"

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "Document",
    "FileFormatError",
    "document_from_dict",
    "document_to_dict",
    "dumps",
    "loads",
    "map_from_dict",
    "map_to_dict",
    "read_document",
    "write_document",
]


@dataclass(frozen=True)
class Document:
    """What one file holds: a map and its snapshots, oldest first as written."""

    map: SupportMap
    snapshots: tuple[Snapshot, ...] = ()


# --- writing ---------------------------------------------------------------------------------


def map_to_dict(support_map: SupportMap) -> dict[str, Any]:
    """The map in the documented shape and key order.

    People without a position get the spot an import would give them, so exporting a map
    that was never laid out still round-trips to the same bytes.
    """
    placed = _with_positions(support_map)
    written: dict[str, Any] = {
        "title": placed.title,
        "focus": {"name": placed.focus_name},
        "people": [_person_to_dict(person) for person in placed.people.values()],
        "ties": [
            {"a": tie.a, "b": tie.b, "strength": tie.strength, "conflict": tie.conflict}
            for tie in placed.ties.values()
        ],
        "session_notes": [
            {"date": note.date.isoformat(), "text": note.text, "private": note.private}
            for note in placed.notes
        ],
    }
    if placed.safety_plan is not None:
        written["safety_plan"] = safety_plan_to_dict(placed.safety_plan)
    return written


def safety_plan_to_dict(plan: SafetyPlan) -> dict[str, Any]:
    """A plan in the documented key order; a people list the user never chose is left out."""
    written: dict[str, Any] = {}
    for which in PlanList:
        items = plan.items(which)
        if items is None:
            continue
        if which is PlanList.CRISIS_LINES:
            written[which.value] = [{"name": line.name, "contact": line.contact} for line in items]
        else:
            written[which.value] = list(items)
    written["what_matters"] = plan.what_matters
    return written


def _person_to_dict(person: Person) -> dict[str, Any]:
    assert person.position is not None
    return {
        "id": person.id,
        "name": person.name,
        "relationship": person.relationship,
        "sector": person.sector.value,
        "circle": int(person.circle),
        "safety": person.safety.value,
        "support": {
            help_type.value: {"receive": level.receive, "give": level.give}
            for help_type, level in person.support.items()
        },
        "barriers": [barrier.value for barrier in person.sorted_barriers],
        "next_step": person.next_step,
        "notes": person.notes,
        "contact": person.contact,
        "position": {"x": person.position.x, "y": person.position.y},
    }


def _timestamp(taken: dt.datetime) -> str:
    """ISO 8601 in UTC with a ``Z``; fractions of a second only when there are any."""
    return taken.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"


def document_to_dict(document: Document) -> dict[str, Any]:
    """The whole file as plain data, keys in the documented order."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "map": map_to_dict(document.map),
        "snapshots": [
            {
                "label": snapshot.label,
                "taken": _timestamp(snapshot.taken),
                "map": map_to_dict(snapshot.map),
            }
            for snapshot in document.snapshots
        ],
    }


def dumps(document: Document) -> str:
    """The file's text: indented UTF-8 JSON with a final newline."""
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n"


def write_document(path: Path, document: Document) -> None:
    """Save a document atomically: the old file survives any failure unchanged.

    Raises:
        SaveError: the disk is full, the folder is missing or not writable (an `OSError`).
    """
    atomic_write_bytes(Path(path), dumps(document).encode("utf-8"))


# --- reading ---------------------------------------------------------------------------------


def read_document(path: Path, passphrase: age_files.PassphraseSource | None = None) -> Document:
    """Read a file without ever changing it; the size is checked before anything is read.

    Args:
        path: a ``.supportmap.json`` file, or an encrypted one (recognised by its content).
        passphrase: gives an encrypted file's passphrase (`supportmap.storage.age_files`).

    Raises:
        FileFormatError: the file is missing, unreadable, too large, not a regular file or not
            a valid map, or is encrypted and the passphrase does not open it.
    """
    data = read_file(Path(path))
    if age_files.is_encrypted(data):
        data = age_files.decrypt(data, Path(path), passphrase)
    return loads(data)


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most `MAX_FILE_BYTES`, without ever waiting.

    The file is opened without blocking and checked before reading, so a pipe or a device
    given by mistake is refused at once instead of hanging (a pipe would wait for a writer).

    Raises:
        FileFormatError: the file is missing, unreadable, too large or not a regular file.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        missing = _("There is no file {path}; check the name and folder.")
        raise FileFormatError(missing.format(path=path)) from None
    except PermissionError:
        raise FileFormatError(_("No permission to read {path}.").format(path=path)) from None
    except OSError as error:
        unreadable = _("Could not read {path}: {reason}.")
        raise FileFormatError(
            unreadable.format(path=path, reason=error.strerror or error)
        ) from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise FileFormatError(_("{path} is a folder, not a SupportMap file.").format(path=path))
        raise FileFormatError(
            _(
                "{path} is not a regular file (it is a pipe, socket or device); "
                "SupportMap reads map files saved on a disk."
            ).format(path=path)
        )
    with os.fdopen(descriptor, "rb") as handle:
        check_size(info.st_size)
        try:
            return handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            unreadable = _("Could not read {path}: {reason}.")
            raise FileFormatError(
                unreadable.format(path=path, reason=error.strerror or error)
            ) from None


def loads(data: str | bytes) -> Document:
    """Parse and validate a whole file's content.

    Raises:
        FileFormatError: with a one-line message naming the field and the problem.
    """
    if isinstance(data, bytes | bytearray):
        check_size(len(data))
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FileFormatError(
                _("This is not a SupportMap file: it is not UTF-8 text (byte {byte}).").format(
                    byte=error.start
                )
            ) from None
    else:
        check_size(len(data))
        text = data
    return document_from_dict(parse_json(text))


def document_from_dict(data: Any) -> Document:
    """Validate parsed JSON as a whole file (format, version, map, snapshots)."""
    if not isinstance(data, dict):
        raise FileFormatError(
            _("This is not a SupportMap file: expected a JSON object, got {found}.").format(
                found=show(data)
            )
        )
    if "format" not in data:
        raise FileFormatError(_('format: is required (a SupportMap file says "supportmap")'))
    if data["format"] != FORMAT_NAME:
        raise FileFormatError(
            _('format: must be "{name}", got {found}; this is not a SupportMap file').format(
                name=FORMAT_NAME, found=show(data["format"])
            )
        )
    _check_version(data.get("version", None), "version" in data)
    if "map" not in data:
        raise FileFormatError(_("map: is required"))
    raw_snapshots = data.get("snapshots", [])
    if not isinstance(raw_snapshots, list):
        not_list = _("snapshots: must be a list, got {found}")
        raise FileFormatError(not_list.format(found=show(raw_snapshots)))
    _check_limits(data["map"], raw_snapshots)
    support_map = map_from_dict(data["map"], "map")
    snapshots = tuple(
        _snapshot_from_dict(raw, f"snapshots[{i}]") for i, raw in enumerate(raw_snapshots)
    )
    return Document(support_map, snapshots)


def _check_limits(raw_map: Any, raw_snapshots: list[Any]) -> None:
    """Refuse a file beyond the size limits of DESIGN.md §3 before any of it is validated.

    Validating costs far more memory per entry than the parsed JSON does, so counting first
    keeps reading any file under the size cap within bounds.
    """
    if len(raw_snapshots) > MAX_SNAPSHOTS:
        too_many = _(
            "snapshots: a file may hold at most {limit:,} snapshots, this one has {count:,}"
        )
        raise FileFormatError(too_many.format(limit=MAX_SNAPSHOTS, count=len(raw_snapshots)))
    maps = [("map", raw_map)]
    maps += [
        (f"snapshots[{i}].map", raw["map"])
        for i, raw in enumerate(raw_snapshots)
        if isinstance(raw, dict) and "map" in raw
    ]
    for where, one_map in maps:
        if not isinstance(one_map, dict):
            continue
        for key, limit, what in _LIMITS:
            entries = one_map.get(key)
            if isinstance(entries, list) and len(entries) > limit:
                too_many = _(
                    "{where}: a map may hold at most {limit:,} {what}, this one has {count:,}"
                )
                raise FileFormatError(
                    too_many.format(
                        where=f"{where}.{key}", limit=limit, what=_(what), count=len(entries)
                    )
                )


def _check_version(version: object, present: bool) -> None:
    if not present:
        raise FileFormatError(_("version: is required"))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        not_number = _("version: must be a whole number from 1, got {found}")
        raise FileFormatError(not_number.format(found=show(version)))
    if version > FORMAT_VERSION:
        raise FileFormatError(
            _(
                "version: this file was written by a newer SupportMap (format version "
                "{version}); this one reads up to version {known}, so please update SupportMap"
            ).format(version=version, known=FORMAT_VERSION)
        )


def _snapshot_from_dict(data: Any, where: str) -> Snapshot:
    from pydantic import ValidationError as PydanticError

    from supportmap.storage.fileformat_schema import SnapshotShape, first_problem

    try:
        shape = SnapshotShape.model_validate(data)
    except PydanticError as error:
        raise FileFormatError(first_problem(error, where)) from None
    if shape.map is None:
        raise FileFormatError(_("{where}.map: is required").format(where=where))
    snapshot_map = map_from_dict(shape.map, f"{where}.map")
    try:
        return Snapshot(shape.label, shape.taken, snapshot_map)
    except ValidationError as error:
        raise _located(error, where) from None


def map_from_dict(data: Any, where: str = "map") -> SupportMap:
    """Validate one map in the documented shape and build it; missing positions are placed.

    Args:
        data: parsed JSON of a map (the value of ``"map"`` in a file).
        where: the map's path in the file, prefixed to every field in error messages.

    Raises:
        FileFormatError: naming the first offending field, e.g.
            ``map.people[3].support.emotional.receive: must be 0..3, got 7``.
    """
    # The shape check's library takes a noticeable share of start-up to import, and the
    # bundled demo does not need it (see `read_own_document`), so it loads on first use.
    from pydantic import ValidationError as PydanticError

    from supportmap.storage.fileformat_schema import MapShape, first_problem

    try:
        shape = MapShape.model_validate(data)
    except PydanticError as error:
        raise FileFormatError(first_problem(error, where)) from None
    people = []
    for i, person in enumerate(shape.people):
        try:
            people.append(_person(person))
        except ValidationError as error:
            raise _located(error, f"{where}.people[{i}]") from None
    ties = []
    for i, tie in enumerate(shape.ties):
        try:
            ties.append(Tie(tie.a, tie.b, tie.strength, tie.conflict))
        except ValidationError as error:
            raise _located(error, f"{where}.ties[{i}]") from None
    notes = []
    for i, note in enumerate(shape.session_notes):
        try:
            notes.append(SessionNote(f"n{i + 1}", note.date, note.text, note.private))
        except ValidationError as error:
            raise _located(error, f"{where}.session_notes[{i}]") from None
    plan = None if shape.safety_plan is None else _safety_plan(shape.safety_plan, where)
    return assemble(shape.focus.name, shape.title, people, ties, notes, where, plan)


def _safety_plan(shape: SafetyPlanShape, where: str) -> SafetyPlan:
    lines = []
    for i, line in enumerate(shape.crisis_lines):
        try:
            lines.append(CrisisLine(line.name, line.contact))
        except ValidationError as error:
            raise _located(error, f"{where}.safety_plan.crisis_lines[{i}]") from None
    try:
        return SafetyPlan(
            warning_signs=tuple(shape.warning_signs),
            coping=tuple(shape.coping),
            distraction_places=tuple(shape.distraction_places),
            distraction_people=_ids(shape.distraction_people),
            people_to_ask=_ids(shape.people_to_ask),
            professionals=_ids(shape.professionals),
            crisis_lines=tuple(lines),
            safer_surroundings=tuple(shape.safer_surroundings),
            what_matters=shape.what_matters,
        )
    except ValidationError as error:
        raise _located(error, f"{where}.safety_plan") from None


def _ids(listed: list[str] | None) -> tuple[str, ...] | None:
    return None if listed is None else tuple(listed)


def _person(shape: PersonShape) -> Person:
    try:
        support = Support.of(shape.support.levels())
    except ValidationError as error:
        raise error.within("support") from None
    position = None if shape.position is None else Position(shape.position.x, shape.position.y)
    return Person(
        id=shape.id,
        name=shape.name,
        relationship=shape.relationship,
        sector=shape.sector,
        circle=shape.circle,
        safety=shape.safety,
        support=support,
        barriers=frozenset(shape.barriers),
        next_step=shape.next_step,
        notes=shape.notes,
        contact=shape.contact,
        position=position,
    )


def assemble(
    focus_name: str,
    title: str,
    people: Iterable[Person],
    ties: Iterable[Tie] = (),
    notes: Iterable[SessionNote] = (),
    where: str = "map",
    safety_plan: SafetyPlan | None = None,
) -> SupportMap:
    """Build a map, giving each unplaced person a free spot in their ring and wedge as added.

    This is `supportmap.core.layout.place_person` applied person by person, with one shared
    `Placer` so that a large import stays linear.
    """
    try:
        support_map = SupportMap(focus_name, title)
    except ValidationError as error:
        raise _located(error, where) from None
    placer = Placer()
    for i, person in enumerate(people):
        if person.position is None:
            person = person.replace(
                position=placer.place(person.circle, person.sector, person.name)
            )
        else:
            placer.take(person.position, person.name)
        try:
            support_map.apply(PersonAdded(person))
        except ValidationError as error:
            raise _located(error, f"{where}.people[{i}]") from None
    for i, tie in enumerate(ties):
        try:
            support_map.apply(TieAdded(tie))
        except ValidationError as error:
            raise _located(error, f"{where}.ties[{i}]") from None
    for i, note in enumerate(notes):
        try:
            support_map.apply(NoteAdded(note))
        except ValidationError as error:
            raise _located(error, f"{where}.session_notes[{i}]") from None
    if safety_plan is not None:
        try:
            support_map.apply(SafetyPlanChanged(None, safety_plan))
        except ValidationError as error:
            raise _located(error, f"{where}.safety_plan") from None
    return support_map


def _with_positions(support_map: SupportMap) -> SupportMap:
    if all(person.position is not None for person in support_map.people.values()):
        return support_map
    return assemble(
        support_map.focus_name,
        support_map.title,
        support_map.people.values(),
        support_map.ties.values(),
        support_map.notes,
        safety_plan=support_map.safety_plan,
    )


def _located(error: ValidationError, where: str) -> FileFormatError:
    return FileFormatError(f"{where}.{error.field}: {error.problem}")

"""Turn one change into the few statements that store it, and store whole maps.

Every function here runs inside a transaction the caller owns. A change is written as exactly
the rows it touches: changing one person's name updates one column of one row; setting one
support level writes one ``support_level`` row. Each statement's row count is checked, so a
change that does not match what the library holds is refused (and the caller's transaction
rolled back) instead of silently writing nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Executable,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from supportmap.core.changes import (
    Change,
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
    TieRemoved,
)
from supportmap.core.i18n import N_, _
from supportmap.core.model import Person, PlanList, SafetyPlan, SessionNote, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.storage.errors import StorageError
from supportmap.storage.tables import BARRIER, MAP, NOTE, PERSON, SAFETY_PLAN, SUPPORT, TIE

OUT_OF_STEP = N_(
    "The map in the library no longer matches the one being edited, so the change was not "
    "saved. Close and reopen the map to continue."
)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def person_columns(person: Person) -> dict[str, Any]:
    """The ``person`` row of a person, without its keys."""
    return {
        "name": person.name,
        "relationship": person.relationship,
        "sector": person.sector.value,
        "circle": int(person.circle),
        "safety": person.safety.value,
        "next_step": person.next_step,
        "notes": person.notes,
        "contact": person.contact,
        "x": None if person.position is None else person.position.x,
        "y": None if person.position is None else person.position.y,
    }


def note_columns(note: SessionNote) -> dict[str, Any]:
    return {"date": note.date, "text": note.text, "private": note.private}


def plan_columns(plan: SafetyPlan) -> dict[str, Any]:
    """The ``safety_plan`` row of a plan, without its key: each list as a JSON array."""
    columns: dict[str, Any] = {}
    for which in PlanList:
        items = plan.items(which)
        if items is not None and which is PlanList.CRISIS_LINES:
            items = tuple({"name": line.name, "contact": line.contact} for line in items)
        columns[which.value] = None if items is None else json.dumps(items, ensure_ascii=False)
    columns["what_matters"] = plan.what_matters
    return columns


def insert_map(connection: Connection, support_map: SupportMap) -> int:
    """Store a whole map as a new map of the library; returns its id."""
    now = utc_now()
    result = connection.execute(
        insert(MAP).values(
            title=support_map.title, focus_name=support_map.focus_name, created=now, updated=now
        )
    )
    map_id = new_id(result)
    row_ids = {
        person.id: insert_person(connection, map_id, person, float(place))
        for place, person in enumerate(support_map.people.values(), start=1)
    }
    insert_ties(connection, map_id, support_map.ties.values(), row_ids)
    insert_notes(connection, map_id, support_map.notes)
    if support_map.safety_plan is not None:
        connection.execute(
            insert(SAFETY_PLAN).values(map_id=map_id, **plan_columns(support_map.safety_plan))
        )
    return map_id


def insert_person(connection: Connection, map_id: int, person: Person, ordinal: float) -> int:
    """Store one person with their support levels and barriers; returns the row id."""
    result = connection.execute(
        insert(PERSON).values(
            map_id=map_id, pid=person.id, ordinal=ordinal, **person_columns(person)
        )
    )
    row_id = new_id(result)
    levels = [
        {"person_id": row_id, "help_type": t.value, "receive": level.receive, "give": level.give}
        for t, level in person.support.items()
    ]
    if levels:
        connection.execute(insert(SUPPORT), levels)
    barriers = [{"person_id": row_id, "barrier": b.value} for b in person.sorted_barriers]
    if barriers:
        connection.execute(insert(BARRIER), barriers)
    return row_id


def insert_ties(
    connection: Connection, map_id: int, ties: Iterable[Tie], row_ids: Mapping[str, int]
) -> None:
    rows = [
        {
            "map_id": map_id,
            "a_id": row_ids[tie.a],
            "b_id": row_ids[tie.b],
            "strength": tie.strength,
            "conflict": tie.conflict,
        }
        for tie in ties
    ]
    if rows:
        connection.execute(insert(TIE), rows)


def insert_notes(connection: Connection, map_id: int, notes: Iterable[SessionNote]) -> None:
    rows = [{"map_id": map_id, "nid": note.id, **note_columns(note)} for note in notes]
    if rows:
        connection.execute(insert(NOTE), rows)


def touch_map(connection: Connection, map_id: int, **columns: Any) -> None:
    """Set the map's updated time (and any map columns given) in one statement."""
    result = connection.execute(
        update(MAP).where(MAP.c.id == map_id).values(updated=utc_now(), **columns)
    )
    if result.rowcount != 1:
        raise StorageError(_("There is no map with id {id} in this library.").format(id=map_id))


def map_columns(changes: Iterable[Change]) -> dict[str, Any]:
    """The ``map`` row columns that a series of changes sets, for `touch_map`."""
    columns: dict[str, Any] = {}
    for change in changes:
        if isinstance(change, MapRetitled):
            columns["title"] = change.after
        elif isinstance(change, FocusRenamed):
            columns["focus_name"] = change.after
    return columns


def apply_change(connection: Connection, map_id: int, change: Change) -> None:
    """Write the rows of people, ties and notes that one change touches.

    Title and focus name live on the map row, which `touch_map` writes once per transaction.
    """
    match change:
        case PersonAdded(person, ties, index):
            row_ids = _row_ids(connection, map_id, {t.other(person.id) for t in ties})
            ordinal = _ordinal_at(connection, map_id, index)
            row_ids[person.id] = insert_person(connection, map_id, person, ordinal)
            insert_ties(connection, map_id, ties, row_ids)
        case PersonRemoved(person, ties):
            row_id = _row_ids(connection, map_id, {person.id})[person.id]
            ties_of_person = or_(TIE.c.a_id == row_id, TIE.c.b_id == row_id)
            _run(connection, delete(TIE).where(ties_of_person), len(ties))
            _run(connection, delete(PERSON).where(PERSON.c.id == row_id))
        case PersonChanged(before, after):
            _change_person(connection, map_id, before, after)
        case TieAdded(tie):
            insert_ties(connection, map_id, [tie], _row_ids(connection, map_id, {tie.a, tie.b}))
        case TieRemoved(tie):
            _run(connection, delete(TIE).where(_tie_where(connection, map_id, tie)))
        case TieChanged(before, after):
            columns = {
                name: getattr(after, name)
                for name in ("strength", "conflict")
                if getattr(after, name) != getattr(before, name)
            }
            if columns:
                where = _tie_where(connection, map_id, before)
                _run(connection, update(TIE).where(where).values(columns))
        case MapRetitled() | FocusRenamed():
            pass
        case NoteAdded(note):
            insert_notes(connection, map_id, [note])
        case NoteRemoved(note):
            _run(connection, delete(NOTE).where(_note_where(map_id, note)))
        case NoteChanged(before, after):
            old, new = note_columns(before), note_columns(after)
            columns = {name: value for name, value in new.items() if old[name] != value}
            if columns:
                _run(connection, update(NOTE).where(_note_where(map_id, before)).values(columns))
        case SafetyPlanChanged(before, after):
            _change_plan(connection, map_id, before, after)
        case _:
            raise TypeError(f"not a change: {change!r}")


def _change_person(connection: Connection, map_id: int, before: Person, after: Person) -> None:
    if before.id != after.id:
        raise StorageError(_(OUT_OF_STEP))
    old, new = person_columns(before), person_columns(after)
    columns = {name: value for name, value in new.items() if old[name] != value}
    levels = [
        (t, before.support[t], after.support[t])
        for t in HELP_TYPES
        if before.support[t] != after.support[t]
    ]
    added = after.barriers - before.barriers
    dropped = before.barriers - after.barriers
    if not (levels or added or dropped):
        if columns:
            by_pid = and_(PERSON.c.map_id == map_id, PERSON.c.pid == before.id)
            _run(connection, update(PERSON).where(by_pid).values(columns))
        return
    row_id = _row_ids(connection, map_id, {before.id})[before.id]
    if columns:
        _run(connection, update(PERSON).where(PERSON.c.id == row_id).values(columns))
    for help_type, old_level, new_level in levels:
        key = and_(SUPPORT.c.person_id == row_id, SUPPORT.c.help_type == help_type.value)
        values = {"receive": new_level.receive, "give": new_level.give}
        if old_level.is_zero:
            new_row = {"person_id": row_id, "help_type": help_type.value, **values}
            _run(connection, insert(SUPPORT).values(new_row))
        elif new_level.is_zero:
            _run(connection, delete(SUPPORT).where(key))
        else:
            _run(connection, update(SUPPORT).where(key).values(values))
    if dropped:
        names = [b.value for b in dropped]
        statement = delete(BARRIER).where(
            BARRIER.c.person_id == row_id, BARRIER.c.barrier.in_(names)
        )
        _run(connection, statement, len(dropped))
    if added:
        rows = [{"person_id": row_id, "barrier": b.value} for b in sorted(added)]
        connection.execute(insert(BARRIER), rows)


def _change_plan(
    connection: Connection, map_id: int, before: SafetyPlan | None, after: SafetyPlan | None
) -> None:
    the_plan = SAFETY_PLAN.c.map_id == map_id
    if after is None:
        if before is not None:
            _run(connection, delete(SAFETY_PLAN).where(the_plan))
    elif before is None:
        connection.execute(insert(SAFETY_PLAN).values(map_id=map_id, **plan_columns(after)))
    else:
        old, new = plan_columns(before), plan_columns(after)
        columns = {name: value for name, value in new.items() if old[name] != value}
        if columns:
            _run(connection, update(SAFETY_PLAN).where(the_plan).values(columns))


def _ordinal_at(connection: Connection, map_id: int, index: int | None) -> float:
    """An ordinal that puts a new person at ``index`` of the map's order (None: at the end)."""
    in_order = select(PERSON.c.ordinal).where(PERSON.c.map_id == map_id)
    if index is not None and index >= 0:
        around = connection.execute(
            in_order.order_by(PERSON.c.ordinal, PERSON.c.id)
            .offset(max(index - 1, 0))
            .limit(2 if index else 1)
        ).scalars()
        neighbours = [float(ordinal) for ordinal in around]
        if index == 0 and neighbours:
            return neighbours[0] - 1.0
        if len(neighbours) == 2:
            return (neighbours[0] + neighbours[1]) / 2
    last = connection.execute(select(func.max(PERSON.c.ordinal)).where(PERSON.c.map_id == map_id))
    highest = last.scalar()
    return 1.0 if highest is None else float(highest) + 1.0


def _row_ids(connection: Connection, map_id: int, pids: set[str]) -> dict[str, int]:
    """Row ids of the given people of one map; every one of them must exist."""
    if not pids:
        return {}
    rows = connection.execute(
        select(PERSON.c.pid, PERSON.c.id).where(
            PERSON.c.map_id == map_id, PERSON.c.pid.in_(sorted(pids))
        )
    )
    found = {str(pid): int(row_id) for pid, row_id in rows}
    if len(found) != len(pids):
        raise StorageError(_(OUT_OF_STEP))
    return found


def _tie_where(connection: Connection, map_id: int, tie: Tie) -> Any:
    ids = _row_ids(connection, map_id, {tie.a, tie.b})
    a, b = ids[tie.a], ids[tie.b]
    return or_(and_(TIE.c.a_id == a, TIE.c.b_id == b), and_(TIE.c.a_id == b, TIE.c.b_id == a))


def _note_where(map_id: int, note: SessionNote) -> Any:
    return and_(NOTE.c.map_id == map_id, NOTE.c.nid == note.id)


def _run(connection: Connection, statement: Executable, expected: int = 1) -> None:
    """Execute a write that must touch exactly ``expected`` rows, or refuse the whole change."""
    if connection.execute(statement).rowcount != expected:
        raise StorageError(_(OUT_OF_STEP))


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just created."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the insert returned no primary key")
    return int(key[0])

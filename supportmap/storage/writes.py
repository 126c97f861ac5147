"""Turn one change into the few statements that store it, and store whole maps.

Every function here runs inside a transaction the caller owns. A change is written as exactly
the rows it touches: changing one person's name updates one column of one row; setting one
support level writes one ``support_level`` row. Each UPDATE and DELETE names in its WHERE the
values the change was made from, and its row count is checked, so a change that does not match
what the library holds is refused with `ConflictError` (and the caller's transaction rolled
back) instead of overwriting someone else's change or silently writing nothing
(`supportmap.storage.conflicts`). Row counts of INSERTs are never read: psycopg 3 reports -1.
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
from supportmap.core.model import Person, PlanList, SafetyPlan, SessionNote, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.storage import reads
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.tables import BARRIER, MAP, NOTE, PERSON, SAFETY_PLAN, SUPPORT, TIE


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


def touch_map(
    connection: Connection,
    map_id: int,
    columns: Mapping[str, Any] | None = None,
    read: Mapping[str, Any] | None = None,
) -> None:
    """Set the map's updated time and the map ``columns`` given, in one statement.

    On a server this statement comes first in every save: its row lock makes the saves of one
    map take turns, so each later statement of the save sees every save committed before it.

    Args:
        columns: new values of map columns (title, focus name).
        read: the values those columns had when the writer read them.

    Raises:
        StorageError: there is no such map.
        ConflictError: a column no longer holds the value read.
    """
    where = [MAP.c.id == map_id, *(MAP.c[name] == value for name, value in (read or {}).items())]
    result = connection.execute(
        update(MAP).where(*where).values(updated=utc_now(), **(columns or {}))
    )
    if result.rowcount != 1:
        if connection.execute(select(MAP.c.id).where(MAP.c.id == map_id)).first() is None:
            raise reads.no_such_map(map_id)
        raise ConflictError(map_id, "map")


def map_columns(changes: Iterable[Change]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``map`` row columns a series of changes sets, and the values they were made from."""
    columns: dict[str, Any] = {}
    read: dict[str, Any] = {}
    for change in changes:
        if isinstance(change, MapRetitled | FocusRenamed):
            name = "title" if isinstance(change, MapRetitled) else "focus_name"
            columns[name] = change.after
            read.setdefault(name, change.before)
    return columns, read


def apply_change(connection: Connection, map_id: int, change: Change) -> None:
    """Write the rows of people, ties and notes that one change touches.

    Title and focus name live on the map row, which `touch_map` writes once per transaction.

    Raises:
        ConflictError: the rows no longer hold what the change was made from.
    """
    match change:
        case PersonAdded(person, ties, index):
            row_ids = _row_ids(connection, map_id, {t.other(person.id) for t in ties})
            if _row_id(connection, map_id, person.id) is not None:
                raise ConflictError(map_id, f"id {person.id}")
            ordinal = _ordinal_at(connection, map_id, index)
            row_ids[person.id] = insert_person(connection, map_id, person, ordinal)
            insert_ties(connection, map_id, ties, row_ids)
        case PersonRemoved(person, ties):
            _remove_person(connection, map_id, person, ties)
        case PersonChanged(before, after):
            _change_person(connection, map_id, before, after)
        case TieAdded(tie):
            row_ids = _row_ids(connection, map_id, {tie.a, tie.b})
            if connection.execute(select(TIE.c.id).where(_pair(row_ids, tie))).first():
                raise ConflictError(map_id, f"tie {tie.a} {tie.b}")
            insert_ties(connection, map_id, [tie], row_ids)
        case TieRemoved(tie):
            where = _tie_where(connection, map_id, tie, ("strength", "conflict"))
            _run(connection, map_id, delete(TIE).where(where), f"tie {tie.a} {tie.b}")
        case TieChanged(before, after):
            names = [n for n in ("strength", "conflict") if getattr(after, n) != getattr(before, n)]
            if names:
                where = _tie_where(connection, map_id, before, names)
                statement = update(TIE).where(where).values({n: getattr(after, n) for n in names})
                _run(connection, map_id, statement, f"tie {before.a} {before.b}")
        case MapRetitled() | FocusRenamed():
            pass
        case NoteAdded(note):
            if connection.execute(select(NOTE.c.id).where(_note_where(map_id, note))).first():
                raise ConflictError(map_id, f"id {note.id}")
            insert_notes(connection, map_id, [note])
        case NoteRemoved(note):
            where = _note_where(map_id, note, note_columns(note))
            _run(connection, map_id, delete(NOTE).where(where), f"note {note.id}")
        case NoteChanged(before, after):
            old, new = note_columns(before), note_columns(after)
            columns = {name: value for name, value in new.items() if old[name] != value}
            if columns:
                where = _note_where(map_id, before, {name: old[name] for name in columns})
                statement = update(NOTE).where(where).values(columns)
                _run(connection, map_id, statement, f"note {before.id}")
        case SafetyPlanChanged(before, after):
            _change_plan(connection, map_id, before, after)
        case _:
            raise TypeError(f"not a change: {change!r}")


def _remove_person(connection: Connection, map_id: int, person: Person, ties: Any) -> None:
    """Delete a person and their ties, if they and their ties are still exactly as read."""
    subject = f"person {person.id}"
    row_id = _row_ids(connection, map_id, {person.id})[person.id]
    stored = reads.load_person(connection, map_id, row_id)
    stored_ties = reads.ties_of(connection, map_id, row_id)
    read = {(frozenset((t.a, t.b)), t.strength, t.conflict) for t in ties}
    if stored != person or {(frozenset((a, b)), s, c) for a, b, s, c in stored_ties} != read:
        raise ConflictError(map_id, subject)
    connection.execute(delete(TIE).where(or_(TIE.c.a_id == row_id, TIE.c.b_id == row_id)))
    _run(connection, map_id, delete(PERSON).where(PERSON.c.id == row_id), subject)


def _change_person(connection: Connection, map_id: int, before: Person, after: Person) -> None:
    subject = f"person {before.id}"
    if before.id != after.id:
        raise ConflictError(map_id, subject)
    old, new = person_columns(before), person_columns(after)
    columns = {name: value for name, value in new.items() if old[name] != value}
    read = [_same(PERSON.c[name], old[name]) for name in columns]
    levels = [
        (t, before.support[t], after.support[t])
        for t in HELP_TYPES
        if before.support[t] != after.support[t]
    ]
    added = after.barriers - before.barriers
    dropped = before.barriers - after.barriers
    if not (levels or added or dropped):
        if columns:
            by_pid = and_(PERSON.c.map_id == map_id, PERSON.c.pid == before.id, *read)
            _run(connection, map_id, update(PERSON).where(by_pid).values(columns), subject)
        return
    row_id = _row_ids(connection, map_id, {before.id})[before.id]
    if columns:
        changed = update(PERSON).where(PERSON.c.id == row_id, *read).values(columns)
        _run(connection, map_id, changed, subject)
    for help_type, old_level, new_level in levels:
        key = and_(
            SUPPORT.c.person_id == row_id,
            SUPPORT.c.help_type == help_type.value,
            SUPPORT.c.receive == old_level.receive,
            SUPPORT.c.give == old_level.give,
        )
        values = {"receive": new_level.receive, "give": new_level.give}
        if old_level.is_zero:
            taken = select(SUPPORT.c.person_id).where(
                SUPPORT.c.person_id == row_id, SUPPORT.c.help_type == help_type.value
            )
            if connection.execute(taken).first() is not None:
                raise ConflictError(map_id, subject)
            new_row = {"person_id": row_id, "help_type": help_type.value, **values}
            connection.execute(insert(SUPPORT).values(new_row))
        elif new_level.is_zero:
            _run(connection, map_id, delete(SUPPORT).where(key), subject)
        else:
            _run(connection, map_id, update(SUPPORT).where(key).values(values), subject)
    if dropped:
        names = [b.value for b in dropped]
        statement = delete(BARRIER).where(
            BARRIER.c.person_id == row_id, BARRIER.c.barrier.in_(names)
        )
        _run(connection, map_id, statement, subject, len(dropped))
    if added:
        names = [b.value for b in added]
        held = select(BARRIER.c.barrier).where(
            BARRIER.c.person_id == row_id, BARRIER.c.barrier.in_(names)
        )
        if connection.execute(held).first() is not None:
            raise ConflictError(map_id, subject)
        rows = [{"person_id": row_id, "barrier": b.value} for b in sorted(added)]
        connection.execute(insert(BARRIER), rows)


def _change_plan(
    connection: Connection, map_id: int, before: SafetyPlan | None, after: SafetyPlan | None
) -> None:
    the_plan = SAFETY_PLAN.c.map_id == map_id
    if after is None:
        if before is not None:
            read = [_same(SAFETY_PLAN.c[n], v) for n, v in plan_columns(before).items()]
            _run(connection, map_id, delete(SAFETY_PLAN).where(the_plan, *read), "safety plan")
    elif before is None:
        if connection.execute(select(SAFETY_PLAN.c.map_id).where(the_plan)).first():
            raise ConflictError(map_id, "safety plan")
        connection.execute(insert(SAFETY_PLAN).values(map_id=map_id, **plan_columns(after)))
    else:
        old, new = plan_columns(before), plan_columns(after)
        columns = {name: value for name, value in new.items() if old[name] != value}
        if columns:
            read = [_same(SAFETY_PLAN.c[name], old[name]) for name in columns]
            statement = update(SAFETY_PLAN).where(the_plan, *read).values(columns)
            _run(connection, map_id, statement, "safety plan")


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


def _row_id(connection: Connection, map_id: int, pid: str) -> int | None:
    found = connection.execute(
        select(PERSON.c.id).where(PERSON.c.map_id == map_id, PERSON.c.pid == pid)
    ).scalar_one_or_none()
    return None if found is None else int(found)


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
        missing = sorted(pids - set(found))
        raise ConflictError(map_id, f"person {missing[0]}")
    return found


def _pair(row_ids: Mapping[str, int], tie: Tie) -> Any:
    a, b = row_ids[tie.a], row_ids[tie.b]
    return or_(and_(TIE.c.a_id == a, TIE.c.b_id == b), and_(TIE.c.a_id == b, TIE.c.b_id == a))


def _tie_where(connection: Connection, map_id: int, tie: Tie, read: Iterable[str]) -> Any:
    """The tie's row, if its columns named in ``read`` still hold the tie's values."""
    pair = _pair(_row_ids(connection, map_id, {tie.a, tie.b}), tie)
    return and_(pair, *(TIE.c[name] == getattr(tie, name) for name in read))


def _note_where(map_id: int, note: SessionNote, read: Mapping[str, Any] | None = None) -> Any:
    values = (_same(NOTE.c[name], value) for name, value in (read or {}).items())
    return and_(NOTE.c.map_id == map_id, NOTE.c.nid == note.id, *values)


def _same(column: Any, value: Any) -> Any:
    """``column`` holds ``value`` (NULL included)."""
    return column.is_(None) if value is None else column == value


def _run(
    connection: Connection, map_id: int, statement: Executable, subject: str, expected: int = 1
) -> None:
    """Execute a write that must touch exactly ``expected`` rows, or refuse the whole change."""
    if connection.execute(statement).rowcount != expected:
        raise ConflictError(map_id, subject)


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just created."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the insert returned no primary key")
    return int(key[0])

"""Read one map back from its rows into the core model, in the order it was saved."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from supportmap.core.i18n import _
from supportmap.core.model import (
    CrisisLine,
    Person,
    PlanList,
    Position,
    SafetyPlan,
    SessionNote,
    Support,
    SupportLevel,
    Tie,
)
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, HelpType
from supportmap.storage.errors import MapGone, StorageError
from supportmap.storage.tables import BARRIER, MAP, NOTE, PERSON, SAFETY_PLAN, SUPPORT, TIE


def as_utc(stored: dt.datetime) -> dt.datetime:
    """A stored time as an aware UTC one, whether or not the database kept the zone."""
    return stored.replace(tzinfo=dt.UTC) if stored.tzinfo is None else stored.astimezone(dt.UTC)


def no_such_map(map_id: int) -> MapGone:
    return MapGone(
        _(
            "There is no map with id {id} in this library; it may have been deleted. "
            "Choose a map from the list."
        ).format(id=map_id)
    )


def load_map(connection: Connection, map_id: int) -> SupportMap:
    """The map ``map_id`` as a `SupportMap`, with people, ties and notes in saved order.

    Raises:
        StorageError: there is no such map, or its rows no longer make a valid map.
    """
    head = connection.execute(
        select(MAP.c.focus_name, MAP.c.title).where(MAP.c.id == map_id)
    ).one_or_none()
    if head is None:
        raise no_such_map(map_id)
    levels: dict[int, dict[HelpType | str, SupportLevel | tuple[int, int]]] = defaultdict(dict)
    barriers: dict[int, set[Barrier]] = defaultdict(set)
    try:
        for person_id, help_type, receive, give in connection.execute(
            select(SUPPORT.c.person_id, SUPPORT.c.help_type, SUPPORT.c.receive, SUPPORT.c.give)
            .join(PERSON, PERSON.c.id == SUPPORT.c.person_id)
            .where(PERSON.c.map_id == map_id)
        ):
            levels[person_id][HelpType(help_type)] = SupportLevel(receive, give)
        for person_id, barrier in connection.execute(
            select(BARRIER.c.person_id, BARRIER.c.barrier)
            .join(PERSON, PERSON.c.id == BARRIER.c.person_id)
            .where(PERSON.c.map_id == map_id)
        ):
            barriers[person_id].add(Barrier(barrier))
        pids: dict[int, str] = {}
        people = []
        for row in connection.execute(
            select(PERSON).where(PERSON.c.map_id == map_id).order_by(PERSON.c.ordinal, PERSON.c.id)
        ).mappings():
            pids[row["id"]] = row["pid"]
            people.append(_person(row, levels[row["id"]], barriers[row["id"]]))
        ties = [
            Tie(pids[a], pids[b], strength, bool(conflict))
            for a, b, strength, conflict in connection.execute(
                select(TIE.c.a_id, TIE.c.b_id, TIE.c.strength, TIE.c.conflict)
                .where(TIE.c.map_id == map_id)
                .order_by(TIE.c.id)
            )
        ]
        notes = [
            SessionNote(nid, date, text, bool(private))
            for nid, date, text, private in connection.execute(
                select(NOTE.c.nid, NOTE.c.date, NOTE.c.text, NOTE.c.private)
                .where(NOTE.c.map_id == map_id)
                .order_by(NOTE.c.id)
            )
        ]
        plan_row = (
            connection.execute(select(SAFETY_PLAN).where(SAFETY_PLAN.c.map_id == map_id))
            .mappings()
            .one_or_none()
        )
        plan = None if plan_row is None else _plan(plan_row)
        return SupportMap.build(head.focus_name, head.title, people, ties, notes, plan)
    except (ValueError, KeyError, TypeError) as error:
        raise StorageError(
            _(
                "The map with id {id} could not be read back: its stored data is damaged "
                "({error}). Restore a backup copy or export the other maps."
            ).format(id=map_id, error=error)
        ) from error


def load_person(connection: Connection, map_id: int, row_id: int) -> Person | None:
    """The person stored in row ``row_id`` of map ``map_id`` with their support and barriers."""
    row = (
        connection.execute(select(PERSON).where(PERSON.c.id == row_id, PERSON.c.map_id == map_id))
        .mappings()
        .one_or_none()
    )
    if row is None:
        return None
    levels = {
        HelpType(help_type): SupportLevel(receive, give)
        for help_type, receive, give in connection.execute(
            select(SUPPORT.c.help_type, SUPPORT.c.receive, SUPPORT.c.give).where(
                SUPPORT.c.person_id == row_id
            )
        )
    }
    barriers = {
        Barrier(barrier)
        for (barrier,) in connection.execute(
            select(BARRIER.c.barrier).where(BARRIER.c.person_id == row_id)
        )
    }
    return _person(row, levels, barriers)


def ties_of(connection: Connection, map_id: int, row_id: int) -> set[tuple[str, str, int, bool]]:
    """The ties of the person in row ``row_id`` as (pid, pid, strength, conflict), as stored."""
    a, b = PERSON.alias("a"), PERSON.alias("b")
    rows = connection.execute(
        select(a.c.pid, b.c.pid, TIE.c.strength, TIE.c.conflict)
        .join(a, a.c.id == TIE.c.a_id)
        .join(b, b.c.id == TIE.c.b_id)
        .where(TIE.c.map_id == map_id, (TIE.c.a_id == row_id) | (TIE.c.b_id == row_id))
    )
    return {(str(x), str(y), int(strength), bool(conflict)) for x, y, strength, conflict in rows}


def _person(row: Any, levels: Any, barriers: set[Barrier]) -> Person:
    position = None if row["x"] is None else Position(row["x"], row["y"])
    return Person(
        id=row["pid"],
        name=row["name"],
        relationship=row["relationship"],
        sector=row["sector"],
        circle=row["circle"],
        safety=row["safety"],
        support=Support.of(levels),
        barriers=frozenset(barriers),
        next_step=row["next_step"],
        notes=row["notes"],
        contact=row["contact"],
        position=position,
    )


def _plan(row: Any) -> SafetyPlan:
    """A plan from its row; a list that is not what `writes.plan_columns` writes raises."""
    lists: dict[str, Any] = {}
    for which in PlanList:
        stored = row[which.value]
        if stored is None:
            continue
        items = json.loads(stored)
        if not isinstance(items, list):
            raise ValueError(f"{which.value} is not a list")
        if which is PlanList.CRISIS_LINES:
            items = [CrisisLine(line["name"], line["contact"]) for line in items]
        lists[which.value] = tuple(items)
    return SafetyPlan(**lists, what_matters=row["what_matters"])

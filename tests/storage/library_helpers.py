"""Helpers shared by the storage tests: sample maps and looking at files from outside."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from supportmap.core.model import Person, Position, SessionNote, Support, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector


def sample_map(people: int = 4) -> SupportMap:
    """A small but complete map: every kind of field, ties, notes, positions."""
    folks = [
        Person(
            id="p1",
            name="Sam",
            relationship="sister",
            sector=Sector.FAMILY,
            circle=Circle.CLOSEST,
            safety=Safety.SAFE,
            support=Support.of({HelpType.EMOTIONAL: (3, 2), HelpType.PRACTICAL: (1, 0)}),
            barriers=frozenset({Barrier.BURDEN, Barrier.OWING}),
            next_step="Ask Sam to come on Tuesday",
            notes="Calls on Sundays",
            position=Position(120.0, -40.0),
        ),
        Person(id="p2", name="Kim", sector=Sector.FRIENDS, safety=Safety.STRINGS),
        Person(
            id="p3",
            name="Dr Ng",
            relationship="GP",
            sector=Sector.PROFESSIONAL,
            circle=Circle.AROUND,
            safety=Safety.SAFE,
            support=Support.of({HelpType.CRISIS: (2, 0)}),
            position=Position(-10.5, 300.25),
        ),
    ]
    folks += [
        Person(id=f"x{i}", name=f"Person {i}", circle=Circle.COULD_REACH)
        for i in range(4, people + 1)
    ]
    ties = [Tie("p2", "p1", 2, True), Tie("p1", "p3", 1)]
    notes = [
        SessionNote("n1", dt.date(2026, 10, 1), "First session", True),
        SessionNote("n2", dt.date(2026, 10, 8), "Ünïcode — fine"),
    ]
    return SupportMap.build("Alex", "Alex — after session 3", folks, ties, notes)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of a query run on the library file with plain sqlite3, outside our code."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def database_rows(location: str | Path, sql: str) -> list[tuple[object, ...]]:
    """Rows of a query run on a library outside our code: plain sqlite3 on a file, the test
    cluster's superuser (who sees every row) on a server."""
    if "://" not in str(location):
        return sqlite_rows(Path(location), sql)
    from sqlalchemy import text

    from tests.pg import superuser_engine

    engine = superuser_engine(str(location))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()

"""The library schema as SQLModel tables. Alembic revisions are the only way it changes.

One library holds many maps. Everything belonging to a map hangs off ``map.id`` with
``ON DELETE CASCADE``, so deleting a map is one statement. People, ties and notes keep the map's
own string ids (``pid``/``nid``) beside a surrogate integer key; rows are read back in key order,
which is the order they were added. Support levels are stored only where non-zero, one row per
person and help type; barriers one row per person and barrier. Enums are stored as their values.
Timestamps are stored in UTC and read back timezone-aware.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, MetaData, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints let Alembic's batch mode rebuild SQLite tables without guessing names.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class MapRow(SQLModel, table=True):
    __tablename__ = "map"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(default="", max_length=200)
    focus_name: str = Field(max_length=80)
    created: dt.datetime
    updated: dt.datetime = Field(index=True)


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("map_id", "pid"),
        CheckConstraint("circle BETWEEN 1 AND 4", name="circle"),
    )

    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(foreign_key="map.id", ondelete="CASCADE")
    pid: str = Field(max_length=64)
    name: str = Field(max_length=80)
    relationship: str = Field(default="", max_length=80)
    sector: str = Field(max_length=16)
    circle: int
    safety: str = Field(max_length=16)
    next_step: str = Field(default="", max_length=280)
    notes: str = Field(default="", max_length=5000)
    x: float | None = None
    y: float | None = None
    ordinal: float = Field(default=0.0, sa_column_kwargs={"server_default": "0"})
    """The person's place in the map's order; a person put back by undo takes their old place."""
    contact: str = Field(default="", max_length=120, sa_column_kwargs={"server_default": ""})


class SupportRow(SQLModel, table=True):
    __tablename__ = "support_level"
    __table_args__ = (
        CheckConstraint("receive BETWEEN 0 AND 3", name="receive"),
        CheckConstraint("give BETWEEN 0 AND 3", name="give"),
    )

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    help_type: str = Field(max_length=16, primary_key=True)
    receive: int
    give: int


class BarrierRow(SQLModel, table=True):
    __tablename__ = "barrier"

    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", primary_key=True)
    barrier: str = Field(max_length=16, primary_key=True)


class TieRow(SQLModel, table=True):
    __tablename__ = "tie"
    __table_args__ = (
        UniqueConstraint("a_id", "b_id"),
        CheckConstraint("strength BETWEEN 1 AND 3", name="strength"),
    )

    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    a_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    b_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    strength: int
    conflict: bool


class NoteRow(SQLModel, table=True):
    __tablename__ = "session_note"
    __table_args__ = (UniqueConstraint("map_id", "nid"),)

    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(foreign_key="map.id", ondelete="CASCADE")
    nid: str = Field(max_length=64)
    date: dt.date
    text: str = Field(sa_column=Column(Text, nullable=False))
    private: bool


class SafetyPlanRow(SQLModel, table=True):
    """A map's safety plan, one row per map that has one.

    Each list is a JSON array (texts, people's ``pid``s, or crisis lines as objects with
    ``name`` and ``contact``), so one edit of the plan updates the columns it changed. A people
    list is NULL while the user has not chosen it. The pids always name people of the map: a
    person leaves the plan (a change of its own) before their row is deleted.
    """

    __tablename__ = "safety_plan"

    map_id: int = Field(foreign_key="map.id", ondelete="CASCADE", primary_key=True)
    warning_signs: str = Field(sa_column=Column(Text, nullable=False))
    coping: str = Field(sa_column=Column(Text, nullable=False))
    distraction_places: str = Field(sa_column=Column(Text, nullable=False))
    distraction_people: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    people_to_ask: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    professionals: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    crisis_lines: str = Field(sa_column=Column(Text, nullable=False))
    safer_surroundings: str = Field(sa_column=Column(Text, nullable=False))
    what_matters: str = Field(default="", max_length=280)


class SnapshotRow(SQLModel, table=True):
    """A frozen map in the file format's JSON shape, so snapshots outlive schema changes."""

    __tablename__ = "snapshot"

    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    label: str = Field(max_length=120)
    taken: dt.datetime
    data: str = Field(sa_column=Column(Text, nullable=False))


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(sa_column=Column(Text, nullable=False))


METADATA: MetaData = SQLModel.metadata


def table(name: str) -> Table:
    """The Core table behind one of the models above, for statements that write single columns."""
    return METADATA.tables[name]


MAP = table("map")
PERSON = table("person")
SUPPORT = table("support_level")
BARRIER = table("barrier")
TIE = table("tie")
NOTE = table("session_note")
SNAPSHOT = table("snapshot")
SAFETY_PLAN = table("safety_plan")
SETTING = table("setting")

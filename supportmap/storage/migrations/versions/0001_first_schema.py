"""The first library schema: maps, people, support levels, barriers, ties, notes, snapshots.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

Written out in full rather than generated from the models, so that it keeps describing the
first schema however the models change later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _cascade(column: str, parent: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=f"fk_{table}_{column}_{parent}", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "map",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("focus_name", sa.String(80), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_map"),
    )
    op.create_index("ix_map_updated", "map", ["updated"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("pid", sa.String(64), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("relationship", sa.String(80), nullable=False),
        sa.Column("sector", sa.String(16), nullable=False),
        sa.Column("circle", sa.Integer(), nullable=False),
        sa.Column("safety", sa.String(16), nullable=False),
        sa.Column("next_step", sa.String(280), nullable=False),
        sa.Column("notes", sa.String(5000), nullable=False),
        sa.Column("x", sa.Float(), nullable=True),
        sa.Column("y", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("map_id", "pid", name="uq_person_map_id_pid"),
        sa.CheckConstraint("circle BETWEEN 1 AND 4", name="ck_person_circle"),
        _cascade("map_id", "map", "person"),
    )
    op.create_table(
        "support_level",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("help_type", sa.String(16), nullable=False),
        sa.Column("receive", sa.Integer(), nullable=False),
        sa.Column("give", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "help_type", name="pk_support_level"),
        sa.CheckConstraint("receive BETWEEN 0 AND 3", name="ck_support_level_receive"),
        sa.CheckConstraint("give BETWEEN 0 AND 3", name="ck_support_level_give"),
        _cascade("person_id", "person", "support_level"),
    )
    op.create_table(
        "barrier",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("barrier", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "barrier", name="pk_barrier"),
        _cascade("person_id", "person", "barrier"),
    )
    op.create_table(
        "tie",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tie"),
        sa.UniqueConstraint("a_id", "b_id", name="uq_tie_a_id_b_id"),
        sa.CheckConstraint("strength BETWEEN 1 AND 3", name="ck_tie_strength"),
        _cascade("map_id", "map", "tie"),
        _cascade("a_id", "person", "tie"),
        _cascade("b_id", "person", "tie"),
    )
    op.create_index("ix_tie_map_id", "tie", ["map_id"])
    op.create_index("ix_tie_b_id", "tie", ["b_id"])
    op.create_table(
        "session_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("nid", sa.String(64), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_session_note"),
        sa.UniqueConstraint("map_id", "nid", name="uq_session_note_map_id_nid"),
        _cascade("map_id", "map", "session_note"),
    )
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("taken", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_snapshot"),
        _cascade("map_id", "map", "snapshot"),
    )
    op.create_index("ix_snapshot_map_id", "snapshot", ["map_id"])


def downgrade() -> None:
    for name in ("snapshot", "session_note", "tie", "barrier", "support_level", "person"):
        op.drop_table(name)
    op.drop_table("setting")
    op.drop_table("map")

"""People have a contact, and a map may have a safety plan.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Everyone already in a library gets an empty contact; no map has a plan until its user starts
one. The plan's lists are JSON arrays in one row per map (see ``SafetyPlanRow``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("contact", sa.String(120), nullable=False, server_default=""))
    op.create_table(
        "safety_plan",
        sa.Column("map_id", sa.Integer(), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("coping", sa.Text(), nullable=False),
        sa.Column("distraction_places", sa.Text(), nullable=False),
        sa.Column("distraction_people", sa.Text(), nullable=True),
        sa.Column("people_to_ask", sa.Text(), nullable=True),
        sa.Column("professionals", sa.Text(), nullable=True),
        sa.Column("crisis_lines", sa.Text(), nullable=False),
        sa.Column("safer_surroundings", sa.Text(), nullable=False),
        sa.Column("what_matters", sa.String(280), nullable=False),
        sa.PrimaryKeyConstraint("map_id", name="pk_safety_plan"),
        sa.ForeignKeyConstraint(
            ["map_id"], ["map.id"], name="fk_safety_plan_map_id_map", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("safety_plan")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("contact")

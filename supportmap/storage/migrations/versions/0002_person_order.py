"""People keep their place in a map's order, also when a removal is undone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Until now people were listed in the order their rows were written, so a person restored by
undo moved to the end. The new ``ordinal`` column holds the order; existing people keep the
order they had.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("ordinal", sa.Float(), nullable=False, server_default="0"))
    op.execute("UPDATE person SET ordinal = id")


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("ordinal")

"""Alembic environment: migrate the connection handed over by `supportmap.storage.migrate`.

The caller owns the connection and its transaction, so that the foreign-key check after the
migration can still roll everything back. There is no offline (SQL script) mode.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from supportmap.storage.tables import METADATA

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("migrations run only through supportmap.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic migrations of the library schema, run by `supportmap.storage.migrate`."""

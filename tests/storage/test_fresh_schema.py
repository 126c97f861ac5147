"""A brand-new library is created from the models without Alembic; it must equal a migrated one."""

import sqlite3
from pathlib import Path
from typing import Any

from supportmap.storage.library import Library
from supportmap.storage.migrate import SCHEMA_HEAD


def _schema(path: Path) -> dict[str, Any]:
    """Tables with their columns, indexes and foreign keys, as SQLite reports them."""
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        described: dict[str, Any] = {}
        for table in tables:
            indexes = {}
            for _seq, name, unique, origin, partial in connection.execute(
                f"PRAGMA index_list('{table}')"
            ):
                columns = [r[2] for r in connection.execute(f"PRAGMA index_info('{name}')")]
                indexes[name] = (unique, origin, partial, columns)
            described[table] = {
                "columns": connection.execute(f"PRAGMA table_info('{table}')").fetchall(),
                "indexes": indexes,
                "foreign_keys": sorted(
                    connection.execute(f"PRAGMA foreign_key_list('{table}')").fetchall()
                ),
            }
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return {"tables": described, "version": version}


def test_a_new_library_has_the_schema_the_migrations_build(tmp_path: Path) -> None:
    created = tmp_path / "created.sqlite3"
    migrated = tmp_path / "migrated.sqlite3"
    migrated.touch(mode=0o600)  # an empty file is migrated from nothing by Alembic
    for path in (created, migrated):
        Library.open(path).close()
    assert _schema(created) == _schema(migrated)
    assert _schema(created)["version"] == [(SCHEMA_HEAD,)]


def test_a_new_library_is_usable_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        map_id = library.create_map("Robin")
    with Library.open(path) as library:
        assert [info.id for info in library.list_maps()] == [map_id]

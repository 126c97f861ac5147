"""Bring a library's schema up to date before anything else touches it.

Opening a library that is already current costs one read-only look at the file and no Alembic
import at all. Otherwise: a file that is not a library, is damaged, or was written by a newer
version is refused and left exactly as it was; an older SQLite library is first copied with the
backup API and the copy verified, then migrated with foreign keys off (a batch migration rebuilds
a parent table by dropping it, which would cascade-delete its children) and checked with
``PRAGMA foreign_key_check`` before the migration commits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from supportmap.core.i18n import _
from supportmap.storage import sqlitefile
from supportmap.storage.engine import WRITE, make_engine
from supportmap.storage.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = str(Path(__file__).with_name("migrations"))
SCHEMA_HEAD = "0003"
"""The newest revision in `MIGRATIONS`; a test keeps it equal to Alembic's own head."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Schema:
    """Which migrations to run: the package's own, or another set in tests."""

    script_location: str = MIGRATIONS
    head: str = SCHEMA_HEAD


def prepare_file(
    path: Path, url: URL, schema: Schema = Schema(), passphrase: str | None = None
) -> Path | None:
    """Create or migrate the SQLite library at ``path`` so that its schema is ``schema.head``.

    ``passphrase`` is given for a protected library (`supportmap.storage.cipher`): it is then
    looked at, backed up (under the same passphrase) and migrated through SQLCipher. Only the
    newest `sqlitefile.BACKUPS_KEPT` backups are kept.

    Returns:
        The path of the verified backup taken before migrating, or None when no existing data
        needed migrating.

    Raises:
        StorageError: the file is not a library, is damaged, comes from a newer version, or
            could not be backed up or migrated. A refused file is never written to.
    """
    backup: Path | None = None
    fresh = not path.exists()
    if fresh:
        sqlitefile.create_private_file(path)
    else:
        if passphrase is None:
            sqlitefile.check_header(path)
        if path.stat().st_size > 0:
            found = _probe(path, passphrase)
            if found.revision == schema.head:
                return None
            if found.revision is None and found.has_tables:
                raise StorageError(
                    _(
                        "{path} is an SQLite database but not a SupportMap library. "
                        "It was left untouched; choose another file with --db."
                    ).format(path=path)
                )
            if found.revision is not None:
                _refuse_unknown(found.revision, str(path), schema)
                backup = _backup(path, found.revision, passphrase)
                sqlitefile.prune_backups(path)
                log.info("library backed up before migrating from revision %s", found.revision)
    engine = make_engine(url, foreign_keys=False, passphrase=passphrase)
    try:
        if fresh and schema == Schema():
            _create_at_head(engine, schema, str(path))
        else:
            _upgrade(engine, schema, str(path), backup)
    finally:
        engine.dispose()
    sqlitefile.make_companions_private(path)
    return backup


def _probe(path: Path, passphrase: str | None) -> sqlitefile.Probe:
    if passphrase is None:
        return sqlitefile.probe(path)
    from supportmap.storage import cipher

    return cipher.probe(path, passphrase)


def _backup(path: Path, revision: str, passphrase: str | None) -> Path:
    if passphrase is None:
        return sqlitefile.backup(path, revision)
    from supportmap.storage import cipher

    return cipher.backup(path, revision, passphrase)


def prepare_engine(engine: Engine, schema: Schema = Schema()) -> None:
    """Create or migrate a library that is not an SQLite file (a server, or in memory).

    There is no file to copy here: a database server is backed up by its own means.
    """
    from alembic.runtime.migration import MigrationContext

    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise StorageError(
            _(
                "Could not reach the library database at {where}. "
                "Check the address and that the server is running."
            ).format(where=where)
        ) from error
    if current == schema.head:
        return
    if current is not None:
        _refuse_unknown(current, where, schema)
    _upgrade(engine, schema, where, None)


def _config(schema: Schema) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", schema.script_location)
    return config


def known_revisions(schema: Schema = Schema()) -> set[str]:
    """Every revision the migrations in ``schema`` know about."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config(schema))
    return {script.revision for script in scripts.walk_revisions()}


def _refuse_unknown(revision: str, where: str, schema: Schema) -> None:
    if revision not in known_revisions(schema):
        raise StorageError(
            _(
                "The library at {where} was written by a newer version of SupportMap "
                "(schema {revision}). It was left untouched; open it with that version, "
                "or choose another file with --db."
            ).format(where=where, revision=revision)
        )


def _create_at_head(engine: Engine, schema: Schema, where: str) -> None:
    """Give a brand-new library the current schema straight from the models, stamped at head.

    This is what running every migration from nothing produces (a test compares the two), but
    it does not load Alembic, which would double the time the first start takes.
    """
    from supportmap.storage.tables import METADATA

    try:
        with engine.connect() as connection:
            connection.execution_options(**{WRITE: True})
            with connection.begin():
                METADATA.create_all(connection)
                connection.execute(
                    text(
                        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                    )
                )
                connection.execute(
                    text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
                    {"head": schema.head},
                )
    except SQLAlchemyError as error:
        raise StorageError(
            _(
                "Could not create a library at {where}. "
                "Make sure the disk has room and the folder can be written to, then try again."
            ).format(where=where)
        ) from error


def _upgrade(engine: Engine, schema: Schema, where: str, backup: Path | None) -> None:
    from alembic import command

    config = _config(schema)
    try:
        with engine.connect() as connection:
            connection.execution_options(**{WRITE: True})
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, schema.head)
                _check_foreign_keys(connection, where, backup)
    except SQLAlchemyError as error:
        if backup:
            message = _(
                "Could not update the library at {where}; it was left as it was. A copy from "
                "before is at {backup}. Make sure the disk has room and no other program holds "
                "the file, then try again."
            )
        else:
            message = _(
                "Could not update the library at {where}; it was left as it was. Make sure the "
                "disk has room and no other program holds the file, then try again."
            )
        raise StorageError(message.format(where=where, backup=backup)) from error


def _check_foreign_keys(connection: Connection, where: str, backup: Path | None) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        if backup:
            message = _(
                "Updating the library at {where} would have left records pointing at nothing, "
                "so it was left as it was. A copy from before is at {backup}. Please report "
                "this problem."
            )
        else:
            message = _(
                "Updating the library at {where} would have left records pointing at nothing, "
                "so it was left as it was. Please report this problem."
            )
        raise StorageError(message.format(where=where, backup=backup))

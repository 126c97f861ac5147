"""Set up a practice server's library: roles, tables, owners, shares and row-level security.

`init` runs in a database the practice created (DESIGN.md §11). Under a transaction-wide
advisory lock, so that two administrators running it at once take turns, it:

1. migrates the tables to the current schema with Alembic (the only place a server migrates);
2. creates the group roles ``supportmap_clinician`` and ``supportmap_admin`` if missing;
3. gives every map an ``owner`` (the role that created it), every setting one too, and adds
   ``map_access`` (map, role, may edit) for shares;
4. grants the clinicians the table rights they need and puts row-level security, forced for the
   tables' owner as well, on every table of client data: a clinician sees the maps they own or
   that are shared with them, changes only own maps and maps shared for editing, and cannot
   change a map shared read-only even with plain SQL; ``supportmap_admin`` sees and changes all.

Everything is created with ``IF NOT EXISTS`` or dropped and created again in the same
transaction, so running it twice changes nothing. These objects exist only on a server; an
SQLite library has one user and none of them.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError, database_problem

CLINICIAN = "supportmap_clinician"
ADMIN = "supportmap_admin"
ADVISORY_LOCK = 0x53_4D_41_50  # "SMAP": one number all SupportMap inits agree on
ACCESS_TABLE = "map_access"
ACCESS_RULES_VERSION = 3
"""Raised whenever the policies or triggers change; `init` writes it on the access table and an
app that finds an older one asks for ``server init`` (the schema revision alone would not)."""
ACCESS_RULES_LABEL = "SupportMap access rules "

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_IS_ADMIN = f"pg_has_role(current_user, '{ADMIN}', 'MEMBER')"
_SHARED = (
    "EXISTS (SELECT 1 FROM map_access a WHERE a.map_id = {map} AND a.role = current_user{edit})"
)
_TABLES_BY_MAP = ("person", "tie", "session_note", "safety_plan", "snapshot")
_TABLES_BY_PERSON = ("support_level", "barrier")


@dataclass(frozen=True)
class InitResult:
    """What `init` did: the schema revision before (None: an empty database) and after."""

    before: str | None
    after: str


def init(engine: Engine, head: str) -> InitResult:
    """Bring the server library behind ``engine`` to schema ``head`` with its access rules.

    Raises:
        StorageError: the schema is newer than this version, or the server refused (e.g. the
            role running it may not create roles or tables).
    """
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    from supportmap.storage.migrate import MIGRATIONS, known_revisions
    from supportmap.storage.server import address, schema_message

    with _told(engine) as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK})
        before = MigrationContext.configure(connection).get_current_revision()
        if before is not None and before not in known_revisions():
            raise StorageError(schema_message(address(engine.url), before, head))
        if before != head:
            config = Config()
            config.set_main_option("script_location", MIGRATIONS)
            config.attributes["connection"] = connection
            command.upgrade(config, head)
        _create_roles(connection)
        _create_access(connection)
        _grant(connection)
        _create_policies(connection)
        connection.exec_driver_sql(
            f"COMMENT ON TABLE {ACCESS_TABLE} IS '{ACCESS_RULES_LABEL}{ACCESS_RULES_VERSION}'"
        )
    return InitResult(before, head)


def access_rules_version(connection: Connection) -> int:
    """The version of the access rules ``init`` last set up in this database (0: none, or
    from before they were numbered)."""
    found = connection.exec_driver_sql(
        f"SELECT obj_description(to_regclass('{ACCESS_TABLE}'), 'pg_class')"
    ).scalar()
    label = str(found or "")
    if not label.startswith(ACCESS_RULES_LABEL):
        return 0
    number = label.removeprefix(ACCESS_RULES_LABEL)
    return int(number) if number.isdigit() else 0


def check_role_name(role: str) -> str:
    """``role`` if it is a plain PostgreSQL role name SupportMap creates and shares with."""
    if not _ROLE_NAME.match(role):
        raise StorageError(
            _(
                "{role} cannot be used as a clinician's name on the server. Use lower-case "
                "letters, digits and underscores, starting with a letter (at most 63)."
            ).format(role=repr(role))
        )
    return role


def add_clinician(engine: Engine, role: str, password: str) -> None:
    """Create a login role for a clinician, member of ``supportmap_clinician``.

    Raises:
        StorageError: the name is not usable, the role exists already, or the server refused.
    """
    check_role_name(role)
    with _told(engine) as connection:
        if _role_exists(connection, role):
            raise StorageError(
                _(
                    "There is already a role called {role} on the server. Choose another name, "
                    "or share maps with that role as it is."
                ).format(role=role)
            )
        # Only a SCRAM verifier, made here, reaches the server: the password itself never
        # appears in a statement the server could log.
        driver = connection.connection.driver_connection
        try:
            verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
                password.encode(), role.encode(), b"scram-sha-256"
            ).decode()
        except Exception as error:  # the driver's own error: SQLAlchemy wraps nothing here
            from supportmap.storage.server import address

            where = address(engine.url)
            raise StorageError(database_problem(where, error, write=True)) from error
        statement = connection.execute(
            text(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
                "CAST(:r AS text), CAST(:p AS text), CAST(:g AS text))"
            ),
            {"r": role, "p": verifier, "g": CLINICIAN},
        ).scalar_one()
        connection.exec_driver_sql(statement)


def share(connection: Connection, map_id: int, role: str, *, read_only: bool) -> None:
    """Let ``role`` see map ``map_id`` (and change it, unless ``read_only``).

    Sharing again replaces the earlier share. The server allows it only to the map's owner and
    to an administrator.

    Raises:
        StorageError: ``role`` is not a clinician of this server.
    """
    check_role_name(role)
    clinician = connection.execute(
        text("SELECT pg_has_role(:role, :group, 'MEMBER') FROM pg_roles WHERE rolname = :role"),
        {"role": role, "group": CLINICIAN},
    ).scalar_one_or_none()
    if not clinician:
        raise StorageError(
            _(
                "{role} is not a clinician on this server, so nothing was shared. The "
                "practice's administrator can add them with: supportmap server add-clinician "
                "{role}"
            ).format(role=role)
        )
    connection.execute(
        text(
            "INSERT INTO map_access (map_id, role, may_edit) VALUES (:map, :role, :edit) "
            "ON CONFLICT (map_id, role) DO UPDATE SET may_edit = excluded.may_edit"
        ),
        {"map": map_id, "role": role, "edit": not read_only},
    )


@contextlib.contextmanager
def _told(engine: Engine) -> Iterator[Connection]:
    """One transaction on the server; what the server refuses becomes a message."""
    from supportmap.storage.server import address

    try:
        with engine.connect() as connection, connection.begin():
            yield connection
    except DBAPIError as error:
        raise StorageError(database_problem(address(engine.url), error, write=True)) from error


def _role_exists(connection: Connection, role: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def _create_roles(connection: Connection) -> None:
    # Roles belong to the whole server, beyond this database's advisory lock: a role created
    # meanwhile by an init in another database is not an error.
    for role in (CLINICIAN, ADMIN):
        connection.exec_driver_sql(
            f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    connection.exec_driver_sql(f"GRANT {CLINICIAN} TO {ADMIN}")


def _create_access(connection: Connection) -> None:
    for statement in (
        "ALTER TABLE map ADD COLUMN IF NOT EXISTS owner text NOT NULL DEFAULT current_user",
        "ALTER TABLE setting ADD COLUMN IF NOT EXISTS owner text NOT NULL DEFAULT current_user",
        "ALTER TABLE setting DROP CONSTRAINT IF EXISTS pk_setting",
        "ALTER TABLE setting DROP CONSTRAINT IF EXISTS pk_setting_owner",
        "ALTER TABLE setting ADD CONSTRAINT pk_setting_owner PRIMARY KEY (key, owner)",
        "CREATE TABLE IF NOT EXISTS map_access ("
        " map_id integer NOT NULL REFERENCES map (id) ON DELETE CASCADE,"
        " role text NOT NULL,"
        " may_edit boolean NOT NULL,"
        " granted_by text NOT NULL DEFAULT current_user,"
        " PRIMARY KEY (map_id, role))",
    ):
        connection.exec_driver_sql(statement)


def _grant(connection: Connection) -> None:
    tables = ", ".join((*_TABLES_BY_MAP, *_TABLES_BY_PERSON, "setting", ACCESS_TABLE))
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {CLINICIAN}",
        f"GRANT SELECT ON alembic_version TO {CLINICIAN}",
        f"GRANT SELECT, INSERT, DELETE ON map TO {CLINICIAN}",
        f"GRANT UPDATE (title, focus_name, updated) ON map TO {CLINICIAN}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {CLINICIAN}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {CLINICIAN}",
    ):
        connection.exec_driver_sql(statement)


def _policy_rules() -> dict[str, dict[str, tuple[str, str | None]]]:
    """Per table and command: (USING, WITH CHECK) of its policy.

    UPDATE and DELETE find every row their account may read, so that changing a row it may
    not change is an error the person is told about, never a change that silently touches
    nothing: an UPDATE fails its WITH CHECK, a DELETE its table's trigger (`_delete_rules`).
    """
    mine = f"(owner = current_user OR {_IS_ADMIN})"
    read_map = f"({mine[1:-1]} OR {_SHARED.format(map='map.id', edit='')})"
    edit_map = f"({mine[1:-1]} OR {_SHARED.format(map='map.id', edit=' AND a.may_edit')})"
    seen_access = f"(role = current_user OR granted_by = current_user OR {_IS_ADMIN})"
    rules: dict[str, dict[str, tuple[str, str | None]]] = {
        "map": {"SELECT": (read_map, None), "INSERT": ("", mine), "UPDATE": (read_map, edit_map)},
        ACCESS_TABLE: {
            "SELECT": (seen_access, None),
            "INSERT": ("", _owned_map(f"{ACCESS_TABLE}.map_id")),
            "UPDATE": (seen_access, _owned_map(f"{ACCESS_TABLE}.map_id")),
        },
        "setting": {"ALL": ("(owner = current_user)", "(owner = current_user)")},
    }
    for table in (*_TABLES_BY_MAP, *_TABLES_BY_PERSON):
        readable = f"EXISTS (SELECT 1 FROM map m WHERE m.id = {_map_of(table, table)})"
        editable = _editable_map(_map_of(table, table))
        if table == "tie":  # both people on the tie's own map, never on someone else's
            editable += "".join(
                f" AND EXISTS (SELECT 1 FROM person p WHERE p.id = tie.{end} "
                "AND p.map_id = tie.map_id)"
                for end in ("a_id", "b_id")
            )
        rules[table] = {
            "SELECT": (readable, None),
            "INSERT": ("", editable),
            "UPDATE": (readable, editable),
        }
    for table in _delete_rules():
        rules[table]["DELETE"] = (rules[table]["SELECT"][0], None)
    return rules


def _delete_rules() -> dict[str, str]:
    """Per table: when its row ``OLD`` may be deleted, checked by a trigger before each row.

    A row whose map (or person) is gone already goes with it: the cascade of a deletion that
    was allowed itself (a person with their support, a map with everything in it). A row of a
    map the account cannot read never reaches the trigger: the DELETE policy does not find it.
    """
    rules = {
        "map": f"(OLD.owner = current_user OR {_IS_ADMIN})",
        ACCESS_TABLE: f"({_gone('map', 'OLD.map_id')} OR {_owned_map('OLD.map_id')})",
    }
    for table in (*_TABLES_BY_MAP, *_TABLES_BY_PERSON):
        parent = (
            ("person", "OLD.person_id") if table in _TABLES_BY_PERSON else ("map", "OLD.map_id")
        )
        rules[table] = f"({_gone(*parent)} OR {_editable_map(_map_of(table, 'OLD'))})"
    return rules


def _key_rules() -> dict[str, str]:
    """Per table: the column that ties a row to its map, which an UPDATE may not change (the
    UPDATE policy judges the new row's map, so moving a row would take it from a map the
    account may only read)."""
    return {
        table: "person_id" if table in _TABLES_BY_PERSON else "map_id"
        for table in (*_TABLES_BY_MAP, *_TABLES_BY_PERSON, ACCESS_TABLE)
    }


def _gone(table: str, row_id: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM {table} g WHERE g.id = {row_id})"


def _map_of(table: str, row: str) -> str:
    """The id of the map that ``row`` of ``table`` belongs to, as SQL."""
    if table in _TABLES_BY_PERSON:
        return f"(SELECT p.map_id FROM person p WHERE p.id = {row}.person_id)"
    return f"{row}.map_id"


def _editable_map(map_id: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM map m WHERE m.id = {map_id} AND (m.owner = current_user OR "
        f"{_IS_ADMIN} OR {_SHARED.format(map='m.id', edit=' AND a.may_edit')}))"
    )


def _owned_map(map_id: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM map m WHERE m.id = {map_id} "
        f"AND (m.owner = current_user OR {_IS_ADMIN}))"
    )


def _create_policies(connection: Connection) -> None:
    for table, commands in _policy_rules().items():
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        for command, (using, check) in commands.items():
            name = f"supportmap_{command.lower()}"
            connection.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
            clauses = (f" USING ({using})" if using else "") + (
                f" WITH CHECK ({check})" if check else ""
            )
            connection.exec_driver_sql(
                f"CREATE POLICY {name} ON {table} FOR {command} TO PUBLIC{clauses}"
            )
    for table, allowed in _delete_rules().items():
        _create_trigger(
            connection,
            table,
            "DELETE",
            f"IF {allowed} THEN RETURN OLD; END IF; RAISE EXCEPTION 'permission denied: this "
            f"account may read this map but not delete from it ({table})' "
            "USING ERRCODE = 'insufficient_privilege';",
        )
    for table, key in _key_rules().items():
        _create_trigger(
            connection,
            table,
            "UPDATE",
            f"IF NEW.{key} IS DISTINCT FROM OLD.{key} THEN RAISE EXCEPTION 'permission "
            f"denied: a row cannot be moved to another map ({table}.{key})' "
            "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW;",
        )


def _create_trigger(connection: Connection, table: str, command: str, body: str) -> None:
    """A row trigger that runs ``body`` (PL/pgSQL) before each ``command`` on ``table``."""
    function = f"supportmap_check_{command.lower()}_{table}"
    connection.exec_driver_sql(
        # A fixed search path, temporary tables last: a table of the session's own must never
        # stand in for one the check reads (the policies are bound to their tables already).
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN {body} END $$"
    )
    name = f"supportmap_{command.lower()}"
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    connection.exec_driver_sql(
        f"CREATE TRIGGER {name} BEFORE {command} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()"
    )

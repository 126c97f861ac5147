"""A practice's library on a PostgreSQL server: its address, its connections, its schema check.

Addresses: ``postgresql://user@host[:port]/database`` or ``postgres://…`` (both mean psycopg 3,
the ``postgres`` extra). The password never comes from what is shown: libpq reads it from
``~/.pgpass`` or ``PGPASSFILE``; the command line asks for it on a terminal (`with_password`).
An address is shown only through `address`, which drops the password.

Connections: 5 s to connect, 15 s per statement, a liveness check (``pool_pre_ping``) before a
pooled connection is used again, so the first call after a server restart reconnects instead of
failing. A host other than this computer is reached with TLS and ``sslmode=verify-full`` unless
the address itself says otherwise (``?sslmode=…``); the certificate authority is the address's
``sslrootcert``, else the file named by ``SUPPORTMAP_CA_FILE``, else libpq's own default
(``~/.postgresql/root.crt``).

Schema: a clinician's app never migrates a server. `open_engine` checks the revision and names
``supportmap server init`` when the database is empty or older (`supportmap.storage.server_init`).
"""

from __future__ import annotations

import os
import re

from sqlalchemy import URL, Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError, database_problem

SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_SECONDS = 5
STATEMENT_TIMEOUT_MS = 15_000
IDLE_IN_TRANSACTION_MS = 20_000
"""How long the server keeps a transaction open that its app stopped talking to (a laptop gone
mid-save): its locks would otherwise hold up every other save to the map until the server's own
keepalives give up, hours later. SupportMap's transactions never pause that long."""
UNANSWERED_MS = 20_000
"""How long data sent to the server may go unacknowledged, and (through keepalives, 10 s of
silence and then 3 probes 3 s apart) how long a connection whose path hangs silently may stay
quiet, before the connection is given up: the statement timeout is the server's own, and a
server that cannot be heard from cannot say it fired."""
CA_FILE_VARIABLE = "SUPPORTMAP_CA_FILE"
"""Environment variable naming the certificate authority file for a practice server."""

_LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
_PASSWORD_IN_URL = re.compile(r"(://[^/@:]*:)[^/@]*@")


class PasswordNeeded(StorageError):
    """The server asks for a password that neither the address nor ``.pgpass`` gives."""


def is_server_address(text: str) -> bool:
    """Whether ``text`` is a PostgreSQL address (``postgresql://``, ``postgres://``, …)."""
    scheme = text.split("://", 1)[0].split("+", 1)[0].lower() if "://" in text else ""
    return scheme in SCHEMES


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def parse(text: str) -> URL:
    """The SQLAlchemy URL of a server address, with psycopg 3 as its driver.

    Raises:
        StorageError: the address cannot be read; the message shows it without its password.
    """
    scheme, rest = text.split("://", 1)
    if "+" not in scheme:
        text = f"{DRIVER}://{rest}"
    elif scheme.split("+", 1)[0].lower() == "postgres":
        text = f"postgresql+{scheme.split('+', 1)[1]}://{rest}"
    try:
        url = make_url(text)
        url.port  # noqa: B018 - a port that is not a number fails here, not at connect time
    except (ArgumentError, ValueError):
        # Not chained: the parser's own message repeats the address, password and all.
        raise StorageError(
            _(
                "{address} is not a server address SupportMap understands. Give one such as "
                "postgresql://name@server/library (the port, if any, is a number after a colon)."
            ).format(address=redact(text.replace(f"{DRIVER}://", "postgresql://", 1)))
        ) from None
    return url


def redact(text: str) -> str:
    """An address as typed, with any password in it replaced by ``***``."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)


def address(url: URL) -> str:
    """The address to show: scheme, user, host, port and database, never a password."""
    shown = url._replace(drivername="postgresql", password=None)  # `set` keeps a None field
    return shown.render_as_string(hide_password=True)


def with_password(url: URL, password: str) -> URL:
    """``url`` with a password typed by the user (kept in memory only)."""
    return url.set(password=password)


def is_local(url: URL) -> bool:
    """Whether the server is this computer (a loopback host or a Unix socket)."""
    host = url.host or str(url.query.get("host") or "")
    return host in _LOCAL_HOSTS or host.startswith("/")


def connect_arguments(url: URL) -> dict[str, object]:
    """What psycopg gets besides the address: timeouts, TLS checks, the application's name."""
    arguments: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "options": (
            f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
        ),
        "application_name": "SupportMap",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
        "tcp_user_timeout": UNANSWERED_MS,
    }
    if "sslmode" not in url.query and not is_local(url):
        arguments["sslmode"] = "verify-full"
    ca_file = os.environ.get(CA_FILE_VARIABLE, "").strip()
    if ca_file and "sslrootcert" not in url.query:
        arguments["sslrootcert"] = ca_file
    return arguments


def make_server_engine(url: URL) -> Engine:
    """An engine for a server library with the timeouts, TLS and liveness check above.

    Raises:
        StorageError: the driver is not installed.
    """
    try:
        return create_engine(url, connect_args=connect_arguments(url), pool_pre_ping=True)
    except (ArgumentError, ImportError) as error:
        raise StorageError(
            _(
                "SupportMap cannot reach a practice server from this installation: the "
                "PostgreSQL driver is missing. Install SupportMap with its postgres extra "
                "(pip install 'supportmap[postgres]')."
            )
        ) from error


def open_engine(url: URL, head: str) -> Engine:
    """An engine on a server library whose schema is ``head``; nothing is changed.

    Raises:
        PasswordNeeded: the server wants a password that was not given.
        StorageError: the server cannot be reached, or its schema is missing, older or newer.
    """
    from supportmap.storage import server_init

    engine = make_server_engine(url)
    where = address(url)
    try:
        with engine.connect() as connection:
            unwrapped = connection.execution_options(isolation_level="AUTOCOMMIT")
            current = _revision(unwrapped, head)
            rules = server_init.access_rules_version(unwrapped) if current == head else 0
    except SQLAlchemyError as error:
        engine.dispose()
        if isinstance(error, DBAPIError) and _no_password(error):
            raise PasswordNeeded(
                _(
                    "The practice server at {where} asks for a password. Type it when asked "
                    "(run the command in a terminal), or keep it in your .pgpass file."
                ).format(where=where)
            ) from error
        raise StorageError(database_problem(where, error, write=False)) from error
    if current != head:
        engine.dispose()
        raise StorageError(schema_message(where, current, head))
    if rules < server_init.ACCESS_RULES_VERSION:
        engine.dispose()
        raise StorageError(
            _(
                "The access rules of the library at {where} were set up by an older version of "
                "SupportMap. The practice's administrator can bring them up to date with: "
                "supportmap server init --db {where}"
            ).format(where=where)
        )
    return engine


def schema_message(where: str, current: str | None, head: str) -> str:
    """Why a server library at revision ``current`` cannot be used by this version."""
    from supportmap.storage.migrate import known_revisions

    if current is None:
        return _(
            "The database at {where} holds no SupportMap library yet. The practice's "
            "administrator can set it up with: supportmap server init --db {where}"
        ).format(where=where)
    if current not in known_revisions():
        return _(
            "The library at {where} was set up by a newer version of SupportMap (schema "
            "{revision}). It was left untouched; update SupportMap on this computer."
        ).format(where=where, revision=current)
    return _(
        "The library at {where} was set up by an older version of SupportMap (schema "
        "{revision}, this version needs {head}). The practice's administrator can bring it up "
        "to date with: supportmap server init --db {where}"
    ).format(where=where, revision=current, head=head)


def not_allowed(where: str) -> str:
    """What a clinician is told when the server lets them see a map but not change it."""
    from supportmap.storage.server_errors import server_problem

    return server_problem(where, "42501", "", write=True)


def _revision(connection: Connection, head: str) -> str | None:
    """The schema revision of a server library, None if ``server init`` has not set it up (or
    not finished: tables at ``head`` without access rules); read in two statements without a
    transaction, as opening is done at every start."""
    versioned, initialised = connection.exec_driver_sql(
        "SELECT to_regclass('alembic_version') IS NOT NULL, to_regclass('map_access') IS NOT NULL"
    ).one()
    if not versioned:
        return None
    revision = connection.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar()
    if revision == head and not initialised:
        return None
    return None if revision is None else str(revision)


def _no_password(error: DBAPIError) -> bool:
    return "no password supplied" in str(error.orig).lower()

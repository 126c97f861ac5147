"""The PostgreSQL server the tests run against, and fresh databases on it.

``SUPPORTMAP_TEST_PG`` is a superuser's URL on a throwaway cluster (``.ci/postgres start`` sets
one up and prints it). Without it the server tests are skipped, unless ``CI`` is set: there a
missing server fails the run, so the server half cannot go quietly untested.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.engine import make_url

from supportmap.storage import migrate, server, server_init

VARIABLE = "SUPPORTMAP_TEST_PG"
TEMPLATE = (
    "supportmap_template_"
    + hashlib.sha256(
        Path(server_init.__file__).read_bytes() + migrate.SCHEMA_HEAD.encode()
    ).hexdigest()[:12]
)
"""Named after what made it, so a cluster kept between runs never hands out a database set up
by older access rules."""


def admin_url() -> URL:
    """The test cluster's superuser URL (skips or fails the test when there is none)."""
    value = os.environ.get(VARIABLE, "").strip()
    if not value:
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"CI is set but {VARIABLE} is not: start a server with .ci/postgres")
        pytest.skip(f"no PostgreSQL server for the tests ({VARIABLE} is not set)")
    return server.parse(value)


def _cluster(url: URL) -> Engine:
    return create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


def _ensure_template(url: URL) -> None:
    """A database at the current schema with the access rules, copied for each test."""
    cluster = _cluster(url)
    try:
        with cluster.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(4242)"))
            try:
                exists = connection.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": TEMPLATE}
                ).first()
                if exists is None:
                    connection.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
                    engine = server.make_server_engine(url.set(database=TEMPLATE))
                    try:
                        server_init.init(engine, migrate.SCHEMA_HEAD)
                    except BaseException:
                        engine.dispose()
                        connection.exec_driver_sql(f"DROP DATABASE {TEMPLATE}")
                        raise
                    engine.dispose()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(4242)"))
    finally:
        cluster.dispose()


def new_database(*, empty: bool = False) -> URL:
    """A new database on the test server: a ready library, or ``empty`` (as a practice makes
    one before ``server init``). Drop it with `drop_database`."""
    url = admin_url()
    name = f"supportmap_test_{uuid.uuid4().hex[:12]}"
    if not empty:
        _ensure_template(url)
    cluster = _cluster(url)
    try:
        with cluster.connect() as connection:
            template = "template0" if empty else TEMPLATE
            connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    finally:
        cluster.dispose()
    return url.set(database=name)


def drop_database(url: URL) -> None:
    cluster = _cluster(url)
    try:
        with cluster.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")
    finally:
        cluster.dispose()


def as_text(url: URL) -> str:
    """The URL as a user would type it (``postgresql://…``, no driver name)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def fresh_database(*, empty: bool = False) -> Iterator[str]:
    """Body of a fixture: a new database's address, dropped afterwards."""
    url = new_database(empty=empty)
    try:
        yield as_text(url)
    finally:
        drop_database(url)


def superuser_engine(location: str) -> Engine:
    """An engine as the test cluster's superuser, for looking at a database from outside."""
    return create_engine(make_url(location).set(drivername=server.DRIVER))


def login(location: str, role: str, password: str) -> str:
    """The address of the database at ``location`` for another role, password included."""
    url = make_url(location).set(username=role, password=password)
    return url.render_as_string(hide_password=False)


def drop_roles(*roles: str) -> None:
    cluster = _cluster(admin_url())
    try:
        with cluster.connect() as connection:
            for role in roles:
                connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    finally:
        cluster.dispose()


@dataclass(frozen=True)
class Practice:
    """A practice's library on the test server: the superuser's address and, with their
    passwords in them, the addresses of two clinicians and an administrator."""

    location: str
    alice: str
    bob: str
    admin: str


def practice() -> Iterator[Practice]:
    """Body of a fixture: a server library with two clinicians and an administrator."""
    suffix = uuid.uuid4().hex[:8]
    names = [f"alice_{suffix}", f"bob_{suffix}", f"admin_{suffix}"]
    password = f"pw-{suffix}"
    for location in fresh_database():
        engine = server.make_server_engine(server.parse(location))
        try:
            server_init.add_clinician(engine, names[0], password)
            server_init.add_clinician(engine, names[1], password)
            with engine.begin() as connection:
                connection.exec_driver_sql(
                    f"CREATE ROLE {names[2]} LOGIN PASSWORD '{password}' "
                    f"IN ROLE {server_init.ADMIN}"
                )
        finally:
            engine.dispose()
        try:
            yield Practice(location, *(login(location, name, password) for name in names))
        finally:
            drop_database(make_url(location))  # first: the roles have rights in it
            drop_roles(*names)

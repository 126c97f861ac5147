"""Reaching a practice server: addresses, TLS, timeouts, reconnecting, and an honest message for
each thing that can go wrong (never the damaged-file advice, never a password)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from supportmap.core import edits
from supportmap.storage import server
from supportmap.storage.conflicts import is_collision
from supportmap.storage.errors import StorageError, database_problem
from supportmap.storage.library import Library
from tests import pg
from tests.maps import edit
from tests.storage.library_helpers import sample_map

# The driver comes with the postgres extra; without it (the README's test command) these are
# skipped like every other server test. CI installs it.
psycopg = pytest.importorskip("psycopg")
pytest.importorskip("psycopg.errors")
DAMAGED = "damaged"


@pytest.fixture
def server_library() -> Iterator[str]:
    yield from pg.fresh_database()


def test_both_spellings_of_an_address_mean_psycopg_and_are_shown_without_password() -> None:
    for typed in ("postgres://ann:hunter2@db.example:6543/practice",
                  "postgresql://ann:hunter2@db.example:6543/practice"):  # fmt: skip
        url = server.parse(typed)
        assert url.drivername == "postgresql+psycopg"
        assert (url.username, url.password, url.port) == ("ann", "hunter2", 6543)
        assert server.address(url) == "postgresql://ann@db.example:6543/practice"


@pytest.mark.parametrize(
    "typed",
    ["postgresql://ann:hunter2@db.example:port/practice", "postgres://ann:hunter2@db:65x/x"],
)
def test_an_address_that_cannot_be_read_is_refused_without_its_password(typed: str) -> None:
    with pytest.raises(StorageError, match="not a server address") as caught:
        Library.open(typed)
    assert "hunter2" not in str(caught.value) and "***" in str(caught.value)
    assert caught.value.__cause__ is None


def test_other_hosts_get_verified_tls_and_this_computer_does_not_need_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(server.CA_FILE_VARIABLE, raising=False)
    remote = server.connect_arguments(server.parse("postgresql://ann@db.example/practice"))
    assert remote["sslmode"] == "verify-full" and "sslrootcert" not in remote
    for local in ("localhost", "127.0.0.1", "[::1]"):
        arguments = server.connect_arguments(server.parse(f"postgresql://ann@{local}/practice"))
        assert "sslmode" not in arguments
    socket = server.parse("postgresql://ann@/practice?host=/var/run/postgresql")
    assert "sslmode" not in server.connect_arguments(socket)
    chosen = server.parse("postgresql://ann@db.example/practice?sslmode=require")
    assert "sslmode" not in server.connect_arguments(chosen)  # the address's own choice stays

    monkeypatch.setenv(server.CA_FILE_VARIABLE, "/etc/practice/ca.pem")
    remote = server.connect_arguments(server.parse("postgresql://ann@db.example/practice"))
    assert remote["sslrootcert"] == "/etc/practice/ca.pem"


def test_a_server_without_the_required_tls_is_explained(server_library: str) -> None:
    with pytest.raises(StorageError, match="certificate") as caught:
        Library.open(server_library + "?sslmode=verify-full")
    assert DAMAGED not in str(caught.value)


def test_timeouts_are_set_on_every_connection(server_library: str) -> None:
    with Library.open(server_library) as library, library.engine.connect() as connection:
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "15s"
        idle = connection.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()
        assert idle == "20s"
        raw = connection.connection.dbapi_connection
        assert raw is not None
        given = raw.info.get_parameters()
        assert (given["tcp_user_timeout"], given["keepalives_idle"]) == ("20000", "10")
    arguments = server.connect_arguments(server.parse(server_library))
    assert arguments["connect_timeout"] == 5


def test_a_server_that_is_not_there_is_named_as_unreachable() -> None:
    with pytest.raises(StorageError) as caught:
        Library.open("postgresql://ann:hunter2@127.0.0.1:1/practice")
    message = str(caught.value)
    assert "Could not reach the practice server at postgresql://ann@127.0.0.1:1/practice" in message
    assert "hunter2" not in message and DAMAGED not in message


def test_the_first_call_after_the_server_dropped_every_connection_works(
    server_library: str,
) -> None:
    with Library.open(server_library) as library:
        map_id = library.save_new_map(sample_map())
        engine = pg.superuser_engine(server_library)
        try:
            with engine.connect() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": make_url(server_library).database},
                )
        finally:
            engine.dispose()
        assert library.load_map(map_id) == sample_map()


def test_an_account_without_rights_is_told_so(server_library: str) -> None:
    role = f"stranger_{uuid.uuid4().hex[:8]}"
    engine = pg.superuser_engine(server_library)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'pw'")
            connection.exec_driver_sql(f"REVOKE ALL ON SCHEMA public FROM {role}")
        with pytest.raises(StorageError, match="does not allow this account") as caught:
            Library.open(pg.login(server_library, role, "pw"))
        assert DAMAGED not in str(caught.value)
    finally:
        engine.dispose()
        pg.drop_roles(role)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (psycopg.errors.AdminShutdown("terminating connection"), "stopped or restarted"),
        (psycopg.errors.CannotConnectNow("the database system is starting up"), "restarted"),
        (psycopg.errors.QueryCanceled("canceling statement due to timeout"), "in time"),
        (psycopg.errors.InsufficientPrivilege("permission denied"), "does not allow"),
        (psycopg.errors.UniqueViolation("duplicate key"), "Someone else changed"),
        (psycopg.errors.SerializationFailure("could not serialize"), "Someone else changed"),
        (psycopg.errors.InvalidPassword("password authentication failed"), "did not accept"),
        (psycopg.OperationalError("timeout expired"), "in time"),
        (psycopg.OperationalError("Connection refused"), "Could not reach"),
    ],
)
def test_each_server_error_gets_its_own_message(error: Exception, words: str) -> None:
    where = "postgresql://ann@db.example/practice"
    for write in (True, False):
        message = database_problem(where, error, write=write)
        assert words in message and where in message
        assert DAMAGED not in message and "backup" not in message.lower()
        assert ("Nothing of the change was saved" in message) == write


@pytest.mark.parametrize(
    "reason",
    [
        "consuming input failed: server closed the connection unexpectedly",
        "consuming input failed: Connection timed out",
    ],
)
def test_a_connection_gone_during_a_save_does_not_claim_nothing_was_saved(reason: str) -> None:
    """Without a word from the server, the connection may have gone after it committed."""
    where = "postgresql://ann@db.example/practice"
    message = database_problem(where, psycopg.OperationalError(reason), write=True)
    assert "Nothing of the change was saved" not in message
    assert "may or may not have been saved" in message
    assert "Nothing" not in database_problem(where, psycopg.OperationalError(reason), write=False)


def test_collisions_between_writers_are_recognised() -> None:
    assert is_collision(psycopg.errors.SerializationFailure("x"))
    assert is_collision(psycopg.errors.UniqueViolation("x"))
    assert not is_collision(psycopg.errors.AdminShutdown("x"))


def test_loads_stay_whole_while_someone_adds_and_removes_people(
    library: Library, library_location: str
) -> None:
    map_id = library.save_new_map(sample_map())
    people = len(sample_map().people)
    stop = threading.Event()
    failures: list[BaseException] = []

    def churn() -> None:
        with Library.open(library_location) as other:
            editor = other.load_map(map_id)
            while not stop.is_set():
                try:
                    added = edit(editor, edits.add_person, "Lee")
                    tied = edit(editor, edits.add_tie, added.person.id, "p1")
                    other.apply_many(map_id, (added, tied))
                    other.apply_many(map_id, edit(editor, edits.remove_people, [added.person.id]))
                except BaseException as error:  # reported to the test below
                    failures.append(error)
                    return

    writer = threading.Thread(target=churn)
    writer.start()
    try:
        for _ in range(150):
            loaded = library.load_map(map_id)
            assert len(loaded.people) in (people, people + 1)
            assert all(
                tie.a in loaded.people and tie.b in loaded.people for tie in loaded.ties.values()
            )
    finally:
        stop.set()
        writer.join(timeout=30)
    assert not failures

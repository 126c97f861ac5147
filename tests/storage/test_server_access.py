"""Who sees what on a practice server: owners, shares and row-level security, enforced by the
server itself, so plain SQL from a clinician's account is held to the same rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from supportmap.core import edits
from supportmap.storage import migrate, server, server_init
from supportmap.storage.conflicts import ConflictError
from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library
from tests import pg
from tests.maps import edit
from tests.pg import Practice
from tests.storage.library_helpers import sample_map


@pytest.fixture
def practice() -> Iterator[Practice]:
    """A server library with two clinicians and an administrator, each with a login."""
    yield from pg.practice()


def plain_sql(location: str, sql: str) -> list[tuple[object, ...]]:
    """Run SQL as the role in ``location``, outside SupportMap, and commit."""
    engine = create_engine(make_url(location).set(drivername=server.DRIVER))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql))
            return [tuple(row) for row in result] if result.returns_rows else [(result.rowcount,)]
    finally:
        engine.dispose()


def plain_sql_together(location: str, statements: list[str]) -> None:
    """Run several statements as the role in ``location`` on one connection, and commit."""
    engine = create_engine(make_url(location).set(drivername=server.DRIVER))
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def titles(location: str) -> list[str]:
    with Library.open(location) as library:
        return sorted(info.title for info in library.list_maps())


def test_each_clinician_sees_only_own_maps_in_the_app_and_in_plain_sql(
    practice: Practice,
) -> None:
    with Library.open(practice.alice) as alice, Library.open(practice.bob) as bob:
        alice.create_map("Alex", "Alice's client")
        bob.save_new_map(sample_map())

    assert titles(practice.alice) == ["Alice's client"]
    assert titles(practice.bob) == [sample_map().title]
    assert plain_sql(practice.alice, "SELECT title FROM map") == [("Alice's client",)]
    assert plain_sql(practice.alice, "SELECT count(*) FROM person") == [(0,)]
    assert plain_sql(practice.alice, "SELECT count(*) FROM session_note") == [(0,)]
    assert plain_sql(practice.bob, "SELECT count(*) FROM person") == [(4,)]


def test_the_administrator_sees_every_map(practice: Practice) -> None:
    with Library.open(practice.alice) as alice, Library.open(practice.bob) as bob:
        alice.create_map("Alex", "One")
        bob.create_map("Bea", "Two")

    assert titles(practice.admin) == ["One", "Two"]
    owners = plain_sql(practice.admin, "SELECT title, owner FROM map ORDER BY title")
    assert [title for title, _ in owners] == ["One", "Two"]
    assert owners[0][1] != owners[1][1]


def test_a_read_only_share_is_seen_but_cannot_be_changed_even_with_plain_sql(
    practice: Practice,
) -> None:
    with Library.open(practice.alice) as alice:
        map_id = alice.save_new_map(sample_map())
        alice.share(map_id, make_url(practice.bob).username or "", read_only=True)

    with Library.open(practice.bob) as bob:
        assert [info.id for info in bob.list_maps()] == [map_id]
        shared = bob.load_map(map_id)
        assert shared == sample_map()
        with pytest.raises(StorageError, match="read only") as caught:
            bob.apply(map_id, edit(shared, edits.update_person, "p1", name="Changed"))
        assert not isinstance(caught.value, ConflictError)

    with pytest.raises(DBAPIError, match="row-level security"):
        plain_sql(practice.bob, f"UPDATE person SET name = 'Changed' WHERE map_id = {map_id}")
    for table in ("person", "tie", "support_level", "barrier", "map_access"):
        assert plain_sql(practice.bob, f"SELECT count(*) FROM {table}") != [(0,)], table
        with pytest.raises(DBAPIError, match=rf"may read this map but not delete.*\({table}\)"):
            plain_sql(practice.bob, f"DELETE FROM {table}")
    with pytest.raises(DBAPIError, match="may read this map but not delete"):
        plain_sql(practice.bob, f"DELETE FROM map WHERE id = {map_id}")
    with pytest.raises(DBAPIError, match="row-level security"):
        plain_sql(practice.bob, f"UPDATE map_access SET may_edit = true WHERE map_id = {map_id}")
    with pytest.raises(DBAPIError, match="row-level security"):
        plain_sql(
            practice.bob,
            f"INSERT INTO map_access (map_id, role, may_edit) VALUES ({map_id}, 'x', true)",
        )
    with (
        Library.open(practice.bob) as bob,
        pytest.raises(StorageError, match="does not allow this account"),
    ):
        bob.delete_map(map_id)
    with Library.open(practice.alice) as alice:
        assert alice.load_map(map_id) == sample_map()


def test_a_read_only_share_cannot_be_emptied_by_moving_rows_or_by_a_trigger_of_one_s_own(
    practice: Practice,
) -> None:
    with Library.open(practice.alice) as alice:
        map_id = alice.save_new_map(sample_map())
        alice.take_snapshot(map_id, "Session 1")
        alice.share(map_id, make_url(practice.bob).username or "", read_only=True)
        before = alice.load_map(map_id)
    with Library.open(practice.bob) as bob:
        own = bob.create_map("Bea")

    for table, key, value in (
        ("person", "map_id", own),
        ("tie", "map_id", own),
        ("snapshot", "map_id", own),
        ("map_access", "map_id", own),
        ("support_level", "person_id", "(SELECT min(id) FROM person WHERE map_id = {own})"),
    ):
        with pytest.raises(DBAPIError, match=rf"cannot be moved to another map \({table}"):
            plain_sql(practice.bob, f"UPDATE {table} SET {key} = {value}".format(own=own))
    with pytest.raises(DBAPIError, match="may read this map but not delete"):
        plain_sql_together(
            practice.bob,
            [
                "CREATE TEMP TABLE poke (x int)",
                "CREATE FUNCTION pg_temp.empty() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN DELETE FROM person; RETURN NEW; END $$",
                "CREATE TRIGGER poked AFTER INSERT ON poke FOR EACH ROW "
                "EXECUTE FUNCTION pg_temp.empty()",
                "INSERT INTO poke VALUES (1)",
            ],
        )
    delete = f"DELETE FROM public.person WHERE map_id = {map_id}"
    for shadows in (
        ["CREATE TEMP TABLE map (id int, owner text)"],  # "the map is gone": as in a cascade
        [  # "the map is shared with me to edit"
            "CREATE TEMP TABLE map_access (map_id int, role text, may_edit bool)",
            f"INSERT INTO pg_temp.map_access VALUES ({map_id}, current_user, true)",
        ],
    ):
        with pytest.raises(DBAPIError, match="may read this map but not delete"):
            plain_sql_together(practice.bob, [*shadows, delete])
    with pytest.raises(DBAPIError, match='row-level security policy for table "tie"'):
        plain_sql_together(
            practice.bob,
            [
                "INSERT INTO person (map_id, pid, name, relationship, sector, circle, safety, "
                f"next_step, notes) SELECT {own}, 'p1', 'Lee', '', 'friends', 1, 'safe', '', ''",
                f"INSERT INTO tie (map_id, a_id, b_id, strength, conflict) "
                f"SELECT {own}, (SELECT id FROM person WHERE map_id = {own}), "
                f"(SELECT min(id) FROM person WHERE map_id = {map_id}), 1, false",
            ],
        )
    with Library.open(practice.alice) as alice:
        assert alice.load_map(map_id) == before
        assert [info.label for info in alice.list_snapshots(map_id)] == ["Session 1"]


def test_a_share_to_edit_lets_the_other_clinician_change_the_map(practice: Practice) -> None:
    bob_role = make_url(practice.bob).username or ""
    with Library.open(practice.alice) as alice:
        map_id = alice.save_new_map(sample_map())
        alice.share(map_id, bob_role, read_only=False)

    with Library.open(practice.bob) as bob:
        shared = bob.load_map(map_id)
        bob.apply(map_id, edit(shared, edits.update_person, "p1", name="Samuel"))
        removed = next(i for i in shared.people if i != "p1" and shared.ties_of(i))
        bob.apply_many(map_id, edits.remove_people(shared, [removed]))
        with pytest.raises(StorageError, match="shared"):
            bob.share(map_id, bob_role, read_only=False)  # only the owner shares
        with pytest.raises(StorageError, match="does not allow this account"):
            bob.delete_map(map_id)  # only the owner deletes

    with Library.open(practice.alice) as alice:
        kept = alice.load_map(map_id)
        assert kept.person("p1").name == "Samuel"
        assert removed not in kept.people
        alice.delete_map(map_id)  # with everything in it, the share too
    assert plain_sql(practice.location, "SELECT count(*) FROM map_access") == [(0,)]


def test_sharing_with_someone_who_is_not_a_clinician_is_refused(practice: Practice) -> None:
    with Library.open(practice.alice) as alice:
        map_id = alice.create_map("Alex")
        with pytest.raises(StorageError, match="not a clinician"):
            alice.share(map_id, "nobody_here", read_only=True)


def test_an_app_does_not_migrate_a_server_and_names_server_init() -> None:
    for location in pg.fresh_database(empty=True):
        with pytest.raises(StorageError, match="supportmap server init") as caught:
            Library.open(location)
        assert "no SupportMap library yet" in str(caught.value)
        engine = server.make_server_engine(server.parse(location))
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("CREATE TABLE alembic_version (version_num text)")
                connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0002')")
        finally:
            engine.dispose()
        with pytest.raises(StorageError, match=r"older version.*supportmap server init"):
            Library.open(location)


def test_init_twice_changes_nothing_and_keeps_the_maps() -> None:
    for location in pg.fresh_database(empty=True):
        engine = server.make_server_engine(server.parse(location))
        try:
            first = server_init.init(engine, migrate.SCHEMA_HEAD)
            with Library.open(location) as library:
                map_id = library.save_new_map(sample_map())
            second = server_init.init(engine, migrate.SCHEMA_HEAD)
        finally:
            engine.dispose()
        assert (first.before, first.after) == (None, migrate.SCHEMA_HEAD)
        assert second.before == second.after == migrate.SCHEMA_HEAD
        with Library.open(location) as library:
            assert library.load_map(map_id) == sample_map()


def test_older_access_rules_are_named_and_server_init_brings_them_up_to_date(
    practice: Practice,
) -> None:
    older = f"{server_init.ACCESS_RULES_LABEL}{server_init.ACCESS_RULES_VERSION - 1}"
    plain_sql(practice.location, f"COMMENT ON TABLE map_access IS '{older}'")
    with pytest.raises(StorageError, match=r"access rules .* older version") as caught:
        Library.open(practice.alice)
    assert "supportmap server init --db" in str(caught.value)

    engine = server.make_server_engine(server.parse(practice.location))
    try:
        server_init.init(engine, migrate.SCHEMA_HEAD)
    finally:
        engine.dispose()
    with Library.open(practice.alice) as alice:
        assert alice.list_maps() == []

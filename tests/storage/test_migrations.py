"""Schema creation and migration, run by `Library.open` itself, on real files."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL

from supportmap.core import edits
from supportmap.core.model import CrisisLine, PlanList, SafetyPlan
from supportmap.core.vocabulary import HelpType
from supportmap.storage import migrate
from supportmap.storage.engine import make_engine
from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library
from supportmap.storage.tables import METADATA
from tests.commands import run_python
from tests.maps import edit
from tests.storage.library_helpers import file_digest, sample_map, sqlite_rows

FIXTURES = Path(__file__).with_name("fixtures")
FIXTURE_0001 = FIXTURES / "library_0001.sqlite3"
RELEASED_SCHEMAS = ("0001", "0002", "0003")
"""Every schema revision a released version wrote; each has a fixture file."""

REBUILD_MAP_TABLE = """
    with op.batch_alter_table("map", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.String(7), nullable=True))
"""
DANGLING_PERSON = """
    op.execute(
        "INSERT INTO person (map_id, pid, name, relationship, sector, circle, safety, "
        "next_step, notes) VALUES (999, 'zz', 'Ghost', '', 'other', 3, 'unsure', '', '')"
    )
"""
FAILING = """
    op.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')")
    op.execute("SELECT * FROM no_such_table")
"""


def schema_with_revision_0002(tmp_path: Path, body: str) -> migrate.Schema:
    """The package's migrations plus one more revision, written for this test only."""
    location = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    source = f"""
import sqlalchemy as sa
from alembic import op

revision = "test_extra"
down_revision = "{migrate.SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{textwrap.indent(textwrap.dedent(body), "    ")}

def downgrade() -> None:
    pass
"""
    (location / "versions" / "9999_test_only.py").write_text(source)
    return migrate.Schema(str(location), "test_extra")


def copy_of_fixture(tmp_path: Path) -> Path:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE_0001, target)
    return target


def revision_of(path: Path) -> str:
    ((revision,),) = sqlite_rows(path, "SELECT version_num FROM alembic_version")
    return str(revision)


def test_schema_head_is_the_newest_migration() -> None:
    scripts = ScriptDirectory(migrate.MIGRATIONS)
    assert scripts.get_heads() == [migrate.SCHEMA_HEAD]
    assert migrate.SCHEMA_HEAD in migrate.known_revisions()


def test_fresh_library_has_the_schema_of_the_models(library_file: Path) -> None:
    with Library.open(library_file) as library:
        assert library.backup is None
        with library.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == migrate.SCHEMA_HEAD
            assert compare_metadata(context, METADATA) == []


def test_every_released_schema_has_a_fixture() -> None:
    assert set(migrate.known_revisions()) == set(RELEASED_SCHEMAS)
    for revision in RELEASED_SCHEMAS:
        assert revision_of(FIXTURES / f"library_{revision}.sqlite3") == revision


@pytest.mark.parametrize("revision", RELEASED_SCHEMAS)
def test_library_of_every_released_schema_opens_with_everything_in_it(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / f"library_{revision}.sqlite3", path)

    with Library.open(path) as library:
        maps = library.list_maps()
        assert sorted((m.title, m.focus_name, m.people) for m in maps) == [
            ("Alex — after session 3", "Alex", 6),
            ("Empty map", "Jo", 0),
        ]
        alex = next(m.id for m in maps if m.focus_name == "Alex")
        support_map = library.load_map(alex)
        # In 0002, Person 4 was deleted and put back: the newest row, in their old place.
        assert [p.name for p in support_map.people.values()] == [
            "Sam", "Kim", "Dr Ng", "Person 4", "Person 5", "Person 6",
        ]  # fmt: skip
        assert support_map.person("p1").support[HelpType.EMOTIONAL].receive == 3
        assert [(t.a, t.b, t.strength) for t in support_map.ties.values()] == [
            ("p2", "p1", 2),
            ("p1", "p3", 1),
        ]
        assert [s.label for s in library.load_snapshots(alex)] == ["Session 1"]
        assert library.get_setting("last_map") == str(alex)
        library.apply(alex, edit(support_map, edits.add_person, "New"))
    assert revision_of(path) == migrate.SCHEMA_HEAD


def test_a_library_of_schema_0002_gains_contacts_and_plans_with_its_data_intact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / "library_0002.sqlite3", path)
    people_before = sqlite_rows(path, "SELECT * FROM person ORDER BY id")

    with Library.open(path) as library:
        assert library.backup is not None and revision_of(library.backup) == "0002"
        alex = next(m.id for m in library.list_maps() if m.focus_name == "Alex")
        support_map = library.load_map(alex)
        assert support_map.safety_plan is None
        assert {p.contact for p in support_map.people.values()} == {""}
        library.apply(alex, edit(support_map, edits.update_person, "p2", contact="via Sam"))
        library.apply(alex, edit(support_map, edits.set_what_matters, "my garden"))
        library.apply(alex, edit(support_map, edits.set_plan_list, PlanList.PEOPLE_TO_ASK, ["p1"]))

    assert revision_of(path) == migrate.SCHEMA_HEAD
    after = sqlite_rows(path, "SELECT * FROM person ORDER BY id")
    assert [row[: len(people_before[0])] for row in after] == people_before
    with Library.open(path) as library:
        assert library.load_map(alex) == support_map
        assert library.load_map(alex).safety_plan == SafetyPlan(
            people_to_ask=("p1",), what_matters="my garden"
        )


def test_the_0003_library_keeps_its_contacts_and_safety_plan(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / "library_0003.sqlite3", path)
    with Library.open(path) as library:
        alex = next(m.id for m in library.list_maps() if m.focus_name == "Alex")
        support_map = library.load_map(alex)
    assert support_map.person("p1").contact == "07700 900123"
    assert support_map.safety_plan == SafetyPlan(
        coping=("a walk by the river",),
        people_to_ask=("p1",),
        crisis_lines=(CrisisLine("Night line", "0800 000 000"),),
        what_matters="my daughter",
    )


def test_migration_keeps_the_children_of_a_rebuilt_table(tmp_path: Path) -> None:
    path = copy_of_fixture(tmp_path)
    people_before = sqlite_rows(path, "SELECT * FROM person ORDER BY id")
    schema = schema_with_revision_0002(tmp_path, REBUILD_MAP_TABLE)

    with Library.open(path, schema=schema) as library:
        backup = library.backup
        assert revision_of(path) == "test_extra"
        after = sqlite_rows(path, "SELECT * FROM person ORDER BY id")
        width = len(people_before[0])
        assert [row[:width] for row in after] == people_before
        # Revision 0002 gives everyone the place they had: the order their rows were written;
        # revision 0003 gives everyone an empty contact.
        assert [row[width:] for row in after] == [(float(row[0]), "") for row in people_before]
        assert len(library.list_maps()) == 2

    assert backup is not None and backup.parent == path.parent
    assert backup.stat().st_mode & 0o777 == 0o600
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert revision_of(backup) == "0001"
    assert sqlite_rows(backup, "SELECT * FROM person ORDER BY id") == people_before
    assert not Path(f"{backup}-wal").exists() and not Path(f"{backup}-shm").exists()


def test_with_foreign_keys_on_the_same_migration_would_lose_people(tmp_path: Path) -> None:
    """Why migrations switch foreign keys off: this is what they prevent."""
    path = copy_of_fixture(tmp_path)
    schema = schema_with_revision_0002(tmp_path, REBUILD_MAP_TABLE)
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)), foreign_keys=True)
    try:
        migrate._upgrade(engine, schema, str(path), None)
    finally:
        engine.dispose()
    assert sqlite_rows(path, "SELECT count(*) FROM person") == [(0,)]


def test_migration_that_would_break_links_is_rolled_back(tmp_path: Path) -> None:
    path = copy_of_fixture(tmp_path)
    schema = schema_with_revision_0002(tmp_path, DANGLING_PERSON)

    with pytest.raises(StorageError, match="records pointing at nothing") as caught:
        Library.open(path, schema=schema)

    assert "A copy from before is at" in str(caught.value)
    assert revision_of(path) == "0001"
    assert sqlite_rows(path, "SELECT count(*) FROM person WHERE pid = 'zz'") == [(0,)]


def test_failing_migration_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    path = copy_of_fixture(tmp_path)
    schema = schema_with_revision_0002(tmp_path, FAILING)

    with pytest.raises(StorageError, match="left as it was") as caught:
        Library.open(path, schema=schema)

    assert "\n" not in str(caught.value)
    assert revision_of(path) == "0001"
    assert sqlite_rows(path, "SELECT count(*) FROM setting WHERE key = 'half'") == [(0,)]
    with Library.open(path) as library:
        assert len(library.list_maps()) == 2


def test_library_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        library.save_new_map(sample_map())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert not Path(f"{path}-wal").exists()
    digest = file_digest(path)

    with pytest.raises(StorageError, match="newer version of SupportMap") as caught:
        Library.open(path)

    assert "\n" not in str(caught.value)
    assert file_digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_opening_an_up_to_date_library_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    script = (
        "import sys\n"
        "from supportmap.storage.library import Library\n"
        f"Library.open({str(path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

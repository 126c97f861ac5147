"""One edit is one short transaction that writes only the rows the edit is about."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from supportmap.core import edits
from supportmap.core.model import Person
from supportmap.core.vocabulary import Barrier, HelpType
from supportmap.storage.library import Library
from tests.maps import edit
from tests.storage.library_helpers import sample_map, sqlite_rows

TABLES = ("map", "person", "support_level", "barrier", "tie", "session_note", "snapshot")


@dataclass
class Recorded:
    statements: list[str] = field(default_factory=list)
    begins: int = 0
    commits: int = 0

    @property
    def writes(self) -> list[str]:
        return [s for s in self.statements if re.match(r"\s*(INSERT|UPDATE|DELETE)", s)]

    def written_tables(self) -> set[str]:
        found = set()
        for statement in self.writes:
            match = re.match(r"\s*(?:INSERT INTO|UPDATE|DELETE FROM) (\w+)", statement)
            assert match, statement
            found.add(match.group(1))
        return found


@contextmanager
def recording(library: Library) -> Iterator[Recorded]:
    recorded = Recorded()
    engine = library.engine

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        recorded.statements.append(sql)

    def begin(_conn: Any) -> None:
        recorded.begins += 1

    def commit(_conn: Any) -> None:
        recorded.commits += 1

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "begin", begin)
    event.listen(engine, "commit", commit)
    try:
        yield recorded
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "begin", begin)
        event.remove(engine, "commit", commit)


def dump(path: Path) -> dict[str, set[tuple[object, ...]]]:
    return {table: set(sqlite_rows(path, f"SELECT * FROM {table}")) for table in TABLES}


def changed_rows(
    before: dict[str, set[tuple[object, ...]]], after: dict[str, Any]
) -> dict[str, Any]:
    return {
        table: (before[table] - after[table], after[table] - before[table])
        for table in TABLES
        if before[table] != after[table]
    }


def person_row_id(path: Path, pid: str) -> int:
    ((row_id,),) = sqlite_rows(path, f"SELECT id FROM person WHERE pid = '{pid}'")
    assert isinstance(row_id, int)
    return row_id


def test_renaming_one_person_updates_one_column_of_one_row(
    library: Library, library_file: Path
) -> None:
    editor = sample_map(people=150)
    map_id = library.save_new_map(editor)
    before = dump(library_file)
    change = edit(editor, edits.update_person, "p2", name="Kimberly")
    assert change is not None

    with recording(library) as recorded:
        library.apply(map_id, change)

    assert (recorded.begins, recorded.commits) == (1, 1)
    person_updates = [s for s in recorded.writes if s.startswith("UPDATE person")]
    assert len(person_updates) == 1
    assert re.match(r"UPDATE person SET name=\? WHERE", person_updates[0])
    assert recorded.written_tables() == {"person", "map"}
    assert len(recorded.statements) <= 4  # BEGIN, the person, the map's updated time, COMMIT
    diff = changed_rows(before, dump(library_file))
    assert set(diff) == {"person", "map"}
    (old,), (new,) = diff["person"]
    assert old[2] == new[2] == "p2" and new[3] == "Kimberly"
    assert old[4:] == new[4:]


def test_setting_one_support_level_writes_only_that_persons_rows(
    library: Library, library_file: Path
) -> None:
    editor = sample_map(people=150)
    map_id = library.save_new_map(editor)
    row_id = person_row_id(library_file, "p1")
    before = dump(library_file)
    change = edit(editor, edits.set_support, "p1", HelpType.CRISIS, receive=2, give=1)
    assert change is not None

    with recording(library) as recorded:
        library.apply(map_id, change)

    assert (recorded.begins, recorded.commits) == (1, 1)
    assert recorded.written_tables() == {"support_level", "map"}
    diff = changed_rows(before, dump(library_file))
    assert set(diff) == {"support_level", "map"}
    assert diff["support_level"] == (set(), {(row_id, "crisis", 2, 1)})


def test_a_mixed_person_edit_touches_only_that_person(library: Library, library_file: Path) -> None:
    editor = sample_map(people=60)
    map_id = library.save_new_map(editor)
    row_id = person_row_id(library_file, "p1")
    before = dump(library_file)
    person: Person = editor.person("p1")
    support = person.support.with_level(HelpType.EMOTIONAL, give=0).with_level(
        HelpType.PRACTICAL, receive=0
    )
    change = edit(
        editor,
        edits.update_person,
        "p1",
        relationship="big sister",
        support=support,
        barriers={Barrier.OWING, Barrier.HOPE},
    )
    assert change is not None

    with recording(library) as recorded:
        library.apply(map_id, change)

    assert (recorded.begins, recorded.commits) == (1, 1)
    diff = changed_rows(before, dump(library_file))
    assert set(diff) <= {"person", "support_level", "barrier", "map"}
    for table in ("person", "support_level", "barrier"):
        removed, added = diff[table]
        # the first column is person.id or the person_id of a support/barrier row
        assert all(row[0] == row_id for row in removed | added), table
    assert diff["barrier"] == ({(row_id, "burden")}, {(row_id, "hope")})


def test_statements_do_not_grow_with_the_size_of_the_map(library: Library) -> None:
    counts = []
    for size in (5, 300):
        editor = sample_map(people=size)
        map_id = library.save_new_map(editor)
        change = edit(editor, edits.update_person, "p3", notes="seen today")
        assert change is not None
        with recording(library) as recorded:
            library.apply(map_id, change)
        counts.append(len(recorded.statements))
    assert counts[0] == counts[1]


def test_removing_a_person_deletes_their_rows_and_ties_only(
    library: Library, library_file: Path
) -> None:
    editor = sample_map(people=20)
    map_id = library.save_new_map(editor)
    row_id = person_row_id(library_file, "p1")
    before = dump(library_file)

    with recording(library) as recorded:
        library.apply(map_id, edit(editor, edits.remove_people, ["p1"])[0])

    assert (recorded.begins, recorded.commits) == (1, 1)
    diff = changed_rows(before, dump(library_file))
    assert set(diff) == {"person", "support_level", "barrier", "tie", "map"}
    assert diff["person"][1] == set() and [r[0] for r in diff["person"][0]] == [row_id]
    assert {r[0] for r in diff["support_level"][0]} == {row_id}
    assert all(row_id in (r[2], r[3]) for r in diff["tie"][0]) and len(diff["tie"][0]) == 2


def test_reading_is_one_transaction_and_writes_nothing(library: Library) -> None:
    map_id = library.save_new_map(sample_map())
    with recording(library) as recorded:
        library.load_map(map_id)
        library.list_maps()
    assert (recorded.begins, recorded.commits) == (2, 2)
    assert recorded.writes == []

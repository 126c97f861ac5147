"""A library protected with a passphrase: opening, refusing, converting both ways, backups."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from supportmap.core.changes import PersonAdded
from supportmap.core.model import Person
from supportmap.storage import cipher, protect, sqlitefile
from supportmap.storage.errors import StorageError
from supportmap.storage.library import Library
from tests.commands import REPOSITORY, run_python
from tests.storage.library_helpers import file_digest, sqlite_rows
from tests.storage.protected_helpers import (
    CLIENT,
    FRIEND,
    PASSPHRASE,
    contents,
    files_holding,
    fill,
)

FIXTURE_0001 = Path(__file__).with_name("fixtures") / "library_0001.sqlite3"


@pytest.fixture
def protected(library_file: Path) -> Path:
    fill(library_file)
    protect.protect(library_file, PASSPHRASE)
    return library_file


def test_protecting_keeps_everything_and_leaves_no_name_readable(library_file: Path) -> None:
    fill(library_file)
    before = contents(library_file)
    assert files_holding(library_file.parent, CLIENT) == ["library.sqlite3"]

    protect.protect(library_file, PASSPHRASE)

    assert cipher.is_protected(library_file)
    assert not library_file.read_bytes().startswith(b"SQLite format 3\x00")
    assert library_file.stat().st_mode & 0o777 == 0o600
    assert sorted(file.name for file in library_file.parent.iterdir()) == ["library.sqlite3"]
    assert contents(library_file, PASSPHRASE) == before
    with Library.open(library_file, passphrase=PASSPHRASE) as library:
        map_id = library.list_maps()[0].id
        library.apply(map_id, PersonAdded(Person(id="new", name=f"{FRIEND} Junior")))
        library.take_snapshot(map_id, "After protecting")
        # While the library is open, its write-ahead log and shared memory hold recent pages.
        assert Path(f"{library_file}-wal").exists()
        assert files_holding(library_file.parent, CLIENT) == []
        assert files_holding(library_file.parent, FRIEND) == []
    assert files_holding(library_file.parent, CLIENT) == []


def test_a_protected_library_is_recognised_without_its_passphrase(
    protected: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.sqlite3"
    fill(plain, maps=1)
    assert cipher.is_protected(protected)
    assert not cipher.is_protected(plain)
    assert not cipher.is_protected(tmp_path / "missing.sqlite3")


def test_without_or_with_a_wrong_passphrase_the_file_stays_byte_identical(
    protected: Path,
) -> None:
    digest = file_digest(protected)
    with pytest.raises(cipher.LockedError, match="protected with a passphrase"):
        Library.open(protected)
    for wrong in ("not it", PASSPHRASE.upper(), PASSPHRASE + " ", "'; DROP TABLE map; --"):
        with pytest.raises(cipher.WrongPassphrase) as raised:
            Library.open(protected, passphrase=wrong)
        assert wrong not in str(raised.value)
        assert "does not open the library" in str(raised.value)
    assert file_digest(protected) == digest
    assert sorted(file.name for file in protected.parent.iterdir()) == ["library.sqlite3"]


def test_the_errors_are_storage_errors(protected: Path) -> None:
    with pytest.raises(StorageError):
        Library.open(protected)
    with pytest.raises(StorageError):
        Library.open(protected, passphrase="wrong")


def test_a_passphrase_given_for_an_unprotected_library_does_not_protect_it(
    library_file: Path,
) -> None:
    fill(library_file, maps=1)
    contents(library_file, PASSPHRASE)
    with Library.open(library_file, passphrase=PASSPHRASE) as library:
        library.create_map("Jo")
    assert not cipher.is_protected(library_file)
    assert sqlite_rows(library_file, "SELECT count(*) FROM map") == [(2,)]


def test_change_and_remove_protection_keep_everything(protected: Path) -> None:
    before = contents(protected, PASSPHRASE)

    protect.change_passphrase(protected, PASSPHRASE, "another one")

    with pytest.raises(cipher.WrongPassphrase):
        Library.open(protected, passphrase=PASSPHRASE)
    assert contents(protected, "another one") == before
    assert files_holding(protected.parent, CLIENT) == []

    protect.unprotect(protected, "another one")

    assert not cipher.is_protected(protected)
    assert sqlite_rows(protected, "PRAGMA integrity_check") == [("ok",)]
    assert contents(protected) == before
    assert protected.stat().st_mode & 0o777 == 0o600


def test_wrong_passphrase_changes_nothing_when_converting(protected: Path) -> None:
    digest = file_digest(protected)
    with pytest.raises(cipher.WrongPassphrase):
        protect.unprotect(protected, "wrong")
    with pytest.raises(cipher.WrongPassphrase):
        protect.change_passphrase(protected, "wrong", "new")
    assert file_digest(protected) == digest
    assert sorted(file.name for file in protected.parent.iterdir()) == ["library.sqlite3"]


def test_conversions_refuse_what_does_not_fit(protected: Path, tmp_path: Path) -> None:
    digest = file_digest(protected)
    with pytest.raises(StorageError, match="already protected"):
        protect.protect(protected, "again")
    plain = tmp_path / "plain.sqlite3"
    fill(plain, maps=1)
    with pytest.raises(StorageError, match="not protected"):
        protect.unprotect(plain, PASSPHRASE)
    for empty in ("", "a\x00b"):
        with pytest.raises(StorageError, match="passphrase"):
            protect.protect(plain, empty)
    assert not cipher.is_protected(plain)
    assert file_digest(protected) == digest


def test_converting_a_library_in_use_elsewhere_is_refused(library_file: Path) -> None:
    fill(library_file, maps=1)
    script = (
        "import sys\n"
        "from supportmap.storage.library import Library\n"
        "library = Library.open(sys.argv[1])\n"
        "library.list_maps()\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
        "library.close()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(library_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPOSITORY,
    )
    assert other.stdin is not None and other.stdout is not None
    try:
        assert other.stdout.readline() == "open\n"
        with pytest.raises(StorageError, match="in use by another program"):
            protect.protect(library_file, PASSPHRASE)
    finally:
        other.stdin.close()
        other.wait(timeout=60)
        other.stdout.close()
    assert not cipher.is_protected(library_file)
    assert not protect.work_file(library_file).exists()
    assert sqlite_rows(library_file, "SELECT count(*) FROM map") == [(1,)]


def test_protecting_deletes_the_plain_backups(library_file: Path) -> None:
    library_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE_0001, library_file)
    with Library.open(library_file) as library:
        assert library.backup is not None
    assert files_holding(library_file.parent, "Calls on Sundays") != []

    protect.protect(library_file, PASSPHRASE)

    assert sqlitefile.backups_of(library_file) == []
    assert files_holding(library_file.parent, "Calls on Sundays") == []


def test_a_protected_library_is_backed_up_encrypted_before_migrating(
    library_file: Path,
) -> None:
    library_file.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE_0001, library_file)
    protect.protect(library_file, PASSPHRASE)
    stale = [
        library_file.with_name(f"{library_file.name}.0001.2020010{day}T000000000000Z.backup")
        for day in range(1, 5)
    ]
    for old in stale:
        old.write_bytes(b"an old backup")

    with Library.open(library_file, passphrase=PASSPHRASE) as library:
        backup = library.backup
        people = library.load_map(library.list_maps()[-1].id).people
    assert backup is not None and backup.exists()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert any(person.notes == "Calls on Sundays" for person in people.values())
    assert cipher.is_protected(backup)
    assert cipher.probe(backup, PASSPHRASE).revision == "0001"
    with pytest.raises(cipher.WrongPassphrase):
        cipher.probe(backup, "wrong")
    assert files_holding(library_file.parent, "Calls on Sundays") == []
    assert sqlitefile.backups_of(library_file) == [stale[2], stale[3], backup]


def test_only_the_newest_three_plain_backups_are_kept(library_file: Path) -> None:
    library_file.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE_0001, library_file)
    stale = [
        library_file.with_name(f"{library_file.name}.0001.2020010{day}T000000000000Z.backup")
        for day in range(1, 4)
    ]
    for old in stale:
        old.write_bytes(b"an old backup")
    with Library.open(library_file) as library:
        backup = library.backup
    assert sqlitefile.backups_of(library_file) == [stale[1], stale[2], backup]


def test_an_unprotected_library_never_loads_sqlcipher(library_file: Path) -> None:
    fill(library_file, maps=1)
    script = (
        "import sys\n"
        "from supportmap.storage.library import Library\n"
        "with Library.open(sys.argv[1]) as library:\n"
        "    library.list_maps()\n"
        "print(sorted(name for name in sys.modules if name.startswith('sqlcipher3')))\n"
    )
    result = run_python(script, library_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_wrong_passphrase_prints_nothing(protected: Path) -> None:
    script = (
        "import sys\n"
        "from supportmap.storage.library import Library\n"
        "from supportmap.storage.errors import StorageError\n"
        "try:\n"
        "    Library.open(sys.argv[1], passphrase='wrong')\n"
        "except StorageError:\n"
        "    print('refused')\n"
        "import sqlcipher3\n"
    )
    result = run_python(script, protected)
    assert result.returncode == 0
    assert result.stdout == "refused\n"
    assert result.stderr == ""


def test_a_full_disk_during_conversion_leaves_the_library_untouched(library_file: Path) -> None:
    fill(library_file, maps=8, people=40)
    digest = file_digest(library_file)
    size = library_file.stat().st_size
    # The child process may write no file beyond half the library's size, as on a disk that
    # fills up halfway through the converted copy.
    script = (
        "import resource, signal, sys\n"
        "from supportmap.storage import protect\n"
        "from supportmap.storage.errors import StorageError\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))\n"
        "try:\n"
        "    protect.protect(sys.argv[1], sys.argv[3])\n"
        "except StorageError as error:\n"
        "    print(error)\n"
    )
    result = run_python(script, library_file, str(size // 2), PASSPHRASE)

    assert result.returncode == 0, result.stderr
    assert "no room on the disk" in result.stdout
    assert "left as it was" in result.stdout
    assert PASSPHRASE not in result.stdout + result.stderr
    assert file_digest(library_file) == digest
    assert sorted(file.name for file in library_file.parent.iterdir()) == ["library.sqlite3"]


def test_a_passphrase_that_looks_like_a_raw_key_still_opens_what_it_protected(
    library_file: Path,
) -> None:
    fill(library_file, maps=1)
    before = contents(library_file)
    looks_raw = "x'" + "ab" * 32 + "'"
    protect.protect(library_file, looks_raw)
    assert contents(library_file, looks_raw) == before
    with pytest.raises(cipher.WrongPassphrase):
        Library.open(library_file, passphrase="x'" + "cd" * 32 + "'")

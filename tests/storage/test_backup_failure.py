"""A backup before migrating that fails for lack of room leaves nothing of itself behind."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

FIXTURE_0001 = Path(__file__).with_name("fixtures") / "library_0001.sqlite3"

# The child may write no file larger than the library itself: the copy fits, but SQLite's
# shared-memory file for it does not, as on a disk that fills up halfway through the backup.
OPEN_WITH_LITTLE_ROOM = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    from supportmap.storage.errors import StorageError
    from supportmap.storage.library import Library
    try:
        Library.open(Path(sys.argv[1])).close()
    except StorageError as error:
        print(error)
    """
)


def test_a_failed_backup_leaves_no_log_files_and_the_library_unchanged(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE_0001, library)
    with contextlib.closing(sqlite3.connect(library)) as connection:
        connection.execute("PRAGMA page_size=512")
        connection.execute("VACUUM")
        connection.execute("PRAGMA journal_mode=WAL")
    assert library.stat().st_size < 20_000
    before = library.read_bytes()

    result = subprocess.run(
        [sys.executable, "-c", OPEN_WITH_LITTLE_ROOM, str(library)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    assert "Could not back up" in result.stdout, result.stdout + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]
    assert library.read_bytes() == before

"""Fixtures for storage tests: a real library file in a temporary folder, or a real database
on a PostgreSQL server (``backend``): tests that take ``library`` or ``library_location`` and
do not look at the SQLite file itself (``library_file``) run on both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmap.storage.library import Library
from tests import pg

BACKENDS = ("sqlite", "postgres")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        sqlite_only = "library_file" in metafunc.fixturenames
        metafunc.parametrize("backend", BACKENDS[:1] if sqlite_only else BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"


@pytest.fixture
def library_location(backend: str, tmp_path: Path) -> Iterator[str]:
    """Where a new, empty library is: a file path, or a server database's address."""
    if backend == "sqlite":
        yield str(tmp_path / "data" / "library.sqlite3")
    else:
        yield from pg.fresh_database()


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    opened = Library.open(library_location)
    yield opened
    opened.close()

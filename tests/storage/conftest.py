"""Fixtures for storage tests: a real library file in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmap.storage.library import Library


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"


@pytest.fixture
def library(library_file: Path) -> Iterator[Library]:
    opened = Library.open(library_file)
    yield opened
    opened.close()

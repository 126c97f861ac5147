"""Shared by the tests of the documents made from the command line: what a PDF says, and a
library with more than one client in it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from supportmap.samples import demo_path, sample_path
from supportmap.storage.fileformat import read_document
from supportmap.storage.library import Library


def words_of(path: Path) -> str:
    """The text of every page of a PDF, its words separated by single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def two_clients_library(folder: Path) -> Path:
    """A library file in ``folder`` holding the demo map and one other client's map."""
    path = folder / "library.sqlite3"
    library = Library.open(path)
    try:
        for source in (demo_path(), sample_path("generous-friend")):
            document = read_document(source)
            library.save_new_map(document.map, document.snapshots)
    finally:
        library.close()
    return path

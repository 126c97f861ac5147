"""Every map of a library written to one folder, one ``.supportmap.json`` file per map.

A therapist moving to a new computer, or keeping copies outside the app, gets each map with its
snapshots under its own title. Titles are free text, so a title becomes a file name that every
common file system accepts, and two maps with the same title (or a title that matches a file
already in the folder) get "Robin (2)", "Robin (3)": a file that is already there is never
replaced. Each file is written atomically, so stopping, cancelling or a failure never leaves
half a file, only the complete files written before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from supportmap.atomic import SaveError
from supportmap.core.i18n import _
from supportmap.storage.fileformat import FILE_SUFFIX, Document, write_document

if TYPE_CHECKING:
    from supportmap.core.snapshot import Snapshot
    from supportmap.core.supportmap import SupportMap
    from supportmap.storage.library import MapInfo

FALLBACK_STEM = "SupportMap"
STEM_MAX_BYTES = 180
"""Room for " (123)" and the ending within the 255 bytes most file systems allow a name."""

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)

Progress = Callable[[int, int], bool]
"""Told ``(maps written, maps in all)`` before each map and once at the end; False cancels."""


class MapSource(Protocol):
    """What `export_all` reads: a `supportmap.storage.library.Library`, or the window's way to
    one."""

    def list_maps(self) -> list[MapInfo]: ...

    def load_map(self, map_id: int) -> SupportMap: ...

    def load_snapshots(self, map_id: int) -> list[Snapshot]: ...


def safe_file_stem(title: str) -> str:
    """``title`` as the start of a file name that Linux, macOS and Windows all accept.

    Characters that some file system refuses become spaces; leading and trailing dots and
    spaces go (Windows drops them, and a leading dot hides the file); a device name such as
    "CON" gets an underscore; a long title is cut at a character so that the name, with its
    ending, stays within the usual 255 bytes. An empty result is "SupportMap".
    """
    stem = " ".join(_NOT_IN_NAMES.sub(" ", title).split()).strip(" .")
    encoded = stem.encode("utf-8")
    if len(encoded) > STEM_MAX_BYTES:
        stem = encoded[:STEM_MAX_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if _RESERVED.match(stem):
        stem += "_"
    return stem or FALLBACK_STEM


def unique_file_name(stem: str, suffix: str, taken: Iterable[str]) -> str:
    """``stem + suffix``, or ``"stem (2)" + suffix`` and so on: the first name not in
    ``taken``, compared regardless of case (as macOS and Windows do)."""
    used = {name.casefold() for name in taken}
    name, number = f"{stem}{suffix}", 1
    while name.casefold() in used:
        number += 1
        name = f"{stem} ({number}){suffix}"
    return name


@dataclass(frozen=True)
class FolderExport:
    """What `export_all` did: the files it wrote, in order, and whether it was cancelled."""

    written: tuple[Path, ...]
    total: int
    cancelled: bool = False


def export_all(library: MapSource, folder: Path, progress: Progress | None = None) -> FolderExport:
    """Write every map of ``library``, with its snapshots, into ``folder``.

    Maps are taken most recently changed first, so that when two share a title the one
    changed last keeps the plain name.

    Raises:
        SaveError: the folder cannot be read or a file cannot be written; the files written
            before it stay, complete, and nothing is left of the one that failed.
        StorageError: a map could not be read from the library.
    """
    folder = Path(folder)
    try:
        taken = {entry.name for entry in folder.iterdir()}
    except OSError as error:
        unreadable = _("Could not open the folder {folder}: {reason}.")
        raise SaveError(
            error.errno, unreadable.format(folder=folder, reason=error.strerror or error)
        ) from error
    maps = library.list_maps()
    written: list[Path] = []
    for done, info in enumerate(maps):
        if progress is not None and not progress(done, len(maps)):
            return FolderExport(tuple(written), len(maps), cancelled=True)
        document = Document(library.load_map(info.id), tuple(library.load_snapshots(info.id)))
        name = unique_file_name(safe_file_stem(info.title or info.focus_name), FILE_SUFFIX, taken)
        write_document(folder / name, document)
        taken.add(name)
        written.append(folder / name)
    if progress is not None:
        progress(len(maps), len(maps))
    return FolderExport(tuple(written), len(maps))

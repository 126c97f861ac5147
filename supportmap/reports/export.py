"""Saving charts as PNG, SVG or PDF files, atomically.

A figure is rendered completely into memory first (Agg for PNG, the vector backends for SVG and
PDF; chosen by matplotlib from the format, no GUI involved) and only then written, through a
temporary file renamed over the target. A full disk or a crash leaves either the old file or
the new one, never half a picture.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from supportmap.atomic import SaveError, atomic_write_bytes
from supportmap.core.i18n import _

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS: dict[str, str] = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 200
"""Print-quality PNGs: sharp on high-DPI screens and in reports."""


class ExportError(OSError):
    """A chart or picture could not be saved; ``str(error)`` says what is wrong and what to do."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    """The complete file content of ``figure`` in ``fmt`` ("png", "svg" or "pdf")."""
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = {}
    if fmt == "svg":
        metadata = {"Date": None}
    elif fmt == "pdf":
        metadata = {"CreationDate": None}
    figure.savefig(
        buffer,
        format=fmt,
        dpi=PNG_DPI if fmt == "png" else 72,
        facecolor=figure.get_facecolor(),
        metadata=metadata,
    )
    return buffer.getvalue()


def save_figure(figure: Figure, path: Path | str) -> Path:
    """Write ``figure`` to ``path``, in the format its extension names, atomically.

    Returns:
        The path written.

    Raises:
        ExportError: unknown extension, or the file could not be written.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(
            _("Cannot save a chart as {name}: choose a name ending in .png, .svg or .pdf.").format(
                name=repr(path.name)
            )
        )
    write_atomically(path, figure_bytes(figure, fmt))
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` so that readers see the old or the new file, never a mix."""
    try:
        atomic_write_bytes(path, data)
    except SaveError as error:
        raise ExportError(str(error), error.errno) from error

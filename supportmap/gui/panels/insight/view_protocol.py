"""What this package needs from the map canvas, as a protocol.

The canvas (`supportmap.gui.canvas.view.MapView`) provides these three calls; naming them here
keeps the findings and what-if code independent of the canvas module and lets tests drive them
with a small recording stand-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from supportmap.core.vocabulary import HelpType


class HighlightView(Protocol):
    """A view that can emphasise some people and fade one out."""

    def highlight(self, people: Iterable[str], help_type: HelpType | None = None) -> None:
        """Emphasise ``people`` (and their ``help_type`` badges), fading everyone else."""

    def clear_highlight(self) -> None:
        """Show everyone normally again."""

    def set_unavailable(self, person_id: str | None) -> None:
        """Fade out one person as if they were not there (None: nobody)."""

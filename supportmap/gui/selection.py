"""Which people are selected, shared by the canvas, the people table and the person dock.

Panels never reach into each other's widgets; they all read and write this one small state
object, so a selection made on the canvas shows in the table and the dock, and the other way.
It follows the document itself: people who leave the map leave the selection here, so no view
has to clean up after a removal. (Opening another map clears it from the window, once the
panels have let go of the old map.)
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from supportmap.core.batch import MapEdited
from supportmap.gui.document import MapDocument


class SelectionState(QObject):
    """The selected person ids, in selection order, and the current one (the dock edits it).

    ``changed`` is emitted only when the ids or the current person really change, so views
    that both listen and write do not loop.
    """

    changed = Signal()

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()
        self._current: str | None = None
        document.edited.connect(self._on_edited)

    def ids(self) -> tuple[str, ...]:
        """Selected ids without duplicates, in the order they were given."""
        return self._ids

    def current(self) -> str | None:
        """The person the editor shows: the given current, else the last selected, else None."""
        return self._current

    def set(self, ids: Iterable[str], current: str | None = None) -> None:
        """Select exactly ``ids``; ``current`` defaults to the last of them."""
        unique = tuple(dict.fromkeys(ids))
        if current is not None and current not in unique:
            unique = (*unique, current)
        if current is None and unique:
            current = self._current if self._current in unique else unique[-1]
        if unique == self._ids and current == self._current:
            return
        self._ids = unique
        self._current = current
        self.changed.emit()

    def clear(self) -> None:
        """Select nobody."""
        self.set(())

    def _on_edited(self, batch: MapEdited) -> None:
        if batch.removed_ids:
            self.discard(batch.removed_ids)

    def discard(self, ids: Iterable[str]) -> None:
        """Forget people who left the map (deleted or undone), keeping the rest selected."""
        gone = set(ids)
        if gone & set(self._ids):
            remaining = tuple(i for i in self._ids if i not in gone)
            current = self._current if self._current not in gone else None
            self.set(remaining, current)

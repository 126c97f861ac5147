"""`MapArea`: the middle of the window, the map canvas alone or two maps side by side.

Comparing two moments can show them next to each other: the earlier map on the left and the
later one on the right, each under a caption that names its moment. The right side is the
window's own canvas (with the marks of what changed); the left is a second canvas, locked
read-only, on a throwaway document of its own that never touches the library. Zooming and
fitting act on both, and choosing someone on one side chooses them on the other as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from supportmap.gui.canvas.moment_banner import moment_date
from supportmap.gui.canvas.view import MapView
from supportmap.gui.document import Compared, MapDocument, SnapshotEntry
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import past


def _caption(entry: SnapshotEntry | None) -> str:
    if entry is None:
        return past.caption(None, "")
    return past.caption(entry.label, moment_date(entry.taken))


class MapArea(QWidget):
    """The window's canvas, with room on its left for the earlier map of a comparison."""

    def __init__(self, view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapArea")
        self.view = view
        self._mirroring = False
        view.selection.changed.connect(self._mirror_to_before)
        self.before_view: MapView | None = None
        """The earlier map's canvas, made the first time two maps are shown side by side."""
        self._before_document: MapDocument | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.before_caption = self._new_caption("beforeCaption")
        self.after_caption = self._new_caption("afterCaption")
        self._before_column = QWidget(self)
        before = QVBoxLayout(self._before_column)
        before.setContentsMargins(0, 0, 0, 0)
        before.setSpacing(0)
        before.addWidget(self.before_caption)
        self._divider = QFrame(self)
        self._divider.setFrameShape(QFrame.Shape.VLine)
        self._divider.setFrameShadow(QFrame.Shadow.Plain)
        after_column = QVBoxLayout()
        after_column.setContentsMargins(0, 0, 0, 0)
        after_column.setSpacing(0)
        after_column.addWidget(self.after_caption)
        after_column.addWidget(view, 1)
        self._layout.addWidget(self._before_column, 1)
        self._layout.addWidget(self._divider)
        self._layout.addLayout(after_column, 1)
        self._show_single()

    def _new_caption(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMargin(6)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    @property
    def side_by_side(self) -> bool:
        return not self._before_column.isHidden()

    def show_compared(self, compared: Compared | None) -> None:
        """Show ``compared``'s two maps next to each other; None shows the one canvas again."""
        if compared is None:
            self._show_single()
            return
        before_view = self._before_view()
        assert self._before_document is not None
        self._before_document.open_unstored(compared.before)
        self.before_caption.setText(_caption(compared.before_entry))
        self.after_caption.setText(_caption(compared.after_entry))
        before_view.setAccessibleName(self.before_caption.text())
        for widget in (self._before_column, self._divider, self.after_caption):
            widget.show()
        self._mirror_to_before()
        self.fit_all()

    def _show_single(self) -> None:
        for widget in (self._before_column, self._divider, self.after_caption):
            widget.hide()
        if self._before_document is not None:
            self._before_document.close_map()
        self.view.fit_all()

    def _before_view(self) -> MapView:
        if self.before_view is None:
            document = MapDocument(parent=self)
            view = MapView(document, SelectionState(document, self), self._before_column)
            view.setObjectName("beforeCanvas")
            view.lock()
            view.selection.changed.connect(self._mirror_to_after)
            layout = self._before_column.layout()
            assert layout is not None
            layout.addWidget(view)
            self._before_document, self.before_view = document, view
        return self.before_view

    def _mirror_to_before(self) -> None:
        if self.before_view is not None:
            self._mirror(self.view, self.before_view)

    def _mirror_to_after(self) -> None:
        if self.before_view is not None:
            self._mirror(self.before_view, self.view)

    def _mirror(self, source: MapView, target: MapView) -> None:
        """Select on ``target`` whoever of ``source``'s selection is on its map too."""
        support_map = target.document.support_map
        if self._mirroring or support_map is None or not self.side_by_side:
            return
        ids = tuple(i for i in source.selection.ids() if i in support_map.people)
        current = source.selection.current()
        self._mirroring = True
        try:
            target.selection.set(ids, current if current in ids else None)
        finally:
            self._mirroring = False

    def _views(self) -> list[MapView]:
        views = [self.view]
        if self.side_by_side and self.before_view is not None:
            views.insert(0, self.before_view)
        return views

    def fit_all(self) -> None:
        for view in self._views():
            view.fit_all()

    def zoom_in(self) -> None:
        for view in self._views():
            view.zoom_in()

    def zoom_out(self) -> None:
        for view in self._views():
            view.zoom_out()

"""The Maps panel: the library's maps, searchable as you type, with new/rename/duplicate/delete.

A therapist with many clients finds a map by typing part of its title or the person's name;
selecting a map opens it at once. Each map takes one short line, with the dates of its last
change and last snapshot, and the list keeps room for several maps however the window is laid
out. The panel reads and changes the maps through the document and follows its
``maps_changed`` signal, whoever changed the list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import NAME_MAX, TITLE_MAX
from supportmap.gui.dialogs import Confirm, TextDialog
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.map_list_delegate import DATES_ROLE, MapListDelegate, row_height
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text
from supportmap.storage.errors import StorageError

MAP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
ROWS_ALWAYS_SHOWN = 6
"""The list is never made so short that fewer maps than this can be seen at once."""


def short_date(moment: dt.datetime | None) -> str:
    """``moment`` as a short local date in the person's locale; empty when unknown."""
    if moment is None:
        return ""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


class MapsDock(QDockWidget):
    """Dock listing the maps of the library.

    Signals:
        open_requested(int): the person picked a map; the window opens it (and remembers it).
        problem(str): a storage error to show calmly.
    """

    open_requested = Signal(int)
    problem = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Maps"), parent)
        self.setObjectName("MapsDock")
        self._document = document
        self._filling = False

        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(text(strings.MAP_SEARCH_PLACEHOLDER))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search maps"))
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._open_highlighted_match)

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(MapListDelegate(self.list))
        self.list.setUniformItemSizes(True)
        row_size = row_height(QFontMetrics(self.list.font()))
        frame = 2 * self.list.frameWidth()
        self.list.setMinimumHeight(ROWS_ALWAYS_SHOWN * row_size + frame)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Maps in the library"))
        self.list.setAccessibleDescription(text(strings.MAP_LIST_KEYS))
        # Open on a deliberate choice only; filtering or arrowing through the list opens nothing.
        self.list.clicked.connect(self._open_index)
        self.list.activated.connect(self._open_index)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton(self.tr("New…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_map)
        self.rename_button.clicked.connect(self.rename_map)
        self.duplicate_button.clicked.connect(self.duplicate_map)
        self.delete_button.clicked.connect(self.delete_map)
        buttons = QHBoxLayout()  # one row, so the list keeps the height
        for button, description in (
            (self.new_button, text(strings.NEW_MAP_TIP)),
            (self.rename_button, text(strings.RENAME_MAP_TIP)),
            (self.duplicate_button, text(strings.DUPLICATE_MAP_TIP)),
            (self.delete_button, text(strings.DELETE_MAP_TIP)),
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            buttons.addWidget(button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        document.reset.connect(self.refresh)
        document.maps_changed.connect(self.refresh)
        self.refresh()

    # --- listing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list of maps from the library and mark the open one.

        Before the library is attached, the open (not yet stored) map is the only entry.
        """
        document = self._document
        try:
            entries = document.list_maps()
        except StorageError as error:
            self.problem.emit(str(error))
            return
        self._filling = True
        try:
            self.model.clear()
            current_row = None
            for entry in entries:
                map_id, focus_name, count = entry.map_id, entry.focus_name, entry.people
                title = entry.title or self.tr("Map for %1").replace("%1", focus_name)
                people = self.tr("%n people", "", count) if count else self.tr("nobody yet")
                item = QStandardItem(f"{title} · {people}")
                item.setData(map_id, MAP_ID_ROLE)
                item.setData(title, TITLE_ROLE)
                # Search what the list shows, so "Map for" finds the untitled maps too.
                item.setData(f"{title}\n{focus_name}", Qt.ItemDataRole.UserRole)
                said = [title, focus_name, people]
                dates = []
                changed = short_date(entry.updated)
                if changed:
                    dates.append(changed)
                    said.append(self.tr("changed %1").replace("%1", changed))
                snapshot = short_date(entry.last_snapshot)
                if snapshot:
                    dates.append(self.tr("snapshot %1").replace("%1", snapshot))
                    said.append(self.tr("last snapshot %1").replace("%1", snapshot))
                item.setData(" · ".join(dates), DATES_ROLE)
                item.setData(", ".join(said), Qt.ItemDataRole.AccessibleTextRole)
                item.setToolTip("\n".join(said[1:]))
                if map_id == document.map_id:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    current_row = self.model.rowCount()
                self.model.appendRow(item)
            if current_row is not None:
                index = self.proxy.mapFromSource(self.model.index(current_row, 0))
                self.list.setCurrentIndex(index)
        finally:
            self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable what can act on the highlighted map (or the open one).

        Before the library is open (the first moment of a start) only renaming works.
        """
        document = self._document
        target = self._target_id()
        self.new_button.setEnabled(document.has_library)
        # The open map's past is on screen: it cannot be renamed until "Back to now".
        past = document.read_only and target in (None, document.map_id)
        renamable = target is not None or document.support_map is not None
        self.rename_button.setEnabled(renamable and not past)
        for button in (self.duplicate_button, self.delete_button):
            button.setEnabled(target is not None and document.has_library)

    def _target_id(self) -> int | None:
        """The stored map the buttons act on: the highlighted one, else the open one.

        The person sees the highlight, so acting on the open map while another row is
        highlighted would delete or change a map they did not point at.
        """
        index = self.list.currentIndex()
        highlighted = index.data(MAP_ID_ROLE) if index.isValid() else None
        return self._document.map_id if highlighted is None else int(highlighted)

    def _shown_title(self, map_id: int) -> str:
        """The title of ``map_id`` exactly as the list shows it."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(MAP_ID_ROLE) == map_id:
                return str(item.data(TITLE_ROLE))
        return ""

    def _open_index(self, index: QModelIndex) -> None:
        if self._filling or not index.isValid() or index.data(MAP_ID_ROLE) is None:
            return
        map_id = int(index.data(MAP_ID_ROLE))
        if map_id != self._document.map_id:
            self.open_requested.emit(map_id)

    def _search(self, needle: str) -> None:
        """Show the maps that match and highlight the one Enter would open.

        That is the open map when it matches (so nothing jumps away from it), else the first
        match.
        """
        self.proxy.setFilterFixedString(needle)
        if not self.proxy.rowCount():
            return
        target = self.proxy.index(0, 0)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if (
                self._document.map_id is not None
                and index.data(MAP_ID_ROLE) == self._document.map_id
            ):
                target = index
                break
        self.list.setCurrentIndex(target)
        self.list.scrollTo(target)

    def _open_highlighted_match(self) -> None:
        """Enter in the search box opens the highlighted map (the first match if none is)."""
        if self.proxy.rowCount():
            index = self.list.currentIndex()
            if not index.isValid():
                index = self.proxy.index(0, 0)
            self.list.setCurrentIndex(index)
            self.list.setFocus()
            self._open_index(index)

    # --- operations -------------------------------------------------------------------

    def new_map(self) -> None:
        """Ask who the new map is for, create it and open it."""
        if not self._document.has_library:
            return
        name = TextDialog.ask(self, self.tr("New map"), text(strings.NEW_MAP_PROMPT), "", NAME_MAX)
        if name is None:
            return
        try:
            map_id = self._document.new_map(name)
        except StorageError as error:
            self.problem.emit(str(error))
            return
        self.open_requested.emit(map_id)

    def rename_map(self) -> None:
        """Retitle the highlighted map (an undoable change of the map itself).

        The undo stack belongs to the open map, so a map that is not open is opened first.
        """
        target = self._target_id()
        if target is not None and target != self._document.map_id:
            self.open_requested.emit(target)
            if self._document.map_id != target:
                return  # it could not be opened; the window has said why
        support_map = self._document.support_map
        if support_map is None or self._document.read_only:
            return
        title = TextDialog.ask(
            self,
            self.tr("Rename map"),
            text(strings.RENAME_MAP_PROMPT),
            support_map.title,
            TITLE_MAX,
        )
        if title is not None:
            self._document.rename_map(title)

    def duplicate_map(self) -> None:
        """Copy the highlighted map and open the copy."""
        map_id = self._target_id()
        if map_id is None:
            return
        try:
            map_id = self._document.duplicate_map(map_id)
        except StorageError as error:
            self.problem.emit(str(error))
            return
        self.open_requested.emit(map_id)

    def delete_map(self) -> None:
        """Delete the highlighted map after a confirmation that names it as the list shows it.

        The confirmation also says that deleting cannot be undone.
        """
        map_id = self._target_id()
        if map_id is None:
            return
        question = text(strings.CONFIRM_DELETE_MAP).replace("%1", self._shown_title(map_id))
        if not Confirm.ask(
            self, question, text(strings.CONFIRM_DELETE_MAP_DETAIL), self.tr("Delete map")
        ):
            return
        was_open = map_id == self._document.map_id
        try:
            self._document.delete_map(map_id)
            remaining = self._document.list_maps() if was_open else ()
        except StorageError as error:
            self.problem.emit(str(error))
            return
        if remaining and remaining[0].map_id is not None:
            self.open_requested.emit(remaining[0].map_id)

"""`PeopleActions`: add, rename, delete, connect and edit people, shared by menus and panels.

The same QAction objects sit in the menu bar, the toolbar and the People panel, so every
operation has one shortcut, one label and one implementation, whichever control started it.
While a past moment is shown the actions that change the map are off, and ignored if called.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from supportmap.core.model import Position, ValidationError
from supportmap.gui.dialogs import ChoosePersonDialog, TextDialog
from supportmap.gui.document import MapDocument
from supportmap.gui.icons import add_person_icon
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text


class PeopleActions(QObject):
    """Actions on the people of the open map, following the shared selection.

    Signals:
        edit_requested(str): show the Person editor for this id, with the keyboard in it.
        added(str): someone was added (and selected); the Person editor may come forward.
        status(str): a short message for the status bar.
    """

    edit_requested = Signal(str)
    added = Signal(str)
    status = Signal(str)

    def __init__(self, document: MapDocument, selection: SelectionState, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._selection = selection
        self._window = window
        style = window.style()

        self.add = QAction(self.tr("&Add person…"), self)
        self.add.setIconText(self.tr("Add person", "toolbar"))  # German has a shorter word there
        self.add.setShortcuts([QKeySequence("N"), QKeySequence("Ins")])
        self.add.setIcon(add_person_icon())
        self.add.setToolTip(text(strings.ADD_PERSON_TIP))
        self.add.triggered.connect(lambda: self.add_person())

        self.rename = QAction(self.tr("&Rename…"), self)
        self.rename.setShortcut(QKeySequence("F2"))
        self.rename.triggered.connect(lambda: self.rename_person())

        self.edit = QAction(self.tr("&Edit person"), self)
        self.edit.setToolTip(text(strings.EDIT_PERSON_TIP))
        self.edit.triggered.connect(self._edit_current)

        self.delete = QAction(self.tr("&Delete"), self)
        self.delete.setShortcuts(
            [
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Delete),
                QKeySequence(Qt.Key.Key_Backspace),
            ]
        )
        self.delete.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete.setToolTip(text(strings.DELETE_PEOPLE_TIP))
        self.delete.triggered.connect(self.delete_selected)

        self.connect_person = QAction(self.tr("&Connect…"), self)
        self.connect_person.setShortcut(QKeySequence("Ctrl+L"))
        self.connect_person.setToolTip(text(strings.CONNECT_PERSON_TIP))
        self.connect_person.triggered.connect(lambda: self.connect_current())

        # Single keys act only where they mean "this person": the people table (see
        # `attach_keys`) and the canvas, which has Delete too and handles N and F2 itself.
        # Elsewhere, N or Del typed into a combo box or a checkbox must not add or delete anyone.
        for action in (self.add, self.rename, self.delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        selection.changed.connect(self._update_enabled)
        document.reset.connect(self._update_enabled)
        self._update_enabled()

    def attach_keys(self, widget: QWidget) -> None:
        """Let N/Insert, F2 and Del work while ``widget`` has the keyboard focus."""
        widget.addActions([self.add, self.rename, self.delete])

    def all(self) -> tuple[QAction, ...]:
        return (self.add, self.rename, self.edit, self.delete, self.connect_person)

    def _editable(self) -> bool:
        """Whether a map is open and may be changed (not while a past moment is shown)."""
        return self._document.support_map is not None and not self._document.read_only

    def _update_enabled(self) -> None:
        has_map = self._document.support_map is not None
        editable = self._editable()
        current = self._selection.current() is not None
        self.add.setEnabled(editable)
        for action in (self.rename, self.connect_person):
            action.setEnabled(editable and current)
        self.edit.setEnabled(has_map and current)  # a past moment's editor shows, read-only
        self.delete.setEnabled(editable and bool(self._selection.ids()))

    # --- operations -------------------------------------------------------------------

    def add_person(self, position: Position | None = None) -> str | None:
        """Ask for a name and add the person (at ``position`` if the canvas gave one)."""
        if not self._editable():
            return None
        name = TextDialog.ask(self._window, self.tr("Add person"), text(strings.ADD_PERSON_PROMPT))
        if name is None:
            return None
        fields = {} if position is None else {"position": position}
        try:
            person_id = self._document.add_person(name, **fields)
        except ValidationError:
            self.status.emit(text(strings.NAME_NOT_USED))
            return None
        self._selection.set([person_id], person_id)
        self.added.emit(person_id)
        return person_id

    def rename_person(self, person_id: str | None = None) -> None:
        """Ask for a new name for one person (the current one by default)."""
        person_id = person_id or self._selection.current()
        if person_id is None or not self._editable():
            return
        old = self._document.name_of(person_id)
        prompt = text(strings.RENAME_PERSON_PROMPT).replace("%1", old)
        name = TextDialog.ask(self._window, self.tr("Rename"), prompt, old)
        if name is None:
            return
        try:
            self._document.update_person(person_id, name=name)
        except ValidationError:
            self.status.emit(text(strings.NAME_NOT_USED))

    def delete_selected(self) -> None:
        """Remove the selected people with their ties; Undo brings them back."""
        ids = self._selection.ids()
        if not ids or not self._editable():
            return
        self._document.remove_people(ids)
        self.status.emit(text(strings.DELETED_UNDO_HINT))

    def connect_current(self, person_id: str | None = None) -> None:
        """Ask whom the current person knows, and record the tie."""
        person_id = person_id or self._selection.current()
        support_map = self._document.support_map
        if person_id is None or support_map is None or not self._editable():
            return
        name = support_map.person(person_id).name
        candidates = [
            (other.id, other.name)
            for other in support_map.people.values()
            if other.id != person_id and support_map.tie(person_id, other.id) is None
        ]
        if not candidates:
            self.status.emit(text(strings.CONNECT_NOBODY).replace("%1", name))
            return
        candidates.sort(key=lambda pair: pair[1].casefold())
        prompt = text(strings.CONNECT_PROMPT).replace("%1", name)
        other = ChoosePersonDialog.ask(self._window, self.tr("Connect"), prompt, candidates)
        if other is not None:
            self._document.add_tie(person_id, other)

    def _edit_current(self) -> None:
        current = self._selection.current()
        if current is not None:
            self.edit_requested.emit(current)

"""The Person panel: edits the current person of the shared selection.

Each field commits one undo command when its edit is complete (a line edit on editingFinished,
a combo box when chosen, notes when the box loses focus), never per keystroke. Invalid input
shows an inline message and the saved value stays as it was. While a past moment is shown the
fields are read-only: they keep their normal look, so they stay easy to read, and take the
keyboard focus, but no typing, click or wheel changes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.batch import MapEdited
from supportmap.core.model import (
    CONTACT_MAX,
    NAME_MAX,
    NEXT_STEP_MAX,
    NOTES_MAX,
    RELATIONSHIP_MAX,
    Person,
    ValidationError,
)
from supportmap.core.vocabulary import (
    HELP_TYPES,
    LEVEL_LABELS,
    Barrier,
    Circle,
    HelpType,
    Safety,
    Sector,
    level_label,
)
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.people_actions import PeopleActions
from supportmap.gui.panels.person_ties import PersonTiesWidget
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import past, strings
from supportmap.gui.texts.strings import text

TITLE_NAME_MAX = 24
"""Longest name shown whole in the panel's title; a longer one squeezes the tabs beside it."""
_CHANGING_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)
_MOVING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})


class _Unchangeable(QObject):
    """Lets a combo box or a check box be read but not changed: the keys that move the focus
    on pass, every click, wheel turn and other key stops here. Installed while read-only."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in _CHANGING_EVENTS:
            return True
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return isinstance(event, QKeyEvent) and event.key() not in _MOVING_KEYS
        return False


class PersonDock(QDockWidget):
    """Dock with the editor of the selected person, or a gentle hint when nobody is selected."""

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        actions: PeopleActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Person"), parent)
        self.setObjectName("PersonDock")
        self._document = document
        self._selection = selection
        self._person_id: str | None = None
        self._unchangeable = _Unchangeable(self)
        self._read_only = False

        self.name_edit = self._line_edit(NAME_MAX, self.tr("Name"))
        self.name_error = QLabel()
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet("color: palette(highlight);")
        self.name_error.hide()
        self.relationship_edit = self._line_edit(RELATIONSHIP_MAX, self.tr("Relationship"))
        self.relationship_edit.setPlaceholderText(self.tr("e.g. sister, neighbour, GP"))
        self.contact_edit = self._line_edit(CONTACT_MAX, self.tr("Contact"))
        self.contact_edit.setPlaceholderText(self.tr("phone number, or how to reach them"))
        self.sector_combo = self._combo(Sector, self.tr("Life area"), "sector")
        self.circle_combo = self._combo(Circle, self.tr("Circle"), "circle")
        self.safety_combo = self._combo(Safety, self.tr("How safe it feels"), "safety")
        self.name_edit.editingFinished.connect(self._commit_name)
        self.relationship_edit.editingFinished.connect(
            lambda: self._commit_line(self.relationship_edit, "relationship")
        )
        self.contact_edit.editingFinished.connect(
            lambda: self._commit_line(self.contact_edit, "contact")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Relationship"), self.relationship_edit)
        form.addRow(self.tr("Con&tact"), self.contact_edit)
        form.addRow(self.tr("&Life area"), self.sector_combo)
        form.addRow(self.tr("C&ircle"), self.circle_combo)
        form.addRow(self.tr("&Safety"), self.safety_combo)

        self.level_combos: dict[tuple[HelpType, str], QComboBox] = {}
        help_box = QGroupBox(self.tr("Help between you"))
        help_box.setToolTip(text(strings.HELP_GRID_HINT))
        grid = QGridLayout(help_box)
        grid.addWidget(QLabel(self.tr("I receive")), 0, 1)
        grid.addWidget(QLabel(self.tr("I give")), 0, 2)
        for row, help_type in enumerate(HELP_TYPES, start=1):
            grid.addWidget(QLabel(help_type.label), row, 0)
            for column, direction in enumerate(("receive", "give"), start=1):
                combo = self._compact(QComboBox())
                for level in range(len(LEVEL_LABELS)):
                    combo.addItem(level_label(level), level)
                combo.setAccessibleName(f"{help_type.label}: {self._direction(direction)}")
                combo.activated.connect(
                    lambda _i, t=help_type, d=direction: self._commit_level(t, d)
                )
                grid.addWidget(combo, row, column)
                self.level_combos[(help_type, direction)] = combo

        self.barrier_checks: dict[Barrier, QCheckBox] = {}
        barrier_box = QGroupBox(self.tr("What makes it hard to ask"))
        barrier_layout = QVBoxLayout(barrier_box)
        for barrier in Barrier:
            check = QCheckBox(barrier.label)
            check.setAccessibleName(barrier.label)
            check.clicked.connect(self._commit_barriers)
            barrier_layout.addWidget(check)
            self.barrier_checks[barrier] = check

        self.next_step_edit = self._line_edit(NEXT_STEP_MAX, self.tr("Next small step"))
        self.next_step_edit.setPlaceholderText(text(strings.NEXT_STEP_HINT))
        self.next_step_count = QLabel()
        self.next_step_edit.textChanged.connect(
            lambda t: self.next_step_count.setText(f"{len(t)} / {NEXT_STEP_MAX}")
        )
        self.next_step_edit.editingFinished.connect(
            lambda: self._commit_line(self.next_step_edit, "next_step")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(80)
        self.notes_count = QLabel()
        self.notes_edit.textChanged.connect(self._notes_typed)
        self.notes_edit.installEventFilter(self)

        self.ties = PersonTiesWidget(document, actions)
        ties_box = QGroupBox(self.tr("Connections"))
        QVBoxLayout(ties_box).addWidget(self.ties)

        editor = QWidget()
        layout = QVBoxLayout(editor)
        self.past_note = QLabel(text(past.PERSON_AS_THEN))
        self.past_note.setObjectName("personPastNote")
        self.past_note.setWordWrap(True)
        self.past_note.hide()
        layout.addWidget(self.past_note)
        layout.addLayout(form)
        layout.addWidget(help_box)
        layout.addWidget(ties_box)
        layout.addWidget(barrier_box)
        step_label = QLabel(self.tr("Ne&xt small step"))
        step_label.setBuddy(self.next_step_edit)
        layout.addWidget(step_label)
        layout.addWidget(self.next_step_edit)
        layout.addWidget(self.next_step_count, 0, Qt.AlignmentFlag.AlignRight)
        self.notes_label = QLabel(self.tr("N&otes"))
        self.notes_label.setBuddy(self.notes_edit)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.notes_count, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        bar_width = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(editor.minimumSizeHint().width() + bar_width + 4)

        self.hint = QLabel(text(strings.NO_PERSON_SELECTED))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(scroll)
        self.setWidget(self.stack)

        selection.changed.connect(self._on_selection)
        document.edited.connect(self._on_edited)
        document.reset.connect(self._on_reset)
        document.stored.connect(self._on_selection)
        self._on_selection()

    # --- building ---------------------------------------------------------------------

    def _line_edit(self, limit: int, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _compact(combo: QComboBox) -> QComboBox:
        """A combo box that may be narrower than its longest entry, so the panel can be slim."""
        policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        combo.setSizeAdjustPolicy(policy)
        combo.setMinimumContentsLength(6)
        return combo

    def _combo(self, enum: Any, name: str, field: str) -> QComboBox:
        combo = self._compact(QComboBox())
        for member in enum:
            label = member.label
            combo.addItem(f"{int(member)} · {label}" if enum is Circle else label, member)
        combo.setAccessibleName(name)
        combo.activated.connect(lambda index: self._commit(**{field: combo.itemData(index)}))
        return combo

    def _direction(self, direction: str) -> str:
        return self.tr("I receive") if direction == "receive" else self.tr("I give")

    # --- showing ----------------------------------------------------------------------

    @property
    def person_id(self) -> str | None:
        return self._person_id

    def set_presenting(self, on: bool) -> None:
        """Hide the person's notes while the window is shown to others (presentation mode).

        Notes being typed are saved first, as when the box loses the keyboard.
        """
        self._commit_notes()
        for widget in (self.notes_label, self.notes_edit, self.notes_count):
            widget.setVisible(not on)

    def focus_editor(self) -> None:
        """Show the panel and put the keyboard in the name field."""
        self.show()
        self.raise_()
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name_edit.selectAll()

    @property
    def read_only(self) -> bool:
        """Whether the fields only show the person (a past moment is on screen)."""
        return self._read_only

    def _on_reset(self) -> None:
        """Another map: typing meant for a person of the old map must not reach the new one."""
        for edit in (
            self.name_edit,
            self.relationship_edit,
            self.contact_edit,
            self.next_step_edit,
        ):
            edit.setModified(False)
        self.notes_edit.document().setModified(False)
        self._person_id = None
        self._set_read_only(self._document.read_only)
        self._on_selection()

    def _set_read_only(self, read_only: bool) -> None:
        if read_only == self._read_only:
            return
        self._read_only = read_only
        self.past_note.setVisible(read_only)
        for edit in (
            self.name_edit,
            self.relationship_edit,
            self.next_step_edit,
            self.contact_edit,
        ):
            edit.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        choices: list[QWidget] = [self.sector_combo, self.circle_combo, self.safety_combo]
        choices += [*self.level_combos.values(), *self.barrier_checks.values()]
        for widget in choices:
            if read_only:
                widget.installEventFilter(self._unchangeable)
            else:
                widget.removeEventFilter(self._unchangeable)
        self.ties.set_read_only(read_only)

    def _on_selection(self) -> None:
        support_map = self._document.support_map
        current = self._selection.current()
        if support_map is None or current not in support_map.people:
            current = None
        if current != self._person_id:
            self._commit_pending()
        self._person_id = current
        self.name_error.hide()
        self._load()

    def _on_edited(self, batch: MapEdited) -> None:
        """Show the shown person again once per command, only if the command concerns them."""
        shown = self._person_id
        if shown is None:
            if batch.people_counted_differently:
                self._load()  # the hint differs for an empty map
            return
        if shown in batch.changed_ids:
            self._load()
        elif batch.touches_ties_of(shown) or any(self._knows(i) for i in batch.changed_ids):
            self.ties.show_person(shown)

    def _knows(self, other: str) -> bool:
        support_map = self._document.support_map
        return (
            support_map is not None
            and self._person_id is not None
            and (support_map.tie(self._person_id, other) is not None)
        )

    def _person(self) -> Person | None:
        support_map = self._document.support_map
        if support_map is None or self._person_id is None:
            return None
        return support_map.people.get(self._person_id)

    def _load(self) -> None:
        person = self._person()
        self.stack.setCurrentIndex(0 if person is None else 1)
        self.ties.show_person(None if person is None else person.id)
        if person is None:
            self.setWindowTitle(self.tr("Person"))
            self.setAccessibleDescription("")
            support_map = self._document.support_map
            if support_map is None and not self._document.has_library:
                hint = strings.OPENING_LIBRARY
            elif support_map is None:
                hint = strings.NO_MAP_OPEN
            elif not support_map.people:
                hint = strings.EMPTY_MAP_HINT
            elif self._document.read_only:
                hint = past.NO_PERSON_SELECTED_PAST
            else:
                hint = strings.NO_PERSON_SELECTED
            self.hint.setText(text(hint))
            return
        self._show_title(person.name)
        self._set_line(self.name_edit, person.name)
        self._set_line(self.relationship_edit, person.relationship)
        self._set_line(self.contact_edit, person.contact)
        self._set_line(self.next_step_edit, person.next_step)
        self.next_step_count.setText(f"{len(person.next_step)} / {NEXT_STEP_MAX}")
        for combo, value in (
            (self.sector_combo, person.sector),
            (self.circle_combo, person.circle),
            (self.safety_combo, person.safety),
        ):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(value))
        for (help_type, direction), combo in self.level_combos.items():
            level = getattr(person.support[help_type], direction)
            with QSignalBlocker(combo):
                combo.setCurrentIndex(level)
        for barrier, check in self.barrier_checks.items():
            with QSignalBlocker(check):
                check.setChecked(barrier in person.barriers)
        if not (self.notes_edit.hasFocus() and self.notes_edit.document().isModified()):
            with QSignalBlocker(self.notes_edit):
                self.notes_edit.setPlainText(person.notes)
            self.notes_edit.document().setModified(False)
        self.notes_count.setText(f"{len(self.notes_edit.toPlainText())} / {NOTES_MAX}")

    def _show_title(self, name: str) -> None:
        """Title the panel with the name, shortened so tabbed panels keep readable tabs.

        The full name stays in the name field and in the panel's accessible description.
        """
        title = self.tr("Person: %1")
        self.setWindowTitle(title.replace("%1", _elided(name, TITLE_NAME_MAX)))
        self.setAccessibleDescription(title.replace("%1", name))

    @staticmethod
    def _set_line(edit: QLineEdit, value: str) -> None:
        if edit.hasFocus() and edit.isModified():
            return  # the person is typing here; their text wins until they finish
        with QSignalBlocker(edit):
            edit.setText(value)
        edit.setModified(False)

    # --- committing -------------------------------------------------------------------

    def _commit(self, **fields: Any) -> bool:
        """One undo command for one field; False (and nothing saved) if the value is invalid
        or the map on screen is a past moment."""
        if self._person() is None or self._document.read_only:
            return False
        try:
            self._document.update_person(self._person_id, **fields)  # type: ignore[arg-type]
        except ValidationError:
            return False
        return True

    def _commit_line(self, edit: QLineEdit, field: str) -> None:
        edit.setModified(False)
        self._commit(**{field: edit.text()})

    def _commit_name(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.name_error.setText(text(strings.NAME_EMPTY))
            self.name_error.show()
            return
        self.name_error.hide()
        self.name_edit.setModified(False)
        self._commit(name=name.strip())

    def _commit_level(self, help_type: HelpType, direction: str) -> None:
        person = self._person()
        if person is None:
            return
        level = self.level_combos[(help_type, direction)].currentIndex()
        support = person.support.with_level(help_type, **{direction: level})
        self._commit(support=support)

    def _commit_barriers(self) -> None:
        chosen = frozenset(b for b, check in self.barrier_checks.items() if check.isChecked())
        self._commit(barriers=chosen)

    def _notes_typed(self) -> None:
        notes = self.notes_edit.toPlainText()
        if len(notes) > NOTES_MAX:
            cursor = self.notes_edit.textCursor()
            with QSignalBlocker(self.notes_edit):
                self.notes_edit.setPlainText(notes[:NOTES_MAX])
            cursor.setPosition(min(cursor.position(), NOTES_MAX))
            self.notes_edit.setTextCursor(cursor)
            notes = notes[:NOTES_MAX]
        self.notes_count.setText(f"{len(notes)} / {NOTES_MAX}")

    def _commit_notes(self) -> None:
        if self.notes_edit.document().isModified():
            self.notes_edit.document().setModified(False)
            self._commit(notes=self.notes_edit.toPlainText())

    def _commit_pending(self) -> None:
        """Save what was typed before the panel switches to someone else."""
        if self._person() is None:
            return
        if self.name_edit.isModified() and self.name_edit.text().strip():
            self._commit_name()
        if self.relationship_edit.isModified():
            self._commit_line(self.relationship_edit, "relationship")
        if self.contact_edit.isModified():
            self._commit_line(self.contact_edit, "contact")
        if self.next_step_edit.isModified():
            self._commit_line(self.next_step_edit, "next_step")
        self._commit_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._commit_notes()
        return super().eventFilter(watched, event)


def _elided(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` characters, ending in "…" when it was cut."""
    if len(name) <= limit:
        return name
    return name[: limit - 1].rstrip() + "…"

"""The editors of steps 3–5 that come from the map: people, and the crisis lines of step 5.

A people list shows the map's suggestion until the person changes it (then it is their own
choice, marked so, with a way back); the chooser offers only people who may be in the step.
Crisis lines are what the person writes down, a name and how to reach it: SupportMap never
offers a number or a country of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import PLAN_TEXT_MAX, CrisisLine, PlanList
from supportmap.core.safety_plan import PlanPerson, may_appear
from supportmap.gui.dialogs import ChoosePersonDialog
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.safety_plan_lists import PlanListEditor
from supportmap.gui.texts import safety_plan as s
from supportmap.gui.texts import text

STEP_OF = {PlanList.DISTRACTION_PEOPLE: 3, PlanList.PEOPLE_TO_ASK: 4, PlanList.PROFESSIONALS: 5}
"""The step in which each people list is shown."""


class CrisisLinesEditor(PlanListEditor):
    """The crisis lines the person entered: a name and how to reach it, edited in a dialog."""

    def __init__(self, document: MapDocument, name: str, parent: QWidget | None = None) -> None:
        super().__init__(document, PlanList.CRISIS_LINES, name, parent)
        self._lines: tuple[CrisisLine, ...] = ()
        self._undo = s.UNDO_TEXTS[PlanList.CRISIS_LINES]
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.itemDoubleClicked.connect(lambda item: self.edit_item(self.view.row(item)))
        self.blank.setForegroundRole(QPalette.ColorRole.WindowText)
        self._add_row_buttons(editable=True)

    def show_lines(self, lines: Sequence[CrisisLine], blank: str) -> None:
        """Show the lines; ``blank`` says that crisis lines exist while none is written down
        (in the text's own colour: it matters more than a blank step's hint)."""
        self._lines = tuple(lines)
        self._fill([(self._shown(line), "") for line in lines], blank, editable=False)

    def _shown(self, line: CrisisLine) -> str:
        if not line.contact:
            return line.name
        return (
            QCoreApplication.translate("PlanListEditor", "%1 — %2")
            .replace("%1", line.name)
            .replace("%2", line.contact)
        )

    def add_item(self) -> None:
        if self._read_only or self._full():
            return
        line = CrisisLineDialog.ask(self, None)
        if line is not None:
            self._select_after = len(self._lines)
            self._push(self._document.add_plan_item, self.which, line, text(self._undo[0]))

    def edit_item(self, row: int) -> None:
        if not self._can_change(row):
            return
        line = CrisisLineDialog.ask(self, self._lines[row])
        if line is not None:
            self._select_after = row
            self._push(self._document.replace_plan_item, self.which, row, line, text(self._undo[1]))

    def remove_item(self, row: int) -> None:
        if self._can_change(row):
            self._select_after = min(row, self.view.count() - 2)
            self._push(self._document.remove_plan_item, self.which, row, text(self._undo[2]))

    def move_item(self, row: int, to: int) -> None:
        if self._can_change(row):
            self._select_after = to
            self._push(self._document.move_plan_item, self.which, row, to, text(self._undo[3]))


class PeopleListEditor(PlanListEditor):
    """People of the map in steps 3–5: the map's suggestion, or the person's own choice."""

    def __init__(
        self, document: MapDocument, which: PlanList, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, which, name, parent)
        self._people: tuple[PlanPerson, ...] = ()
        self._chosen = False
        self.step = STEP_OF[which]
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._add_row_buttons(editable=False)
        self.mark = QLabel(self)
        self.mark.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.suggestion_button = QPushButton(
            QCoreApplication.translate("PlanListEditor", "Use the map's suggestion again"), self
        )
        self.suggestion_button.setAutoDefault(False)
        self.suggestion_button.clicked.connect(self.use_suggestion)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mark, 1)
        row.addWidget(self.suggestion_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)

    @property
    def chosen(self) -> bool:
        """Whether the list shown is the person's own choice rather than the map's."""
        return self._chosen

    def show_people(self, people: Sequence[PlanPerson], chosen: bool) -> None:
        self._people = tuple(people)
        self._chosen = chosen
        lines = [(self._shown(person), self._tip(person)) for person in people]
        self.mark.setText(text(s.CHOSEN_MARK if chosen else s.SUGGESTED_MARK))
        self.mark.setToolTip(text(s.CHOSEN_TIP if chosen else s.SUGGESTED_TIP))
        blank = s.EMPTY_CHOSEN if chosen else s.EMPTY_SUGGESTION[self.which]
        self._fill(lines, text(blank), editable=False)

    def _shown(self, person: PlanPerson) -> str:
        if not person.contact:
            return person.name
        return (
            QCoreApplication.translate("PlanListEditor", "%1 — %2")
            .replace("%1", person.name)
            .replace("%2", person.contact)
        )

    @staticmethod
    def _tip(person: PlanPerson) -> str:
        return "" if person.contact else text(s.NO_CONTACT_TIP).replace("%1", person.name)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "suggestion_button"):  # Qt may ask before the button is built
            self.suggestion_button.setVisible(self._chosen)
            self.suggestion_button.setEnabled(not self._read_only)

    def candidates(self) -> list[tuple[str, str]]:
        """(id, name) of everyone who may be added to this step and is not in it yet."""
        support_map = self._document.support_map
        if support_map is None:
            return []
        shown = {person.id for person in self._people}
        return sorted(
            (
                (person.id, person.name)
                for person in support_map.people.values()
                if person.id not in shown and may_appear(person, self.which)
            ),
            key=lambda entry: entry[1].casefold(),
        )

    def add_item(self) -> None:
        if self._read_only or self._full():
            return
        people = self.candidates()
        if not people:
            self.show_message(text(s.NOBODY_TO_ADD))
            return
        chosen = ChoosePersonDialog.ask(
            self,
            QCoreApplication.translate("PlanListEditor", "Add to step %1").replace(
                "%1", str(self.step)
            ),
            text(s.CHOOSE_PERSON_PROMPT),
            people,
            action=QCoreApplication.translate("PlanListEditor", "Add"),
        )
        if chosen is None:
            return
        self._select_after = len(self._people)
        label = self._undo_text(s.UNDO_ADD_PERSON, self._name(chosen))
        self._push(self._document.add_plan_item, self.which, chosen, label)

    def remove_item(self, row: int) -> None:
        if self._can_change(row):
            self._select_after = min(row, self.view.count() - 2)
            label = self._undo_text(s.UNDO_REMOVE_PERSON, self._people[row].name)
            self._push(self._document.remove_plan_item, self.which, row, label)

    def move_item(self, row: int, to: int) -> None:
        if self._can_change(row):
            self._select_after = to
            label = self._undo_text(s.UNDO_MOVE_PERSON, self._people[row].name)
            self._push(self._document.move_plan_item, self.which, row, to, label)

    def use_suggestion(self) -> None:
        if self._read_only or not self._chosen:
            return
        label = text(s.UNDO_USE_SUGGESTION).replace("%1", str(self.step))
        self._push(self._document.use_plan_suggestion, self.which, label)

    def _undo_text(self, source: str, name: str) -> str:
        return text(source).replace("%2", str(self.step)).replace("%1", name)

    def _name(self, person_id: str) -> str:
        support_map = self._document.support_map
        person = None if support_map is None else support_map.people.get(person_id)
        return person_id if person is None else person.name


class CrisisLineDialog(QDialog):
    """A crisis line's name and how to reach it, as the person knows them; OK needs a name."""

    def __init__(self, line: CrisisLine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis line"))
        prompt = QLabel(text(s.CRISIS_LINE_PROMPT))
        prompt.setWordWrap(True)
        self.name_edit = QLineEdit(line.name if line else "")
        self.name_edit.setMaxLength(PLAN_TEXT_MAX)
        self.name_edit.setPlaceholderText(text(s.CRISIS_LINE_NAME_HINT))
        self.name_edit.setAccessibleName(self.tr("Name of the crisis line"))
        self.contact_edit = QLineEdit(line.contact if line else "")
        self.contact_edit.setMaxLength(PLAN_TEXT_MAX)
        self.contact_edit.setPlaceholderText(text(s.CRISIS_LINE_CONTACT_HINT))
        self.contact_edit.setAccessibleName(self.tr("How to reach it"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&How to reach it"), self.contact_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Keep") if line else self.tr("Add"))
        ok.setEnabled(bool(self.name_edit.text().strip()))
        self.name_edit.textChanged.connect(lambda typed: ok.setEnabled(bool(typed.strip())))
        self.limit_note = QLabel(text(s.FIELD_AT_LIMIT).replace("%1", str(PLAN_TEXT_MAX)))
        self.limit_note.setWordWrap(True)
        self.limit_note.hide()
        for edit in (self.name_edit, self.contact_edit):
            edit.textChanged.connect(self._note_limit)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.limit_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def _note_limit(self) -> None:
        full = (self.name_edit, self.contact_edit)
        self.limit_note.setVisible(any(len(edit.text()) >= PLAN_TEXT_MAX for edit in full))

    def line(self) -> CrisisLine | None:
        name = self.name_edit.text().strip()
        if not name:
            return None
        return CrisisLine(name, self.contact_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, line: CrisisLine | None) -> CrisisLine | None:
        """The line as entered, or None when cancelled (tests replace this)."""
        dialog = cls(line, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.line()

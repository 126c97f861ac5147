"""The Safety plan panel: the six steps and what matters most, edited beside the map.

A dock tabbed with Findings and Charts rather than a dialog, because the plan is made in
session, by a therapist and a client looking at it together: it stays beside the map, so a
change there (someone marked unsafe, a new safe friend) shows in steps 3–5 at once; it can be
floated and enlarged on a shared screen; and it blocks nothing else in the window, as a modal
dialog would. It shows nothing private (no notes, no other maps, only people the plan itself
names), so presentation mode leaves it as it is and it has no ``set_presenting``.

What is shown comes from `supportmap.core.safety_plan.shown_plan`, the same reading the printed
plan uses, so nobody marked unsafe or draining can appear in it. Each gesture is one command
through the document (see `supportmap.gui.panels.safety_plan_lists`); the panel follows the
document's ``edited`` batches and ``reset``, and is read-only while a past moment is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.batch import MapEdited
from supportmap.core.i18n import _
from supportmap.core.model import PLAN_TEXT_MAX, PlanList
from supportmap.core.safety_plan import (
    NO_CRISIS_LINES,
    STEP_TITLES,
    WHAT_MATTERS_TITLE,
    ShownPlan,
    shown_plan,
)
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.crisis import show_crisis_notice
from supportmap.gui.panels.safety_plan_lists import PlanListEditor, TextListEditor
from supportmap.gui.panels.safety_plan_people import (
    STEP_OF,
    CrisisLinesEditor,
    PeopleListEditor,
)
from supportmap.gui.texts import insight as strings_insight
from supportmap.gui.texts import safety_plan as s
from supportmap.gui.texts import strings, text

TEXT_LISTS = (
    PlanList.WARNING_SIGNS,
    PlanList.COPING,
    PlanList.DISTRACTION_PLACES,
    PlanList.SAFER_SURROUNDINGS,
)
PEOPLE_LISTS = (PlanList.DISTRACTION_PEOPLE, PlanList.PEOPLE_TO_ASK, PlanList.PROFESSIONALS)


class SafetyPlanDock(QDockWidget):
    """Dock with the open map's safety plan; a short hint while no map is open."""

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(text(s.DOCK_TITLE), parent)
        self.setObjectName("SafetyPlanDock")
        self._document = document
        self._stale = True
        self._shown: ShownPlan | None = None

        self.texts: dict[PlanList, TextListEditor] = {}
        self.people: dict[PlanList, PeopleListEditor] = {}
        page = QWidget()
        page.setObjectName("safetyPlanPage")
        self._layout = layout = QVBoxLayout(page)
        layout.setSpacing(6)
        layout.addWidget(self._crisis_notice())
        self.intro = self._paragraph(text(s.INTRO))
        self.past = self._paragraph(text(s.PAST_MOMENT))
        self.past.setStyleSheet("color: palette(highlight);")
        self.past.hide()

        self._step(1, PlanList.WARNING_SIGNS)
        self.texts[PlanList.WARNING_SIGNS] = self._text_list(PlanList.WARNING_SIGNS, 1)
        self._step(2, PlanList.COPING)
        self.texts[PlanList.COPING] = self._text_list(PlanList.COPING, 2)
        self._step(3, PlanList.DISTRACTION_PEOPLE)
        self._subheading(text(s.PEOPLE_HEADING))
        self.people[PlanList.DISTRACTION_PEOPLE] = self._people_list(
            PlanList.DISTRACTION_PEOPLE, text(s.PEOPLE_HEADING)
        )
        self._subheading(text(s.PLACES_HEADING))
        self.texts[PlanList.DISTRACTION_PLACES] = self._text_list(
            PlanList.DISTRACTION_PLACES, 3, text(s.PLACES_HEADING)
        )
        self._step(4, PlanList.PEOPLE_TO_ASK)
        self.people[PlanList.PEOPLE_TO_ASK] = self._people_list(PlanList.PEOPLE_TO_ASK)
        self._step(5, PlanList.PROFESSIONALS)
        self.people[PlanList.PROFESSIONALS] = self._people_list(PlanList.PROFESSIONALS)
        self._subheading(text(s.CRISIS_LINES_HEADING))
        lines_name = self._list_name(5, text(s.CRISIS_LINES_HEADING))
        self.crisis_lines = CrisisLinesEditor(document, lines_name)
        layout.addWidget(self.crisis_lines)
        self._step(6, PlanList.SAFER_SURROUNDINGS)
        self.texts[PlanList.SAFER_SURROUNDINGS] = self._text_list(PlanList.SAFER_SURROUNDINGS, 6)

        self._heading(_(WHAT_MATTERS_TITLE))
        self._paragraph(text(s.WHAT_MATTERS_HINT))
        self.what_matters = QPlainTextEdit()
        self.what_matters.setAccessibleName(_(WHAT_MATTERS_TITLE))
        self.what_matters.setTabChangesFocus(True)
        self.what_matters.setFixedHeight(self.what_matters.fontMetrics().lineSpacing() * 5 + 12)
        self.what_matters.textChanged.connect(self._what_matters_typed)
        self.what_matters.installEventFilter(self)
        layout.addWidget(self.what_matters)
        self.what_matters_count = QLabel()
        layout.addWidget(self.what_matters_count, 0, Qt.AlignmentFlag.AlignRight)
        self.what_matters_message = self._paragraph("")
        self.what_matters_message.setStyleSheet("color: palette(highlight);")
        self.what_matters_message.hide()
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard goes to the steps inside
        self.scroll_area = scroll
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(scroll)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.addWidget(self.stack, 1)
        self.setWidget(body)

        document.edited.connect(self._on_edited)
        document.reset.connect(self._on_reset)
        document.stored.connect(self._show_plan)
        self.visibilityChanged.connect(self._on_visibility)
        self._show_plan()

    def add_document_actions(self, actions: list[QAction]) -> None:
        """A row of buttons under the plan for the window's actions that put it on paper."""
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 4)
        row.addStretch(1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self._body.addLayout(row)

    # --- building ---------------------------------------------------------------------

    def _crisis_notice(self) -> QFrame:
        """The notice of VOICE.md rule 8, first in the panel, with the way to more help."""
        frame = QFrame()
        frame.setObjectName("crisisNotice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 6, 8, 6)
        notice = QLabel(text(strings.NOT_EMERGENCY))
        notice.setWordWrap(True)
        box.addWidget(notice)
        button = QPushButton(strings_insight.crisis_action_text())
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: show_crisis_notice(self))
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.crisis_button = button
        return frame

    def _paragraph(self, words: str) -> QLabel:
        label = QLabel(words)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(label)
        return label

    def _heading(self, words: str) -> QLabel:
        label = QLabel(words)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        self._layout.addSpacing(8)
        self._layout.addWidget(label)
        return label

    def _subheading(self, words: str) -> None:
        label = QLabel(words)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._layout.addWidget(label)

    def _step(self, number: int, first: PlanList) -> None:
        title = _(STEP_TITLES[number - 1])
        self._heading(self.tr("%1. %2").replace("%1", str(number)).replace("%2", title))
        self._paragraph(text(s.STEP_HINTS[first]))

    def _list_name(self, number: int, part: str = "") -> str:
        """What a screen reader calls a list: its step, and which part of it ("Places")."""
        named = part or _(STEP_TITLES[number - 1])
        return self.tr("Step %1: %2").replace("%1", str(number)).replace("%2", named)

    def _text_list(self, which: PlanList, number: int, part: str = "") -> TextListEditor:
        editor = TextListEditor(self._document, which, self._list_name(number, part))
        self._layout.addWidget(editor)
        return editor

    def _people_list(self, which: PlanList, part: str = "") -> PeopleListEditor:
        name = self._list_name(STEP_OF[which], part)
        editor = PeopleListEditor(self._document, which, name)
        self._layout.addWidget(editor)
        return editor

    def editors(self) -> tuple[PlanListEditor, ...]:
        """Every list editor, in the order of the plan."""
        return (
            self.texts[PlanList.WARNING_SIGNS],
            self.texts[PlanList.COPING],
            self.people[PlanList.DISTRACTION_PEOPLE],
            self.texts[PlanList.DISTRACTION_PLACES],
            self.people[PlanList.PEOPLE_TO_ASK],
            self.people[PlanList.PROFESSIONALS],
            self.crisis_lines,
            self.texts[PlanList.SAFER_SURROUNDINGS],
        )

    # --- showing ----------------------------------------------------------------------

    def focus_plan(self) -> None:
        """Show the panel and put the keyboard on the first step."""
        self.show()
        self.raise_()
        self._show_plan()
        first = self.texts[PlanList.WARNING_SIGNS]
        target = first.view if first.view.isVisibleTo(self) else first.add_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self._show_plan()

    def _on_edited(self, batch: MapEdited) -> None:
        """What the plan shows follows the people it may name as well as the plan itself
        (the lists are filled again only when what they show differs: not for a drag)."""
        if (
            batch.safety_plan_changed
            or batch.changed_people
            or batch.removed_ids
            or batch.added_people
        ):
            self._show_plan()

    def _on_reset(self) -> None:
        self._shown = None
        self.what_matters.document().setModified(False)
        for editor in self.editors():
            editor.forget_message()
        self.what_matters_message.hide()
        self._show_plan()

    def _show_plan(self) -> None:
        """Show the open map's plan now, or at the next time the panel is seen."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        support_map = self._document.support_map
        if support_map is None:
            no_library = not self._document.has_library
            self.hint.setText(text(strings.OPENING_LIBRARY if no_library else strings.NO_MAP_OPEN))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        plan = shown_plan(support_map)
        if plan == self._shown:
            return
        self._shown = plan
        read_only = self._document.read_only
        self.past.setVisible(read_only)
        for which, editor in self.texts.items():
            editor.set_read_only(read_only)
            editor.show_items(getattr(plan, which.value))
        for which, people in self.people.items():
            people.set_read_only(read_only)
            people.show_people(plan.people(which), which in plan.chosen)
        self.crisis_lines.set_read_only(read_only)
        self.crisis_lines.show_lines(plan.crisis_lines, _(NO_CRISIS_LINES))
        self.what_matters.setReadOnly(read_only)
        editing = self.what_matters.hasFocus() and self.what_matters.document().isModified()
        if not editing:
            with QSignalBlocker(self.what_matters):
                self.what_matters.setPlainText(plan.what_matters)
            self.what_matters.document().setModified(False)
        self._count_what_matters()

    # --- what matters most ----------------------------------------------------------------

    def _count_what_matters(self) -> None:
        typed = len(self.what_matters.toPlainText())
        self.what_matters_count.setText(f"{typed} / {PLAN_TEXT_MAX}")

    def _what_matters_typed(self) -> None:
        typed = self.what_matters.toPlainText()
        if len(typed) > PLAN_TEXT_MAX:
            cursor = self.what_matters.textCursor()
            with QSignalBlocker(self.what_matters):
                self.what_matters.setPlainText(typed[:PLAN_TEXT_MAX])
            cursor.setPosition(min(cursor.position(), PLAN_TEXT_MAX))
            self.what_matters.setTextCursor(cursor)
            self.what_matters.document().setModified(True)
            limit = text(s.WHAT_MATTERS_AT_LIMIT).replace("%1", str(PLAN_TEXT_MAX))
            self.what_matters_message.setText(limit)
            self.what_matters_message.show()
        self._count_what_matters()

    def _commit_what_matters(self) -> None:
        page = self.what_matters.document()
        if not page.isModified() or self._document.read_only:
            return
        page.setModified(False)
        if self._document.support_map is not None:
            self._document.set_what_matters(self.what_matters.toPlainText().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.what_matters and event.type() == QEvent.Type.FocusOut:
            self._commit_what_matters()
        return super().eventFilter(watched, event)

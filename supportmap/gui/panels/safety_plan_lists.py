"""The list editors of the Safety plan panel, and those of the person's own lines.

(Steps 3–5's people and crisis lines build on `PlanListEditor` in
`supportmap.gui.panels.safety_plan_people`.)

Each editor shows one list of the plan and turns a gesture into one command through the
document: Enter or F2 edits (texts in place, crisis lines in a small dialog), Del removes,
Alt+Up/Down or Ctrl+Up/Down move, and a row of buttons under the list does the same by mouse.
An editor never changes what it shows by itself: it pushes, and shows the plan again when the
dock hands it the new items after the document announced the edit. What the edits refuse (a
full list, someone who may not be in a step) is said calmly under the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import (
    PLAN_LIST_MAX,
    PLAN_TEXT_MAX,
    PlanList,
    ValidationError,
)
from supportmap.gui.document import MapDocument
from supportmap.gui.texts import safety_plan as s
from supportmap.gui.texts import text

_TEXT_MARGIN = 6
_MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


class PlanListView(QListWidget):
    """A list as tall as its lines, that reports the keyboard's edit, remove and move keys."""

    edit_requested = QtSignal(int)
    remove_requested = QtSignal(int)
    move_requested = QtSignal(int, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.setItemDelegate(WrappingDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        row = self.currentRow()
        key = event.key()
        if self.state() == QAbstractItemView.State.EditingState or row < 0:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit(row)
        elif key == Qt.Key.Key_Delete:
            self.remove_requested.emit(row)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and any(
            event.modifiers() & modifier for modifier in _MOVE_MODIFIERS
        ):
            to = row - 1 if key == Qt.Key.Key_Up else row + 1
            if 0 <= to < self.count():
                self.move_requested.emit(row, to)
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> Any:  # Qt override
        hint = super().sizeHint()
        rows = sum(max(self.sizeHintForRow(row), 0) for row in range(self.count()))
        hint.setHeight(rows + 2 * self.frameWidth() + 4)
        return hint

    def minimumSizeHint(self) -> Any:  # Qt override
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        return hint

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self.updateGeometry()  # wrapped lines grow taller as the panel narrows


class WrappingDelegate(QStyledItemDelegate):
    """Draws a line wrapped to the width of the list and makes its row tall enough for it."""

    def __init__(self, view: PlanListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # Qt override
        hint = super().sizeHint(option, index)
        width = self._view.viewport().width() - 2 * _TEXT_MARGIN
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        if width <= 0 or not isinstance(shown, str):
            return hint
        bounds = QRect(0, 0, width, 1_000_000)
        needed = option.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, shown)
        return QSize(width, max(hint.height(), needed.height() + _TEXT_MARGIN))


class PlanListEditor(QWidget):
    """One list of the plan with its buttons, its blank-state line and its calm message."""

    def __init__(
        self, document: MapDocument, which: PlanList, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.which = which
        self._read_only = False
        self._select_after: int | None = None
        self.view = PlanListView(name, self)
        self.view.edit_requested.connect(self.edit_item)
        self.view.remove_requested.connect(self.remove_item)
        self.view.move_requested.connect(self.move_item)
        self.view.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.blank = QLabel(self)
        self.blank.setWordWrap(True)
        self.blank.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: palette(highlight);")
        self.message.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(4)
        self.add_button = self._button(
            QCoreApplication.translate("PlanListEditor", "Add…"), self.add_item
        )
        self.add_button.setAccessibleName(
            QCoreApplication.translate("PlanListEditor", "Add to %1").replace("%1", name)
        )
        self._row_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addWidget(self.blank)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)

    # --- building ---------------------------------------------------------------------

    def _button(self, label: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(label, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def _add_row_buttons(self, *, editable: bool) -> None:
        """Edit (when lines can be edited), Remove, Up and Down, acting on the current line."""
        if editable:
            self._row_buttons.append(
                self._button(
                    QCoreApplication.translate("PlanListEditor", "Edit"),
                    lambda: self.edit_item(self.view.currentRow()),
                    QCoreApplication.translate(
                        "PlanListEditor", "Edit the chosen line (Enter or F2)"
                    ),
                )
            )
        self.remove_button = self._button(
            QCoreApplication.translate("PlanListEditor", "Remove"),
            lambda: self.remove_item(self.view.currentRow()),
            QCoreApplication.translate("PlanListEditor", "Take the chosen line out (Del)"),
        )
        up_tip = QCoreApplication.translate("PlanListEditor", "Move the chosen line up (Alt+Up)")
        # Arrows as text rather than icons: a style's arrow icons look the same when disabled.
        self.up_button = self._button("↑", lambda: self._move_current(-1), up_tip)
        self.up_button.setAccessibleName(QCoreApplication.translate("PlanListEditor", "Move up"))
        down_tip = QCoreApplication.translate(
            "PlanListEditor", "Move the chosen line down (Alt+Down)"
        )
        self.down_button = self._button("↓", lambda: self._move_current(1), down_tip)
        self.down_button.setAccessibleName(
            QCoreApplication.translate("PlanListEditor", "Move down")
        )
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(arrow.fontMetrics().height() * 2 + 8)
        self._row_buttons += [self.remove_button, self.up_button, self.down_button]
        self.buttons.addStretch(1)

    # --- showing ----------------------------------------------------------------------

    def _fill(self, lines: Sequence[tuple[str, str]], blank: str, *, editable: bool) -> None:
        """Show ``lines`` (text, tooltip), keeping the current line where the last gesture
        left it."""
        previous = self.view.currentRow()
        wanted = previous if self._select_after is None else self._select_after
        self._select_after = None
        self.view.clear()
        for shown, tip in lines:
            item = QListWidgetItem(shown)
            item.setToolTip(tip or shown)
            if editable and not self._read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.view.addItem(item)
        if lines and wanted >= 0:
            self.view.setCurrentRow(min(wanted, len(lines) - 1))
        self.view.setVisible(bool(lines))
        self.blank.setText(blank)
        self.blank.setVisible(not lines)
        self.view.updateGeometry()
        self._update_buttons()

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self._update_buttons()

    def forget_message(self) -> None:
        self.message.hide()

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _update_buttons(self) -> None:
        row = self.view.currentRow()
        self.add_button.setEnabled(not self._read_only)
        for button in self._row_buttons:
            button.setEnabled(not self._read_only and row >= 0)
            button.setVisible(self.view.count() > 0)
        if self._row_buttons:
            self.up_button.setEnabled(not self._read_only and row > 0)
            last = self.view.count() - 1
            self.down_button.setEnabled(not self._read_only and 0 <= row < last)

    # --- gestures ---------------------------------------------------------------------

    def _push(self, gesture: Callable[..., None], *args: Any) -> bool:
        """Run one document convenience; what the edits refuse is said under the list."""
        self.message.hide()
        try:
            gesture(*args)
        except ValidationError as error:
            self.show_message(text(s.NOT_CHANGED).replace("%1", _sentence(error.problem)))
            return False
        return True

    def _full(self) -> bool:
        if self.view.count() < PLAN_LIST_MAX:
            return False
        self.show_message(text(s.LIST_FULL).replace("%1", str(PLAN_LIST_MAX)))
        return True

    def _move_current(self, step: int) -> None:
        row = self.view.currentRow()
        if 0 <= row + step < self.view.count():
            self.move_item(row, row + step)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_item(self) -> None:
        raise NotImplementedError

    def edit_item(self, row: int) -> None:
        del row  # people are added and removed, not edited

    def remove_item(self, row: int) -> None:
        raise NotImplementedError

    def move_item(self, row: int, to: int) -> None:
        raise NotImplementedError

    def _can_change(self, row: int) -> bool:
        return not self._read_only and 0 <= row < self.view.count()


class TextListEditor(PlanListEditor):
    """A list of the person's own lines (warning signs, places…), edited in place."""

    def __init__(
        self, document: MapDocument, which: PlanList, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, which, name, parent)
        self._items: tuple[str, ...] = ()
        self._undo = s.UNDO_TEXTS[which]
        self.view.setItemDelegate(_LineDelegate(self))
        self._add_row_buttons(editable=True)

    def show_items(self, items: Sequence[str]) -> None:
        self._items = tuple(items)
        if self.view.state() == QAbstractItemView.State.EditingState:
            return  # a line is being typed here; the list is shown again when it is done
        self._fill([(item, "") for item in items], text(s.EMPTY_TEXTS), editable=True)

    def add_item(self) -> None:
        if self._read_only or self._full():
            return
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.view.addItem(item)
        self.view.show()
        self.blank.hide()
        self.view.updateGeometry()
        self.view.setCurrentItem(item)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.editItem(item)

    def edit_item(self, row: int) -> None:
        if self._can_change(row):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.editItem(self.view.item(row))

    def remove_item(self, row: int) -> None:
        if self._can_change(row):
            self._select_after = min(row, self.view.count() - 2)
            self._push(self._document.remove_plan_item, self.which, row, text(self._undo[2]))

    def move_item(self, row: int, to: int) -> None:
        if self._can_change(row):
            self._select_after = to
            self._push(self._document.move_plan_item, self.which, row, to, text(self._undo[3]))

    def finish_edit(self, row: int, typed: str) -> None:
        """The in-place editor closed with ``typed`` in line ``row`` (past the end: a new line).

        The command runs once the editor is gone, so the list can be shown afresh safely.
        """
        QTimer.singleShot(0, lambda: self._commit(row, typed.strip()))

    def edit_closed(self) -> None:
        """Show the list as it is again: a new line left empty or cancelled goes away."""
        QTimer.singleShot(0, lambda: self.show_items(self._items))

    def _commit(self, row: int, typed: str) -> None:
        if self._read_only or not typed:
            return
        if row >= len(self._items):
            self._select_after = len(self._items)
            self._push(self._document.add_plan_item, self.which, typed, text(self._undo[0]))
        elif typed != self._items[row]:
            self._select_after = row
            self._push(
                self._document.replace_plan_item, self.which, row, typed, text(self._undo[1])
            )
        if len(typed) >= PLAN_TEXT_MAX:
            self.line_at_limit(True)  # still said once saved: the end of the line is not kept

    def line_at_limit(self, at_limit: bool) -> None:
        if at_limit:
            self.show_message(text(s.LINE_AT_LIMIT).replace("%1", str(PLAN_TEXT_MAX)))
        else:
            self.message.hide()


class _LineDelegate(WrappingDelegate):
    """Edits a line in place; what is typed goes to the editor's list, never into the list
    widget itself."""

    def __init__(self, owner: TextListEditor) -> None:
        super().__init__(owner.view)
        self._owner = owner
        self.closeEditor.connect(lambda _editor, _hint: owner.edit_closed())

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:  # Qt override
        editor = QLineEdit(parent)
        editor.setMaxLength(PLAN_TEXT_MAX)
        editor.setAccessibleName(self._owner.view.accessibleName())
        editor.textChanged.connect(
            lambda typed: self._owner.line_at_limit(len(typed) >= PLAN_TEXT_MAX)
        )
        return editor

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # Qt override
        if isinstance(editor, QLineEdit):
            self._owner.finish_edit(index.row(), editor.text())


def _sentence(problem: str) -> str:
    """A refusal from the edits as a sentence, ending in a full stop (a name that begins it
    keeps its own spelling)."""
    problem = problem.strip()
    return problem if problem.endswith((".", "!", "?")) else problem + "."

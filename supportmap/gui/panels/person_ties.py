"""The connections part of the Person panel: whom this person knows, how well, and any conflict.

Ties are edited here with the keyboard as well as on the canvas: pick a connection in the list,
then change how well they know each other, mark a conflict, or remove it.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import Tie
from supportmap.core.vocabulary import STRENGTH_LABELS, strength_label
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.people_actions import PeopleActions
from supportmap.gui.texts import strings
from supportmap.gui.texts.strings import text

_OTHER_ROLE = Qt.ItemDataRole.UserRole


PRESSED_LOOK = (
    "QPushButton:checked { background-color: palette(highlight);"
    " color: palette(highlighted-text); border: 1px solid palette(highlight);"
    " border-radius: 3px; padding: 3px 12px; }"
)
"""A checked toggle in the selection colours, in every style and scheme."""


class PersonTiesWidget(QWidget):
    """List of one person's ties with controls for strength, conflict and removal."""

    def __init__(
        self, document: MapDocument, actions: PeopleActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._person_id: str | None = None
        self._read_only = False

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Knows"), self.tr("How well"), self.tr("Conflict")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Connections of this person"))
        self.tree.setMaximumHeight(130)
        self.tree.currentItemChanged.connect(lambda *_: self._update_controls())

        self.strength_combo = QComboBox()
        for strength in STRENGTH_LABELS:
            self.strength_combo.addItem(strength_label(strength), strength)
        self.strength_combo.setAccessibleName(self.tr("How well they know each other"))
        self.strength_combo.activated.connect(self._set_strength)
        self.conflict_button = QPushButton(self.tr("Conflict"))
        self.conflict_button.setCheckable(True)
        # Some styles (Fusion in a dark scheme) draw a checked button like an unchecked one.
        self.conflict_button.setStyleSheet(PRESSED_LOOK)
        self.conflict_button.setAccessibleName(text(strings.TIE_CONFLICT_NAME))
        self.conflict_button.clicked.connect(self._set_conflict)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(text(strings.TIE_REMOVE_NAME))
        self.remove_button.clicked.connect(self._remove)
        self.connect_button = QPushButton(self.tr("Connect…"))
        self.connect_button.setAccessibleName(text(strings.TIE_CONNECT_NAME))
        self.connect_button.clicked.connect(lambda: actions.connect_current(self._person_id))

        self.strength_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.strength_combo.setMinimumContentsLength(8)
        controls = QHBoxLayout()
        controls.addWidget(self.conflict_button)
        controls.addWidget(self.remove_button)
        controls.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.strength_combo)
        layout.addLayout(controls)

    def set_read_only(self, read_only: bool) -> None:
        """Keep the list readable but offer no change to it (a past moment is shown)."""
        self._read_only = read_only
        self._update_controls()

    def show_person(self, person_id: str | None) -> None:
        """List the ties of ``person_id`` (None: nobody), keeping the chosen tie if it remains.

        The controls are updated once, after the list is rebuilt: disabling them for a moment
        would throw the keyboard focus out of the control someone is using.
        """
        with QSignalBlocker(self.tree):
            self._fill(person_id)
        self._update_controls()

    def _fill(self, person_id: str | None) -> None:
        """Rebuild the list; the current tie stays, or the one now in its row if it went."""
        support_map = self._document.support_map
        previous = self._selected_other()
        same_person = person_id == self._person_id
        previous_row = max(self.tree.currentIndex().row(), 0) if same_person else 0
        self._person_id = person_id
        self.tree.clear()
        if person_id is None or support_map is None or person_id not in support_map.people:
            return
        for tie in support_map.ties_of(person_id):
            other = support_map.person(tie.other(person_id))
            item = QTreeWidgetItem(
                [
                    other.name,
                    strength_label(tie.strength),
                    self.tr("Yes") if tie.conflict else "",
                ]
            )
            item.setData(0, _OTHER_ROLE, other.id)
            self.tree.addTopLevelItem(item)
            if other.id == previous:
                self.tree.setCurrentItem(item)
        fallback = self.tree.topLevelItem(min(previous_row, self.tree.topLevelItemCount() - 1))
        if self.tree.currentItem() is None and fallback is not None:
            self.tree.setCurrentItem(fallback)
        name = support_map.person(person_id).name
        self.empty_label.setText(text(strings.TIES_EMPTY).replace("%1", name))

    def _selected_other(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, _OTHER_ROLE))

    def _selected_tie(self) -> Tie | None:
        other = self._selected_other()
        support_map = self._document.support_map
        if other is None or self._person_id is None or support_map is None:
            return None
        return support_map.tie(self._person_id, other)

    def _update_controls(self) -> None:
        has_ties = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_ties)
        self.empty_label.setVisible(not has_ties and self._person_id is not None)
        tie = self._selected_tie()
        for widget in (self.strength_combo, self.conflict_button, self.remove_button):
            widget.setEnabled(tie is not None and not self._read_only)
        self.connect_button.setEnabled(self._person_id is not None and not self._read_only)
        # Pressed only for a tie in conflict: with no tie chosen, a button left pressed from
        # the last person would say something about this one that is not so.
        self.conflict_button.setChecked(tie is not None and tie.conflict)
        if tie is not None:
            self.strength_combo.setCurrentIndex(self.strength_combo.findData(tie.strength))

    def _set_strength(self, index: int) -> None:
        tie = self._selected_tie()
        if tie is not None and not self._read_only:
            strength = int(self.strength_combo.itemData(index))
            self._document.update_tie(tie.a, tie.b, strength=strength)

    def _set_conflict(self, checked: bool) -> None:
        tie = self._selected_tie()
        if tie is not None and not self._read_only:
            self._document.update_tie(tie.a, tie.b, conflict=checked)

    def _remove(self) -> None:
        """Remove the chosen tie; the keyboard lands on the list, showing which tie is next.

        Staying on Remove would make a second press remove a tie the person has not looked at.
        """
        tie = self._selected_tie()
        if tie is None or self._read_only:
            return
        self._document.remove_tie(tie.a, tie.b)
        if self.tree.topLevelItemCount():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.connect_button.setFocus(Qt.FocusReason.OtherFocusReason)

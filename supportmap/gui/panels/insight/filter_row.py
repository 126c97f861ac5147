"""A filter row: "Show who gives [help type] [safety]" highlighting the matching people.

Who *gives* a help type here means someone I receive it from (``receive(T) ≥ 1``), in any
circle, so a person can see at a glance where, say, practical help comes from and how safe
those people feel.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, HelpType, Safety
from supportmap.gui.texts import insight as s


def matching_people(
    support_map: SupportMap, help_type: HelpType | None, safety: Safety | None
) -> tuple[str, ...]:
    """Ids of everyone who gives ``help_type`` (any help when None) with ``safety``, map order."""
    found = []
    for person in support_map.people.values():
        if help_type is not None and person.support.receive(help_type) < 1:
            continue
        if help_type is None and safety is None:
            continue
        if safety is not None and person.safety is not safety:
            continue
        found.append(person.id)
    return tuple(found)


class FilterRow(QWidget):
    """Two combo boxes; ``changed`` carries (help type or None, safety or None)."""

    changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        label = QLabel(s.filter_heading(), self)
        layout.addWidget(label)
        self.help_combo = QComboBox(self)
        self.help_combo.setObjectName("filterHelpType")
        self.help_combo.addItem(s.any_help(), None)
        for help_type in HELP_TYPES:
            self.help_combo.addItem(help_type.label, help_type)
        self.help_combo.setAccessibleName(s.filter_heading())
        label.setBuddy(self.help_combo)
        self.safety_combo = QComboBox(self)
        self.safety_combo.setObjectName("filterSafety")
        self.safety_combo.addItem(s.any_safety(), None)
        for safety in Safety:
            self.safety_combo.addItem(safety.label, safety)
        self.safety_combo.setAccessibleName(s.any_safety())
        layout.addWidget(self.help_combo, 1)
        layout.addWidget(self.safety_combo, 1)
        self.count = QLabel("", self)
        self.count.setObjectName("filterCount")
        layout.addWidget(self.count)
        self.help_combo.currentIndexChanged.connect(self._emit)
        self.safety_combo.currentIndexChanged.connect(self._emit)

    def help_type(self) -> HelpType | None:
        value = self.help_combo.currentData()
        return HelpType(value) if value is not None else None

    def safety(self) -> Safety | None:
        value = self.safety_combo.currentData()
        return Safety(value) if value is not None else None

    def is_active(self) -> bool:
        return self.help_type() is not None or self.safety() is not None

    def reset(self) -> None:
        """Back to "any", without emitting (the caller decides what the view shows)."""
        for combo in (self.help_combo, self.safety_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.count.clear()

    def show_count(self, count: int | None) -> None:
        if count is None:
            self.count.clear()
        elif count == 0:
            self.count.setText(self.tr("Nobody on the map matches"))
        else:
            self.count.setText(self.tr("%n people", "", count))

    def _emit(self) -> None:
        self.changed.emit(self.help_type(), self.safety())

"""The "What changed" panel: the change between two moments, in words, while they are compared.

It comes forward (beside Findings and Charts) when the document starts a comparison and goes
when it ends. The summary sentences come first; under them the details, grouped: who is new,
who is gone, who moved closer or further out, changes of safety, help, connections, the safe
people per kind of help, and the findings that went or came. Choosing a line about someone on
the map selects them there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.change import Comparison
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, level_label, strength_label
from supportmap.gui.canvas.moment_banner import nothing_changed
from supportmap.gui.document import Compared, MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import past
from supportmap.gui.texts.past import text

PEOPLE_ROLE = Qt.ItemDataRole.UserRole
"""The ids of the people a line is about (on the later map), as a tuple."""

Line = tuple[str, tuple[str, ...]]
"""The words of one line and the people it is about."""


class ChangesDock(QDockWidget):
    """The change list of the document's comparison; hidden while there is none."""

    def __init__(
        self, document: MapDocument, selection: SelectionState, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("What changed"), parent)
        self.setObjectName("ChangesDock")
        self._document = document
        self._selection = selection
        self.summary = QLabel()
        self.summary.setObjectName("changeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMargin(8)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changeList")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("What changed"))
        self.tree.setAccessibleDescription(text(past.CHANGES_LIST_DESCRIPTION))
        self.tree.currentItemChanged.connect(self._select_people)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        document.moment_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the comparison on screen and come forward, or step away when there is none."""
        compared = self._document.compared
        self.tree.clear()
        if compared is None:
            self.summary.clear()
            self.hide()
            return
        result = compared.result
        if nothing_changed(result):
            self.summary.setText(text(past.CHANGES_NOTHING))
        elif result.summary:
            self.summary.setText("\n\n".join(result.summary))
        else:
            self.summary.setText(text(past.CHANGES_SMALL_ONLY))
        for title, lines in self._groups(compared):
            if lines:
                self._add_group(title, lines)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self.show()
        self.raise_()

    def lines(self) -> list[str]:
        """Every line of the details, group titles included, as shown (top to bottom)."""
        shown: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            shown.append(group.text(0))
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                shown.append(child.text(0))
        return shown

    # --- building ---------------------------------------------------------------------------

    def _add_group(self, title: str, lines: list[Line]) -> None:
        group = QTreeWidgetItem([title])
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for words, people in lines:
            line = QTreeWidgetItem([words])
            line.setToolTip(0, words)
            line.setData(0, PEOPLE_ROLE, people)
            group.addChild(line)
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)

    def _groups(self, compared: Compared) -> list[tuple[str, list[Line]]]:
        result = compared.result
        before, after = compared.before, compared.after
        added: list[Line] = [(after.people[i].name, (i,)) for i in result.people_added]
        gone: list[Line] = [(before.people[i].name, ()) for i in result.people_removed]
        resolved: list[Line] = [(f.title, ()) for f in result.findings_resolved]
        appeared: list[Line] = [(f.title, ()) for f in result.findings_new]
        return [
            (self.tr("New on the map"), added),
            (self.tr("No longer on the map"), gone),
            (self.tr("Moved closer"), self._circles(result, after, closer=True)),
            (self.tr("Moved further out"), self._circles(result, after, closer=False)),
            (self.tr("How safe it feels"), self._safety(result, after)),
            (self.tr("Help between you"), self._support(result, after)),
            (self.tr("Names and life areas"), self._names_and_areas(result, after)),
            (self.tr("Connections"), self._ties(result, before, after)),
            (self.tr("Safe people for each kind of help"), self._coverage(result)),
            (self.tr("Findings that no longer apply"), resolved),
            (self.tr("New findings"), appeared),
        ]

    def _circles(self, result: Comparison, after: SupportMap, closer: bool) -> list[Line]:
        line = self.tr("%1: circle %2 → %3")
        return [
            (
                line.replace("%1", after.people[c.id].name)
                .replace("%2", str(int(c.before)))
                .replace("%3", str(int(c.after))),
                (c.id,),
            )
            for c in result.circle_changed
            if c.closer == closer
        ]

    def _safety(self, result: Comparison, after: SupportMap) -> list[Line]:
        line = self.tr("%1: “%2” → “%3”")
        return [
            (
                line.replace("%1", after.people[c.id].name)
                .replace("%2", c.before.label)
                .replace("%3", c.after.label),
                (c.id,),
            )
            for c in result.safety_changed
        ]

    def _support(self, result: Comparison, after: SupportMap) -> list[Line]:
        lines: list[Line] = []
        for c in result.support_changed:
            parts = []
            if c.receive[0] != c.receive[1]:
                parts.append(
                    self.tr("you receive %1 → %2")
                    .replace("%1", level_label(c.receive[0]))
                    .replace("%2", level_label(c.receive[1]))
                )
            if c.give[0] != c.give[1]:
                parts.append(
                    self.tr("you give %1 → %2")
                    .replace("%1", level_label(c.give[0]))
                    .replace("%2", level_label(c.give[1]))
                )
            words = (
                self.tr("%1, %2: %3")
                .replace("%1", after.people[c.id].name)
                .replace("%2", c.help_type.label)
                .replace("%3", "; ".join(parts))
            )
            lines.append((words, (c.id,)))
        return lines

    def _names_and_areas(self, result: Comparison, after: SupportMap) -> list[Line]:
        renamed = self.tr("%1, before “%2”")
        moved = self.tr("%1: %2 → %3")
        lines: list[Line] = [
            (renamed.replace("%1", c.after).replace("%2", c.before), (c.id,))
            for c in result.renamed
        ]
        lines += [
            (
                moved.replace("%1", after.people[c.id].name)
                .replace("%2", c.before.label)
                .replace("%3", c.after.label),
                (c.id,),
            )
            for c in result.sector_changed
        ]
        return lines

    def _ties(self, result: Comparison, before: SupportMap, after: SupportMap) -> list[Line]:
        def pair(a: str, b: str, side: SupportMap) -> str:
            return (
                self.tr("%1 and %2")
                .replace("%1", side.people[a].name)
                .replace("%2", side.people[b].name)
            )

        def here(*ids: str) -> tuple[str, ...]:
            return tuple(i for i in ids if i in after.people)

        lines: list[Line] = [
            (self.tr("%1: now connected").replace("%1", pair(a, b, after)), (a, b))
            for a, b in result.ties_added
        ]
        lines += [
            (self.tr("%1: no longer connected").replace("%1", pair(a, b, before)), here(a, b))
            for a, b in result.ties_removed
        ]
        for c in result.ties_changed:
            who = pair(c.a, c.b, after)
            if c.strength[0] != c.strength[1]:
                words = (
                    self.tr("%1: %2 → %3")
                    .replace("%1", who)
                    .replace("%2", strength_label(c.strength[0]))
                    .replace("%3", strength_label(c.strength[1]))
                )
                lines.append((words, (c.a, c.b)))
            if c.conflict[0] != c.conflict[1]:
                words = (
                    self.tr("%1: now marked as a conflict")
                    if c.conflict[1]
                    else self.tr("%1: no longer marked as a conflict")
                ).replace("%1", who)
                lines.append((words, (c.a, c.b)))
        return lines

    def _coverage(self, result: Comparison) -> list[Line]:
        if not any(before != after for before, after in result.coverage.values()):
            return []
        line = self.tr("%1: %2 → %3")
        return [
            (
                line.replace("%1", help_type.label)
                .replace("%2", str(result.coverage[help_type][0]))
                .replace("%3", str(result.coverage[help_type][1])),
                (),
            )
            for help_type in HELP_TYPES
        ]

    # --- reacting ---------------------------------------------------------------------------

    def _select_people(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        people = item.data(0, PEOPLE_ROLE)
        support_map = self._document.support_map
        if not people or support_map is None:
            return
        shown = tuple(i for i in people if i in support_map.people)
        if shown:
            self._selection.set(shown, shown[0])

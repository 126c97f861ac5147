"""`WhatIfController`: show the map as if one person were unavailable for a while.

Entering fades the person on the canvas, marks the people who would be cut off from the rest,
and publishes a `WhatIfState` (the core `WhatIf` plus the findings before and after) that the
banner and the findings list show. The mode follows edits (the state is recomputed after each
analysis) and ends with "Back to my map", ``Esc``, deleting the person or opening another map.
Nothing in the map changes: it is a way of looking, not an edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from supportmap.core.analysis import Analysis, Finding
from supportmap.core.supportmap import SupportMap
from supportmap.core.whatif import WhatIf, findings_without
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.live import LiveAnalysis
from supportmap.gui.panels.insight.view_protocol import HighlightView
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import insight as s


@dataclass(frozen=True)
class WhatIfState:
    """Everything the screen shows about one person's absence."""

    person_id: str
    name: str
    what_if: WhatIf
    findings_before: tuple[Finding, ...]
    findings_after: tuple[Finding, ...]

    def cut_off_names(self, names: dict[str, str]) -> list[str]:
        return [names[pid] for pid in self.what_if.cut_off if pid in names]


class WhatIfController(QObject):
    """Enters and leaves what-if mode; the single owner of the canvas's what-if marks.

    Signals:
        changed(object): the new `WhatIfState`, or None when the mode ends.
    """

    changed = Signal(object)

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        view: HighlightView,
        analysis: LiveAnalysis | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else document)
        self._document = document
        self._selection = selection
        self._view = view
        self._live = analysis if analysis is not None else LiveAnalysis(document, self)
        self._state: WhatIfState | None = None
        self._map: SupportMap | None = None
        self._actions: list[QAction] = []
        self._shortcuts: list[QShortcut] = []
        self._live.updated.connect(self._on_analysis)
        document.reset.connect(self.leave)
        selection.changed.connect(self._update_actions)
        if isinstance(view, QWidget):
            self.install_escape(view)

    @property
    def live(self) -> LiveAnalysis:
        return self._live

    def state(self) -> WhatIfState | None:
        return self._state

    def is_active(self) -> bool:
        return self._state is not None

    def can_enter(self, person_id: str | None) -> bool:
        """Whether ``person_id`` is someone relied on today (what-if covers circles 1–3)."""
        support_map = self._document.support_map
        if person_id is None or support_map is None or person_id not in support_map.people:
            return False
        return support_map.people[person_id].is_current

    @Slot(str)
    def enter(self, person_id: str) -> bool:
        """Show the map without ``person_id``; False (and no change) if that is not possible."""
        if self._live.is_pending():
            self._live.refresh_now()
        state = self._compute(person_id)
        if state is None:
            return False
        self._state = state
        self._map = self._document.support_map
        self._show(state)
        self.changed.emit(state)
        return True

    @Slot()
    def enter_current(self) -> bool:
        """Enter for the current selection (the action's slot)."""
        current = self._selection.current()
        return current is not None and self.enter(current)

    @Slot()
    def leave(self) -> None:
        """Back to the map as it is."""
        if self._state is None:
            return
        self._state = None
        self._map = None
        self._view.set_unavailable(None)
        self._view.clear_highlight()
        self._set_shortcuts_enabled(False)
        self.changed.emit(None)

    def restore_marks(self) -> None:
        """Redraw the what-if marks (after another panel used the highlight for a while)."""
        if self._state is None:
            self._view.clear_highlight()
        else:
            self._show(self._state)

    def action(self, parent: QObject) -> QAction:
        """A "What if they were not available?" action for menus, toolbars and context menus.

        It acts on the current selection and is enabled only for someone in circles 1–3.
        """
        action = QAction(s.whatif_action_text(), parent)
        action.setObjectName("whatIfAction")
        action.setStatusTip(s.whatif_action_tip())
        action.setToolTip(s.whatif_action_tip())
        action.triggered.connect(self.enter_current)
        self._actions.append(action)
        action.destroyed.connect(lambda *_: self._forget_action(action))
        self._update_actions()
        return action

    def install_escape(self, widget: QWidget) -> QShortcut:
        """Let ``Esc`` leave the mode while focus is anywhere in ``widget``'s window."""
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setEnabled(self._state is not None and not self._shortcuts)
        shortcut.activated.connect(self.leave)
        self._shortcuts.append(shortcut)
        return shortcut

    # --- internals -----------------------------------------------------------------------

    def _compute(self, person_id: str) -> WhatIfState | None:
        support_map = self._document.support_map
        analysis: Analysis | None = self._live.analysis()
        if not self.can_enter(person_id) or support_map is None or analysis is None:
            return None
        what_if = self._live.what_ifs().get(person_id)
        if what_if is None:
            return None
        return WhatIfState(
            person_id=person_id,
            name=support_map.people[person_id].name,
            what_if=what_if,
            findings_before=analysis.findings,
            findings_after=findings_without(support_map, person_id),
        )

    def _show(self, state: WhatIfState) -> None:
        self._view.set_unavailable(state.person_id)
        if state.what_if.cut_off:
            self._view.highlight(state.what_if.cut_off)
        else:
            self._view.clear_highlight()
        self._set_shortcuts_enabled(True)

    def _set_shortcuts_enabled(self, enabled: bool) -> None:
        # Only the first shortcut is live: two enabled ones on one key would be ambiguous.
        for i, shortcut in enumerate(self._shortcuts):
            shortcut.setEnabled(enabled and i == 0)

    def _on_analysis(self, _analysis: object) -> None:
        self._update_actions()
        if self._state is None:
            return
        if self._document.support_map is not self._map:
            # Another map was opened: someone there may share the id, but not the person.
            self.leave()
            return
        state = self._compute(self._state.person_id)
        if state is None:
            self.leave()
            return
        self._state = state
        self._show(state)
        self.changed.emit(state)

    def _update_actions(self) -> None:
        enabled = self.can_enter(self._selection.current())
        for action in self._actions:
            action.setEnabled(enabled)

    def _forget_action(self, action: QAction) -> None:
        if action in self._actions:
            self._actions.remove(action)

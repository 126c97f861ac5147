"""`MapScene`: the graphics scene that projects the open map.

The scene only mirrors the model. It rebuilds when another map opens (`MapDocument.reset`) and
otherwise follows each applied change incrementally: a changed person updates one node and its
lines. Selection is mirrored from the shared `SelectionState`; tools write to that state, never
to the items, so the canvas, the people table and the person dock cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from supportmap.core import layout
from supportmap.core.batch import MapEdited
from supportmap.core.changes import (
    Change,
    FocusRenamed,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    TieAdded,
    TieChanged,
    TieRemoved,
)
from supportmap.core.model import Person, Position, Tie
from supportmap.core.vocabulary import Circle, HelpType, Sector
from supportmap.gui.canvas.background import BackgroundItem
from supportmap.gui.canvas.items import Z_FOCUS, FocusItem, PersonItem
from supportmap.gui.canvas.lines import FlowLineItem, LineItem, LinesLayer, TieItem
from supportmap.gui.canvas.theme import CanvasTheme, theme_for
from supportmap.gui.canvas.tooltips import person_tooltip
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState

FADED_OPACITY = 0.18
UNAVAILABLE_OPACITY = 0.4
SCENE_MARGIN = 16.0


class MapScene(QGraphicsScene):
    """The items of one map: background, focus person, people, flow lines and ties."""

    def __init__(
        self,
        document: MapDocument,
        selection: SelectionState,
        dark: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.theme: CanvasTheme = theme_for(dark)
        self.setBackgroundBrush(self.theme.background)
        self._people: dict[str, PersonItem] = {}
        self._flows: dict[str, FlowLineItem] = {}
        self._ties: dict[tuple[str, str], TieItem] = {}
        self._highlight: frozenset[str] | None = None
        self._highlight_type: HelpType | None = None
        self._unavailable: str | None = None
        self._mirroring = False
        self.background = BackgroundItem(self.theme)
        self.background.set_labels(
            [circle.label for circle in Circle],
            {sector: sector.label for sector in Sector},
        )
        self.addItem(self.background)
        self.focus_item = FocusItem("", self.theme)
        self.addItem(self.focus_item)
        self.lines_layer = LinesLayer(self._layered_lines)
        self.addItem(self.lines_layer)
        self._live: frozenset[str] = frozenset()
        document.edited.connect(self._on_edited)
        document.reset.connect(self.rebuild)
        selection.changed.connect(self._mirror_selection)
        self.rebuild()

    # --- reading ------------------------------------------------------------------------

    def person_item(self, person_id: str) -> PersonItem | None:
        return self._people.get(person_id)

    def person_items(self) -> list[PersonItem]:
        return list(self._people.values())

    def flow_item(self, person_id: str) -> FlowLineItem | None:
        return self._flows.get(person_id)

    def tie_item(self, a: str, b: str) -> TieItem | None:
        return self._ties.get(Tie(a, b).key)

    def tie_items(self) -> list[TieItem]:
        return list(self._ties.values())

    def map_rect(self) -> QRectF:
        """The rings and every person, with a margin: what "fit to window" shows."""
        rect = self.background.boundingRect()
        for item in self._people.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)

    # --- building -----------------------------------------------------------------------

    def rebuild(self) -> None:
        """Throw away every person and line and draw the open map afresh."""
        for tie_item in self._ties.values():
            self.removeItem(tie_item)
        for flow in self._flows.values():
            self.removeItem(flow)
        for item in self._people.values():
            self.removeItem(item)
        self._people.clear()
        self._flows.clear()
        self._ties.clear()
        self._highlight, self._highlight_type, self._unavailable = None, None, None
        self._live = frozenset()
        self.lines_layer.invalidate()
        support_map = self.document.support_map
        if support_map is None:
            self.focus_item.hide()
            self._update_scene_rect()
            return
        self.focus_item.set_name(support_map.focus_name)
        self.focus_item.show()
        placer = layout.Placer(support_map.people.values())
        for person in support_map.people.values():
            position = person.position or placer.place(person.circle, person.sector, person.name)
            self._add_person(person, position)
        for tie in support_map.ties.values():
            self._add_tie(tie)
        self._update_scene_rect()
        self._mirror_selection()

    def _add_person(self, person: Person, position: Position | None = None) -> PersonItem:
        if position is None:
            position = person.position or self._free_spot(person)
        item = PersonItem(person, QPointF(position.x, position.y), self.theme)
        self.addItem(item)
        self._people[person.id] = item
        flow = FlowLineItem(item, self.theme)
        flow.layer = self.lines_layer
        self.addItem(flow)
        self.lines_layer.invalidate()
        self._flows[person.id] = flow
        self._apply_emphasis(item)
        return item

    def _free_spot(self, person: Person) -> Position:
        support_map = self.document.require_map()
        return layout.place_person(support_map, person)

    def _add_tie(self, tie: Tie) -> None:
        a, b = self._people.get(tie.a), self._people.get(tie.b)
        if a is None or b is None:
            return
        item = TieItem(tie, a, b, self.theme)
        item.layer = self.lines_layer
        self.addItem(item)
        self.lines_layer.invalidate()
        self._ties[tie.key] = item
        self._apply_emphasis_to_tie(item)

    def _remove_tie(self, tie: Tie) -> None:
        item = self._ties.pop(tie.key, None)
        if item is not None:
            item.detach()
            self.removeItem(item)
            self.lines_layer.invalidate()

    def _remove_person(self, person_id: str) -> None:
        for key in [k for k in self._ties if person_id in k]:
            self._remove_tie(self._ties[key].tie)
        flow = self._flows.pop(person_id, None)
        if flow is not None:
            self.removeItem(flow)
            self.lines_layer.invalidate()
        item = self._people.pop(person_id, None)
        if item is not None:
            self.removeItem(item)
        self._live = self._live - {person_id}
        if self._unavailable == person_id:
            self._unavailable = None

    # --- following the model ------------------------------------------------------------

    def _on_edited(self, batch: MapEdited) -> None:
        """Project one command's changes, in order; the scene's extent is measured once."""
        grown = False
        for change in batch.changes:
            match change:
                case PersonAdded(person, ties):
                    self._add_person(person)
                    for tie in ties:
                        self._add_tie(tie)
                    grown = True
                case PersonRemoved(person, _ties):
                    self._remove_person(person.id)
                case PersonChanged(_before, after):
                    grown = self._show_person(after) or grown
                case _:
                    self._show_other(change)
        if grown:
            self._update_scene_rect()

    def _show_person(self, person: Person) -> bool:
        """Show a person's new fields; True if their node moved."""
        item = self._people.get(person.id)
        if item is None:
            return False
        item.set_person(person)
        if person.position is not None:
            target = QPointF(person.position.x, person.position.y)
            if item.pos() != target:
                item.move_to(target)
                return True
        return False

    def _show_other(self, change: Change) -> None:
        """Show a change to ties or to the focus person."""
        match change:
            case TieAdded(tie):
                self._add_tie(tie)
            case TieRemoved(tie):
                self._remove_tie(tie)
            case TieChanged(_before, after):
                tie_item = self._ties.get(after.key)
                if tie_item is not None:
                    tie_item.set_tie(after)
            case FocusRenamed(_before, after):
                self.focus_item.set_name(after)

    def _update_scene_rect(self) -> None:
        rect = self.map_rect()
        self.setSceneRect(rect)
        self.lines_layer.set_bounds(rect)

    # --- drawing lines ------------------------------------------------------------------

    def _layered_lines(self) -> list[LineItem]:
        return [*self._flows.values(), *self._ties.values()]

    def set_live(self, person_ids: Iterable[str]) -> None:
        """Let the lines of these people draw themselves (they are being dragged).

        All other lines stay in the cached layer, so each drag step repaints only the moving
        nodes and their own lines. Pass nothing when the drag ends.
        """
        live = frozenset(i for i in person_ids if i in self._people)
        if live == self._live:
            return
        self._live = live
        live_lines = {line for i in live for line in self._people[i].lines}
        for line in self._layered_lines():
            layered = line not in live_lines
            if line.layered != layered:
                line.layered = layered
        self.lines_layer.invalidate()

    def put_back(self, person_ids: Iterable[str]) -> None:
        """Show these people where the map has them.

        A drag moves nodes on screen before anything is decided; when the drop changes nothing
        on the map (or is refused), no change arrives to move them, so the tool calls this.
        """
        support_map = self.document.support_map
        if support_map is None:
            return
        for person_id in person_ids:
            item = self._people.get(person_id)
            person = support_map.people.get(person_id)
            if item is not None and person is not None and person.position is not None:
                item.move_to(QPointF(person.position.x, person.position.y))

    # --- selection ----------------------------------------------------------------------

    def _mirror_selection(self) -> None:
        """Show the shared selection on the items (never writes back: no loops)."""
        wanted = set(self.selection.ids())
        self._mirroring = True
        try:
            for person_id, item in self._people.items():
                selected = person_id in wanted
                if item.isSelected() != selected:
                    item.set_selected_look(selected)
        finally:
            self._mirroring = False

    def selected_ids(self) -> tuple[str, ...]:
        return tuple(i for i in self.selection.ids() if i in self._people)

    def people_in(self, rect: QRectF) -> list[str]:
        """Ids of the people whose node lies inside a scene rectangle (rubber band)."""
        found = []
        for item in self.items(rect):
            if isinstance(item, PersonItem) and rect.contains(item.pos()):
                found.append(item.person_id)
        return found

    # --- highlight and what-if ----------------------------------------------------------

    def highlight(self, people: Iterable[str], help_type: HelpType | None = None) -> None:
        """Fade everyone but ``people``; ring the badge of ``help_type`` on them."""
        self._highlight = frozenset(people)
        self._highlight_type = help_type
        self._apply_all_emphasis()

    def clear_highlight(self) -> None:
        self._highlight, self._highlight_type = None, None
        self._apply_all_emphasis()

    def set_unavailable(self, person_id: str | None) -> None:
        """Show the map as if this person were away (None: everyone is back)."""
        self._unavailable = person_id if person_id in self._people else None
        self._apply_all_emphasis()

    def is_faded(self, person_id: str) -> bool:
        item = self._people.get(person_id)
        return item is not None and item.opacity() < 1.0

    def _person_opacity(self, person_id: str) -> float:
        if person_id == self._unavailable:
            return UNAVAILABLE_OPACITY
        if self._highlight is not None and person_id not in self._highlight:
            return FADED_OPACITY
        return 1.0

    def _apply_all_emphasis(self) -> None:
        for item in self._people.values():
            self._apply_emphasis(item)
        for tie_item in self._ties.values():
            self._apply_emphasis_to_tie(tie_item)
        self.lines_layer.invalidate()

    def _apply_emphasis(self, item: PersonItem) -> None:
        opacity = self._person_opacity(item.person_id)
        item.setOpacity(opacity)
        highlighted = self._highlight is not None and item.person_id in self._highlight
        item.set_emphasis(self._highlight_type if highlighted else None)
        item.set_unavailable(item.person_id == self._unavailable)
        flow = self._flows.get(item.person_id)
        if flow is not None:
            flow.setOpacity(opacity)

    def _apply_emphasis_to_tie(self, item: TieItem) -> None:
        ends = (item.tie.a, item.tie.b)
        item.setOpacity(min(self._person_opacity(end) for end in ends))

    # --- theme and tooltips -------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        """Switch between the light and the dark scheme."""
        theme = theme_for(dark)
        if theme is self.theme:
            return
        self.theme = theme
        self.setBackgroundBrush(theme.background)
        self.background.set_theme(theme)
        self.focus_item.set_theme(theme)
        for item in self._people.values():
            item.set_theme(theme)
        for flow in self._flows.values():
            flow.set_theme(theme)
        for tie_item in self._ties.values():
            tie_item.set_theme(theme)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips: a badge names its help type; a node gives the full name and a summary.

        A mark laid over the map with words of its own (what changed since an earlier moment)
        says them when it is the topmost thing under the pointer.
        """
        for item in self.items(event.scenePos()):
            if isinstance(item, PersonItem):
                badge = item.badge_at(item.mapFromScene(event.scenePos()))
                text = person_tooltip(item.person, badge)
                QToolTip.showText(event.screenPos(), text, event.widget())
                event.accept()
                return
            if item.toolTip() and item.zValue() > Z_FOCUS:
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.accept()
                return
        super().helpEvent(event)

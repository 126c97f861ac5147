"""Graphics items for people: the focus person at the centre and one round node per person.

Items draw what the model says and nothing else; they never edit the model. Everything they
paint with comes from the shared `CanvasTheme`, and nodes are cached in device coordinates so a
repaint mostly blits pixmaps.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from supportmap.core import layout
from supportmap.core.model import Person
from supportmap.core.vocabulary import HELP_TYPES, HelpType
from supportmap.gui.canvas.theme import LABEL_MAX_WIDTH, CanvasTheme, badge_glyph

if TYPE_CHECKING:
    from supportmap.gui.canvas.lines import LineItem

R = layout.NODE_RADIUS
BADGE_RADIUS = 9.25
BADGE_DISTANCE = R + 7.0
BADGE_ANGLES: dict[HelpType, float] = {t: -36.0 + 36.0 * t.ordinal for t in HELP_TYPES}
"""Each help type keeps its own slot on the node's upper-right rim, so the eye learns them."""
SELECTION_GAP = 5.0
CROSS_ANGLE = 225.0
LABEL_GAP = 3.0

Z_FOCUS = 5.0
Z_PERSON = 10.0
Z_PERSON_SELECTED = 11.0


def badge_centre(help_type: HelpType) -> QPointF:
    """Where a help type's badge sits, relative to the centre of a node."""
    theta = math.radians(BADGE_ANGLES[help_type])
    return QPointF(BADGE_DISTANCE * math.sin(theta), -BADGE_DISTANCE * math.cos(theta))


def _node_bounds() -> QRectF:
    """What a node may paint around its centre: selection ring, every badge and the ✕ disc."""
    reach = R + SELECTION_GAP + 2.0
    bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach)
    extra = BADGE_RADIUS + 2.0
    theta = math.radians(CROSS_ANGLE)
    cross = QPointF(BADGE_DISTANCE * math.sin(theta), -BADGE_DISTANCE * math.cos(theta))
    for at in [*(badge_centre(t) for t in HELP_TYPES), cross]:
        bounds = bounds.united(QRectF(at.x() - extra, at.y() - extra, 2 * extra, 2 * extra))
    return bounds


def initials(name: str) -> str:
    """One or two letters that stand for a name inside its node."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return name.strip()[:1].upper()
    if len(words) == 1:
        return words[0][:2].title() if len(words[0]) > 1 else words[0].upper()
    return (words[0][0] + words[-1][0]).upper()


_NODE_BOUNDS = _node_bounds()


class PersonItem(QGraphicsItem):
    """One person: a round node coloured and outlined by safety, badges, and the name below.

    Attributes:
        person_id: the id of the person this item draws.
        lines: the flow line and tie lines attached to this node, moved along with it.
    """

    def __init__(self, person: Person, position: QPointF, theme: CanvasTheme) -> None:
        super().__init__()
        self.person_id = person.id
        self.lines: list[LineItem] = []
        self._theme = theme
        self._person = person
        self._label = ""
        self._label_rect = QRectF()
        self._initials = ""
        self._received: tuple[HelpType, ...] = ()
        self._emphasis: HelpType | None = None
        self._unavailable = False
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(Z_PERSON)
        self.setPos(position)
        self.set_person(person)

    # --- model --------------------------------------------------------------------------

    @property
    def person(self) -> Person:
        return self._person

    @property
    def label(self) -> str:
        """The name as shown under the node (elided when long)."""
        return self._label

    def set_person(self, person: Person) -> None:
        """Show a new version of the person (name, safety, support…)."""
        self._person = person
        self._received = tuple(t for t in HELP_TYPES if person.support.receive(t) > 0)
        self._initials = initials(person.name)
        self._relayout()
        for line in self.lines:
            line.refresh()

    def set_theme(self, theme: CanvasTheme) -> None:
        self._theme = theme
        self._relayout()

    def set_emphasis(self, help_type: HelpType | None) -> None:
        """Ring the badge of one help type (a finding about that type is selected)."""
        if help_type != self._emphasis:
            self._emphasis = help_type
            self.update()

    def set_unavailable(self, unavailable: bool) -> None:
        """Draw the person as away (what-if mode)."""
        if unavailable != self._unavailable:
            self._unavailable = unavailable
            self.update()

    def _relayout(self) -> None:
        metrics = self._theme.name_metrics
        self._label = metrics.elidedText(
            self._person.name, Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH
        )
        width = metrics.horizontalAdvance(self._label) + 10.0
        height = metrics.height() + 2.0
        self._label_rect = QRectF(-width / 2, R + LABEL_GAP, width, height)
        self.prepareGeometryChange()
        self._bounds = _NODE_BOUNDS.united(self._label_rect.adjusted(-1.0, -1.0, 1.0, 1.0))
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), R + 2.0, R + 2.0)
        path.addRoundedRect(self._label_rect, 4.0, 4.0)
        return path

    def badge_at(self, local: QPointF) -> HelpType | None:
        """The received help type whose badge is under ``local`` (item coordinates), if any."""
        for help_type in self._received:
            delta = local - badge_centre(help_type)
            if math.hypot(delta.x(), delta.y()) <= BADGE_RADIUS + 1.5:
                return help_type
        return None

    def move_to(self, position: QPointF) -> None:
        """Move the node and the lines attached to it.

        Lines follow here rather than in ``itemChange``: that override is called for every
        change of every node and returns values across the binding, which costs time in drags.
        """
        if position != self.pos():
            self.setPos(position)
            for line in self.lines:
                line.adjust()

    def set_selected_look(self, selected: bool) -> None:
        """Select the node and lift it above its neighbours while selected."""
        self.setSelected(selected)
        self.setZValue(Z_PERSON_SELECTED if selected else Z_PERSON)

    # --- painting -----------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        style = theme.safety[self._person.safety]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(0, 0)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(theme.selection_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, R + SELECTION_GAP, R + SELECTION_GAP)
        painter.setPen(style.outline)
        painter.setBrush(style.fill)
        painter.drawEllipse(centre, R, R)
        if style.double:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, R - 3.5, R - 3.5)
        painter.setPen(theme.text)
        painter.setFont(theme.initials_font)
        painter.drawText(QRectF(-R, -R, 2 * R, 2 * R), Qt.AlignmentFlag.AlignCenter, self._initials)
        if style.cross:
            self._paint_cross(painter)
        self._paint_badges(painter)
        if self._unavailable:
            painter.setPen(theme.unavailable_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLine(QPointF(-R, R), QPointF(R, -R))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.label_background)
        radius = self._label_rect.height() / 2
        painter.drawRoundedRect(self._label_rect, radius, radius)
        painter.setPen(theme.text)
        painter.setFont(theme.name_font)
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label)

    def _paint_cross(self, painter: QPainter) -> None:
        """The small ✕ of an unsafe person, on the lower-left rim, in a disc of its own."""
        theme = self._theme
        style = theme.safety[self._person.safety]
        theta = math.radians(CROSS_ANGLE)
        at = QPointF(BADGE_DISTANCE * math.sin(theta), -BADGE_DISTANCE * math.cos(theta))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.colour)
        painter.drawEllipse(at, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(theme.badge_cross_pen)
        arm = BADGE_RADIUS * 0.45
        painter.drawLine(at + QPointF(-arm, -arm), at + QPointF(arm, arm))
        painter.drawLine(at + QPointF(-arm, arm), at + QPointF(arm, -arm))

    def _paint_badges(self, painter: QPainter) -> None:
        theme = self._theme
        painter.setFont(theme.badge_font)
        for help_type in self._received:
            at = badge_centre(help_type)
            rect = QRectF(at.x() - BADGE_RADIUS, at.y() - BADGE_RADIUS, 2 * BADGE_RADIUS, 0.0)
            rect.setHeight(2 * BADGE_RADIUS)
            painter.setPen(theme.badge_rim_pen if help_type == self._emphasis else theme.badge_pen)
            painter.setBrush(theme.badge_brushes[help_type])
            painter.drawEllipse(rect)
            painter.setPen(theme.badge_text[help_type])
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge_glyph(help_type))


class FocusItem(QGraphicsItem):
    """The focus person ("me") at the centre of the map."""

    def __init__(self, name: str, theme: CanvasTheme) -> None:
        super().__init__()
        self._theme = theme
        self._name = name
        self.setZValue(Z_FOCUS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_name(name)

    @property
    def name(self) -> str:
        return self._name

    def set_name(self, name: str) -> None:
        self._name = name
        self.setToolTip(name)
        self.update()

    def set_theme(self, theme: CanvasTheme) -> None:
        self._theme = theme
        self.update()

    def boundingRect(self) -> QRectF:
        r = layout.FOCUS_RADIUS + 2.0
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._theme
        r = layout.FOCUS_RADIUS
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(theme.focus_pen)
        painter.setBrush(theme.focus_fill)
        painter.drawEllipse(QPointF(0, 0), r - 1.0, r - 1.0)
        painter.setPen(theme.text)
        painter.setFont(theme.focus_font)
        metrics = theme.focus_metrics
        text = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, 2 * r - 14.0)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, text)

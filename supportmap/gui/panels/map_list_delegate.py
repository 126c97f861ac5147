"""How one map reads in the Maps panel: one compact line, the dates kept at the right edge.

On the left the title and how many people the map holds; on the right the date of the last
change and, when there is one, of the last snapshot. A long title is shortened before a date is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

DATES_ROLE = Qt.ItemDataRole.UserRole + 3
"""The dates of a map's last change and last snapshot, as shown at the right."""

PADDING = 3
GAP = 12


def row_height(metrics: QFontMetrics) -> int:
    """The height of one map's line in a font of these metrics."""
    return metrics.height() + 2 * PADDING


class MapListDelegate(QStyledItemDelegate):
    """Paints a map entry: its display text on the left, `DATES_ROLE` on the right."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        left, right = item.text, str(index.data(DATES_ROLE) or "")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(item.font)
        line = item.rect.adjusted(2 * PADDING, 0, -2 * PADDING, 0)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        room = line.width()
        if right:
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, right)
            room -= metrics.horizontalAdvance(right) + GAP
        shown = metrics.elidedText(left, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(
            line.adjusted(0, 0, room - line.width(), 0), Qt.AlignmentFlag.AlignLeft | middle, shown
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        return QSize(item.rect.width(), row_height(QFontMetrics(item.font)))

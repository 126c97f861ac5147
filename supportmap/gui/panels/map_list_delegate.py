"""How one map reads in the Maps panel: two compact lines with the dates on the right.

Line one is the title with the date of the last change; line two is the person at the centre
and how many people the map holds, with the date of the last snapshot when there is one. The
dates sit apart at the right edge, so a long title is shortened before a date is.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3
"""The short date of a map's last change, as shown."""
SNAPSHOT_ROLE = Qt.ItemDataRole.UserRole + 4
""""snapshot" and the short date of a map's newest snapshot, as shown; empty without one."""

PADDING = 3
GAP = 8


def row_height(metrics: QFontMetrics) -> int:
    """The height of one map's two lines in a font of these metrics."""
    return 2 * metrics.height() + 2 * PADDING


class MapListDelegate(QStyledItemDelegate):
    """Paints a map entry whose display text is "title\\ndetail" (see the module docstring)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        # The model's text, not the option's: the option turns the newline into U+2028.
        title, _newline, detail = str(index.data() or "").partition("\n")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(item.font)
        area = item.rect.adjusted(2 * PADDING, PADDING, -2 * PADDING, -PADDING)
        first = QRect(area.left(), area.top(), area.width(), metrics.height())
        second = first.translated(0, metrics.height())
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        for line, left, right in (
            (first, title, str(index.data(CHANGED_ROLE) or "")),
            (second, detail, str(index.data(SNAPSHOT_ROLE) or "")),
        ):
            room = line.width()
            if right:
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(line, align, right)
                room -= metrics.horizontalAdvance(right) + GAP
            shown = metrics.elidedText(left, Qt.TextElideMode.ElideRight, max(room, 0))
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(line.adjusted(0, 0, room - line.width(), 0), align, shown)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        return QSize(item.rect.width(), row_height(QFontMetrics(item.font)))

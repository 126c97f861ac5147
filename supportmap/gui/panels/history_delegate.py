"""How one row of the History panel reads: a small mark, the main line(s), then a detail line.

A snapshot shows its label, then "Snapshot · date time"; a note shows its first lines, then
"Note · date · Private". The mark at the left tells them apart at a glance (a dot for a
snapshot, a page for a note, a padlock for a private note), and the words say the same for
anyone who cannot tell shapes or colours apart. The snapshot on screen gets a bar at its left
edge besides the words "On screen" or "Compared".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from supportmap.gui.panels.history_model import HistoryModel, Kind

PADDING = 5
GUTTER = 24
"""Room at the left for the mark of a row."""
LINE_GAP = 2
_DISPLAY = Qt.ItemDataRole.DisplayRole


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else [""]


class HistoryDelegate(QStyledItemDelegate):
    """Paints a history row from the roles of `HistoryModel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._line_height = 0
        self._detail_height = 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")  # with its line breaks
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = item.palette.color(role)
        kind = Kind(index.data(HistoryModel.KIND_ROLE))
        shown = bool(index.data(HistoryModel.SHOWN_ROLE))
        private = bool(index.data(HistoryModel.PRIVATE_ROLE))
        detail = str(index.data(HistoryModel.DETAIL_ROLE) or "")

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = item.rect
        if shown:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), ink)
        mark = QRectF(rect.left() + 6, rect.top() + PADDING + 2, 12, 12)
        _draw_mark(painter, mark, kind, private, ink)

        text_left = rect.left() + GUTTER
        width = max(rect.right() - PADDING - text_left, 0)
        title_font = _title_font(item.font, kind, shown)
        y = rect.top() + PADDING
        painter.setPen(ink)
        painter.setFont(title_font)
        metrics = QFontMetrics(title_font)
        for line in _lines(title):
            shown_line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(text_left, y, width, metrics.height()), 0, shown_line)
            y += metrics.height()
        detail_font = QFont(item.font)
        detail_metrics = QFontMetrics(detail_font)
        muted = QColor(ink)
        muted.setAlphaF(0.8)
        painter.setPen(muted)
        painter.setFont(detail_font)
        painter.drawText(
            QRect(text_left, y + LINE_GAP, width, detail_metrics.height()),
            0,
            detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # Qt override
        # Only the number of lines varies from row to row; the list asks for every row's
        # size when it fills, so this stays clear of initStyleOption and new font metrics.
        font = option.font
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._line_height = QFontMetrics(_title_font(font, Kind.SNAPSHOT, True)).height()
            self._detail_height = QFontMetrics(font).height()
        lines = str(index.data(_DISPLAY) or "").count("\n") + 1
        height = lines * self._line_height + LINE_GAP + self._detail_height + 2 * PADDING
        return QSize(option.rect.width(), height)


def _title_font(base: QFont, kind: Kind, shown: bool) -> QFont:
    font = QFont(base)
    font.setBold(kind is Kind.SNAPSHOT or shown)
    return font


def _draw_mark(painter: QPainter, box: QRectF, kind: Kind, private: bool, ink: QColor) -> None:
    """A filled dot for a snapshot, a page for a note, a padlock for a private note."""
    pen = QPen(ink, 1.6)
    painter.setPen(pen)
    if kind is Kind.SNAPSHOT:
        painter.setBrush(ink)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    if private:
        body = QRectF(box.left() + 1, box.top() + 5, box.width() - 2, box.height() - 5)
        painter.setBrush(ink)
        painter.drawRoundedRect(body, 1.5, 1.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(box.left() + 3, box.top(), box.width() - 6, 10)
        painter.drawArc(shackle, 0, 180 * 16)
        return
    page = box.adjusted(1.5, 0, -1.5, 0)
    painter.drawRect(page)
    for step in (3.5, 6.5, 9.0):
        y = page.top() + step
        painter.drawLine(QPointF(page.left() + 2, y), QPointF(page.right() - 2, y))

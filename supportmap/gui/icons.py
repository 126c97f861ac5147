"""Small icons drawn with QPainter, so nothing is fetched or shipped from elsewhere.

They use the palette's text colour, so they read well in light and dark schemes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap

_SIZE = 32


def _canvas() -> tuple[QPixmap, QPainter, QColor]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QGuiApplication.palette().windowText().color()
    return pixmap, painter, colour


def add_person_icon() -> QIcon:
    """A head and shoulders with a plus sign: add someone to the map."""
    pixmap, painter, colour = _canvas()
    painter.setPen(QPen(colour, 2.2))
    painter.drawEllipse(QRectF(6, 4, 11, 11))
    painter.drawArc(QRectF(2, 17, 19, 18), 0, 180 * 16)
    pen = QPen(QColor("#009E73"), 3.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(25, 12), QPointF(25, 24))
    painter.drawLine(QPointF(19, 18), QPointF(31, 18))
    painter.end()
    return QIcon(pixmap)


def connect_icon() -> QIcon:
    """Two small circles joined by a line: record that two people know each other."""
    pixmap, painter, colour = _canvas()
    painter.setPen(QPen(colour, 2.2))
    painter.drawLine(QPointF(10, 22), QPointF(22, 10))
    painter.drawEllipse(QRectF(3, 19, 10, 10))
    painter.drawEllipse(QRectF(19, 3, 10, 10))
    painter.end()
    return QIcon(pixmap)


def fit_icon() -> QIcon:
    """Four corners around a ring: fit the whole map in the window."""
    pixmap, painter, colour = _canvas()
    painter.setPen(QPen(colour, 2.2))
    for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
        painter.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y))
        painter.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy))
    painter.drawEllipse(QRectF(10, 10, 12, 12))
    painter.end()
    return QIcon(pixmap)


def zoom_icon(plus: bool) -> QIcon:
    """A magnifier with a plus or a minus."""
    pixmap, painter, colour = _canvas()
    painter.setPen(QPen(colour, 2.4))
    painter.drawEllipse(QRectF(4, 4, 18, 18))
    painter.drawLine(QPointF(19, 19), QPointF(28, 28))
    painter.drawLine(QPointF(9, 13), QPointF(17, 13))
    if plus:
        painter.drawLine(QPointF(13, 9), QPointF(13, 17))
    painter.end()
    return QIcon(pixmap)


def present_icon() -> QIcon:
    """A screen on a stand: show the map on a shared screen."""
    pixmap, painter, colour = _canvas()
    pen = QPen(colour, 2.2)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(3, 5, 26, 17), 2, 2)
    painter.drawLine(QPointF(16, 22), QPointF(16, 28))
    painter.drawLine(QPointF(10, 28), QPointF(22, 28))
    painter.setPen(QPen(QColor("#009E73"), 2.2))
    painter.drawEllipse(QRectF(12, 9.5, 8, 8))
    painter.end()
    return QIcon(pixmap)

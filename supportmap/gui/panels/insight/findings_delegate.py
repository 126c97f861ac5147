"""Draws a findings row: severity icon, bold title, detail, and the small step, word-wrapped.

A delegate rather than a widget per row keeps the list fast and fully keyboard-driven (it is a
plain QListView underneath). Heights follow the view's width, so resizing the dock re-wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from supportmap.gui.panels.insight.findings_model import Row, RowKind, RowRole, Tag
from supportmap.gui.panels.insight.severity_style import SEVERITY_STYLES, paint_severity

MARGIN = 10
ICON = 18
GAP = 10
LINE_GAP = 3
_WRAP = int(Qt.TextFlag.TextWordWrap)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class _Fonts:
    """The three fonts of a row, derived once from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.body = QFont(base)
        self.title = QFont(base)
        self.title.setBold(True)
        self.step = QFont(base)
        self.step.setItalic(True)
        self.heading = QFont(base)
        self.heading.setBold(True)
        self.heading.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        self.heading.setCapitalization(QFont.Capitalization.AllUppercase)
        self.heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        self.prompt = QFont(base)
        self.prompt.setBold(True)
        self.prompt.setPointSizeF(base.pointSizeF() * 1.12)


_HEIGHTS: dict[tuple[str, str, int], int] = {}
_HEIGHTS_LIMIT = 4000


def _text_height(font: QFont, width: int, text: str) -> int:
    """Height of ``text`` wrapped to ``width``; remembered, as layouts ask again and again."""
    if not text:
        return 0
    key = (font.key(), text, width)
    height = _HEIGHTS.get(key)
    if height is None:
        if len(_HEIGHTS) >= _HEIGHTS_LIMIT:
            _HEIGHTS.clear()
        bounds = QRect(0, 0, max(width, 40), 100_000)
        height = QFontMetrics(font).boundingRect(bounds, _WRAP, text).height()
        _HEIGHTS[key] = height
    return height


class FindingsDelegate(QStyledItemDelegate):
    """Paints `Row`s of a `FindingsModel` shown in ``view``."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts_cache: tuple[str, _Fonts] | None = None

    def _fonts(self) -> _Fonts:
        base = self._view.font()
        if self._fonts_cache is None or self._fonts_cache[0] != base.key():
            self._fonts_cache = (base.key(), _Fonts(base))
        return self._fonts_cache[1]

    def _text_width(self, row: Row) -> int:
        width = self._view.viewport().width()
        if row.kind in (RowKind.FINDING, RowKind.HEADING):
            return width - 2 * MARGIN - ICON - GAP
        return width - 2 * MARGIN

    def sizeHint(  # Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: Row | None = index.data(RowRole)
        width = self._view.viewport().width()
        if row is None:
            return QSize(width, 0)
        fonts = self._fonts()
        text_width = self._text_width(row)
        if row.kind is RowKind.HEADING:
            return QSize(width, QFontMetrics(fonts.heading).height() + 2 * MARGIN - 2)
        if row.kind in (RowKind.PROMPT, RowKind.STRENGTHS):
            height = _text_height(fonts.prompt, text_width, row.title)
            if row.detail:
                height += LINE_GAP * 2 + _text_height(fonts.body, text_width, row.detail)
            return QSize(width, height + 3 * MARGIN)
        height = _text_height(fonts.title, text_width, row.title)
        for font, text in ((fonts.body, row.detail), (fonts.step, row.suggestion)):
            if text:
                height += LINE_GAP + _text_height(font, text_width, text)
        if row.kind is RowKind.FINDING:
            height = max(height, ICON)
        return QSize(width, height + 2 * MARGIN)

    def paint(  # Qt override
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Row | None = index.data(RowRole)
        if row is None:
            return
        palette = option.palette
        rect: QRect = option.rect
        state = option.state
        dark = is_dark(palette)
        fonts = self._fonts()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = SEVERITY_STYLES[row.severity].colour(dark)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = QColor(accent)
            fill.setAlpha(60 if dark else 34)
            painter.fillRect(rect, fill)
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), accent)
        elif bool(state & QStyle.StateFlag.State_MouseOver) and row.selectable:
            hover = QColor(accent)
            hover.setAlpha(18)
            painter.fillRect(rect, hover)
        if row.kind is RowKind.HEADING:
            self._paint_heading(painter, rect, row, fonts, accent, dark)
        elif row.kind is RowKind.PROMPT:
            self._paint_prompt(painter, rect, row, fonts, text_colour, muted)
        elif row.kind is RowKind.STRENGTHS:
            self._paint_prompt(painter, rect, row, fonts, text_colour, text_colour)
        else:
            if row.tag is Tag.GONE:
                text_colour = muted
            self._paint_finding(painter, rect, row, fonts, text_colour, muted, dark)
        if bool(state & QStyle.StateFlag.State_HasFocus) and row.selectable:
            focus = QColor(accent)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_heading(
        self, painter: QPainter, rect: QRect, row: Row, fonts: _Fonts, accent: QColor, dark: bool
    ) -> None:
        metrics = QFontMetrics(fonts.heading)
        top = rect.top() + MARGIN + 2
        icon_size = min(ICON - 4, metrics.height())
        icon_rect = QRectF(
            rect.left() + MARGIN + 2, top + (metrics.height() - icon_size) / 2, icon_size, icon_size
        )
        paint_severity(painter, icon_rect, row.severity, dark)
        painter.setFont(fonts.heading)
        painter.setPen(accent)
        text_rect = QRect(
            rect.left() + MARGIN + ICON + GAP, top, self._text_width(row), metrics.height()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), row.title)

    def _paint_prompt(
        self, painter: QPainter, rect: QRect, row: Row, fonts: _Fonts, text: QColor, muted: QColor
    ) -> None:
        width = self._text_width(row)
        left = rect.left() + MARGIN
        top = rect.top() + int(MARGIN * 1.5)
        painter.setFont(fonts.prompt)
        painter.setPen(text)
        height = _text_height(fonts.prompt, width, row.title)
        painter.drawText(QRect(left, top, width, height), _WRAP, row.title)
        if row.detail:
            top += height + LINE_GAP * 2
            painter.setFont(fonts.body)
            painter.setPen(muted if muted.isValid() else text)
            body_height = _text_height(fonts.body, width, row.detail)
            painter.drawText(QRect(left, top, width, body_height), _WRAP, row.detail)

    def _paint_finding(
        self,
        painter: QPainter,
        rect: QRect,
        row: Row,
        fonts: _Fonts,
        text: QColor,
        muted: QColor,
        dark: bool,
    ) -> None:
        left = rect.left() + MARGIN
        top = rect.top() + MARGIN
        x = left
        if row.kind is RowKind.FINDING:
            icon_top = top + max(0, (QFontMetrics(fonts.title).height() - ICON) // 2)
            paint_severity(painter, QRectF(left, icon_top, ICON, ICON), row.severity, dark)
            x = left + ICON + GAP
        width = self._text_width(row)
        for font, colour, value in (
            (fonts.title, text, row.title),
            (fonts.body, text, row.detail),
            (fonts.step, muted, row.suggestion),
        ):
            if not value:
                continue
            height = _text_height(font, width, value)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRect(x, top, width, height), _WRAP, value)
            top += height + LINE_GAP

"""How a report's blocks are laid out on pages: shaped into lines, then placed page by page.

Each paragraph is shaped with `QTextLayout` into lines; headings, lines, table rows, the notice
and the map become pieces that the paginator places whole. A heading always comes with what
follows it, a paragraph leaves neither its first nor its last line alone (and a finding's detail
stays with its small step), a table row is never split and a table's header row is repeated on
every page it continues on. Every page is known before anything is painted, so each can say
"Page 2 of 3".

A document may be set smaller as a whole (``scale``) and in columns: the safety plan must fit
two pages however much it holds, and shrinks its type rather than leave anything out. Ruled
lines to write on by hand (`WritingLines`) and list entries after a bullet (`ListItem`) serve
it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsScene

from supportmap.gui.canvas.picture_export import map_aspect, paint_map
from supportmap.reports import report_texts
from supportmap.reports.report_content import (
    Block,
    Heading,
    ListItem,
    MapPicture,
    Notice,
    PagedDocument,
    Paragraph,
    Table,
    WritingLines,
)

FOOTER_MM = 10.0
"""Room under the text for the footer line (the date and the page number)."""
MAP_SHARE = 0.7
"""The map picture takes at most this share of a page's height."""

BODY_PT = 10.5
SMALL_PT = 8.5
TABLE_PT = 8.0
HEADING_PT = {1: 20.0, 2: 14.0, 3: 11.5, 4: 10.5}
SPACE_BEFORE_PT = {1: 0.0, 2: 16.0, 3: 10.0, 4: 7.0}
PARAGRAPH_GAP_PT = 4.0
CELL_PADDING_PT = 3.0
COLUMN_GAP_MM = 6.0
WRITING_LINE_PT = 21.0
"""The height of a ruled line to write on (about 7.4 mm, as on lined paper)."""
BULLET_INDENT_PT = 12.0

TEXT = QColor("#1b1b1b")
MUTED = QColor("#4d4d4d")
ACCENT = QColor("#1f4e79")
RULE = QColor("#b8b8b8")
NOTICE_BACKGROUND = QColor("#eef3f8")
HEADER_BACKGROUND = QColor("#eceff2")


# --- pieces: what the paginator places -------------------------------------------------------


@dataclass
class Piece:
    """Something placed whole on one page: a heading, a line, a table row, the map."""

    height: float
    paint: Callable[[QPainter, float, float], None]
    space_before: float = 0.0
    keep_with_next: bool = False
    header: Piece | None = None
    """For a table row: the table's header row, repeated when the row starts a page."""


@dataclass
class Placed:
    piece: Piece
    y: float
    x: float = 0.0
    """From the left of the text area: 0 in the first column."""


@dataclass
class Fonts:
    """The report's fonts, made from the application's own, ligatures off; ``scale`` sets
    them all smaller (or larger) at once."""

    scale: float = 1.0
    body: QFont = field(init=False)
    bold: QFont = field(init=False)
    small: QFont = field(init=False)
    table: QFont = field(init=False)
    table_bold: QFont = field(init=False)
    headings: dict[int, QFont] = field(init=False)

    def __post_init__(self) -> None:
        base = QFont(QGuiApplication.font())
        scale = self.scale
        self.body = self._sized(base, BODY_PT * scale)
        self.bold = self._sized(base, BODY_PT * scale, bold=True)
        self.small = self._sized(base, SMALL_PT * scale)
        self.table = self._sized(base, TABLE_PT * scale)
        self.table_bold = self._sized(base, TABLE_PT * scale, bold=True)
        self.headings = {
            level: self._sized(base, pt * scale, bold=True) for level, pt in HEADING_PT.items()
        }

    @staticmethod
    def _sized(base: QFont, points: float, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPointSizeF(points)
        font.setBold(bold)
        # A ligature ("ﬁ") is one glyph: copied or searched, "file" would not be found.
        font.setFeature(QFont.Tag("liga"), 0)
        return font


class ShapedText:
    """A text shaped into lines of a given width; ``lead`` is set in bold before it."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        text: str,
        font: QFont,
        width: float,
        lead: str = "",
        lead_font: QFont | None = None,
        color: QColor = TEXT,
    ) -> None:
        joined = f"{lead} {text}" if lead and text else lead or text
        # QTextLayout breaks lines at U+2028, not at a newline.
        self.layout = QTextLayout(joined.replace("\n", "\u2028"), font, device)
        if lead:
            bold = QTextCharFormat()
            bold.setFont(lead_font or font)
            lead_range = QTextLayout.FormatRange()
            lead_range.start, lead_range.length, lead_range.format = 0, len(lead), bold
            self.layout.setFormats([lead_range])
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.color = color
        self.lines: list[QTextLine] = []
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            self.lines.append(line)
        self.layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))

    def draw_line(self, painter: QPainter, x: float, y: float, *, index: int) -> None:
        """Draw line ``index`` with its top at ``y``."""
        line = self.lines[index]
        painter.setPen(self.color)
        line.draw(painter, QPointF(x, y - line.y()))


class Pages:
    """Turns blocks into pieces and pieces into pages, for one paint device.

    Args:
        device: the PDF writer or the printer, with its page layout set.
        scene: the map for a `MapPicture`; None for a document without one.
        scale: the size of type and spacing against the report's; the footer keeps its size.
        columns: text columns side by side on a page, filled one after the other; small type
            reads more easily in shorter lines.
    """

    def __init__(
        self,
        device: QPagedPaintDevice,
        scene: QGraphicsScene | None = None,
        scale: float = 1.0,
        columns: int = 1,
    ) -> None:
        self.device = device
        self.scene = scene
        self.pt = device.logicalDpiY() / 72.0 * scale
        self.fonts = Fonts(scale)
        self.footer_font = Fonts().small
        rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
        self.left = 0.0
        self.top = 0.0
        self.page_width = float(rect.width())
        self.columns = columns
        self.column_gap = COLUMN_GAP_MM / 25.4 * device.logicalDpiY()
        self.width = (self.page_width - self.column_gap * (columns - 1)) / columns
        """The width of one column: every piece is shaped to it."""
        self.footer = FOOTER_MM / 25.4 * device.logicalDpiY()
        self.height = float(rect.height()) - self.footer

    # --- blocks to pieces ---------------------------------------------------------------

    def pieces(self, blocks: tuple[Block, ...]) -> list[Piece]:
        pieces: list[Piece] = []
        for block in blocks:
            match block:
                case Heading():
                    pieces.append(self._heading(block))
                case Paragraph():
                    pieces += self._paragraph(block)
                case Notice():
                    pieces.append(self._notice(block))
                case Table():
                    pieces += self._table(block)
                case MapPicture():
                    pieces += self._map(block)
                case ListItem():
                    pieces += self._list_item(block)
                case WritingLines():
                    pieces += self._writing_lines(block)
        return pieces

    def _heading(self, heading: Heading) -> Piece:
        color = TEXT if heading.level in (1, 4) else ACCENT
        text = ShapedText(self.device, heading.text, self.fonts.headings[heading.level], self.width,
                     color=color)  # fmt: skip
        gap = 3.0 * self.pt
        return Piece(
            text.height + gap,
            lambda painter, x, y: text.draw(painter, x, y),
            space_before=SPACE_BEFORE_PT[heading.level] * self.pt,
            keep_with_next=True,
        )

    def _paragraph(self, paragraph: Paragraph) -> list[Piece]:
        font = self.fonts.small if paragraph.muted else self.fonts.body
        color = MUTED if paragraph.muted else TEXT
        text = ShapedText(self.device, paragraph.text, font, self.width, paragraph.lead,
                     self.fonts.bold, color)  # fmt: skip
        count = len(text.lines)
        pieces = []
        for index, line in enumerate(text.lines):
            pieces.append(
                Piece(
                    line.height(),
                    partial(text.draw_line, index=index),
                    space_before=PARAGRAPH_GAP_PT * self.pt if index == 0 else 0.0,
                    # Neither the first nor the last line of a paragraph stands alone.
                    keep_with_next=(count > 1 and index in (0, count - 2))
                    or (paragraph.with_next and index == count - 1),
                )
            )
        return pieces

    def _list_item(self, item: ListItem) -> list[Piece]:
        indent = BULLET_INDENT_PT * self.pt
        text = ShapedText(self.device, item.text, self.fonts.body, self.width - indent, item.lead,
                          self.fonts.bold)  # fmt: skip
        if not text.lines:
            return []
        radius = 1.5 * self.pt
        # The bullet sits at the middle of the first line's small letters.
        middle = text.lines[0].ascent() - QFontMetricsF(self.fonts.body, self.device).xHeight() / 2
        count = len(text.lines)
        last = text.lines[-1]
        blank_from = indent + last.naturalTextWidth() + 6.0 * self.pt
        write_in = item.write_in and self.width - blank_from > 40.0 * self.pt

        def paint(painter: QPainter, x: float, y: float, index: int) -> None:
            if index == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TEXT)
                painter.drawEllipse(QPointF(x + indent * 0.4, y + middle), radius, radius)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            text.draw_line(painter, x + indent, y, index=index)
            if write_in and index == count - 1:
                painter.setPen(QPen(RULE, 0.6 * self.pt))
                baseline = y + last.ascent()
                painter.drawLine(
                    QPointF(x + blank_from, baseline), QPointF(x + self.width, baseline)
                )

        return [
            Piece(
                line.height(),
                partial(paint, index=index),
                space_before=PARAGRAPH_GAP_PT / 2 * self.pt if index == 0 else 0.0,
                keep_with_next=count > 1 and index in (0, count - 2),
            )
            for index, line in enumerate(text.lines)
        ]

    def _writing_lines(self, lines: WritingLines) -> list[Piece]:
        height = WRITING_LINE_PT * self.pt

        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.setPen(QPen(RULE, 0.6 * self.pt))
            painter.drawLine(QPointF(x, y + height), QPointF(x + self.width, y + height))

        return [
            Piece(height, paint, keep_with_next=lines.count > 1 and index in (0, lines.count - 2))
            for index in range(lines.count)
        ]

    def _notice(self, notice: Notice) -> Piece:
        padding = 6.0 * self.pt
        bar = 3.0 * self.pt
        inner = self.width - 2 * padding - bar
        text = ShapedText(self.device, notice.text, self.fonts.bold, inner, notice.lead)
        height = text.height + 2 * padding

        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.fillRect(QRectF(x, y, self.width, height), NOTICE_BACKGROUND)
            painter.fillRect(QRectF(x, y, bar, height), ACCENT)
            text.draw(painter, x + bar + padding, y + padding)

        return Piece(height, paint, space_before=8.0 * self.pt)

    def _column_widths(self, table: Table, padding: float) -> list[float]:
        """The columns' shares of the width, widened where a word would not fit whole."""
        total = sum(table.widths)
        wanted = [self.width * share / total for share in table.widths]
        header = QFontMetricsF(self.fonts.table_bold, self.device)
        cell = QFontMetricsF(self.fonts.table, self.device)
        least = [
            2 * padding
            + max(
                [header.horizontalAdvance(word) for word in table.columns[i].split()]
                + [cell.horizontalAdvance(word) for row in table.rows for word in row[i].split()]
                + [0.0]
            )
            for i in range(len(wanted))
        ]
        widths = [max(w, m) for w, m in zip(wanted, least, strict=True)]
        excess = sum(widths) - self.width
        room = sum(w - m for w, m in zip(widths, least, strict=True) if w > m)
        if excess > 0 and room > 0:
            # Take the extra from the columns that have room to spare, in proportion.
            ratio = min(1.0, excess / room)
            widths = [w - (w - m) * ratio for w, m in zip(widths, least, strict=True)]
        return widths

    def _table(self, table: Table) -> list[Piece]:
        padding = CELL_PADDING_PT * self.pt
        widths = self._column_widths(table, padding)

        def row(cells: tuple[str, ...], header: bool) -> Piece:
            font = self.fonts.table_bold if header else self.fonts.table
            shaped = [
                ShapedText(self.device, cell, font, max(1.0, width - 2 * padding))
                for cell, width in zip(cells, widths, strict=True)
            ]
            height = max(text.height for text in shaped) + 2 * padding

            def paint(painter: QPainter, x: float, y: float) -> None:
                if header:
                    painter.fillRect(QRectF(x, y, self.width, height), HEADER_BACKGROUND)
                left = x
                for text, width in zip(shaped, widths, strict=True):
                    text.draw(painter, left + padding, y + padding)
                    left += width
                painter.setPen(QPen(RULE, 0.6 * self.pt))
                painter.drawLine(QPointF(x, y + height), QPointF(x + self.width, y + height))

            return Piece(height, paint, keep_with_next=header)

        header = row(table.columns, True)
        header.space_before = 6.0 * self.pt
        rows = [row(cells, False) for cells in table.rows]
        for piece in rows:
            piece.header = header
        return [header, *rows]

    def _map(self, picture: MapPicture) -> list[Piece]:
        scene = self.scene
        assert scene is not None, "a document with the map picture is laid out with its scene"
        aspect = map_aspect(scene)
        width = self.width
        height = min(width * aspect, self.height * MAP_SHARE)

        def paint(painter: QPainter, x: float, y: float) -> None:
            paint_map(painter, QRectF(x, y, width, height), scene)

        pieces = [Piece(height, paint, space_before=4.0 * self.pt)]
        if picture.caption:
            caption = self._paragraph(Paragraph(picture.caption, muted=True))
            pieces[0].keep_with_next = True
            pieces += caption
        return pieces

    # --- pieces to pages ----------------------------------------------------------------

    def paginate(self, blocks: tuple[Block, ...]) -> list[list[Placed]]:
        """Place every piece; a page ends early rather than strand a heading or a line."""
        pieces = self.pieces(blocks)
        pages: list[list[Placed]] = [[]]
        y, column = 0.0, 0
        for index, piece in enumerate(pieces):
            space = piece.space_before if y > 0 else 0.0
            if y > 0 and y + space + self._kept_height(pieces, index) > self.height:
                column += 1
                if column == self.columns:
                    pages.append([])
                    column = 0
                y, space = 0.0, 0.0
                if piece.header is not None:
                    pages[-1].append(Placed(piece.header, 0.0, self._column_x(column)))
                    y = piece.header.height
            pages[-1].append(Placed(piece, y + space, self._column_x(column)))
            y += space + piece.height
        return pages

    def _column_x(self, column: int) -> float:
        return column * (self.width + self.column_gap)

    @staticmethod
    def _kept_height(pieces: list[Piece], index: int) -> float:
        """The height of ``pieces[index]`` and of all that must stay on its page with it."""
        height = pieces[index].height
        while pieces[index].keep_with_next and index + 1 < len(pieces):
            index += 1
            height += pieces[index].space_before + pieces[index].height
        return height

    # --- the footer ---------------------------------------------------------------------

    def paint_footer(
        self, painter: QPainter, document: PagedDocument, page: int, pages: int
    ) -> None:
        font = self.footer_font
        baseline = self.top + self.height + self.footer
        rule_y = self.top + self.height + self.footer * 0.35
        painter.setPen(QPen(RULE, 0.6 * self.device.logicalDpiY() / 72.0))
        painter.drawLine(QPointF(self.left, rule_y), QPointF(self.left + self.page_width, rule_y))
        painter.setFont(font)
        painter.setPen(MUTED)
        box = QRectF(self.left, rule_y, self.page_width, baseline - rule_y)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignLeft, document.date_text)
        number = report_texts.page_footer(page, pages)
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignRight, number)

"""Colours, pens and fonts of the map canvas, for the light and the dark scheme.

Safety is shown by colour *and* outline style (DESIGN §5, Okabe–Ito palette), so that the map
reads the same for colour-blind people and in greyscale print. Everything a paint call needs is
built here once per scheme: items never allocate pens, brushes or fonts while painting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QPen

from supportmap.core.palette import SAFETY_COLOURS, help_colours, ink_on
from supportmap.core.vocabulary import HelpType, Safety
from supportmap.gui.texts import QT_TRANSLATE_NOOP

ONE_SIDED_COLOUR = "#E69F00"
ONE_SIDED_LIGHT_COLOUR = "#C17D00"
"""A deeper amber for the light scheme, where Okabe–Ito orange is too pale for 3:1."""
CONFLICT_COLOUR = "#D55E00"

BADGE_GLYPHS: dict[HelpType, str] = {
    HelpType.EMOTIONAL: QT_TRANSLATE_NOOP("HelpBadge", "E"),
    HelpType.PRACTICAL: QT_TRANSLATE_NOOP("HelpBadge", "P"),
    HelpType.INFORMATIONAL: QT_TRANSLATE_NOOP("HelpBadge", "A"),
    HelpType.COMPANIONSHIP: QT_TRANSLATE_NOOP("HelpBadge", "C"),
    HelpType.CRISIS: "!",
}
"""One letter per help type (the first of its label), drawn in a small badge; the tooltip names
the type in full. Shown through `badge_glyph`, so that each language has its own letters."""


def badge_glyph(help_type: HelpType) -> str:
    """The letter of ``help_type``'s badge in the language in use."""
    glyph = BADGE_GLYPHS[help_type]
    return QCoreApplication.translate("HelpBadge", glyph) if glyph.isalpha() else glyph


OUTLINE_WIDTH = 2.5
THIN_OUTLINE_WIDTH = 1.2
LABEL_MAX_WIDTH = 130.0
"""Scene units. Sizes here are chosen for the map fitted into a 1280×800 window (about 0.7
scene units a pixel): names at least 9 pt and badge letters readable there (DESIGN §5)."""


@dataclass(frozen=True)
class SafetyStyle:
    """How one safety value is drawn: outline pen, fill, and the extras of `unsafe`."""

    colour: QColor
    outline: QPen
    fill: QBrush
    double: bool
    cross: bool


@dataclass
class CanvasTheme:
    """Every colour, pen and font of the canvas for one colour scheme.

    Attributes:
        dark: whether this is the dark scheme.
    """

    dark: bool
    background: QColor = field(init=False)
    text: QColor = field(init=False)
    muted_text: QColor = field(init=False)
    ring_pen: QPen = field(init=False)
    outer_ring_pen: QPen = field(init=False)
    spoke_pen: QPen = field(init=False)
    wedge_brushes: tuple[QBrush, QBrush] = field(init=False)
    label_background: QBrush = field(init=False)
    selection_pen: QPen = field(init=False)
    focus_fill: QBrush = field(init=False)
    focus_pen: QPen = field(init=False)
    flow_colour: QColor = field(init=False)
    potential_flow_colour: QColor = field(init=False)
    one_sided_glow: QColor = field(init=False)
    tie_pen: QPen = field(init=False)
    conflict_pen: QPen = field(init=False)
    rubber_pen: QPen = field(init=False)
    rubber_brush: QBrush = field(init=False)
    connect_pen: QPen = field(init=False)
    name_font: QFont = field(init=False)
    name_metrics: QFontMetricsF = field(init=False)
    focus_font: QFont = field(init=False)
    ring_font: QFont = field(init=False)
    sector_font: QFont = field(init=False)
    badge_font: QFont = field(init=False)
    initials_font: QFont = field(init=False)
    focus_metrics: QFontMetricsF = field(init=False)
    badge_pen: QPen = field(init=False)
    badge_rim_pen: QPen = field(init=False)
    badge_cross_pen: QPen = field(init=False)
    unavailable_pen: QPen = field(init=False)
    badge_brushes: dict[HelpType, QBrush] = field(init=False)
    badge_text: dict[HelpType, QColor] = field(init=False)
    safety: dict[Safety, SafetyStyle] = field(init=False)

    def __post_init__(self) -> None:
        dark = self.dark
        self.background = QColor("#1f2126" if dark else "#fbfaf7")
        self.text = QColor("#e8e6e3" if dark else "#2b2b2b")
        self.muted_text = QColor("#9a9ca3" if dark else "#7a7872")
        ring = QColor("#5b5f69" if dark else "#c9c5bc")
        self.ring_pen = _cosmetic(ring, 1.2)
        self.outer_ring_pen = _cosmetic(ring, 1.2, Qt.PenStyle.DashLine)
        self.spoke_pen = _cosmetic(QColor(ring.red(), ring.green(), ring.blue(), 110), 1.0)
        self.wedge_brushes = (
            QBrush(QColor(255, 255, 255, 8) if dark else QColor(120, 110, 90, 10)),
            QBrush(QColor(255, 255, 255, 18) if dark else QColor(120, 110, 90, 22)),
        )
        self.label_background = QBrush(
            QColor(31, 33, 38, 215) if dark else QColor(251, 250, 247, 225)
        )
        self.selection_pen = _cosmetic(QColor("#56B4E9" if dark else "#0072B2"), 2.0)
        self.focus_fill = QBrush(QColor("#2f3a4a" if dark else "#e7eef6"))
        self.focus_pen = QPen(QColor("#56B4E9" if dark else "#0072B2"), 2.5)
        self.flow_colour = QColor("#8d919a" if dark else "#8a857b")
        # Someone one could reach out to: the same colour, drawn dashed by the line itself,
        # a little lighter but still clear of the background by 3:1 (DESIGN §5).
        self.potential_flow_colour = QColor(self.flow_colour)
        self.potential_flow_colour.setAlpha(240)
        self.one_sided_glow = QColor(ONE_SIDED_COLOUR if dark else ONE_SIDED_LIGHT_COLOUR)
        self.one_sided_glow.setAlpha(190 if dark else 255)
        tie = QColor("#7d818a" if dark else "#8f8a80")
        self.tie_pen = QPen(tie, 1.2)
        self.tie_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.conflict_pen = QPen(QColor(CONFLICT_COLOUR), 1.6, Qt.PenStyle.DashLine)
        self.rubber_pen = _cosmetic(self.selection_pen.color(), 1.0, Qt.PenStyle.DashLine)
        rubber_fill = QColor(self.selection_pen.color())
        rubber_fill.setAlpha(30)
        self.rubber_brush = QBrush(rubber_fill)
        self.connect_pen = _cosmetic(self.selection_pen.color(), 1.5, Qt.PenStyle.DashLine)
        self.name_font = _font(13.0)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.focus_font = _font(13.0, bold=True)
        self.ring_font = _font(12.0)
        self.sector_font = _font(13.0, bold=True)
        self.badge_font = _font(10.5, bold=True)
        self.initials_font = _font(12.0, bold=True)
        self.focus_metrics = QFontMetricsF(self.focus_font)
        self.badge_pen = QPen(self.background, 1.0)
        self.badge_rim_pen = QPen(self.text, 1.6)
        self.badge_cross_pen = QPen(QColor("#ffffff"), 1.4)
        self.badge_cross_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.unavailable_pen = QPen(self.muted_text, 2.0, Qt.PenStyle.DashLine)
        colours = help_colours(dark)
        self.badge_brushes = {t: QBrush(QColor(c)) for t, c in colours.items()}
        self.badge_text = {t: QColor(ink_on(c)) for t, c in colours.items()}
        self.safety = {s: self._safety_style(s) for s in Safety}

    def _safety_style(self, safety: Safety) -> SafetyStyle:
        colour = QColor(SAFETY_COLOURS[safety])
        width = THIN_OUTLINE_WIDTH if safety is Safety.UNSURE else OUTLINE_WIDTH
        outline = QPen(colour, width)
        if safety is Safety.STRINGS:
            outline.setStyle(Qt.PenStyle.CustomDashLine)
            outline.setDashPattern([3.0, 2.0])
        elif safety is Safety.DRAINING:
            outline.setStyle(Qt.PenStyle.CustomDashLine)
            outline.setDashPattern([0.1, 2.0])
            outline.setCapStyle(Qt.PenCapStyle.RoundCap)
        elif safety is Safety.UNSAFE:
            outline.setWidthF(1.6)
        fill = QColor(colour)
        fill.setAlpha(70 if self.dark else 48)
        base = QColor(self.background)
        blended = QColor(
            _mix(base.red(), fill.red(), fill.alphaF()),
            _mix(base.green(), fill.green(), fill.alphaF()),
            _mix(base.blue(), fill.blue(), fill.alphaF()),
        )
        return SafetyStyle(
            colour=colour,
            outline=outline,
            fill=QBrush(blended),
            double=safety is Safety.UNSAFE,
            cross=safety is Safety.UNSAFE,
        )


def _mix(base: int, over: int, alpha: float) -> int:
    return round(base * (1 - alpha) + over * alpha)


def _cosmetic(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen that keeps its width in screen pixels whatever the zoom (crisp guides)."""
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark scheme (style hints first, then the palette)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


_themes: dict[bool, CanvasTheme] = {}


def theme_for(dark: bool) -> CanvasTheme:
    """The shared theme of a scheme, built on first use."""
    if dark not in _themes:
        _themes[dark] = CanvasTheme(dark)
    return _themes[dark]

"""Every badge, line and chart series stands out at least 3:1 from its background, in the light
and the dark scheme (DESIGN §5, WCAG non-text contrast); badge letters read at 4.5:1."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from supportmap.core.model import Person, Support
from supportmap.core.vocabulary import Circle, HelpType, Sector
from supportmap.gui.canvas.items import BADGE_RADIUS, PersonItem, badge_centre
from supportmap.gui.canvas.theme import CanvasTheme, theme_for
from supportmap.reports import charts
from supportmap.reports.style import DARK, LIGHT, ChartStyle
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document

NON_TEXT = 3.0
TEXT = 4.5


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def seen_on(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows over ``background``."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


SCHEMES = pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])


@SCHEMES
def test_badges_stand_out_and_their_letters_read(qapp: object, dark: bool) -> None:
    theme = theme_for(dark)
    for help_type in HelpType:
        fill = theme.badge_brushes[help_type].color()
        assert contrast(fill, theme.background) >= NON_TEXT, help_type
        assert contrast(theme.badge_text[help_type], fill) >= TEXT, help_type


@SCHEMES
def test_lines_of_the_map_stand_out(qapp: object, dark: bool) -> None:
    theme = theme_for(dark)
    background = theme.background
    lines = {
        "help flows": theme.flow_colour,
        "help one could reach": theme.potential_flow_colour,
        "one-sided": theme.one_sided_glow,
        "tie": theme.tie_pen.color(),
        "conflict": theme.conflict_pen.color(),
    }
    for name, colour in lines.items():
        assert contrast(seen_on(colour, background), background) >= NON_TEXT, name


def _render(item: PersonItem, theme: CanvasTheme) -> tuple[QImage, QPointF]:
    bounds = item.boundingRect()
    image = QImage(
        round(bounds.width()) * 4, round(bounds.height()) * 4, QImage.Format.Format_RGB32
    )
    image.fill(theme.background)
    painter = QPainter(image)
    painter.scale(4, 4)
    painter.translate(-bounds.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image, -bounds.topLeft() * 4


@pytest.mark.parametrize("help_type", [HelpType.CRISIS, HelpType.COMPANIONSHIP])
def test_crisis_and_company_badges_show_on_the_dark_map(qapp: object, help_type: HelpType) -> None:
    theme = theme_for(True)
    person = Person(
        id="p1",
        name="Sam",
        circle=Circle.CLOSEST,
        sector=Sector.FRIENDS,
        support=Support.of({help_type: (3, 0)}),
    )
    image, origin = _render(PersonItem(person, QPointF(), theme), theme)
    centre = origin + badge_centre(help_type) * 4
    # Beside the letter, inside the disc: the badge's own colour, as painted.
    beside = centre + QPointF(BADGE_RADIUS * 4 * 0.6, 0)
    painted = QColor(image.pixel(round(beside.x()), round(beside.y())))
    assert contrast(painted, theme.background) >= NON_TEXT
    reach = round(BADGE_RADIUS * 4 * 0.6)
    letter = [
        QColor(image.pixel(round(centre.x()) + dx, round(centre.y()) + dy))
        for dx in range(-reach, reach + 1, 2)
        for dy in range(-reach, reach + 1, 2)
    ]
    assert max(contrast(c, painted) for c in letter) >= TEXT, "the letter is drawn and reads"


def _history(style: ChartStyle) -> list[tuple[str, QColor]]:
    demo = read_document(demo_path())
    figure = charts.history_chart(demo.map, demo.snapshots, style)
    return [
        (line.get_label(), QColor(to_hex(line.get_color()))) for line in figure.axes[0].get_lines()
    ]


@pytest.mark.parametrize("style", [LIGHT, DARK], ids=["light", "dark"])
def test_every_line_of_the_over_time_chart_shows(style: ChartStyle) -> None:
    lines = _history(style)
    assert len(lines) == len(HelpType)
    for label, colour in lines:
        assert contrast(colour, QColor(style.background)) >= NON_TEXT, label


@pytest.mark.parametrize("style", [LIGHT, DARK], ids=["light", "dark"])
def test_every_bar_shows_by_its_fill_or_its_outline(style: ChartStyle) -> None:
    demo = read_document(demo_path())
    background = QColor(style.background)
    for figure in (charts.coverage_chart(demo.map, style), charts.balance_chart(demo.map, style)):
        for axes in figure.axes:
            for patch in axes.patches:
                fill, edge = (
                    QColor(to_hex(patch.get_facecolor())),
                    QColor(to_hex(patch.get_edgecolor())),
                )
                if patch.get_facecolor()[3] == 0:  # an outline only
                    assert contrast(edge, background) >= NON_TEXT
                    continue
                assert max(contrast(fill, background), contrast(edge, background)) >= NON_TEXT


@pytest.fixture
def dark_desktop(qapp):  # type: ignore[no-untyped-def]
    """Fusion with a dark palette, as on a desktop set to dark; put back afterwards."""
    from PySide6.QtGui import QPalette

    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    dark = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, "#2b2d31"),
        (role.WindowText, "#e8e6e3"),
        (role.Base, "#1f2126"),
        (role.Text, "#e8e6e3"),
        (role.Button, "#34373d"),
        (role.ButtonText, "#e8e6e3"),
        (role.Highlight, "#3d7fc4"),
        (role.HighlightedText, "#ffffff"),
    ):
        dark.setColor(which, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _middle_colour(widget) -> QColor:  # type: ignore[no-untyped-def]
    """The colour most of a button's face is painted in (its text left aside)."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for x in range(3, image.width() - 3):
        for y in range(3, image.height() - 3):
            counts[image.pixel(x, y)] = counts.get(image.pixel(x, y), 0) + 1
    return QColor(max(counts, key=lambda pixel: counts[pixel]))


def test_a_pressed_conflict_button_looks_pressed_in_the_dark(dark_desktop, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    sam = window.document.add_person("Sam")
    kim = window.document.add_person("Kim")
    window.document.add_tie(sam, kim)
    window.selection.set([sam], sam)
    window.person_dock.raise_()
    ties = window.person_dock.ties
    button = ties.conflict_button
    qtbot.waitUntil(button.isVisible)
    released = _middle_colour(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(button.isChecked)
    assert window.document.require_map().tie(sam, kim).conflict
    pressed = _middle_colour(button)
    assert contrast(pressed, released) >= 1.5  # unstyled, Fusion drew both nearly alike

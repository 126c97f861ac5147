"""File → Export picture: the map for paper and sharing, with a small legend, as PNG, SVG or PDF.

A picture is not a copy of the screen (DESIGN §5): it is drawn afresh from the map in the light
print scheme, without the selection, a finding's highlight or the fading of what-if, and it
carries the map's title and the date (a past moment's own day, while one is shown, without
the marks of a comparison). It is composed in scene units: a header with title and
date, the map (its rings and everyone on it) and, if asked for, a legend strip underneath that
explains the safety styles and the help-type badges, so a picture handed to someone else still
reads without the app. PNGs are rendered at twice the scene resolution (sharp when printed or
shown on high-DPI screens); SVG (QSvgGenerator) and PDF (QPdfWriter) stay vector, and a PDF is
one A4 or Letter page, as is usual where the person lives. Every format is rendered into memory
first and then written atomically, so a failed export never leaves half a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QMessageBox,
    QWidget,
)

from supportmap.gui.canvas.picture_legend import LEGEND_BASE_WIDTH, PADDING, Legend
from supportmap.gui.canvas.scene import MapScene
from supportmap.gui.canvas.theme import CanvasTheme, theme_for
from supportmap.gui.document import MapDocument
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import charts as strings
from supportmap.gui.texts import text
from supportmap.reports.export import ExportError, write_atomically

PNG_SCALE = 2.0
"""PNG pixels per scene unit: twice the on-screen size at 100 % zoom."""

SCENE_MARGIN = 40.0
SCREEN_DPI = 96
"""Canvas fonts are in points; painting at the screen's logical dpi keeps them to scale."""

FORMATS = (".png", ".svg", ".pdf")
FOLDER_SETTING = "export/picture_folder"
TITLE_PIXELS = 22.0
DATE_PIXELS = 14.0
PAGE_MARGIN_MM = 12.0

LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
    }
)
"""Where Letter paper is the usual size; everywhere else prints on A4."""


def today() -> QDate:
    """The date a picture carries (tests fix it)."""
    return QDate.currentDate()


def page_size_for(locale: QLocale) -> QPageSize.PageSizeId:
    """A4, or Letter where that is the usual paper (the United States, Canada and others)."""
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def export_picture(scene: QGraphicsScene, path: Path, legend: bool = True) -> None:
    """Write a picture of ``scene`` to ``path`` in the format its extension names.

    Args:
        scene: the map canvas's scene (``view.scene()`` of the map view).
        path: a file ending in .png, .svg or .pdf; replaced atomically if it exists.
        legend: add the strip that explains safety styles and badges.

    Raises:
        ExportError: the extension is not one of the three, or the file could not be written;
            the message says what to do.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(text(strings.EXPORT_UNKNOWN_FORMAT).replace("%1", path.name))
    title = _title_of(scene)
    with printable(scene) as printed:
        date = QLocale().toString(_date_of(scene), _DATE_FORMAT)
        picture = _Picture(printed, legend, title, date)
        if suffix == ".png":
            data = picture.png()
        elif suffix == ".svg":
            data = picture.svg(title)
        else:
            data = picture.pdf(title, page_size_for(QLocale()))
    write_atomically(path, data)


_DATE_FORMAT = QLocale.FormatType.LongFormat


def paint_map(painter: QPainter, target: QRectF, scene: QGraphicsScene) -> None:
    """Draw the map of ``scene`` with its legend, without title or date, fitted and centred in
    ``target`` (the reports place it on their page; pass a scene from `printable`).

    The canvas sizes its text in points, which a device turns into its own pixels: on a
    1200 dpi printer the names would grow fourfold against the rings. So the map is recorded
    at the screen's 96 dpi first, as on screen and in a picture, and that recording is replayed
    to scale on any device.
    """
    from PySide6.QtGui import QPicture

    picture = _Picture(scene, True, "", "", header=False)
    recording = QPicture()
    recorder = QPainter(recording)
    try:
        picture.paint(recorder)
    finally:
        recorder.end()
    scale = min(target.width() / picture.size.width(), target.height() / picture.size.height())
    painter.save()
    try:
        painter.translate(
            target.x() + (target.width() - picture.size.width() * scale) / 2,
            target.y() + (target.height() - picture.size.height() * scale) / 2,
        )
        # Replayed on a device of another resolution, a recording scales itself to it.
        device_scale = recording.logicalDpiX() / painter.device().logicalDpiX()
        painter.scale(scale * device_scale, scale * device_scale)
        painter.drawPicture(0, 0, recording)
    finally:
        painter.restore()


def map_aspect(scene: QGraphicsScene) -> float:
    """Height over width of what `paint_map` draws, so a page can make room for it."""
    size = _Picture(scene, True, "", "", header=False).size
    return size.height() / size.width()


@contextmanager
def printable(scene: QGraphicsScene) -> Iterator[QGraphicsScene]:
    """The map drawn afresh for paper: light scheme, nobody selected, nothing faded.

    People stand where they stand on screen. Any other scene is printed as it is.
    """
    if not isinstance(scene, MapScene):
        yield scene
        return
    printed = MapScene(scene.document, SelectionState(scene.document), dark=False)
    try:
        for item in scene.person_items():
            twin = printed.person_item(item.person_id)
            if twin is not None:
                twin.move_to(item.pos())
        yield printed
    finally:
        shiboken6.delete(printed)  # also ends its connections to the document


class _Picture:
    """The layout of one export: the header with title and date, the map and the legend under
    it, in scene units."""

    def __init__(
        self,
        scene: QGraphicsScene,
        with_legend: bool,
        title: str,
        date: str,
        header: bool = True,
    ) -> None:
        self.scene = scene
        self.source = _map_rect(scene)
        width = self.source.width()
        self.theme = _theme_of(scene)
        scale = max(1.0, width / LEGEND_BASE_WIDTH)
        self.legend = Legend(self.theme, width, scale=scale) if with_legend else None
        self.title, self.date = title, date
        self.title_font = QFont(QGuiApplication.font())
        self.title_font.setBold(True)
        self.title_font.setPixelSize(round(TITLE_PIXELS * scale))
        self.date_font = QFont(QGuiApplication.font())
        self.date_font.setPixelSize(round(DATE_PIXELS * scale))
        self.padding = PADDING * scale
        self.with_header = header
        self.header = (
            QFontMetricsF(self.title_font).height()
            + QFontMetricsF(self.date_font).height()
            + 2 * self.padding
            if header
            else 0.0
        )
        legend_height = self.legend.height if self.legend is not None else 0.0
        self.size = QSizeF(width, self.header + self.source.height() + legend_height)

    def paint(self, painter: QPainter) -> None:
        """Draw the whole picture with ``painter`` already mapped to scene units."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, self.size.width(), self.size.height()), self._background())
        if self.with_header:
            self._paint_header(painter)
        target = QRectF(0, self.header, self.source.width(), self.source.height())
        with _uncached(self.scene):
            self.scene.render(painter, target, self.source)
        if self.legend is not None:
            painter.save()
            painter.translate(0, self.header + self.source.height())
            self.legend.paint(painter)
            painter.restore()

    def _paint_header(self, painter: QPainter) -> None:
        left, width = self.padding, self.size.width() - 2 * self.padding
        title_height = QFontMetricsF(self.title_font).height()
        painter.setPen(self.theme.text)
        painter.setFont(self.title_font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        title = QFontMetricsF(self.title_font).elidedText(
            self.title, Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRectF(left, self.padding, width, title_height), flags, title)
        painter.setPen(self.theme.muted_text)
        painter.setFont(self.date_font)
        date_top = QPointF(left, self.padding + title_height)
        date_height = QFontMetricsF(self.date_font).height()
        painter.drawText(QRectF(date_top, QSizeF(width, date_height)), flags, self.date)

    def png(self) -> bytes:
        image = QImage(
            QSize(
                round(self.size.width() * PNG_SCALE),
                round(self.size.height() * PNG_SCALE),
            ),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        # Paint at the screen's 96 dpi so point-sized fonts match the canvas; only then record
        # the doubled resolution, so the file prints at the size of the map on screen.
        # A device pixel ratio (not a painter scale) keeps cosmetic pens, such as the rings,
        # as heavy as on a high-DPI screen.
        image.setDevicePixelRatio(PNG_SCALE)
        _set_dpi(image, SCREEN_DPI)
        image.fill(self._background())
        painter = QPainter(image)
        try:
            self.paint(painter)
        finally:
            painter.end()
        _set_dpi(image, SCREEN_DPI * PNG_SCALE)
        return _bytes_of(lambda device: image.save(device, "PNG"))  # type: ignore[call-overload]

    def svg(self, title: str) -> bytes:
        # Qt's SVG module is a library of its own: it loads with the first SVG export.
        from PySide6.QtSvg import QSvgGenerator

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        width, height = round(self.size.width()), round(self.size.height())
        generator.setResolution(SCREEN_DPI)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription(text(strings.EXPORT_PICTURE_TIP))
        painter = QPainter(generator)
        try:
            self.paint(painter)
        finally:
            painter.end()
        return bytes(buffer.data().data())

    def pdf(self, title: str, paper: QPageSize.PageSizeId) -> bytes:
        """One page of ``paper``, turned to suit the picture, with the picture fitted inside
        its margins and centred."""
        from PySide6.QtGui import QPageLayout, QPdfWriter

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("SupportMap")
        # Scene units stay 1/96 inch as on screen, so fonts keep their size relative to the map;
        # the output is vector, the resolution only sets the units.
        writer.setResolution(SCREEN_DPI)
        wide = self.size.width() > self.size.height()
        orientation = (
            QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
        )
        margin = PAGE_MARGIN_MM
        writer.setPageLayout(
            QPageLayout(
                QPageSize(paper),
                orientation,
                QMarginsF(margin, margin, margin, margin),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter(writer)
        try:
            room = QSizeF(painter.device().width(), painter.device().height())
            scale = min(room.width() / self.size.width(), room.height() / self.size.height())
            painter.translate(
                (room.width() - self.size.width() * scale) / 2,
                (room.height() - self.size.height() * scale) / 2,
            )
            painter.scale(scale, scale)
            self.paint(painter)
        finally:
            painter.end()
        return bytes(buffer.data().data())

    def _background(self) -> object:
        brush = self.scene.backgroundBrush()
        return brush.color() if brush.style() != brush.style().NoBrush else self.theme.background


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def _bytes_of(write: Callable[[QBuffer], bool]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not write(buffer):
        raise ExportError(text(strings.EXPORT_DRAW_FAILED))
    buffer.close()
    return bytes(data.data())


@contextmanager
def _uncached(scene: QGraphicsScene) -> Iterator[None]:
    """Draw every item afresh: cached pixmaps would make vector output raster and PNGs blurry."""
    cached = [
        (item, item.cacheMode())
        for item in scene.items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def _map_rect(scene: QGraphicsScene) -> QRectF:
    map_rect = getattr(scene, "map_rect", None)
    if callable(map_rect):
        rect = map_rect()
        if isinstance(rect, QRectF) and not rect.isEmpty():
            return rect
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(-200, -200, 400, 400)
    return rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)


def _theme_of(scene: QGraphicsScene) -> CanvasTheme:
    theme = getattr(scene, "theme", None)
    return theme if isinstance(theme, CanvasTheme) else theme_for(False)


def _date_of(scene: QGraphicsScene) -> QDate:
    """The day of the map on screen: a past moment's (the later one of a comparison), or
    today."""
    document = getattr(scene, "document", None)
    if isinstance(document, MapDocument):
        compared = document.compared
        shown = document.moment or (compared.after_entry if compared is not None else None)
        if shown is not None:
            local = shown.taken.astimezone()
            return QDate(local.year, local.month, local.day)
    return today()


def _title_of(scene: QGraphicsScene) -> str:
    document = getattr(scene, "document", None)
    if isinstance(document, MapDocument) and document.support_map is not None:
        support_map = document.support_map
        return support_map.title or text(strings.PICTURE_TITLE).replace(
            "%1", support_map.focus_name
        )
    return "SupportMap"


class ExportPictureAction(QAction):
    """File → Export picture…: asks for a file, then writes the map canvas there.

    Args:
        view: the map view; its scene is exported as it is at the moment of the click.
        document: the open map; the action is disabled while no map is open.
        parent: usually the main window (also the parent of the dialogs).
        settings: where the folder of the last picture is remembered, so the next export
            (also after a restart) starts there; without it, every export starts at home.

    Signals:
        exported(Path): a picture was written (e.g. for a status-bar message).
    """

    exported = Signal(Path)

    def __init__(
        self,
        view: QGraphicsView,
        document: MapDocument,
        parent: QObject,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(text(strings.EXPORT_PICTURE), parent)
        self.setObjectName("ExportPictureAction")
        self.setStatusTip(text(strings.EXPORT_PICTURE_TIP))
        self.setToolTip(text(strings.EXPORT_PICTURE_TIP))
        self._view = view
        self._document = document
        self._settings = settings
        document.reset.connect(self._update_enabled)
        self._update_enabled()
        self.triggered.connect(self.export)

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Ask where to save the picture; None if cancelled. Tests replace this."""
        filters = ";;".join(
            text(f) for f in (strings.PNG_FILTER, strings.SVG_FILTER, strings.PDF_FILTER)
        )
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent, text(strings.EXPORT_PICTURE_CAPTION), str(suggested), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            match = re.search(r"\*(\.\w+)", chosen_filter)
            path = path.with_suffix(match.group(1) if match else ".png")
        return path

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        """Tell the user the picture was not saved. Tests replace this."""
        QMessageBox.warning(parent, text(strings.EXPORT_FAILED_TITLE), message)

    def export(self) -> Path | None:
        """Ask for a file and export; returns the path written, or None."""
        parent = self._dialog_parent()
        scene = self._view.scene()
        if scene is None or self._document.support_map is None:
            type(self).show_error(parent, text(strings.EXPORT_NO_MAP))
            return None
        path = type(self).ask_save_path(parent, self._folder() / f"{self._file_stem()}.png")
        if path is None:
            return None
        try:
            export_picture(scene, path)
        except ExportError as error:
            type(self).show_error(parent, str(error))
            return None
        if self._settings is not None:
            self._settings.setValue(FOLDER_SETTING, str(path.parent))
        self.exported.emit(path)
        return path

    def _folder(self) -> Path:
        """The folder of the last picture saved, while it still exists; else the home folder."""
        remembered = self._settings.value(FOLDER_SETTING) if self._settings is not None else None
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        return Path.home()

    def _update_enabled(self) -> None:
        self.setEnabled(self._document.support_map is not None)

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else self._view.window()

    def _file_stem(self) -> str:
        support_map = self._document.support_map
        name = (support_map.title or support_map.focus_name) if support_map else "SupportMap"
        return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip() or "SupportMap"

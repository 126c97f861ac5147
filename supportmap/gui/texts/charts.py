"""Sentences of the charts dock and of exporting pictures of the map.

Kept together so they can be reviewed against VOICE.md and translated in one pass; each is
marked for lupdate and shown with `supportmap.gui.texts.text`. The words inside the charts
themselves live in ``supportmap.reports.chart_texts`` (the reports layer has no Qt).
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

CHARTS_DOCK_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Charts")
CHARTS_LOADING = QT_TRANSLATE_NOOP("SupportMap", "Preparing the charts…")
SAVE_PNG = QT_TRANSLATE_NOOP("SupportMap", "Save as PNG…")
SAVE_SVG = QT_TRANSLATE_NOOP("SupportMap", "Save as SVG…")
SAVE_PNG_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Save this chart as a picture (PNG), for example to add to notes or a report."
)
SAVE_SVG_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Save this chart as a drawing that stays sharp at any size (SVG)."
)
SAVE_CHART_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Save chart")
SAVE_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The chart was not saved")
CHART_SAVED = QT_TRANSLATE_NOOP("SupportMap", "Saved the chart as %1.")
PNG_FILTER = QT_TRANSLATE_NOOP("SupportMap", "PNG picture (*.png)")
SVG_FILTER = QT_TRANSLATE_NOOP("SupportMap", "SVG drawing (*.svg)")
PDF_FILTER = QT_TRANSLATE_NOOP("SupportMap", "PDF document (*.pdf)")

EXPORT_PICTURE = QT_TRANSLATE_NOOP("SupportMap", "Export pi&cture…")
EXPORT_PICTURE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Save a picture of the map, with a small legend, as PNG, SVG or PDF."
)
EXPORT_PICTURE_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Export a picture of the map")
EXPORT_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The picture was not saved")
EXPORT_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "SupportMap", "Cannot save a picture as “%1”: choose a name ending in .png, .svg or .pdf."
)
EXPORT_DRAW_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap", "Could not draw the picture; try another format or a smaller map."
)
EXPORT_NO_MAP = QT_TRANSLATE_NOOP(
    "SupportMap", "There is no map open to export. Open or create a map first."
)
PICTURE_SAVED = QT_TRANSLATE_NOOP("SupportMap", "Saved a picture of the map as %1.")
PICTURE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Map for %1")

LEGEND_SAFETY = QT_TRANSLATE_NOOP("SupportMap", "How safe it feels")
LEGEND_HELP = QT_TRANSLATE_NOOP("SupportMap", "Help you receive")
LEGEND_LINES = QT_TRANSLATE_NOOP("SupportMap", "Lines")
LEGEND_RECEIVE = QT_TRANSLATE_NOOP("SupportMap", "Arrow towards you: help you receive")
LEGEND_GIVE = QT_TRANSLATE_NOOP("SupportMap", "Arrow towards them: help you give")
LEGEND_ONE_SIDED = QT_TRANSLATE_NOOP("SupportMap", "Mostly one way")
LEGEND_TIE = QT_TRANSLATE_NOOP("SupportMap", "They know each other")
LEGEND_CONFLICT = QT_TRANSLATE_NOOP("SupportMap", "Tension between them")

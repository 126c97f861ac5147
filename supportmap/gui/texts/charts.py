"""Sentences of the charts dock and of exporting pictures of the map.

Kept together so they can be reviewed against VOICE.md and translated in one pass; each is
shown through ``QCoreApplication.translate`` with the context "Charts". The words inside the
charts themselves live in ``supportmap.reports.chart_texts`` (the reports layer has no Qt).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Charts"


def tr(text: str) -> str:
    """Translate one text of this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


CHARTS_DOCK_TITLE = "Charts"
CHARTS_LOADING = "Preparing the charts…"
SAVE_PNG = "Save as PNG…"
SAVE_SVG = "Save as SVG…"
SAVE_PNG_TIP = "Save this chart as a picture (PNG), for example to add to notes or a report."
SAVE_SVG_TIP = "Save this chart as a drawing that stays sharp at any size (SVG)."
SAVE_CHART_CAPTION = "Save chart"
SAVE_FAILED_TITLE = "The chart was not saved"
CHART_SAVED = "Saved the chart as %1."
PNG_FILTER = "PNG picture (*.png)"
SVG_FILTER = "SVG drawing (*.svg)"
PDF_FILTER = "PDF document (*.pdf)"

EXPORT_PICTURE = "Export &picture…"
EXPORT_PICTURE_TIP = "Save a picture of the map, with a small legend, as PNG, SVG or PDF."
EXPORT_PICTURE_CAPTION = "Export a picture of the map"
EXPORT_FAILED_TITLE = "The picture was not saved"
EXPORT_UNKNOWN_FORMAT = "Cannot save a picture as “%1”: choose a name ending in .png, .svg or .pdf."
EXPORT_DRAW_FAILED = "Could not draw the picture; try another format or a smaller map."
EXPORT_NO_MAP = "There is no map open to export. Open or create a map first."
PICTURE_SAVED = "Saved a picture of the map as %1."
PICTURE_TITLE = "Map for %1"

LEGEND_SAFETY = "How safe it feels"
LEGEND_HELP = "Help you receive"
LEGEND_LINES = "Lines"
LEGEND_RECEIVE = "Arrow towards you: help you receive"
LEGEND_GIVE = "Arrow towards them: help you give"
LEGEND_ONE_SIDED = "Mostly one way"
LEGEND_TIE = "They know each other"
LEGEND_CONFLICT = "Tension between them"

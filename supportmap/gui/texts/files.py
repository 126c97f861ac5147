"""Sentences of File → Import map… and Export map… (shown with `text`, see the package)."""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

MAP_FILE_FILTER = QT_TRANSLATE_NOOP("SupportMap", "SupportMap maps (*.supportmap.json)")
IMPORT_MAP_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Import a map")
EXPORT_MAP_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Export this map")
IMPORT_MAP_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Add a map from a .supportmap.json file to your library and open it"
)
EXPORT_MAP_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Save this map with its snapshots as a .supportmap.json file, as a copy to keep or to open "
    "on another computer",
)
MAP_IMPORTED = QT_TRANSLATE_NOOP("SupportMap", "Imported %1 and opened it.")
MAP_EXPORTED = QT_TRANSLATE_NOOP("SupportMap", "Saved a copy of the map as %1.")
EXPORT_MAP_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The map could not be exported")
EXPORT_MAP_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "%1\nThe map in your library is unchanged. You could choose another folder and try again.",
)

# File → Export for other tools… and Export all maps to a folder…
GRAPHML_FILTER = QT_TRANSLATE_NOOP(
    "SupportMap", "GraphML for Gephi, networkx or igraph (*.graphml)"
)
CSV_BUNDLE_FILTER = QT_TRANSLATE_NOOP(
    "SupportMap", "CSV tables in a zip, for R, spreadsheets and more (*.zip)"
)
EXPORT_TOOLS_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Export this map for other tools")
EXPORT_TOOLS_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Save this map as GraphML or as CSV tables, for network tools such as Gephi, R or "
    "networkx; notes, next steps and session notes stay out",
)
TOOLS_EXPORTED = QT_TRANSLATE_NOOP("SupportMap", "Saved the map for other tools as %1.")
EXPORT_ALL_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Choose a folder for all your maps")
EXPORT_ALL_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Save every map of your library, with its snapshots, as a .supportmap.json file in one "
    "folder; files already there are kept",
)
EXPORT_ALL_PROGRESS = QT_TRANSLATE_NOOP("SupportMap", "Saving your maps…")
EXPORT_ALL_DONE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Maps exported")
EXPORT_ALL_STOPPED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Export stopped")
EXPORT_ALL_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Not every map could be exported")
EXPORT_ALL_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "%1\nThe maps in your library are unchanged, and the files saved before this one are "
    "complete. You could choose another folder and try again.",
)

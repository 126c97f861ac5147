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

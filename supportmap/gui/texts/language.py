"""Sentences of the language choice (View → Language)."""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

LANGUAGE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "The language SupportMap speaks; a new choice applies from the next start"
)
LANGUAGE_NEXT_START = QT_TRANSLATE_NOOP(
    "SupportMap", "SupportMap will speak %1 from the next time it starts."
)
SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("SupportMap", "the system's language")

"""Sentences of presentation mode and quick hide (DESIGN §8.2), shown with `text`.

``%1`` is the key that does it, in the platform's own words ("F5").
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

PRESENTATION_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Show this map on a shared screen: other maps and each person's notes are hidden and the "
    "text is larger (%1)",
)
PRESENTATION_ON = QT_TRANSLATE_NOOP(
    "SupportMap", "Presentation mode: other maps and notes are hidden. %1 leaves it."
)
FULL_SCREEN_TIP = QT_TRANSLATE_NOOP("SupportMap", "Let the window fill the whole screen (%1)")
QUICK_HIDE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Cover the window at once with a plain screen that shows no names. The same key, or a "
    "click, brings it back (%1)",
)

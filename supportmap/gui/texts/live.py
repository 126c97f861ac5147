"""Sentences about other windows and colleagues changing the same library (DESIGN §11)."""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

CONFLICT_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Someone else changed this map")
CONFLICT_EDIT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Someone else changed this map at the same moment, in another window or on another "
    "computer. Your change “%1” was not saved, because it was made on the map as it was before "
    "theirs and saving it would have overwritten their work.\n\nThe map now shows their "
    "version. If it still feels right, you could make your change again on top of it.",
)
CONFLICT_UNDO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Someone else changed this map at the same moment, in another window or on another "
    "computer. Undoing “%1” was not saved, because it would have overwritten their work.\n\n"
    "The map now shows their version. If it still feels right, you could undo it again on top "
    "of their version.",
)
CONFLICT_HISTORY = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Undo starts afresh from here, as the earlier steps were made on the map before their change.",
)
CONFLICT_THEIRS = QT_TRANSLATE_NOOP("SupportMap", "What they changed:")
REAPPLY_DOES_NOT_FIT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "“%1” could not be made again on their version of the map: %2. The map stays as they left it.",
)
REAPPLY_NOTHING_LEFT = QT_TRANSLATE_NOOP(
    "SupportMap", "Their version already includes “%1”, so there was nothing more to do."
)
REAPPLIED = QT_TRANSLATE_NOOP("SupportMap", "“%1” was made again and saved.")
MAP_GONE = QT_TRANSLATE_NOOP("SupportMap", "This map is no longer the one on screen.")
LIBRARY_UNREACHABLE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The library cannot be reached right now, so changes cannot be saved. What is on screen "
    "stays, and SupportMap keeps trying.",
)
LIBRARY_BACK = QT_TRANSLATE_NOOP(
    "SupportMap", "The library can be reached again; the map shows its latest version."
)
EDIT_WHILE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The library cannot be reached right now, so this change was not made. Everything saved "
    "before is safe. You could make it again once the status bar says the library is back.",
)
WAITING_FOR_SERVER = QT_TRANSLATE_NOOP("SupportMap", "Waiting for the practice server to answer…")
MAP_GONE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This map is no longer in the library: it was deleted in another window or by a colleague, "
    "or it is no longer shared with you. It has been closed; your other maps are as they were.",
)

"""Sentences of the History panel and End session… (shown with `text`, see the package)."""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

HISTORY_EMPTY = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Nothing here yet, and that is fine. At the end of a session you can keep a snapshot of the "
    "map as it is, with a note if you like. Later you can look back at it and see, in plain "
    "words, what has changed since.",
)
HISTORY_NO_MAP = QT_TRANSLATE_NOOP(
    "SupportMap", "Open a map to see its snapshots and session notes here."
)
HISTORY_LIST_KEYS = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Newest first. Enter opens a snapshot or edits a note, F2 renames or edits, Delete "
    "removes, and the menu key shows everything else.",
)
SESSION_LABEL = QT_TRANSLATE_NOOP("SupportMap", "Session %1 · %2")
"""The label End session… suggests: the session's number and today's date."""

END_SESSION_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This keeps the map as it is now, so next time you can see what has changed. You can "
    "change the name.",
)
END_SESSION_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Keep a snapshot of the map, with a note if you like, at the end of a session"
)
SESSION_ENDED = QT_TRANSLATE_NOOP(
    "SupportMap", "Session kept as “%1”. The History panel shows it with your notes."
)
NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SupportMap", "Optional: what you talked about, or what you might look at next time"
)
NOTE_TEXT_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SupportMap", "What you talked about, or what you might look at next time"
)
PRIVATE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "A private note is not shown in presentation mode, on a shared screen."
)
LABEL_NOT_USED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "That name could not be used: it needs at least one visible character, at most 80 in all, "
    "and no control characters.",
)
NOTE_NOT_USED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "That note could not be kept: it may hold up to 20,000 characters and no control characters.",
)
RENAME_SNAPSHOT_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "New name for the snapshot “%1”:")
CONFIRM_DELETE_SNAPSHOT = QT_TRANSLATE_NOOP("SupportMap", "Delete the snapshot “%1”?")
CONFIRM_DELETE_SNAPSHOT_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This cannot be undone. The map as it is now and your session notes stay as they are.",
)
CONFIRM_RESTORE = QT_TRANSLATE_NOOP("SupportMap", "Make “%1” the current map?")
CONFIRM_RESTORE_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The people and their connections become as they were then. Your session notes stay. "
    "Undo can take it back.",
)
RESTORED = QT_TRANSLATE_NOOP(
    "SupportMap", "The map is now as it was at “%1”. Undo can take it back."
)
SNAPSHOT_DELETED = QT_TRANSLATE_NOOP("SupportMap", "Snapshot “%1” deleted.")
SNAPSHOT_RENAMED = QT_TRANSLATE_NOOP("SupportMap", "Snapshot renamed to “%1”.")
NOTE_DELETED = QT_TRANSLATE_NOOP("SupportMap", "Note deleted. Undo brings it back.")
NOTE_MADE_PRIVATE = QT_TRANSLATE_NOOP(
    "SupportMap", "The note is private now: presentation mode does not show it."
)
NOTE_MADE_SHARED = QT_TRANSLATE_NOOP(
    "SupportMap", "The note is no longer private: presentation mode shows it."
)
CHOOSE_MOMENT_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Compare “%1” with which snapshot?")
OPEN_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "See the map as it was then, read-only (Enter). Nothing of today changes."
)
COMPARE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "See what has changed between this snapshot and now, or another snapshot"
)
RESTORE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Make the map look as it did in this snapshot again (Undo can take it back)"
)
ADD_NOTE_TIP = QT_TRANSLATE_NOOP("SupportMap", "Write a session note, private unless you say so")
SINCE_HEADING = QT_TRANSLATE_NOOP("SupportMap", "Since “%1” (%2)")
"""Above what changed since the newest snapshot: its label and the day it was kept."""
SINCE_NOTHING = QT_TRANSLATE_NOOP("SupportMap", "Nothing on the map has changed since then.")
SINCE_MORE = QT_TRANSLATE_NOOP(
    "SupportMap", "“Show what changed” marks every change on the map and lists it."
)
SINCE_UNREAD = QT_TRANSLATE_NOOP(
    "SupportMap",
    "What changed since the last snapshot cannot be shown right now, because it could not be "
    "read. The list below still works.",
)

"""Sentences the app shows, in one place so they can be reviewed (VOICE.md) and translated.

Short labels ("Name", "Delete") stay next to their widgets in ``self.tr()``; everything longer —
prompts, confirmations, explanations, error messages — lives here, marked for lupdate and shown
with `supportmap.gui.texts.text` (see the package docstring).
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP, text

__all__ = ["text"]  # call sites import the helper from here, beside the sentences

# --- start --------------------------------------------------------------------------------

START_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Welcome to SupportMap")
START_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "A support map shows the people around someone: who is there, what help flows each way, "
    "and how safe each person feels.\n\nWho is this map for?",
)
START_NAME_PLACEHOLDER = QT_TRANSLATE_NOOP("SupportMap", "A first name is enough, or simply “Me”")
START_TITLE_PLACEHOLDER = QT_TRANSLATE_NOOP("SupportMap", "Optional, e.g. “Alex — first session”")

NOT_EMERGENCY = QT_TRANSLATE_NOOP(
    "SupportMap",
    "SupportMap is not an emergency service. If you or someone else is in danger, please call "
    "your local emergency number or a crisis line.",
)

# --- person editing -----------------------------------------------------------------------

NAME_EMPTY = QT_TRANSLATE_NOOP("SupportMap", "A name is needed. The previous name is kept.")
NAME_NOT_USED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "That name could not be used: a name needs at least one visible character, at most 80 in "
    "all, and no control characters. Nothing was changed.",
)
ADD_PERSON_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Who would you like to add?")
RENAME_PERSON_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "New name for %1:")
NO_PERSON_SELECTED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Select someone on the map or in the People list to see and edit what they mean to you.",
)
NEXT_STEP_HINT = QT_TRANSLATE_NOOP(
    "SupportMap", "One small, concrete step, e.g. “Reply to Sam's message”"
)
HELP_GRID_HINT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "For each kind of help: how much you receive from this person, and how much you give them.",
)
CONNECT_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Who does %1 know?")
CONNECT_NOBODY = QT_TRANSLATE_NOOP(
    "SupportMap", "There is nobody else on the map yet to connect %1 with."
)
TIES_EMPTY = QT_TRANSLATE_NOOP("SupportMap", "%1 is not connected to anyone else on the map yet.")
DELETED_UNDO_HINT = QT_TRANSLATE_NOOP("SupportMap", "You can bring them back with Undo.")
ADD_PERSON_TIP = QT_TRANSLATE_NOOP("SupportMap", "Add someone to the map (N)")
EDIT_PERSON_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Edit the selected person in the Person panel (Enter)"
)
DELETE_PEOPLE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Remove the selected people and their connections (Del)"
)
CONNECT_PERSON_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Record that the selected person knows someone"
)
TIE_CONFLICT_NAME = QT_TRANSLATE_NOOP("SupportMap", "Mark this connection as a conflict")
TIE_REMOVE_NAME = QT_TRANSLATE_NOOP("SupportMap", "Remove this connection")
TIE_CONNECT_NAME = QT_TRANSLATE_NOOP("SupportMap", "Connect with someone")
CONNECT_TOOL_HINT = QT_TRANSLATE_NOOP(
    "SupportMap", "Connect: click a person, then someone they know. Esc to stop."
)
CONNECT_TOOL_HINT_FROM = QT_TRANSLATE_NOOP(
    "SupportMap", "Connect: click someone %1 knows. Esc to stop."
)

# --- people list ----------------------------------------------------------------------------

PEOPLE_TABLE_KEYS = QT_TRANSLATE_NOOP(
    "SupportMap", "Insert adds, F2 renames, Delete removes, Enter edits, Ctrl+L connects."
)
BALANCE_HEADER_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Which way help mostly goes between you and this person. Left empty while no help is "
    "noted, for professionals and for people you could reach out to.",
)
BALANCE_PROFESSIONAL_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Help from professionals is paid, so give and take is left out for them."
)
PEOPLE_FILTER_KEYS = QT_TRANSLATE_NOOP(
    "SupportMap", "Shows the people whose row contains what you type. Down moves to the list."
)
PEOPLE_SORT_KEYS = QT_TRANSLATE_NOOP(
    "SupportMap", "The column the list is sorted by. Clicking a column heading changes it too."
)
PEOPLE_SORT_REVERSE_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Sort the other way round: Z to A, or the largest numbers first"
)

# --- maps -----------------------------------------------------------------------------------

NEW_MAP_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Who is the new map for?")
RENAME_MAP_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "New title for this map:")
CONFIRM_DELETE_MAP = QT_TRANSLATE_NOOP("SupportMap", "Delete the map “%1” and everything in it?")
CONFIRM_DELETE_MAP_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This cannot be undone. If you might want it later, you could first keep a copy with "
    "File → Export map…",
)
MAP_SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP("SupportMap", "Search maps by title or name")
MAP_LIST_KEYS = QT_TRANSLATE_NOOP("SupportMap", "Click a map, or press Enter on it, to open it.")
NEW_MAP_TIP = QT_TRANSLATE_NOOP("SupportMap", "Create a new map")
RENAME_MAP_TIP = QT_TRANSLATE_NOOP("SupportMap", "Rename the selected map (it opens first)")
DUPLICATE_MAP_TIP = QT_TRANSLATE_NOOP("SupportMap", "Make a copy of the selected map")
DELETE_MAP_TIP = QT_TRANSLATE_NOOP("SupportMap", "Delete the selected map")
PEOPLE_FILTER_PLACEHOLDER = QT_TRANSLATE_NOOP("SupportMap", "Filter by any column")
SNAPSHOT_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "A snapshot keeps this map as it is now, so you can look back and see what has changed. "
    "What would you like to call it?",
)
SNAPSHOT_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Keep a copy of the map as it is now, e.g. at the end of a session"
)
SNAPSHOT_TAKEN = QT_TRANSLATE_NOOP(
    "SupportMap", "Snapshot “%1” kept. The Charts panel shows the change over time."
)
NO_MAP_OPEN = QT_TRANSLATE_NOOP("SupportMap", "No map is open. Create one in the Maps panel.")
NEW_MAP_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Start a new map: it asks who the map is for, and opens it."
)
OPENING_LIBRARY = QT_TRANSLATE_NOOP("SupportMap", "Opening your maps…")
EMPTY_MAP_HINT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This map is empty, and that is a fine place to start. Press N or use Add person to add "
    "someone.",
)

# --- problems -------------------------------------------------------------------------------

SAVE_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "That change could not be saved")
SAVE_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The last change could not be saved, so it was taken back. Everything saved before it is "
    "safe.\n\nYou could check that the disk has free space and try again.\n\nDetails: %1",
)
IMPORT_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "That file could not be opened")
IMPORT_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap", "%1 could not be imported: %2\nYour library is unchanged."
)
LIBRARY_FAILED = QT_TRANSLATE_NOOP("SupportMap", "The library could not be opened: %1")
SCREENSHOT_FAILED = QT_TRANSLATE_NOOP("SupportMap", "The picture could not be written to %1.")

ABOUT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "SupportMap helps you draw the people you can lean on, and shows gently where support is "
    "thin or one-sided.\n\nEverything stays on this computer. SupportMap is not an emergency "
    "service: if you or someone else is in danger, please call your local emergency number or "
    "a crisis line.",
)

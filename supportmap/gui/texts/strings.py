"""Sentences the app shows, in one place so they can be reviewed (VOICE.md) and translated.

Short labels ("Name", "Delete") stay next to their widgets in ``self.tr()``; everything longer —
prompts, confirmations, explanations, error messages — lives here. Each text goes through
`QCoreApplication.translate` with the context "strings" when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def text(source: str) -> str:
    """The translated form of one of the sentences below."""
    return QCoreApplication.translate("strings", source)


# --- start --------------------------------------------------------------------------------

START_TITLE = "Welcome to SupportMap"
START_PROMPT = (
    "A support map shows the people around someone: who is there, what help flows each way, "
    "and how safe each person feels.\n\nWho is this map for?"
)
START_NAME_PLACEHOLDER = "A first name is enough, or simply “Me”"
START_TITLE_PLACEHOLDER = "Optional, e.g. “Alex — first session”"

NOT_EMERGENCY = (
    "SupportMap is not an emergency service. If you or someone else is in danger, please call "
    "your local emergency number or a crisis line."
)

# --- person editing -----------------------------------------------------------------------

NAME_EMPTY = "A name is needed. The previous name is kept."
ADD_PERSON_PROMPT = "Who would you like to add?"
RENAME_PERSON_PROMPT = "New name for %1:"
NO_PERSON_SELECTED = (
    "Select someone on the map or in the People list to see and edit what they mean to you."
)
NEXT_STEP_HINT = "One small, concrete step, e.g. “Reply to Sam's message”"
HELP_GRID_HINT = (
    "For each kind of help: how much you receive from this person, and how much you give them."
)
CONNECT_PROMPT = "Who does %1 know?"
CONNECT_NOBODY = "There is nobody else on the map yet to connect %1 with."
TIES_EMPTY = "%1 is not connected to anyone else on the map yet."
DELETED_UNDO_HINT = "You can bring them back with Undo."
ADD_PERSON_TIP = "Add someone to the map (N)"
EDIT_PERSON_TIP = "Edit the selected person in the Person panel (Enter)"
DELETE_PEOPLE_TIP = "Remove the selected people and their connections (Del)"
CONNECT_PERSON_TIP = "Record that the selected person knows someone"
TIE_CONFLICT_NAME = "Mark this connection as a conflict"
TIE_REMOVE_NAME = "Remove this connection"
TIE_CONNECT_NAME = "Connect with someone"

# --- people list ----------------------------------------------------------------------------

PEOPLE_TABLE_KEYS = "Insert adds, F2 renames, Delete removes, Enter edits, Ctrl+L connects."
BALANCE_HEADER_TIP = "Positive: you receive more than you give. Negative: you give more."
BALANCE_PROFESSIONAL_TIP = "Help from professionals is left out of balance."
PEOPLE_FILTER_KEYS = "Shows the people whose row contains what you type. Down moves to the list."
PEOPLE_SORT_KEYS = "The column the list is sorted by. Clicking a column heading changes it too."
PEOPLE_SORT_REVERSE_TIP = "Sort the other way round: Z to A, or the largest numbers first"

# --- maps -----------------------------------------------------------------------------------

NEW_MAP_PROMPT = "Who is the new map for?"
RENAME_MAP_PROMPT = "New title for this map:"
CONFIRM_DELETE_MAP = "Delete the map “%1” and everything in it?"
CONFIRM_DELETE_MAP_DETAIL = (
    "This cannot be undone. If you might want it later, you could export it first."
)
MAP_SEARCH_PLACEHOLDER = "Search maps by title or name"
MAP_LIST_KEYS = "Click a map, or press Enter on it, to open it."
NEW_MAP_TIP = "Create a new map"
RENAME_MAP_TIP = "Rename the selected map (it opens first)"
DUPLICATE_MAP_TIP = "Make a copy of the selected map"
DELETE_MAP_TIP = "Delete the selected map"
PEOPLE_FILTER_PLACEHOLDER = "Filter by any column"
SNAPSHOT_PROMPT = (
    "A snapshot keeps this map as it is now, so you can look back and see what has changed. "
    "What would you like to call it?"
)
SNAPSHOT_TIP = "Keep a copy of the map as it is now, e.g. at the end of a session"
SNAPSHOT_TAKEN = "Snapshot “%1” kept. The Charts panel shows the change over time."
NO_MAP_OPEN = "No map is open. Create one in the Maps panel."
OPENING_LIBRARY = "Opening your maps…"
EMPTY_MAP_HINT = (
    "This map is empty, and that is a fine place to start. Press N or use Add person to add "
    "someone."
)

# --- problems -------------------------------------------------------------------------------

SAVE_FAILED_TITLE = "That change could not be saved"
SAVE_FAILED = (
    "The last change could not be saved, so it was taken back. Everything saved before it is "
    "safe.\n\nYou could check that the disk has free space and try again.\n\nDetails: %1"
)
IMPORT_FAILED_TITLE = "That file could not be opened"
IMPORT_FAILED = "%1 could not be imported: %2\nYour library is unchanged."
LIBRARY_FAILED = "The library could not be opened: %1"
SCREENSHOT_FAILED = "The picture could not be written to %1."

ABOUT = (
    "SupportMap helps you draw the people you can lean on, and shows gently where support is "
    "thin or one-sided.\n\nEverything stays on this computer. SupportMap is not an emergency "
    "service: if you or someone else is in danger, please call your local emergency number or "
    "a crisis line."
)

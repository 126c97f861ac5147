"""Sentences of a protected library (DESIGN §10): unlocking, locking, protecting, and the
passphrases of encrypted map files; shown with `text`.

``%1`` is a file name or a key, as each constant says.
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

UNLOCK_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Open your protected library")
UNLOCK_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This library is protected with a passphrase. Type it to see your maps.",
)
UNLOCK_AGAIN_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The library was locked, so nothing of it shows. Type its passphrase to go back where you "
    "were.",
)
UNCOVER_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap", "The library is protected. Type its passphrase to show the window again."
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "That passphrase does not open this library. Nothing was changed; check it (Caps Lock, "
    "the keyboard layout) and try again.",
)
FILE_PASSPHRASE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Open an encrypted map")
FILE_PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap", "%1 is encrypted. Type the passphrase it was saved with."
)
WRONG_FILE_PASSPHRASE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "That passphrase does not open %1. The file was left as it was; check it and try again.",
)
LOCKED_HINT = QT_TRANSLATE_NOOP(
    "SupportMap", "Locked. Click anywhere, or press %1, and type the passphrase to go on."
)
LOCK_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Close the library and cover the window until its passphrase is typed again (%1)",
)
LOCK_NEEDS_PROTECTION = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Locking is for a library protected with a passphrase (File, Protect with a passphrase…).",
)

# Protect, change, remove
PROTECT_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Protect the library with a passphrase")
PROTECT_INTRO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "With a passphrase the library is encrypted on this computer: someone who copies the file "
    "or finds the laptop cannot read it. The app asks for the passphrase when it starts.",
)
PROTECT_WARNING = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Nobody can recover a forgotten passphrase, not even SupportMap: keep it somewhere safe. "
    "Copies of the library you made elsewhere (your own backups) stay as they are.",
)
CHANGE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Change the passphrase")
CHANGE_INTRO = QT_TRANSLATE_NOOP(
    "SupportMap", "Type the passphrase the library has now, then the new one twice."
)
REMOVE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Remove the protection")
REMOVE_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Type the library's passphrase. Afterwards the library is a plain file again that anyone "
    "who copies it can read.",
)
REMOVE_QUESTION = QT_TRANSLATE_NOOP("SupportMap", "Remove the passphrase from this library?")
REMOVE_DETAIL = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Your maps stay as they are, and the app no longer asks for a passphrase. You can protect "
    "the library again at any time.",
)
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP(
    "SupportMap", "The two new passphrases are not the same yet."
)
STRENGTH_EMPTY = QT_TRANSLATE_NOOP(
    "SupportMap", "A few unrelated words make a passphrase that is long and easy to remember."
)
STRENGTH_SHORT = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This one is short and could be guessed. A few more words would make it much stronger.",
)
STRENGTH_FAIR = QT_TRANSLATE_NOOP(
    "SupportMap", "This one is fair. One or two more words would make it stronger."
)
STRENGTH_GOOD = QT_TRANSLATE_NOOP("SupportMap", "This one is long enough to be hard to guess.")
PROTECTED_DONE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The library is now protected with a passphrase. Copies made elsewhere before now are not "
    "protected by it.",
)
CHANGED_DONE = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The library now opens with the new passphrase. Copies made elsewhere before now still "
    "open with the old one.",
)
REMOVED_DONE = QT_TRANSLATE_NOOP(
    "SupportMap", "The library is no longer protected; it opens without a passphrase."
)
CONVERT_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The library was left as it was")
CONVERT_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap", "%1\nYour maps are safe and unchanged. You could try again later."
)

# Encrypted map files
ENCRYPTED_MAP_FILTER = QT_TRANSLATE_NOOP("SupportMap", "Encrypted map (*.supportmap.json.age)")
OPEN_MAP_FILTER = QT_TRANSLATE_NOOP(
    "SupportMap", "SupportMap maps, plain or encrypted (*.supportmap.json *.supportmap.json.age)"
)
EXPORT_PASSPHRASE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Encrypt the exported map")
EXPORT_PASSPHRASE_INTRO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Choose a passphrase for this file. Whoever opens it needs the passphrase, in SupportMap "
    "or with the age tool.",
)
EXPORT_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Nobody can recover a forgotten passphrase: keep it somewhere safe, and share it another "
    "way than the file.",
)

# Preferences
PREFERENCES_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Preferences")
IDLE_LOCK_HELP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "A protected library locks itself when nobody has used the app for this long; its "
    "passphrase opens it again.",
)
IDLE_LOCK_UNPROTECTED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "This library is not protected with a passphrase, so it never locks. The choice applies "
    "once it is protected.",
)

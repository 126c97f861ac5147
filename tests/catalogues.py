"""The committed gettext catalogue, and a catalogue that records every text asked of it.

Qt-free, so the command line's and the file reader's texts can be checked with Qt hidden.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parents[1] / "supportmap" / "resources" / "translations"


class RecordingCatalogue(gettext.NullTranslations):
    """Notes every text the Qt-free code asks for and returns it untranslated."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def gettext(self, message: str) -> str:
        self.seen.add(message)
        return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        self.seen.update((msgid1, msgid2))
        return msgid1 if n == 1 else msgid2


def gettext_catalogue() -> set[str]:
    """The msgid (and plural msgid) of every message in the committed ``supportmap.pot``."""
    with (TRANSLATIONS / "supportmap.pot").open("rb") as source:
        catalogue = read_po(source)
    ids: set[str] = set()
    for message in catalogue:
        ids.update(message.id if isinstance(message.id, tuple) else (message.id,))
    return ids

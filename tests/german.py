"""What counts as English on a German screen: the words only the English source texts use.

Every source text of the catalogues (Qt's, gettext's, the English plural forms and argparse's
words) is split into words, and so is every German translation; a word of the first set that
the German never uses (``you``, ``the``, ``people``, ``safe``) marks a text as untranslated.
Placeholders and keyboard accelerators are left out, and the words of the maps themselves
(names, relationships, notes, titles) are ignored: they are the person's, in any language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

from babel.messages.pofile import read_po

from tests.catalogues import TRANSLATIONS

_PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[0-9n]|%[sdr]|\{[^}]*\}|&(?=\w)")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NOT_WRITTEN_BY_THE_PERSON = {"format", "id", "sector", "safety", "barriers", "a", "b", "date"}
_NOT_WRITTEN_BY_THE_PERSON |= {"taken", "circle", "help_type", "version"}


def words(text: str) -> set[str]:
    """The words of ``text`` in lower case, placeholders and accelerators left out."""
    return {word.lower() for word in _WORD.findall(_PLACEHOLDER.sub(" ", text))}


def _qt_texts(path: Path, *, translations: bool) -> Iterable[str]:
    for message in ElementTree.parse(path).getroot().iter("message"):
        if not translations:
            yield message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None:
            yield translation.text or ""
            yield from (form.text or "" for form in translation.iter("numerusform"))


def _gettext_texts(path: Path, *, translations: bool) -> Iterable[str]:
    with path.open("rb") as source:
        for message in read_po(source):
            texts = message.string if translations else message.id
            yield from texts if isinstance(texts, tuple) else (texts,)


def english_only_words() -> set[str]:
    """The words of the English source texts that no German translation uses."""
    german_folder = TRANSLATIONS / "de" / "LC_MESSAGES"
    english: set[str] = set()
    for text in (
        *_qt_texts(TRANSLATIONS / "supportmap.ts", translations=False),
        *_qt_texts(TRANSLATIONS / "supportmap_en.ts", translations=True),
        *_gettext_texts(TRANSLATIONS / "supportmap.pot", translations=False),
        *_gettext_texts(german_folder / "argparse.po", translations=False),
    ):
        english |= words(text)
    german: set[str] = set()
    for text in (
        *_qt_texts(TRANSLATIONS / "supportmap_de.ts", translations=True),
        *_gettext_texts(german_folder / "supportmap.po", translations=True),
        *_gettext_texts(german_folder / "argparse.po", translations=True),
    ):
        german |= words(text)
    return english - german


def words_of_maps(paths: Iterable[Path]) -> set[str]:
    """Every word the person wrote in these map files: names, notes, titles, labels."""
    found: set[str] = set()

    def walk(value: object, key: str | None) -> None:
        if isinstance(value, dict):
            for inner_key, inner in value.items():
                walk(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)
        elif isinstance(value, str) and key not in _NOT_WRITTEN_BY_THE_PERSON:
            found.update(words(value))
            if key == "name":  # the map draws each person with their initials
                found.update(word[:length] for word in words(value) for length in (1, 2))

    for path in paths:
        walk(json.loads(path.read_text(encoding="utf-8")), None)
    return found


class EnglishCheck:
    """Collects the English words in texts shown in German, with the text they were seen in."""

    def __init__(self, maps: Iterable[Path]) -> None:
        self.english = english_only_words() - words_of_maps(maps)
        self.found: dict[str, str] = {}

    def look_at(self, where: str, texts: Iterable[str]) -> None:
        for shown in texts:
            for word in words(shown) & self.english:
                self.found.setdefault(word, f"{where}: {_around(word, shown)!r}")


def _around(word: str, shown: str) -> str:
    """The part of ``shown`` around ``word``, to see where it stands."""
    match = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", shown, re.IGNORECASE)
    start = match.start() if match else 0
    return shown[max(0, start - 60) : start + 60]

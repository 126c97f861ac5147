"""Every word of a refused file's message reaches the person through the gettext catalogue.

Each malformed file is read by the ``analyze`` command in this process, once with a catalogue
that records every text asked of it and writes it in capitals, and once with a small German
catalogue built here. A recorded text missing from ``supportmap.pot`` means the extractor did
not find it; a word still in lower case that the file itself does not hold means a sentence
was never marked at all (a recorder cannot see those).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from supportmap import cli
from supportmap.core import i18n
from supportmap.core.vocabulary import Barrier, HelpType, Safety, Sector
from tests.catalogues import RecordingCatalogue, gettext_catalogue
from tests.test_cli_malformed import CASES, document, encoded, person

_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
_FIELD_PATH = re.compile(r"^[a-z_][\w.\[\]]*: ")
_WORD = re.compile(r"[A-Za-z]{3,}")
VOCABULARY = " ".join(
    member.value for enum in (HelpType, Sector, Safety, Barrier) for member in enum
)
"""The values a file may hold, quoted as they are when a file holds another."""


class CapitalCatalogue(RecordingCatalogue):
    """Records each text and "translates" it into capitals, leaving its placeholders alone."""

    def gettext(self, message: str) -> str:
        return _capitals(super().gettext(message))

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _capitals(super().ngettext(msgid1, msgid2, n))


def _capitals(text: str) -> str:
    return "".join(
        part if _PLACEHOLDER.fullmatch(part) else part.upper() for part in _PLACEHOLDER.split(text)
    )


def unmarked_words(line: str, data: str) -> set[str]:
    """Words of ``line`` left in lower case that do not come from ``data`` (the file, its path).

    The field path at the start is data too: it names keys of the file, not words of ours; so
    are the values of the format's vocabularies, which a file must spell as they are.
    """
    known = {word.lower() for word in _WORD.findall(f"{data} {VOCABULARY}")}
    rest = _FIELD_PATH.sub("", line, count=1)
    return {
        word for word in _WORD.findall(rest) if word != word.upper() and word.lower() not in known
    }


MORE_CASES: list[tuple[str, bytes]] = [
    ("control character", encoded(document(people=[person(name="Sa\u0007m")]))),
    ("invisible name", encoded(document(people=[person(name="\u200b")]))),
    ("id too long", encoded(document(people=[person(id="x" * 65)]))),
    ("person not an object", encoded(document(people=[5]))),
    ("support a list", encoded(document(people=[person(support=[1])]))),
    ("position text", encoded(document(people=[person(position={"x": "a", "y": 0})]))),
    ("position far", encoded(document(people=[person(position={"x": 1e9, "y": 0})]))),
    ("tie to oneself", encoded(document(people=[person()], ties=[{"a": "p1", "b": "p1"}]))),
    (
        "tie twice",
        encoded(
            document(
                people=[person(), person(id="p2")],
                ties=[{"a": "p1", "b": "p2"}, {"a": "p2", "b": "p1"}],
            )
        ),
    ),
    (
        "conflict as text",
        encoded(
            document(
                people=[person(), person(id="p2")],
                ties=[{"a": "p1", "b": "p2", "conflict": "yes"}],
            )
        ),
    ),
    ("title too long", encoded(document(title="t" * 201))),
    ("snapshots not a list", encoded({**document(), "snapshots": {}})),
    (
        "blank snapshot label",
        encoded(
            {
                **document(),
                "snapshots": [
                    {"label": " ", "taken": "2026-10-01T10:00:00Z", "map": document()["map"]}
                ],
            }
        ),
    ),
    (
        "snapshot before year 1",
        encoded(
            {**document(), "snapshots": [{"label": "S", "taken": "0001-01-01T00:00:00+01:00"}]}
        ),
    ),
    ("too many people", encoded(document(people=[{}] * 5001))),
    ("not valid JSON", b'{"format": "supportmap", "version": 1,,}'),
]
ALL_CASES = [(name, content) for name, content, _needle in CASES] + MORE_CASES


@pytest.fixture
def capitals() -> Iterator[CapitalCatalogue]:
    catalogue = CapitalCatalogue()
    previous = i18n.install(catalogue=catalogue)
    yield catalogue
    i18n.install(catalogue=previous)


def refusal(path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> str:
    """The one line ``supportmap analyze`` prints when it refuses ``content``."""
    path.write_bytes(content)
    assert cli.main(["analyze", str(path), "--format", "json"]) == cli.BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    prefix = f"{cli.PROG}: "
    assert lines[0].startswith(prefix)
    return lines[0].removeprefix(prefix)


def test_the_word_check_finds_an_unmarked_sentence() -> None:
    file = '{"people": [{"sector": "famly"}]}'
    assert unmarked_words('map.people[0].sector: MUST BE ONE OF "FAMILY", got "famly"', file) == {
        "got"
    }
    assert unmarked_words('map.people[0].sector: MUST BE ONE OF "FAMILY", GOT "famly"', file) == (
        set()
    )


@pytest.mark.parametrize("content", [c[1] for c in ALL_CASES], ids=[c[0] for c in ALL_CASES])
def test_every_word_of_a_refusal_is_catalogued(
    capitals: CapitalCatalogue,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
) -> None:
    path = tmp_path / "bad.supportmap.json"
    line = refusal(path, content, capsys)

    data = f"{content.decode('utf-8', errors='replace')} {path}"
    assert unmarked_words(line, data) == set(), line
    assert capitals.seen, "the message went through the catalogue"
    assert capitals.seen - gettext_catalogue() == set()


def test_a_missing_file_is_told_in_catalogued_words(
    capitals: CapitalCatalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gone.supportmap.json"
    assert cli.main(["analyze", str(path)]) == cli.BAD_INPUT
    line = capsys.readouterr().err.strip().removeprefix(f"{cli.PROG}: ")
    assert unmarked_words(line, str(path)) == set(), line
    assert capitals.seen - gettext_catalogue() == set()


def german(folder: Path, translations: dict[Any, Any]) -> gettext.NullTranslations:
    """A German catalogue installed from ``folder`` as the app installs one of its languages."""
    catalogue = Catalog(locale="de", domain=i18n.DOMAIN)
    for msgid, text in translations.items():
        catalogue.add(msgid, text)
    target = folder / "de" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / f"{i18n.DOMAIN}.mo").open("wb") as out:
        write_mo(out, catalogue)
    return i18n.install("de", folder=folder)


@pytest.fixture
def in_german(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "translations"
    previous = german(
        folder,
        {
            "must be {low}..{high}, got {got}": (
                "muss zwischen {low} und {high} liegen, nicht {got}"
            ),
            (
                "must be at most {limit} character, got {length}",
                "must be at most {limit} characters, got {length}",
            ): (
                "darf höchstens {limit} Zeichen lang sein, nicht {length}",
                "darf höchstens {limit} Zeichen lang sein, nicht {length}",
            ),
            "must be an object, got {got}": "muss ein Objekt sein, nicht {got}",
            "a list": "eine Liste",
        },
    )
    yield tmp_path
    i18n.install(catalogue=previous)


def test_a_validation_message_comes_out_in_the_language_installed(
    in_german: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = in_german / "bad.supportmap.json"
    too_high = encoded(document(people=[person(support={"emotional": {"receive": 7}})]))
    assert refusal(path, too_high, capsys) == (
        "map.people[0].support.emotional.receive: muss zwischen 0 und 3 liegen, nicht 7"
    )
    too_long = encoded(document(people=[person(notes="x" * 5001)]))
    assert refusal(path, too_long, capsys) == (
        "map.people[0].notes: darf höchstens 5000 Zeichen lang sein, nicht 5001"
    )
    a_list = encoded(document(people=[person(support=[1])]))
    assert refusal(path, a_list, capsys) == (
        "map.people[0].support: muss ein Objekt sein, nicht eine Liste"
    )


def test_english_comes_back_when_no_catalogue_is_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.supportmap.json"
    too_high = encoded(document(people=[person(support={"emotional": {"receive": 7}})]))
    assert refusal(path, too_high, capsys) == (
        "map.people[0].support.emotional.receive: must be 0..3, got 7"
    )

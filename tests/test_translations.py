"""The catalogue check names every text without a German translation, and the German is there.

The check (``packaging/extract_texts.py --check``, run by CI) is tried on a copy of the
catalogues in which one Qt text and one text of the Qt-free code lost their German.
"""

from __future__ import annotations

import gettext
import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from babel.messages.pofile import read_po, write_po

from tests.catalogues import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]


def extract_texts() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_texts", ROOT / "packaging/extract_texts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_text_has_its_german_in_the_committed_catalogues() -> None:
    assert extract_texts().untranslated(TRANSLATIONS) == []


def test_a_text_without_german_is_named(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    ts = copy / "supportmap_de.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>Sicherheitsplan</translation>",
            '<translation type="unfinished"></translation>',
        ),
        encoding="utf-8",
    )
    po_path = copy / "de" / "LC_MESSAGES" / "supportmap.po"
    with po_path.open("rb") as source:
        catalogue = read_po(source)
    catalogue["Crisis"].string = ""
    with po_path.open("wb") as out:
        write_po(out, catalogue)

    problems = extract_texts().untranslated(copy)

    assert problems == [
        "supportmap_de.ts: SupportMap: 'Safety plan' (no translation yet)",
        "de/LC_MESSAGES/supportmap.po: 'Crisis' (no translation yet)",
    ]


def test_the_compiled_catalogue_speaks_german() -> None:
    german = gettext.translation("supportmap", TRANSLATIONS, languages=["de_AT"])
    assert german.gettext("Safe") == "Sicher"
    assert german.ngettext("{n} person", "{n} people", 1) == "{n} Mensch"
    assert german.ngettext("{n} person", "{n} people", 3) == "{n} Menschen"
    argparse_words = gettext.translation("argparse", TRANSLATIONS, languages=["de"])
    assert argparse_words.gettext("usage: ") == "Aufruf: "


def test_a_count_the_extractor_no_longer_finds_is_named(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for name in ("supportmap.ts", "supportmap.pot"):
        shutil.copy(TRANSLATIONS / name, fresh / name)
    ts = fresh / "supportmap.ts"
    counted = """    <message numerus="yes">
        <source>Move %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>"""
    uncounted = """    <message>
        <source>Move %n people</source>
        <translation type="unfinished"></translation>
    </message>"""
    catalogue = ts.read_text(encoding="utf-8")
    assert counted in catalogue
    ts.write_text(catalogue.replace(counted, uncounted), encoding="utf-8")

    assert extract_texts().missing(fresh) == [
        "supportmap.ts: MapDocument: 'Move %n people' (its count is no longer found: give it "
        'through self.tr(text, "", n) in its own class)'
    ]

"""Extract every text SupportMap shows into its catalogues, or check that none is missing.

    python packaging/extract_texts.py          # update the catalogues after changing a text
    python packaging/extract_texts.py --check  # what CI runs: fail if a text is not catalogued

The English catalogues live in ``supportmap/resources/translations``:

- ``supportmap.ts``: the Qt texts of ``supportmap/gui``, read by ``pyside6-lupdate`` (the
  ``self.tr``/``QCoreApplication.translate`` literals and ``QT_TRANSLATE_NOOP`` markers).
- ``supportmap_en.ts``: the English singular and plural of each counted Qt text (``%n``);
  lupdate adds new ones with empty forms, which a developer fills in.
- ``supportmap.pot``: the texts of the Qt-free code (core, reports, storage, the command line),
  marked with ``_``, ``ngettext`` and ``N_`` from ``supportmap.core.i18n``, read by Babel's
  Python extractor. Babel is a pure-Python package installed with the test extras, so the check
  runs wherever the tests run, with no system package to install.

Beside them, each translation (German today, ``LANGUAGES``):

- ``supportmap_de.ts``: every Qt text with its German, compiled to ``supportmap_de.qm`` with
  ``pyside6-lrelease`` (part of PySide6);
- ``de/LC_MESSAGES/supportmap.po``: every Qt-free text with its German, compiled to
  ``supportmap.mo`` beside it with Babel; ``argparse.po`` beside it holds, written by hand, the
  words of Python's argparse that the command line shows (``usage:``, ``error:``).

Updating adds each new text to them untranslated and compiles them again; the check fails on
every text that has no translation yet, naming it, and on a compiled file that is not current.
Updating keeps what is already translated; locations are left out so that moving code does not
change the catalogues.
"""

from __future__ import annotations

import argparse
import gettext
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.etree import ElementTree

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "supportmap"
CATALOGUES = PACKAGE / "resources" / "translations"
QT_CATALOGUE = "supportmap.ts"
ENGLISH_FORMS = "supportmap_en.ts"
GETTEXT_CATALOGUE = "supportmap.pot"
QT_SOURCES = (PACKAGE / "gui",)
GETTEXT_SOURCES = (
    PACKAGE / "core",
    PACKAGE / "reports",
    PACKAGE / "storage",
    *sorted(PACKAGE.glob("cli*.py")),  # the command line: cli.py and the modules beside it
)
COMMAND = "python packaging/extract_texts.py"
LANGUAGES = ("de",)
"""The languages SupportMap is translated into, besides its English source texts."""


def qt_translation(language: str) -> str:
    return f"supportmap_{language}.ts"


def qt_compiled(language: str) -> str:
    return f"supportmap_{language}.qm"


def gettext_translation(language: str) -> str:
    return f"{language}/LC_MESSAGES/supportmap.po"


def gettext_compiled(language: str, domain: str = "supportmap") -> str:
    return f"{language}/LC_MESSAGES/{domain}.mo"


HAND_WRITTEN_DOMAINS = ("argparse",)
"""Catalogues of words that are not SupportMap's own (argparse's usage and errors): written by
hand next to ``supportmap.po`` and compiled with it."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that every text is catalogued"
    )
    args = parser.parse_args(argv)
    if not args.check:
        extract(CATALOGUES)
        unfilled = sorted(set(counted_texts(CATALOGUES / QT_CATALOGUE)) - english_forms())
        for context, source in unfilled:
            print(f"{ENGLISH_FORMS}: fill in the English forms of {context}: {source!r}")
        for problem in untranslated(CATALOGUES):
            print(f"translate: {problem}")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        extract(fresh, update=False)
        problems = missing(fresh) + untranslated(CATALOGUES, fresh) + stale_compiled(fresh)
    if problems:
        print("Texts that the catalogues do not hold yet:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            f"Run `{COMMAND}`, fill in any English forms and translations it names, run it "
            f"again to compile them, and commit supportmap/resources/translations/.",
            file=sys.stderr,
        )
        return 1
    print("Every text is in the catalogues.")
    return 0


# --- extracting --------------------------------------------------------------------------------


def extract(folder: Path, *, update: bool = True) -> None:
    """Write the three catalogues into ``folder`` (merged with what is there when updating)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not update:
        for name in (QT_CATALOGUE, ENGLISH_FORMS):
            (folder / name).unlink(missing_ok=True)
    sources = [str(path) for path in python_files(QT_SOURCES)]
    common = ["-no-obsolete", "-locations", "none", "-source-language", "en", "-silent"]
    _lupdate([*sources, *common, "-ts", str(folder / QT_CATALOGUE)])
    _lupdate([*sources, *common, "-pluralonly", "-ts", str(folder / ENGLISH_FORMS)])
    template = gettext_catalogue()
    with (folder / GETTEXT_CATALOGUE).open("wb") as out:
        write_po(out, template, omit_header=True, no_location=True, sort_output=True)
    if update:
        for language in LANGUAGES:
            translate_update(folder, language, sources, common, template)
            compile_translation(folder, folder, language)


def translate_update(
    folder: Path, language: str, sources: list[str], common: list[str], template: Catalog
) -> None:
    """Add new texts to the catalogues of ``language`` (untranslated) and drop removed ones."""
    target = folder / qt_translation(language)
    _lupdate([*sources, *common, "-target-language", language, "-ts", str(target)])
    po_path = folder / gettext_translation(language)
    po_path.parent.mkdir(parents=True, exist_ok=True)
    if po_path.exists():
        with po_path.open("rb") as source:
            catalogue = read_po(source, locale=language)
    else:
        catalogue = Catalog(locale=language, fuzzy=False)
    created = catalogue.creation_date
    catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalogue.obsolete.clear()
    # A fixed header, so that only a changed text changes the file.
    catalogue.creation_date = catalogue.revision_date = created
    catalogue.header_comment = f"# The {language} texts of SupportMap's Qt-free code: {COMMAND}."
    catalogue.project, catalogue.version = "SupportMap", "1"
    catalogue.msgid_bugs_address = catalogue.last_translator = catalogue.language_team = ""
    with po_path.open("wb") as out:
        write_po(out, catalogue, no_location=True, sort_output=True, ignore_obsolete=True)


def compile_translation(source: Path, target: Path, language: str) -> None:
    """Compile the catalogues of ``language`` in ``source`` into ``target`` (.qm and .mo)."""
    (target / gettext_compiled(language)).parent.mkdir(parents=True, exist_ok=True)
    _lrelease([str(source / qt_translation(language)), "-qm", str(target / qt_compiled(language))])
    for domain in ("supportmap", *HAND_WRITTEN_DOMAINS):
        po_path = source / gettext_compiled(language, domain)
        with po_path.with_suffix(".po").open("rb") as po:
            catalogue = read_po(po, locale=language)
        with (target / gettext_compiled(language, domain)).open("wb") as mo:
            write_mo(mo, catalogue, use_fuzzy=False)


def python_files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        yield from sorted(root.rglob("*.py")) if root.is_dir() else [root]


def _lupdate(arguments: list[str]) -> None:
    _qt_tool("pyside6-lupdate", arguments)


def _lrelease(arguments: list[str]) -> None:
    _qt_tool("pyside6-lrelease", [*arguments, "-silent"])


def _qt_tool(name: str, arguments: list[str]) -> None:
    tool = Path(sys.executable).parent / name
    command = str(tool) if tool.exists() else shutil.which(name)
    if command is None:
        raise SystemExit(f"{name} was not found; install the package with its extras.")
    subprocess.run([command, *arguments], check=True, cwd=ROOT)


def gettext_catalogue() -> Catalog:
    """Every ``_``, ``ngettext`` and ``N_`` text of the Qt-free code."""
    catalogue = Catalog(fuzzy=False)
    for path in python_files(GETTEXT_SOURCES):
        found = extract_from_file("python", str(path), keywords=DEFAULT_KEYWORDS)
        for _line, message, comments, context in found:
            catalogue.add(message, None, auto_comments=comments, context=context)
    return catalogue


# --- checking ----------------------------------------------------------------------------------


def qt_texts(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a Qt catalogue."""
    texts = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            texts.add((name, message.findtext("source") or ""))
    return texts


def counted_texts(path: Path) -> set[tuple[str, str]]:
    """(context, source) of the messages of a Qt catalogue that take a count (``%n``)."""
    texts = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                texts.add((name, message.findtext("source") or ""))
    return texts


def english_forms(folder: Path = CATALOGUES) -> set[tuple[str, str]]:
    """The counted texts whose English singular and plural are filled in."""
    filled = set()
    for context in ElementTree.parse(folder / ENGLISH_FORMS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [form.text for form in message.iter("numerusform")]
            if len(forms) == 2 and all(forms):
                filled.add((name, message.findtext("source") or ""))
    return filled


def gettext_texts(path: Path) -> set[str]:
    """The msgid (and plural msgid) of every message of a gettext catalogue."""
    with path.open("rb") as source:
        catalogue = read_po(source)
    texts: set[str] = set()
    for message in catalogue:
        if message.id:
            texts.update(message.id if isinstance(message.id, tuple) else (message.id,))
    return texts


def missing(fresh: Path, committed: Path = CATALOGUES) -> list[str]:
    """What ``fresh`` extracted that the committed catalogues lack, one line each.

    That includes a count: a text the catalogue counts (``%n``) that the extractor now finds
    without one. ``pyside6-lupdate`` sees a count only in ``self.tr(source, "", n)``, in the
    class whose context the text has (not in ``QCoreApplication.translate`` unless the count is
    a literal number); an update would turn the text into an uncounted one and lose its forms.
    """
    fresh_texts = qt_texts(fresh / QT_CATALOGUE)
    problems = [
        f"{QT_CATALOGUE}: {context}: {source!r}"
        for context, source in sorted(fresh_texts - qt_texts(committed / QT_CATALOGUE))
    ]
    uncounted = counted_texts(committed / QT_CATALOGUE) - counted_texts(fresh / QT_CATALOGUE)
    problems += [
        f"{QT_CATALOGUE}: {context}: {source!r} (its count is no longer found: give it "
        'through self.tr(text, "", n) in its own class)'
        for context, source in sorted(uncounted & fresh_texts)
    ]
    problems += [
        f"{ENGLISH_FORMS}: {context}: {source!r} (no English singular and plural yet)"
        for context, source in sorted(
            counted_texts(fresh / QT_CATALOGUE) - english_forms(committed)
        )
    ]
    problems += [
        f"{GETTEXT_CATALOGUE}: {text!r}"
        for text in sorted(
            gettext_texts(fresh / GETTEXT_CATALOGUE) - gettext_texts(committed / GETTEXT_CATALOGUE)
        )
    ]
    return problems


def qt_messages(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message of a Qt catalogue."""
    return {
        (name, message.findtext("source") or "", message.findtext("comment") or "")
        for context in ElementTree.parse(path).getroot().iter("context")
        for name in [context.findtext("name") or ""]
        for message in context.iter("message")
    }


def translated_qt(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message of a Qt translation, fully filled."""
    done = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [form.text for form in translation.iter("numerusform")]
            if all(forms) if message.get("numerus") == "yes" else translation.text:
                source = message.findtext("source") or ""
                done.add((name, source, message.findtext("comment") or ""))
    return done


def translated_gettext(path: Path) -> set[str]:
    """The msgid of every message of a gettext translation with every form filled in."""
    with path.open("rb") as source:
        catalogue = read_po(source)
    done = set()
    for message in catalogue:
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and not message.fuzzy and all(forms):
            done.add(message.id[0] if isinstance(message.id, tuple) else message.id)
    return done


def _gettext_ids(path: Path) -> set[str]:
    with path.open("rb") as source:
        return {
            message.id[0] if isinstance(message.id, tuple) else message.id
            for message in read_po(source)
            if message.id
        }


def untranslated(folder: Path, fresh: Path | None = None) -> list[str]:
    """Every text of ``fresh`` (else of ``folder``) that a translation in ``folder`` lacks."""
    texts = fresh or folder
    problems = []
    for language in LANGUAGES:
        qt_name, po_name = qt_translation(language), gettext_translation(language)
        if not (folder / qt_name).exists() or not (folder / po_name).exists():
            problems.append(f"{language}: no catalogues yet; run `{COMMAND}`")
            continue
        problems += [
            f"{qt_name}: {context}: {source!r}{f' ({comment})' if comment else ''}"
            " (no translation yet)"
            for context, source, comment in sorted(
                qt_messages(texts / QT_CATALOGUE) - translated_qt(folder / qt_name)
            )
        ]
        problems += [
            f"{po_name}: {text!r} (no translation yet)"
            for text in sorted(
                _gettext_ids(texts / GETTEXT_CATALOGUE) - translated_gettext(folder / po_name)
            )
        ]
    return problems


def stale_compiled(scratch: Path) -> list[str]:
    """The compiled catalogues that differ from what their sources compile to now."""
    problems = []
    for language in LANGUAGES:
        if not (CATALOGUES / qt_translation(language)).exists():
            continue
        compiled = scratch / "compiled"
        compiled.mkdir(exist_ok=True)
        compile_translation(CATALOGUES, compiled, language)
        source = CATALOGUES / qt_translation(language)
        names = [qt_compiled(language), gettext_compiled(language)]
        names += [gettext_compiled(language, domain) for domain in HAND_WRITTEN_DOMAINS]
        for name in names:
            committed, fresh = CATALOGUES / name, compiled / name
            same = _same_qm if name.endswith(".qm") else _same_mo
            if not committed.exists() or not same(committed, fresh, source):
                problems.append(f"{name} is not compiled from its catalogue as it is now")
    return problems


def _same_mo(committed: Path, fresh: Path, _source: Path) -> bool:
    """Whether two compiled gettext catalogues hold the same texts (whatever wrote them)."""
    catalogues = []
    for path in (committed, fresh):
        with path.open("rb") as compiled:
            catalogues.append(gettext.GNUTranslations(compiled)._catalog)  # type: ignore[attr-defined]
    return bool(catalogues[0] == catalogues[1])


def _same_qm(committed: Path, fresh: Path, source: Path) -> bool:
    """Whether two compiled Qt catalogues translate every message of ``source`` alike.

    Compared by what they answer, not byte for byte, so that another release of lrelease
    writing the same translations differently does not count as out of date.
    """
    from PySide6.QtCore import QTranslator

    translators = [QTranslator(), QTranslator()]
    if not all(t.load(str(path)) for t, path in zip(translators, (committed, fresh), strict=True)):
        return False
    for context in ElementTree.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            comment = message.findtext("comment")
            for n in (1, 2) if message.get("numerus") == "yes" else (-1,):
                first, second = (t.translate(name, text, comment, n) for t in translators)
                if first != second:
                    return False
    return True


if __name__ == "__main__":
    sys.exit(main())

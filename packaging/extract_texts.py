"""Extract every text SupportMap shows into its catalogues, or check that none is missing.

    python packaging/extract_texts.py          # update the catalogues after changing a text
    python packaging/extract_texts.py --check  # what CI runs: fail if a text is not catalogued

Three catalogues live in ``supportmap/resources/translations``:

- ``supportmap.ts``: the Qt texts of ``supportmap/gui``, read by ``pyside6-lupdate`` (the
  ``self.tr``/``QCoreApplication.translate`` literals and ``QT_TRANSLATE_NOOP`` markers).
- ``supportmap_en.ts``: the English singular and plural of each counted Qt text (``%n``);
  lupdate adds new ones with empty forms, which a developer fills in.
- ``supportmap.pot``: the texts of the Qt-free code (core, reports, storage, the command line),
  marked with ``_``, ``ngettext`` and ``N_`` from ``supportmap.core.i18n``, read by Babel's
  Python extractor. Babel is a pure-Python package installed with the test extras, so the check
  runs wherever the tests run, with no system package to install.

Updating keeps what is already translated; locations are left out so that moving code does not
change the catalogues.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.etree import ElementTree

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
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
    PACKAGE / "cli.py",
    PACKAGE / "cli_compare.py",
    PACKAGE / "cli_server.py",
)
COMMAND = "python packaging/extract_texts.py"


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
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        extract(fresh, update=False)
        problems = missing(fresh)
    if problems:
        print("Texts that the catalogues do not hold yet:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            f"Run `{COMMAND}`, fill in any English forms it names, and commit "
            f"supportmap/resources/translations/.",
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
    with (folder / GETTEXT_CATALOGUE).open("wb") as out:
        write_po(out, gettext_catalogue(), omit_header=True, no_location=True, sort_output=True)


def python_files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        yield from sorted(root.rglob("*.py")) if root.is_dir() else [root]


def _lupdate(arguments: list[str]) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    command = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if command is None:
        raise SystemExit("pyside6-lupdate was not found; install the package with its extras.")
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


def missing(fresh: Path) -> list[str]:
    """What ``fresh`` extracted that the committed catalogues lack, one line each."""
    problems = [
        f"{QT_CATALOGUE}: {context}: {source!r}"
        for context, source in sorted(
            qt_texts(fresh / QT_CATALOGUE) - qt_texts(CATALOGUES / QT_CATALOGUE)
        )
    ]
    problems += [
        f"{ENGLISH_FORMS}: {context}: {source!r} (no English singular and plural yet)"
        for context, source in sorted(counted_texts(fresh / QT_CATALOGUE) - english_forms())
    ]
    problems += [
        f"{GETTEXT_CATALOGUE}: {text!r}"
        for text in sorted(
            gettext_texts(fresh / GETTEXT_CATALOGUE) - gettext_texts(CATALOGUES / GETTEXT_CATALOGUE)
        )
    ]
    return problems


if __name__ == "__main__":
    sys.exit(main())

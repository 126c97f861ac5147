"""Passphrases on the command line, and ``supportmap protect`` / ``unprotect`` (DESIGN.md §7, §10).

Each passphrase comes from the first of its sources that is given: a file named by an option
(its first line), an environment variable, or a prompt without echo when standard input is a
terminal. With none of them the command stops with a message that says how to give one. A
passphrase is never printed, logged or handed to another process; messages name only where it
was to come from.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from supportmap.core.i18n import _

MAX_PASSPHRASE_FILE = 64 * 1024


class PassphraseError(Exception):
    """No usable passphrase was given; ``str(error)`` is the whole message."""


@dataclass(frozen=True)
class Source:
    """Where one kind of passphrase comes from: an option's file, else a variable, else a prompt."""

    option: str
    attribute: str
    variable: str


LIBRARY = Source("--passphrase-file", "passphrase_file", "SUPPORTMAP_PASSPHRASE")
NEW = Source("--new-passphrase-file", "new_passphrase_file", "SUPPORTMAP_NEW_PASSPHRASE")
MAP_FILE = Source("--file-passphrase-file", "file_passphrase_file", "SUPPORTMAP_FILE_PASSPHRASE")


def add_options(parser: argparse.ArgumentParser, *sources: Source, top: bool) -> None:
    """Add the option of each source; on a command's own parser they keep a value given
    before the command's name (``top`` False)."""
    helps = {
        LIBRARY: _("read the library's passphrase from the first line of FILE"),
        NEW: _("read the new passphrase from the first line of FILE"),
        MAP_FILE: _("read the passphrase of an encrypted map file from the first line of FILE"),
    }
    for source in sources:
        parser.add_argument(
            source.option,
            metavar="FILE",
            type=Path,
            dest=source.attribute,
            default=None if top else argparse.SUPPRESS,
            help=helps[source],
        )


def library_passphrase(args: argparse.Namespace, location: str) -> str | None:
    """The passphrase to open the library at ``location`` with: None for an unprotected one.

    Raises:
        PassphraseError: it is protected and no passphrase could be had.
    """
    from supportmap.storage.cipher import is_protected
    from supportmap.storage.paths import is_url

    if is_url(location) or not is_protected(Path(location)):
        return None
    prompt = _("Passphrase of the library {path}: ").format(path=location)
    needed = _(
        "The library at {path} is protected with a passphrase, and none was given. Give it with "
        "--passphrase-file FILE or {variable}, or run the command in a terminal to be asked."
    ).format(path=location, variable=LIBRARY.variable)
    return _passphrase(args, LIBRARY, prompt, needed)


def file_passphrase(args: argparse.Namespace, path: Path) -> str:
    """The passphrase of the encrypted map file at ``path`` (asked for only when needed).

    Raises:
        PassphraseError: none could be had.
    """
    prompt = _("Passphrase of {file}: ").format(file=path)
    needed = _(
        "{file} is encrypted, and no passphrase was given. Give it with --file-passphrase-file "
        "FILE or {variable}, or run the command in a terminal to be asked."
    ).format(file=path, variable=MAP_FILE.variable)
    return _passphrase(args, MAP_FILE, prompt, needed)


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase: from its file or variable, else typed twice in the terminal.

    Raises:
        PassphraseError: none could be had, or the two typed differ.
    """
    needed = _(
        "A new passphrase is needed. Give it with --new-passphrase-file FILE or {variable}, or "
        "run the command in a terminal to be asked."
    ).format(variable=NEW.variable)
    first = _passphrase(args, NEW, _("New passphrase: "), needed)
    if getattr(args, NEW.attribute, None) is not None or os.environ.get(NEW.variable):
        return first
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise PassphraseError(_("The two passphrases differ, so nothing was changed. Try again."))
    return first


def _passphrase(args: argparse.Namespace, source: Source, prompt: str, needed: str) -> str:
    file: Path | None = getattr(args, source.attribute, None)
    if file is not None:
        return _first_line(file)
    value = os.environ.get(source.variable)
    if value is not None:
        if not value:
            raise PassphraseError(
                _("{variable} is empty; it holds the passphrase when it is set.").format(
                    variable=source.variable
                )
            )
        return value
    if not sys.stdin.isatty():
        raise PassphraseError(needed)
    typed = getpass.getpass(prompt)
    if not typed:
        raise PassphraseError(_("No passphrase was typed, so nothing was opened or changed."))
    return typed


def _first_line(file: Path) -> str:
    """The first line of ``file`` without its line ending; a pipe (``<(…)``) works too."""
    try:
        with file.open("rb") as handle:
            line = handle.readline(MAX_PASSPHRASE_FILE)
    except FileNotFoundError:
        raise PassphraseError(
            _("There is no passphrase file {file}; check the name and folder.").format(file=file)
        ) from None
    except OSError as error:
        raise PassphraseError(
            _("Could not read the passphrase file {file}: {reason}.").format(
                file=file, reason=error.strerror or error
            )
        ) from None
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseError(
            _("The passphrase file {file} is not UTF-8 text.").format(file=file)
        ) from None
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        raise PassphraseError(
            _(
                "The first line of the passphrase file {file} is empty; it holds the passphrase."
            ).format(file=file)
        )
    return text


# --- protect / unprotect --------------------------------------------------------------------


def protect_library(args: argparse.Namespace) -> str:
    """``supportmap protect``: protect the library with a new passphrase; returns the report."""
    from supportmap.storage import protect

    path = _library_file(args)
    protect.check_can_protect(path)
    protect.protect(path, new_passphrase(args))
    return _(
        "The library at {path} is now protected with a passphrase; keep it safe, as the maps "
        "cannot be opened without it. Copies made before (your own backups, for example) are "
        "not affected: they can still be read without a passphrase."
    ).format(path=path)


def unprotect_library(args: argparse.Namespace) -> str:
    """``supportmap unprotect``: remove the library's protection; returns the report."""
    from supportmap.storage import protect

    path = _library_file(args)
    protect.check_can_unprotect(path)
    protect.unprotect(path, library_passphrase(args, str(path)) or "")
    return _(
        "The library at {path} is no longer protected: anyone who can read the file can read "
        "the maps. Copies made while it was protected are not affected: they still need the "
        "passphrase."
    ).format(path=path)


def _library_file(args: argparse.Namespace) -> Path:
    from supportmap.storage.paths import is_url, resolve_database

    location = resolve_database(args.db)
    if is_url(location):
        raise PassphraseError(
            _(
                "Only a library file can be protected with a passphrase; a database server is "
                "protected by its own means."
            )
        )
    return Path(location)

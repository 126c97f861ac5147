"""The ``supportmap`` command: headless commands, or the desktop app when no command is given.

``analyze``, ``compare``, ``import``, ``export``, ``list``, ``report`` and ``safety-plan`` run
without a display (``report`` and ``safety-plan`` lay out their pages with Qt on the offscreen
platform; the others never load Qt). Everything else (``supportmap``, ``supportmap --demo``,
``supportmap FILE.supportmap.json``, ``--screenshot``) opens the app. Nothing heavy is imported at
module level, so ``--version`` and ``--help`` are instant and the commands but the two documents
never load Qt.

Exit codes: 0 done, 1 bad input (one line on stderr, never a traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportmap import __version__
from supportmap.core import i18n
from supportmap.core.i18n import _, ngettext
from supportmap.core.language import LANGUAGES, SOURCE_LANGUAGE, choose_locale, language_of
from supportmap.core.printable import shown

if TYPE_CHECKING:
    from supportmap.cli_protect import Source
    from supportmap.core.snapshot import Snapshot
    from supportmap.core.supportmap import SupportMap
    from supportmap.storage.library import Library

PROG = "supportmap"
COMMANDS = (
    "analyze", "compare", "import", "export", "list", "protect", "report", "safety-plan",
    "server", "share", "unprotect",
)  # fmt: skip
MAP_FILE_SUFFIXES = (".supportmap.json", ".supportmap.json.age")
OK, BAD_INPUT, USAGE = 0, 1, 2


class UserError(Exception):
    """A problem with what the user asked for; ``str(error)`` is the whole message."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code (the console script exits with it)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    with speaking(choose_locale(_language_option(arguments))):
        return _main(arguments)


@contextlib.contextmanager
def speaking(locale_name: str) -> Iterator[None]:
    """Speak the language of ``locale_name`` (texts and argparse's words) while inside.

    English, the source language, installs nothing, so whatever catalogue is in place stays.
    """
    if language_of(locale_name) == SOURCE_LANGUAGE:
        yield
        return
    previous = i18n.install(locale_name)
    words = i18n.catalogue_for(locale_name, domain="argparse")
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = words.gettext, words.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        i18n.install(catalogue=previous)


def _language_option(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` wherever it stands (it is read before the parser is built)."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
    return None


def _main(arguments: list[str]) -> int:
    command = _first_word(arguments)
    parser = _command_parser() if command in COMMANDS else _app_parser()
    try:
        args = parser.parse_args(arguments)
        if getattr(args, "screenshot", None) and not _has_something_to_picture(args):
            parser.error(
                _(
                    "--screenshot needs a map: give a FILE.supportmap.json, --demo, or an "
                    "existing library with --db"
                )
            )
        if getattr(args, "command", None) == "compare":
            _check_compare(args)
    except SystemExit as stop:  # --help, --version, or a usage error already printed
        return stop.code if isinstance(stop.code, int) else USAGE
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _open_app)
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return OK  # the reader (e.g. ``head``) has seen enough
    except Exception as error:
        if not _is_user_error(error):
            raise
        _complain(str(error))
        return BAD_INPUT


# --- parsing -----------------------------------------------------------------------------------


def _first_word(arguments: Sequence[str]) -> str | None:
    """The first argument that is not an option or an option's value."""
    takes_value = {"--db", "--lang", "--screenshot", "--format", "--from", "--to", "--for"}
    takes_value |= {"--passphrase-file", "--new-passphrase-file", "--file-passphrase-file"}
    takes_value.add("--with")
    takes_value.add("--password-file")
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument in takes_value:
            skip = True
        elif argument == "--":
            return None
        elif not argument.startswith("-"):
            return argument
    return None


def _add_version(parser: argparse.ArgumentParser) -> None:
    version = f"{PROG} {__version__}"
    help_text = _("show the version of SupportMap and exit")
    parser.add_argument("--version", action="version", version=version, help=help_text)


def _add_common(
    parser: argparse.ArgumentParser, *, top: bool, passphrases: Sequence[Source] = ()
) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help=_("library database to use (default: $SUPPORTMAP_DB, else your data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None if top else argparse.SUPPRESS,
        help=_("the language to speak, en or de (default: the system's)"),
    )
    if passphrases:
        from supportmap.cli_protect import add_options

        add_options(parser, *passphrases, top=top)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=(
            "%(prog)s [--db PATH] [--lang {en,de}] [--passphrase-file FILE] "
            "[--demo | FILE.supportmap.json] [--screenshot PNG]\n"
            "       %(prog)s {analyze,compare,import,export,list,protect,report,safety-plan,"
            "server,share,unprotect} ... " + _("(see %(prog)s COMMAND --help)")
        ),
        description=_("Draw the people you can lean on and see, gently, where support is thin."),
        epilog=_(
            "commands: analyze FILE (print the analysis of a map file), compare FILE (what "
            "changed since its last snapshot), import FILE (add it to the library), export MAP "
            "--to FILE.supportmap.json|FILE.supportmap.json.age|FILE.graphml|FILE.zip, list (the "
            "maps in the library), report MAP --to OUT.pdf (a report to take home), safety-plan "
            "MAP --to OUT.pdf (the safety plan to print), protect and unprotect (a passphrase "
            "for the library)"
        ),
    )
    _add_version(parser)
    from supportmap.cli_protect import LIBRARY

    _add_common(parser, top=True, passphrases=(LIBRARY,))
    parser.add_argument("file", nargs="?", metavar="FILE", help=_("a map file to import and open"))
    parser.add_argument("--demo", action="store_true", help=_("open an example map, not your own"))
    parser.add_argument(
        "--screenshot", metavar="PNG", help=_("save a picture of the window to PNG and exit")
    )
    return parser


def _command_parser() -> argparse.ArgumentParser:
    from supportmap.cli_protect import LIBRARY, MAP_FILE, NEW

    parser = argparse.ArgumentParser(prog=PROG)
    _add_version(parser)
    _add_common(parser, top=True, passphrases=(LIBRARY,))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help=_("print the analysis of a map file"))
    _add_common(analyze, top=False, passphrases=(LIBRARY, MAP_FILE))
    analyze.add_argument("file", metavar="FILE", type=Path, help=_("a .supportmap.json file"))
    analyze.add_argument("--format", choices=("text", "json"), default="text")
    analyze.add_argument(
        "--what-if", action="store_true", help=_("also show what changes without each person")
    )
    analyze.set_defaults(handler=_analyze)

    comparing = commands.add_parser(
        "compare",
        help=_("print what changed between two moments of a map"),
        usage=(
            "%(prog)s FILE [--from MOMENT] [--to MOMENT] [--format {text,json}]\n"
            "       %(prog)s OLD_FILE NEW_FILE [--format {text,json}]"
        ),
        description=_(
            "What changed between two moments of a map file, or between the current maps of "
            "two files. A MOMENT is a snapshot's label, #N for the N-th snapshot of the file "
            "(from #1), or now."
        ),
    )
    _add_common(comparing, top=False, passphrases=(LIBRARY, MAP_FILE))
    comparing.add_argument(
        "files", nargs="+", metavar="FILE", type=Path, help=_("one or two .supportmap.json files")
    )
    comparing.add_argument(
        "--from",
        dest="moment_from",
        metavar="MOMENT",
        help=_("the moment to compare from (default: the file's last snapshot)"),
    )
    comparing.add_argument(
        "--to",
        dest="moment_to",
        metavar="MOMENT",
        help=_("the moment to compare with (default: now)"),
    )
    comparing.add_argument("--format", choices=("text", "json"), default="text")
    comparing.set_defaults(handler=_compare, usage_error=comparing.error)

    importing = commands.add_parser("import", help=_("add a map file to the library"))
    _add_common(importing, top=False, passphrases=(LIBRARY, MAP_FILE))
    importing.add_argument("file", metavar="FILE", type=Path, help=_("a .supportmap.json file"))
    importing.set_defaults(handler=_import)

    export = commands.add_parser("export", help=_("save a map of the library to a file"))
    _add_common(export, top=False, passphrases=(LIBRARY, NEW))
    export.add_argument("map", metavar="MAP", help=_("the map's id or exact title (see: list)"))
    export.add_argument(
        "--to",
        metavar="FILE",
        type=Path,
        required=True,
        help=_(
            "where to save; the ending chooses the format: .supportmap.json (with snapshots), "
            ".supportmap.json.age (the same, encrypted with a new passphrase), .graphml or .zip "
            "(CSV tables)"
        ),
    )
    export.set_defaults(handler=_export)

    listing = commands.add_parser("list", help=_("list the maps in the library"))
    _add_common(listing, top=False, passphrases=(LIBRARY,))
    listing.set_defaults(handler=_list)
    _add_report_parser(commands)

    protecting = commands.add_parser(
        "protect", help=_("protect the library with a passphrase (it is encrypted on disk)")
    )
    _add_common(protecting, top=False, passphrases=(LIBRARY, NEW))
    protecting.set_defaults(handler=_protect)
    unprotecting = commands.add_parser(
        "unprotect", help=_("remove the passphrase protection of the library")
    )
    _add_common(unprotecting, top=False, passphrases=(LIBRARY,))
    unprotecting.set_defaults(handler=_unprotect)

    from supportmap import cli_server

    cli_server.add_parsers(commands, _add_common)
    commands.choices["share"].set_defaults(handler=_share)
    return parser


# --- commands ----------------------------------------------------------------------------------


def _analyze(args: argparse.Namespace) -> int:
    # The analysis builds many small objects and none that only the collector could free:
    # collecting on the way costs about a tenth of the command's time on a large map.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyze_file(args)
    finally:
        if collecting:
            gc.enable()


def _analyze_file(args: argparse.Namespace) -> int:
    from supportmap.cli_analyze import analysis_output
    from supportmap.storage.fileformat import read_document

    support_map = read_document(args.file, _file_passphrase(args)).map
    _print_pieces(analysis_output(support_map, args.format, what_if=args.what_if))
    return OK


def _check_compare(args: argparse.Namespace) -> None:
    """Refuse, as wrong usage, what the parser cannot: too many files, or moments with two."""
    files = len(args.files)
    if files > 2:
        args.usage_error(_("give one file to compare two of its moments, or two files"))
    if files == 2 and (args.moment_from is not None or args.moment_to is not None):
        args.usage_error(
            _(
                "--from and --to choose moments of one file; with two files their current "
                "maps are compared"
            )
        )


def _compare(args: argparse.Namespace) -> int:
    from supportmap.cli_compare import MomentError, compare_files

    collecting = gc.isenabled()
    gc.disable()  # as for analyze: two analyses, many small objects, nothing cyclic
    try:
        output = compare_files(
            args.files, args.moment_from, args.moment_to, args.format, _file_passphrase(args)
        )
    except MomentError as error:
        raise UserError(str(error)) from None
    finally:
        if collecting:
            gc.enable()
    _print(output)
    return OK


def _import(args: argparse.Namespace) -> int:
    from supportmap.storage.fileformat import read_document

    document = read_document(args.file, _file_passphrase(args))
    with _open_library(args) as library:
        map_id = library.save_new_map(document.map, document.snapshots)
    title = shown(document.map.title or document.map.focus_name)
    people = len(document.map.people)
    snapshots = len(document.snapshots)
    counted = _("{people}, {snapshots}").format(
        people=ngettext("{n} person", "{n} people", people).format(n=people),
        snapshots=ngettext("{n} snapshot", "{n} snapshots", snapshots).format(n=snapshots),
    )
    message = _("Imported “{title}” as map {id} ({counted}).")
    _print(message.format(title=title, id=map_id, counted=counted) + "\n")
    return OK


def _export(args: argparse.Namespace) -> int:
    from supportmap.storage.exports import ExportFormat, write_for_tools
    from supportmap.storage.fileformat import Document, write_document

    target: Path = args.to
    export_format = ExportFormat.of(target)
    if export_format is None:
        raise UserError(
            _(
                "Cannot tell the format of {file}: export writes a map file ({map_file}, or "
                "{encrypted} encrypted with a passphrase), GraphML ({graphml}) or a bundle of "
                "CSV tables ({csv}), so end the name with one of them."
            ).format(
                file=target,
                map_file=ExportFormat.MAP_FILE.value,
                encrypted=ExportFormat.ENCRYPTED_MAP_FILE.value,
                graphml=ExportFormat.GRAPHML.value,
                csv=ExportFormat.CSV_BUNDLE.value,
            )
        )
    with _open_library(args) as library:
        map_id = _find_map(library, args.map)
        if export_format in (ExportFormat.MAP_FILE, ExportFormat.ENCRYPTED_MAP_FILE):
            document = Document(library.load_map(map_id), tuple(library.load_snapshots(map_id)))
        else:
            document = Document(library.load_map(map_id))
    if export_format is ExportFormat.MAP_FILE:
        write_document(target, document)
    elif export_format is ExportFormat.ENCRYPTED_MAP_FILE:
        from supportmap.cli_protect import new_passphrase
        from supportmap.storage.age_files import write_encrypted

        write_encrypted(target, document, new_passphrase(args))
    else:
        write_for_tools(target, document.map)
    _print(_("Saved map {id} to {file}.").format(id=map_id, file=target) + "\n")
    return OK


def _add_report_parser(commands: Any) -> None:
    from supportmap.cli_protect import LIBRARY, MAP_FILE

    report = commands.add_parser("report", help=_("save a report of a map as a PDF to take home"))
    _add_common(report, top=False, passphrases=(LIBRARY, MAP_FILE))
    report.add_argument(
        "source",
        metavar="SOURCE",
        help=_("a .supportmap.json file, or a map of the library by id or exact title"),
    )
    report.add_argument(
        "--to", metavar="OUT.pdf", type=Path, required=True, help=_("where to save")
    )
    report.add_argument(
        "--for",
        dest="audience",
        choices=("client", "clinician"),
        default="client",
        help=_(
            "client (the default): for the person to take home; clinician: also the figures, "
            "the snapshots, session notes and each person's notes"
        ),
    )
    report.set_defaults(handler=_report)

    plan = commands.add_parser(
        "safety-plan", help=_("save the safety plan of a map as a PDF to print and keep")
    )
    _add_common(plan, top=False, passphrases=(LIBRARY, MAP_FILE))
    plan.add_argument(
        "source",
        metavar="SOURCE",
        help=_("a .supportmap.json file, or a map of the library by id or exact title"),
    )
    plan.add_argument("--to", metavar="OUT.pdf", type=Path, required=True, help=_("where to save"))
    plan.set_defaults(handler=_safety_plan)


def _report(args: argparse.Namespace) -> int:
    from supportmap.reports.report_content import Audience

    target: Path = args.to
    if target.suffix.lower() != ".pdf":
        raise UserError(
            _("A report is a PDF: end the name of {file} with .pdf.").format(file=target)
        )
    support_map, snapshots = _read_source(args)
    try:
        from supportmap.gui.documents.report_file import write_report_file
    except ImportError as error:
        raise UserError(
            _("Reports are drawn with Qt, which cannot start here ({error}).").format(error=error)
        ) from None
    write_report_file(target, support_map, snapshots, Audience(args.audience))
    _print(_("Saved the report to {file}.").format(file=target) + "\n")
    return OK


def _safety_plan(args: argparse.Namespace) -> int:
    target: Path = args.to
    if target.suffix.lower() != ".pdf":
        raise UserError(
            _("A safety plan is a PDF: end the name of {file} with .pdf.").format(file=target)
        )
    support_map, _snapshots = _read_source(args)
    try:
        from supportmap.gui.documents.plan_file import write_plan_file
    except ImportError as error:
        raise UserError(
            _("The safety plan is laid out with Qt, which cannot start here ({error}).").format(
                error=error
            )
        ) from None
    write_plan_file(target, support_map)
    _print(_("Saved the safety plan to {file}.").format(file=target) + "\n")
    return OK


def _read_source(args: argparse.Namespace) -> tuple[SupportMap, tuple[Snapshot, ...]]:
    """The map a command names: a map file when SOURCE is one, else a map of the library."""
    source = Path(args.source)
    if source.is_file() or source.name.endswith(MAP_FILE_SUFFIXES):
        from supportmap.storage.fileformat import read_document

        document = read_document(source, _file_passphrase(args))
        return document.map, document.snapshots
    with _open_library(args) as library:
        map_id = _find_map(library, args.source)
        return library.load_map(map_id), tuple(library.load_snapshots(map_id))


def _protect(args: argparse.Namespace) -> int:
    from supportmap.cli_protect import protect_library

    _print(protect_library(args) + "\n")
    return OK


def _unprotect(args: argparse.Namespace) -> int:
    from supportmap.cli_protect import unprotect_library

    _print(unprotect_library(args) + "\n")
    return OK


def _list(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        maps = library.list_maps()
    if not maps:
        empty = _("The library has no maps yet. Add one with: {prog} import FILE.supportmap.json")
        _print(empty.format(prog=PROG) + "\n")
        return OK
    rows = [(_("ID"), _("TITLE"), _("FOCUS"), _("PEOPLE"), _("UPDATED"))]
    rows += [
        (
            str(info.id),
            shown(info.title) or _("(untitled)"),
            shown(info.focus_name),
            str(info.people),
            info.updated.strftime("%Y-%m-%d %H:%M"),
        )
        for info in maps
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]  # fmt: skip
    _print("\n".join(lines) + "\n")
    return OK


def _share(args: argparse.Namespace) -> int:
    from supportmap.cli_server import share

    with _open_library(args) as library:
        map_id = _find_map(library, args.map)
        _print(share(library, map_id, args.role, read_only=args.read_only) + "\n")
    return OK


def _open_app(args: argparse.Namespace) -> int:
    # Qt and the app's modules build objects that live as long as the app: no collection
    # until they are in place (the app then freezes them and turns the collector back on).
    gc.disable()
    try:
        from supportmap.gui.app import run
    except ImportError as error:
        raise UserError(
            _(
                "The desktop app cannot start ({error}); the commands {commands} still work "
                "without it."
            ).format(error=error, commands=", ".join(COMMANDS))
        ) from None
    if args.file is not None:
        args.file = str(args.file)
    return run(args, _app_passphrase(args))


# --- helpers -----------------------------------------------------------------------------------


def _has_something_to_picture(args: argparse.Namespace) -> bool:
    """A map file, the demo, or a library file that exists already (a picture of its last
    map is made without creating anything)."""
    if args.file or args.demo:
        return True
    from supportmap.storage.paths import is_url, resolve_database

    location = resolve_database(getattr(args, "db", None))
    return not is_url(location) and Path(location).is_file()


def _app_passphrase(args: argparse.Namespace) -> Callable[[str], str | None]:
    """For the app: the library's passphrase from its file or variable, if one was given.

    Without either the app asks in a dialog, never in the terminal.
    """

    def given(location: str) -> str | None:
        from supportmap.cli_protect import LIBRARY, PassphraseError, library_passphrase

        if getattr(args, LIBRARY.attribute, None) is None and not os.environ.get(LIBRARY.variable):
            return None
        try:
            return library_passphrase(args, location)
        except PassphraseError as error:
            raise ValueError(str(error)) from None

    return given


def _open_library(args: argparse.Namespace) -> Library:
    from supportmap.cli_protect import library_passphrase
    from supportmap.cli_server import open_library
    from supportmap.storage.library import Library
    from supportmap.storage.paths import is_url, resolve_database

    location = resolve_database(args.db)
    if is_url(location):
        return open_library(location)  # a server: asks for its password, never a passphrase
    return Library.open(location, passphrase=library_passphrase(args, location))


def _file_passphrase(args: argparse.Namespace) -> Callable[[Path], str]:
    """Gives the passphrase of an encrypted map file, from the sources of DESIGN.md §7."""
    from supportmap.cli_protect import file_passphrase

    return lambda path: file_passphrase(args, path)


def _find_map(library: Library, wanted: str) -> int:
    """A map by id, or else by exact title; an ambiguous title lists the candidates."""
    maps = library.list_maps()
    if wanted.strip().isdigit():
        for info in maps:
            if info.id == int(wanted):
                return info.id
    matches = sorted(info.id for info in maps if info.title == wanted)
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(str(map_id) for map_id in matches)
        several = _("Several maps are titled “{title}” (ids {ids}); give the id instead.")
        raise UserError(several.format(title=shown(wanted), ids=ids))
    missing = _("There is no map with the id or title “{title}”; `{prog} list` shows them.")
    raise UserError(missing.format(title=shown(wanted), prog=PROG))


def _is_user_error(error: Exception) -> bool:
    """Errors that bad input can cause, shown as a message; anything else is a bug."""
    from supportmap.core.model import ValidationError
    from supportmap.storage.errors import StorageError

    if isinstance(error, UserError | ValidationError | StorageError | OSError):
        return True
    passphrases = sys.modules.get("supportmap.cli_protect")
    if passphrases is not None and isinstance(error, passphrases.PassphraseError):
        return True
    fileformat = sys.modules.get("supportmap.storage.fileformat_json")
    return fileformat is not None and isinstance(error, fileformat.FileFormatError)


def _print(text: str) -> None:
    _print_pieces((text,))


def _print_pieces(pieces: Iterable[str]) -> None:
    """Write text made piece by piece, so a large output is never held whole."""
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
    for piece in pieces:
        stream.write(piece)
    stream.flush()


def _complain(message: str) -> None:
    line = shown(" ".join(message.split())) or _("something went wrong")
    stream = sys.stderr
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")
    stream.write(f"{PROG}: {line}\n")
    stream.flush()

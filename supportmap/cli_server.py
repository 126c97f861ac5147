"""``supportmap server init``, ``server add-clinician`` and ``share``: a practice server's set-up
(DESIGN.md §11), and opening a library on a server with a password typed at a terminal.

The password of a server comes from ``~/.pgpass`` / ``PGPASSFILE`` (libpq reads them), else from
a prompt without echo when standard input is a terminal; it is never printed, and an address is
only ever shown without it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from supportmap.core.i18n import _
from supportmap.storage.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

    from supportmap.storage.library import Library

AddCommon = Callable[..., None]


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: AddCommon
) -> None:
    """The ``server`` and ``share`` commands, on the command line's subparsers."""
    serving = commands.add_parser("server", help=_("set up a practice server (administrators)"))
    common(serving, top=False)
    actions = serving.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser(
        "init", help=_("create or update the tables, roles and access rules in a database")
    )
    common(init, top=False)
    init.set_defaults(handler=server_init)
    adding = actions.add_parser("add-clinician", help=_("create a login for a clinician"))
    common(adding, top=False)
    adding.add_argument("role", metavar="ROLE", help=_("the clinician's login name"))
    adding.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help=_("read the new password from the first line of FILE (else it is asked for)"),
    )
    adding.set_defaults(handler=add_clinician)

    sharing = commands.add_parser("share", help=_("share a map with another clinician"))
    common(sharing, top=False)
    sharing.add_argument("map", metavar="MAP", help=_("the map's id or exact title"))
    sharing.add_argument(
        "--with", dest="role", metavar="ROLE", required=True, help=_("the clinician's login name")
    )
    sharing.add_argument(
        "--read-only", action="store_true", help=_("let them see the map but not change it")
    )


def open_library(location: str) -> Library:
    """`Library.open`, asking for a server's password at a terminal when the server wants one."""
    from supportmap.storage import server
    from supportmap.storage.library import Library

    try:
        return Library.open(location)
    except server.PasswordNeeded:
        url = server.parse(location)
        typed = server.with_password(url, _ask_password(server.address(url)))
        return Library.open(typed.render_as_string(hide_password=False))


def server_init(args: argparse.Namespace) -> int:
    from supportmap.storage import migrate, server, server_init

    url = _server_url(args)
    engine = _connect(url)
    try:
        done = server_init.init(engine, migrate.SCHEMA_HEAD)
    finally:
        engine.dispose()
    where = server.address(url)
    if done.before == done.after:
        message = _("The practice library at {where} was already up to date (schema {head}).")
    else:
        message = _("The practice library at {where} is ready (schema {head}).")
    print(message.format(where=where, head=done.after))
    print(
        _(
            "Clinicians are added with: supportmap server add-clinician ROLE. SupportMap keeps "
            "no copy of a server library; the practice's own backups of the server apply."
        )
    )
    return 0


def add_clinician(args: argparse.Namespace) -> int:
    from supportmap.storage import server, server_init

    url = _server_url(args)
    role = server_init.check_role_name(args.role)
    password = _new_password(args.password_file, role)
    engine = _connect(url)
    try:
        server_init.add_clinician(engine, role, password)
    finally:
        engine.dispose()
    print(
        _(
            "{role} can now sign in to the practice library at {where}. Share maps with them "
            "with: supportmap share MAP --with {role}"
        ).format(role=role, where=server.address(url))
    )
    return 0


def share(library: Library, map_id: int, role: str, *, read_only: bool) -> str:
    """Share a map and say so in one line."""
    library.share(map_id, role, read_only=read_only)
    if read_only:
        return _("Map {id} is shared with {role} to read only.").format(id=map_id, role=role)
    return _("Map {id} is shared with {role}, who may change it.").format(id=map_id, role=role)


def _server_url(args: argparse.Namespace) -> URL:
    from supportmap.storage import server
    from supportmap.storage.paths import resolve_database

    location = resolve_database(getattr(args, "db", None))
    if not server.is_server_address(location):
        raise StorageError(
            _(
                "This command sets up a practice server. Give the server's database with --db "
                "postgresql://name@server/database."
            )
        )
    return server.parse(location)


def _connect(url: URL) -> Engine:
    """An engine on the server, with a password asked for if the server wants one."""
    from sqlalchemy.exc import DBAPIError

    from supportmap.storage import server
    from supportmap.storage.errors import database_problem

    for attempt in range(2):
        engine = server.make_server_engine(url)
        try:
            with engine.connect():
                return engine
        except DBAPIError as error:
            engine.dispose()
            if attempt == 0 and "no password supplied" in str(error.orig).lower():
                url = server.with_password(url, _ask_password(server.address(url)))
                continue
            raise StorageError(database_problem(server.address(url), error, write=True)) from error
    raise AssertionError("unreachable")


def _ask_password(where: str) -> str:
    if not sys.stdin.isatty():
        raise StorageError(
            _(
                "The practice server at {where} asks for a password. Run the command in a "
                "terminal to type it, or keep it in your .pgpass file."
            ).format(where=where)
        )
    return getpass.getpass(_("Password for {where}: ").format(where=where))


def _new_password(file: Path | None, role: str) -> str:
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise StorageError(
                _("Could not read the password file {path}: {reason}.").format(
                    path=file, reason=error.strerror or error
                )
            ) from error
        password = lines[0] if lines else ""
    elif sys.stdin.isatty():
        password = getpass.getpass(_("New password for {role}: ").format(role=role))
        if getpass.getpass(_("The same password again: ")) != password:
            raise StorageError(_("The two passwords differ; nothing was changed."))
    else:
        raise StorageError(
            _(
                "A password for {role} is needed. Give it in the first line of a file with "
                "--password-file FILE, or run the command in a terminal to type it."
            ).format(role=role)
        )
    if not password:
        raise StorageError(_("The password is empty; nothing was changed."))
    return password

"""Start-up of the desktop app: choose the library, open or import a map, show the window.

Kept light on purpose: only Qt and the core load before the window shows; the storage layer
follows once it is on screen, and matplotlib waits until charts are first shown. ``--demo``
and ``--screenshot`` work in a throwaway directory so the person's own library and window
settings are never touched.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QIODevice,
    QSettings,
    QSize,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from supportmap.core import i18n
from supportmap.core.language import choose_locale
from supportmap.gui.dialogs import Problem
from supportmap.gui.language import apply_language, chosen_language
from supportmap.gui.texts import strings
from supportmap.gui.texts.plurals import install_english_plurals
from supportmap.gui.texts.strings import text

if TYPE_CHECKING:
    from supportmap.gui.main_window import MainWindow
    from supportmap.storage.fileformat import Document

PassphraseSource = Callable[[str], str | None]
"""Gives the passphrase of the protected library at a location, or None to ask for it."""

APP_NAME = "SupportMap"
APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "supportmap.svg"
SETTLE_LIMIT_MS = 5000
SCREENSHOT_PNG_QUALITY = 75
"""Qt's PNG "quality" picks the compression level: for window pictures 75 writes about a
third faster than the default, and the files come out no larger."""


def make_settings(throwaway_dir: Path | None) -> QSettings:
    """The user's settings, or an INI file in ``throwaway_dir`` that nobody else reads."""
    if throwaway_dir is None:
        return QSettings(APP_NAME, APP_NAME)
    return QSettings(str(throwaway_dir / "settings.ini"), QSettings.Format.IniFormat)


def run(args: argparse.Namespace, given_passphrase: PassphraseSource | None = None) -> int:
    """Run the app with parsed command-line arguments; returns the process exit code.

    ``args`` has ``db`` (str or None), ``demo`` (bool), ``file`` (path or None) and
    ``screenshot`` (path or None). ``given_passphrase`` gives the passphrase of a protected
    library at a location when the command line names one (None: ask), and raises ValueError
    with the message when it cannot be read.

    The window shows first and the library (the database layer, the slowest part to load)
    opens just after: the demo or a file to import is on screen already, not stored yet, and
    is saved into the library as soon as it is open. A picture of the demo or of a file needs
    no library at all.
    """
    from supportmap.gui.document import MapDocument
    from supportmap.gui.main_window import MainWindow

    # What the imports built (classes, functions, Qt wrappers) lives as long as the app:
    # left out of every later garbage collection, start-up and the app run a little quicker.
    gc.freeze()
    gc.enable()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QApplication.setWindowIcon(QIcon(str(APP_ICON)))
    install_english_plurals(app)
    screenshot: str | None = getattr(args, "screenshot", None)
    demo = bool(getattr(args, "demo", False))
    file_path: str | None = getattr(args, "file", None)

    temp = tempfile.TemporaryDirectory(prefix="supportmap-") if demo or screenshot else None
    throwaway = Path(temp.name) if temp is not None else None
    settings = make_settings(throwaway)
    locale_name = choose_locale(getattr(args, "lang", None), chosen_language(settings))
    locale_before = i18n.current_locale()
    previous = i18n.install(locale_name) if locale_name != locale_before else None
    apply_language(app, locale_name)
    try:
        window = MainWindow(MapDocument(), settings)
        incoming: Document | None = None
        problem: str | None = None
        if demo and not file_path:  # the bundled demo reads quickly: it is in the first frame
            incoming, problem = _read_incoming(None)
            _show_unstored(window, incoming, screenshot)
        window.show()
        if file_path:  # checking a file loads a validation library: the window comes first
            QCoreApplication.processEvents()
            incoming, problem = _read_incoming(Path(file_path))
            if incoming is None and demo and not screenshot:
                incoming, _ = _read_incoming(None)  # --demo was asked for too: show that
            _show_unstored(window, incoming, screenshot)
        if problem is not None and screenshot:
            window.close()
            return _fail(problem, screenshot)
        document = window.document
        if incoming is None or not screenshot:
            # Draw the window, then load the database layer while it is on screen.
            QCoreApplication.processEvents()
            if not window.isVisible():  # closed in that moment: nothing was opened yet
                return 0
            # The demo must not add anything to the person's own library.
            location = str(throwaway / "demo.db") if demo and throwaway else _user_library(args)
            try:
                kept = _open_library(location, window, screenshot, given_passphrase)
            except _Cancelled:  # the passphrase was not given: nothing of the library shown
                window.close()
                document.close_library()
                return 0
            if kept is None:
                window.close()
                return 1
            if not kept or incoming is None:
                window.open_initial(ask_when_empty=not screenshot)
        if problem is not None:
            Problem.show(window, text(strings.IMPORT_FAILED_TITLE), problem)
        if screenshot:
            if document.has_library:
                _show_someone(window)
            code = save_screenshot(window, Path(screenshot))
        else:
            code = app.exec()
        window.close()
        document.close_library()
        window.deleteLater()
        return code
    finally:
        if previous is not None:  # as it was: this matters where the app runs more than once
            i18n.install(catalogue=previous)
            apply_language(app, locale_before)
        if temp is not None:
            temp.cleanup()


def _user_library(args: argparse.Namespace) -> str:
    """The user's library: ``--db``, then ``SUPPORTMAP_DB``, then the standard place."""
    from supportmap.storage.paths import resolve_database

    return str(resolve_database(getattr(args, "db", None)))


def settle(window: QMainWindow, limit_ms: int = SETTLE_LIMIT_MS) -> None:
    """Process events until the window is exposed and its central widget stops resizing."""
    timer = QElapsedTimer()
    timer.start()
    central = window.centralWidget() or window
    last, stable = QSize(), 0
    while timer.elapsed() < limit_ms and stable < 3:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        size = central.size()
        stable = stable + 1 if size == last and window.isVisible() else 0
        last = size


def save_screenshot(window: MainWindow, path: Path) -> int:
    """Render the laid-out window to ``path`` (PNG); 0 on success, 1 with a message if not."""
    settle(window)
    window.view.fit_all()
    QCoreApplication.processEvents()
    image = window.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    failed = text(strings.SCREENSHOT_FAILED).replace("%1", str(path))
    if not image.save(buffer, "PNG", SCREENSHOT_PNG_QUALITY):
        return _fail(failed, str(path))
    from supportmap.atomic import SaveError, atomic_write_bytes

    try:  # the picture shows names: private to the user, and never half written
        atomic_write_bytes(path, bytes(buffer.data().data()))
    except SaveError as error:
        return _fail(f"{failed} {error}", str(path))
    return 0


def _read_incoming(file_path: Path | None) -> tuple[Document | None, str | None]:
    """Read the file to import, or the bundled demo; returns it, or a message why not.

    The demo is read without the shape check (a test proves it passes it), so that its
    validation library stays out of start-up.
    """
    from supportmap.samples import demo_path
    from supportmap.storage.fileformat import FileFormatError, read_document
    from supportmap.storage.fileformat_own import read_own_document

    try:
        if file_path is not None:
            return read_document(file_path), None
        return read_own_document(demo_path()), None
    except FileFormatError as error:
        name = file_path.name if file_path is not None else "demo"
        return None, text(strings.IMPORT_FAILED).replace("%1", name).replace("%2", str(error))


def _show_unstored(window: MainWindow, incoming: Document | None, screenshot: str | None) -> None:
    """Put a map that is not in the library yet on screen (see `MapDocument.open_unstored`)."""
    if incoming is None:
        return
    window.document.open_unstored(incoming.map, incoming.snapshots)
    if screenshot:
        _show_someone(window)  # before the first paint of the map, so it is painted once


class _Cancelled(Exception):
    """The person cancelled the passphrase of a protected library: the app ends quietly."""


def _open_library(
    location: str,
    window: MainWindow,
    screenshot: str | None,
    given_passphrase: PassphraseSource | None,
) -> bool | None:
    """Open the library and attach it to the window's document.

    A protected library takes its passphrase from ``given_passphrase`` when that gives one
    (the command line's sources, DESIGN §7), else from a dialog that asks again after a wrong
    one.

    Returns None after telling the person why it could not be opened; else whether the map on
    screen (if any) could be kept in it (see `MapDocument.attach`).

    Raises:
        _Cancelled: the person closed the passphrase dialog.
    """
    from supportmap.storage.cipher import LockedError, WrongPassphrase
    from supportmap.storage.errors import StorageError
    from supportmap.storage.server import PasswordNeeded

    try:
        passphrase = given_passphrase(location) if given_passphrase is not None else None
    except ValueError as error:
        _fail(str(error), screenshot, window)
        return None
    while True:
        try:
            return window.document.open_library(location, passphrase)
        except PasswordNeeded as error:  # a practice server that wants a password
            password = None
            if not screenshot:
                from supportmap.gui.server_dialog import PasswordDialog
                from supportmap.storage.server import address, parse

                password = PasswordDialog.ask(window, address(parse(location)))
            if password is None:
                _fail(text(strings.LIBRARY_FAILED).replace("%1", str(error)), screenshot, window)
                return None
            from supportmap.gui.server_dialog import with_password

            location = with_password(location, password)
            continue
        except (LockedError, WrongPassphrase) as error:
            if screenshot:
                _fail(str(error), screenshot, window)
                return None
            wrong = isinstance(error, WrongPassphrase)
        except StorageError as error:
            _fail(text(strings.LIBRARY_FAILED).replace("%1", str(error)), screenshot, window)
            return None
        from supportmap.gui.texts import protection
        from supportmap.gui.unlock import ask_library_passphrase

        passphrase = ask_library_passphrase(window, text(protection.UNLOCK_PROMPT), wrong)
        if passphrase is None:
            raise _Cancelled


def _show_someone(window: MainWindow) -> None:
    """For pictures: select the person who gives the most, so the editor shows something."""
    support_map = window.document.support_map
    if support_map is not None and support_map.people:
        best = max(support_map.people.values(), key=lambda person: person.support.received)
        window.selection.set([best.id])


def _fail(message: str, screenshot: str | None, parent: QWidget | None = None) -> int:
    """Report a start-up problem: on stderr when rendering a picture, else in a message box."""
    if screenshot or QApplication.instance() is None:
        print(message, file=sys.stderr)
    else:
        Problem.show(parent, APP_NAME, message)
    return 1

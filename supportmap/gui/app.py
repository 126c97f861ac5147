"""Start-up of the desktop app: choose the library, open or import a map, show the window.

Kept light on purpose: only Qt and the core load before the window shows; the storage layer
follows once it is on screen, and matplotlib waits until charts are first shown. ``--demo``
and ``--screenshot`` work in a throwaway directory so the person's own library and window
settings are never touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from supportmap.gui import strings
from supportmap.gui.dialogs import Problem
from supportmap.gui.strings import text

if TYPE_CHECKING:
    from supportmap.gui.main_window import MainWindow
    from supportmap.storage.fileformat import Document
    from supportmap.storage.library import Library

APP_NAME = "SupportMap"
SETTLE_LIMIT_MS = 5000


def make_settings(throwaway_dir: Path | None) -> QSettings:
    """The user's settings, or an INI file in ``throwaway_dir`` that nobody else reads."""
    if throwaway_dir is None:
        return QSettings(APP_NAME, APP_NAME)
    return QSettings(str(throwaway_dir / "settings.ini"), QSettings.Format.IniFormat)


def run(args: argparse.Namespace) -> int:
    """Run the app with parsed command-line arguments; returns the process exit code.

    ``args`` has ``db`` (str or None), ``demo`` (bool), ``file`` (path or None) and
    ``screenshot`` (path or None).

    The window shows first and the library (the database layer, the slowest part to load)
    opens just after: the demo or a file to import is on screen already, not stored yet, and
    is saved into the library as soon as it is open. A picture of the demo or of a file needs
    no library at all.
    """
    from supportmap.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    screenshot: str | None = getattr(args, "screenshot", None)
    demo = bool(getattr(args, "demo", False))
    file_path: str | None = getattr(args, "file", None)

    temp = tempfile.TemporaryDirectory(prefix="supportmap-") if demo or screenshot else None
    throwaway = Path(temp.name) if temp is not None else None
    try:
        incoming: Document | None = None
        import_problem: str | None = None
        if demo or file_path:
            try:
                incoming = _read_incoming(Path(file_path) if file_path else None)
            except ValueError as error:  # FileFormatError
                name = Path(file_path).name if file_path else "demo"
                import_problem = (
                    text(strings.IMPORT_FAILED).replace("%1", name).replace("%2", str(error))
                )
                if screenshot:
                    return _fail(import_problem, screenshot)

        window = MainWindow(None, make_settings(throwaway))
        if incoming is not None:
            window.document.open_unstored(incoming.map, incoming.snapshots)
        window.show()
        library = None
        if incoming is None or not screenshot:
            # Draw the window once, then load the database layer while it is on screen.
            QCoreApplication.processEvents()
            # A picture or the demo must not add anything to the user's library.
            if throwaway is not None and (demo or (file_path and screenshot)):
                location = str(throwaway / "demo.db")
            else:
                location = _user_library(args)
            library = _open_library(location, window, screenshot)
            if library is None:
                window.close()
                return 1
            if not window.attach_library(library) or incoming is None:
                window.open_initial(ask_when_empty=not screenshot)
        if import_problem is not None:
            Problem.show(window, text(strings.IMPORT_FAILED_TITLE), import_problem)
        if screenshot:
            _show_someone(window)
            code = save_screenshot(window, Path(screenshot))
        else:
            code = app.exec()
        window.close()
        window.deleteLater()
        if library is not None:
            library.close()
        return code
    finally:
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
    if not image.save(str(path), "PNG"):
        return _fail(text(strings.SCREENSHOT_FAILED).replace("%1", str(path)), str(path))
    return 0


def _read_incoming(file_path: Path | None) -> Document:
    """The file to import, or the bundled demo (read without the shape check it always passes).

    Raises:
        FileFormatError (a ValueError): the file is not a map this version can read.
    """
    from supportmap.storage.fileformat import read_document, read_own_document

    if file_path is not None:
        return read_document(file_path)
    from supportmap.samples import demo_path

    return read_own_document(demo_path())


def _open_library(location: str, window: QWidget, screenshot: str | None) -> Library | None:
    """Open the library; None after telling the person why it could not be opened."""
    from supportmap.storage.errors import StorageError
    from supportmap.storage.library import Library

    try:
        return Library.open(location)
    except StorageError as error:
        _fail(text(strings.LIBRARY_FAILED).replace("%1", str(error)), screenshot, window)
        return None


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

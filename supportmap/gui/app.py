"""Start-up of the desktop app: choose the library, open or import a map, show the window.

Kept light on purpose: only Qt, the core and the storage layer load before the window shows
(matplotlib waits until charts are first shown). ``--demo`` and ``--screenshot`` work in a
throwaway directory so the person's own library and window settings are never touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QSize
from PySide6.QtWidgets import QApplication, QMainWindow

from supportmap.gui import strings
from supportmap.gui.dialogs import Problem
from supportmap.gui.strings import text

if TYPE_CHECKING:
    from supportmap.gui.main_window import MainWindow
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
    """
    from supportmap.gui.main_window import MainWindow
    from supportmap.storage.errors import StorageError
    from supportmap.storage.library import Library
    from supportmap.storage.paths import resolve_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    screenshot: str | None = getattr(args, "screenshot", None)
    demo = bool(getattr(args, "demo", False))
    file_path: str | None = getattr(args, "file", None)

    temp = tempfile.TemporaryDirectory(prefix="supportmap-") if demo or screenshot else None
    throwaway = Path(temp.name) if temp is not None else None
    try:
        try:
            # A picture of the demo or of a file must not add anything to the user's library.
            location = (
                str(throwaway / "demo.db")
                if throwaway is not None and (demo or (file_path and screenshot))
                else resolve_database(getattr(args, "db", None))
            )
            library = Library.open(location)
        except StorageError as error:
            return _fail(text(strings.LIBRARY_FAILED).replace("%1", str(error)), screenshot)

        opened: int | None = None
        import_problem: str | None = None
        try:
            if demo:
                from supportmap.samples import demo_path

                opened = _import(library, demo_path())
            if file_path:
                opened = _import(library, Path(file_path))
        except (ValueError, StorageError, OSError) as error:
            name = Path(file_path).name if file_path else "demo"
            import_problem = (
                text(strings.IMPORT_FAILED).replace("%1", name).replace("%2", str(error))
            )
            if screenshot:
                return _fail(import_problem, screenshot)

        window = MainWindow(library, make_settings(throwaway))
        if opened is not None:
            window.open_map(opened)
        else:
            window.open_initial(ask_when_empty=not screenshot)
        window.show()
        if import_problem is not None:
            Problem.show(window, text(strings.IMPORT_FAILED_TITLE), import_problem)
        if screenshot:
            _show_someone(window)
            code = save_screenshot(window, Path(screenshot))
        else:
            code = app.exec()
        window.close()
        window.deleteLater()
        library.close()
        return code
    finally:
        if temp is not None:
            temp.cleanup()


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


def _import(library: Library, path: Path) -> int:
    """Read a map file into the library; the file format is loaded only when a file is opened.

    Raises:
        FileFormatError (a ValueError): the file is not a map this version can read.
    """
    from supportmap.storage.fileformat import read_document

    document = read_document(path)
    return library.save_new_map(document.map, document.snapshots)


def _show_someone(window: MainWindow) -> None:
    """For pictures: select the person who gives the most, so the editor shows something."""
    support_map = window.document.support_map
    if support_map is not None and support_map.people:
        best = max(support_map.people.values(), key=lambda person: person.support.received)
        window.selection.set([best.id])


def _fail(message: str, screenshot: str | None) -> int:
    """Report a start-up problem: on stderr when rendering a picture, else in a message box."""
    if screenshot or QApplication.instance() is None:
        print(message, file=sys.stderr)
    else:
        Problem.show(None, APP_NAME, message)
    return 1

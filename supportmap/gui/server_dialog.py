"""File → Connect to a practice server… and back to the library on this computer (DESIGN §11).

The dialog builds a server address from its fields and shows it as it will be remembered: with
no password. The password is typed each time (or comes from ``.pgpass``, which libpq reads) and
lives only in memory. Opening a library on a server can wait for the network for seconds, so
`LibrarySwitch` opens it on a worker thread and switches the window when it is ready; until then
the window stays usable with the library it had.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.texts import server as strings_server
from supportmap.gui.texts import text

if TYPE_CHECKING:
    from supportmap.gui.document import OpenedLibrary

SERVER_SETTING = "library/server"
"""The window setting that remembers the last server address (never with a password)."""
DEFAULT_PORT = 5432
TLS_MODES = ("verify-full", "require", "disable")
"""What the dialog offers: check the certificate (default), encrypt only, or plain."""


@dataclass(frozen=True)
class ServerChoice:
    """What the person chose: the address to show and remember, and the typed password."""

    address: str
    password: str

    def location(self) -> str:
        """The address to open, with the password when one was typed (kept in memory only)."""
        if not self.password:
            return self.address
        scheme, rest = self.address.split("://", 1)
        return f"{scheme}://{rest.replace('@', ':' + quote(self.password, safe='') + '@', 1)}"


class ServerDialog(QDialog):
    """Host, port, database, user, TLS and certificate file, and the password."""

    def __init__(self, parent: QWidget | None, remembered: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(text(strings_server.SERVER_TITLE))
        intro = QLabel(text(strings_server.SERVER_INTRO))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.tls = QComboBox()
        labels = (
            self.tr("Check the server's certificate (recommended)"),
            self.tr("Encrypt, without checking the certificate"),
            self.tr("No encryption (only for a server on this computer)"),
        )
        for mode, label in zip(TLS_MODES, labels, strict=True):
            self.tls.addItem(label, mode)
        self.tls.setToolTip(text(strings_server.SERVER_TLS_TIP))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The system's usual certificates"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: use the .pgpass file"))
        self.shown_address = QLabel()
        self.shown_address.setWordWrap(True)
        self.shown_address.setObjectName("serverAddress")

        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Library (database)"), self.database)
        form.addRow(self.tr("&Your user name"), self.user)
        form.addRow(self.tr("&Protection"), self.tls)
        ca_label = QLabel(self.tr("&Certificate file"))
        ca_label.setBuddy(self.ca_file)  # a row of two widgets gets no buddy by itself
        form.addRow(ca_label, ca_row)
        form.addRow(self.tr("Pass&word"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.shown_address)
        layout.addWidget(buttons)
        for field in (self.host, self.database, self.user, self.ca_file):
            field.textChanged.connect(self._update)
        self.port.valueChanged.connect(self._update)
        self.tls.currentIndexChanged.connect(self._update)
        self._fill(remembered)
        self._update()
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, remembered: str = "") -> ServerChoice | None:
        """The server chosen, or None when cancelled (tests replace this)."""
        dialog = cls(parent, remembered)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def choice(self) -> ServerChoice:
        return ServerChoice(self.address(), self.password.text())

    def address(self) -> str:
        """The address the fields make, without any password."""
        host = self.host.text().strip()
        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        port = "" if self.port.value() == DEFAULT_PORT else f":{self.port.value()}"
        query: dict[str, str] = {}
        mode = str(self.tls.currentData())
        local = host in ("", "localhost", "127.0.0.1", "::1")
        if not (local and mode == "verify-full"):  # on this computer: libpq's own default
            query["sslmode"] = mode
        if self.ca_file.text().strip() and mode == "verify-full":
            query["sslrootcert"] = self.ca_file.text().strip()
        tail = f"?{urlencode(query)}" if query else ""
        at = f"{user}@" if user else ""
        return f"postgresql://{at}{host}{port}/{database}{tail}"

    def _fill(self, remembered: str) -> None:
        if not remembered:
            return
        from supportmap.storage import server
        from supportmap.storage.errors import StorageError

        try:
            url = server.parse(remembered)
        except StorageError:
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        mode = str(url.query.get("sslmode") or "verify-full")
        self.tls.setCurrentIndex(max(0, self.tls.findData(mode)))
        self.ca_file.setText(str(url.query.get("sslrootcert") or ""))

    def _update(self) -> None:
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.connect_button.setEnabled(ready)
        self.ca_file.setEnabled(self.tls.currentData() == "verify-full")
        shown = text(strings_server.SERVER_ADDRESS).replace("%1", self.address())
        self.shown_address.setText(shown)

    def _choose_ca_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            text(strings_server.SERVER_CA_CAPTION),
            self.ca_file.text(),
            text(strings_server.SERVER_CA_FILTER),
        )
        if chosen:
            self.ca_file.setText(chosen)


class PasswordDialog:
    """Asking for the password of a server given at start (``--db postgresql://…``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, address: str) -> str | None:
        """The typed password, or None when cancelled (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog

        typed, ok = QInputDialog.getText(
            parent,
            text(strings_server.SERVER_TITLE),
            text(strings_server.PASSWORD_PROMPT).replace("%1", address),
            QLineEdit.EchoMode.Password,
        )
        return typed if ok else None


def with_password(location: str, password: str) -> str:
    """A server address typed at start, with the password asked for (kept in memory only)."""
    from supportmap.storage import server

    return server.with_password(server.parse(location), password).render_as_string(
        hide_password=False
    )


class LibrarySwitch(QObject):
    """Opens another library off the GUI thread and switches ``document`` to it.

    Signals:
        opened(object): the library opened on the worker thread (delivered on the GUI thread).
        status(str): what is happening, for the status bar.
        switched(): the document now uses the other library.
    """

    opened = Signal(object, str)
    status = Signal(str)
    switched = Signal()

    def __init__(self, document: MapDocument, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._settings = settings
        self._window = window
        self.busy = False
        self.local_location = ""
        """The library on this computer to go back to: the last file library attached."""
        self.opened.connect(self._finish)
        document.stored.connect(self._remember_local)
        self._remember_local()

    def _remember_local(self) -> None:
        if self._document.has_library and not self._document.on_server:
            self.local_location = self._document.location

    def connect_to_server(self) -> None:
        """Ask for a server, then open it in the background."""
        remembered = str(self._settings.value(SERVER_SETTING, "") or "")
        choice = ServerDialog.ask(self._window, remembered)
        if choice is None:
            return
        self._settings.setValue(SERVER_SETTING, choice.address)
        self.status.emit(text(strings_server.SERVER_CONNECTING).replace("%1", choice.address))
        self.open_in_background(choice.location(), choice.address)

    def use_this_computer(self) -> None:
        """Go back to the library on this computer (the one used before, else the usual one)."""
        location = self.local_location
        if not location:
            from supportmap.storage.paths import default_database_path, resolve_database

            location = resolve_database(None)
            if "://" in location:
                location = str(default_database_path())
        self.open_in_background(location, "")

    def open_in_background(self, location: str, shown: str) -> None:
        if self.busy:
            return
        self.busy = True

        def work() -> None:
            from supportmap.storage.errors import StorageError, database_problem

            try:
                self.opened.emit(MapDocument.open_elsewhere(location), shown)
            except StorageError as error:
                self.opened.emit(error, shown)
            except Exception as error:  # never leave the switch busy, whatever went wrong
                said = database_problem(shown or location, error, write=False)
                self.opened.emit(StorageError(said), shown)

        threading.Thread(target=work, name="open-library", daemon=True).start()

    def _finish(self, result: OpenedLibrary | Exception, shown: str) -> None:
        # Not while a save to the library in use is on its way: the switch closes that map.
        self._document.when_idle(lambda: self._finish_now(result, shown))

    def _finish_now(self, result: OpenedLibrary | Exception, shown: str) -> None:
        self.busy = False
        if isinstance(result, Exception):
            message = text(strings_server.SERVER_FAILED).replace("%1", str(result))
            Problem.show(self._window, text(strings_server.SERVER_FAILED_TITLE), message)
            return
        self._document.switch_library(result)
        said = strings_server.SERVER_CONNECTED if shown else strings_server.LOCAL_CONNECTED
        self.status.emit(text(said).replace("%1", shown))
        self.switched.emit()

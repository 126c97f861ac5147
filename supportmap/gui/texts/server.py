"""Sentences of File → Connect to a practice server… (shown with `text`, see the package)."""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

SERVER_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Connect to a practice server")
SERVER_INTRO = QT_TRANSLATE_NOOP(
    "SupportMap",
    "Your practice keeps its library on a PostgreSQL server. Your administrator can tell you "
    "these details. The password is asked for each time and never kept; a password in your "
    ".pgpass file is used when this field is left empty.",
)
SERVER_ADDRESS = QT_TRANSLATE_NOOP("SupportMap", "Address: %1")
SERVER_TLS_TIP = QT_TRANSLATE_NOOP(
    "SupportMap",
    "How the connection is protected. “Check the server's certificate” is the safe choice for "
    "a server on another computer.",
)
SERVER_CA_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Choose the practice's certificate file")
SERVER_CA_FILTER = QT_TRANSLATE_NOOP(
    "SupportMap", "Certificate files (*.crt *.pem *.cer);;All files (*)"
)
SERVER_CONNECTING = QT_TRANSLATE_NOOP("SupportMap", "Connecting to %1…")
SERVER_CONNECTED = QT_TRANSLATE_NOOP("SupportMap", "Now using the practice library at %1.")
LOCAL_CONNECTED = QT_TRANSLATE_NOOP("SupportMap", "Now using the library on this computer.")
SERVER_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The practice server could not be used")
SERVER_FAILED = QT_TRANSLATE_NOOP("SupportMap", "%1\n\nThe library you were using stays open.")
PASSWORD_PROMPT = QT_TRANSLATE_NOOP(
    "SupportMap", "The practice server at %1 asks for your password. It is not kept."
)

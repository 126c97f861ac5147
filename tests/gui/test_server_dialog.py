"""File → Connect to a practice server…: the address without its password, the switch to the
server's library off the GUI thread, honest messages, and the way back (DESIGN §11)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from supportmap.gui import server_dialog
from supportmap.gui.main_window import MainWindow
from supportmap.gui.server_dialog import SERVER_SETTING, ServerChoice, ServerDialog
from supportmap.storage.library import Library
from tests import pg


def fill(dialog: ServerDialog, host: str, database: str, user: str, password: str) -> None:
    for field, value in (
        (dialog.host, host),
        (dialog.database, database),
        (dialog.user, user),
        (dialog.password, password),
    ):
        QTest.keyClicks(field, value)


def test_the_address_shown_never_holds_the_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.connect_button.isEnabled()

    fill(dialog, "db.practice.example", "practice", "kim", "s3cret@!")

    assert dialog.connect_button.isEnabled()
    shown = dialog.shown_address.text()
    assert "postgresql://kim@db.practice.example/practice?sslmode=verify-full" in shown
    assert "s3cret" not in shown
    assert (
        dialog.choice().address
        == "postgresql://kim@db.practice.example/practice?sslmode=verify-full"
    )
    assert "s3cret" not in dialog.choice().address
    opened = server_dialog.ServerChoice(dialog.address(), "s3cret@!").location()
    from supportmap.storage.server import parse

    assert parse(opened).password == "s3cret@!"


def test_a_certificate_file_is_named_in_the_address(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    fill(dialog, "db.practice.example", "practice", "kim", "")
    QTest.keyClicks(dialog.ca_file, str(tmp_path / "practice.crt"))

    assert f"sslrootcert={str(tmp_path / 'practice.crt').replace('/', '%2F')}" in dialog.address()


def test_a_server_on_this_computer_keeps_libpqs_default_protection(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    fill(dialog, "localhost", "practice", "kim", "")

    assert dialog.address() == "postgresql://kim@localhost/practice"


def test_the_remembered_address_fills_the_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    remembered = "postgresql://kim@db.practice.example:6543/practice?sslmode=require"
    dialog = ServerDialog(None, remembered)
    qtbot.addWidget(dialog)

    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
        "db.practice.example",
        6543,
        "kim",
    )
    assert dialog.address() == remembered


@pytest.fixture
def server_database() -> Iterator[str]:
    yield from pg.fresh_database()


def choose_server(monkeypatch: pytest.MonkeyPatch, address: str, password: str = "") -> None:
    choice = ServerChoice(address, password)
    monkeypatch.setattr(ServerDialog, "ask", classmethod(lambda cls, *a, **k: choice))


def test_connecting_switches_the_window_and_back(
    qtbot, window: MainWindow, settings: QSettings, server_database: str, monkeypatch, library_path
) -> None:  # type: ignore[no-untyped-def]
    with Library.open(server_database) as practice:
        practice.create_map("Robin", "Robin at the practice")
    choose_server(monkeypatch, server_database)

    window.server_action.trigger()

    qtbot.waitUntil(lambda: window.document.on_server, timeout=10000)
    qtbot.waitUntil(lambda: window.document.support_map is not None)
    assert window.document.require_map().focus_name == "Robin"
    assert settings.value(SERVER_SETTING) == server_database
    assert window.local_library_action.isEnabled()

    window.local_library_action.trigger()

    qtbot.waitUntil(lambda: not window.document.on_server, timeout=10000)
    assert window.document.location == str(library_path)
    assert not window.local_library_action.isEnabled()


def test_an_older_library_on_the_server_names_server_init(
    qtbot, window: MainWindow, monkeypatch, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    for address in pg.fresh_database(empty=True):
        choose_server(monkeypatch, address)
        window.server_action.trigger()
        qtbot.waitUntil(lambda: bool(problems_shown), timeout=10000)
    assert "supportmap server init" in problems_shown[0]
    assert not window.document.on_server
    assert window.document.support_map is not None  # what was open stays


def test_a_server_that_does_not_answer_gets_an_honest_message(
    qtbot, window: MainWindow, monkeypatch, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("psycopg")
    choose_server(monkeypatch, "postgresql://kim@127.0.0.1:9/practice", "s3cret")

    window.server_action.trigger()

    qtbot.waitUntil(lambda: bool(problems_shown), timeout=10000)
    assert "127.0.0.1" in problems_shown[0]
    assert "s3cret" not in problems_shown[0]
    assert "damaged" not in problems_shown[0]
    assert not window.document.on_server


def test_an_unexpected_failure_while_connecting_is_a_message_and_connecting_works_again(
    qtbot, window: MainWindow, monkeypatch, problems_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.gui.document import MapDocument

    def broken(location: str) -> None:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(MapDocument, "open_elsewhere", staticmethod(broken))
    choose_server(monkeypatch, "postgresql://kim@127.0.0.1:9/practice", "s3cret")

    window.server_action.trigger()

    qtbot.waitUntil(lambda: bool(problems_shown), timeout=10000)
    assert "127.0.0.1" in problems_shown[0] and "s3cret" not in problems_shown[0]
    assert "Traceback" not in problems_shown[0]
    assert not window.library_switch.busy

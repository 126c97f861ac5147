"""``supportmap server init``, ``server add-clinician``, ``share`` and server addresses, run as
an administrator and a clinician would, in processes of their own, against the test server."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from supportmap.samples import demo_path
from supportmap.storage import migrate
from supportmap.storage.library import Library
from tests import pg
from tests.commands import REPOSITORY
from tests.commands import run_supportmap as run
from tests.storage.library_helpers import database_rows


@pytest.fixture
def empty_database() -> Iterator[str]:
    yield from pg.fresh_database(empty=True)


@pytest.fixture
def clinician_names() -> Iterator[list[str]]:
    names = [f"cli_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    yield names
    pg.drop_roles(*names)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    return line


@pytest.mark.slow
def test_two_inits_at_once_both_succeed_and_leave_one_current_schema(
    empty_database: str,
) -> None:
    command = [sys.executable, "-m", "supportmap", "server", "init", "--db", empty_database]
    started = [
        subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    results = [(process.wait(timeout=120), *process.communicate()) for process in started]

    assert [code for code, _, _ in results] == [0, 0], results
    said = [out.decode() for _, out, _ in results]
    assert sorted("already up to date" in words for words in said) == [False, True]
    assert all("own backups" in words for words in said)
    revision = database_rows(empty_database, "SELECT version_num FROM alembic_version")
    assert revision == [(migrate.SCHEMA_HEAD,)]
    with Library.open(empty_database) as library:
        assert library.list_maps() == []


@pytest.mark.slow
def test_add_clinician_then_share_read_only_from_the_command_line(
    empty_database: str, clinician_names: list[str], tmp_path: Path
) -> None:
    alice, bob = clinician_names
    secret = tmp_path / "password"
    secret.write_text("s3cret-words\nignored second line\n")
    assert run("server", "init", "--db", empty_database).returncode == 0
    for name in (alice, bob):
        added = run(
            "server", "add-clinician", name, "--password-file", secret, "--db", empty_database
        )
        assert added.returncode == 0, added.stderr
        assert f"{name} can now sign in" in added.stdout
    as_alice = pg.login(empty_database, alice, "s3cret-words")
    as_bob = pg.login(empty_database, bob, "s3cret-words")

    assert run("import", demo_path(), "--db", as_alice).returncode == 0
    assert "no maps yet" in run("list", "--db", as_bob).stdout
    shared = run("share", "1", "--with", bob, "--read-only", "--db", as_alice)
    assert shared.returncode == 0, shared.stderr
    assert shared.stdout.strip() == f"Map 1 is shared with {bob} to read only."

    assert "Robin" in run("list", "--db", as_bob).stdout
    refused = run("share", "1", "--with", bob, "--db", as_bob)
    assert "not allow this account" in one_line_error(refused)
    again = run("server", "add-clinician", alice, "--password-file", secret, "--db", empty_database)
    assert "already a role" in one_line_error(again)


def test_a_password_the_server_wants_is_asked_for_or_explained(
    empty_database: str, clinician_names: list[str], tmp_path: Path
) -> None:
    secret = tmp_path / "password"
    secret.write_text("right-one\n")
    assert run("server", "init", "--db", empty_database).returncode == 0
    name = clinician_names[0]
    assert (
        run(
            "server", "add-clinician", name, "--password-file", secret, "--db", empty_database
        ).returncode
        == 0
    )
    no_password = make_url(empty_database).set(username=name).render_as_string()

    line = one_line_error(run("list", "--db", no_password))
    assert "asks for a password" in line and ".pgpass" in line

    wrong = pg.login(empty_database, name, "wrong-one")
    line = one_line_error(run("list", "--db", wrong))
    assert "did not accept the user name and password" in line
    assert "wrong-one" not in line

    pgpass = tmp_path / "pgpass"
    url = make_url(empty_database)
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:{name}:right-one\n")
    pgpass.chmod(0o600)
    listed = subprocess.run(
        [sys.executable, "-m", "supportmap", "list", "--db", no_password],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "PGPASSFILE": str(pgpass)},
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "no maps yet" in listed.stdout


def test_addresses_that_cannot_be_read_never_show_their_password() -> None:
    for address in (
        "postgresql://ann:hunter2@server:notaport/practice",
        "postgres://ann:hunter2@server:99999999999/practice",
    ):
        line = one_line_error(run("list", "--db", address))
        assert "hunter2" not in line
        assert "not a server address" in line or "Could not reach" in line


def test_server_commands_need_a_server_address(tmp_path: Path) -> None:
    line = one_line_error(run("server", "init", "--db", tmp_path / "library.sqlite3"))
    assert "--db postgresql://" in line


def test_sharing_needs_a_server_and_a_new_clinician_needs_a_password(
    tmp_path: Path, empty_database: str
) -> None:
    library = tmp_path / "library.sqlite3"
    assert run("import", demo_path(), "--db", library).returncode == 0
    line = one_line_error(run("share", "1", "--with", "kim", "--db", library))
    assert "practice server only" in line

    # run_supportmap gives the command no terminal, so there is nobody to ask
    line = one_line_error(run("server", "add-clinician", "kim", "--db", empty_database))
    assert "--password-file FILE" in line


def read_until(descriptor: int, wanted: bytes, limit: float = 60.0) -> bytes:
    """What a terminal shows until ``wanted`` appears (or the program ends)."""
    import os
    import select
    import time

    seen = b""
    deadline = time.monotonic() + limit
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([descriptor], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(descriptor, 4096)
            except OSError:  # the program ended and closed its terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.slow
def test_at_a_terminal_the_password_is_asked_for_without_echo(
    empty_database: str, clinician_names: list[str], tmp_path: Path
) -> None:
    import os
    import pty

    secret = tmp_path / "password"
    secret.write_text("typed-at-the-terminal\n")
    assert run("server", "init", "--db", empty_database).returncode == 0
    name = clinician_names[0]
    added = run("server", "add-clinician", name, "--password-file", secret, "--db", empty_database)
    assert added.returncode == 0
    address = make_url(empty_database).set(username=name).render_as_string()

    child, terminal = pty.fork()
    if child == 0:  # the app, with the terminal as its own
        os.chdir(REPOSITORY)
        os.execv(sys.executable, [sys.executable, "-m", "supportmap", "list", "--db", address])
    try:
        asked = read_until(terminal, b"Password for ")
        assert b"Password for postgresql://" + name.encode() in asked
        os.write(terminal, b"typed-at-the-terminal\n")
        shown = read_until(terminal, b"no maps yet")
    finally:
        _, status = os.waitpid(child, 0)
    assert b"no maps yet" in shown
    assert b"typed-at-the-terminal" not in asked + shown
    assert os.waitstatus_to_exitcode(status) == 0

"""``supportmap protect`` / ``unprotect`` and the library's passphrase on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from supportmap.storage import cipher
from tests.commands import REPOSITORY
from tests.storage.library_helpers import file_digest
from tests.storage.protected_helpers import CLIENT, PASSPHRASE, contents, files_holding, fill
from tests.terminal import run_in_terminal, supportmap_command

PASSPHRASE_VARIABLES = (
    "SUPPORTMAP_PASSPHRASE",
    "SUPPORTMAP_NEW_PASSPHRASE",
    "SUPPORTMAP_FILE_PASSPHRASE",
    "SUPPORTMAP_DB",
)


def environment(**variables: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in PASSPHRASE_VARIABLES}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", **variables)
    return env


def supportmap(*arguments: str | Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """The command with nothing on standard input: no terminal to ask in."""
    return subprocess.run(
        [sys.executable, "-m", "supportmap", *map(str, arguments)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(**variables),
        cwd=REPOSITORY,
        timeout=120,
        check=False,
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    fill(path, maps=2)
    return path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    file = tmp_path / "passphrase.txt"
    file.write_text(f"{PASSPHRASE}\nsecond line is not part of it\n", encoding="utf-8")
    return file


@pytest.fixture
def protected(library: Path, passphrase_file: Path) -> Path:
    result = supportmap("protect", "--db", library, "--new-passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    return library


def test_protect_says_what_it_did_and_that_other_copies_stay_as_they_are(
    library: Path, passphrase_file: Path
) -> None:
    before = contents(library)

    result = supportmap("protect", "--db", library, "--new-passphrase-file", passphrase_file)

    assert result.returncode == 0, result.stderr
    assert "now protected with a passphrase" in result.stdout
    assert "Copies made before" in result.stdout and "not affected" in result.stdout
    assert PASSPHRASE not in result.stdout + result.stderr
    assert cipher.is_protected(library)
    assert files_holding(library.parent, CLIENT) == []
    assert contents(library, PASSPHRASE) == before


def test_the_new_passphrase_can_come_from_the_environment(library: Path) -> None:
    result = supportmap("protect", "--db", library, SUPPORTMAP_NEW_PASSPHRASE="from the env")
    assert result.returncode == 0, result.stderr
    listed = supportmap("list", "--db", library, SUPPORTMAP_PASSPHRASE="from the env")
    assert listed.returncode == 0, listed.stderr
    assert CLIENT in listed.stdout


def test_without_a_terminal_and_without_a_passphrase_nothing_happens(library: Path) -> None:
    digest = file_digest(library)
    result = supportmap("protect", "--db", library)
    assert result.returncode == 1
    assert "A new passphrase is needed" in result.stderr
    assert file_digest(library) == digest


def test_a_protected_library_asks_for_its_passphrase(protected: Path) -> None:
    digest = file_digest(protected)

    result = supportmap("list", "--db", protected)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "protected with a passphrase, and none was given" in result.stderr
    assert "--passphrase-file" in result.stderr and "SUPPORTMAP_PASSPHRASE" in result.stderr
    assert file_digest(protected) == digest


@pytest.mark.parametrize(
    "arguments",
    [
        ["--passphrase-file", "{file}", "list", "--db", "{db}"],
        ["list", "--db", "{db}", "--passphrase-file", "{file}"],
        ["--db", "{db}", "--passphrase-file", "{file}", "export", "1", "--to", "{out}"],
        ["export", "1", "--to", "{out}", "--passphrase-file", "{file}", "--db", "{db}"],
    ],
)
def test_the_passphrase_file_may_stand_before_or_after_the_command(
    protected: Path, passphrase_file: Path, tmp_path: Path, arguments: list[str]
) -> None:
    out = tmp_path / "out.supportmap.json"
    filled = [
        argument.format(file=passphrase_file, db=protected, out=out) for argument in arguments
    ]
    result = supportmap(*filled)
    assert result.returncode == 0, result.stderr
    assert CLIENT in (result.stdout if "list" in arguments else out.read_text(encoding="utf-8"))


def test_every_command_that_opens_the_library_takes_the_passphrase(
    protected: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.supportmap.json"
    exported = supportmap(
        "export", "1", "--to", out, "--db", protected, SUPPORTMAP_PASSPHRASE=PASSPHRASE
    )
    assert exported.returncode == 0, exported.stderr
    imported = supportmap("import", out, "--db", protected, SUPPORTMAP_PASSPHRASE=PASSPHRASE)
    assert imported.returncode == 0, imported.stderr
    assert len(contents(protected, PASSPHRASE)) == 3 * 3
    assert files_holding(tmp_path, CLIENT) == ["out.supportmap.json"]


def unreadable_file(tmp_path: Path) -> Path:
    folder = tmp_path / "a folder"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "There is no passphrase file"),
        (unreadable_file, "Could not read the passphrase file"),
        (lambda tmp: _written(tmp, "\nsecret on the second line\n"), "is empty"),
        (lambda tmp: _written(tmp, "not the passphrase\n"), "does not open the library"),
        (lambda tmp: _written(tmp, PASSPHRASE.upper()), "does not open the library"),
    ],
    ids=["missing", "unreadable", "empty", "wrong", "wrong case"],
)
def test_a_bad_passphrase_file_gets_one_line_and_changes_nothing(
    protected: Path, tmp_path: Path, make: object, message: str
) -> None:
    file = make(tmp_path)  # type: ignore[operator]
    digest = file_digest(protected)

    for command in (["list"], ["unprotect"], ["export", "1", "--to", tmp_path / "x.zip"]):
        result = supportmap(*command, "--db", protected, "--passphrase-file", file)

        assert result.returncode == 1, result
        assert result.stderr.count("\n") == 1, result.stderr
        assert message in result.stderr
        assert "Traceback" not in result.stderr
        assert "not the passphrase" not in result.stderr
        assert "secret on the second line" not in result.stderr
    assert file_digest(protected) == digest
    assert sorted(path.name for path in protected.parent.iterdir() if "library" in path.name) == [
        "library.sqlite3"
    ]
    assert not (tmp_path / "x.zip").exists()


def _written(folder: Path, text: str) -> Path:
    file = folder / "given.txt"
    file.write_text(text, encoding="utf-8")
    return file


def test_an_empty_environment_variable_is_refused(protected: Path) -> None:
    result = supportmap("list", "--db", protected, SUPPORTMAP_PASSPHRASE="")
    assert result.returncode == 1
    assert "SUPPORTMAP_PASSPHRASE is empty" in result.stderr


def test_a_wrong_passphrase_in_the_environment_is_never_shown(protected: Path) -> None:
    result = supportmap("list", "--db", protected, SUPPORTMAP_PASSPHRASE="hunter2-wrong")
    assert result.returncode == 1
    assert "does not open the library" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr


def test_unprotect_says_what_it_did(protected: Path, passphrase_file: Path) -> None:
    before = contents(protected, PASSPHRASE)

    result = supportmap("unprotect", "--db", protected, "--passphrase-file", passphrase_file)

    assert result.returncode == 0, result.stderr
    assert "no longer protected" in result.stdout
    assert "Copies made while it was protected are not affected" in result.stdout
    assert not cipher.is_protected(protected)
    assert contents(protected) == before
    again = supportmap("unprotect", "--db", protected, "--passphrase-file", passphrase_file)
    assert again.returncode == 1
    assert "is not protected with a passphrase" in again.stderr


def test_protecting_twice_is_refused_before_asking(protected: Path) -> None:
    result = supportmap("protect", "--db", protected)
    assert result.returncode == 1
    assert "already protected" in result.stderr


def test_a_missing_library_is_not_created_by_protect(tmp_path: Path, passphrase_file: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    result = supportmap("protect", "--db", missing, "--new-passphrase-file", passphrase_file)
    assert result.returncode == 1
    assert "There is no library" in result.stderr
    assert not missing.exists()


def test_in_a_terminal_the_passphrases_are_asked_for_without_echo(library: Path) -> None:
    code, shown = run_in_terminal(
        supportmap_command("protect", "--db", library),
        [("New passphrase: ", "typed secret"), ("The same passphrase again: ", "typed secret")],
        environment(),
    )
    assert code == 0, shown
    assert "now protected" in shown
    assert "typed secret" not in shown

    code, shown = run_in_terminal(
        supportmap_command("list", "--db", library),
        [("Passphrase of the library", "typed secret")],
        environment(),
    )
    assert code == 0, shown
    assert CLIENT in shown
    assert "typed secret" not in shown


def test_two_different_new_passphrases_change_nothing(library: Path) -> None:
    digest = file_digest(library)
    code, shown = run_in_terminal(
        supportmap_command("protect", "--db", library),
        [("New passphrase: ", "one thing"), ("The same passphrase again: ", "another")],
        environment(),
    )
    assert code == 1
    assert "The two passphrases differ" in shown
    assert file_digest(library) == digest

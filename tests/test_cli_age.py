"""Encrypted map files (``.supportmap.json.age``) on the command line, checked against ``age``.

The ``age`` tool is the independent reader and writer here: what ``export`` writes must open
with it, and what it writes with a passphrase must import.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.storage.protected_helpers import CLIENT, FRIEND, fill
from tests.terminal import run_in_terminal
from tests.test_cli_protect import environment, supportmap

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None, reason="the age tool is not installed")
FILE_PASSPHRASE = "a passphrase only for this file"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    fill(path, maps=1)
    return path


@pytest.fixture
def plain_file(library: Path, tmp_path: Path) -> Path:
    target = tmp_path / "plain.supportmap.json"
    result = supportmap("export", "1", "--to", target, "--db", library)
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture
def encrypted_file(library: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sealed.supportmap.json.age"
    result = supportmap(
        "export", "1", "--to", target, "--db", library, SUPPORTMAP_NEW_PASSPHRASE=FILE_PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    return target


def age_in_terminal(*arguments: str | Path, answers: list[tuple[str, str]]) -> str:
    assert AGE is not None
    code, shown = run_in_terminal([AGE, *arguments], answers, environment())
    assert code == 0, shown
    return shown


@pytest.mark.slow
def test_an_encrypted_export_opens_with_the_age_tool(
    encrypted_file: Path, plain_file: Path, tmp_path: Path
) -> None:
    data = encrypted_file.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert CLIENT.encode() not in data and FRIEND.encode() not in data
    assert encrypted_file.stat().st_mode & 0o777 == 0o600

    opened = tmp_path / "opened.supportmap.json"
    age_in_terminal(
        "--decrypt",
        "--output",
        opened,
        encrypted_file,
        answers=[("Enter passphrase", FILE_PASSPHRASE)],
    )

    assert opened.read_bytes() == plain_file.read_bytes()
    assert json.loads(opened.read_text(encoding="utf-8"))["map"]["focus"]["name"] == CLIENT


@pytest.mark.slow
def test_a_file_encrypted_by_the_age_tool_imports_analyzes_and_compares(
    plain_file: Path, tmp_path: Path
) -> None:
    sealed = tmp_path / "from-age.supportmap.json.age"
    age_in_terminal(
        "--passphrase",
        "--output",
        sealed,
        plain_file,
        answers=[("Enter passphrase", FILE_PASSPHRASE), ("Confirm passphrase", FILE_PASSPHRASE)],
    )
    other = tmp_path / "other.sqlite3"
    passphrase_file = tmp_path / "file passphrase.txt"
    passphrase_file.write_text(FILE_PASSPHRASE + "\n", encoding="utf-8")

    imported = supportmap(
        "import", sealed, "--db", other, "--file-passphrase-file", passphrase_file
    )
    assert imported.returncode == 0, imported.stderr
    assert CLIENT in imported.stdout
    listed = supportmap("list", "--db", other)
    assert CLIENT in listed.stdout

    analyzed = supportmap("analyze", sealed, SUPPORTMAP_FILE_PASSPHRASE=FILE_PASSPHRASE)
    plain = supportmap("analyze", plain_file)
    assert analyzed.returncode == 0, analyzed.stderr
    assert analyzed.stdout == plain.stdout

    compared = supportmap("compare", plain_file, sealed, SUPPORTMAP_FILE_PASSPHRASE=FILE_PASSPHRASE)
    assert compared.returncode == 0, compared.stderr


@pytest.mark.slow
def test_the_file_passphrase_is_asked_in_a_terminal(encrypted_file: Path) -> None:
    code, shown = run_in_terminal(
        [*_python_supportmap(), "analyze", str(encrypted_file)],
        [("Passphrase of", FILE_PASSPHRASE)],
        environment(),
    )
    assert code == 0, shown
    assert FILE_PASSPHRASE not in shown
    assert CLIENT in shown


def _python_supportmap() -> list[str]:
    from tests.terminal import supportmap_command

    return [str(part) for part in supportmap_command()]


@pytest.mark.slow
def test_bad_encrypted_files_get_one_line_each(encrypted_file: Path, tmp_path: Path) -> None:
    data = encrypted_file.read_bytes()
    cut = tmp_path / "cut.supportmap.json.age"
    cut.write_bytes(data[: len(data) // 2])
    header_only = tmp_path / "header.supportmap.json.age"
    header_only.write_bytes(data[:60])
    assert AGE is not None
    keys = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", keys], check=True, capture_output=True)
    to_key = tmp_path / "to-key.supportmap.json.age"
    recipient = subprocess.run(
        ["age-keygen", "-y", keys], check=True, capture_output=True, text=True
    ).stdout.strip()
    subprocess.run(
        [AGE, "--recipient", recipient, "--output", to_key],
        input=b"{}",
        check=True,
        capture_output=True,
    )
    cases = [
        (encrypted_file, "wrong passphrase", "does not open"),
        (cut, FILE_PASSPHRASE, "cut short or damaged"),
        (header_only, FILE_PASSPHRASE, "cut short or damaged"),
        (to_key, FILE_PASSPHRASE, "encrypted to a key, not with a passphrase"),
    ]
    for file, passphrase, message in cases:
        before = file.read_bytes()
        for command in ("import", "analyze"):
            result = supportmap(
                command,
                file,
                "--db",
                tmp_path / "target.sqlite3",
                SUPPORTMAP_FILE_PASSPHRASE=passphrase,
            )
            assert result.returncode == 1, (file, result)
            assert result.stderr.count("\n") == 1, result.stderr
            assert message in result.stderr, result.stderr
            assert passphrase not in result.stderr
        assert file.read_bytes() == before
    assert supportmap("list", "--db", tmp_path / "target.sqlite3").stdout.startswith(
        "The library has no maps yet"
    )


def test_without_a_new_passphrase_no_encrypted_file_is_written(
    library: Path, tmp_path: Path
) -> None:
    target = tmp_path / "sealed.supportmap.json.age"
    result = supportmap("export", "1", "--to", target, "--db", library)
    assert result.returncode == 1
    assert "A new passphrase is needed" in result.stderr
    assert not target.exists()
    assert list(tmp_path.glob(".sealed*")) == []


def test_an_encrypted_file_without_a_passphrase_says_how_to_give_one(
    encrypted_file: Path,
) -> None:
    result = supportmap("analyze", encrypted_file)
    assert result.returncode == 1
    assert "is encrypted, and no passphrase was given" in result.stderr
    assert "--file-passphrase-file" in result.stderr

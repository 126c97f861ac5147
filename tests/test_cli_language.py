"""``--lang`` before or after the command, and the system's language when it is not given."""

from __future__ import annotations

import pytest

from supportmap import cli
from supportmap.core.i18n import _
from supportmap.samples import demo_path

GERMAN = "Auf einen Blick"
ENGLISH = "At a glance"


def printed(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert cli.main(list(arguments)) == 0
    return capsys.readouterr().out


def test_lang_stands_before_or_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    demo = str(demo_path())
    assert GERMAN in printed(capsys, "--lang", "de", "analyze", demo)
    assert GERMAN in printed(capsys, "analyze", demo, "--lang", "de")
    assert GERMAN in printed(capsys, "analyze", "--lang=de", demo)
    assert ENGLISH in printed(capsys, "analyze", demo, "--lang", "en")
    assert _("At a glance") == ENGLISH  # the command put the language back when it ended


def test_the_system_language_is_followed_and_lang_overrides_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = str(demo_path())
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # need not be installed: it is only read
    assert GERMAN in printed(capsys, "analyze", demo)
    assert ENGLISH in printed(capsys, "--lang", "en", "analyze", demo)


def test_usage_errors_speak_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "de", "analyze", "--format", "yaml", str(demo_path())]) == 2
    error = capsys.readouterr().err
    assert error.startswith("Aufruf: supportmap analyze")
    assert "Fehler: Argument --format: ungültige Wahl" in error
    assert cli.main(["--lang", "fr", "list"]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err

"""Which language SupportMap speaks: the environment in gettext's order, then option and setting."""

from __future__ import annotations

import pytest

from supportmap.core.language import choose_locale, language_of, system_locale


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de_DE"),
        ({"LANG": "de_AT.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en_GB"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"}, "de_CH"),
        ({"LC_ALL": "en_US.UTF-8", "LANGUAGE": "de"}, "de"),
        ({"LANGUAGE": "fr:de_DE:en", "LANG": "fr_FR.UTF-8"}, "de_DE"),
        ({"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}, "en"),  # the first one set decides
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "de_DE@euro"}, "de_DE"),
        ({"LANGUAGE": "en", "LANG": "en_GB.UTF-8"}, "en_GB"),  # the country for dates, paper
        ({"LANGUAGE": "de:en", "LC_ALL": "de_CH.UTF-8"}, "de_CH"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert system_locale(environ) == expected


def test_the_option_comes_before_the_setting_and_the_setting_before_the_system() -> None:
    german_system = {"LANG": "de_AT.UTF-8"}
    assert choose_locale(None, None, german_system) == "de_AT"
    assert choose_locale("en", "de", german_system) == "en"
    assert choose_locale(None, "en", german_system) == "en"
    assert choose_locale("de", None, german_system) == "de_AT"  # the country stays
    assert choose_locale("de", None, {"LANG": "en_GB.UTF-8"}) == "de"
    assert choose_locale("fr", None, {"LANG": "en_GB.UTF-8"}) == "en_GB"


def test_the_language_of_a_locale_name() -> None:
    assert [language_of(n) for n in ("de_AT.UTF-8", "de-CH", "EN", "de@euro")] == [
        "de",
        "de",
        "en",
        "de",
    ]


def test_numbers_in_sentences_are_written_as_the_language_writes_them() -> None:
    from supportmap.core import i18n
    from supportmap.core.texts_report import spread_line

    assert f"{i18n.number(6.43):.1f} {i18n.number(0.4):.0%}" == "6.4 40%"
    previous = i18n.install("de_DE")
    try:
        assert f"{i18n.number(6.43):.1f} {i18n.number(0.4):.0%}" == "6,4 40\u00a0%"
        assert f"{i18n.number(1234567):,}" == "1.234.567"
        assert "etwa 6,4 Menschen" in spread_line(6.43)
    finally:
        i18n.install(catalogue=previous)

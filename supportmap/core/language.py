"""Which language SupportMap speaks: English or German, from an option, a setting or the system.

The system's choice is read from the environment the way gettext reads it (``LANGUAGE``, a list
separated by colons, then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; the first one set decides), so
it works even when that locale is not installed on the machine. Where none is set (Windows,
macOS started from the desktop) the platform's own locale is asked.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

LANGUAGES = ("en", "de")
"""The languages SupportMap speaks; English is the source of every text."""
SOURCE_LANGUAGE = "en"
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of(locale_name: str) -> str:
    """``de`` for ``de_AT.UTF-8``, ``de`` or ``de-CH``: the language part of a locale's name."""
    return locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale the system asks for, if SupportMap speaks its language (``de_AT``), else ``en``.

    The name keeps its country, so that dates and paper follow it (``de_CH``, ``en_GB``).
    """
    environ = os.environ if environ is None else environ
    wanted: list[str] = []
    for variable in ENVIRONMENT:
        value = environ.get(variable, "")
        if value:
            wanted = value.split(":")
            break
    else:
        platform_locale = locale.getlocale()[0]
        wanted = [platform_locale] if platform_locale else []
    for name in wanted:
        if language_of(name) in LANGUAGES:
            return _with_country(_bare(name), environ)
    return SOURCE_LANGUAGE


def _bare(name: str) -> str:
    return name.split(".")[0].split("@")[0].replace("-", "_")


def _with_country(name: str, environ: Mapping[str, str]) -> str:
    """``name``, or the same language with the country the locale variables give (``en_GB``).

    ``LANGUAGE`` names languages only; dates and paper still follow the country of the locale.
    """
    if "_" in name:
        return name
    for variable in ENVIRONMENT[1:]:
        value = _bare(environ.get(variable, ""))
        if language_of(value) == name.lower() and "_" in value:
            return value
    return name


def choose_locale(
    option: str | None, setting: str | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The locale to use: ``--lang`` first, then the app's setting, then the system's.

    An option or setting names only a language (``de``); when the system's locale is of that
    language its country is kept (``de_AT``), so that only the language is overridden.
    """
    system = system_locale(environ)
    for chosen in (option, setting):
        if chosen and language_of(chosen) in LANGUAGES:
            return system if language_of(system) == language_of(chosen) else language_of(chosen)
    return system

"""The one marker for sentences that Qt-free code shows: ``_()``, ``ngettext()`` and ``N_()``.

Core, reports, storage and the command line have no Qt, so they mark their texts the gettext
way, always with literal arguments, so that the extractor (``packaging/extract_texts.py``)
finds every one and writes it to ``supportmap.pot``:

- ``_("Safe people for {words}: {count}").format(...)``: a sentence, translated now;
- ``ngettext("{n} person", "{n} people", n).format(n=n)``: a sentence that depends on a count;
- ``N_("Family")``: a word kept in a table and translated where it is shown, with ``_(word)``.

Placeholders are named (``{name}``) so a translation may put them in any order. Until a
catalogue is installed, every function returns its English source text unchanged; ``install``
loads ``supportmap.mo`` for a language from ``supportmap/resources/translations``.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "supportmap"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
_LOCALE = "supportmap_locale"
"""The attribute of a catalogue installed by name that holds that name (``de_AT``)."""


def _(message: str) -> str:
    """The sentence ``message`` in the language in use."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence that fits the count ``n`` in the language in use."""
    return _catalogue.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (show it with ``_()``)."""
    return message


def current_locale() -> str:
    """The locale last installed by name (``de_AT``), or ``en``: what dates and paper follow."""
    return str(getattr(_catalogue, _LOCALE, "en"))


def catalogue_for(
    language: str, domain: str = DOMAIN, folder: Path = LOCALE_DIR
) -> gettext.NullTranslations:
    """The catalogue of ``domain`` for ``language`` (``de`` or ``de_AT``), or English's."""
    return gettext.translation(domain, folder, languages=[language], fallback=True)


def install(
    language: str | None = None,
    catalogue: gettext.NullTranslations | None = None,
    folder: Path = LOCALE_DIR,
) -> gettext.NullTranslations:
    """Speak ``language`` (or use ``catalogue``) from now on; return the catalogue it replaces.

    ``install()`` with neither goes back to the English source texts. The catalogue of a
    language is ``<folder>/<language>/LC_MESSAGES/supportmap.mo`` (``de_AT`` finds ``de``'s);
    a language without one falls back to English rather than failing.
    """
    global _catalogue
    previous = _catalogue
    if catalogue is None:
        catalogue = gettext.NullTranslations()
        if language is not None:
            catalogue = catalogue_for(language, folder=folder)
            setattr(catalogue, _LOCALE, language)
    _catalogue = catalogue
    return previous


_DECIMAL_COMMA = ("de",)
"""Languages that write 2,5 and 1.000 where English writes 2.5 and 1,000."""
_SWAP_SEPARATORS = str.maketrans(".,", ",.")


class Number:
    """A number in a sentence, written as the language in use writes numbers.

    ``_("about {count:.1f} people").format(count=number(2.5))`` gives "about 2.5 people" in
    English and "etwa 2,5 Menschen" in German: the format spec stays in the source text, and
    the decimal and thousands separators (and the space before a per cent sign) follow the
    language.
    """

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        written = format(self.value, spec)
        if current_locale().split("_")[0] not in _DECIMAL_COMMA:
            return written
        swapped = written.translate(_SWAP_SEPARATORS)
        return swapped.replace("%", "\u00a0%")


def number(value: float) -> Number:
    """``value``, to be written into a sentence as the language in use writes numbers."""
    return Number(value)

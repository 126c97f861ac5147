"""The English forms of the app's counted texts ("1 person", "3 people").

Qt writes counts in a source text as ``%n`` (``self.tr("%n people", "", n)``) and leaves the
singular to a translation, even for English. Those forms live in ``supportmap_en.ts``, next to
the catalogue: ``packaging/extract_texts.py`` adds each new counted text to it and a developer
fills in the two forms. The file is read as it is, so no compiled catalogue has to be kept in
step with it.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
ENGLISH_FORMS = TRANSLATIONS / "supportmap_en.ts"


class EnglishPlurals(QTranslator):
    """A translator that knows only the singular and plural of each counted English text."""

    def __init__(self, path: Path = ENGLISH_FORMS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forms: dict[tuple[str, str], tuple[str, str]] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                forms = [form.text or "" for form in message.iter("numerusform")]
                if len(forms) == 2 and all(forms):
                    self.forms[(name, message.findtext("source") or "")] = (forms[0], forms[1])

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The English form for ``n``; None (Qt's "no translation") for any other text."""
        forms = self.forms.get((context, source))
        if forms is None or n < 0:
            return None  # an empty text would replace the source; None lets Qt keep it
        return forms[0] if n == 1 else forms[1]

    def isEmpty(self) -> bool:
        return not self.forms


def install_english_plurals(app: QCoreApplication) -> EnglishPlurals:
    """Install the English forms in ``app`` once (the app keeps them) and return them.

    Install them before any other translator: Qt asks the last one installed first, so a
    translation of a counted text wins over its English forms.
    """
    for installed in app.findChildren(EnglishPlurals):
        return installed
    translator = EnglishPlurals(parent=app)
    app.installTranslator(translator)
    return translator

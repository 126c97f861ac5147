"""The sentences the window shows, in one place for review and translation.

How a text reaches the screen, so that ``pyside6-lupdate`` finds every one (the catalogue is
``supportmap/resources/translations/supportmap.ts``; ``packaging/extract_texts.py`` rebuilds it
and CI fails when a shown text is missing from it):

- **Sentences** (prompts, explanations, tips, problems) live in the modules of this package as
  constants marked ``QT_TRANSLATE_NOOP("SupportMap", "…")``. The marker keeps the English
  source and lets lupdate read it; show the sentence with `text` when it is shown, never at
  import, so a translator installed later applies. Placeholders are ``%1``, ``%2``, filled with
  ``.replace``.
- **Short labels** of a widget ("Name", "Delete…") stay beside it as ``self.tr("literal")``; the
  context is the class name.
- **Counts** go through Qt's plural forms, ``self.tr("%n people", "", n)``, never a hand-made
  singular/plural branch (a different sentence for none, such as "nobody yet", is fine). The
  English forms ("1 person") come from ``supportmap_en.ts``, see `supportmap.gui.texts.plurals`.
- **Words of the Qt-free layers** (finding texts, kinds of help, life areas, chart titles) come
  already translated from ``supportmap.core.i18n``: show them as they are.

Never give ``self.tr``, ``QCoreApplication.translate`` or `text` anything but a literal or a
constant marked here: lupdate cannot read a variable, and ``tests/gui/test_texts_complete.py``
fails on a text it cannot find in the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "SupportMap"
"""The translation context of every sentence marked in this package."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue and keep it as it is (Qt's marker, typed as ``str``)."""
    del context
    return source


def text(source: str) -> str:
    """The sentence ``source`` (a constant marked with ``QT_TRANSLATE_NOOP``) as shown now."""
    return QCoreApplication.translate(CONTEXT, source)

"""The language of the app: Qt's translators, the date and paper conventions, and the setting.

`apply_language` installs SupportMap's own Qt catalogue and Qt's (for the words of Qt's own
dialogs: file choosers, print dialogs, standard buttons) and makes the locale the default of
every `QLocale()`, so dates and paper follow it. `LanguageMenu` is the choice in View →
Language: it is stored in the settings and applies from the next start, as the texts are looked
up as widgets are built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from supportmap.core.language import LANGUAGES, SOURCE_LANGUAGE, language_of
from supportmap.gui.texts import language as strings
from supportmap.gui.texts import text

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
SETTING = "language"
"""The settings key of the chosen language: ``en``, ``de``, or empty for the system's."""
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
"""Each language under its own name, as a person looks for it whatever the app speaks now."""


class _LanguageTranslator(QTranslator):
    """A translator `apply_language` installed, so that a later call can take it out again."""


def apply_language(app: QCoreApplication, locale_name: str) -> None:
    """Speak the language of ``locale_name`` (``de_AT``) in Qt texts, dates and paper."""
    for installed in app.findChildren(_LanguageTranslator):
        app.removeTranslator(installed)
        installed.deleteLater()
    wanted, system = QLocale(locale_name), QLocale.system()
    same_language = system.language() == wanted.language() and "_" not in locale_name
    QLocale.setDefault(system if same_language else wanted)
    language = language_of(locale_name)
    if language == SOURCE_LANGUAGE:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"supportmap_{language}", "")):
        translator = _LanguageTranslator(app)
        if translator.load(name, folder or str(TRANSLATIONS)):
            app.installTranslator(translator)  # the last installed is asked first: ours
        else:
            translator.deleteLater()


def chosen_language(settings: QSettings) -> str | None:
    """The language chosen in the app (``de``), or None to follow the system."""
    value = settings.value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


class LanguageMenu(QMenu):
    """View → Language: the system's language, or one of SupportMap's, from the next start.

    ``chosen`` reports a new choice with the sentence that says when it applies.
    """

    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        self.setToolTipsVisible(True)
        self.menuAction().setToolTip(text(strings.LANGUAGE_TIP))
        group = QActionGroup(self)
        current = chosen_language(settings) or ""
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("", self.tr("Same as the system")), *LANGUAGE_NAMES.items()):
            action = QAction(label, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, code=code: self._choose(code))
            self.addAction(action)
            self.language_actions[code] = action

    def _choose(self, code: str) -> None:
        if code == (chosen_language(self._settings) or ""):
            return
        self._settings.setValue(SETTING, code)
        name = LANGUAGE_NAMES.get(code) or text(strings.SYSTEM_LANGUAGE)
        self.chosen.emit(text(strings.LANGUAGE_NEXT_START).replace("%1", name))

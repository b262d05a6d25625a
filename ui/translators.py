"""The language of the window: Qt translators for ui/ and Qt itself, and the core's messages.

Dutch is the default, English is the other choice. The compiled catalogues
``rijkapp_<lang>.qm`` are found by ``rijkapp.paths`` (in a checkout ``translations/compiled/``,
built by ``scripts/build_translations.py``; in an installed Rijkapp inside the package). A missing
one stops the start with ``AppFilesMissing`` instead of showing English without a word; Qt's own
catalogue (``qtbase_<lang>``, standard buttons) is used when the Qt installation has it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rijkapp import i18n
from rijkapp.paths import AppFilesMissing, compiled_translations_dir
from ui import formatting

LANGUAGES = i18n.LANGUAGES  # ("nl", "en")
DEFAULT_LANGUAGE = i18n.DEFAULT_LANGUAGE

_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def compiled_dir() -> Path:
    return compiled_translations_dir()


normalise = i18n.normalise


class Translators:
    """Installs and swaps the translators of the running application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE
        self.loaded: list[str] = []  # which catalogues were found, for the About dialog and tests

    def apply(self, language: str) -> str:
        """Switch everything to ``language``; returns the language that is now active."""
        language = normalise(language)
        ours = QTranslator()
        if not ours.load(f"rijkapp_{language}", str(compiled_dir())):
            raise AppFilesMissing(
                f"Rijkapp's window catalogue rijkapp_{language}.qm is missing or damaged in "
                f"{compiled_dir()} (in a checkout: run scripts/build_translations.py)"
            )
        # Before the translators change, so that every widget that retranslates on LanguageChange
        # renders the core's values and messages in the new language as well.
        formatting.set_language(language)
        self.remove_all()
        self.loaded = []
        self._install(ours, f"rijkapp_{language}")
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._install(qt_own, f"qtbase_{language}")
        QLocale.setDefault(QLocale(*_LOCALES[language]))
        self.language = language
        return language

    def _install(self, translator: QTranslator, name: str) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
        self.loaded.append(name)

    def remove_all(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

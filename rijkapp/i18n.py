"""Translations of core strings (errors, CLI, PDF) with gettext.

Source strings are English; Dutch is the default language. There is no process-wide language:
every function here is told the language, and the sentences of the core are kept as messages
(:mod:`rijkapp.message`) until they are shown, so a job on the data thread never depends on
the language the window happens to have. Catalogues live in
``translations/core/<lang>.po`` and are compiled to ``.mo`` by ``scripts/build_translations.py``
(in a checkout) or when the package is built (see ``rijkapp.paths``). When a compiled catalogue
is missing in a checkout, the ``.po`` file is read directly; when an installed Rijkapp has none,
``AppFilesMissing`` says so. The language never silently falls back to English.
"""

from __future__ import annotations

import gettext as _gettext
import os
from functools import cache

from rijkapp.paths import AppFilesMissing, app_files

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
DOMAIN = "rijkapp"


class _PoTranslations(_gettext.NullTranslations):
    """A catalogue read straight from a .po file (used only when no .mo was built)."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self._messages = messages

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message


@cache
def _catalogue(language: str) -> _gettext.NullTranslations:
    files = app_files()
    compiled = files.compiled_translations / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if compiled.exists():
        with compiled.open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    po = (
        files.translation_sources / "core" / f"{language}.po" if files.translation_sources else None
    )
    if po is not None and po.exists():
        from babel.messages.pofile import read_po

        with po.open("rb") as handle:
            catalog = read_po(handle)
        return _PoTranslations(
            {str(m.id): str(m.string) for m in catalog if m.id and isinstance(m.string, str)}
        )
    raise AppFilesMissing(f"Rijkapp's {language!r} catalogue is missing: {compiled}")


def normalise(language: str | None) -> str:
    """``language`` if it is one of :data:`LANGUAGES` (``NL`` and ``nl_NL`` count), else Dutch."""
    wanted = (language or "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


def language_from_environment() -> str:
    """``RIJKAPP_LANG`` if set to a known language, else Dutch."""
    return normalise(os.environ.get("RIJKAPP_LANG"))


def translate(message: str, language: str) -> str:
    """``message`` (an English msgid) in ``language``."""
    return _catalogue(normalise(language)).gettext(message)


def translate_plural(singular: str, plural: str, n: int, language: str) -> str:
    """The singular or plural form for ``n``, in ``language``."""
    return _catalogue(normalise(language)).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark a string for extraction without translating it now."""
    return message

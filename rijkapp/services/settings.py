"""Settings the user chooses in the app (the language), saved with the dossier."""

from __future__ import annotations

from rijkapp.domain.errors import ValidationError
from rijkapp.i18n import LANGUAGES, N_
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.store.repository import Store

LANGUAGE_SETTING = "language"


def stored_language(store: Store) -> str | None:
    """The language saved with the dossier, if any."""
    return store.settings().get(LANGUAGE_SETTING)


def set_language(store: Store, language: str) -> Changes:
    if language not in LANGUAGES:
        raise ValidationError(LANGUAGE_SETTING, N_("Choose Dutch or English."))
    return changed(store.set_setting(LANGUAGE_SETTING, language), Area.SETTINGS)

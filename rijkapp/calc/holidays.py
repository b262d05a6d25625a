"""The Rijk's paid public holidays (CAO Rijk 4.2 Feestdagen) for a year.

The ``holidays`` package supplies the dates and names (Easter, Koningsdag moving to Saturday when
27 April is a Sunday, Koninginnedag before 2014). Which of them are days off with pay is the
CAO's call, not the package's: Bevrijdingsdag every year (the package lists it as a public holiday
only in lustrum years), Goede Vrijdag never. The list of paid days comes from the rule book
(``leave_paid_public_holidays``); :data:`RIJK_PAID_HOLIDAYS` is the CAO list as a default.

Pure: no clock, no I/O. Results are cached per year, language and list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from types import MappingProxyType

from rijkapp.message import Named

# The CAO Rijk list (4.2). Keys, not names, so that the list does not depend on a language.
RIJK_PAID_HOLIDAYS: frozenset[str] = frozenset(
    {
        "nieuwjaarsdag",
        "eerste_paasdag",
        "tweede_paasdag",
        "koningsdag",
        "bevrijdingsdag",
        "hemelvaartsdag",
        "eerste_pinksterdag",
        "tweede_pinksterdag",
        "eerste_kerstdag",
        "tweede_kerstdag",
    }
)

# Dutch names as the ``holidays`` package writes them, to our keys.
_KEYS_BY_DUTCH_NAME = {
    "nieuwjaarsdag": "nieuwjaarsdag",
    "goede vrijdag": "goede_vrijdag",
    "eerste paasdag": "eerste_paasdag",
    "tweede paasdag": "tweede_paasdag",
    "koningsdag": "koningsdag",
    "koninginnedag": "koningsdag",
    "bevrijdingsdag": "bevrijdingsdag",
    "hemelvaartsdag": "hemelvaartsdag",
    "eerste pinksterdag": "eerste_pinksterdag",
    "tweede pinksterdag": "tweede_pinksterdag",
    "eerste kerstdag": "eerste_kerstdag",
    "tweede kerstdag": "tweede_kerstdag",
}

# The package's language codes for ours.
_PACKAGE_LANGUAGE = {"nl": "nl", "en": "en_US"}

# Bevrijdingsdag is a fixed date; used when a package version leaves it out of a year.
_LIBERATION_DAY_NAME = {"nl": "Bevrijdingsdag", "en": "Liberation Day"}


def _package_holidays(year: int, language: str) -> dict[date, list[str]]:
    import holidays

    table = holidays.country_holidays(
        "NL", years=year, language=_PACKAGE_LANGUAGE[language], categories=("public", "optional")
    )
    return {day: [part.strip() for part in str(name).split(";")] for day, name in table.items()}


@cache
def _keyed(year: int) -> dict[date, tuple[str, ...]]:
    """Every Dutch holiday of ``year`` as our keys (several when two fall on one day)."""
    keyed: dict[date, tuple[str, ...]] = {}
    for day, names in _package_holidays(year, "nl").items():
        keys = tuple(_KEYS_BY_DUTCH_NAME.get(name.lower(), "") for name in names)
        keyed[day] = keys
    liberation = date(year, 5, 5)
    if "bevrijdingsdag" not in keyed.get(liberation, ()):
        keyed[liberation] = (*keyed.get(liberation, ()), "bevrijdingsdag")
    return keyed


@cache
def _rijk_holidays(year: int, language: str, paid: frozenset[str]) -> Mapping[date, str]:
    if language not in _PACKAGE_LANGUAGE:
        raise ValueError(f"unknown language {language!r}; use 'nl' or 'en'")
    named = _package_holidays(year, language)
    result: dict[date, str] = {}
    for day, keys in sorted(_keyed(year).items()):
        names = named.get(day, [])
        chosen: list[str] = []
        for index, key in enumerate(keys):
            if key not in paid:
                continue
            if key == "bevrijdingsdag" and index >= len(names):
                chosen.append(_LIBERATION_DAY_NAME[language])
            else:
                # The package adds the names of one day in the same order in every language.
                chosen.append(names[index] if index < len(names) else key)
        if chosen:
            result[day] = "; ".join(chosen)
    return MappingProxyType(result)


def rijk_holidays(
    year: int, language: str = "nl", paid: Iterable[str] = RIJK_PAID_HOLIDAYS
) -> Mapping[date, str]:
    """The paid public holidays of ``year``: date to name, in Dutch (``nl``) or English (``en``).

    ``paid`` is the list of holiday keys that are days off (``leave_paid_public_holidays`` in the
    rule book); by default the CAO Rijk list.
    """
    return _rijk_holidays(year, language, frozenset(paid))


def rijk_holiday_name(
    day: date, language: str = "nl", paid: Iterable[str] = RIJK_PAID_HOLIDAYS
) -> str | None:
    """The name of the paid public holiday on ``day``; None on any other day."""
    return rijk_holidays(day.year, language, paid).get(day)


def rijk_holiday(day: date, paid: Iterable[str] = RIJK_PAID_HOLIDAYS) -> Named | None:
    """The paid public holiday on ``day`` by its name in both languages; None on any other day."""
    dutch = rijk_holiday_name(day, "nl", paid)
    if dutch is None:
        return None
    return Named(dutch, rijk_holiday_name(day, "en", paid) or dutch)


def is_rijk_holiday(day: date, paid: Iterable[str] = RIJK_PAID_HOLIDAYS) -> bool:
    return day in rijk_holidays(day.year, "nl", paid)

"""The Rijk's paid public holidays (CAO Rijk 4.2 Feestdagen) for a year.

The dates and names are the ``holidays`` package's (Easter, Koningsdag moving to Saturday when
27 April is a Sunday, Koninginnedag before 2014). For the years of :data:`OWN_YEARS` they are
worked out here, the same dates and names, which a test holds to the package's: the package
imports its list of every country and calendar (hundreds of modules) before it answers, and the
start and ``balances`` should not wait for that. Which of them are days off with pay is the
CAO's call, not the package's: Bevrijdingsdag every year (the package lists it as a public holiday
only in lustrum years), Goede Vrijdag never. The list of paid days comes from the rule book
(``leave_paid_public_holidays``); :data:`RIJK_PAID_HOLIDAYS` is the CAO list as a default.

Pure: no clock, no I/O. Results are cached per year, language and list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
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


# The years worked out here; the package answers for any other.
OWN_YEARS = range(1982, 2101)

# Our key: the names the package gives it, in Dutch and in English (its "en_US").
_OWN_NAMES = {
    "nieuwjaarsdag": ("Nieuwjaarsdag", "New Year's Day"),
    "goede_vrijdag": ("Goede vrijdag", "Good Friday"),
    "eerste_paasdag": ("Eerste paasdag", "Easter Sunday"),
    "tweede_paasdag": ("Tweede paasdag", "Easter Monday"),
    "koninginnedag": ("Koninginnedag", "Queen's Day"),
    "koningsdag": ("Koningsdag", "King's Day"),
    "bevrijdingsdag": ("Bevrijdingsdag", "Liberation Day"),
    "hemelvaartsdag": ("Hemelvaartsdag", "Ascension Day"),
    "eerste_pinksterdag": ("Eerste pinksterdag", "Pentecost"),
    "tweede_pinksterdag": ("Tweede pinksterdag", "Pentecost Monday"),
    "eerste_kerstdag": ("Eerste kerstdag", "Christmas Day"),
    "tweede_kerstdag": ("Tweede kerstdag", "Second Day of Christmas"),
}


def easter_sunday(year: int) -> date:
    """Easter in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _own_holidays(year: int, language: str) -> dict[date, list[str]]:
    """What the package says for ``year`` in ``language``: each day's names, sorted as it does."""
    easter = easter_sunday(year)
    if year >= 2014:  # the King's birthday, the day before when it falls on a Sunday
        royal, royal_day = "koningsdag", date(year, 4, 27)
    else:
        royal, royal_day = "koninginnedag", date(year, 4, 30)
    if royal_day.weekday() == 6:
        royal_day -= timedelta(days=1)
    days = (
        (date(year, 1, 1), "nieuwjaarsdag"),
        (easter - timedelta(days=2), "goede_vrijdag"),
        (easter, "eerste_paasdag"),
        (easter + timedelta(days=1), "tweede_paasdag"),
        (royal_day, royal),
        (date(year, 5, 5), "bevrijdingsdag"),
        (easter + timedelta(days=39), "hemelvaartsdag"),
        (easter + timedelta(days=49), "eerste_pinksterdag"),
        (easter + timedelta(days=50), "tweede_pinksterdag"),
        (date(year, 12, 25), "eerste_kerstdag"),
        (date(year, 12, 26), "tweede_kerstdag"),
    )
    which = 0 if language == "nl" else 1
    named: dict[date, list[str]] = {}
    for day, key in days:
        named.setdefault(day, []).append(_OWN_NAMES[key][which])
    return {day: sorted(names) for day, names in named.items()}


def _holidays(year: int, language: str) -> dict[date, list[str]]:
    if year in OWN_YEARS:
        return _own_holidays(year, language)
    return _package_holidays(year, language)


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
    for day, names in _holidays(year, "nl").items():
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
    named = _holidays(year, language)
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

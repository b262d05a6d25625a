"""All formatting of money, hours, numbers and dates, for the GUI and the PDF alike; and reading
them back as the user types them.

Based on CLDR, so Dutch gets ``€ 1.234,50`` (with a no-break space after the euro sign, as
CLDR prescribes) and English ``€1,234.50``. Every function is told the language: nothing here
reads a language from anywhere else, so the same value formats the same on any thread. The
formats a start shows come from :mod:`rijkapp.cldr`, which formats as babel does without
loading it; babel does the rest (other patterns, reading numbers back).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from functools import lru_cache

from rijkapp import cldr
from rijkapp.domain import values

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def locale(language: str) -> str:
    """The babel locale of ``language`` (Dutch for anything unknown)."""
    return _LOCALES.get(language, "nl_NL")


def money(amount: Decimal, language: str) -> str:
    """``€ 1.234,50`` (nl, with a no-break space) or ``€1,234.50`` (en).

    Rounded half up to cents first, as payroll does (babel alone would round half to even).
    """
    return _money(values.money(amount), locale(language))


# Explanations format the same few amounts over and over, and babel is not fast.
@lru_cache(maxsize=4096)
def _money(amount: Decimal, babel_locale: str) -> str:
    known = cldr.money(amount, babel_locale)
    if known is not None:
        return known
    from babel.numbers import format_currency

    return str(format_currency(amount, "EUR", locale=babel_locale))


@lru_cache(maxsize=2048)
def _compact(value: Decimal, babel_locale: str) -> str:
    whole = value == value.to_integral_value()
    return _decimal(value, "#,##0" if whole else "#,##0.##", babel_locale)


def _decimal(value: Decimal, pattern: str, babel_locale: str) -> str:
    known = cldr.number(value, pattern, babel_locale)
    if known is not None:
        return known
    from babel.numbers import format_decimal

    return str(format_decimal(value, format=pattern, locale=babel_locale))


def compact(value: Decimal, language: str) -> str:
    """A number without needless zeros (``7,5``, ``166``, ``1.234,56``)."""
    return _compact(value, locale(language))


def percentage(value: Decimal, language: str) -> str:
    """A percentage as the CAO writes it: ``16,50`` or ``8`` (without the % sign)."""
    if value == value.to_integral_value():
        return compact(value, language)
    return number(value, 2, language)


def number(value: Decimal, places: int, language: str) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return _decimal(value, pattern, locale(language))


def exact(value: Decimal, language: str) -> str:
    """A number with as many decimals as it needs (at most four): ``144``, ``57,6``, ``72,3288``."""
    exponent = value.normalize().as_tuple().exponent
    places = 0 if not isinstance(exponent, int) else min(max(-exponent, 0), 4)
    return number(value, places, language)


def hours(value: Decimal, language: str) -> str:
    """Hours to two decimals at most, without needless zeros, and the unit: ``7,2 uur``,
    ``36 uur`` / ``7.2 hours``, ``1 hour``.

    Never ``7,20`` without a unit: that reads as twenty past seven.
    """
    text = compact(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), language)
    english = "hour" if abs(value) == 1 else "hours"
    unit = "uur" if locale(language) == "nl_NL" else english
    return f"{text}\N{NO-BREAK SPACE}{unit}"


def day(value: date, language: str, fmt: str = "long") -> str:
    return _day(value, locale(language), fmt)


# A table of a career shows thousands of dates, and babel takes a millisecond for each.
@lru_cache(maxsize=8192)
def _day(value: date, babel_locale: str, fmt: str) -> str:
    known = cldr.day(value, fmt, babel_locale)
    if known is not None:
        return known
    from babel.dates import format_date

    return str(format_date(value, format=fmt, locale=babel_locale))


def month(value: date, language: str) -> str:
    """``maart 2026`` / ``March 2026``."""
    return _month(value.replace(day=1), locale(language))


@lru_cache(maxsize=512)
def _month(value: date, babel_locale: str) -> str:
    return _day(value, babel_locale, "LLLL yyyy")


def capitalised(text: str) -> str:
    """``text`` with its first letter upper case (``statutory hours`` -> ``Statutory hours``)."""
    return text[:1].upper() + text[1:]


def parse_number(text: str, language: str) -> Decimal | None:
    """A number typed by the user in their language (``1.234,50`` in Dutch); None if it is none."""
    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = text.replace("€", "").replace("\N{NO-BREAK SPACE}", " ").strip()
    if not cleaned:
        return None
    try:
        return Decimal(parse_decimal(cleaned, locale=locale(language), strict=True))
    except (NumberFormatError, ArithmeticError):
        return None


class DateProblem(Enum):
    """Why typed text is not a date; the window says it in words."""

    FORMAT = "format"  # not day, month and year in digits
    SHORT_YEAR = "short_year"  # a year of fewer than four digits: never guessed
    NO_SUCH_DATE = "no_such_date"  # 31-02-2026, 12-13-1985
    OUT_OF_RANGE = "out_of_range"  # a year before FIRST_YEAR or after LAST_YEAR


FIRST_YEAR, LAST_YEAR = 1900, 2199  # the years a date field takes
_SEPARATORS = re.compile(r"\s*[-/.\s]\s*")


def typed_day(value: date) -> str:
    """A date as a date field shows it, the same in every language: ``12-03-1985``."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def parse_day(text: str) -> date | DateProblem | None:
    """The date typed in ``text``, or why it is none; None when nothing is typed.

    Day, month and year: ``12031985``, ``12-3-1985``, ``12-03-1985``, with ``-``, ``/``, ``.``
    or a space between them; or the year first, as ``1985-03-12``. A year of two digits is
    refused rather than guessed.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    parts = _day_month_year(cleaned)
    if isinstance(parts, DateProblem):
        return parts
    day_of_month, month, year = parts
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        return DateProblem.OUT_OF_RANGE
    try:
        return date(int(year), int(month), int(day_of_month))
    except ValueError:
        return DateProblem.NO_SUCH_DATE


def _day_month_year(text: str) -> tuple[str, str, str] | DateProblem:
    """The digits of the day, the month and the four-digit year in ``text``, or what is wrong."""
    parts = _SEPARATORS.split(text)
    if not all(part.isascii() and part.isdigit() for part in parts):
        return DateProblem.FORMAT
    if len(parts) == 1 and len(parts[0]) in (6, 8):  # 120385 or 12031985
        digits = parts[0]
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) != 3:
        return DateProblem.FORMAT
    day_of_month, month, year = reversed(parts) if len(parts[0]) == 4 else parts
    if len(day_of_month) > 2 or len(month) > 2 or len(year) > 4:
        return DateProblem.FORMAT
    if len(year) < 4:
        return DateProblem.SHORT_YEAR
    return day_of_month, month, year

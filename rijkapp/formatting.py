"""All formatting of money, hours, numbers and dates, for the GUI and the PDF alike.

Based on babel, so Dutch gets ``€ 1.234,50`` (with a no-break space after the euro sign, as
CLDR prescribes) and English ``€1,234.50``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp import i18n

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def locale(language: str | None = None) -> str:
    return _LOCALES.get(language or i18n.language(), "nl_NL")


def money(amount: Decimal, language: str | None = None) -> str:
    from babel.numbers import format_currency

    return str(format_currency(amount, "EUR", locale=locale(language)))


def number(value: Decimal, places: int = 2, language: str | None = None) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(value, format=pattern, locale=locale(language)))


def hours(value: Decimal, language: str | None = None) -> str:
    """Hours with two decimals and the unit: ``7,20 uur`` / ``7.20 hours``."""
    text = number(value, 2, language)
    unit = "uur" if (language or i18n.language()) == "nl" else "hours"
    return f"{text}\N{NO-BREAK SPACE}{unit}"


def day(value: date, language: str | None = None, fmt: str = "long") -> str:
    from babel.dates import format_date

    return str(format_date(value, format=fmt, locale=locale(language)))


def month(value: date, language: str | None = None) -> str:
    """``maart 2026`` / ``March 2026``."""
    from babel.dates import format_date

    return str(format_date(value, format="LLLL y", locale=locale(language)))


def parse_number(text: str, language: str | None = None) -> Decimal | None:
    """A number typed by the user in their language (``1.234,50`` in Dutch); None if it is none."""
    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = text.replace("€", "").replace("\N{NO-BREAK SPACE}", " ").strip()
    if not cleaned:
        return None
    try:
        return Decimal(parse_decimal(cleaned, locale=locale(language), strict=True))
    except (NumberFormatError, ArithmeticError):
        return None

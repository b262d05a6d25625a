"""Rijkapp's own CLDR formats (rijkapp.cldr) write exactly what babel writes, in both languages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from rijkapp import cldr
from rijkapp import formatting as fmt

LOCALES = ("nl_NL", "en_GB")
# Every pattern Rijkapp formats numbers with, and each kind of date pattern it uses.
NUMBER_PATTERNS = ("#,##0", "#,##0.#", "#,##0.##", "#,##0.0", "#,##0.00", "#,##0.0000")
DATE_FORMATS = (
    *("full", "long", "medium", "short"),
    *("d MMM yyyy", "EEE d MMM yyyy", "d MMMM", "d MMM", "MMMM", "MMM", "MMM yyyy"),
    *("LLLL", "LLL", "LLLL yyyy", "EEEEEE", "EEEE", "dd-MM-yy", "d 'van' MMMM"),
)
NUMBERS = [
    Decimal(text)
    for text in (
        "0", "-0", "1", "-1", "0.5", "1.5", "2.5", "-2.5", "0.005", "0.015", "-0.004", "7.2",
        "7.20", "36", "144", "166.4", "1234.5", "-1234.567", "999.995", "1000", "12345678.9",
        "1E+3", "0.125", "57.6", "72.3288", "-0.0001", "100000", "3.14159",
    )
]  # fmt: skip


@pytest.mark.parametrize("babel_locale", LOCALES)
@pytest.mark.parametrize("pattern", NUMBER_PATTERNS)
def test_numbers_are_written_as_babel_writes_them(babel_locale: str, pattern: str) -> None:
    for value in NUMBERS:
        expected = format_decimal(value, format=pattern, locale=babel_locale)
        assert cldr.number(value, pattern, babel_locale) == expected, (value, pattern)


@pytest.mark.parametrize("babel_locale", LOCALES)
def test_euros_are_written_as_babel_writes_them(babel_locale: str) -> None:
    for value in NUMBERS:
        expected = format_currency(value, "EUR", locale=babel_locale)
        assert cldr.money(value, babel_locale) == expected, value


@pytest.mark.parametrize("babel_locale", LOCALES)
@pytest.mark.parametrize("pattern", DATE_FORMATS)
def test_dates_are_written_as_babel_writes_them(babel_locale: str, pattern: str) -> None:
    day = date(2027, 1, 1)
    while day.year == 2027:  # every weekday in every month
        expected = format_date(day, format=pattern, locale=babel_locale)
        assert cldr.day(day, pattern, babel_locale) == expected, (day, pattern)
        day += timedelta(days=1)
    for old in (date(1, 1, 1), date(999, 12, 31), date(1958, 3, 14)):
        assert cldr.day(old, pattern, babel_locale) == format_date(old, pattern, babel_locale)


def test_what_it_does_not_know_is_left_to_babel() -> None:
    assert cldr.number(Decimal(1), "0.00E0", "nl_NL") is None
    assert cldr.day(date(2026, 3, 2), "w", "nl_NL") is None  # the week of the year
    assert cldr.money(Decimal(1), "de_DE") is None
    # ... and the window still gets babel's answer for it.
    assert fmt.day(date(2026, 3, 2), "nl", "EEEEE") == format_date(date(2026, 3, 2), "EEEEE", "nl")


def test_the_start_formats_without_loading_babel() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from decimal import Decimal; "
        "from rijkapp import formatting as f; "
        "shown = [f.money(Decimal('1234.5'), 'nl'), f.hours(Decimal('7.2'), 'en'), "
        "f.day(date(2026, 3, 2), 'nl', 'full'), f.month(date(2026, 3, 2), 'en')]; "
        "print(shown, [m for m in sys.modules if m.startswith('babel')])"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == (
        "['€\\xa01.234,50', '7.2\\xa0hours', 'maandag 2 maart 2026', 'March 2026'] []"
    )

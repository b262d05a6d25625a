"""Numbers, euros and dates in Dutch (nl_NL) and British English (en_GB), without loading babel.

Babel takes a third of a second and 7 MiB to load a language's CLDR data, all of it, on the
way to the first figures of a start; Rijkapp shows euros, a few number patterns and dates from
a dozen CLDR fields of two locales. Those fields are here, as babel 2.19 (CLDR 49) has them,
and formatted as babel formats them (``NumberPattern.apply``, ``DateTimeFormat``): rounding
half to even in the current decimal context, the sign taken before rounding, grouping by
three. Anything else (another pattern, reading numbers back) returns None here and is left
to babel. ``tests/unit/test_cldr.py`` compares both over many values and every day of years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class _Locale:
    decimal: str
    group: str
    money_positive: str  # "¤" where the amount's symbol goes, "#" where the number goes
    money_negative: str
    months: tuple[str, ...]  # wide, format and stand-alone alike in both locales
    months_short: tuple[str, ...]  # abbreviated
    days: tuple[str, ...]  # wide, Monday first
    days_abbreviated: tuple[str, ...]
    days_short: tuple[str, ...]
    date_formats: dict[str, str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NBSP = "\N{NO-BREAK SPACE}"
_LOCALES = {
    "nl_NL": _Locale(
        decimal=",",
        group=".",
        money_positive=f"€{_NBSP}#",
        money_negative=f"€{_NBSP}-#",
        months=_words(
            "januari februari maart april mei juni juli augustus september oktober november"
            " december"
        ),
        months_short=_words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        days=_words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        days_abbreviated=_words("ma di wo do vr za zo"),
        days_short=_words("ma di wo do vr za zo"),
        date_formats={
            "full": "EEEE d MMMM y",
            "long": "d MMMM y",
            "medium": "d MMM y",
            "short": "dd-MM-y",
        },
    ),
    "en_GB": _Locale(
        decimal=".",
        group=",",
        money_positive="€#",
        money_negative="-€#",
        months=_words(
            "January February March April May June July August September October November December"
        ),
        months_short=_words("Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec"),
        days=_words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        days_abbreviated=_words("Mon Tue Wed Thu Fri Sat Sun"),
        days_short=_words("Mo Tu We Th Fr Sa Su"),
        date_formats={
            "full": "EEEE, d MMMM y",
            "long": "d MMMM y",
            "medium": "d MMM y",
            "short": "dd/MM/y",
        },
    ),
}

# "#,##0", "#,##0.00", "#,##0.##", "#,##0.0#": grouped, some decimals required, some optional.
_NUMBER_PATTERN = re.compile(r"#,##0(?:\.(0*)(#*))?")
# A date pattern's fields (runs of one letter) and quoted literals; other characters as they are.
_DATE_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def number(value: Decimal, pattern: str, babel_locale: str) -> str | None:
    """``value`` by a grouped decimal pattern, as ``babel.numbers.format_decimal`` writes it;
    None for a pattern or locale this module does not know."""
    found = _NUMBER_PATTERN.fullmatch(pattern)
    spec = _LOCALES.get(babel_locale)
    if found is None or spec is None or not value.is_finite():
        return None
    required, optional = (len(found.group(1) or ""), len(found.group(2) or ""))
    text = _digits(value, required, required + optional, spec)
    return "-" + text if value.is_signed() else text


def money(value: Decimal, babel_locale: str) -> str | None:
    """An amount in euros, as ``babel.numbers.format_currency(value, "EUR")`` writes it."""
    spec = _LOCALES.get(babel_locale)
    if spec is None or not value.is_finite():
        return None
    text = _digits(value, 2, 2, spec)
    return (spec.money_negative if value.is_signed() else spec.money_positive).replace("#", text)


def _digits(value: Decimal, least: int, most: int, spec: _Locale) -> str:
    """The absolute value with ``least`` to ``most`` decimals, grouped by three."""
    rounded = abs(value).normalize().quantize(Decimal(10) ** -most)
    whole, _sep, fraction = f"{rounded:f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = spec.group.join([whole, *groups])
    fraction = fraction.ljust(least, "0")
    if most == 0 or (least == 0 and int(fraction or "0") == 0):
        return text
    while len(fraction) > least and fraction.endswith("0"):
        fraction = fraction[:-1]
    return text + spec.decimal + fraction


def day(value: date, fmt: str, babel_locale: str) -> str | None:
    """``value`` in a standard format (full, long, medium, short) or a date pattern, as
    ``babel.dates.format_date`` writes it; None for a field or locale this module does not
    know."""
    spec = _LOCALES.get(babel_locale)
    if spec is None:
        return None
    pattern = spec.date_formats.get(fmt, fmt)
    parts: list[str] = []
    for found in _DATE_TOKEN.finditer(pattern):
        token = found.group(0)
        if token.startswith("'"):
            parts.append(token[1:-1].replace("''", "'") if token != "''" else "'")
        elif found.group(1) is None:
            parts.append(token)
        else:
            field = _field(value, token, spec)
            if field is None:
                return None
            parts.append(field)
    return "".join(parts)


def _field(value: date, token: str, spec: _Locale) -> str | None:  # noqa: PLR0911 - one a field
    letter, width = token[0], len(token)
    if letter == "d" and width <= 2:
        return str(value.day).zfill(width)
    if letter in "ML":
        if width <= 2:
            return str(value.month).zfill(width)
        if width > 4:
            return None
        return (spec.months_short if width == 3 else spec.months)[value.month - 1]
    if letter == "y":
        return str(value.year)[-2:].zfill(2) if width == 2 else str(value.year).zfill(width)
    if letter == "E" and width != 5 and width <= 6:
        names = {4: spec.days, 6: spec.days_short}.get(width, spec.days_abbreviated)
        return names[value.weekday()]
    return None

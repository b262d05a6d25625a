"""Help > Regels en bronnen: each rule of the rule book as a reader sees it.

A rule's value is kept in the book as the calculators need it (``"16.50"``, ``true``,
``"maandinkomen_per_uur"``, a list of holidays); here it becomes words in the reader's language
(``16,50%``, ``ja``, ``maandinkomen per uur (salaris met toelagen)``), by the unit the book gives
the rule in its ``[about]`` table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from rijkapp import formatting as fmt
from rijkapp.i18n import N_
from rijkapp.message import (
    Compact,
    Day,
    Euro,
    HourCount,
    Message,
    Percent,
    Value,
    plural,
    render_value,
)
from rijkapp.rules.book import Rule, RuleBook

Unit = Callable[[Any], Value]


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"not a number: {value!r}")
    return Decimal(str(value))


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not a whole number: {value!r}")
    return value


def _date(value: Any) -> Day:
    if not isinstance(value, date):
        raise TypeError(f"not a date: {value!r}")
    return Day(value)


def _yes_no(value: Any) -> Message:
    if not isinstance(value, bool):
        raise TypeError(f"not yes or no: {value!r}")
    return Message(N_("yes") if value else N_("no"))


@dataclass(frozen=True)
class MonthName:
    """A month by its number: ``december`` / ``December``."""

    number: int

    def render(self, language: str) -> str:
        from babel.dates import format_date

        return str(format_date(date(2000, self.number, 1), "LLLL", locale=fmt.locale(language)))


UNITS: Mapping[str, Unit] = {
    "euro": lambda v: Euro(_decimal(v)),
    "days": lambda v: plural("{count} day", "{count} days", int(_decimal(v))),
    "euro_per_month": lambda v: Message(N_("{amount} a month"), amount=Euro(_decimal(v))),
    "percent": lambda v: Message(N_("{percent}%"), percent=Percent(_decimal(v))),
    "hours": lambda v: HourCount(_decimal(v)),
    "hours_per_week": lambda v: Message(N_("{hours} a week"), hours=HourCount(_decimal(v))),
    "hours_per_year": lambda v: Message(N_("{hours} a year"), hours=HourCount(_decimal(v))),
    "months": lambda v: plural("{count} month", "{count} months", _count(v)),
    "years": lambda v: plural("{count} year", "{count} years", _count(v)),
    "per_year": lambda v: Message(N_("{count} a year"), count=Compact(_decimal(v))),
    "day_of_month": lambda v: Message(N_("day {day}"), day=_count(v)),
    "month": lambda v: MonthName(_count(v)),
    "number": lambda v: Compact(_decimal(v)),
    "year": lambda v: str(_count(v)),
    "date": _date,
    "yes_no": _yes_no,
}


def value_text(rule: Rule, book: RuleBook, language: str) -> str:
    """The rule's value in words and figures for the reader, in ``language``."""
    written = rule.value_words(language)
    if written:
        return written
    unit = rule.about.unit
    if unit == "words":
        values = rule.value if isinstance(rule.value, list) else [rule.value]
        return ", ".join(_word(book, str(value), language) for value in values)
    try:
        show = UNITS[unit]
    except KeyError:
        raise ValueError(f"rule {rule.key} has no unit the rules view knows: {unit!r}") from None
    return render_value(show(rule.value), language)


def _word(book: RuleBook, value: str, language: str) -> str:
    try:
        return book.words[value][language]
    except KeyError:
        raise ValueError(f"the rule book has no words for {value!r} in {language!r}") from None


def period_text(rule: Rule, language: str) -> str:
    """``vanaf 1 jan. 2026`` or ``1 jan. 2024 t/m 30 jun. 2024``, in ``language``."""
    start = fmt.day(rule.valid_from, language, "medium")
    if rule.valid_to is None:
        return Message(N_("from {start}"), start=start).render(language)
    end = fmt.day(rule.valid_to, language, "medium")
    return Message(N_("{start} to {end}"), start=start, end=end).render(language)

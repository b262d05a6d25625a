"""Career figures: AOW date, years in the current function, the 5-year mobility conversation."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from rijkapp.calc.explain import Line
from rijkapp.domain.records import Profile
from rijkapp.i18n import N_
from rijkapp.message import Compact, Day, Message
from rijkapp.rules.book import Confidence, RuleBook, TableRow


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; a day that does not exist becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


@dataclass(frozen=True)
class AowDate:
    on: date
    years: int
    months: int
    provisional: bool  # the age is not fixed yet for this birth date
    confidence: Confidence
    source_title: str


def aow_date(birth_date: date, book: RuleBook) -> AowDate | None:
    """The day the AOW starts for someone born on ``birth_date``; None before the table starts."""
    row: TableRow | None = None
    provisional = False
    for candidate in book.table("aow"):
        if candidate["born_after"] < birth_date < candidate["born_before"]:
            row = candidate
            break
    if row is None:
        for candidate in book.table("aow_provisional"):
            if birth_date >= candidate["born_on_or_after"]:
                row, provisional = candidate, True
    if row is None:
        return None
    years, months = int(row["years"]), int(row["months"])
    return AowDate(
        on=add_months(birth_date, 12 * years + months),
        years=years,
        months=months,
        provisional=provisional,
        confidence=row.confidence,
        source_title=row.source.title,
    )


def years_between(start: date, end: date) -> Decimal:
    """Whole and tenths of years from ``start`` to ``end`` (rounded down), by calendar months."""
    if end < start:
        return Decimal("0.0")
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return (Decimal(months) / 12).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


@dataclass(frozen=True)
class CareerFigures:
    aow: AowDate | None
    years_in_function: Decimal | None
    mobility_talk_due: bool
    explanation: tuple[Line, ...]


def career(profile: Profile, on: date, book: RuleBook) -> CareerFigures:
    lines: list[Line] = []
    aow = aow_date(profile.birth_date, book) if profile.birth_date else None
    if aow is not None:
        template = (
            N_("AOW from {date}: at least {years} years and {months} months (not fixed yet).")
            if aow.provisional
            else N_("AOW from {date}: at {years} years and {months} months.")
        )
        lines.append(
            Line(aow.on, Message(template, date=Day(aow.on), years=aow.years, months=aow.months))
        )
    years: Decimal | None = None
    due = False
    if profile.function_start_date is not None:
        years = years_between(profile.function_start_date, on)
        rule = book.get("mobility_talk_after_years", on)
        due = years >= rule.decimal
        lines.append(
            Line(
                on,
                Message(
                    N_(
                        "{years} years in the current function; "
                        "after {limit} years the talk covers a next step."
                    ),
                    years=Compact(years),
                    limit=rule.value,
                ),
                years,
                rule,
            )
        )
    return CareerFigures(aow, years, due, tuple(lines))

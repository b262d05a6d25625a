"""The days of a leave entry: what each day costs by the schedule, and what to warn about."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from rijkapp.calc.holidays import RIJK_PAID_HOLIDAYS, rijk_holiday
from rijkapp.calc.leave.model import ONE_DAY, LeaveDay, find_rule
from rijkapp.calc.memo import once
from rijkapp.domain.records import Dossier, LeaveEntry, employment_on, schedule_on
from rijkapp.domain.values import ZERO, Hours, hours
from rijkapp.i18n import N_
from rijkapp.message import Day, HourCount, Message, plural
from rijkapp.rules.book import RuleBook


def paid_holidays(book: RuleBook, day: date) -> frozenset[str]:
    rule = find_rule(book, "leave_paid_public_holidays", day)
    return frozenset(str(key) for key in rule.value) if rule is not None else RIJK_PAID_HOLIDAYS


def each_day(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += ONE_DAY


def leave_days(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[LeaveDay]:
    """Every calendar day of ``entry`` with its cost.

    Without hours on the entry, a day costs what the schedule in force says (0 on weekends, days
    off, Rijk public holidays and days without employment). With hours (a half day, or a total for
    several days), those hours are spread over the days in proportion to their scheduled hours,
    to the cent, so a holiday or a weekend day still costs nothing. Worked out once per entry,
    dossier and rule book (``rijkapp.calc.memo``).
    """
    found = once(dossier, ("leave days", entry, book), lambda: tuple(_days(entry, dossier, book)))
    return list(found)


def _days(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[LeaveDay]:
    if entry.end < entry.start:
        return []
    days: list[LeaveDay] = []
    for day in each_day(entry.start, entry.end):
        employment = employment_on(dossier.employment, day)
        holiday = rijk_holiday(day, paid_holidays(book, day))
        if employment is None:
            days.append(LeaveDay(day, ZERO, ZERO, holiday, False, False))
            continue
        schedule = schedule_on(dossier.work_schedule, day)
        assumed = schedule is None
        if schedule is not None:
            scheduled = schedule.hours_on(day)
        elif day.weekday() < 5:
            scheduled = hours(employment.hours_per_week / 5)
        else:
            scheduled = ZERO
        if holiday is not None:
            scheduled = ZERO
        days.append(LeaveDay(day, scheduled, scheduled, holiday, True, assumed))
    if entry.hours is None:
        return days
    shares = _spread(max(entry.hours, ZERO), [d.scheduled for d in days])
    return [replace(d, hours=share) for d, share in zip(days, shares, strict=True)]


def _spread(total: Hours, weights: list[Hours]) -> list[Hours]:
    """``total`` over the days in proportion to ``weights``, in cents, adding up exactly."""
    weight_sum = sum(weights, ZERO)
    if weight_sum <= 0 or total <= 0:
        return [ZERO for _weight in weights]
    cents = int(hours(total) * 100)
    raw = [Fraction(cents) * Fraction(w) / Fraction(weight_sum) for w in weights]
    shares = [math.floor(r) for r in raw]
    left = cents - sum(shares)
    by_remainder = sorted(range(len(raw)), key=lambda i: (-(raw[i] - shares[i]), i))
    for index in by_remainder[:left]:
        shares[index] += 1
    return [Decimal(share).scaleb(-2) for share in shares]


def entry_days(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[tuple[date, Hours]]:
    """Each day of ``entry`` and what it costs (0 for weekends, days off and holidays)."""
    return [(d.day, d.hours) for d in leave_days(entry, dossier, book)]


def entry_hours(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> Hours:
    """The hours ``entry`` costs in all."""
    return sum((d.hours for d in leave_days(entry, dossier, book)), ZERO)


def entry_warnings(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[Message]:
    """What the add/edit dialog should tell before saving: holidays, days outside employment..."""
    if entry.end < entry.start:
        return [Message(N_("The last day is before the first day."))]
    warnings: list[Message] = []
    days = leave_days(entry, dossier, book)
    if entry.hours is not None and entry.hours < 0:
        warnings.append(Message(N_("The hours cannot be negative; the entry counts as 0 hours.")))
    if entry.hours is not None and entry.hours > 0:
        for d in days:
            if d.holiday is not None and d.employed:
                warnings.append(
                    Message(
                        N_("{date} is a public holiday ({name}): that day costs no leave hours."),
                        date=Day(d.day),
                        name=d.holiday,
                    )
                )
        if len(days) == 1 and days[0].employed and days[0].holiday is None:
            only = days[0]
            if only.scheduled == 0:
                warnings.append(
                    Message(
                        N_("You do not work on {date}: that day costs no leave hours."),
                        date=Day(only.day),
                    )
                )
            elif entry.hours > only.scheduled:
                warnings.append(
                    Message(
                        N_(
                            "You entered {hours}, "
                            "more than the {scheduled} you are scheduled to work on {date}."
                        ),
                        hours=HourCount(entry.hours),
                        scheduled=HourCount(only.scheduled),
                        date=Day(only.day),
                    )
                )
    outside = [d for d in days if not d.employed]
    if outside:
        warnings.append(
            plural(
                "{count} day falls outside your employment: it costs no leave hours.",
                "{count} days fall outside your employment: they cost no leave hours.",
                len(outside),
            )
        )
    assumed = [d for d in days if d.assumed_schedule]
    if assumed:
        warnings.append(
            Message(
                N_(
                    "There is no work schedule for {date}: "
                    "Rijkapp assumes your weekly hours spread over Monday to Friday."
                ),
                date=Day(assumed[0].day),
            )
        )
    costs_nothing = days and all(d.hours == 0 and d.employed for d in days)
    if costs_nothing and not warnings:
        warnings.append(
            Message(
                N_(
                    "This leave costs no hours: "
                    "every day is a weekend day, a day off or a public holiday."
                )
            )
        )
    return warnings

"""The year planner: every day of a year with its leave, its public holiday and whether you work.

:func:`year_plan` works a year out from a snapshot of the dossier; the GUI paints it. Pure: no
clock, no database, so it runs on the data thread or anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rijkapp.calc.holidays import rijk_holidays
from rijkapp.calc.leave import leave_days
from rijkapp.calc.leave.days import paid_holidays
from rijkapp.calc.memo import once
from rijkapp.domain.records import Dossier, LeaveStatus, employment_on, schedule_on
from rijkapp.domain.values import ZERO, Hours
from rijkapp.message import Named
from rijkapp.rules.book import RuleBook

__all__ = ["PlannerDay", "YearPlan", "year_plan"]

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class PlannerDay:
    """What one day of the year shows."""

    day: date
    working: bool  # scheduled to work (a holiday on a working day is still a "working" day)
    holiday: Named | None = None  # the Rijk public holiday, by name
    entry_id: str | None = None  # the leave entry this day belongs to, if any
    status: LeaveStatus | None = None  # of that entry, when the day costs leave hours
    hours: Hours = ZERO  # leave hours this day costs
    note: str = ""
    more_entries: int = 0  # other entries on the same day


@dataclass(frozen=True)
class YearPlan:
    """The days of one year; a day that is not in ``days`` is a plain weekday or weekend day."""

    year: int
    days: dict[date, PlannerDay] = field(default_factory=dict)

    def get(self, day: date) -> PlannerDay:
        found = self.days.get(day)
        if found is not None:
            return found
        return PlannerDay(day, working=day.weekday() < 5)


def _working(dossier: Dossier, day: date) -> bool:
    """Whether ``day`` is a working day by the schedule (without one: Monday to Friday)."""
    employment = employment_on(dossier.employment, day)
    if employment is None:
        # Outside the employment nobody works; with no employment at all, show a plain week.
        return False if dossier.employment else day.weekday() < 5
    schedule = schedule_on(dossier.work_schedule, day)
    if schedule is not None:
        return schedule.hours_on(day) > 0
    return day.weekday() < 5


def year_plan(dossier: Dossier, year: int, book: RuleBook) -> YearPlan:
    """Every day of ``year`` as the planner shows it; holidays by their names in both languages.

    Worked out once per dossier, year and rule book (``rijkapp.calc.memo``): a new balance date
    on the Verlof page gets the same plan back.
    """
    return once(dossier, ("year plan", year, book), lambda: _year_plan(dossier, year, book))


def _year_plan(dossier: Dossier, year: int, book: RuleBook) -> YearPlan:
    # The holidays with pay of the rule in force on 1 January (the list changes only with a year).
    paid = paid_holidays(book, date(year, 1, 1))
    english = rijk_holidays(year, "en", paid)
    holidays = {
        day: Named(name, english.get(day, name))
        for day, name in rijk_holidays(year, "nl", paid).items()
    }
    first, last = date(year, 1, 1), date(year, 12, 31)
    days: dict[date, PlannerDay] = {}
    day = first
    while day <= last:
        days[day] = PlannerDay(day, _working(dossier, day), holidays.get(day))
        day += ONE_DAY
    for entry in sorted(dossier.leave, key=lambda e: (e.start, e.id)):
        if entry.end < first or entry.start > last:
            continue
        for leave_day in leave_days(entry, dossier, book):
            if not first <= leave_day.day <= last:
                continue
            shown = days[leave_day.day]
            if shown.entry_id is not None:  # an earlier entry has this day: count this one
                days[leave_day.day] = replace(shown, more_entries=shown.more_entries + 1)
                continue
            days[leave_day.day] = replace(
                shown,
                entry_id=entry.id,
                status=entry.status if leave_day.hours > 0 else None,
                hours=leave_day.hours,
                note=entry.note,
            )
    return YearPlan(year, days)

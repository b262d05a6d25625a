"""When things happen in the ledger: leaving service, year changes, recalculations, leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rijkapp.calc.leave.days import each_day, leave_days
from rijkapp.calc.leave.model import ONE_DAY
from rijkapp.calc.memo import once
from rijkapp.domain.records import (
    Dossier,
    Employment,
    IkbChoice,
    LeaveBalance,
    LeaveEntry,
    employment_on,
)
from rijkapp.domain.values import Hours
from rijkapp.rules.book import RuleBook


def last_employment(dossier: Dossier) -> Employment | None:
    records = sorted(dossier.employment, key=lambda r: r.valid_from)
    return records[-1] if records else None


def leaving_day(records: tuple[Employment, ...], year: int) -> date | None:
    """The last day of employment in ``year`` when the employment ends then: leaving service.

    None when there is no employment in ``year`` or it runs on into the next year (also when the
    next record starts the day after: a move within the Rijk). A gap within the year is not
    leaving: only the last stretch of employment in the year counts. The IKB plan uses this same
    function, so the plan and the ledger settle on the same day.
    """
    candidates = {date(year, 12, 31)}
    candidates.update(r.end_date for r in records if r.end_date and r.end_date.year == year)
    for day in sorted(candidates, reverse=True):
        if employment_on(records, day) is not None:
            return day if employment_on(records, day + ONE_DAY) is None else None
    return None


def employed_in_month(records: tuple[Employment, ...], day: date) -> bool:
    first = day.replace(day=1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return any(employment_on(records, d) is not None for d in each_day(first, after - ONE_DAY))


@dataclass(frozen=True)
class Calendar:
    """What happens on which day, up to and including the ledger's date."""

    leavings: dict[date, date]  # the day after leaving service -> the last day of employment
    year_changes: frozenset[date]
    recalculations: frozenset[date]
    balances: dict[date, list[LeaveBalance]]
    choices: dict[date, list[IkbChoice]]
    leave: dict[date, list[tuple[LeaveEntry, Hours]]]

    def days(self) -> list[date]:
        return sorted(
            set(self.leavings)
            | self.year_changes
            | self.recalculations
            | set(self.balances)
            | set(self.choices)
            | set(self.leave)
        )


Events = tuple[
    dict[date, list[LeaveBalance]],
    dict[date, list[IkbChoice]],
    dict[date, list[tuple[LeaveEntry, Hours]]],
]


def _events(dossier: Dossier, book: RuleBook) -> Events:
    """The balances, IKB choices and leave days of the whole dossier by day, in the ledger's
    order: the same for every date, so worked out once per dossier (``rijkapp.calc.memo``)."""
    balances: dict[date, list[LeaveBalance]] = {}
    for balance in sorted(dossier.leave_balances, key=lambda b: (b.on, b.id)):
        balances.setdefault(balance.on, []).append(balance)
    choices: dict[date, list[IkbChoice]] = {}
    for choice in sorted(dossier.ikb_choices, key=lambda c: (c.month, c.id)):
        choices.setdefault(date(choice.month.year, choice.month.month, 1), []).append(choice)
    leave: dict[date, list[tuple[LeaveEntry, Hours]]] = {}
    for entry in sorted(dossier.leave, key=lambda e: (e.start, e.id)):
        for leave_day in leave_days(entry, dossier, book):
            if leave_day.hours > 0:
                leave.setdefault(leave_day.day, []).append((entry, leave_day.hours))
    return balances, choices, leave


def calendar_of(dossier: Dossier, on: date, book: RuleBook) -> Calendar | None:
    starts = [r.valid_from for r in dossier.employment]
    starts += [b.on for b in dossier.leave_balances]
    starts += [c.month for c in dossier.ikb_choices]
    starts += [e.start for e in dossier.leave]
    if not starts:
        return None
    first_year = min(starts).year
    recalculations: set[date] = set()
    leavings: dict[date, date] = {}
    if dossier.employment:
        for year in range(min(r.valid_from for r in dossier.employment).year, on.year + 1):
            last = leaving_day(dossier.employment, year)
            if last is not None and last + ONE_DAY <= on:
                leavings[last + ONE_DAY] = last
        # Granted on the first day of employment, every 1 January after it, and again whenever an
        # employment record starts (a change of hours, a return after a gap).
        first_employment = min(r.valid_from for r in dossier.employment)
        recalculations.add(first_employment)
        recalculations.update(date(y, 1, 1) for y in range(first_employment.year + 1, on.year + 1))
        recalculations.update(r.valid_from for r in dossier.employment)
    balances, choices, leave = once(dossier, ("leave events", book), lambda: _events(dossier, book))

    def until_on(days: dict[date, Any]) -> dict[date, Any]:
        return {day: items for day, items in days.items() if day <= on}

    return Calendar(
        leavings=leavings,
        year_changes=frozenset(date(y, 1, 1) for y in range(first_year + 1, on.year + 1)),
        recalculations=frozenset(day for day in recalculations if day <= on),
        balances=until_on(balances),
        choices=until_on(choices),
        leave=until_on(leave),
    )

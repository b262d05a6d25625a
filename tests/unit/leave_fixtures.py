"""Small builders for leave tests: dossiers straight from the domain dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LeaveBalance,
    LeaveEntry,
    Profile,
    WorkSchedule,
)
from rijkapp.rules.book import RuleBook, default_rulebook

BOOK: RuleBook = default_rulebook()
# A schedule's week as WorkSchedule holds it: Monday to Sunday.
Week = tuple[Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal]


def H(value: str | int | Decimal) -> Decimal:
    """Hours as an exact Decimal (never through float)."""
    return Decimal(str(value))


def employment(
    valid_from: date,
    hours_per_week: str | int = 36,
    end_date: date | None = None,
    record_id: str | None = None,
) -> Employment:
    return Employment(
        id=record_id or f"e-{valid_from.isoformat()}",
        valid_from=valid_from,
        hours_per_week=H(hours_per_week),
        scale=11,
        step=5,
        monthly_salary_fulltime=Decimal("4500.00"),
        end_date=end_date,
    )


def week_of(days: Sequence[Decimal]) -> Week:
    """Seven days' hours, Monday first, as a week; any other number of days is refused."""
    monday, tuesday, wednesday, thursday, friday, saturday, sunday = days
    return monday, tuesday, wednesday, thursday, friday, saturday, sunday


def schedule(valid_from: date, *week: str | int) -> WorkSchedule:
    """A schedule from Monday on; days left out are 0 (``schedule(d, 9, 9, 9, 9)`` is 4×9)."""
    days = [H(value) for value in week] + [H(0)] * (7 - len(week))
    return WorkSchedule(f"w-{valid_from.isoformat()}", valid_from, week_of(days))


def five_days(valid_from: date, per_day: str = "7.2") -> WorkSchedule:
    return schedule(valid_from, per_day, per_day, per_day, per_day, per_day)


def entry(
    entry_id: str,
    start: date,
    end: date | None = None,
    hours: str | Decimal | None = None,
    bucket: Bucket | None = None,
) -> LeaveEntry:
    return LeaveEntry(
        id=entry_id,
        start=start,
        end=end or start,
        hours=H(hours) if hours is not None else None,
        bucket=bucket,
    )


def balance(
    balance_id: str, on: date, bucket: Bucket, year: int | None, hours: str | Decimal
) -> LeaveBalance:
    return LeaveBalance(balance_id, on, bucket, year, H(hours))


def buy(choice_id: str, month: date, hours: str | Decimal) -> IkbChoice:
    return IkbChoice(choice_id, month, IkbChoiceKind.BUY_HOURS, hours=H(hours))


def sell(choice_id: str, month: date, hours: str | Decimal) -> IkbChoice:
    return IkbChoice(choice_id, month, IkbChoiceKind.SELL_HOURS, hours=H(hours))


# Born 1990 and at the Rijk since 2024: 64 IKB-uren from 2023 on, no transition hours.
YOUNG = Profile(name="J. Jansen", birth_date=date(1990, 6, 1), rijk_start_date=date(2024, 1, 1))


def fulltimer(
    since: date = date(2024, 1, 1),
    *,
    leave: tuple[LeaveEntry, ...] = (),
    balances: tuple[LeaveBalance, ...] = (),
    choices: tuple[IkbChoice, ...] = (),
    profile: Profile = YOUNG,
) -> Dossier:
    """36 hours a week, 7.2 hours Monday to Friday, from ``since``."""
    return Dossier(
        profile=profile,
        employment=(employment(since, 36),),
        work_schedule=(five_days(since),),
        leave=leave,
        leave_balances=balances,
        ikb_choices=choices,
    )

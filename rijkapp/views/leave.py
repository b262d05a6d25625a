"""Verlof: what the leave page and the leave tiles of the Overzicht show, without Qt.

:func:`load_leave` gives the page everything for one date (the peildatum): the ledger with its
balance per kind of hours, what expires when and how much of it is still to plan, what each
leave entry costs, which figures rest on unconfirmed rules, the facts that can explain a
difference with P-Direkt, and the year planner. A date after today is a forecast: it counts
planned leave and next year's hours. :func:`reconcile` compares a balance from P-Direkt with
Rijkapp's total and names the likely causes. :func:`leave_tiles` gives the three tiles of
the Overzicht (read with the rest of it by ``rijkapp.views.overview.load_overview_page``). The
loaders take the store (they run on the data thread); the work itself is a function of a
dossier, a date and the rule book, and is unit-tested as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from rijkapp.calc.leave import (
    BucketBalance,
    ExpiryPlan,
    LeaveLedger,
    PostingKind,
    bucket_label,
    entry_hours,
    expiry_plans,
    hours_to_plan_before_expiry,
    leave_days,
    ledger,
)
from rijkapp.calc.memo import once
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    IkbChoiceKind,
    LeaveEntry,
    LeaveStatus,
    employment_on,
    schedule_on,
)
from rijkapp.domain.values import CENT, ZERO, Hours
from rijkapp.message import Capitalised, Shown
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Rule, RuleBook
from rijkapp.views.planner import YearPlan, year_plan

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

__all__ = [
    "EXPIRY_DAYS",
    "RECENT_DAYS",
    "BucketBalance",
    "Cause",
    "CauseKind",
    "ExpiryPlan",
    "LeaveData",
    "LeaveTilesData",
    "ReconcileFacts",
    "Reconciliation",
    "average_day",
    "bucket_title",
    "days_to_plan",
    "entry_costs",
    "leave_data",
    "leave_tiles",
    "load_leave",
    "reconcile",
    "reconcile_facts",
]

RECENT_DAYS = 90  # "expired lately": hours P-Direkt may still show
EXPIRY_DAYS = 90  # the Overzicht's "expires soon"
TENTH = Decimal("0.1")


def bucket_title(bucket: Bucket, year: int | None = None) -> Capitalised:
    """A kind of hours as a heading or a list item: ``Wettelijke uren 2026``."""
    return Capitalised(bucket_label(bucket, year))


# ------------------------------------------------------------------------------ the page


@dataclass(frozen=True)
class ReconcileFacts:
    """What can explain a difference with the balance in P-Direkt, worked out from the data."""

    planned_until: Hours  # hours of leave up to the peildatum that is still "planned"
    expired_recently: Hours  # statutory hours that expired in the 90 days up to the peildatum
    expired_on: date | None
    has_opening_balance: bool  # any balance or correction copied from P-Direkt
    bought_this_month: Hours  # IKB-uren bought for the month of the peildatum
    bought_month: date | None


@dataclass(frozen=True)
class LeaveData:
    """Everything the Verlof page shows on ``on`` (the peildatum), seen on ``today``."""

    today: date
    on: date
    dossier: Dossier  # the snapshot the figures come from (the leave dialog previews on it)
    book: RuleBook
    ledger: LeaveLedger
    expiry: tuple[ExpiryPlan, ...]
    average_day: Hours | None  # hours of an average working day in the schedule in force
    entry_hours: dict[str, Hours]  # what each leave entry costs, by its id
    facts: ReconcileFacts
    unconfirmed: dict[tuple[Bucket, int | None], tuple[Rule, ...]]  # bucket -> assumptions
    plan: YearPlan

    @property
    def forecast(self) -> bool:
        return self.on > self.today

    @property
    def balances(self) -> tuple[BucketBalance, ...]:
        """The kinds of hours the page lists: every yearly one, the others when not empty."""
        return tuple(
            item for item in self.ledger.buckets if item.hours != 0 or item.year is not None
        )

    def days_to_plan(self, plan: ExpiryPlan) -> Decimal | None:
        """:func:`days_to_plan` with the average working day on the peildatum."""
        return days_to_plan(plan, self.average_day)


def average_day(dossier: Dossier, on: date) -> Hours | None:
    """The hours of an average working day: the schedule in force (or the last one) / its days.

    Without a schedule, the weekly hours of the employment over five days; None without either.
    """
    schedule = schedule_on(dossier.work_schedule, on)
    if schedule is None and dossier.work_schedule:
        schedule = max(dossier.work_schedule, key=lambda s: s.valid_from)
    if schedule is not None:
        days = [h for h in schedule.hours if h > 0]
        return (sum(days, ZERO) / len(days)).quantize(CENT) if days else None
    employment = employment_on(dossier.employment, on)
    if employment is not None and employment.hours_per_week > 0:
        return (employment.hours_per_week / 5).quantize(CENT)
    return None


def days_to_plan(plan: ExpiryPlan, day_hours: Hours | None) -> Decimal | None:
    """How many average working days the hours still to plan are, to a tenth; None unknown."""
    if day_hours is None or day_hours <= 0:
        return None
    return (plan.still_to_plan / day_hours).quantize(TENTH)


def reconcile_facts(dossier: Dossier, figures: LeaveLedger, book: RuleBook) -> ReconcileFacts:
    """The facts on ``figures.on``: planned leave up to then, recent expiry, bought hours."""
    on = figures.on
    planned = ZERO
    for entry in dossier.leave:
        if entry.status is LeaveStatus.PLANNED and entry.start <= on:
            planned += sum((d.hours for d in leave_days(entry, dossier, book) if d.day <= on), ZERO)
    since = on - timedelta(days=RECENT_DAYS)
    expired = [
        p
        for p in figures.postings
        if p.kind is PostingKind.EXPIRED and since < p.on <= on and p.amount < 0
    ]
    bought = [
        c
        for c in dossier.ikb_choices
        if c.kind is IkbChoiceKind.BUY_HOURS
        and c.hours
        and (c.month.year, c.month.month) == (on.year, on.month)
    ]
    return ReconcileFacts(
        planned_until=planned,
        expired_recently=-sum((p.amount for p in expired), ZERO),
        expired_on=max((p.on for p in expired), default=None),
        has_opening_balance=bool(dossier.leave_balances),
        bought_this_month=sum((c.hours or ZERO for c in bought), ZERO),
        bought_month=on.replace(day=1) if bought else None,
    )


def _unconfirmed_rules(figures: LeaveLedger) -> dict[tuple[Bucket, int | None], tuple[Rule, ...]]:
    """Per kind of hours, the unconfirmed rules (assumptions) its figure rests on."""
    # One pass over the postings, not one per kind of hours (a career has thousands of lines).
    rules: dict[tuple[Bucket, int | None], dict[tuple[str, date], Rule]] = {
        (item.bucket, item.year): {} for item in figures.buckets
    }
    for posting in figures.postings:
        found = rules.get((posting.bucket, posting.year))
        line = figures.lines[posting.line]
        if found is not None and line.unconfirmed and line.rule is not None:
            found[(line.rule.key, line.rule.valid_from)] = line.rule
    return {lot: tuple(kept[key] for key in sorted(kept)) for lot, kept in rules.items()}


def entry_costs(dossier: Dossier, book: RuleBook) -> dict[str, Hours]:
    """What each leave entry costs, by its id: the same on every balance date, so worked out
    once per dossier and rule book (``rijkapp.calc.memo``). Nobody changes the dictionary."""
    return once(
        dossier,
        ("leave entry costs", book),
        lambda: {e.id: entry_hours(e, dossier, book) for e in dossier.leave},
    )


def leave_data(
    dossier: Dossier,
    on: date,
    book: RuleBook,
    *,
    today: date,
    planner_year: int,
) -> LeaveData:
    """What the Verlof page shows on ``on``, with the planner on ``planner_year``."""
    figures = ledger(dossier, on, book)
    return LeaveData(
        today=today,
        on=on,
        dossier=dossier,
        book=book,
        ledger=figures,
        expiry=expiry_plans(dossier, figures, book),
        average_day=average_day(dossier, on),
        entry_hours=entry_costs(dossier, book),
        facts=reconcile_facts(dossier, figures, book),
        unconfirmed=_unconfirmed_rules(figures),
        plan=year_plan(dossier, planner_year, book),
    )


def load_leave(store: Store, on: date, today: date, planner_year: int) -> LeaveData:
    """Everything the Verlof page shows; runs on the data thread."""
    return leave_data(
        store.dossier(),
        on,
        default_rulebook(),
        today=today,
        planner_year=planner_year,
    )


# ------------------------------------------------------------------------------ P-Direkt


class CauseKind(StrEnum):
    """What can make P-Direkt show another balance than Rijkapp."""

    PLANNED = "planned"  # leave planned in Rijkapp that P-Direkt does not know yet
    EXPIRED = "expired"  # hours that expired lately, which P-Direkt may still show
    BOUGHT = "bought"  # IKB-uren bought for this month that P-Direkt has not credited yet
    OPENING = "opening"  # no opening balance: hours from before Rijkapp are missing
    ROUNDING = "rounding"  # less than an hour: the two round differently


@dataclass(frozen=True)
class Cause:
    kind: CauseKind
    hours: Hours | None  # how much this cause accounts for, when known
    likely: bool  # the difference is exactly this amount
    on: date | None = None  # when the hours expired, or the month they were bought for


@dataclass(frozen=True)
class Reconciliation:
    rijkapp: Hours
    pdirekt: Hours
    causes: tuple[Cause, ...] = field(default=())

    @property
    def difference(self) -> Hours:
        """P-Direkt minus Rijkapp: positive when P-Direkt shows more."""
        return self.pdirekt - self.rijkapp


def reconcile(pdirekt: Decimal, total: Hours, facts: ReconcileFacts) -> Reconciliation:
    """Which causes could explain ``pdirekt − total``, the likely ones (exact match) first.

    ``pdirekt`` is taken to the cent, as P-Direkt shows it.
    """
    pdirekt = pdirekt.quantize(CENT)
    difference = pdirekt - total
    if difference == 0:
        return Reconciliation(total, pdirekt)

    def exact(amount: Hours) -> bool:
        return abs(difference - amount) < CENT

    causes: list[Cause] = []
    if facts.planned_until > 0 and difference > 0:
        causes.append(Cause(CauseKind.PLANNED, facts.planned_until, exact(facts.planned_until)))
    if facts.expired_recently > 0 and difference > 0:
        causes.append(
            Cause(
                CauseKind.EXPIRED,
                facts.expired_recently,
                exact(facts.expired_recently),
                facts.expired_on,
            )
        )
    if facts.bought_this_month > 0 and difference < 0:
        causes.append(
            Cause(
                CauseKind.BOUGHT,
                facts.bought_this_month,
                exact(-facts.bought_this_month),
                facts.bought_month,
            )
        )
    if not facts.has_opening_balance and difference > 0:
        causes.append(Cause(CauseKind.OPENING, None, False))
    if abs(difference) < 1:
        causes.append(Cause(CauseKind.ROUNDING, None, True))
    causes.sort(key=lambda cause: not cause.likely)
    return Reconciliation(total, pdirekt, tuple(causes))


# ------------------------------------------------------------------------------ the tiles


@dataclass(frozen=True)
class LeaveTilesData:
    """What the three leave tiles of the Overzicht show on ``today``."""

    today: date
    has_employment: bool
    total: Hours  # the balance at the end of today
    expiring: Hours  # hours that expire within 90 days after today
    first_expiry: date | None  # the first of those expiry dates
    first_expiry_hours: Hours  # hours that expire on that date
    first_expiry_unplanned: Hours  # ... of which no leave is planned yet before that date
    next_entry: LeaveEntry | None  # the first leave that has not ended yet
    next_hours: Hours
    warnings: tuple[Shown, ...] = ()


def leave_tiles(dossier: Dossier, today: date, book: RuleBook) -> LeaveTilesData:
    """The tiles' figures on ``today``."""
    figures = ledger(dossier, today, book)
    horizon = today + timedelta(days=EXPIRY_DAYS)
    soon = [(day, hours) for day, hours in hours_to_plan_before_expiry(figures) if day <= horizon]
    first, first_hours = soon[0] if soon else (None, ZERO)
    unplanned = ZERO
    if first is not None:
        unplanned = next(
            (p.still_to_plan for p in expiry_plans(dossier, figures, book) if p.expires == first),
            ZERO,
        )
    upcoming = sorted((e for e in dossier.leave if e.end >= today), key=lambda e: (e.start, e.id))
    next_entry = upcoming[0] if upcoming else None
    return LeaveTilesData(
        today=today,
        has_employment=bool(dossier.employment),
        total=figures.total,
        expiring=figures.expiring_within(EXPIRY_DAYS),
        first_expiry=first,
        first_expiry_hours=first_hours,
        first_expiry_unplanned=unplanned,
        next_entry=next_entry,
        next_hours=entry_hours(next_entry, dossier, book) if next_entry else ZERO,
        warnings=figures.warnings,
    )

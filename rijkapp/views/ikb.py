"""What the IKB page, its chart and the Overzicht tile show, worked out from the dossier and a day.

The plan is the one ``rijkapp.services.ikb.plan`` gives, so the figures agree with the leave
ledger; the summary up to today is the one ``balances --json`` prints (:func:`balances_section`
is built from it), so the page, the tile and the CLI say the same. Nothing here is text for a
user except what the core itself words (explanation lines, rule violations); the GUI words the
rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from rijkapp.calc.explain import Line
from rijkapp.calc.ikb import ChoiceCost, IkbYear, MonthRow, cutoff_date, fiscal_goals_on
from rijkapp.domain.records import Dossier, IkbChoice
from rijkapp.domain.values import ZERO, Money, plain
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Confidence, Rule, RuleBook, Source, TableRow
from rijkapp.services import ikb as ikb_service
from rijkapp.views.ikb_whatif import WhatIf, what_if

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

__all__ = [
    "AXIS_STEPS",
    "CUTOFF_RULE",
    "FIRST_YEAR",
    "REMINDER_DAYS",
    "ChartSeries",
    "ChoiceCost",
    "FiscalGoal",
    "IkbPageData",
    "IkbSummary",
    "IkbTileData",
    "IkbYear",
    "Line",
    "MonthRow",
    "Reminder",
    "When",
    "axis_ticks",
    "balances_section",
    "chart_series",
    "choices_in",
    "fiscal_goals",
    "goal_names",
    "ikb_page",
    "ikb_tile",
    "load_ikb",
    "month_lines",
    "reminder_for",
    "summarize",
    "year_lines",
]

FIRST_YEAR = 2020  # the IKB exists from 1 January 2020
CUTOFF_RULE = "ikb_cutoff_day"  # the rule book's default day; the user sets the real one
REMINDER_DAYS = 5  # how many days before the monthly cut-off the reminder shows


# ------------------------------------------------------------------ fiscal goals


@dataclass(frozen=True)
class FiscalGoal:
    """A fiscaal doel the IKB may pay for, as the rule book's ``fiscal_goals`` row has it."""

    code: str
    label_nl: str
    label_en: str
    max_per_year: Money | None  # None: no fixed maximum
    once_per_years: int  # 0 or 1: every year
    requires: str | None  # another goal it may only go with
    source: Source
    confidence: Confidence

    @classmethod
    def of(cls, row: TableRow) -> FiscalGoal:
        maximum = row.get("max_per_year")
        required = row.get("requires")
        return cls(
            code=str(row["code"]),
            label_nl=str(row["label_nl"]),
            label_en=str(row["label_en"]),
            max_per_year=Decimal(str(maximum)) if maximum else None,
            once_per_years=int(row.get("once_per_years") or 0),
            requires=str(required) if required else None,
            source=row.source,
            confidence=row.confidence,
        )

    def label(self, language: str) -> str:
        """The goal's name in ``language`` (the rule book has Dutch and English)."""
        return self.label_nl if language == "nl" else self.label_en


def fiscal_goals(day: date, book: RuleBook | None = None) -> tuple[FiscalGoal, ...]:
    """The fiscale doelen the IKB may pay for on ``day``."""
    return tuple(FiscalGoal.of(row) for row in fiscal_goals_on(book or default_rulebook(), day))


def goal_names(
    year: int, language: str, choices: Sequence[IkbChoice] = (), book: RuleBook | None = None
) -> dict[str, str]:
    """Code -> name of the goals of ``year`` (as on 31 December), and of every goal one of
    ``choices`` names that has since ended (its last name; an unknown code stays a code)."""
    book = book or default_rulebook()
    names = {goal.code: goal.label(language) for goal in fiscal_goals(date(year, 12, 31), book)}
    for choice in choices:
        if choice.goal and choice.goal not in names:
            ended = [row for row in book.table("fiscal_goals") if row["code"] == choice.goal]
            names[choice.goal] = FiscalGoal.of(ended[-1]).label(language) if ended else choice.goal
    return names


def choices_in(dossier: Dossier, year: int) -> tuple[IkbChoice, ...]:
    """The dossier's IKB choices for a month of ``year``."""
    return tuple(c for c in dossier.ikb_choices if c.month.year == year)


# ------------------------------------------------------------------ the figures up to today


class When(StrEnum):
    """A year against today: over, under way, or still to come."""

    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"

    @classmethod
    def of(cls, year: int, today: date) -> When:
        if year < today.year:
            return cls.PAST
        return cls.CURRENT if year == today.year else cls.FUTURE


@dataclass(frozen=True)
class IkbSummary:
    """The figures at the top of the IKB page (and on the tile), for one year on one day."""

    year: int
    when: When
    accrued_to_date: Money
    spent_to_date: Money
    available: Money
    payout: Money  # what is left, paid in December or after leaving
    payout_month: date | None
    leaving_date: date | None
    accrued_total: Money
    hours_bought: Decimal
    hours_buy_max: Decimal
    hours_sold: Decimal
    hours_sell_max: Decimal


def summarize(plan: IkbYear, today: date) -> IkbSummary:
    """Up to and including today's month, as ``balances --json`` counts (this year).

    A past year counts every month and every pay-out (nothing is left); a future year has not
    started, so nothing has accrued yet.
    """
    this_month = today.replace(day=1)
    when = When.of(plan.year, today)
    if when is When.PAST:
        done = list(plan.months)
        paid_before = sum((r.remainder_paid for r in done), ZERO)
    elif when is When.CURRENT:
        done = [r for r in plan.months if r.month <= this_month]
        paid_before = sum((r.remainder_paid for r in done if r.month < this_month), ZERO)
    else:
        done, paid_before = [], ZERO
    accrued = sum((r.accrued for r in done), ZERO)
    spent = sum((r.spent for r in done), ZERO)
    return IkbSummary(
        year=plan.year,
        when=when,
        accrued_to_date=accrued,
        spent_to_date=spent,
        available=accrued - spent - paid_before,
        payout=plan.paid_out_total,
        payout_month=plan.months[-1].month if plan.months else None,
        leaving_date=plan.leaving_date,
        accrued_total=plan.accrued_total,
        hours_bought=plan.hours_bought,
        hours_buy_max=plan.hours_buy_max,
        hours_sold=plan.hours_sold,
        hours_sell_max=plan.hours_sell_max,
    )


def balances_section(dossier: Dossier, on: date, book: RuleBook) -> dict[str, str | int]:
    """The ``ikb`` part of ``balances --json`` on ``on``: the IKB page's summary of ``on``'s year.

    The plan is the one the IKB page shows: the bought hours used before leaving service come
    from the leave ledger, so unused bought hours are paid back once and used ones not at all.

    ``projected_december_payout`` is the pay-out of what is left of the year's budget: in December
    normally, but for someone who leaves service in ``on``'s year it is the final pay-out after
    leaving (in the month after the last day, or December when leaving in December), with the
    reversed bought hours in it. The key keeps its name for the exchange format.
    """
    summary = summarize(ikb_service.plan(dossier, on.year, book, on), on)
    return {
        "year": summary.year,
        "accrued_to_date": plain(summary.accrued_to_date),
        "spent_to_date": plain(summary.spent_to_date),
        "available": plain(summary.available),
        "projected_year_total": plain(summary.accrued_total),
        "projected_december_payout": plain(summary.payout),
        "hours_bought": plain(summary.hours_bought, 0),
        "hours_buy_max": plain(summary.hours_buy_max, 0),
    }


@dataclass(frozen=True)
class Reminder:
    """This month's cut-off is near and these choices for the month are not marked submitted."""

    month: date
    cutoff: date
    choices: tuple[IkbChoice, ...]


def reminder_for(plan: IkbYear, choices: Sequence[IkbChoice], today: date) -> Reminder | None:
    """A reminder when the cut-off of today's month is at most 5 days away (not yet passed).

    Once it has passed, the choice is in ``IkbYear.past_cutoff`` and shown as overdue instead.
    """
    this_month = today.replace(day=1)
    row = next((r for r in plan.months if r.month == this_month), None)
    if row is None:
        return None
    pending = tuple(c for c in choices if c.month.replace(day=1) == this_month and not c.submitted)
    if not pending or not 0 <= (row.cutoff - today).days <= REMINDER_DAYS:
        return None
    return Reminder(this_month, row.cutoff, pending)


# ------------------------------------------------------------------ the page


@dataclass(frozen=True)
class IkbPageData:
    """One year of the IKB as the page shows it, worked out on the data thread."""

    today: date
    year: int
    years: tuple[int, ...]
    dossier: Dossier
    plan: IkbYear | None  # None without employment, or without a month employed in the year
    summary: IkbSummary | None
    reminder: Reminder | None
    choices: tuple[IkbChoice, ...]  # this year's
    cutoff_day: int | None  # the user's setting; None: the rule book's default
    default_cutoff_day: int
    cutoff_rule: Rule
    cutoffs: dict[date, date]  # month -> last day to submit in P-Direkt
    goals: dict[str, str]  # fiscaal doel code -> name
    # The what-if comparison with the saved choices as the own scenario and the usual union fee
    whatif: WhatIf | None = None

    @property
    def assumptions(self) -> tuple[Rule, ...]:
        """The unconfirmed rules the year's figures rest on, but the cut-off day: that one has a
        section of its own, where the user sets the real day."""
        plan = self.plan
        if plan is None:
            return ()
        return tuple(r for r in plan.unconfirmed_rules if r.key != CUTOFF_RULE)


def ikb_page(
    dossier: Dossier, year: int | None, today: date, language: str, book: RuleBook | None = None
) -> IkbPageData:
    """The IKB page for ``year`` (default, or a year out of range: today's), goal names in
    ``language``."""
    book = book or default_rulebook()
    starts = [e.valid_from.year for e in dossier.employment]
    first = max(FIRST_YEAR, min([*starts, today.year]))
    last = max([today.year + 1, *starts])
    years = tuple(range(first, last + 1))
    year = year if year in years else today.year
    day = ikb_service.cutoff_day(dossier)
    rule = book.get(CUTOFF_RULE, date(year, 1, 1))
    plan = ikb_service.plan(dossier, year, book, today) if dossier.employment else None
    if plan is not None and not plan.months:
        plan = None
    choices = choices_in(dossier, year)
    return IkbPageData(
        today=today,
        year=year,
        years=years,
        dossier=dossier,
        plan=plan,
        summary=summarize(plan, today) if plan is not None else None,
        reminder=reminder_for(plan, choices, today) if plan is not None else None,
        choices=choices,
        cutoff_day=day,
        default_cutoff_day=int(rule.decimal),
        cutoff_rule=rule,
        cutoffs={date(year, m, 1): cutoff_date(date(year, m, 1), book, day) for m in range(1, 13)},
        goals=goal_names(year, language, choices, book),
        whatif=what_if(dossier, year, today, choices, book=book) if plan is not None else None,
    )


def load_ikb(store: Store, year: int | None, today: date, language: str) -> IkbPageData:
    """Read the dossier and plan ``year`` (default: today's), with its what-if comparison, on the
    data thread."""
    return ikb_page(store.dossier(), year, today, language)


def _year_start(lines: list[Line]) -> int:
    """Where the months begin: the plan opens with the lines about the whole year (the buy and
    sell maxima, dated 1 January, their amounts in hours); the first month opens with its
    salaris (rule ``ikb_base``)."""
    return next(
        (i for i, line in enumerate(lines) if line.rule is None or line.rule.key == "ikb_base"),
        len(lines),
    )


def year_lines(plan: IkbYear) -> list[Line]:
    """All lines of the year, in euros: the maxima keep their hours in their text only."""
    lines = list(plan.lines)
    start = _year_start(lines)
    return [replace(line, amount=None) for line in lines[:start]] + lines[start:]


def month_lines(plan: IkbYear, month: date) -> list[Line]:
    """The explanation lines of one month: its accrual, its choices, its pay-out."""
    lines = list(plan.lines)
    return [
        line
        for line in lines[_year_start(lines) :]
        if line.on is not None and line.on.replace(day=1) == month
    ]


# ------------------------------------------------------------------ the chart

AXIS_STEPS = tuple(
    Decimal(step)
    for step in (50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000)
)


@dataclass(frozen=True)
class ChartSeries:
    """The year in twelve points: running totals of what accrued and what is spent, and what is
    paid out in each month (extra pay-outs, sold hours and the remainder)."""

    year: int
    months: tuple[date, ...]
    accrued: tuple[Money, ...]
    spent: tuple[Money, ...]
    paid: tuple[Money, ...]
    accrued_total: Money  # the plan's own totals, for the chart's description
    spent_total: Money

    @property
    def top(self) -> Money:
        return max((ZERO, *self.accrued, *self.spent, *self.paid))

    @property
    def paid_total(self) -> Money:
        return sum(self.paid, ZERO)


def chart_series(plan: IkbYear) -> ChartSeries:
    """Every month of the plan's year; a month without employment repeats the running totals."""
    rows = {row.month: row for row in plan.months}
    months = tuple(date(plan.year, m, 1) for m in range(1, 13))
    accrued_now = spent_now = ZERO
    accrued, spent, paid = [], [], []
    for month in months:
        row = rows.get(month)
        paid_now = ZERO
        if row is not None:
            accrued_now, spent_now = row.accrued_cumulative, row.spent_cumulative
            paid_now = row.payout + row.remainder_paid + row.sold_value
        accrued.append(accrued_now)
        spent.append(spent_now)
        paid.append(paid_now)
    return ChartSeries(
        year=plan.year,
        months=months,
        accrued=tuple(accrued),
        spent=tuple(spent),
        paid=tuple(paid),
        accrued_total=plan.accrued_total,
        spent_total=plan.spent_total,
    )


def axis_ticks(top: Decimal, ticks: int = 5) -> tuple[Decimal, ...]:
    """The amounts on the chart's axis from 0: the smallest round step that reaches ``top`` in
    at most ``ticks`` steps (so € 7.920 gets 0, 2.000, …, 8.000)."""
    top = max(top, Decimal(1))
    step = next((s for s in AXIS_STEPS if s * ticks >= top), AXIS_STEPS[-1])
    count = int((top / step).to_integral_value(rounding=ROUND_CEILING))
    return tuple(step * tick for tick in range(count + 1))


# ------------------------------------------------------------------ the Overzicht tile


@dataclass(frozen=True)
class IkbTileData:
    """The IKB tile: the figures of this year up to today, the reminder and overdue choices."""

    today: date
    has_employment: bool
    summary: IkbSummary | None  # None: no IKB budget this year
    reminder: Reminder | None
    overdue: tuple[IkbChoice, ...]
    lines: tuple[Line, ...]  # how this month's budget is made up, with the rules (at most 3)


def ikb_tile(dossier: Dossier, today: date, book: RuleBook | None = None) -> IkbTileData:
    """The tile on ``today``: the same plan and summary as the IKB page for this year."""
    if not dossier.employment:
        return IkbTileData(today, False, None, None, (), ())
    plan = ikb_service.plan(dossier, today.year, book or default_rulebook(), today)
    if not plan.months:
        return IkbTileData(today, True, None, None, (), ())
    this_month = today.replace(day=1)
    lines = tuple(
        line
        for line in plan.lines
        if line.on is not None
        and line.on.replace(day=1) == this_month
        and line.rule is not None
        and line.amount is not None
    )
    return IkbTileData(
        today=today,
        has_employment=True,
        summary=summarize(plan, today),
        reminder=reminder_for(plan, choices_in(dossier, today.year), today),
        overdue=plan.past_cutoff,
        lines=lines[:3],
    )

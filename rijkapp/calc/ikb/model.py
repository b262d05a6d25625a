"""What an IKB calculation returns: a month's accrual, a choice's cost, a year's plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rijkapp.calc.explain import Line
from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import IkbChoice
from rijkapp.domain.values import Hours, Money, money
from rijkapp.rules.book import Rule

HUNDRED = Decimal(100)
FIRST_IKB_DAY = date(2020, 1, 1)


@dataclass(frozen=True)
class MonthAccrual:
    """The IKB budget that accrues in one month."""

    month: date
    base: Money  # salaris for the month: scale amount x hours / 36, pro rata by days employed
    percentage: Decimal  # e.g. 16.50
    floor: Money | None  # the minimum compared with (pro rata), None when no floor applies
    floor_applied: bool
    amount: Money
    employed_days: int
    days_in_month: int
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class ChoiceCost:
    """What one IKB choice costs the budget, and what it pays out on top of it."""

    index: int  # position in the choices tuple (``ikb_choices[index]``)
    choice: IkbChoice
    cost: Money  # taken from the budget: payout, bought hours, fiscal goal
    paid_on_top: Money  # sold hours: paid out, not taken from the budget
    per_hour: Money | None  # price of a bought hour or value of a sold hour
    line: Line


@dataclass(frozen=True)
class MonthRow:
    month: date
    accrued: Money
    accrued_cumulative: Money
    payout: Money  # extra pay-outs chosen (from the budget)
    hours_bought: Hours
    buy_cost: Money
    fiscal_goals: Money
    reversed: Money  # unused bought hours reversed on leaving: back into the budget
    spent: Money  # payout + buy_cost + fiscal_goals - reversed
    spent_cumulative: Money
    remainder_paid: Money  # what is left, paid out (December, or after leaving)
    available: Money  # at the end of the month, after any remainder pay-out
    hours_sold: Hours
    sold_value: Money  # paid on top of the budget
    cutoff: date  # last day to enter this month's choices in the P-Direktportaal
    employed: bool
    projected: bool  # after ``on``: on the terms in force on ``on``
    choices: tuple[ChoiceCost, ...]


@dataclass(frozen=True)
class IkbYear:
    year: int
    months: tuple[MonthRow, ...]
    accrued_total: Money
    spent_total: Money
    paid_out_total: Money  # remainder pay-outs (December, or after leaving)
    december_payout: Money
    sold_value_total: Money  # sold hours, paid on top of the budget
    hours_bought: Hours
    hours_buy_max: Hours
    hours_sold: Hours
    hours_sell_max: Hours
    leaving_date: date | None
    lines: tuple[Line, ...]
    violations: tuple[RuleViolation, ...]
    unconfirmed_rules: tuple[Rule, ...]
    past_cutoff: tuple[IkbChoice, ...]  # not marked submitted, and the month's cut-off has passed

    @property
    def available(self) -> Money:
        return self.months[-1].available if self.months else money(0)

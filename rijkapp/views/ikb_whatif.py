"""What if: the IKB year with other choices, side by side, worked out in memory and saved nowhere.

Every scenario is ``rijkapp.services.ikb.plan(..., choices=...)`` for the same year: the choices
as saved, no choices at all (everything paid in December), 40 IKB-uren bought in the first month
in which enough has accrued, the union fee as a fiscaal doel in December, and a scenario of the
user's own. Choices of other years stay in every scenario, so a goal's "once in so many years"
still counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from rijkapp.calc.ikb import IkbYear
from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO, Money
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import RuleBook
from rijkapp.services import ikb as ikb_service

BUY_HOURS = Decimal(40)
UNION_FEE = Decimal("240.00")  # a year's union fee to start the comparison with
UNION_GOAL = "vakbondscontributie"


class ScenarioKey(StrEnum):
    """The scenarios compared, in the order they are shown."""

    PLANNED = "planned"
    NOTHING = "nothing"
    BUY = "buy40"
    UNION = "union"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Scenario:
    """One column of the comparison: the year's plan with one set of choices."""

    key: ScenarioKey
    plan: IkbYear

    @property
    def paid_during_year(self) -> Money:
        return paid_during_year(self.plan)

    @property
    def final_payout(self) -> Money:
        """What is left at the end: paid in December, or after leaving service."""
        plan = self.plan
        return plan.paid_out_total if plan.leaving_date else plan.december_payout


@dataclass(frozen=True)
class WhatIf:
    """The scenarios of one year, and what the "buy 40 hours" and "union fee" ones assumed."""

    year: int
    scenarios: tuple[Scenario, ...]
    buy_hours: Decimal
    buy_month: date | None  # None: buying them breaks a rule in every month
    buy_cost: Money
    union_amount: Decimal | None
    custom: tuple[IkbChoice, ...] = ()  # the own scenario's choices, by month

    def answers(self, year: int, custom: Sequence[IkbChoice], union_amount: Decimal | None) -> bool:
        """Whether this is the comparison of ``year`` with these own choices and union fee."""
        return (
            self.year == year
            and self.custom == by_month(custom)
            and self.union_amount == union_amount
        )

    def scenario(self, key: ScenarioKey) -> Scenario:
        return next(s for s in self.scenarios if s.key is key)


def by_month(choices: Sequence[IkbChoice]) -> tuple[IkbChoice, ...]:
    """Choices in the order of their months."""
    return tuple(sorted(choices, key=lambda c: c.month))


def paid_during_year(plan: IkbYear) -> Money:
    """Money to you before the final pay-out: extra pay-outs and sold hours (and any pay-out
    after leaving that falls before December)."""
    extra = sum((r.payout for r in plan.months), ZERO)
    early = sum((r.remainder_paid for r in plan.months if r.month.month != 12), ZERO)
    return extra + plan.sold_value_total + early


def other_years(dossier: Dossier, year: int) -> tuple[IkbChoice, ...]:
    """The saved choices outside ``year``: every scenario keeps them."""
    return tuple(c for c in dossier.ikb_choices if c.month.year != year)


def first_month_to_buy(
    dossier: Dossier,
    year: int,
    today: date,
    count: Decimal,
    base: tuple[IkbChoice, ...],
    *,
    book: RuleBook | None = None,
) -> tuple[date | None, IkbYear]:
    """The first month of ``year`` in which buying ``count`` hours breaks no rule, and its plan.

    Without such a month: None and the plan with the purchase in December (it says why not).
    """
    book = book or default_rulebook()
    plan = None
    for number in range(1, 13):
        choice = IkbChoice(
            "whatif-buy", date(year, number, 1), IkbChoiceKind.BUY_HOURS, hours=to_hours(count)
        )
        plan = ikb_service.plan(dossier, year, book, today, choices=(*base, choice))
        if not plan.violations:
            return choice.month, plan
    assert plan is not None
    return None, plan


def what_if(
    dossier: Dossier,
    year: int,
    today: date,
    custom: Sequence[IkbChoice],
    union_amount: Decimal | None = UNION_FEE,
    *,
    book: RuleBook | None = None,
) -> WhatIf:
    """Every scenario of ``year``; ``custom`` are the choices of the user's own scenario."""
    book = book or default_rulebook()
    base = other_years(dossier, year)
    fee = to_money(union_amount) if union_amount else None
    union = IkbChoice(
        "whatif-union", date(year, 12, 1), IkbChoiceKind.FISCAL_GOAL, amount=fee, goal=UNION_GOAL
    )
    buy_month, buy_plan = first_month_to_buy(dossier, year, today, BUY_HOURS, base, book=book)
    own = (*base, *by_month(custom))
    scenarios = (
        Scenario(ScenarioKey.PLANNED, ikb_service.plan(dossier, year, book, today)),
        Scenario(ScenarioKey.NOTHING, ikb_service.plan(dossier, year, book, today, choices=base)),
        Scenario(ScenarioKey.BUY, buy_plan),
        Scenario(
            ScenarioKey.UNION,
            ikb_service.plan(dossier, year, book, today, choices=(*base, union)),
        ),
        Scenario(ScenarioKey.CUSTOM, ikb_service.plan(dossier, year, book, today, choices=own)),
    )
    return WhatIf(
        year=year,
        scenarios=scenarios,
        buy_hours=BUY_HOURS,
        buy_month=buy_month,
        buy_cost=next((c.cost for r in buy_plan.months for c in r.choices), ZERO),
        union_amount=union_amount,
        custom=by_month(custom),
    )

"""A year's IKB plan month by month, the choices checked against the rules on the way."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp.calc import leave as leave_calc
from rijkapp.calc.career import add_months
from rijkapp.calc.explain import Line
from rijkapp.calc.ikb.accrual import month_accrual
from rijkapp.calc.ikb.goals import goal_label, goal_row
from rijkapp.calc.ikb.maxima import buy_maximum, sell_maximum
from rijkapp.calc.ikb.messages import (
    MSG_AMOUNT_MISSING,
    MSG_BUY_CAP,
    MSG_BUY_NOT_ACCRUED,
    MSG_GOAL_MAX,
    MSG_GOAL_MISSING,
    MSG_GOAL_ONCE,
    MSG_GOAL_REQUIRES,
    MSG_GOAL_UNKNOWN,
    MSG_HOURS_MISSING,
    MSG_NO_EMPLOYMENT,
    MSG_NO_IKB,
    MSG_NOT_WHOLE,
    MSG_SELL_CAP,
    MSG_SPEND_NOT_ACCRUED,
)
from rijkapp.calc.ikb.model import ChoiceCost, IkbYear, MonthRow
from rijkapp.calc.ikb.prices import price_of_hour, value_of_sold_hour
from rijkapp.calc.ikb.terms import Rules, Terms, months_of
from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO, Hours, Money, hours, money
from rijkapp.i18n import N_
from rijkapp.message import Compact, Euro, Message, Month, Value
from rijkapp.rules.book import RuleBook


def cutoff_date(month: date, book: RuleBook, cutoff_day: int | None = None) -> date:
    """The last day to enter ``month``'s IKB choices: the user's day, or the rule book default."""
    day = cutoff_day if cutoff_day is not None else int(book.get("ikb_cutoff_day", month).decimal)
    last = calendar.monthrange(month.year, month.month)[1]
    return date(month.year, month.month, max(1, min(day, last)))


# ------------------------------------------------------------------ the year


def _reversal(bought: list[tuple[date, int, Hours, Money]], used: Hours) -> tuple[Hours, Money]:
    """Bought hours not used, and their money at the price each was bought for.

    The earliest purchases are taken as used first, so the unused ones are the latest.
    """
    still_used = max(used, ZERO)
    unused = ZERO
    refund = ZERO
    for _month, _index, count, price in sorted(bought):
        taken = min(count, still_used)
        still_used -= taken
        if count > taken:
            unused += count - taken
            refund += money((count - taken) * price)
    return hours(unused), money(refund)


class _YearPlanner:
    """Builds one year's plan and checks that year's choices against the rules on the way."""

    def __init__(
        self,
        dossier: Dossier,
        year: int,
        book: RuleBook,
        *,
        on: date | None,
        choices: Sequence[IkbChoice],
        bought_hours_used: Hours,
        cutoff_day: int | None,
    ) -> None:
        self.year = year
        self.book = book
        self.on = on
        self.choices = choices
        self.bought_hours_used = bought_hours_used
        self.cutoff_day = cutoff_day
        self.rules = Rules(book)
        self.records = dossier.employment
        self.terms = Terms(dossier.employment, on)
        self.found: list[tuple[int, RuleViolation]] = []
        self.lines: list[Line] = []
        self.buy_max, buy_line = buy_maximum(self.terms, year, self.rules)
        self.sell_max, sell_line = sell_maximum(dossier, self.terms, year, self.rules)
        self.lines.extend(line for line in (buy_line, sell_line) if line is not None)
        # Running totals, in the order of the months.
        self.accrued = ZERO
        self.spent = ZERO
        self.available = ZERO
        self.bought_total = ZERO
        self.sold_total = ZERO
        self.bought: list[tuple[date, int, Hours, Money]] = []
        self.goal_totals: dict[str, Decimal] = {}

    # -- violations

    def violation(self, index: int, name: str, template: str, **params: Value) -> None:
        field = f"ikb_choices[{index}].{name}"
        self.found.append((index, RuleViolation(field, template, **params)))

    # -- the shape of the year

    def schedule(self) -> tuple[list[date], date | None, date | None]:
        """The months to show, the leaving date (if this year), and the month of the pay-out."""
        employed = [m for m in months_of(self.year) if self.terms.stretches(m)]
        if not employed or self.book.find("ikb_percentage", date(self.year, 12, 31)) is None:
            return [], None, None  # no employment, or a year before the IKB existed
        december = date(self.year, 12, 1)
        payout = date(self.year, int(self.rules.get("ikb_payout_month", december).decimal), 1)
        # The same leaving day as the leave ledger: also a last day on 31 December is leaving.
        leaving = leave_calc.leaving_day(self.records, self.year)
        if leaving is not None:
            after = int(self.rules.get("ikb_leaving_payout_after_months", leaving).decimal)
            # Leaving in December: the December pay-out is within the two months as well.
            payout = min(add_months(leaving.replace(day=1), after), december)
        last = max(employed[-1], payout)
        return [m for m in months_of(self.year) if employed[0] <= m <= last], leaving, payout

    def place(self) -> dict[date, list[tuple[int, IkbChoice]]]:
        """This year's choices by month; a choice that cannot be placed is a violation."""
        placed: dict[date, list[tuple[int, IkbChoice]]] = {}
        mine = [(i, c) for i, c in enumerate(self.choices) if c.month.year == self.year]
        for index, choice in sorted(mine, key=lambda item: (item[1].month, item[0])):
            month = choice.month.replace(day=1)
            if self.book.find("ikb_percentage", month) is None:
                self.violation(index, "month", MSG_NO_IKB, month=Month(month))
            elif not self.terms.stretches(month):
                self.violation(index, "month", MSG_NO_EMPLOYMENT, month=Month(month))
            elif self.fields_complete(index, choice):
                placed.setdefault(month, []).append((index, choice))
        return placed

    def fields_complete(self, index: int, choice: IkbChoice) -> bool:
        if choice.kind in (IkbChoiceKind.PAYOUT, IkbChoiceKind.FISCAL_GOAL):
            complete = True
            if choice.amount is None or choice.amount <= 0:
                self.violation(index, "amount", MSG_AMOUNT_MISSING)
                complete = False
            if choice.kind is IkbChoiceKind.FISCAL_GOAL and not choice.goal:
                self.violation(index, "goal", MSG_GOAL_MISSING)
                complete = False
            return complete
        if choice.hours is None or choice.hours <= 0:
            self.violation(index, "hours", MSG_HOURS_MISSING)
            return False
        return True

    # -- one choice

    def cost(self, index: int, choice: IkbChoice) -> ChoiceCost:
        month = choice.month.replace(day=1)
        when = Month(month)
        count = choice.hours or ZERO
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            price, price_line = price_of_hour(self.terms, month, self.rules)
            cost = money(count * price)
            text = Message(
                N_("{hours} IKB hours bought in {month} at {price} an hour: {cost}."),
                hours=Compact(count),
                month=when,
                price=Euro(price),
                cost=Euro(cost),
            )
            return ChoiceCost(
                index, choice, cost, money(0), price, Line(month, text, cost, price_line.rule)
            )
        if choice.kind is IkbChoiceKind.SELL_HOURS:
            value, value_line = value_of_sold_hour(self.terms, month, self.rules)
            paid = money(count * value)
            text = Message(
                N_(
                    "{hours} IKB-uren sold in {month} at {value} an hour: {paid}, "
                    "paid on top of the budget."
                ),
                hours=Compact(count),
                month=when,
                value=Euro(value),
                paid=Euro(paid),
            )
            return ChoiceCost(
                index, choice, money(0), paid, value, Line(month, text, paid, value_line.rule)
            )
        amount = money(choice.amount or ZERO)
        if choice.kind is IkbChoiceKind.PAYOUT:
            text = Message(
                N_("Extra pay-out in {month}: {amount}."), month=when, amount=Euro(amount)
            )
        else:
            row = goal_row(self.book, choice.goal or "", month)
            text = Message(
                N_("Fiscal goal '{goal}' in {month}: {amount}."),
                goal=goal_label(row) if row else choice.goal or "",
                month=when,
                amount=Euro(amount),
            )
        return ChoiceCost(index, choice, amount, money(0), None, Line(month, text, amount))

    def apply(self, index: int, choice: IkbChoice, month: date) -> ChoiceCost:
        """Cost one choice, add it to the running totals and check the rules it touches."""
        cost = self.cost(index, choice)
        self.lines.append(cost.line)
        count = choice.hours or ZERO
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            self.bought_total += count
            self.bought.append((month, index, count, cost.per_hour or ZERO))
            self.check_buy(index, count, month)
        elif choice.kind is IkbChoiceKind.SELL_HOURS:
            self.sold_total += count
            if self.sold_total > self.sell_max:
                self.violation(
                    index,
                    "hours",
                    MSG_SELL_CAP,
                    max=Compact(self.sell_max),
                    year=self.year,
                    total=Compact(self.sold_total),
                )
        elif choice.kind is IkbChoiceKind.FISCAL_GOAL:
            self.check_goal(index, choice, month)
        if cost.cost > 0:
            self.spent += cost.cost
            if self.spent > self.accrued:
                self.check_accrued(index, choice, cost, month)
        return cost

    def check_buy(self, index: int, count: Hours, month: date) -> None:
        if self.rules.flag("ikb_buy_whole_hours", month) and count != count.to_integral_value():
            self.violation(index, "hours", MSG_NOT_WHOLE, hours=Compact(count))
        if self.bought_total > self.buy_max:
            self.violation(
                index,
                "hours",
                MSG_BUY_CAP,
                max=Compact(self.buy_max),
                year=self.year,
                fulltime_max=Compact(self.rules.get("ikb_buy_max_hours_fulltime", month).decimal),
                fulltime_hours=Compact(self.rules.get("ikb_fulltime_hours", month).decimal),
                total=Compact(self.bought_total),
            )

    def check_accrued(self, index: int, choice: IkbChoice, cost: ChoiceCost, month: date) -> None:
        """Spending up to this month exceeds what has accrued by its end."""
        self.rules.get("ikb_spend_only_accrued", month)
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            self.violation(
                index,
                "hours",
                MSG_BUY_NOT_ACCRUED,
                month=Month(month),
                accrued=Euro(self.accrued),
                hours=Compact(choice.hours or ZERO),
                cost=Euro(cost.cost),
                spent=Euro(self.spent),
            )
        else:
            self.violation(
                index,
                "amount",
                MSG_SPEND_NOT_ACCRUED,
                month=Month(month),
                accrued=Euro(self.accrued),
                spent=Euro(self.spent),
            )

    def check_goal(self, index: int, choice: IkbChoice, month: date) -> None:
        code = choice.goal or ""
        row = goal_row(self.book, code, month)
        if row is None:
            self.violation(index, "goal", MSG_GOAL_UNKNOWN, goal=code, month=Month(month))
            return
        self.rules.row("fiscal_goals", row)
        label = goal_label(row)
        self.goal_totals[code] = self.goal_totals.get(code, ZERO) + (choice.amount or ZERO)
        maximum = row.get("max_per_year")
        if maximum and self.goal_totals[code] > Decimal(str(maximum)):
            self.violation(
                index,
                "amount",
                MSG_GOAL_MAX,
                max=Euro(Decimal(str(maximum))),
                goal=label,
                year=self.year,
                total=Euro(self.goal_totals[code]),
            )
        once = int(row.get("once_per_years") or 0)
        earlier = sorted({y for y in self.goal_years(code) if 0 < self.year - y < once})
        if earlier:
            self.violation(
                index,
                "month",
                MSG_GOAL_ONCE,
                goal=label,
                years=once,
                earlier=", ".join(str(y) for y in earlier),
            )
        required = row.get("requires")
        if required:
            required_row = goal_row(self.book, str(required), month)
            window = int(required_row.get("once_per_years") or 1) if required_row else 1
            if not any(0 <= self.year - y < window for y in self.goal_years(str(required))):
                self.violation(
                    index,
                    "goal",
                    MSG_GOAL_REQUIRES,
                    goal=label,
                    required=goal_label(required_row) if required_row else str(required),
                    years=window,
                )

    def goal_years(self, code: str) -> set[int]:
        """The years (any year, not only this one) with a choice for fiscal goal ``code``."""
        return {
            c.month.year
            for c in self.choices
            if c.kind is IkbChoiceKind.FISCAL_GOAL and c.goal == code
        }

    # -- one month

    def reverse_unused(self, month: date, leaving: date) -> Money:
        """On leaving: bought hours not used return to the budget (to be paid out)."""
        rule = self.rules.get("ikb_leaving_reverse_unused_bought", leaving)
        if not self.bought or rule.value is not True:
            return money(0)
        unused, refund = _reversal(self.bought, self.bought_hours_used)
        if unused > 0:
            text = Message(
                N_(
                    "{hours} bought IKB hours not used by leaving service are reversed: "
                    "{amount} returns to the budget."
                ),
                hours=Compact(unused),
                amount=Euro(refund),
            )
            self.lines.append(Line(month, text, refund, rule))
        return refund

    def month_row(
        self,
        month: date,
        placed: list[tuple[int, IkbChoice]],
        leaving: date | None,
        payout_month: date | None,
    ) -> MonthRow:
        accrual = month_accrual(self.terms, month, self.rules)
        self.lines.extend(accrual.lines)
        self.accrued += accrual.amount
        costs = tuple(self.apply(index, choice, month) for index, choice in placed)

        def total(kind: IkbChoiceKind) -> Money:
            return money(sum((c.cost for c in costs if c.choice.kind is kind), ZERO))

        def hours_of(kind: IkbChoiceKind) -> Hours:
            return hours(
                sum((c.choice.hours or ZERO for c in costs if c.choice.kind is kind), ZERO)
            )

        is_payout_month = month == payout_month
        reversed_money = (
            self.reverse_unused(month, leaving) if leaving and is_payout_month else money(0)
        )
        self.spent -= reversed_money
        spent = sum((c.cost for c in costs), ZERO) - reversed_money
        self.available += accrual.amount - spent
        remainder = money(0)
        if is_payout_month:
            remainder = max(self.available, money(0))
            self.available -= remainder
            key = "ikb_leaving_payout_after_months" if leaving else "ikb_payout_month"
            text = Message(
                N_("What is left of the IKB budget is paid out in {month}: {amount}."),
                month=Month(month),
                amount=Euro(remainder),
            )
            self.lines.append(Line(month, text, remainder, self.rules.get(key, month)))
        return MonthRow(
            month=month,
            accrued=accrual.amount,
            accrued_cumulative=money(self.accrued),
            payout=total(IkbChoiceKind.PAYOUT),
            hours_bought=hours_of(IkbChoiceKind.BUY_HOURS),
            buy_cost=total(IkbChoiceKind.BUY_HOURS),
            fiscal_goals=total(IkbChoiceKind.FISCAL_GOAL),
            reversed=reversed_money,
            spent=money(spent),
            spent_cumulative=money(self.spent),
            remainder_paid=remainder,
            available=money(self.available),
            hours_sold=hours_of(IkbChoiceKind.SELL_HOURS),
            sold_value=money(sum((c.paid_on_top for c in costs), ZERO)),
            cutoff=cutoff_date(month, self.book, self.cutoff_day),
            employed=bool(self.terms.stretches(month)),
            projected=self.terms.projected(month),
            choices=costs,
        )

    # -- the whole year

    def build(self) -> tuple[IkbYear, list[tuple[int, RuleViolation]]]:
        months, leaving, payout_month = self.schedule()
        placed = self.place()
        rows = tuple(
            self.month_row(month, placed.get(month, []), leaving, payout_month) for month in months
        )
        past_cutoff: tuple[IkbChoice, ...] = ()
        if self.on is not None:
            on = self.on
            past_cutoff = tuple(
                c
                for c in self.choices
                if c.month.year == self.year
                and not c.submitted
                and on > cutoff_date(c.month, self.book, self.cutoff_day)
            )
        found = sorted(self.found, key=lambda item: item[0])
        plan = IkbYear(
            year=self.year,
            months=rows,
            accrued_total=money(sum((r.accrued for r in rows), ZERO)),
            spent_total=money(sum((r.spent for r in rows), ZERO)),
            paid_out_total=money(sum((r.remainder_paid for r in rows), ZERO)),
            december_payout=money(
                sum((r.remainder_paid for r in rows if r.month.month == 12), ZERO)
            ),
            sold_value_total=money(sum((r.sold_value for r in rows), ZERO)),
            hours_bought=hours(self.bought_total),
            hours_buy_max=self.buy_max,
            hours_sold=hours(self.sold_total),
            hours_sell_max=self.sell_max,
            leaving_date=leaving,
            lines=tuple(self.lines),
            violations=tuple(violation for _index, violation in found),
            unconfirmed_rules=self.rules.unconfirmed(),
            past_cutoff=past_cutoff,
        )
        return plan, found


# ------------------------------------------------------------------ public API


def bought_hours_used(dossier: Dossier, year: int, book: RuleBook) -> Hours:
    """Bought hours of ``year`` taken as leave by the last day of employment, when leaving then.

    The one implementation for every caller (the IKB page, ``balances --json``): the hours bought
    in ``year`` minus what the leave ledger reverses on leaving service
    (:func:`rijkapp.calc.leave.reversed_on_leaving`), so the plan pays back exactly the hours
    that leave the ledger. 0 without leaving service in ``year`` or without purchases.
    """
    return _bought_hours_used(dossier, year, book)


def _bought_hours_used(dossier: Dossier, year: int, book: RuleBook) -> Hours:
    bought = sum(
        (
            c.hours or ZERO
            for c in dossier.ikb_choices
            if c.kind is IkbChoiceKind.BUY_HOURS and c.month.year == year
        ),
        ZERO,
    )
    if bought <= 0 or leave_calc.leaving_day(dossier.employment, year) is None:
        return ZERO
    return max(ZERO, bought - leave_calc.reversed_on_leaving(dossier, year, book))


def year_plan(
    dossier: Dossier,
    year: int,
    book: RuleBook,
    *,
    on: date | None = None,
    choices: tuple[IkbChoice, ...] | None = None,
    bought_hours_used: Hours | None = None,
    cutoff_day: int | None = None,
) -> IkbYear:
    """The IKB month by month for ``year``: accrual, choices, balance and pay-out.

    ``choices`` replaces the dossier's choices for a what-if (nothing is saved). With ``on``,
    months after ``on``'s month are projected on the terms in force on ``on``.
    ``bought_hours_used``: bought hours of this year already taken as leave, for the reversal on
    leaving service; by default the leave ledger says (:func:`bought_hours_used`, with the what-if
    ``choices``). ``cutoff_day``: the user's monthly P-Direkt cut-off day (default: the rule
    book's).
    """
    chosen = dossier.ikb_choices if choices is None else choices
    if bought_hours_used is None:
        subject = dossier if choices is None else replace(dossier, ikb_choices=tuple(choices))
        bought_hours_used = _bought_hours_used(subject, year, book)
    plan, _found = _YearPlanner(
        dossier,
        year,
        book,
        on=on,
        choices=chosen,
        bought_hours_used=bought_hours_used,
        cutoff_day=cutoff_day,
    ).build()
    return plan


def projection(dossier: Dossier, on: date, book: RuleBook) -> IkbYear:
    """The year of ``on``: the past from the records, the rest of the year on current terms."""
    return year_plan(dossier, on.year, book, on=on)


def validate_choices(
    dossier: Dossier, book: RuleBook, choices: Sequence[IkbChoice] | None = None
) -> list[RuleViolation]:
    """Every CAO rule the IKB choices break, with the field at fault (``ikb_choices[2].hours``)."""
    chosen = tuple(dossier.ikb_choices if choices is None else choices)
    found: list[tuple[int, RuleViolation]] = []
    for year in sorted({choice.month.year for choice in chosen}):
        # The reversal on leaving comes after every check of its month, so the rules broken do
        # not depend on the bought hours used: no leave ledger is needed here.
        planner = _YearPlanner(
            dossier, year, book, on=None, choices=chosen, bought_hours_used=ZERO, cutoff_day=None
        )
        found.extend(planner.build()[1])
    return [violation for _index, violation in sorted(found, key=lambda item: item[0])]

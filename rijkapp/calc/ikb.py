"""The individueel keuzebudget (IKB): monthly accrual, choices, pay-out, and what may be chosen.

Pure functions of the employee's records, a date or year and the rule book: no database, no clock,
no Qt. Every figure comes with the lines that make it up and the rules behind them.

Decisions where the CAO and P-Direkt are silent (each one is also a rule or a test):

- **Part months.** A month in which the employment starts, ends or changes is pro rata by
  calendar days, as payroll pays the salary: each stretch of days contributes its monthly IKB
  times days / days in the month, and the sum is rounded to cents once.
- **Rounding.** The monthly salaris (scale amount x hours / 36) is rounded to cents, as payroll
  pays it; the IKB is rounded to cents once per month. Hourly values (salaris per uur,
  maandinkomen per uur, price of an hour) are rounded to cents before they are multiplied by hours.
- **Selling hours** pays money out on top of the budget; it does not spend the budget. A plan
  shows it as its own pay-out column, outside "spent", so that accrued = spent + paid out +
  available holds to the cent.
- **Leaving service.** The last day of employment in the year when no employment follows the
  next day (:func:`rijkapp.calc.leave.leaving_day`, the ledger's own definition), also when that
  day is 31 December. Accrual stops after the last day; the remainder is paid in the month after
  leaving (the rule says within two months), or in December when leaving in December. Bought hours
  not used are reversed at the price they were bought for, the latest purchase first. How many
  bought hours were used only the leave ledger knows: :func:`bought_hours_used` asks it, for every
  caller, and the ledger takes exactly the rest out as "reversed on leaving service".
- **Buy maximum.** 187 x average contract hours of the year / 36 over the days employed, rounded
  down; a part year is not cut further (the accrued budget limits it anyway).
- **Sell maximum.** From 2023 32 + the transition extra of each day, pro rata to the hours and
  days employed, rounded up once like IKB-uren (pro rata unconfirmed). Membership of a transition
  group and the extra are decided by :mod:`rijkapp.calc.transition`, the same function the
  IKB-uren use, so the extra stops on the AOW date in both. 2020-2022: all IKB-uren of the year
  by the same age table as the ledger (unknown birth date: the youngest band). Whether the hours are
  still there to sell, and that bought hours are not resold, only the leave ledger can tell.
- **Buy price.** ``salaris per uur x (1 + IKB%)`` until 2024-06-30, ``maandinkomen per uur`` of
  the month before from 2024-07-01 (switch date unconfirmed: the earliest date the new text is
  evidenced for; without toelagen both give the same price). Part-timers are priced at full time.
- **Spending rule.** Up to any month, payouts + bought hours + fiscal goals never exceed what has
  accrued by the end of that month. Every choice counts, refused or not, so that a plan without
  violations never has a negative balance, and a violation marks exactly where it turns negative.
- **Projection.** With ``on``, months after ``on``'s month use the terms in force on ``on``;
  whether and until when one is employed still comes from the records (a planned leaving stays).
- **Available on a date** is the balance after the choices of that month, before that month's
  automatic pay-out of the remainder (one can still choose until the cut-off).
- **Cut-off.** The monthly P-Direkt cut-off day is the user's setting (``cutoff_day``); the rule
  book only holds a default, which is not listed among the assumptions of a calculation.
- **Fiscal goals.** ``once_per_years`` counts calendar years back from the later choice; a goal
  with ``requires`` (fietsverzekering) needs that goal chosen within its period.
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from rijkapp import formatting as fmt
from rijkapp.calc import leave as leave_calc
from rijkapp.calc import transition
from rijkapp.calc.career import add_months
from rijkapp.calc.explain import Line
from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import (
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    employment_on,
)
from rijkapp.domain.values import (
    ZERO,
    Hours,
    Money,
    hours,
    money,
    plain,
    round_down_whole,
    round_up_whole,
)
from rijkapp.i18n import N_, language
from rijkapp.i18n import gettext as _
from rijkapp.rules.book import Confidence, Rule, RuleBook, TableRow

HUNDRED = Decimal(100)
FIRST_IKB_DAY = date(2020, 1, 1)

# ------------------------------------------------------------------ messages (translated later)

MSG_NO_IKB = N_("There is no IKB in {month}: the IKB exists from January 2020.")
MSG_NO_EMPLOYMENT = N_(
    "There is no employment in {month}, so there is no IKB budget for a choice in that month."
)
MSG_AMOUNT_MISSING = N_("Give an amount above zero for this IKB choice.")
MSG_HOURS_MISSING = N_("Give a number of hours above zero for this IKB choice.")
MSG_GOAL_MISSING = N_("Choose a fiscal goal for this IKB choice.")
MSG_NOT_WHOLE = N_("IKB hours are bought in whole hours only; {hours} is not a whole number.")
MSG_BUY_CAP = N_(
    "You can buy at most {max} IKB hours in {year} ({fulltime_max} a year at {fulltime_hours} "
    "hours a week, pro rata to your average hours, rounded down); with this choice it would be "
    "{total}."
)
MSG_BUY_NOT_ACCRUED = N_(
    "In {month} only {accrued} has accrued. Buying {hours} IKB hours costs {cost}, which takes "
    "your IKB spending to {spent}. You can only buy hours with budget that has already accrued."
)
MSG_SPEND_NOT_ACCRUED = N_(
    "In {month} only {accrued} has accrued. With this choice your IKB spending reaches {spent}. "
    "You can only spend budget that has already accrued."
)
MSG_SELL_CAP = N_(
    "You can sell at most {max} IKB hours in {year}; with this choice it would be {total}."
)
MSG_GOAL_UNKNOWN = N_("'{goal}' is not a fiscal goal of the IKB in {month}.")
MSG_GOAL_MAX = N_(
    "The IKB pays at most {max} a year for the goal {goal}; in {year} your choices add up to "
    "{total}."
)
MSG_GOAL_ONCE = N_(
    "The IKB pays for the goal {goal} once every {years} calendar years; it was also chosen for "
    "{earlier}."
)
MSG_GOAL_REQUIRES = N_(
    "The goal {goal} is only allowed together with the goal {required} in the same {years} "
    "calendar years, and there is no such choice."
)


# ------------------------------------------------------------------ results


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


# ------------------------------------------------------------------ rules and terms


class _Rules:
    """The rule book, remembering every rule and table row used, for the 'assumed' list."""

    def __init__(self, book: RuleBook) -> None:
        self.book = book
        self._used: dict[tuple[str, date], Rule] = {}

    def find(self, key: str, day: date) -> Rule | None:
        rule = self.book.find(key, day)
        if rule is not None:
            self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def get(self, key: str, day: date) -> Rule:
        rule = self.book.get(key, day)
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def flag(self, key: str, day: date) -> bool:
        rule = self.find(key, day)
        return rule is not None and rule.value is True

    def note(self, rule: Rule) -> Rule:
        """Remember a rule found elsewhere (e.g. by :mod:`rijkapp.calc.transition`)."""
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def row(self, table: str, row: TableRow) -> Rule:
        """A table row as a rule, so that explanations and the 'assumed' list treat it alike."""
        name = row.get("code") or row.get("born_from") or row.get("min_age")
        rule = Rule(
            key=f"{table}.{name}",
            valid_from=row.get("from", FIRST_IKB_DAY),
            valid_to=row.get("to"),
            value=dict(row.values),
            source=row.source,
            confidence=row.confidence,
            note=str(row.get("note", "")),
        )
        self._used[(rule.key, rule.valid_from)] = rule
        return rule

    def used(self) -> tuple[Rule, ...]:
        return tuple(self._used.values())

    def unconfirmed(self) -> tuple[Rule, ...]:
        return tuple(r for r in self._used.values() if r.confidence is Confidence.UNCONFIRMED)


@dataclass(frozen=True)
class _Stretch:
    start: date
    end: date  # inclusive
    employment: Employment

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


class _Terms:
    """The employment on each day: the records, or in a projection the terms in force on ``on``."""

    def __init__(self, records: tuple[Employment, ...], on: date | None = None) -> None:
        self._records = records
        self._frozen = employment_on(records, on) if on is not None else None
        self._projection_from = _month_end(on) if on is not None else None
        self._cache: dict[date, tuple[_Stretch, ...]] = {}

    def at(self, day: date) -> Employment | None:
        actual = employment_on(self._records, day)
        if actual is None or self._frozen is None or self._projection_from is None:
            return actual
        return self._frozen if day > self._projection_from else actual

    def projected(self, month: date) -> bool:
        return self._projection_from is not None and month > self._projection_from

    def stretches(self, month: date) -> tuple[_Stretch, ...]:
        """Runs of days in ``month`` with the same employment; days without one are left out."""
        cached = self._cache.get(month)
        if cached is not None:
            return cached
        runs: list[_Stretch] = []
        day = month
        end = _month_end(month)
        while day <= end:
            employment = self.at(day)
            if employment is not None:
                last = runs[-1] if runs else None
                if last is not None and last.employment == employment and last.end == day - _DAY:
                    runs[-1] = _Stretch(last.start, day, employment)
                else:
                    runs.append(_Stretch(day, day, employment))
            day += _DAY
        result = tuple(runs)
        self._cache[month] = result
        return result

    def first_in(self, month: date) -> Employment | None:
        runs = self.stretches(month)
        return runs[0].employment if runs else None


_DAY = timedelta(days=1)


def _months(year: int) -> list[date]:
    return [date(year, m, 1) for m in range(1, 13)]


# ------------------------------------------------------------------ the monthly budget


@dataclass(frozen=True)
class _FullMonth:
    """The IKB of a whole month at one set of terms, before rounding."""

    salaris: Money
    percentage: Decimal
    floor: Decimal | None
    floor_applied: bool
    amount: Decimal
    lines: tuple[Line, ...]


def _salaris(employment: Employment, day: date, rules: _Rules) -> Money:
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    return money(employment.monthly_salary_fulltime * employment.hours_per_week / fulltime)


def _full_month(employment: Employment, day: date, rules: _Rules) -> _FullMonth:
    percentage_rule = rules.find("ikb_percentage", day)
    if percentage_rule is None:
        return _FullMonth(money(0), ZERO, None, False, ZERO, ())
    base_rule = rules.get("ikb_base", day)
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    salaris = _salaris(employment, day, rules)
    factor = employment.hours_per_week / fulltime
    percentage = percentage_rule.decimal
    plain_amount = percentage * salaris / HUNDRED
    lines = [
        Line(
            day,
            _(
                "Salaris {salary}: {fulltime} full time × {hours}/{fulltime_hours} hours a week; "
                "toelagen do not count."
            ).format(
                salary=fmt.money(salaris),
                fulltime=fmt.money(employment.monthly_salary_fulltime),
                hours=fmt.compact(employment.hours_per_week),
                fulltime_hours=fmt.compact(fulltime),
            ),
            salaris,
            base_rule,
        ),
        Line(
            day,
            _("IKB {percentage}% of {salary} = {amount}.").format(
                percentage=fmt.percentage(percentage),
                salary=fmt.money(salaris),
                amount=fmt.money(plain_amount),
            ),
            money(plain_amount),
            percentage_rule,
        ),
    ]
    floor: Decimal | None = None
    applied = False
    amount = plain_amount
    minimum = rules.find("ikb_minimum_budget_fulltime", day)
    vu_minimum = rules.find("ikb_vu_minimum_fulltime", day)
    if minimum is not None:
        pro_rata = rules.flag("ikb_minimum_budget_pro_rata", day)
        floor = minimum.decimal * factor if pro_rata else minimum.decimal
        applied = floor > plain_amount
        if applied:
            amount = floor
            lines.append(
                Line(
                    day,
                    _(
                        "The minimum IKB budget of {minimum} a month at full time "
                        "({floor} at {hours} hours) is higher, so it applies."
                    ).format(
                        minimum=fmt.money(minimum.decimal),
                        floor=fmt.money(floor),
                        hours=fmt.compact(employment.hours_per_week),
                    ),
                    money(floor),
                    minimum,
                )
            )
    elif vu_minimum is not None:
        vu_share = rules.get("ikb_vu_share_pct", day).decimal
        pro_rata = rules.flag("ikb_vu_minimum_pro_rata", day)
        floor = vu_minimum.decimal * factor if pro_rata else vu_minimum.decimal
        vu_part = vu_share * salaris / HUNDRED
        applied = floor > vu_part
        if applied:
            amount = (percentage - vu_share) * salaris / HUNDRED + floor
            lines.append(
                Line(
                    day,
                    _(
                        "The vakantie-uitkering part ({share}% = {part}) is below its minimum of "
                        "{floor}, so the minimum applies: IKB = {amount}."
                    ).format(
                        share=fmt.percentage(vu_share),
                        part=fmt.money(vu_part),
                        floor=fmt.money(floor),
                        amount=fmt.money(amount),
                    ),
                    money(floor),
                    vu_minimum,
                )
            )
    return _FullMonth(salaris, percentage, floor, applied, amount, tuple(lines))


def _accrual(terms: _Terms, month: date, rules: _Rules) -> MonthAccrual:
    month = month.replace(day=1)
    days_in_month = calendar.monthrange(month.year, month.month)[1]
    stretches = terms.stretches(month)
    total = ZERO
    base = ZERO
    floor_total = ZERO
    any_floor = False
    applied = False
    percentage = ZERO
    lines: list[Line] = []
    for stretch in stretches:
        full = _full_month(stretch.employment, stretch.start, rules)
        share = Decimal(stretch.days) / Decimal(days_in_month)
        total += full.amount * share
        base += full.salaris * share
        percentage = full.percentage
        if full.floor is not None:
            any_floor = True
            floor_total += full.floor * share
        applied = applied or full.floor_applied
        lines.extend(full.lines)
        if stretch.days != days_in_month:
            lines.append(
                Line(
                    stretch.start,
                    _("{start} to {end}: {days} of {month_days} days, so {amount}.").format(
                        start=stretch.start.isoformat(),
                        end=stretch.end.isoformat(),
                        days=stretch.days,
                        month_days=days_in_month,
                        amount=fmt.money(full.amount * share),
                    ),
                    money(full.amount * share),
                )
            )
    amount = money(total)
    lines.append(
        Line(
            month,
            _("IKB budget accrued in {month}: {amount}.").format(
                month=fmt.month(month), amount=fmt.money(amount)
            ),
            amount,
        )
    )
    employed_days = sum(s.days for s in stretches)
    return MonthAccrual(
        month=month,
        base=money(base),
        percentage=percentage,
        floor=money(floor_total) if any_floor else None,
        floor_applied=applied,
        amount=amount,
        employed_days=employed_days,
        days_in_month=days_in_month,
        lines=tuple(lines) if stretches else (),
        rules=rules.used(),
    )


def monthly_budget(dossier: Dossier, month: date, book: RuleBook) -> MonthAccrual:
    """The IKB budget that accrues in ``month`` (pro rata by days when terms change mid-month)."""
    return _accrual(_Terms(dossier.employment), month, _Rules(book))


# ------------------------------------------------------------------ hour prices


def _no_employment_line(month: date) -> Line:
    return Line(
        month,
        _(MSG_NO_EMPLOYMENT).format(month=fmt.month(month)),
        money(0),
    )


def _salaris_per_uur(employment: Employment, day: date, rules: _Rules) -> tuple[Money, Rule]:
    divisor = rules.get("ikb_hour_divisor", day)
    return money(employment.monthly_salary_fulltime / divisor.decimal), divisor


def _allowances_average(terms: _Terms, month: date, employment: Employment, rules: _Rules) -> Money:
    """Toelagen at full time, averaged over the months before ``month`` (12 by the CAO)."""
    count = int(rules.get("ikb_allowances_average_months", month).decimal)
    scaled = rules.flag("ikb_maandinkomen_fulltime_scaled", month)
    fulltime = rules.get("ikb_fulltime_hours", month).decimal

    def at_fulltime(record: Employment) -> Decimal:
        if scaled and record.hours_per_week > 0:
            return record.allowances_monthly * fulltime / record.hours_per_week
        return record.allowances_monthly

    values = [
        at_fulltime(record)
        for back in range(1, count + 1)
        if (record := terms.first_in(add_months(month, -back))) is not None
    ]
    if not values:
        return money(at_fulltime(employment))
    return money(sum(values, ZERO) / len(values))


def _hour_price(terms: _Terms, month: date, rules: _Rules) -> tuple[Money, Line]:
    month = month.replace(day=1)
    formula = rules.find("ikb_buy_price_formula", month)
    if formula is None:
        return money(0), Line(month, _(MSG_NO_IKB).format(month=fmt.month(month)), money(0))
    if formula.value == "maandinkomen_per_uur":
        # P-Direkt: the maandinkomen of the month before the hours are credited.
        basis = add_months(month, -1)
        employment = terms.first_in(basis)
        if employment is None:
            basis, employment = month, terms.first_in(month)
        if employment is None:
            return money(0), _no_employment_line(month)
        fulltime = rules.get("ikb_fulltime_hours", basis).decimal
        at_fulltime = replace(employment, hours_per_week=fulltime)
        ikb = money(_full_month(at_fulltime, basis, rules).amount)
        allowances = _allowances_average(terms, month, employment, rules)
        vu_pct = rules.get("ikb_allowances_vu_pct", basis).decimal
        allowances_vu = money(allowances * vu_pct / HUNDRED)
        divisor = rules.get("ikb_hour_divisor", basis)
        maandinkomen = employment.monthly_salary_fulltime + ikb + allowances + allowances_vu
        price = money(maandinkomen / divisor.decimal)
        text = _(
            "Price of an IKB hour in {month}: maandinkomen per uur of {basis} = ({salary} salaris "
            "+ {ikb} IKB + {allowances} toelagen with vakantie-uitkering, at full time) / "
            "{divisor} = {price}."
        ).format(
            month=fmt.month(month),
            basis=fmt.month(basis),
            salary=fmt.money(employment.monthly_salary_fulltime),
            ikb=fmt.money(ikb),
            allowances=fmt.money(allowances + allowances_vu),
            divisor=fmt.compact(divisor.decimal),
            price=fmt.money(price),
        )
        return price, Line(month, text, price, formula)
    employment = terms.first_in(month)
    if employment is None:
        return money(0), _no_employment_line(month)
    hourly, divisor = _salaris_per_uur(employment, month, rules)
    percentage = rules.get("ikb_percentage", month).decimal
    price = money(hourly * (HUNDRED + percentage) / HUNDRED)
    text = _(
        "Price of an IKB hour in {month}: salaris per uur {hourly} ({salary} / {divisor}) × "
        "(1 + {percentage}%) = {price}."
    ).format(
        month=fmt.month(month),
        hourly=fmt.money(hourly),
        salary=fmt.money(employment.monthly_salary_fulltime),
        divisor=fmt.compact(divisor.decimal),
        percentage=fmt.percentage(percentage),
        price=fmt.money(price),
    )
    return price, Line(month, text, price, formula)


def _sell_value(terms: _Terms, month: date, rules: _Rules) -> tuple[Money, Line]:
    month = month.replace(day=1)
    formula = rules.find("ikb_sell_value_formula", month)
    if formula is None:
        return money(0), Line(month, _(MSG_NO_IKB).format(month=fmt.month(month)), money(0))
    employment = terms.first_in(month)
    if employment is None:
        return money(0), _no_employment_line(month)
    hourly, divisor = _salaris_per_uur(employment, month, rules)
    text = _("Value of a sold IKB hour in {month}: salaris per uur {salary} / {divisor} = {value}.")
    return hourly, Line(
        month,
        text.format(
            month=fmt.month(month),
            salary=fmt.money(employment.monthly_salary_fulltime),
            divisor=fmt.compact(divisor.decimal),
            value=fmt.money(hourly),
        ),
        hourly,
        formula,
    )


def hour_price(dossier: Dossier, month: date, book: RuleBook) -> tuple[Money, Line]:
    """The price of one bought IKB hour in ``month``, rounded to cents."""
    return _hour_price(_Terms(dossier.employment), month, _Rules(book))


def sell_value(dossier: Dossier, month: date, book: RuleBook) -> tuple[Money, Line]:
    """What one sold IKB hour pays in ``month`` (salaris per uur), rounded to cents."""
    return _sell_value(_Terms(dossier.employment), month, _Rules(book))


# ------------------------------------------------------------------ maxima for the year


def _hour_days(terms: _Terms, year: int) -> tuple[int, Decimal]:
    """Days employed in ``year`` and the sum of contract hours a week over those days."""
    days = 0
    total = ZERO
    for month in _months(year):
        for stretch in terms.stretches(month):
            days += stretch.days
            total += stretch.employment.hours_per_week * stretch.days
    return days, total


def _buy_max(terms: _Terms, year: int, rules: _Rules) -> tuple[Hours, Line | None]:
    day = date(year, 1, 1)
    rule = rules.find("ikb_buy_max_hours_fulltime", day)
    days, hour_days = _hour_days(terms, year)
    if rule is None or days == 0:
        return hours(0), None
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    maximum = round_down_whole(rule.decimal * hour_days / (fulltime * days))
    average = hours(hour_days / days)
    text = _(
        "At most {max} IKB hours can be bought in {year}: {fulltime_max} at {fulltime_hours} "
        "hours a week, pro rata to your average of {average} hours, rounded down."
    ).format(
        max=fmt.compact(maximum),
        year=year,
        fulltime_max=fmt.compact(rule.decimal),
        fulltime_hours=fmt.compact(fulltime),
        average=fmt.compact(average),
    )
    return hours(maximum), Line(day, text, maximum, rule)


def _sell_pieces(
    dossier: Dossier, terms: _Terms, year: int, rules: _Rules, pro_rata: bool
) -> list[tuple[date, int, Decimal]]:
    """Runs of days of ``year`` with the same hours: (first day, days, hours a week).

    Pro rata: the days employed with their contract hours. Otherwise the whole calendar year at
    full time. Either way cut where the transition can change (its rules, the AOW date).
    """
    first, after = date(year, 1, 1), date(year + 1, 1, 1)
    cuts = transition.change_days(dossier.profile, rules.book, first, after)
    if pro_rata:
        runs = [
            (s.start, s.end, s.employment.hours_per_week)
            for month in _months(year)
            for s in terms.stretches(month)
        ]
    else:
        runs = [(first, after - _DAY, rules.get("ikb_fulltime_hours", first).decimal)]
    pieces: list[tuple[date, int, Decimal]] = []
    for start, end, per_week in runs:
        bounds = [start, *(c for c in cuts if start < c <= end), end + _DAY]
        for piece_start, piece_after in itertools.pairwise(bounds):
            pieces.append((piece_start, (piece_after - piece_start).days, per_week))
    return pieces


def _sell_max(
    dossier: Dossier, terms: _Terms, year: int, rules: _Rules
) -> tuple[Hours, Line | None]:
    day = date(year, 1, 1)
    kind = rules.find("ikb_sell_hours_rule", day)
    days, hour_days = _hour_days(terms, year)
    if kind is None or days == 0:
        return hours(0), None
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    year_days = Decimal(366 if calendar.isleap(year) else 365)
    if kind.value == "all":
        # 2020-2022: the IKB-uren of the year by age, from the same table the ledger grants by.
        band = transition.age_band(dossier.profile, day, rules.book)
        base = band.hours if band is not None else ZERO
        rule: Rule = rules.note(band.rule) if band is not None else kind
        maximum = round_up_whole(base * hour_days / (fulltime * year_days))
        text = _(
            "In {year} all IKB-uren of the year can be sold: {base} at full time for your age, "
            "pro rata, rounded up = {max}."
        ).format(year=year, base=fmt.compact(base), max=fmt.compact(maximum))
        return hours(maximum), Line(day, text, maximum, rule)
    # From 2023: 32 + the transition extra of each day (it stops on the AOW date), weighted by
    # the hours and days, rounded up once, like the IKB-uren in the leave ledger.
    pro_rata = rules.flag("ikb_sell_hours_pro_rata", day)
    total = ZERO
    bases: list[tuple[date, Decimal, Decimal]] = []  # first day, base, extra
    for start, count, per_week in _sell_pieces(dossier, terms, year, rules, pro_rata):
        sell = rules.get("ikb_sell_hours_max_fulltime", start).decimal
        extra = transition.transition_extra(dossier, start, rules.book)
        for used in extra.rules:
            rules.note(used)
        base = sell + extra.hours
        total += base * per_week * count
        if not bases or bases[-1][1] != base:
            bases.append((start, base, extra.hours))
    maximum = round_up_whole(total / (fulltime * year_days))
    base_rule = rules.get("ikb_sell_hours_max_fulltime", day)
    first_base = bases[0][1] if bases else base_rule.decimal
    if len(bases) > 1:
        text = _(
            "At most {max} IKB-uren can be sold in {year}: {base} at full time ({sell} + {extra} "
            "transition hours) until {change}, {after} from then on, pro rata to your hours and "
            "the days employed, rounded up."
        ).format(
            max=fmt.compact(maximum),
            year=year,
            base=fmt.compact(first_base),
            sell=fmt.compact(base_rule.decimal),
            extra=fmt.compact(bases[0][2]),
            change=fmt.day(bases[1][0]),
            after=fmt.compact(bases[1][1]),
        )
    else:
        text = _(
            "At most {max} IKB-uren can be sold in {year}: {base} at full time for a whole year, "
            "pro rata to your hours and the part of the year employed, rounded up."
        ).format(max=fmt.compact(maximum), year=year, base=fmt.compact(first_base))
    return hours(maximum), Line(day, text, maximum, base_rule)


# ------------------------------------------------------------------ fiscal goals


def fiscal_goals_on(book: RuleBook, day: date) -> tuple[TableRow, ...]:
    """The fiscal goals the IKB may pay for on ``day`` (rows of ``tables.fiscal_goals``)."""
    return tuple(row for row in book.table("fiscal_goals") if _row_applies(row, day))


def _row_applies(row: TableRow, day: date) -> bool:
    end = row.get("to")
    return bool(row["from"] <= day and (end is None or day <= end))


def _goal_row(book: RuleBook, code: str, day: date) -> TableRow | None:
    for row in fiscal_goals_on(book, day):
        if row["code"] == code:
            return row
    return None


def _goal_label(row: TableRow) -> str:
    return str(row["label_nl"] if language() == "nl" else row["label_en"])


# ------------------------------------------------------------------ cut-off


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
        self.rules = _Rules(book)
        self.records = dossier.employment
        self.terms = _Terms(dossier.employment, on)
        self.found: list[tuple[int, RuleViolation]] = []
        self.lines: list[Line] = []
        self.buy_max, buy_line = _buy_max(self.terms, year, self.rules)
        self.sell_max, sell_line = _sell_max(dossier, self.terms, year, self.rules)
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

    def violation(self, index: int, name: str, template: str, **params: object) -> None:
        field = f"ikb_choices[{index}].{name}"
        self.found.append((index, RuleViolation(field, template, **params)))

    # -- the shape of the year

    def schedule(self) -> tuple[list[date], date | None, date | None]:
        """The months to show, the leaving date (if this year), and the month of the pay-out."""
        employed = [m for m in _months(self.year) if self.terms.stretches(m)]
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
        return [m for m in _months(self.year) if employed[0] <= m <= last], leaving, payout

    def place(self) -> dict[date, list[tuple[int, IkbChoice]]]:
        """This year's choices by month; a choice that cannot be placed is a violation."""
        placed: dict[date, list[tuple[int, IkbChoice]]] = {}
        mine = [(i, c) for i, c in enumerate(self.choices) if c.month.year == self.year]
        for index, choice in sorted(mine, key=lambda item: (item[1].month, item[0])):
            month = choice.month.replace(day=1)
            if self.book.find("ikb_percentage", month) is None:
                self.violation(index, "month", MSG_NO_IKB, month=fmt.month(month))
            elif not self.terms.stretches(month):
                self.violation(index, "month", MSG_NO_EMPLOYMENT, month=fmt.month(month))
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
        when = fmt.month(month)
        count = choice.hours or ZERO
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            price, price_line = _hour_price(self.terms, month, self.rules)
            cost = money(count * price)
            text = _("{hours} IKB hours bought in {month} at {price} an hour: {cost}.").format(
                hours=fmt.compact(count),
                month=when,
                price=fmt.money(price),
                cost=fmt.money(cost),
            )
            return ChoiceCost(
                index, choice, cost, money(0), price, Line(month, text, cost, price_line.rule)
            )
        if choice.kind is IkbChoiceKind.SELL_HOURS:
            value, value_line = _sell_value(self.terms, month, self.rules)
            paid = money(count * value)
            text = _(
                "{hours} IKB-uren sold in {month} at {value} an hour: {paid}, "
                "paid on top of the budget."
            ).format(
                hours=fmt.compact(count),
                month=when,
                value=fmt.money(value),
                paid=fmt.money(paid),
            )
            return ChoiceCost(
                index, choice, money(0), paid, value, Line(month, text, paid, value_line.rule)
            )
        amount = money(choice.amount or ZERO)
        if choice.kind is IkbChoiceKind.PAYOUT:
            text = _("Extra pay-out in {month}: {amount}.").format(
                month=when, amount=fmt.money(amount)
            )
        else:
            row = _goal_row(self.book, choice.goal or "", month)
            text = _("Fiscal goal '{goal}' in {month}: {amount}.").format(
                goal=_goal_label(row) if row else choice.goal or "",
                month=when,
                amount=fmt.money(amount),
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
                    max=fmt.compact(self.sell_max),
                    year=self.year,
                    total=fmt.compact(self.sold_total),
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
            self.violation(index, "hours", MSG_NOT_WHOLE, hours=fmt.compact(count))
        if self.bought_total > self.buy_max:
            self.violation(
                index,
                "hours",
                MSG_BUY_CAP,
                max=fmt.compact(self.buy_max),
                year=self.year,
                fulltime_max=fmt.compact(
                    self.rules.get("ikb_buy_max_hours_fulltime", month).decimal
                ),
                fulltime_hours=fmt.compact(self.rules.get("ikb_fulltime_hours", month).decimal),
                total=fmt.compact(self.bought_total),
            )

    def check_accrued(self, index: int, choice: IkbChoice, cost: ChoiceCost, month: date) -> None:
        """Spending up to this month exceeds what has accrued by its end."""
        self.rules.get("ikb_spend_only_accrued", month)
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            self.violation(
                index,
                "hours",
                MSG_BUY_NOT_ACCRUED,
                month=fmt.month(month),
                accrued=fmt.money(self.accrued),
                hours=fmt.compact(choice.hours or ZERO),
                cost=fmt.money(cost.cost),
                spent=fmt.money(self.spent),
            )
        else:
            self.violation(
                index,
                "amount",
                MSG_SPEND_NOT_ACCRUED,
                month=fmt.month(month),
                accrued=fmt.money(self.accrued),
                spent=fmt.money(self.spent),
            )

    def check_goal(self, index: int, choice: IkbChoice, month: date) -> None:
        code = choice.goal or ""
        row = _goal_row(self.book, code, month)
        if row is None:
            self.violation(index, "goal", MSG_GOAL_UNKNOWN, goal=code, month=fmt.month(month))
            return
        self.rules.row("fiscal_goals", row)
        label = _goal_label(row)
        self.goal_totals[code] = self.goal_totals.get(code, ZERO) + (choice.amount or ZERO)
        maximum = row.get("max_per_year")
        if maximum and self.goal_totals[code] > Decimal(str(maximum)):
            self.violation(
                index,
                "amount",
                MSG_GOAL_MAX,
                max=fmt.money(Decimal(str(maximum))),
                goal=label,
                year=self.year,
                total=fmt.money(self.goal_totals[code]),
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
            required_row = _goal_row(self.book, str(required), month)
            window = int(required_row.get("once_per_years") or 1) if required_row else 1
            if not any(0 <= self.year - y < window for y in self.goal_years(str(required))):
                self.violation(
                    index,
                    "goal",
                    MSG_GOAL_REQUIRES,
                    goal=label,
                    required=_goal_label(required_row) if required_row else str(required),
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
            text = _(
                "{hours} bought IKB hours not used by leaving service are reversed: "
                "{amount} returns to the budget."
            ).format(hours=fmt.compact(unused), amount=fmt.money(refund))
            self.lines.append(Line(month, text, refund, rule))
        return refund

    def month_row(
        self,
        month: date,
        placed: list[tuple[int, IkbChoice]],
        leaving: date | None,
        payout_month: date | None,
    ) -> MonthRow:
        accrual = _accrual(self.terms, month, self.rules)
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
            text = _("What is left of the IKB budget is paid out in {month}: {amount}.").format(
                month=fmt.month(month), amount=fmt.money(remainder)
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


def balances_section(dossier: Dossier, on: date, book: RuleBook) -> dict[str, str | int]:
    """The ``ikb`` part of ``balances --json`` on ``on`` (months up to and including on's month).

    The plan is the one the IKB page shows: the bought hours used before leaving service come
    from the leave ledger (:func:`bought_hours_used`), so unused bought hours are paid back once
    and used ones not at all.

    ``projected_december_payout`` is the pay-out of what is left of the year's budget: in December
    normally, but for someone who leaves service in ``on``'s year it is the final pay-out after
    leaving (in the month after the last day, or December when leaving in December), with the
    reversed bought hours in it. The key keeps its name for the exchange format.
    """
    plan = year_plan(dossier, on.year, book, on=on)
    this_month = on.replace(day=1)
    done = [row for row in plan.months if row.month <= this_month]
    accrued = sum((row.accrued for row in done), ZERO)
    spent = sum((row.spent for row in done), ZERO)
    paid_before = sum((row.remainder_paid for row in done if row.month < this_month), ZERO)
    return {
        "year": on.year,
        "accrued_to_date": plain(accrued),
        "spent_to_date": plain(spent),
        "available": plain(accrued - spent - paid_before),
        "projected_year_total": plain(plan.accrued_total),
        "projected_december_payout": plain(plan.paid_out_total),
        "hours_bought": plain(plan.hours_bought, 0),
        "hours_buy_max": plain(plan.hours_buy_max, 0),
    }

"""The IKB budget that accrues in a month: a percentage of the salaris, with its minimum."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rijkapp.calc.explain import Line
from rijkapp.calc.ikb.model import HUNDRED, MonthAccrual
from rijkapp.calc.ikb.terms import Rules, Terms
from rijkapp.domain.records import Dossier, Employment
from rijkapp.domain.values import ZERO, Money, money
from rijkapp.i18n import N_
from rijkapp.message import Compact, Euro, Message, Month, Percent
from rijkapp.rules.book import RuleBook


@dataclass(frozen=True)
class FullMonth:
    """The IKB of a whole month at one set of terms, before rounding."""

    salaris: Money
    percentage: Decimal
    floor: Decimal | None
    floor_applied: bool
    amount: Decimal
    lines: tuple[Line, ...]


def _salaris(employment: Employment, day: date, rules: Rules) -> Money:
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    return money(employment.monthly_salary_fulltime * employment.hours_per_week / fulltime)


def full_month_ikb(employment: Employment, day: date, rules: Rules) -> FullMonth:
    percentage_rule = rules.find("ikb_percentage", day)
    if percentage_rule is None:
        return FullMonth(money(0), ZERO, None, False, ZERO, ())
    base_rule = rules.get("ikb_base", day)
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    salaris = _salaris(employment, day, rules)
    factor = employment.hours_per_week / fulltime
    percentage = percentage_rule.decimal
    plain_amount = percentage * salaris / HUNDRED
    lines = [
        Line(
            day,
            Message(
                N_(
                    "Salaris {salary}: {fulltime} full time × {hours}/{fulltime_hours} hours a "
                    "week; "
                    "toelagen do not count."
                ),
                salary=Euro(salaris),
                fulltime=Euro(employment.monthly_salary_fulltime),
                hours=Compact(employment.hours_per_week),
                fulltime_hours=Compact(fulltime),
            ),
            salaris,
            base_rule,
        ),
        Line(
            day,
            Message(
                N_("IKB {percentage}% of {salary} = {amount}."),
                percentage=Percent(percentage),
                salary=Euro(salaris),
                amount=Euro(plain_amount),
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
                    Message(
                        N_(
                            "The minimum IKB budget of {minimum} a month at full time "
                            "({floor} at {hours} hours) is higher, so it applies."
                        ),
                        minimum=Euro(minimum.decimal),
                        floor=Euro(floor),
                        hours=Compact(employment.hours_per_week),
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
                    Message(
                        N_(
                            "The vakantie-uitkering part ({share}% = {part}) is below its minimum "
                            "of "
                            "{floor}, so the minimum applies: IKB = {amount}."
                        ),
                        share=Percent(vu_share),
                        part=Euro(vu_part),
                        floor=Euro(floor),
                        amount=Euro(amount),
                    ),
                    money(floor),
                    vu_minimum,
                )
            )
    return FullMonth(salaris, percentage, floor, applied, amount, tuple(lines))


def month_accrual(terms: Terms, month: date, rules: Rules) -> MonthAccrual:
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
        full = full_month_ikb(stretch.employment, stretch.start, rules)
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
                    Message(
                        N_("{start} to {end}: {days} of {month_days} days, so {amount}."),
                        start=stretch.start.isoformat(),
                        end=stretch.end.isoformat(),
                        days=stretch.days,
                        month_days=days_in_month,
                        amount=Euro(full.amount * share),
                    ),
                    money(full.amount * share),
                )
            )
    amount = money(total)
    lines.append(
        Line(
            month,
            Message(
                N_("IKB budget accrued in {month}: {amount}."),
                month=Month(month),
                amount=Euro(amount),
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
    return month_accrual(Terms(dossier.employment), month, Rules(book))

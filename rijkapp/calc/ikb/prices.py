"""What a bought IKB hour costs and what a sold one pays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp.calc.career import add_months
from rijkapp.calc.explain import Line
from rijkapp.calc.ikb.accrual import full_month_ikb
from rijkapp.calc.ikb.messages import MSG_NO_EMPLOYMENT, MSG_NO_IKB
from rijkapp.calc.ikb.model import HUNDRED
from rijkapp.calc.ikb.terms import Rules, Terms
from rijkapp.domain.records import Dossier, Employment
from rijkapp.domain.values import ZERO, Money, money
from rijkapp.i18n import N_
from rijkapp.message import Compact, Euro, Message, Month, Percent
from rijkapp.rules.book import Rule, RuleBook


def _no_employment_line(month: date) -> Line:
    return Line(
        month,
        Message(MSG_NO_EMPLOYMENT, month=Month(month)),
        money(0),
    )


def _salaris_per_uur(employment: Employment, day: date, rules: Rules) -> tuple[Money, Rule]:
    divisor = rules.get("ikb_hour_divisor", day)
    return money(employment.monthly_salary_fulltime / divisor.decimal), divisor


def _allowances_average(terms: Terms, month: date, employment: Employment, rules: Rules) -> Money:
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


def price_of_hour(terms: Terms, month: date, rules: Rules) -> tuple[Money, Line]:
    month = month.replace(day=1)
    formula = rules.find("ikb_buy_price_formula", month)
    if formula is None:
        return money(0), Line(month, Message(MSG_NO_IKB, month=Month(month)), money(0))
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
        ikb = money(full_month_ikb(at_fulltime, basis, rules).amount)
        allowances = _allowances_average(terms, month, employment, rules)
        vu_pct = rules.get("ikb_allowances_vu_pct", basis).decimal
        allowances_vu = money(allowances * vu_pct / HUNDRED)
        divisor = rules.get("ikb_hour_divisor", basis)
        maandinkomen = employment.monthly_salary_fulltime + ikb + allowances + allowances_vu
        price = money(maandinkomen / divisor.decimal)
        text = Message(
            N_(
                "Price of an IKB hour in {month}: maandinkomen per uur of {basis} = ({salary} "
                "salaris "
                "+ {ikb} IKB + {allowances} toelagen with vakantie-uitkering, at full time) / "
                "{divisor} = {price}."
            ),
            month=Month(month),
            basis=Month(basis),
            salary=Euro(employment.monthly_salary_fulltime),
            ikb=Euro(ikb),
            allowances=Euro(allowances + allowances_vu),
            divisor=Compact(divisor.decimal),
            price=Euro(price),
        )
        return price, Line(month, text, price, formula)
    employment = terms.first_in(month)
    if employment is None:
        return money(0), _no_employment_line(month)
    hourly, divisor = _salaris_per_uur(employment, month, rules)
    percentage = rules.get("ikb_percentage", month).decimal
    price = money(hourly * (HUNDRED + percentage) / HUNDRED)
    text = Message(
        N_(
            "Price of an IKB hour in {month}: salaris per uur {hourly} ({salary} / {divisor}) × "
            "(1 + {percentage}%) = {price}."
        ),
        month=Month(month),
        hourly=Euro(hourly),
        salary=Euro(employment.monthly_salary_fulltime),
        divisor=Compact(divisor.decimal),
        percentage=Percent(percentage),
        price=Euro(price),
    )
    return price, Line(month, text, price, formula)


def value_of_sold_hour(terms: Terms, month: date, rules: Rules) -> tuple[Money, Line]:
    month = month.replace(day=1)
    formula = rules.find("ikb_sell_value_formula", month)
    if formula is None:
        return money(0), Line(month, Message(MSG_NO_IKB, month=Month(month)), money(0))
    employment = terms.first_in(month)
    if employment is None:
        return money(0), _no_employment_line(month)
    hourly, divisor = _salaris_per_uur(employment, month, rules)
    text = N_(
        "Value of a sold IKB hour in {month}: salaris per uur {salary} / {divisor} = {value}."
    )
    return hourly, Line(
        month,
        Message(
            text,
            month=Month(month),
            salary=Euro(employment.monthly_salary_fulltime),
            divisor=Compact(divisor.decimal),
            value=Euro(hourly),
        ),
        hourly,
        formula,
    )


def hour_price(dossier: Dossier, month: date, book: RuleBook) -> tuple[Money, Line]:
    """The price of one bought IKB hour in ``month``, rounded to cents."""
    return price_of_hour(Terms(dossier.employment), month, Rules(book))


def sell_value(dossier: Dossier, month: date, book: RuleBook) -> tuple[Money, Line]:
    """What one sold IKB hour pays in ``month`` (salaris per uur), rounded to cents."""
    return value_of_sold_hour(Terms(dossier.employment), month, Rules(book))

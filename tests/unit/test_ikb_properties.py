"""Properties of the IKB plan that must hold for any employee and any choices.

- accrued = spent + paid out + available, to the cent, every month, whatever is chosen;
- choices that validate_choices accepts never make the available budget negative.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from rijkapp.calc import ikb
from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind, Profile
from rijkapp.rules.book import default_rulebook
from rijkapp.views import ikb as ikb_view

BOOK = default_rulebook()
YEARS = (2021, 2024, 2025, 2026)
HOURS = ("16", "18", "24", "28.8", "32", "36", "40")
GOALS = ("vakbondscontributie", "studieschuld", "fiets", "fietsverzekering", "bedrijfsfitness")

cents = st.integers(min_value=1, max_value=300_000).map(lambda c: Decimal(c) / 100)


@st.composite
def employments(draw: st.DrawFn, year: int) -> tuple[Employment, ...]:
    """One or two records; employment may start, change or end during the year."""
    jan1 = date(year, 1, 1)
    days = 366 if year % 4 == 0 else 365
    start = draw(
        st.sampled_from([date(year - 1, 1, 1), jan1 + timedelta(draw(st.integers(0, days - 1)))])
    )
    salary = Decimal(draw(st.integers(180_000, 900_000))) / 100
    first = Employment("e1", start, Decimal(draw(st.sampled_from(HOURS))), 10, 3, salary)
    records = [first]
    if draw(st.booleans()):
        change = max(start, jan1) + timedelta(draw(st.integers(1, 200)))
        if change.year == year:
            salary2 = Decimal(draw(st.integers(180_000, 900_000))) / 100
            records.append(
                Employment("e2", change, Decimal(draw(st.sampled_from(HOURS))), 10, 4, salary2)
            )
    if draw(st.booleans()):
        last = records[-1]
        end = last.valid_from + timedelta(draw(st.integers(0, 300)))
        if end.year == year:
            records[-1] = Employment(
                last.id,
                last.valid_from,
                last.hours_per_week,
                last.scale,
                last.step,
                last.monthly_salary_fulltime,
                end_date=end,
            )
    return tuple(records)


@st.composite
def choices_in(draw: st.DrawFn, year: int) -> IkbChoice:
    month = date(year, draw(st.integers(1, 12)), 1)
    kind = draw(st.sampled_from(list(IkbChoiceKind)))
    if kind is IkbChoiceKind.BUY_HOURS:
        whole = draw(st.integers(1, 200))
        hours = Decimal(whole) if draw(st.integers(0, 9)) else Decimal(whole) + Decimal("0.5")
        return IkbChoice("c", month, kind, hours=hours)
    if kind is IkbChoiceKind.SELL_HOURS:
        return IkbChoice("c", month, kind, hours=Decimal(draw(st.integers(1, 60))))
    if kind is IkbChoiceKind.FISCAL_GOAL:
        return IkbChoice("c", month, kind, amount=draw(cents), goal=draw(st.sampled_from(GOALS)))
    return IkbChoice("c", month, kind, amount=draw(cents))


@st.composite
def cases(draw: st.DrawFn) -> tuple[int, Dossier, list[IkbChoice], Decimal]:
    year = draw(st.sampled_from(YEARS))
    records = draw(employments(year))
    candidates = draw(st.lists(choices_in(year), max_size=12))
    used = Decimal(draw(st.integers(0, 60)))
    return year, Dossier(profile=Profile(), employment=records), candidates, used


def assert_balanced(plan: ikb.IkbYear) -> None:
    paid = Decimal(0)
    for row in plan.months:
        paid += row.remainder_paid
        assert row.accrued_cumulative == row.spent_cumulative + paid + row.available
        assert row.spent == row.payout + row.buy_cost + row.fiscal_goals - row.reversed
    assert plan.accrued_total == plan.spent_total + plan.paid_out_total + plan.available
    assert plan.accrued_total == sum((row.accrued for row in plan.months), Decimal(0))


@settings(max_examples=150, deadline=None)
@given(cases())
def test_accrued_is_spent_plus_paid_out_plus_available(
    case: tuple[int, Dossier, list[IkbChoice], Decimal],
) -> None:
    year, dossier, candidates, used = case
    plan = ikb.year_plan(dossier, year, BOOK, choices=tuple(candidates), bought_hours_used=used)
    assert_balanced(plan)
    # Every amount is whole cents.
    for row in plan.months:
        for amount in (row.accrued, row.spent, row.available, row.remainder_paid, row.sold_value):
            assert amount == amount.quantize(Decimal("0.01"))
    # At the end of the year (or after the leaving pay-out) nothing positive is left.
    if plan.months:
        assert plan.available <= 0


@settings(max_examples=150, deadline=None)
@given(cases())
def test_accepted_choices_never_make_the_budget_negative(
    case: tuple[int, Dossier, list[IkbChoice], Decimal],
) -> None:
    year, dossier, candidates, used = case
    accepted: tuple[IkbChoice, ...] = ()
    for candidate in candidates:
        trial = (*accepted, candidate)
        if not ikb.validate_choices(dossier, BOOK, trial):
            accepted = trial
    assert ikb.validate_choices(dossier, BOOK, accepted) == []
    plan = ikb.year_plan(dossier, year, BOOK, choices=accepted, bought_hours_used=used)
    assert plan.violations == ()
    assert all(row.available >= 0 for row in plan.months)
    assert plan.hours_bought <= plan.hours_buy_max
    assert plan.hours_sold <= plan.hours_sell_max
    assert_balanced(plan)


@settings(max_examples=60, deadline=None)
@given(cases(), st.integers(1, 12), st.integers(1, 28))
def test_balances_section_adds_up(
    case: tuple[int, Dossier, list[IkbChoice], Decimal], month: int, day: int
) -> None:
    year, dossier, candidates, _used = case
    on = date(year, month, day)
    person = Dossier(
        profile=dossier.profile, employment=dossier.employment, ikb_choices=tuple(candidates)
    )
    section = ikb_view.balances_section(person, on, BOOK)
    plan = ikb.year_plan(person, year, BOOK, on=on)
    paid_before = sum(
        (row.remainder_paid for row in plan.months if row.month < on.replace(day=1)), Decimal(0)
    )
    accrued = Decimal(str(section["accrued_to_date"]))
    spent = Decimal(str(section["spent_to_date"]))
    available = Decimal(str(section["available"]))
    assert accrued == spent + paid_before + available
    assert Decimal(str(section["projected_year_total"])) >= accrued

"""Development budgets: spent (done, stopped), committed (planned, busy), left, what lapses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from rijkapp.calc.development import BudgetState, balances_section, budget_use, budget_uses
from rijkapp.domain.records import Dossier, LearningStatus
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import activity, budget, text

TWO_YEARS = budget(
    amount="3500.00", hours="60", valid_from=date(2025, 1, 1), valid_to=date(2026, 12, 31)
)
BOOKED = (
    activity("a1", cost="1200.00", hours="16", budget_id="d1", start=date(2025, 3, 1),
             end=date(2025, 6, 30)),
    activity("a2", cost="300.00", hours="4", budget_id="d1", status=LearningStatus.STOPPED,
             start=date(2025, 9, 1), end=date(2025, 10, 1)),
    activity("a3", cost="500.00", hours="8", budget_id="d1", start=date(2026, 2, 1)),
    activity("a4", cost="900.00", hours="20", budget_id="d1", status=LearningStatus.PLANNED,
             start=date(2026, 12, 7), end=date(2026, 12, 18)),
    activity("a5", cost="250.00", hours="6", budget_id="d1", status=LearningStatus.BUSY,
             start=date(2026, 11, 2), end=date(2026, 12, 14)),
    activity("x", cost="999.00", hours="99", budget_id="other"),
)  # fmt: skip


def test_a_budget_spent_and_committed_over_two_years() -> None:
    use = budget_use(TWO_YEARS, BOOKED, TODAY)
    # spent: done 1200 (2025) + stopped 300 (2025) + done 500 (2026) = 2000,00; 16 + 4 + 8 = 28 h
    assert (use.spent_amount, use.spent_hours) == (Decimal("2000.00"), Decimal(28))
    # committed: planned 900 + busy 250 = 1150,00; 20 + 6 = 26 h
    assert (use.committed_amount, use.committed_hours) == (Decimal("1150.00"), Decimal(26))
    # left: 3500 - 2000 - 1150 = 350,00; 60 - 28 - 26 = 6 h
    assert (use.left_amount, use.left_hours) == (Decimal("350.00"), Decimal(6))
    assert [a.id for a in use.activities] == ["a1", "a2", "a3", "a5", "a4"]
    assert use.state is BudgetState.OPEN
    # gone on 1 January 2027, 34 days after 28 November: within 90 days, so a warning
    assert use.lapses_on == date(2027, 1, 1)
    assert use.warning is not None
    assert text(use.warning, "nl") == (
        "Wat er over is van Ontwikkelbudget, € 350,00 en 6 uur, vervalt op 1 januari 2027. "
        "Boek er vóór die dag een activiteit op, of vraag of het langer mag."
    )


def test_the_warning_starts_90_days_before_the_budget_lapses() -> None:
    # 1 January 2027 - 90 days = 3 October 2026
    assert budget_use(TWO_YEARS, BOOKED, date(2026, 10, 2)).warning is None
    assert budget_use(TWO_YEARS, BOOKED, date(2026, 10, 3)).warning is not None


def test_after_it_lapses_what_was_left_is_gone_and_balances_no_longer_list_it() -> None:
    use = budget_use(TWO_YEARS, BOOKED, date(2027, 1, 1))
    assert use.state is BudgetState.LAPSED
    assert (use.lapsing_amount, use.lapsing_hours) == (Decimal("350.00"), Decimal(6))
    assert use.warning is None
    dossier = Dossier(development_budgets=(TWO_YEARS,), learning_activities=BOOKED)
    assert balances_section(dossier, date(2026, 12, 31)) != []
    assert balances_section(dossier, date(2027, 1, 1)) == []


def test_more_booked_than_the_budget_holds_is_always_a_warning() -> None:
    small = budget(amount="1000.00", hours="10", valid_to=date(2028, 12, 31))
    use = budget_use(small, BOOKED, TODAY)
    # 1000 - (1200 + 300 + 500 + 900 + 250) = -2150,00; 10 - 54 = -44 h
    assert (use.left_amount, use.left_hours) == (Decimal("-2150.00"), Decimal(-44))
    assert (use.lapsing_amount, use.lapsing_hours) == (Decimal(0), Decimal(0))
    assert use.warning is not None
    assert text(use.warning, "en") == (
        "More is booked on Ontwikkelbudget than it holds: €2,150.00 and 44 hours too much."
    )


def test_a_budget_of_hours_only_warns_about_its_hours() -> None:
    hours_only = budget(hours="40", valid_to=date(2026, 12, 31))
    use = budget_use(hours_only, (), TODAY)
    assert use.warning is not None
    assert text(use.warning, "en").startswith(
        "What is left of Ontwikkelbudget, 40 hours, lapses on 1 January 2027."
    )


def test_a_budget_that_has_not_started_is_listed_and_lapses_first_sorts_first() -> None:
    later = budget("d2", amount="500", valid_from=date(2027, 1, 1), valid_to=date(2027, 12, 31))
    dossier = Dossier(development_budgets=(later, TWO_YEARS), learning_activities=BOOKED)
    uses = budget_uses(dossier, TODAY)
    assert [(u.budget.id, u.state) for u in uses] == [
        ("d1", BudgetState.OPEN),
        ("d2", BudgetState.NOT_STARTED),
    ]


def test_balances_keep_the_development_section_as_it_was() -> None:
    dossier = Dossier(development_budgets=(TWO_YEARS,), learning_activities=BOOKED)
    assert balances_section(dossier, TODAY) == [
        {"budget_id": "d1", "amount_left": "350.00", "hours_left": "6.00", "expires": "2027-01-01"}
    ]


statuses = st.sampled_from(list(LearningStatus))
amounts = st.integers(min_value=0, max_value=500_000).map(lambda c: Decimal(c) / 100)
quarter_hours = st.integers(min_value=0, max_value=800).map(lambda q: Decimal(q) / 4)


@given(
    total=amounts,
    total_hours=quarter_hours,
    booked=st.lists(st.tuples(amounts, quarter_hours, statuses, st.booleans()), max_size=8),
)
def test_spent_committed_and_left_add_up_to_the_budget(
    total: Decimal,
    total_hours: Decimal,
    booked: list[tuple[Decimal, Decimal, LearningStatus, bool]],
) -> None:
    held = budget(amount=str(total), hours=str(total_hours))
    activities = [
        activity(f"a{i}", cost=str(cost), hours=str(h), status=status,
                 budget_id="d1" if on_it else None)
        for i, (cost, h, status, on_it) in enumerate(booked)
    ]  # fmt: skip
    use = budget_use(held, activities, TODAY)
    assert use.spent_amount + use.committed_amount + use.left_amount == total
    assert use.spent_hours + use.committed_hours + use.left_hours == total_hours

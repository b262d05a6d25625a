"""The what-if comparison, worked out without Qt: every scenario, and nothing written.

The known employee (€ 4.000 full time from 2025): € 660,00 a month, € 7.920,00 in 2025. Buying
40 IKB-uren costs 40 × 29,87 = € 1.194,80: not in January (660,00 accrued), so in February
(1.320,00).
"""

from __future__ import annotations

from datetime import date

from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind
from rijkapp.views.ikb import ikb_page
from rijkapp.views.ikb_whatif import (
    UNION_FEE,
    ScenarioKey,
    first_month_to_buy,
    other_years,
    what_if,
)
from tests.unit.leave_fixtures import BOOK, H

TODAY = date(2026, 11, 28)
FULL_TIME = Employment("e1", date(2025, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
JUNE_PAYOUT = IkbChoice("k1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("1000.00"))
LAST_YEAR = IkbChoice("k0", date(2024, 6, 1), IkbChoiceKind.PAYOUT, amount=H("10.00"))


def test_every_scenario_of_the_year_side_by_side() -> None:
    dossier = Dossier(employment=(FULL_TIME,), ikb_choices=(JUNE_PAYOUT,))
    result = what_if(dossier, 2025, TODAY, [JUNE_PAYOUT], book=BOOK)
    assert [s.key for s in result.scenarios] == list(ScenarioKey)
    nothing = result.scenario(ScenarioKey.NOTHING)
    assert nothing.final_payout == H("7920.00")  # "Alles in december"
    assert nothing.paid_during_year == 0
    planned = result.scenario(ScenarioKey.PLANNED)
    assert (planned.final_payout, planned.paid_during_year) == (H("6920.00"), H("1000.00"))
    assert result.buy_month == date(2025, 2, 1)
    assert result.buy_cost == H("1194.80")
    buy = result.scenario(ScenarioKey.BUY)
    assert buy.plan.hours_bought == 40 and not buy.plan.violations
    assert buy.final_payout == H("7920.00") - H("1194.80")
    union = result.scenario(ScenarioKey.UNION)
    assert union.final_payout == H("7920.00") - H("240.00")  # the fee to start with
    assert result.scenario(ScenarioKey.CUSTOM).final_payout == H("6920.00")  # the saved choice


def test_nothing_is_written_the_dossier_stays_as_it_was() -> None:
    dossier = Dossier(employment=(FULL_TIME,), ikb_choices=(JUNE_PAYOUT,))
    before = Dossier(employment=(FULL_TIME,), ikb_choices=(JUNE_PAYOUT,))
    what_if(dossier, 2025, TODAY, [JUNE_PAYOUT, LAST_YEAR], H("300.00"), book=BOOK)
    assert dossier == before


def test_the_union_fee_and_the_own_scenario_follow_what_is_typed() -> None:
    dossier = Dossier(employment=(FULL_TIME,))
    march = IkbChoice("c1", date(2025, 3, 1), IkbChoiceKind.PAYOUT, amount=H("500.00"))
    result = what_if(dossier, 2025, TODAY, [march], H("300.00"), book=BOOK)
    assert result.scenario(ScenarioKey.UNION).final_payout == H("7620.00")
    custom = result.scenario(ScenarioKey.CUSTOM)
    assert custom.paid_during_year == H("500.00") and custom.final_payout == H("7420.00")
    too_much = IkbChoice("x", date(2025, 1, 1), IkbChoiceKind.BUY_HOURS, hours=H("40"))
    broken = what_if(dossier, 2025, TODAY, [too_much], book=BOOK).scenario(ScenarioKey.CUSTOM)
    assert broken.plan.violations  # January: 660,00 accrued, 1.194,80 asked
    no_fee = what_if(dossier, 2025, TODAY, [], None, book=BOOK)
    assert no_fee.scenario(ScenarioKey.UNION).plan.violations  # a goal needs an amount


def test_choices_of_other_years_stay_in_every_scenario() -> None:
    dossier = Dossier(employment=(FULL_TIME,), ikb_choices=(JUNE_PAYOUT, LAST_YEAR))
    assert other_years(dossier, 2025) == (LAST_YEAR,)
    assert other_years(dossier, 2024) == (JUNE_PAYOUT,)


def test_forty_hours_cannot_be_bought_at_six_hours_a_week() -> None:
    # The maximum is 187 × 6 / 36 = 31,2, rounded down to 31 hours: no month will do.
    small = Employment("e1", date(2025, 1, 1), H("6"), 10, 5, H("4000.00"), H("0.00"))
    month, year = first_month_to_buy(
        Dossier(employment=(small,)), 2025, TODAY, H(40), (), book=BOOK
    )
    assert month is None
    assert year.hours_buy_max == 31 and year.violations


def test_the_page_loads_the_comparison_the_panel_starts_with() -> None:
    """The IKB page's data carries the comparison with the saved choices and the usual union fee,
    so the page does not work it out again; another fee or other choices ask for a new one."""
    march = IkbChoice("k2", date(2025, 3, 1), IkbChoiceKind.PAYOUT, amount=H("50.00"))
    dossier = Dossier(employment=(FULL_TIME,), ikb_choices=(JUNE_PAYOUT, march))
    page = ikb_page(dossier, 2025, TODAY, "nl", BOOK)
    result = page.whatif
    assert result is not None
    assert result.answers(2025, [JUNE_PAYOUT, march], UNION_FEE)  # in any order
    assert result.custom == (march, JUNE_PAYOUT)
    assert result.scenario(ScenarioKey.CUSTOM).final_payout == H("6870.00")  # 7920 - 1000 - 50
    assert not result.answers(2025, [JUNE_PAYOUT], UNION_FEE)
    assert not result.answers(2025, [JUNE_PAYOUT, march], H("300.00"))
    assert not result.answers(2026, [JUNE_PAYOUT, march], UNION_FEE)
    empty = ikb_page(Dossier(), None, TODAY, "nl", BOOK)
    assert empty.whatif is None  # no employment: no plan to compare

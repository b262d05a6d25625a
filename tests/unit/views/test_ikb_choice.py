"""The choice dialog's live check, without Qt: the rules, the price of an hour, the room left.

The known employee (€ 4.000 full time from 2025): € 660,00 a month. An IKB hour costs € 29,87
in 2025 (€ 4.660 maandinkomen / 156); 20 hours in March cost € 597,40 of the € 1.980,00 accrued.
"""

from __future__ import annotations

from datetime import date

from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind
from rijkapp.rules.book import Confidence
from rijkapp.views.ikb_choice import ChoiceCheck, asks_to_fill_in
from tests.unit.leave_fixtures import BOOK, H

TODAY = date(2026, 11, 28)
MARCH = date(2025, 3, 1)
FULL_TIME = Employment("e1", date(2025, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
SEPTEMBER = IkbChoice("s1", date(2025, 9, 1), IkbChoiceKind.PAYOUT, amount=H("5500.00"))


def check(*choices: IkbChoice, choice_id: str = "new") -> ChoiceCheck:
    return ChoiceCheck(
        Dossier(employment=(FULL_TIME,), ikb_choices=choices), 2025, TODAY, choice_id, BOOK
    )


def test_buying_40_hours_in_january_breaks_the_accrual_rule() -> None:
    january = IkbChoice("new", date(2025, 1, 1), IkbChoiceKind.BUY_HOURS, hours=H("40"))
    problems = check().problems(january)
    assert [p.field for p in problems] == ["hours"]
    assert "opgebouwd" in problems[0].reason and "660,00" in problems[0].reason
    march = IkbChoice("new", MARCH, IkbChoiceKind.BUY_HOURS, hours=H("20"))
    assert check().problems(march) == []


def test_an_empty_field_asks_to_be_filled_in_a_broken_rule_does_not() -> None:
    empty = IkbChoice("new", MARCH, IkbChoiceKind.PAYOUT)
    problems = check().problems(empty)
    assert problems and all(asks_to_fill_in(p) for p in problems)
    too_much = IkbChoice("new", MARCH, IkbChoiceKind.PAYOUT, amount=H("5000.00"))
    assert not any(asks_to_fill_in(p) for p in check().problems(too_much))


def test_a_choice_that_makes_a_later_one_break_a_rule() -> None:
    # 9 × 660,00 = 5.940,00 by September: 5.500,00 then leaves 440,00 for a goal before it.
    goal = IkbChoice(
        "new", MARCH, IkbChoiceKind.FISCAL_GOAL, amount=H("1000.00"), goal="studieschuld"
    )
    knock_on = check(SEPTEMBER).knock_on(goal)
    assert knock_on is not None and "september" in knock_on.reason
    small = IkbChoice(
        "new", MARCH, IkbChoiceKind.FISCAL_GOAL, amount=H("100.00"), goal="studieschuld"
    )
    assert check(SEPTEMBER).knock_on(small) is None


def test_a_rule_the_other_choices_already_broke_is_not_blamed_on_this_one() -> None:
    broke = IkbChoice("old", date(2025, 1, 1), IkbChoiceKind.PAYOUT, amount=H("5000.00"))
    small = IkbChoice("new", MARCH, IkbChoiceKind.PAYOUT, amount=H("10.00"))
    assert check(broke).knock_on(small) is None


def test_the_year_without_this_choice_gives_the_room_left() -> None:
    bought = IkbChoice("b1", date(2025, 2, 1), IkbChoiceKind.BUY_HOURS, hours=H("10"))
    edited = check(bought, SEPTEMBER, choice_id="b1")
    assert edited.others == (SEPTEMBER,)  # the choice itself is left out
    assert edited.base.hours_bought == 0 and edited.base.hours_buy_max == 187
    row = edited.month_row(MARCH)
    assert row is not None
    assert (row.accrued_cumulative, row.spent_cumulative) == (H("1980.00"), H(0))
    assert edited.month_row(date(2024, 12, 1)) is None


def test_the_price_and_value_of_an_hour_with_how_they_are_made_up() -> None:
    price, line = check().hour_price(MARCH)
    assert price == H("29.87")
    assert "156" in line.render("nl") and line.rule is not None
    value, value_line = check().sell_value(MARCH)
    assert value == H("25.64")  # salaris per uur: 4.000 / 156
    assert value_line.rule is not None and value_line.rule.key == "ikb_sell_value_formula"


def test_the_fiscale_doelen_of_a_month_with_their_limits() -> None:
    codes = {goal.code for goal in check().goals(MARCH)}
    assert {"vakbondscontributie", "fiets", "studieschuld"} <= codes
    studieschuld = check().goal("studieschuld", MARCH)
    assert studieschuld is not None and studieschuld.max_per_year == H("2000.00")
    assert studieschuld.label("nl") == "Aflossen studieschuld (DUO)"
    fiets = check().goal("fiets", MARCH)
    assert fiets is not None and fiets.once_per_years == 5
    assert fiets.confidence is Confidence.UNCONFIRMED
    verzekering = check().goal("fietsverzekering", MARCH)
    assert verzekering is not None and verzekering.requires == "fiets"
    assert verzekering.max_per_year is None
    assert check().goal("studieschuld", date(2024, 3, 1)) is None  # only from 2025

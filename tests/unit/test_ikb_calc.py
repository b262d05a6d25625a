"""The IKB calculator, on worked examples with the arithmetic written out.

Named after the bug classes peers keep reporting (shared/research/peers.md §3, 13-15): selling
hours at the wrong amount, buying hours worked out by hand, flexible-benefit pro rata and
accrual-versus-payout mistakes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp.calc import ikb
from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind, Profile
from rijkapp.rules.book import Confidence, default_rulebook

BOOK = default_rulebook()
NBSP = "\u00a0"


def D(text: str) -> Decimal:
    return Decimal(text)


def job(
    valid_from: date,
    salary: str = "4000.00",
    hours: str = "36",
    *,
    end: date | None = None,
    allowances: str = "0.00",
    id_: str = "e1",
) -> Employment:
    return Employment(
        id=id_,
        valid_from=valid_from,
        hours_per_week=D(hours),
        scale=11,
        step=5,
        monthly_salary_fulltime=D(salary),
        allowances_monthly=D(allowances),
        end_date=end,
    )


def dossier(
    *records: Employment, choices: tuple[IkbChoice, ...] = (), profile: Profile | None = None
) -> Dossier:
    return Dossier(profile=profile or Profile(), employment=records, ikb_choices=choices)


def buy(month: date, hours: str, id_: str = "b") -> IkbChoice:
    return IkbChoice(id_, month, IkbChoiceKind.BUY_HOURS, hours=D(hours))


def sell(month: date, hours: str, id_: str = "s") -> IkbChoice:
    return IkbChoice(id_, month, IkbChoiceKind.SELL_HOURS, hours=D(hours))


def payout(month: date, amount: str, id_: str = "p") -> IkbChoice:
    return IkbChoice(id_, month, IkbChoiceKind.PAYOUT, amount=D(amount))


def goal(month: date, code: str, amount: str, id_: str = "g") -> IkbChoice:
    return IkbChoice(id_, month, IkbChoiceKind.FISCAL_GOAL, amount=D(amount), goal=code)


def m(year: int, month: int) -> date:
    return date(year, month, 1)


FULLTIME_2025 = job(date(2024, 1, 1))


def assert_balanced(plan: ikb.IkbYear) -> None:
    """accrued = spent + paid out + available, to the cent, every month and for the year."""
    paid = Decimal(0)
    for row in plan.months:
        paid += row.remainder_paid
        assert row.accrued_cumulative == row.spent_cumulative + paid + row.available
    assert plan.accrued_total == plan.spent_total + plan.paid_out_total + plan.available


# ------------------------------------------------------------------ full time


def test_full_time_2025_accrues_660_a_month_and_7920_a_year() -> None:
    # 16,50% x 4000,00 = 660,00 a month; 12 x 660,00 = 7920,00.
    plan = ikb.year_plan(dossier(FULLTIME_2025), 2025, BOOK)
    assert [row.accrued for row in plan.months] == [D("660.00")] * 12
    assert plan.accrued_total == D("7920.00")
    # Nothing chosen: all of it is paid in December.
    assert plan.december_payout == D("7920.00")
    assert plan.months[-1].remainder_paid == D("7920.00")
    assert plan.available == D("0.00")
    assert_balanced(plan)


def test_monthly_budget_explains_itself_with_rules() -> None:
    accrual = ikb.monthly_budget(dossier(FULLTIME_2025), m(2025, 3), BOOK)
    assert accrual.base == D("4000.00")
    assert accrual.percentage == D("16.50")
    assert accrual.amount == D("660.00")
    # The 440 minimum is compared (at full time) but not applied.
    assert accrual.floor == D("440.00")
    assert not accrual.floor_applied
    assert any(line.rule and line.rule.key == "ikb_percentage" for line in accrual.lines)
    assert any("16,50%" in line.render("nl") for line in accrual.lines)
    assert all(line.source for line in accrual.lines if line.rule)


def test_hour_price_full_time_2025() -> None:
    # Maandinkomen = 4000,00 + 660,00 IKB = 4660,00; per uur 4660,00 / 156 = 29,871... -> 29,87.
    price, line = ikb.hour_price(dossier(FULLTIME_2025), m(2025, 3), BOOK)
    assert price == D("29.87")
    assert line.rule is not None and line.rule.key == "ikb_buy_price_formula"
    assert "156" in line.render("nl")


def test_buying_the_maximum_costs_the_rounded_hourly_price_times_hours() -> None:
    # 187 x 29,87 = 5585,69 (the hourly price is rounded before multiplying; 187 x 4660/156
    # unrounded would be 5586,03). In December 7920,00 has accrued, so it fits.
    plan = ikb.year_plan(dossier(FULLTIME_2025, choices=(buy(m(2025, 12), "187"),)), 2025, BOOK)
    december = plan.months[-1]
    assert december.buy_cost == D("5585.69")
    assert plan.hours_bought == D("187")
    assert plan.hours_buy_max == D("187")
    assert plan.violations == ()
    # 7920,00 - 5585,69 = 2334,31 paid in December.
    assert plan.december_payout == D("2334.31")
    assert_balanced(plan)


def test_old_buy_price_formula_2022() -> None:
    # 2020 text: salaris per uur x (1 + 16,37%). 4000,00 / 156 = 25,641 -> 25,64;
    # 25,64 x 1,1637 = 29,837... -> 29,84.
    price, line = ikb.hour_price(dossier(job(date(2020, 1, 1))), m(2022, 3), BOOK)
    assert price == D("29.84")
    assert line.rule is not None and line.rule.confidence is Confidence.CONFIRMED


def test_buy_price_uses_the_maandinkomen_of_the_month_before() -> None:
    # Raise to 5000,00 on 1 March 2025. March hours are priced on February: 29,87.
    # April: (5000,00 + 16,5% = 825,00) / 156 = 5825,00 / 156 = 37,339... -> 37,34.
    person = dossier(FULLTIME_2025, job(date(2025, 3, 1), "5000.00", id_="e2"))
    assert ikb.hour_price(person, m(2025, 3), BOOK)[0] == D("29.87")
    assert ikb.hour_price(person, m(2025, 4), BOOK)[0] == D("37.34")


def test_buy_price_includes_allowances_with_their_vakantie_uitkering() -> None:
    # Toelagen 200,00 (average of the previous 12 months) + 8% = 16,00.
    # (4000,00 + 660,00 + 200,00 + 16,00) / 156 = 4876,00 / 156 = 31,256... -> 31,26.
    person = dossier(job(date(2024, 1, 1), allowances="200.00"))
    assert ikb.hour_price(person, m(2025, 6), BOOK)[0] == D("31.26")
    # Toelagen do not raise the IKB itself: still 660,00.
    assert ikb.monthly_budget(person, m(2025, 6), BOOK).amount == D("660.00")


def test_sold_hour_value_is_salaris_per_uur() -> None:
    # 4000,00 / 156 = 25,641 -> 25,64.
    value, line = ikb.sell_value(dossier(FULLTIME_2025), m(2025, 9), BOOK)
    assert value == D("25.64")
    assert line.unconfirmed  # the value of a sold hour from 2023 is not confirmed


# ------------------------------------------------------------------ part time


def test_part_time_32_hours() -> None:
    # Salaris 4000,00 x 32/36 = 3555,555... -> 3555,56.
    # IKB 16,5% x 3555,56 = 586,6674 -> 586,67; a year 12 x 586,67 = 7040,04.
    person = dossier(job(date(2024, 1, 1), hours="32"))
    accrual = ikb.monthly_budget(person, m(2025, 5), BOOK)
    assert accrual.base == D("3555.56")
    assert accrual.amount == D("586.67")
    plan = ikb.year_plan(person, 2025, BOOK)
    assert plan.accrued_total == D("7040.04")
    # Buy maximum: 187 x 32/36 = 166,2 -> rounded down 166.
    assert plan.hours_buy_max == D("166")
    # Sell maximum: 32 x 32/36 = 28,4 -> rounded up 29 (pro rata unconfirmed).
    assert plan.hours_sell_max == D("29")
    # The hour price is at full time: still 29,87.
    assert ikb.hour_price(person, m(2025, 5), BOOK)[0] == D("29.87")
    assert_balanced(plan)


def test_part_time_buy_above_the_pro_rata_cap_is_refused() -> None:
    person = dossier(job(date(2024, 1, 1), hours="32"), choices=(buy(m(2025, 12), "167"),))
    violations = ikb.validate_choices(person, BOOK)
    assert [v.field for v in violations] == ["ikb_choices[0].hours"]
    assert "166" in violations[0].message


def test_buy_max_follows_the_average_hours_of_the_year() -> None:
    # 36 h until 30 June (181 days), 18 h from 1 July (184 days):
    # average = (36 x 181 + 18 x 184) / 365 = 9828 / 365 = 26,93 h; 187 x 26,93/36 = 139,8 -> 139.
    person = dossier(FULLTIME_2025, job(date(2025, 7, 1), hours="18", id_="e2"))
    assert ikb.year_plan(person, 2025, BOOK).hours_buy_max == D("139")


# ------------------------------------------------------------------ changes during the year


def test_salary_change_on_the_first_of_july() -> None:
    # Jan-Jun 16,5% x 4000,00 = 660,00; Jul-Dec 16,5% x 4200,00 = 693,00.
    # Year: 6 x 660,00 + 6 x 693,00 = 3960,00 + 4158,00 = 8118,00.
    person = dossier(FULLTIME_2025, job(date(2025, 7, 1), "4200.00", id_="e2"))
    plan = ikb.year_plan(person, 2025, BOOK)
    assert [row.accrued for row in plan.months] == [D("660.00")] * 6 + [D("693.00")] * 6
    assert plan.accrued_total == D("8118.00")
    assert_balanced(plan)


def test_salary_change_mid_month_is_pro_rata_by_days() -> None:
    # Raise on 16 July: 15 days at 660,00 and 16 days at 693,00 of 31:
    # (660,00 x 15 + 693,00 x 16) / 31 = (9900 + 11088) / 31 = 677,032... -> 677,03.
    person = dossier(FULLTIME_2025, job(date(2025, 7, 16), "4200.00", id_="e2"))
    accrual = ikb.monthly_budget(person, m(2025, 7), BOOK)
    assert accrual.amount == D("677.03")
    assert accrual.employed_days == 31


def test_percentage_change_on_2024_07_01() -> None:
    # Jan-Jun 16,37% x 4000,00 = 654,80; Jul-Dec 16,50% x 4000,00 = 660,00.
    # Year: 6 x 654,80 + 6 x 660,00 = 3928,80 + 3960,00 = 7888,80.
    plan = ikb.year_plan(dossier(job(date(2024, 1, 1))), 2024, BOOK)
    assert [row.accrued for row in plan.months] == [D("654.80")] * 6 + [D("660.00")] * 6
    assert plan.accrued_total == D("7888.80")
    assert_balanced(plan)


def test_start_of_employment_mid_month() -> None:
    # Start on 10 March 2025: 22 of 31 days; 660,00 x 22/31 = 468,387... -> 468,39.
    person = dossier(job(date(2025, 3, 10)), choices=(payout(m(2025, 2), "10.00"),))
    plan = ikb.year_plan(person, 2025, BOOK)
    assert plan.months[0].month == m(2025, 3)
    assert len(plan.months) == 10
    assert plan.months[0].accrued == D("468.39")
    assert plan.accrued_total == D("468.39") + 9 * D("660.00")
    # A choice before the start is outside the employment.
    assert [v.field for v in plan.violations] == ["ikb_choices[0].month"]


# ------------------------------------------------------------------ floors


def test_2025_minimum_budget_of_440() -> None:
    # 16,5% x 2500,00 = 412,50 < 440,00 -> 440,00.
    accrual = ikb.monthly_budget(dossier(job(date(2024, 1, 1), "2500.00")), m(2025, 2), BOOK)
    assert accrual.amount == D("440.00")
    assert accrual.floor_applied
    assert any(
        line.rule and line.rule.key == "ikb_minimum_budget_fulltime" for line in accrual.lines
    )


def test_2025_minimum_budget_is_pro_rata_for_part_time_and_marked_unconfirmed() -> None:
    # 18 h: salaris 2500,00 x 18/36 = 1250,00; 16,5% = 206,25 < 440,00 x 18/36 = 220,00 -> 220,00.
    person = dossier(job(date(2024, 1, 1), "2500.00", hours="18"))
    assert ikb.monthly_budget(person, m(2025, 2), BOOK).amount == D("220.00")
    plan = ikb.year_plan(person, 2025, BOOK)
    assert "ikb_minimum_budget_pro_rata" in {rule.key for rule in plan.unconfirmed_rules}


def test_vakantie_uitkering_floor_before_2025() -> None:
    # H1 2024, 2200,00: the 8% part is 176,00 < 197,66, so
    # IKB = 8,37% x 2200,00 + 197,66 = 184,14 + 197,66 = 381,80.
    accrual = ikb.monthly_budget(dossier(job(date(2024, 1, 1), "2200.00")), m(2024, 3), BOOK)
    assert accrual.amount == D("381.80")
    assert accrual.floor_applied


# ------------------------------------------------------------------ refusals


def test_buying_before_enough_has_accrued_is_refused_naming_month_and_amount() -> None:
    # By March 3 x 660,00 = 1980,00 has accrued; 100 h x 29,87 = 2987,00 is more.
    person = dossier(FULLTIME_2025, choices=(buy(m(2025, 3), "100"),))
    violations = ikb.validate_choices(person, BOOK)
    assert len(violations) == 1
    assert violations[0].field == "ikb_choices[0].hours"
    assert "maart 2025" in violations[0].message
    assert f"€{NBSP}1.980,00" in violations[0].message
    # The same hours in June fit: 6 x 660,00 = 3960,00 >= 2987,00.
    assert ikb.validate_choices(person, BOOK, (buy(m(2025, 6), "100"),)) == []


def test_spending_above_what_has_accrued_is_refused() -> None:
    # January: 660,00 accrued, 700,00 paid out.
    person = dossier(FULLTIME_2025, choices=(payout(m(2025, 1), "700.00"),))
    violations = ikb.validate_choices(person, BOOK)
    assert [v.field for v in violations] == ["ikb_choices[0].amount"]
    assert "januari 2025" in violations[0].message
    assert f"€{NBSP}660,00" in violations[0].message
    plan = ikb.year_plan(person, 2025, BOOK)
    assert plan.months[0].available == D("-40.00")  # the plan shows where it goes wrong
    assert_balanced(plan)


def test_spending_counts_all_months_before() -> None:
    # Feb: 1320,00 accrued; 600,00 in January and 700,00 in February = 1300,00: fine.
    # March: 1980,00 accrued; + 700,00 = 2000,00: the March choice is refused, not the others.
    choices = (
        payout(m(2025, 1), "600.00"),
        payout(m(2025, 2), "700.00"),
        goal(m(2025, 3), "vakbondscontributie", "700.00"),
    )
    violations = ikb.validate_choices(dossier(FULLTIME_2025), BOOK, choices)
    assert [v.field for v in violations] == ["ikb_choices[2].amount"]


def test_buying_above_the_cap_is_refused() -> None:
    choices = (buy(m(2025, 10), "100"), buy(m(2025, 12), "88"))
    violations = ikb.validate_choices(dossier(FULLTIME_2025), BOOK, choices)
    assert [v.field for v in violations] == ["ikb_choices[1].hours"]
    assert "187" in violations[0].message


def test_bought_hours_must_be_whole() -> None:
    violations = ikb.validate_choices(dossier(FULLTIME_2025), BOOK, (buy(m(2025, 6), "10.5"),))
    assert [v.field for v in violations] == ["ikb_choices[0].hours"]
    assert "10,5" in violations[0].message


def test_selling_above_the_cap_is_refused() -> None:
    person = dossier(FULLTIME_2025)
    assert ikb.validate_choices(person, BOOK, (sell(m(2025, 9), "32"),)) == []
    violations = ikb.validate_choices(
        person, BOOK, (sell(m(2025, 4), "20"), sell(m(2025, 9), "13"))
    )
    assert [v.field for v in violations] == ["ikb_choices[1].hours"]
    assert "32" in violations[0].message


def test_sell_cap_with_transition_hours() -> None:
    # Born 1975, in sector Rijk since 2010, no PAS: 32 + 30 = 62.
    profile = Profile(birth_date=date(1975, 4, 2), rijk_start_date=date(2010, 1, 1))
    person = dossier(FULLTIME_2025, profile=profile)
    assert ikb.year_plan(person, 2025, BOOK).hours_sell_max == D("62")
    # Born before 1978 and chose PAS: no transition.
    pas = dossier(FULLTIME_2025, profile=replace(profile, chose_pas=True))
    assert ikb.year_plan(pas, 2025, BOOK).hours_sell_max == D("32")
    # Born 1980: the PAS condition does not apply; 32 + 15 = 47.
    young = dossier(
        FULLTIME_2025, profile=replace(profile, birth_date=date(1980, 1, 1), chose_pas=True)
    )
    assert ikb.year_plan(young, 2025, BOOK).hours_sell_max == D("47")
    # Employed in sector Rijk from 1 September 2022 or later: no transition.
    late = dossier(FULLTIME_2025, profile=replace(profile, rijk_start_date=date(2022, 9, 1)))
    assert ikb.year_plan(late, 2025, BOOK).hours_sell_max == D("32")


def test_2020_to_2022_all_ikb_uren_can_be_sold() -> None:
    # 2021, age 52 in the year: 36,0 IKB-uren at full time -> all 36 may be sold.
    profile = Profile(birth_date=date(1969, 5, 1))
    person = dossier(job(date(2020, 1, 1)), profile=profile)
    assert ikb.year_plan(person, 2021, BOOK).hours_sell_max == D("36")
    # Age 30: 21,6 rounded up to 22 (IKB-uren are rounded up to whole hours).
    young = dossier(job(date(2020, 1, 1)), profile=Profile(birth_date=date(1991, 1, 1)))
    assert ikb.year_plan(young, 2021, BOOK).hours_sell_max == D("22")


def test_selling_pays_on_top_of_the_budget() -> None:
    # 16 h x 25,64 = 410,24, paid in September; the budget is untouched.
    plan = ikb.year_plan(dossier(FULLTIME_2025, choices=(sell(m(2025, 9), "16"),)), 2025, BOOK)
    september = plan.months[8]
    assert september.sold_value == D("410.24")
    assert september.spent == D("0.00")
    assert plan.sold_value_total == D("410.24")
    assert plan.hours_sold == D("16")
    assert plan.december_payout == D("7920.00")
    assert_balanced(plan)


# ------------------------------------------------------------------ fiscal goals


def test_fiscal_goal_above_its_yearly_maximum() -> None:
    choices = (
        goal(m(2025, 6), "studieschuld", "1500.00"),
        goal(m(2025, 9), "studieschuld", "600.00"),
    )
    violations = ikb.validate_choices(dossier(FULLTIME_2025), BOOK, choices)
    assert [v.field for v in violations] == ["ikb_choices[1].amount"]
    assert f"€{NBSP}2.000,00" in violations[0].message


def test_unknown_fiscal_goal_and_a_goal_before_it_existed() -> None:
    choices = (goal(m(2025, 6), "zeilboot", "100.00"), goal(m(2024, 6), "studieschuld", "100.00"))
    person = dossier(FULLTIME_2025)
    violations = ikb.validate_choices(person, BOOK, choices)
    assert sorted(v.field for v in violations) == ["ikb_choices[0].goal", "ikb_choices[1].goal"]


def test_fiets_once_per_period_of_calendar_years() -> None:
    # From 2023 (unconfirmed date) once per 5 calendar years: 2023 and 2026 clash.
    person = dossier(job(date(2020, 1, 1)))
    choices = (goal(m(2023, 6), "fiets", "1000.00"), goal(m(2026, 6), "fiets", "1000.00"))
    violations = ikb.validate_choices(person, BOOK, choices)
    assert [v.field for v in violations] == ["ikb_choices[1].month"]
    assert "2023" in violations[0].message
    # 2020: at most 750,00.
    over = ikb.validate_choices(person, BOOK, (goal(m(2020, 6), "fiets", "800.00"),))
    assert [v.field for v in over] == ["ikb_choices[0].amount"]


def test_fietsverzekering_only_with_the_fiets() -> None:
    person = dossier(FULLTIME_2025)
    alone = ikb.validate_choices(person, BOOK, (goal(m(2025, 6), "fietsverzekering", "80.00"),))
    assert [v.field for v in alone] == ["ikb_choices[0].goal"]
    together = (goal(m(2025, 5), "fiets", "1000.00"), goal(m(2025, 6), "fietsverzekering", "80.00"))
    assert ikb.validate_choices(person, BOOK, together) == []


def test_missing_amount_and_hours() -> None:
    choices = (
        IkbChoice("a", m(2025, 6), IkbChoiceKind.PAYOUT),
        IkbChoice("b", m(2025, 6), IkbChoiceKind.BUY_HOURS, hours=D("0")),
        IkbChoice("c", m(2025, 6), IkbChoiceKind.FISCAL_GOAL, amount=D("10.00")),
    )
    violations = ikb.validate_choices(dossier(FULLTIME_2025), BOOK, choices)
    assert [v.field for v in violations] == [
        "ikb_choices[0].amount",
        "ikb_choices[1].hours",
        "ikb_choices[2].goal",
    ]


def test_choice_before_the_ikb_existed() -> None:
    person = dossier(job(date(2018, 1, 1)))
    violations = ikb.validate_choices(person, BOOK, (payout(m(2019, 5), "100.00"),))
    assert [v.field for v in violations] == ["ikb_choices[0].month"]


# ------------------------------------------------------------------ the December remainder


def test_december_remainder_after_choices() -> None:
    # 7920,00 - 500,00 payout in May - 240,00 union fee in June - 20 h x 29,87 (597,40) in March
    # = 6582,60 paid in December.
    choices = (
        buy(m(2025, 3), "20"),
        payout(m(2025, 5), "500.00"),
        goal(m(2025, 6), "vakbondscontributie", "240.00"),
    )
    plan = ikb.year_plan(dossier(FULLTIME_2025, choices=choices), 2025, BOOK)
    assert plan.spent_total == D("1337.40")
    assert plan.december_payout == D("6582.60")
    assert plan.paid_out_total == D("6582.60")
    assert plan.months[10].available == D("5922.60")  # end of November
    assert plan.violations == ()
    assert_balanced(plan)


# ------------------------------------------------------------------ leaving service


def test_leaving_service_in_september() -> None:
    # Last day 30 September 2025: 9 x 660,00 = 5940,00 accrued, nothing after.
    # 20 h bought in March for 597,40; 5 used, so 15 x 29,87 = 448,05 is reversed.
    # Paid in October: 5940,00 - 597,40 + 448,05 = 5790,65.
    person = dossier(
        job(date(2024, 1, 1), end=date(2025, 9, 30)),
        choices=(buy(m(2025, 3), "20"), payout(m(2025, 10), "100.00")),
    )
    plan = ikb.year_plan(person, 2025, BOOK, bought_hours_used=D("5"))
    assert [row.month for row in plan.months] == [m(2025, n) for n in range(1, 11)]
    assert plan.leaving_date == date(2025, 9, 30)
    assert plan.accrued_total == D("5940.00")
    october = plan.months[-1]
    assert october.accrued == D("0.00")
    assert october.reversed == D("448.05")
    assert october.remainder_paid == D("5790.65")
    assert plan.december_payout == D("0.00")
    assert plan.spent_total == D("149.35")  # 597,40 - 448,05
    assert plan.hours_sell_max == D("24")  # 32 x 273/365 = 23,9 -> 24
    # A choice after leaving is outside the employment.
    assert [v.field for v in plan.violations] == ["ikb_choices[1].month"]
    assert "ikb_leaving_payout_after_months" in {r.key for r in plan.unconfirmed_rules}
    assert_balanced(plan)


def test_leaving_reverses_all_bought_hours_when_none_were_used() -> None:
    person = dossier(job(date(2024, 1, 1), end=date(2025, 9, 30)), choices=(buy(m(2025, 3), "20"),))
    plan = ikb.year_plan(person, 2025, BOOK)
    assert plan.months[-1].reversed == D("597.40")
    assert plan.paid_out_total == D("5940.00")
    assert_balanced(plan)


def test_leaving_mid_month_and_in_december() -> None:
    # Last day 15 September: 660,00 x 15/30 = 330,00 for September.
    mid = ikb.year_plan(dossier(job(date(2024, 1, 1), end=date(2025, 9, 15))), 2025, BOOK)
    assert mid.months[8].accrued == D("330.00")
    assert mid.paid_out_total == D("5610.00")  # 8 x 660,00 + 330,00
    # Last day 15 December: paid in December (within two months); 660,00 x 15/31 = 319,35.
    december = ikb.year_plan(dossier(job(date(2024, 1, 1), end=date(2025, 12, 15))), 2025, BOOK)
    assert len(december.months) == 12
    assert december.months[-1].accrued == D("319.35")
    assert december.december_payout == D("7579.35")  # 11 x 660,00 + 319,35


# ------------------------------------------------------------------ what-if, projection, balances


def test_what_if_choices_do_not_touch_the_dossier() -> None:
    person = dossier(FULLTIME_2025, choices=(payout(m(2025, 5), "500.00"),))
    what_if = ikb.year_plan(person, 2025, BOOK, choices=(buy(m(2025, 12), "100"),))
    assert what_if.hours_bought == D("100")
    assert what_if.months[4].payout == D("0.00")
    assert person.ikb_choices == (payout(m(2025, 5), "500.00"),)


def test_projection_uses_the_terms_in_force_on_the_date() -> None:
    # A raise recorded from 1 September is ignored by a projection made in May.
    person = dossier(FULLTIME_2025, job(date(2025, 9, 1), "5000.00", id_="e2"))
    projected = ikb.projection(person, date(2025, 5, 15), BOOK)
    assert projected.accrued_total == D("7920.00")
    assert [row.projected for row in projected.months] == [False] * 5 + [True] * 7
    # Without a date the plan follows the records: 8 x 660,00 + 4 x 825,00 = 8580,00.
    assert ikb.year_plan(person, 2025, BOOK).accrued_total == D("8580.00")


def test_projection_keeps_a_planned_leaving() -> None:
    person = dossier(job(date(2024, 1, 1), end=date(2025, 9, 30)))
    assert ikb.projection(person, date(2025, 5, 15), BOOK).accrued_total == D("5940.00")


# ------------------------------------------------------------------ cut-off and explanation


def test_cutoff_date_default_and_user_setting() -> None:
    assert ikb.cutoff_date(m(2026, 5), BOOK) == date(2026, 5, 12)
    assert ikb.cutoff_date(m(2026, 2), BOOK, cutoff_day=31) == date(2026, 2, 28)


def test_choices_past_the_cutoff_that_were_not_submitted() -> None:
    choices = (
        payout(m(2025, 5), "100.00", id_="late"),
        replace(payout(m(2025, 5), "100.00", id_="done"), submitted=True),
        payout(m(2025, 6), "100.00", id_="soon"),
    )
    plan = ikb.year_plan(dossier(FULLTIME_2025, choices=choices), 2025, BOOK, on=date(2025, 5, 20))
    assert [c.id for c in plan.past_cutoff] == ["late"]
    later = ikb.year_plan(
        dossier(FULLTIME_2025, choices=choices), 2025, BOOK, on=date(2025, 5, 20), cutoff_day=25
    )
    assert later.past_cutoff == ()


def test_unconfirmed_rules_used_are_listed() -> None:
    plan = ikb.year_plan(dossier(FULLTIME_2025, choices=(buy(m(2025, 6), "10"),)), 2025, BOOK)
    keys = {rule.key for rule in plan.unconfirmed_rules}
    assert "ikb_buy_price_formula" in keys
    assert all(rule.confidence is Confidence.UNCONFIRMED for rule in plan.unconfirmed_rules)
    # A 2021 plan without purchases rests on confirmed rules only... except the floor's pro rata.
    old = ikb.year_plan(dossier(job(date(2020, 1, 1))), 2021, BOOK)
    assert {rule.key for rule in old.unconfirmed_rules} == {"ikb_vu_minimum_pro_rata"}


def test_no_employment_no_rows() -> None:
    plan = ikb.year_plan(dossier(job(date(2026, 1, 1))), 2025, BOOK)
    assert plan.months == ()
    assert plan.accrued_total == D("0.00")
    assert plan.hours_buy_max == D("0")

"""What the IKB page, its chart and the Overzicht tile show, worked out without Qt.

The known employee: 36 hours, € 4.000 full time from 1 January 2025. IKB 16,50% of € 4.000 =
€ 660,00 a month, 12 × 660,00 = € 7.920,00 a year (2026: the 16,50% is assumed to continue). An
IKB hour costs € 29,87 in 2025 (maandinkomen € 4.000 × 1,165 = € 4.660 / 156), so 40 hours cost
€ 1.194,80: more than January's € 660,00, less than the € 1.320,00 accrued by February.
"""

from __future__ import annotations

from datetime import date

from rijkapp.cli import balances
from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind, Profile
from rijkapp.services import ikb as ikb_service
from rijkapp.views import ikb as view
from rijkapp.views.ikb import When
from tests.helpers.ikb_year import CHOICES_2025, FULL_TIME_2025
from tests.unit.leave_fixtures import BOOK, H

TODAY = date(2026, 11, 28)
FULL_TIME = FULL_TIME_2025
CHOICES = CHOICES_2025


def person(*choices: IkbChoice, job: Employment = FULL_TIME) -> Dossier:
    return Dossier(
        profile=Profile(
            name="Iris Bakker", birth_date=date(1990, 5, 1), rijk_start_date=date(2015, 1, 1)
        ),
        employment=(job,),
        ikb_choices=choices,
    )


def plan(dossier: Dossier, year: int, on: date) -> view.IkbYear:
    return ikb_service.plan(dossier, year, BOOK, on)


# ------------------------------------------------------------------ the summary


def test_a_year_under_way_counts_up_to_and_with_todays_month() -> None:
    summary = view.summarize(plan(person(), 2025, date(2025, 7, 15)), date(2025, 7, 15))
    assert summary.when is When.CURRENT
    assert summary.accrued_to_date == H("4620.00")  # January to July: 7 × 660,00
    assert summary.spent_to_date == 0
    assert summary.available == H("4620.00")
    assert summary.accrued_total == H("7920.00")
    assert summary.payout == H("7920.00")  # nothing chosen: all of it in December
    assert summary.payout_month == date(2025, 12, 1)
    assert summary.leaving_date is None
    assert (summary.hours_bought, summary.hours_buy_max) == (H(0), H(187))


def test_in_december_the_budget_is_still_there_before_its_payout() -> None:
    summary = view.summarize(plan(person(), 2025, date(2025, 12, 5)), date(2025, 12, 5))
    assert summary.accrued_to_date == summary.available == H("7920.00")


def test_balances_json_is_the_summary_as_the_exchange_format_writes_it() -> None:
    # 2026 on the same terms (16,50% assumed to continue): 11 × 660,00 = 7.260,00 by November;
    # spent 597,40 + 500,00 + 240,00 = 1.337,40; selling 16 h does not touch the budget.
    choices = (
        IkbChoice("k1", date(2026, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H("20")),
        IkbChoice("k2", date(2026, 5, 1), IkbChoiceKind.PAYOUT, amount=H("500.00")),
        IkbChoice(
            "k3",
            date(2026, 6, 1),
            IkbChoiceKind.FISCAL_GOAL,
            goal="vakbondscontributie",
            amount=H("240.00"),
        ),
        IkbChoice("k4", date(2026, 9, 1), IkbChoiceKind.SELL_HOURS, hours=H("16")),
    )
    assert view.balances_section(person(*choices), TODAY, BOOK) == {
        "year": 2026,
        "accrued_to_date": "7260.00",
        "spent_to_date": "1337.40",
        "available": "5922.60",
        "projected_year_total": "7920.00",
        "projected_december_payout": "6582.60",
        "hours_bought": "20",
        "hours_buy_max": "187",
    }
    december = view.balances_section(person(), date(2025, 12, 5), BOOK)
    assert december["accrued_to_date"] == december["available"] == "7920.00"


def test_a_past_year_is_paid_out_and_a_future_one_has_not_started() -> None:
    past = view.summarize(plan(person(), 2025, TODAY), TODAY)
    assert past.when is When.PAST
    assert (past.accrued_to_date, past.available, past.payout) == (H("7920.00"), H(0), H("7920.00"))
    future = view.summarize(plan(person(), 2027, TODAY), TODAY)
    assert future.when is When.FUTURE
    assert (future.accrued_to_date, future.available) == (H(0), H(0))
    assert future.accrued_total == H("7920.00")


def test_the_summary_is_what_balances_json_says_through_the_year() -> None:
    dossier = person(*CHOICES)
    for on in (date(2025, 1, 5), date(2025, 3, 20), date(2025, 6, 30), date(2025, 12, 28)):
        summary = view.summarize(plan(dossier, on.year, on), on)
        expected = balances(dossier, on)["ikb"]
        assert summary.accrued_to_date == H(expected["accrued_to_date"]), on
        assert summary.spent_to_date == H(expected["spent_to_date"]), on
        assert summary.available == H(expected["available"]), on
        assert summary.payout == H(expected["projected_december_payout"]), on
        assert summary.accrued_total == H(expected["projected_year_total"]), on
        assert summary.hours_bought == H(expected["hours_bought"]), on
    # June: 6 × 660,00 = 3.960,00 accrued; 597,40 (20 h) + 240,00 + 500,00 = 1.337,40 spent.
    june = view.summarize(plan(dossier, 2025, date(2025, 6, 30)), date(2025, 6, 30))
    assert (june.spent_to_date, june.available) == (H("1337.40"), H("2622.60"))


# ------------------------------------------------------------------ the reminder


NOVEMBER = IkbChoice("n1", date(2025, 11, 1), IkbChoiceKind.PAYOUT, amount=H("100.00"))


def test_the_reminder_comes_five_days_before_the_cut_off_and_goes_after_it() -> None:
    year = plan(person(NOVEMBER), 2025, date(2025, 11, 6))  # the default cut-off: 12 November
    assert view.reminder_for(year, (NOVEMBER,), date(2025, 11, 6)) is None  # 6 days before
    reminder = view.reminder_for(year, (NOVEMBER,), date(2025, 11, 7))
    assert reminder == view.Reminder(date(2025, 11, 1), date(2025, 11, 12), (NOVEMBER,))
    assert view.reminder_for(year, (NOVEMBER,), date(2025, 11, 12)) is not None  # the last day
    assert view.reminder_for(year, (NOVEMBER,), date(2025, 11, 13)) is None  # overdue instead


def test_no_reminder_for_a_choice_marked_submitted_or_for_another_month() -> None:
    submitted = IkbChoice(
        "n1", date(2025, 11, 1), IkbChoiceKind.PAYOUT, amount=H("100.00"), submitted=True
    )
    year = plan(person(submitted), 2025, date(2025, 11, 10))
    assert view.reminder_for(year, (submitted,), date(2025, 11, 10)) is None
    december = IkbChoice("d1", date(2025, 12, 1), IkbChoiceKind.PAYOUT, amount=H("100.00"))
    assert view.reminder_for(year, (december,), date(2025, 11, 10)) is None


# ------------------------------------------------------------------ the page


def test_the_page_offers_the_years_from_the_first_employment_to_next_year() -> None:
    page = view.ikb_page(person(*CHOICES), None, TODAY, "nl", BOOK)
    assert page.years == (2025, 2026, 2027)
    assert page.year == 2026  # today's year by default
    assert view.ikb_page(person(), 2019, TODAY, "nl", BOOK).year == 2026  # out of range
    chosen = view.ikb_page(person(*CHOICES), 2025, TODAY, "nl", BOOK)
    assert chosen.year == 2025
    assert chosen.choices == CHOICES
    assert chosen.plan is not None and chosen.summary is not None
    assert chosen.summary.when is When.PAST
    assert chosen.reminder is None


def test_the_page_knows_the_cut_off_days_and_the_assumptions_without_the_cut_off() -> None:
    page = view.ikb_page(person(), 2026, TODAY, "nl", BOOK)
    assert (page.cutoff_day, page.default_cutoff_day) == (None, 12)
    assert page.cutoff_rule.key == "ikb_cutoff_day"
    assert page.cutoffs[date(2026, 2, 1)] == date(2026, 2, 12)
    assert len(page.cutoffs) == 12
    keys = {rule.key for rule in page.assumptions}
    assert "ikb_percentage" in keys  # 2026: no new CAO yet
    assert "ikb_cutoff_day" not in keys  # it has its own section
    own_day = view.ikb_page(
        Dossier(employment=(FULL_TIME,), settings=(("ikb_cutoff_day", "28"),)), 2026, TODAY, "nl"
    )
    assert own_day.cutoff_day == 28 and own_day.cutoffs[date(2026, 2, 1)] == date(2026, 2, 28)


def test_goal_names_in_the_language_asked_for_also_of_a_goal_that_has_ended() -> None:
    # Studieschuld exists from 2025: a choice for it dated 2024 keeps its (later) name.
    old = IkbChoice(
        "g2", date(2024, 5, 1), IkbChoiceKind.FISCAL_GOAL, amount=H("10.00"), goal="studieschuld"
    )
    assert (
        view.goal_names(2024, "nl", (old,), BOOK)["studieschuld"] == "Aflossen studieschuld (DUO)"
    )
    english = view.goal_names(2025, "en", book=BOOK)
    assert english["vakbondscontributie"] == "Trade union membership fee"
    unknown = IkbChoice("g3", date(2025, 5, 1), IkbChoiceKind.FISCAL_GOAL, goal="onbekend")
    assert view.goal_names(2025, "nl", (unknown,), BOOK)["onbekend"] == "onbekend"


def test_without_employment_there_is_no_plan() -> None:
    page = view.ikb_page(Dossier(profile=Profile(name="Nog Leeg")), None, TODAY, "nl", BOOK)
    assert page.plan is None and page.summary is None and page.reminder is None
    assert page.assumptions == ()
    assert page.years == (2026, 2027)


def test_the_year_and_a_month_explained() -> None:
    year = plan(person(), 2025, TODAY)
    lines = view.year_lines(year)
    assert len(lines) == len(year.lines)
    assert lines[0].amount is None  # the buy maximum: in hours, so only in its text
    assert "187" in lines[0].render("nl")
    march = view.month_lines(year, date(2025, 3, 1))
    assert march and all(line.on is not None and line.on.month == 3 for line in march)
    assert any(line.rule is not None and line.rule.key == "ikb_percentage" for line in march)
    assert any(line.amount == H("660.00") for line in march)


# ------------------------------------------------------------------ the chart


def test_the_chart_has_twelve_points_per_series() -> None:
    series = view.chart_series(plan(person(), 2025, TODAY))
    assert len(series.months) == len(series.accrued) == len(series.spent) == len(series.paid) == 12
    assert series.accrued[0] == H("660.00") and series.accrued[11] == H("7920.00")
    assert series.paid[:11] == (H(0),) * 11 and series.paid[11] == H("7920.00")
    assert (series.top, series.paid_total, series.accrued_total) == (H("7920.00"),) * 3


def test_a_month_before_the_employment_starts_repeats_the_running_totals() -> None:
    april = Employment("e1", date(2025, 4, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
    series = view.chart_series(plan(person(job=april), 2025, TODAY))
    assert series.accrued[:4] == (H(0), H(0), H(0), H("660.00"))


def test_the_axis_goes_up_in_round_steps() -> None:
    assert view.axis_ticks(H("7920.00")) == tuple(H(n) for n in (0, 2000, 4000, 6000, 8000))
    assert view.axis_ticks(H("1000")) == tuple(H(n) for n in (0, 200, 400, 600, 800, 1000))
    assert view.axis_ticks(H(0)) == (H(0), H(50))  # an empty year still gets an axis


# ------------------------------------------------------------------ the tile


def test_the_tile_has_the_pages_figures_for_this_year() -> None:
    november = IkbChoice("n1", date(2026, 11, 1), IkbChoiceKind.PAYOUT, amount=H("200.00"))
    dossier = Dossier(
        employment=(FULL_TIME,), ikb_choices=(november,), settings=(("ikb_cutoff_day", "28"),)
    )
    tile = view.ikb_tile(dossier, TODAY, BOOK)
    expected = balances(dossier, TODAY)["ikb"]
    assert tile.has_employment and tile.summary is not None
    assert tile.summary.available == H(expected["available"]) == H("7060.00")  # 11 × 660 - 200
    assert tile.summary.payout == H("7720.00")
    assert tile.reminder is not None and tile.reminder.cutoff == TODAY
    assert tile.overdue == ()
    assert 0 < len(tile.lines) <= 3
    assert all(line.on is not None and line.on.month == 11 for line in tile.lines)


def test_the_tile_without_employment_or_without_a_budget_this_year() -> None:
    assert not view.ikb_tile(Dossier(), TODAY, BOOK).has_employment
    later = Employment("e1", date(2027, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
    tile = view.ikb_tile(Dossier(employment=(later,)), TODAY, BOOK)
    assert tile.has_employment and tile.summary is None

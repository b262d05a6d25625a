"""The year planner as a read model: public holidays, working days and leave, day by day."""

from __future__ import annotations

from datetime import date

from rijkapp.domain.records import Dossier, LeaveEntry, LeaveStatus
from rijkapp.views.planner import PlannerDay, YearPlan, year_plan
from tests.unit.leave_fixtures import BOOK, H, employment, entry, fulltimer, schedule

SINCE = date(2025, 1, 1)


def holiday(plan: YearPlan, day: date, language: str = "nl") -> str:
    """The name of the public holiday on ``day``; the test fails when there is none."""
    named = plan.get(day).holiday
    assert named is not None, f"no public holiday on {day}"
    return named.render(language)


def four_days(*leave: LeaveEntry) -> Dossier:
    """36 hours in four days of 9, Wednesday off, from 1 January 2025."""
    return Dossier(
        employment=(employment(SINCE, 36),),
        work_schedule=(schedule(SINCE, 9, 9, 0, 9, 9),),
        leave=leave,
    )


def test_public_holidays_of_the_rijk() -> None:
    plan = year_plan(four_days(), 2026, BOOK)
    assert holiday(plan, date(2026, 4, 27)) == "Koningsdag"
    assert holiday(plan, date(2026, 5, 5)) == "Bevrijdingsdag"  # every year at the Rijk
    assert plan.get(date(2026, 4, 3)).holiday is None  # Goede Vrijdag is not a day off
    assert holiday(plan, date(2026, 12, 25)) == "Eerste kerstdag"
    # The names are kept in both languages and shown in the one asked for.
    assert holiday(plan, date(2026, 5, 5), "en") == "Liberation Day"
    # A public holiday on a working day is still a working day (it is shown as a holiday).
    assert plan.get(date(2026, 4, 27)).working  # a Monday


def test_working_days_follow_the_schedule_and_the_employment() -> None:
    plan = year_plan(four_days(), 2026, BOOK)
    assert plan.get(date(2026, 2, 16)).working  # Monday
    assert not plan.get(date(2026, 2, 18)).working  # Wednesday, the day off
    assert not plan.get(date(2026, 2, 21)).working  # Saturday
    # Before the employment starts nobody works, not even on a Monday.
    assert not year_plan(four_days(), 2024, BOOK).get(date(2024, 12, 30)).working
    # Without any employment the planner shows a plain Monday-to-Friday week.
    bare = year_plan(Dossier(), 2026, BOOK)
    assert bare.get(date(2026, 2, 18)).working and not bare.get(date(2026, 2, 21)).working
    # Employed without a schedule: Monday to Friday.
    no_schedule = Dossier(employment=(employment(SINCE, 36),))
    assert year_plan(no_schedule, 2026, BOOK).get(date(2026, 2, 18)).working


def test_leave_days_with_their_cost_and_status() -> None:
    dossier = four_days(
        LeaveEntry("t", date(2026, 2, 16), date(2026, 2, 20), status=LeaveStatus.TAKEN),
        LeaveEntry("p", date(2026, 7, 20), date(2026, 7, 26), note="zomer"),
    )
    plan = year_plan(dossier, 2026, BOOK)
    assert plan.get(date(2026, 2, 16)) == PlannerDay(
        date(2026, 2, 16), True, None, "t", LeaveStatus.TAKEN, H(9)
    )
    # A day off within leave costs nothing: no status, but it belongs to the leave.
    assert plan.get(date(2026, 2, 18)) == PlannerDay(date(2026, 2, 18), False, None, "t")
    assert plan.get(date(2026, 7, 20)).status is LeaveStatus.PLANNED
    assert plan.get(date(2026, 7, 20)).hours == H(9)
    assert plan.get(date(2026, 7, 20)).note == "zomer"
    sunday = plan.get(date(2026, 7, 26))
    assert (sunday.entry_id, sunday.status, sunday.hours, sunday.working) == (
        "p",
        None,
        H(0),
        False,
    )
    assert plan.get(date(2026, 7, 27)).entry_id is None


def test_a_holiday_within_leave_costs_nothing() -> None:
    plan = year_plan(fulltimer(SINCE, leave=(entry("k", date(2026, 4, 27)),)), 2026, BOOK)
    koningsdag = plan.get(date(2026, 4, 27))
    assert (holiday(plan, date(2026, 4, 27)), koningsdag.entry_id) == ("Koningsdag", "k")
    assert koningsdag.status is None and koningsdag.hours == 0


def test_two_entries_on_one_day_show_the_first_and_count_the_other() -> None:
    dossier = fulltimer(
        SINCE,
        leave=(
            LeaveEntry("late", date(2026, 3, 2), date(2026, 3, 6)),
            entry("early", date(2026, 3, 4), hours="3.6"),
            LeaveEntry("first", date(2026, 2, 27), date(2026, 3, 4), note="eerst"),
        ),
    )
    wednesday = year_plan(dossier, 2026, BOOK).get(date(2026, 3, 4))
    # Earliest start first: "first" (27 February) owns the day; two more entries share it.
    assert (wednesday.entry_id, wednesday.note, wednesday.more_entries) == ("first", "eerst", 2)
    assert wednesday.hours == H("7.2")


def test_an_entry_across_the_new_year_shows_its_days_in_each_year() -> None:
    dossier = fulltimer(SINCE, leave=(LeaveEntry("n", date(2026, 12, 28), date(2027, 1, 2)),))
    this_year = year_plan(dossier, 2026, BOOK)
    next_year = year_plan(dossier, 2027, BOOK)
    assert this_year.get(date(2026, 12, 31)).entry_id == "n"
    assert date(2027, 1, 1) not in this_year.days
    new_year = next_year.get(date(2027, 1, 1))
    assert new_year.holiday is not None and new_year.holiday.render("nl") == "Nieuwjaarsdag"
    assert (new_year.entry_id, new_year.hours) == ("n", H(0))
    assert next_year.get(date(2027, 1, 2)).entry_id == "n"  # a Saturday, within the leave


def test_every_day_of_the_year_is_there() -> None:
    assert len(year_plan(four_days(), 2028, BOOK).days) == 366  # a leap year
    plan = year_plan(four_days(), 2026, BOOK)
    assert len(plan.days) == 365
    # A day of another year: a plain weekday or weekend day.
    assert plan.get(date(2030, 1, 7)) == PlannerDay(date(2030, 1, 7), working=True)

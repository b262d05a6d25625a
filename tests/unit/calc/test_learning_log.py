"""The learning log by year, and the IKB room for the learning goals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.calc.ikb import year_plan
from rijkapp.calc.learning import (
    all_skills,
    hours_by_year,
    ikb_learning_room,
    skills_by_year,
    totals_by_year,
)
from rijkapp.domain.records import (
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LearningStatus,
)
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import BOOK, activity, text

LOG = (
    activity("a1", hours="20", cost="800.00", self_study_hours="10", skills=("data-analyse",),
             start=date(2026, 1, 12), end=date(2026, 2, 14)),
    activity("a2", hours="16", cost="0", skills=("Data-analyse", "schrijven"),
             status=LearningStatus.PLANNED, start=date(2026, 12, 1), end=date(2026, 12, 2)),
    activity("a3", hours="10", cost="400.00", skills=("Excel",), status=LearningStatus.STOPPED,
             start=date(2026, 3, 1), end=date(2026, 4, 1)),
    activity("a4", hours="8", cost="250.00", skills=("schrijven",), start=date(2023, 11, 20),
             end=date(2024, 1, 20)),
    activity("a5", hours="99", cost="99.00", start=None, end=None),
)  # fmt: skip


def test_hours_by_year_leave_out_stopped_activities_and_count_the_year_they_end() -> None:
    # 2024: a4 (started in 2023) 8 h; 2026: a1 20 + a2 16 = 36 h (a3 stopped; a5 has no dates)
    assert hours_by_year(LOG) == {2024: Decimal(8), 2026: Decimal(36)}


def test_year_totals_fill_the_years_between_and_count_what_stopped_ones_cost() -> None:
    rows = totals_by_year(LOG)
    assert [(r.year, r.hours, r.self_study_hours, r.cost, r.activities) for r in rows] == [
        (2024, Decimal(8), Decimal(0), Decimal("250.00"), 1),
        (2025, Decimal(0), Decimal(0), Decimal(0), 0),
        # 800 + 0 + 400 (stopped, paid) = 1200,00; hours without the stopped 10
        (2026, Decimal(36), Decimal(10), Decimal("1200.00"), 3),
    ]


def test_skills_over_the_years_once_each_whatever_the_case() -> None:
    assert skills_by_year(LOG) == {2024: ("schrijven",), 2026: ("data-analyse", "schrijven")}
    assert all_skills(LOG) == ("data-analyse", "Excel", "schrijven")


def test_the_ikb_room_for_studie_and_studieschuld_this_year() -> None:
    job = Employment("e1", date(2025, 1, 1), Decimal(36), 10, 5, Decimal(4000), Decimal(0))
    goal = IkbChoiceKind.FISCAL_GOAL
    choices = (
        IkbChoice("g1", date(2026, 3, 1), goal, Decimal(500), goal="studieschuld"),
        IkbChoice("g2", date(2026, 4, 1), goal, Decimal(300), goal="studie"),
    )
    plan = year_plan(Dossier(employment=(job,), ikb_choices=choices), 2026, BOOK, on=TODAY)
    room = ikb_learning_room(plan, TODAY, BOOK)
    # IKB 2026: 16,50% x 4000 = 660,00 a month, x 12 = 7920,00; chosen 500 + 300 = 800,00
    # not chosen yet: 7920 - 800 = 7120,00
    assert room.left_this_year == Decimal("7120.00")
    studie, studieschuld = room.goals
    # studie has no maximum: all 7120,00 can still go to it
    assert (studie.code, studie.chosen, studie.maximum, studie.room) == (
        "studie", Decimal("300.00"), None, Decimal("7120.00"),
    )  # fmt: skip
    # studieschuld: at most 2000 a year - 500 chosen = 1500,00
    assert (studieschuld.chosen, studieschuld.maximum, studieschuld.room) == (
        Decimal("500.00"), Decimal("2000.00"), Decimal("1500.00"),
    )  # fmt: skip
    assert text(room.lines[2], "en") == (
        "Repaying a student loan (DUO): at most €2,000.00 a year, chosen €500.00; up to "
        "€1,500.00 more can go to it this year."
    )
    # 2026 has no new CAO yet: the studieschuld goal is an assumed continuation.
    assert studieschuld.rule.confidence.value == "unconfirmed"


def test_before_2025_there_is_no_studieschuld_goal() -> None:
    job = Employment("e1", date(2023, 1, 1), Decimal(36), 10, 5, Decimal(4000), Decimal(0))
    plan = year_plan(Dossier(employment=(job,)), 2024, BOOK, on=date(2024, 6, 1))
    room = ikb_learning_room(plan, date(2024, 6, 1), BOOK)
    assert [goal.code for goal in room.goals] == ["studie"]

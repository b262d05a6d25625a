"""The Ontwikkeling page's read model on 28 November 2026: budgets, studiefaciliteiten per own
activity, the A+O regelingen, the IKB room for learning and the career figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp.domain.records import (
    Dossier,
    Employment,
    Funding,
    IkbChoice,
    IkbChoiceKind,
    LearningStatus,
    Profile,
    StudyReason,
)
from rijkapp.views.ontwikkeling import BudgetState, Regeling, facilities_for, ontwikkeling_page
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import BOOK, activity, budget, text

PROFILE = Profile(
    birth_date=date(1980, 5, 17),
    rijk_start_date=date(2010, 3, 1),
    function_start_date=date(2021, 1, 1),
)
JOB = Employment("e1", date(2021, 1, 1), Decimal(36), 11, 6, Decimal(4500), Decimal(0))
DOSSIER = Dossier(
    profile=PROFILE,
    employment=(JOB,),
    ikb_choices=(
        IkbChoice("k1", date(2026, 3, 1), IkbChoiceKind.FISCAL_GOAL, Decimal(600), goal="studie"),
    ),
    development_budgets=(
        budget("d1", amount="2500.00", hours="40", valid_to=date(2030, 12, 31)),
        budget("d2", name="Teambudget", amount="500.00", valid_to=date(2026, 12, 31)),
        budget("d0", name="Oud budget", amount="300.00", valid_to=date(2025, 12, 31)),
    ),
    learning_activities=(
        activity("a1", cost="850.00", hours="24", budget_id="d1", start=date(2026, 2, 1)),
        activity(
            "a2",
            cost="1200.00",
            hours="30",
            reason=StudyReason.LOOPBAANAFSPRAAK,
            status=LearningStatus.PLANNED,
            start=date(2027, 2, 1),
            end=date(2027, 6, 30),
        ),
        activity(
            "a3",
            cost="950.00",
            funding=(Funding.AO_BLIK_VOORUIT,),
            reason=StudyReason.ANDERE_REDEN,
            start=date(2024, 9, 2),
            end=date(2024, 12, 1),
        ),
    ),
)


def test_budgets_with_what_lapses_and_a_warning_before_it_does() -> None:
    page = ontwikkeling_page(DOSSIER, TODAY, BOOK)
    # first to lapse first: d0 lapsed on 1 Jan 2026, d2 lapses on 1 Jan 2027, d1 on 1 Jan 2031
    assert [(b.budget.id, b.state) for b in page.budgets] == [
        ("d0", BudgetState.LAPSED),
        ("d2", BudgetState.OPEN),
        ("d1", BudgetState.OPEN),
    ]
    assert [b.budget.id for b in page.open_budgets] == ["d2", "d1"]
    # d1: 2500 - 850 = 1650,00 and 40 - 24 = 16 hours left
    d1 = page.budgets[2]
    assert (d1.left_amount, d1.left_hours) == (Decimal("1650.00"), Decimal(16))
    # d2 has € 500 left and lapses in 34 days: the page warns
    assert [text(w, "en") for w in page.warnings] == [
        "What is left of Teambudget, €500.00, lapses on 1 January 2027. Book an activity on it "
        "before then, or ask whether it can be extended."
    ]


def test_studiefaciliteiten_for_each_own_activity_newest_first() -> None:
    page = ontwikkeling_page(DOSSIER, TODAY, BOOK)
    assert [a.activity.id for a in page.activities] == ["a2", "a1", "a3"]
    planned, without_reason, blik = page.activities
    assert planned.facilities is not None
    # career agreement: 100% of 1200 = 1200,00; 50% of 30 h = 15 h
    assert planned.facilities.employer_share == Decimal("1200.00")
    assert planned.facilities.study_leave_hours == Decimal("15.00")
    assert without_reason.facilities is None
    assert text(without_reason.note, "nl") == (
        "Er is geen reden voor studiefaciliteiten ingevuld, dus de regels van de CAO gelden niet "
        "voor deze activiteit."
    )
    assert blik.facilities is not None and blik.facilities.employer_share_is_maximum
    assert page.not_covered is not None


def test_regelingen_open_or_from_when_from_the_profile_and_the_log() -> None:
    page = ontwikkeling_page(DOSSIER, TODAY, BOOK)
    found = {r.regeling: r for r in page.regelingen}
    # Blik vooruit used for a3 from 2 September 2024: again from 2 September 2029
    blik = found[Regeling.BLIK_VOORUIT]
    assert (blik.eligible, blik.eligible_from) == (False, date(2029, 9, 2))
    # Loopbaanadvies: at the Rijk since 1 March 2010, 3 years on 1 March 2013
    advice = found[Regeling.LOOPBAANADVIES]
    assert (advice.eligible, advice.eligible_from) == (True, date(2013, 3, 1))
    # the amount of Loopbaanadvies is an assumption the page lists
    assert "ao_loopbaanadvies_max_amount" in {r.key for r in page.assumptions}


def test_the_ikb_room_for_learning_this_year() -> None:
    page = ontwikkeling_page(DOSSIER, TODAY, BOOK)
    assert page.ikb is not None
    # 16,50% x 4500 = 742,50 a month, x 12 = 8910,00; studie chosen 600 -> 8310,00 not chosen
    assert page.ikb.left_this_year == Decimal("8310.00")
    studie = page.ikb.goals[0]
    assert (studie.code, studie.chosen, studie.room) == (
        "studie",
        Decimal("600.00"),
        Decimal("8310.00"),
    )


def test_without_employment_no_ikb_room() -> None:
    assert ontwikkeling_page(Dossier(profile=PROFILE), TODAY, BOOK).ikb is None


def test_career_years_in_the_function_the_next_step_talk_and_the_aow_date() -> None:
    career = ontwikkeling_page(DOSSIER, TODAY, BOOK).career
    # 1 January 2021 to 28 November 2026: 5 years and 10 months = 5,8; the talk from 1 Jan 2026
    assert career.figures.years_in_function == Decimal("5.8")
    assert career.figures.mobility_talk_due
    assert career.mobility_from == date(2026, 1, 1)
    # born 17 May 1980: at least 67 years and 3 months, not fixed yet
    assert career.figures.aow is not None
    assert career.figures.aow.on == date(2047, 8, 17)


def test_the_dialog_shares_follow_the_reason_as_it_is_chosen() -> None:
    typed = activity("new", cost="640.00", hours="12", start=date(2027, 1, 18))
    assert facilities_for(typed, TODAY).facilities is None
    shares = {
        reason: facilities_for(replace(typed, reason=reason), TODAY).facilities
        for reason in StudyReason
    }
    # 100% / 100% / at most 50% of € 640,00; 100% / 50% / at most 25% of 12 lesson hours
    assert {r: (s.employer_share, s.study_leave_hours) for r, s in shares.items() if s} == {
        StudyReason.VERZOEK_LEIDINGGEVENDE: (Decimal("640.00"), Decimal("12.00")),
        StudyReason.LOOPBAANAFSPRAAK: (Decimal("640.00"), Decimal("6.00")),
        StudyReason.ANDERE_REDEN: (Decimal("320.00"), Decimal("3.00")),
    }

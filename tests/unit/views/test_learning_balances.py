"""``balances --json`` on 28 November 2026 for the issue's example: learning and regelingen."""

from __future__ import annotations

import json
from datetime import date

from rijkapp.cli import balances
from rijkapp.domain.records import (
    DevelopmentBudget,
    Dossier,
    LearningKind,
    LearningStatus,
    Profile,
    StudyReason,
)
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import activity, budget, certificate

# The document as the issue shows it.
ISSUE = json.loads(
    """{
  "learning": {
    "hours_by_year": {"2026": "36.00"},
    "activities": [{"id": "a1", "reason": "andere_reden", "cost": "800.00",
                    "employer_share": "400.00", "own_share": "400.00",
                    "employer_share_is_maximum": true, "study_leave_hours": "5.00",
                    "self_study_days_per_week": "0"}],
    "certificates": [{"activity_id": "a1", "valid_until": "2027-02-14",
                      "status": "expiring", "days_left": 78}]
  },
  "regelingen": {
    "blik_vooruit": {"eligible": true, "eligible_from": "2025-06-01", "max_amount": "1000.00"},
    "loopbaanadvies": {"eligible": true, "eligible_from": "2021-03-01"}
  }
}"""
)

BUDGET: DevelopmentBudget = budget(amount="2500.00", hours="40", valid_to=date(2030, 12, 31))
EXAMPLE = Dossier(
    # in the function since 1 June 2022 (+3 years = 1 June 2025); at the Rijk since 1 March 2018
    # (+3 years = 1 March 2021); neither regeling used before
    profile=Profile(rijk_start_date=date(2018, 3, 1), function_start_date=date(2022, 6, 1)),
    development_budgets=(BUDGET,),
    learning_activities=(
        # € 800 for another reason: the employer at most 50% = 400, you at least 400;
        # at most 25% of 20 lesson hours = 5 hours of study leave; no self-study leave
        activity(
            "a1",
            cost="800.00",
            hours="20",
            reason=StudyReason.ANDERE_REDEN,
            start=date(2026, 1, 12),
            end=date(2026, 2, 14),
            budget_id="d1",
            certificates=(certificate(date(2027, 2, 14)),),
        ),
        # no reason: no studiefaciliteiten, but its 16 hours count: 20 + 16 = 36 in 2026
        activity(
            "a2",
            kind=LearningKind.E_LEARNING,
            hours="16",
            start=date(2026, 9, 1),
            end=date(2026, 12, 11),
            status=LearningStatus.BUSY,
        ),
        # stopped: its hours do not count
        activity("a3", hours="12", status=LearningStatus.STOPPED, end=date(2026, 5, 1)),
    ),
)


def test_balances_json_adds_learning_and_regelingen_as_the_issue_shows() -> None:
    document = balances(EXAMPLE, TODAY)
    assert {"learning": document["learning"], "regelingen": document["regelingen"]} == ISSUE


def test_balances_json_keeps_development_as_it_was() -> None:
    # 2500 - 800 (a1, done) = 1700,00; 40 - 20 = 20 hours; gone after 31 December 2030
    assert balances(EXAMPLE, TODAY)["development"] == [
        {
            "budget_id": "d1",
            "amount_left": "1700.00",
            "hours_left": "20.00",
            "expires": "2031-01-01",
        }
    ]


def test_without_profile_dates_the_regelingen_are_unknown_not_refused() -> None:
    document = balances(Dossier(), TODAY)
    assert document["regelingen"] == {
        "blik_vooruit": {"eligible": None, "eligible_from": None, "max_amount": "1000.00"},
        "loopbaanadvies": {"eligible": None, "eligible_from": None},
    }
    assert document["learning"] == {"hours_by_year": {}, "activities": [], "certificates": []}

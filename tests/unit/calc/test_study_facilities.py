"""Studiefaciliteiten (CAO Rijk 12.3) per activity, worked out by hand from the rule book.

reason                     costs        lesson/exam time   self-study
verzoek_leidinggevende     100%         100%               at most 1 day a week
loopbaanafspraak           100%         50%                at most 1 day a week
andere_reden               at most 50%  at most 25%        none (employer decides)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from rijkapp.calc.learning import not_covered, study_facilities
from rijkapp.domain.records import LearningStatus, StudyReason
from rijkapp.rules.book import Confidence
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import BOOK, activity, text


def test_at_the_managers_request_the_employer_pays_all_and_all_lesson_time_is_leave() -> None:
    course = activity(cost="1200.00", hours="40", reason=StudyReason.VERZOEK_LEIDINGGEVENDE)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None
    # 100% of € 1.200,00 = € 1.200,00 for the employer, € 0,00 for you; 100% of 40 h = 40 h
    assert (shares.employer_share, shares.own_share) == (Decimal("1200.00"), Decimal("0.00"))
    assert shares.employer_share_is_maximum is False
    assert shares.study_leave_hours == Decimal("40.00")
    assert shares.self_study_days_per_week == 1
    assert shares.travel_paid is True
    texts = [text(line, "nl") for line in shares.lines]
    assert (
        "Studiekosten € 1.200,00: je werkgever betaalt 100% = € 1.200,00; jij betaalt € 0,00."
        in texts
    )
    assert any("je leidinggevende mag meer geven" in text for text in texts)
    # Started after 1 August 2022: training the employer must give is free (art. 7:611a BW).
    assert shares.free_by_law_hint is not None
    assert "study_training_free_by_law" in shares.rule_keys


def test_for_career_agreements_all_costs_and_half_the_lesson_time() -> None:
    course = activity(cost="1500.00", hours="30", reason=StudyReason.LOOPBAANAFSPRAAK)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None
    # 100% of € 1.500,00 = € 1.500,00; 50% of 30 h = 15 h; at most 1 day a week for self-study
    assert (shares.employer_share, shares.own_share) == (Decimal("1500.00"), Decimal("0.00"))
    assert shares.study_leave_hours == Decimal("15.00")
    assert shares.self_study_days_per_week == 1
    assert shares.employer_share_is_maximum is False
    assert shares.free_by_law_hint is None  # only for training at the manager's request


def test_for_another_reason_the_shares_are_maxima_at_the_employers_discretion() -> None:
    course = activity(cost="800.00", hours="20", reason=StudyReason.ANDERE_REDEN)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None
    # at most 50% of € 800,00 = € 400,00 for the employer; you pay at least € 400,00;
    # at most 25% of 20 h = 5 h study leave; no leave for self-study; travel not paid
    assert (shares.employer_share, shares.own_share) == (Decimal("400.00"), Decimal("400.00"))
    assert shares.employer_share_is_maximum is True
    assert shares.study_leave_hours == Decimal("5.00")
    assert shares.self_study_days_per_week == 0
    assert shares.travel_paid is False
    texts = [text(line, "en") for line in shares.lines]
    assert (
        "Study costs €800.00: your employer may pay at most 50% = €400.00; "
        "you pay at least €400.00." in texts
    )
    assert "Lessons and exams 20 hours: at most 25% can be study leave = 5 hours." in texts
    assert set(shares.rule_keys) >= {
        "study_cost_pct_andere_reden",
        "study_leave_pct_andere_reden",
        "study_self_study_days_andere_reden",
        "study_entitled_andere_reden",
    }


def test_a_maximum_share_rounds_down_so_it_never_exceeds_the_rule() -> None:
    course = activity(cost="99.99", hours="7", reason=StudyReason.ANDERE_REDEN)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None
    # at most 50% of 99,99 = 49,995 -> 49,99 (down: 50,00 would be more than 50%);
    # yours 99,99 - 49,99 = 50,00; at most 25% of 7 h = 1,75 h
    assert (shares.employer_share, shares.own_share) == (Decimal("49.99"), Decimal("50.00"))
    assert shares.study_leave_hours == Decimal("1.75")


def test_the_repayment_risk_is_in_words_and_names_the_unconfirmed_part() -> None:
    course = activity(cost="800.00", hours="20", reason=StudyReason.LOOPBAANAFSPRAAK)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None and shares.repayment_risk is not None
    risk = text(shares.repayment_risk, "nl")
    assert "terugbetaalt" in risk and "Rijkapp rekent geen bedrag uit" in risk
    assert "€" not in risk  # never an amount
    unconfirmed = [r.key for r in shares.rules if r.confidence is Confidence.UNCONFIRMED]
    assert unconfirmed == ["study_repayment_other"]


def test_a_stopped_study_says_so_in_its_repayment_risk() -> None:
    course = activity(
        cost="800.00", hours="20", reason=StudyReason.ANDERE_REDEN, status=LearningStatus.STOPPED
    )
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None and shares.repayment_risk is not None
    assert text(shares.repayment_risk, "en").startswith("You stopped this study.")


def test_without_a_reason_no_studiefaciliteiten_and_nothing_to_pay_back() -> None:
    assert study_facilities(activity(cost="850.00", hours="24"), TODAY, BOOK) is None


def test_nothing_paid_by_the_employer_means_no_repayment_risk() -> None:
    free = activity(cost="0", hours="8", reason=StudyReason.ANDERE_REDEN)
    shares = study_facilities(free, TODAY, BOOK)
    assert shares is not None
    assert shares.repayment_risk is None
    assert shares.study_leave_hours == Decimal("2.00")  # 25% of 8 h


def test_a_study_from_before_the_rule_book_is_read_with_its_first_rules() -> None:
    old = activity(
        cost="600.00", hours="10", reason=StudyReason.VERZOEK_LEIDINGGEVENDE, start=date(2018, 9, 1)
    )
    shares = study_facilities(old, TODAY, BOOK)
    assert shares is not None
    assert shares.rules_on == date(2020, 1, 1)
    assert shares.employer_share == Decimal("600.00")
    # Article 7:611a BW holds from 1 August 2022; the first rules are older.
    assert shares.free_by_law_hint is None


def test_memberships_are_never_study_costs() -> None:
    line = not_covered(TODAY, BOOK)
    assert line is not None and line.rule is not None
    assert text(line, "nl") == "Contributies en lidmaatschappen zijn geen studiekosten."
    assert line.rule.confidence is Confidence.CONFIRMED


@given(
    cents=st.integers(min_value=0, max_value=2_000_000),
    quarter_hours=st.integers(min_value=0, max_value=4_000),
    reason=st.sampled_from(list(StudyReason)),
)
def test_employer_share_and_own_share_add_up_to_the_cost(
    cents: int, quarter_hours: int, reason: StudyReason
) -> None:
    cost = Decimal(cents) / 100
    course = activity(cost=str(cost), hours=str(Decimal(quarter_hours) / 4), reason=reason)
    shares = study_facilities(course, TODAY, BOOK)
    assert shares is not None
    assert shares.employer_share + shares.own_share == cost
    assert Decimal(0) <= shares.own_share <= cost
    assert Decimal(0) <= shares.study_leave_hours <= course.hours
    if shares.employer_share_is_maximum:
        # A maximum is never rounded past its percentage: at most 50% of the cost.
        assert shares.employer_share * 2 <= cost

"""A+O fonds Rijk: Blik vooruit (3 years in the function, once in 5 years, from 1 January 2023)
and Loopbaanadvies (3 years at the Rijk, once in 5 years)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.calc.learning import Regeling, eligibility, regelingen
from rijkapp.domain.records import Funding, LearningStatus, Profile
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import BOOK, activity, text

PROFILE = Profile(rijk_start_date=date(2018, 3, 1), function_start_date=date(2022, 6, 1))


def test_blik_vooruit_opens_three_years_after_the_start_in_the_function() -> None:
    # In the function since 1 June 2022: 3 years on 1 June 2025.
    before = eligibility(Regeling.BLIK_VOORUIT, PROFILE, (), date(2025, 5, 31), BOOK)
    assert (before.eligible, before.eligible_from) == (False, date(2025, 6, 1))
    assert text(before.reason, "en") == (
        "Open to you from 1 June 2025. In your current function since 1 June 2022: "
        "3 years on 1 June 2025."
    )
    on_the_day = eligibility(Regeling.BLIK_VOORUIT, PROFILE, (), date(2025, 6, 1), BOOK)
    assert (on_the_day.eligible, on_the_day.eligible_from) == (True, date(2025, 6, 1))
    assert on_the_day.max_amount == Decimal("1000.00")
    assert on_the_day.max_amount_confirmed


def test_blik_vooruit_is_not_open_before_the_regeling_exists() -> None:
    # 3 years in the function long before 2023, but the regeling starts on 1 January 2023.
    veteran = Profile(rijk_start_date=date(2005, 1, 1), function_start_date=date(2012, 4, 1))
    before = eligibility(Regeling.BLIK_VOORUIT, veteran, (), date(2022, 12, 31), BOOK)
    assert (before.eligible, before.eligible_from) == (False, date(2023, 1, 1))
    assert text(before.reason, "en").endswith("The regeling exists from 1 January 2023.")
    assert eligibility(Regeling.BLIK_VOORUIT, veteran, (), date(2023, 1, 1), BOOK).eligible


def test_after_a_previous_use_blik_vooruit_opens_again_five_years_after_its_start() -> None:
    used = activity(
        "a1",
        title="Projectleiderschap",
        cost="950.00",
        funding=(Funding.AO_BLIK_VOORUIT,),
        start=date(2025, 9, 15),
        end=date(2025, 12, 1),
    )
    # started 15 September 2025: once in 5 years, so again from 15 September 2030
    shown = eligibility(Regeling.BLIK_VOORUIT, PROFILE, (used,), TODAY, BOOK)
    assert (shown.eligible, shown.eligible_from) == (False, date(2030, 9, 15))
    assert shown.last_use == used
    assert text(shown.reason, "nl") == (
        "Voor jou open vanaf 15 september 2030. Laatst gebruikt voor Projectleiderschap, "
        "begonnen op 15 september 2025: eens in de 5 jaar, dus weer vanaf 15 september 2030."
    )
    day_before = eligibility(Regeling.BLIK_VOORUIT, PROFILE, (used,), date(2030, 9, 14), BOOK)
    assert day_before.eligible is False
    assert eligibility(Regeling.BLIK_VOORUIT, PROFILE, (used,), date(2030, 9, 15), BOOK).eligible


def test_a_planned_use_that_has_not_started_leaves_the_regeling_open() -> None:
    planned = activity(
        "a2",
        status=LearningStatus.PLANNED,
        funding=(Funding.AO_BLIK_VOORUIT,),
        start=date(2027, 1, 11),
        end=date(2027, 3, 1),
    )
    shown = eligibility(Regeling.BLIK_VOORUIT, PROFILE, (planned,), TODAY, BOOK)
    assert (shown.eligible, shown.eligible_from, shown.last_use) == (True, date(2025, 6, 1), None)


def test_loopbaanadvies_counts_from_the_start_at_the_rijk() -> None:
    # At the Rijk since 1 March 2018: 3 years on 1 March 2021.
    shown = eligibility(Regeling.LOOPBAANADVIES, PROFILE, (), TODAY, BOOK)
    assert (shown.eligible, shown.eligible_from) == (True, date(2021, 3, 1))
    # The amount is not confirmed: kept, and said so.
    assert shown.max_amount == Decimal("1500.00")
    assert not shown.max_amount_confirmed
    assert any("niet bevestigd" in text(line, "nl") for line in shown.lines)


def test_a_use_of_one_regeling_does_not_close_the_other() -> None:
    advice = activity("a3", funding=(Funding.AO_LOOPBAANADVIES,), start=date(2024, 5, 1))
    blik_vooruit, loopbaanadvies = regelingen(PROFILE, (advice,), TODAY, BOOK)
    assert blik_vooruit.eligible is True
    # started 1 May 2024 + 5 years = 1 May 2029
    assert (loopbaanadvies.eligible, loopbaanadvies.eligible_from) == (False, date(2029, 5, 1))


def test_without_the_profile_dates_the_app_asks_for_them() -> None:
    blik_vooruit, loopbaanadvies = regelingen(Profile(), (), TODAY, BOOK)
    assert (blik_vooruit.eligible, blik_vooruit.eligible_from) == (None, None)
    assert text(blik_vooruit.reason, "en") == (
        "Fill in on the Profiel page since when you work in your current function."
    )
    assert loopbaanadvies.eligible is None

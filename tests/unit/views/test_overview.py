"""The Overzicht's career and employment tiles as a read model, without Qt.

AOW ages come from the rule book (resources/rules/career.toml): born 1962 is in the table for
2029, 67 years and 3 months; born on or after 1 October 1964 the age is not fixed yet, at least
67 years and 3 months. The conversation about a next step comes after 5 years in a function.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp.domain.records import Dossier, Employment, Profile
from rijkapp.services.data import Session
from rijkapp.views.overview import Overview, load_overview_page, overview
from tests.helpers import TODAY
from tests.unit.leave_fixtures import BOOK, employment

PROFILE = Profile(
    name="Sanne de Vries",
    birth_date=date(1962, 1, 20),
    rijk_start_date=date(2005, 9, 1),
    function_start_date=date(2023, 2, 28),
)


def on_today(dossier: Dossier, *, has_profile: bool = True) -> Overview:
    return overview(dossier, TODAY, BOOK, has_profile=has_profile)


def test_the_aow_date_from_the_table_of_the_birth_year() -> None:
    aow = on_today(Dossier(profile=PROFILE)).aow
    assert aow is not None
    # 20 January 1962 + 67 years and 3 months = 20 April 2029
    assert (aow.on, aow.years, aow.months, aow.provisional) == (date(2029, 4, 20), 67, 3, False)


def test_a_young_employee_gets_the_minimum_age_marked_provisional() -> None:
    young = replace(PROFILE, birth_date=date(1984, 5, 17))
    aow = on_today(Dossier(profile=young)).aow
    assert aow is not None
    assert (aow.on, aow.provisional) == (date(2051, 8, 17), True)


def test_no_birth_date_no_aow() -> None:
    assert on_today(Dossier(profile=replace(PROFILE, birth_date=None))).aow is None


def test_three_years_in_the_function_the_next_step_comes_after_five() -> None:
    shown = on_today(Dossier(profile=PROFILE))
    # 28 February 2023 to 28 November 2026: 3 years and 9 months = 3,75, shown rounded down
    assert shown.years_in_function == Decimal("3.7")
    assert shown.mobility is not None
    assert shown.mobility.rule.decimal == 5
    assert not shown.mobility.due
    assert shown.mobility.from_day == date(2028, 2, 28)


def test_five_years_or_more_in_the_function_the_talk_is_due() -> None:
    shown = on_today(Dossier(profile=replace(PROFILE, function_start_date=date(2021, 3, 1))))
    # 1 March 2021 to 28 November 2026: 5 years and 8 months
    assert shown.years_in_function == Decimal("5.6")
    assert shown.mobility is not None
    assert shown.mobility.due
    assert shown.mobility.from_day == date(2026, 3, 1)


def test_without_a_start_in_the_function_no_years_and_no_talk() -> None:
    shown = on_today(Dossier(profile=replace(PROFILE, function_start_date=None)))
    assert (shown.years_in_function, shown.mobility) == (None, None)


def test_the_terms_in_force_today_and_the_first_later_change() -> None:
    since_2024 = employment(date(2024, 1, 1), 36)
    from_2027 = employment(date(2027, 1, 1), 32)
    from_2028 = employment(date(2028, 1, 1), 28)
    shown = on_today(Dossier(profile=PROFILE, employment=(from_2028, since_2024, from_2027)))
    assert shown.employment_now == since_2024
    assert shown.next_employment == from_2027


def test_no_employment_yet() -> None:
    shown = on_today(Dossier(profile=PROFILE))
    assert (shown.employment_now, shown.next_employment) == (None, None)


def test_the_greeting_uses_the_first_name() -> None:
    assert on_today(Dossier(profile=PROFILE)).first_name == "Sanne"
    assert on_today(Dossier(profile=replace(PROFILE, name=" "))).first_name == ""


def test_loaded_from_the_store_as_from_the_dossier(session: Session) -> None:
    store = session.store
    assert not load_overview_page(store, TODAY).overview.has_profile
    job: Employment = employment(date(2024, 1, 1), 36)
    store.save_profile(PROFILE)
    store.save(job)
    shown = load_overview_page(store, TODAY).overview
    assert shown == on_today(Dossier(profile=PROFILE, employment=(job,)))

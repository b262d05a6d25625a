"""Leave rules: the rule file, public holidays and the yearly entitlements (worked examples).

The partial-year rule: Rijkapp prorates by calendar days. A year's entitlement is
``base × Σ(hours per week × days) / (36 × days in the year)``, rounded up to whole hours once.
Days without employment count as 0 hours. Calendar days work for any start date (the 15th as well
as the 1st), for a change of hours in the middle of a month, and for leap years (366 days).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from rijkapp.calc.holidays import RIJK_PAID_HOLIDAYS, is_rijk_holiday, rijk_holidays
from rijkapp.calc.leave import entitlement
from rijkapp.domain.records import Bucket, Dossier, Profile
from rijkapp.rules.book import Confidence
from tests.unit.leave_fixtures import BOOK, YOUNG, H, employment

LEAVE_KEYS = sorted(filter(lambda key: key.startswith("leave_"), BOOK.keys()))


def statutory(dossier: Dossier, year: int) -> Decimal:
    return entitlement(dossier, Bucket.WETTELIJK, year, BOOK).hours


def ikb(dossier: Dossier, year: int) -> Decimal:
    return entitlement(dossier, Bucket.IKB_UREN, year, BOOK).hours


def worker(hours: str | int, since: date = date(2020, 1, 1), profile: Profile = YOUNG) -> Dossier:
    return Dossier(profile=profile, employment=(employment(since, hours),))


# ------------------------------------------------------------------------------- the rule file


def test_leave_rules_load_with_a_source_and_a_confidence_for_every_period() -> None:
    assert len(LEAVE_KEYS) >= 12
    for key in LEAVE_KEYS:
        for rule in BOOK.periods(key):
            assert rule.source.title, key
            assert isinstance(rule.confidence, Confidence), key
            assert rule.note, key


def test_core_values_match_the_cao() -> None:
    on = date(2025, 6, 1)
    assert BOOK.decimal("leave_fulltime_hours_per_week", on) == 36
    assert BOOK.decimal("leave_statutory_hours_fulltime", on) == 144
    assert BOOK.decimal("leave_borrow_max_hours_fulltime", on) == Decimal("57.6")
    assert BOOK.get("leave_statutory_valid_years", on).value == 2
    assert BOOK.decimal("leave_ikb_hours_fulltime", on) == 64
    assert BOOK.get("leave_ikb_transition_rijk_start_before", on).value == date(2022, 9, 1)


def test_unconfirmed_values_are_marked_unconfirmed() -> None:
    cap_100_weeks = BOOK.get("leave_spaarverlof_max_hours_fulltime", date(2025, 1, 1))
    assert cap_100_weeks.decimal == 3600
    assert cap_100_weeks.confidence is Confidence.UNCONFIRMED
    assert BOOK.get("leave_spaarverlof_max_hours_fulltime", date(2020, 6, 1)).decimal == 1800
    for key in ("leave_consumption_order", "leave_partial_year_measure"):
        assert BOOK.get(key, date(2025, 1, 1)).confidence is Confidence.UNCONFIRMED
    # No CAO for 2026 yet: the 64 hours are an assumed continuation.
    assert BOOK.get("leave_ikb_hours_fulltime", date(2026, 1, 1)).confidence is (
        Confidence.UNCONFIRMED
    )
    assert BOOK.get("leave_ikb_hours_fulltime", date(2025, 1, 1)).confidence is (
        Confidence.CONFIRMED
    )
    unconfirmed = {rule.key for rule in BOOK.unconfirmed()}
    assert "leave_spaarverlof_max_hours_fulltime" in unconfirmed


# ----------------------------------------------------------------------------- public holidays


def test_rijk_holidays_2026_are_the_cao_list() -> None:
    days = rijk_holidays(2026)
    assert sorted(days) == [
        date(2026, 1, 1),
        date(2026, 4, 5),
        date(2026, 4, 6),
        date(2026, 4, 27),
        date(2026, 5, 5),
        date(2026, 5, 14),
        date(2026, 5, 24),
        date(2026, 5, 25),
        date(2026, 12, 25),
        date(2026, 12, 26),
    ]
    assert days[date(2026, 5, 5)] == "Bevrijdingsdag"
    assert days[date(2026, 4, 27)] == "Koningsdag"


def test_goede_vrijdag_is_never_a_rijk_holiday() -> None:
    for good_friday in (date(2024, 3, 29), date(2025, 4, 18), date(2026, 4, 3)):
        assert not is_rijk_holiday(good_friday)
    assert "goede_vrijdag" not in RIJK_PAID_HOLIDAYS


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2030])
def test_bevrijdingsdag_is_a_holiday_every_year_not_only_in_lustrum_years(year: int) -> None:
    assert is_rijk_holiday(date(year, 5, 5))


def test_koningsdag_moves_to_saturday_when_27_april_is_a_sunday() -> None:
    assert is_rijk_holiday(date(2025, 4, 26))
    assert not is_rijk_holiday(date(2025, 4, 27))


def test_holiday_names_in_english() -> None:
    days = rijk_holidays(2026, language="en")
    assert days[date(2026, 5, 5)] == "Liberation Day"
    assert days[date(2026, 12, 25)] == "Christmas Day"
    assert date(2026, 4, 3) not in days


def test_holiday_list_follows_the_rule_book() -> None:
    without_liberation = RIJK_PAID_HOLIDAYS - {"bevrijdingsdag"}
    assert not is_rijk_holiday(date(2026, 5, 5), paid=without_liberation)
    rule = BOOK.get("leave_paid_public_holidays", date(2026, 1, 1))
    assert frozenset(rule.value) == RIJK_PAID_HOLIDAYS


# ------------------------------------------------------------ worked examples: statutory hours


def test_worked_example_27_hours_gives_108_statutory_hours() -> None:
    # 144 × 27/36 = 108 exactly (the CAO's own example); nothing to round.
    assert statutory(worker(27), 2025) == 108


def test_worked_example_32_hours_gives_128_statutory_hours() -> None:
    # 144 × 32/36 = 128 exactly.
    assert statutory(worker(32), 2025) == 128


def test_worked_example_40_hours_gives_160_statutory_hours() -> None:
    # Pro rata above 36 hours too: 144 × 40/36 = 160.
    assert statutory(worker(40), 2025) == 160


def test_worked_example_24_hours_from_1_april_partial_year_by_calendar_days() -> None:
    # Start 1 April 2026: 1 April - 31 December is 30+31+30+31+31+30+31+30+31 = 275 days of 365.
    # 144 × 24/36 × 275/365 = 96 × 0.753424… = 72.3288 → rounded up: 73.
    # (By whole months it would be 96 × 9/12 = 72; Rijkapp counts calendar days, see above.)
    figures = entitlement(worker(24, date(2026, 4, 1)), Bucket.WETTELIJK, 2026, BOOK)
    assert figures.exact == Fraction(144 * 24 * 275, 36 * 365)
    assert figures.exact_decimal == Decimal("72.3288")
    assert figures.hours == 73
    assert figures.parts[0].days == 275


def test_worked_example_start_in_a_leap_year_counts_366_days() -> None:
    # Start 29 February 2024 at 36 h: 29 Feb - 31 Dec is 1 + 31+30+31+30+31+31+30+31+30+31 = 307
    # days of 366. 144 × 307/366 = 120.79 → 121.
    figures = entitlement(worker(36, date(2024, 2, 29)), Bucket.WETTELIJK, 2024, BOOK)
    assert figures.days_in_year == 366
    assert figures.parts[0].days == 307
    assert figures.exact == Fraction(144 * 307, 366)
    assert figures.hours == 121


def test_worked_example_leaving_on_30_june() -> None:
    # Employed 1 January - 30 June 2026 at 36 h: 31+28+31+30+31+30 = 181 days of 365.
    # 144 × 181/365 = 71.41 → 72.
    dossier = Dossier(employment=(employment(date(2020, 1, 1), 36, end_date=date(2026, 6, 30)),))
    assert statutory(dossier, 2026) == 72


def test_change_of_hours_mid_year_is_rounded_up_once_not_per_part() -> None:
    # 32 h from 1 January, 24 h from 1 July 2026: 181 days at 32 and 184 days at 24.
    # Time-weighted: 144 × (32×181 + 24×184) / (36×365) = 144 × 10208 / 13140 = 111.87 → 112.
    # Rounding each part would give ⌈63.47⌉ + ⌈48.39⌉ = 64 + 49 = 113: one hour too many.
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2026, 1, 1), 32), employment(date(2026, 7, 1), 24)),
    )
    figures = entitlement(dossier, Bucket.WETTELIJK, 2026, BOOK)
    assert figures.exact == Fraction(144 * (32 * 181 + 24 * 184), 36 * 365)
    assert figures.hours == 112
    # IKB-uren the same way: 64 × 10208 / 13140 = 49.72 → 50 (per part: 29 + 22 = 51).
    assert ikb(dossier, 2026) == 50
    # What was granted on 1 January, before the change was known: the whole year at 32 h.
    assert entitlement(dossier, Bucket.WETTELIJK, 2026, BOOK, known_on=date(2026, 1, 1)).hours == (
        128
    )


def test_no_rules_before_2020_grant_nothing_and_say_so() -> None:
    figures = entitlement(worker(36, date(2019, 1, 1)), Bucket.WETTELIJK, 2019, BOOK)
    assert figures.hours == 0
    assert figures.notes


# ---------------------------------------------------------------- worked examples: IKB-uren


def test_worked_example_ikb_uren_2026_at_32_hours() -> None:
    # 64 × 32/36 = 56.89 → 57.
    assert ikb(worker(32), 2026) == 57


@pytest.mark.parametrize(
    ("birth_date", "expected"),
    [
        # Age reached in the course of 2022 = 2022 - birth year; 21.6/28.8/36/43.2/50.4 at 36 h,
        # each rounded up to whole hours.
        (date(1978, 1, 1), 22),  # 44: 21.6 → 22
        (date(1977, 12, 31), 29),  # 45 on 31 December 2022 counts for the whole year: 28.8 → 29
        (date(1975, 11, 30), 29),  # 47: 28.8 → 29
        (date(1970, 3, 1), 36),  # 52: 36
        (date(1965, 7, 1), 44),  # 57: 43.2 → 44
        (date(1962, 1, 1), 51),  # 60: 50.4 → 51
    ],
)
def test_age_band_ikb_uren_2022(birth_date: date, expected: int) -> None:
    profile = Profile(birth_date=birth_date, rijk_start_date=date(2000, 1, 1))
    assert ikb(worker(36, profile=profile), 2022) == expected


def test_age_band_ikb_uren_2022_part_time() -> None:
    # Age 47 at 32 h: 28.8 × 32/36 = 25.6 → 26.
    profile = Profile(birth_date=date(1975, 5, 1), rijk_start_date=date(2000, 1, 1))
    assert ikb(worker(32, profile=profile), 2022) == 26


@pytest.mark.parametrize(
    ("birth_year", "expected"),
    [(1983, 64), (1982, 79), (1978, 79), (1977, 94), (1973, 94), (1972, 114), (1966, 114)],
)
def test_transition_extras_2023_on_by_birth_year(birth_year: int, expected: int) -> None:
    profile = Profile(birth_date=date(birth_year, 3, 1), rijk_start_date=date(2010, 1, 1))
    assert ikb(worker(36, profile=profile), 2024) == expected


def test_transition_extras_born_1956_to_1965_until_aow() -> None:
    # Born 1960-02-01: AOW at 67 (born in 1960 → AOW year 2027), on 2027-02-01. 2026 is whole.
    profile = Profile(birth_date=date(1960, 2, 1), rijk_start_date=date(1990, 1, 1))
    assert ikb(worker(36, profile=profile), 2026) == 134


def test_transition_extras_stop_on_the_aow_date() -> None:
    # Born 1958-06-15: AOW at 67 on 2025-06-15. 2025: 165 days (1 Jan - 14 Jun) at 64 + 70 = 134
    # and 200 days at 64. (134×165 + 64×200) / 365 = 34910/365 = 95.64 → 96.
    profile = Profile(birth_date=date(1958, 6, 15), rijk_start_date=date(1990, 1, 1))
    figures = entitlement(worker(36, profile=profile), Bucket.IKB_UREN, 2025, BOOK)
    assert figures.exact == Fraction(134 * 165 + 64 * 200, 365)
    assert figures.hours == 96


def test_transition_extras_need_a_rijk_start_before_1_september_2022() -> None:
    late = Profile(birth_date=date(1980, 1, 1), rijk_start_date=date(2022, 9, 1))
    in_time = Profile(birth_date=date(1980, 1, 1), rijk_start_date=date(2022, 8, 31))
    assert ikb(worker(36, profile=late), 2024) == 64
    assert ikb(worker(36, profile=in_time), 2024) == 79


def test_transition_extras_not_after_choosing_pas_if_born_before_1978() -> None:
    pas_1975 = Profile(
        birth_date=date(1975, 1, 1), rijk_start_date=date(2000, 1, 1), chose_pas=True
    )
    # The PAS condition only applies to those born before 1978.
    pas_1980 = Profile(
        birth_date=date(1980, 1, 1), rijk_start_date=date(2000, 1, 1), chose_pas=True
    )
    assert ikb(worker(36, profile=pas_1975), 2024) == 64
    assert ikb(worker(36, profile=pas_1980), 2024) == 79


def test_transition_uses_the_first_employment_record_without_a_rijk_start_date() -> None:
    profile = Profile(birth_date=date(1970, 1, 1))
    assert ikb(worker(36, date(2015, 1, 1), profile=profile), 2024) == 114


def test_transition_part_time() -> None:
    # Born 1970, 24 h: 114 × 24/36 = 76 exactly.
    profile = Profile(birth_date=date(1970, 1, 1), rijk_start_date=date(2000, 1, 1))
    assert ikb(worker(24, profile=profile), 2024) == 76


def test_unknown_birth_date_is_noted_not_guessed_silently() -> None:
    figures = entitlement(worker(36, profile=Profile()), Bucket.IKB_UREN, 2022, BOOK)
    assert figures.hours == 22  # the youngest group
    assert figures.notes


def test_entitlement_formula_explains_the_arithmetic() -> None:
    figures = entitlement(worker(27), Bucket.WETTELIJK, 2025, BOOK)
    formula = figures.formula()
    assert not isinstance(formula, str | int)  # made in the language it is shown in
    assert formula.render("nl") == "144 × 27/36"
    assert figures.rule is not None
    assert figures.rule.key == "leave_statutory_hours_fulltime"
    assert H(108) == figures.hours

"""The live cost of a leave entry as the leave dialog shows it, worked out without Qt.

The known dossier: 36 hours a week, 7,2 hours Monday to Friday from 1 January 2025, born 1990;
taken 4–15 August 2025 (72 hours). On 27 April 2026 (Koningsdag, a Monday) statutory 2025 has
144 − 72 = 72 hours left. The new starter: from 1 October 2026, 144 × 92/365 = 36,28 → 37
statutory hours and 64 × 92/365 = 16,13 → 17 IKB-uren: 54 hours in 2026.
"""

from __future__ import annotations

from datetime import date

from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import Bucket, Dossier, LeaveEntry, LeaveStatus
from rijkapp.services.leave import check_entry, half_day
from tests.unit.leave_fixtures import BOOK, H, entry, fulltimer

KONINGSDAG = date(2026, 4, 27)
TAKEN = LeaveEntry("a", date(2025, 8, 4), date(2025, 8, 15), status=LeaveStatus.TAKEN)


def known() -> Dossier:
    return fulltimer(date(2025, 1, 1), leave=(TAKEN,))


def new_starter() -> Dossier:
    return fulltimer(date(2026, 10, 1))


def test_a_week_with_koningsdag_costs_four_days() -> None:
    check = check_entry(entry("n", KONINGSDAG, date(2026, 5, 1)), known(), BOOK)
    assert check.errors == ()
    assert check.preview is not None
    assert check.preview.hours == H("28.8")  # 4 × 7,2, not 5 × 7,2 = 36
    assert [(d.day.day, d.hours, d.holiday and d.holiday.render("nl")) for d in check.days] == [
        (27, H(0), "Koningsdag"),
        (28, H("7.2"), None),
        (29, H("7.2"), None),
        (30, H("7.2"), None),
        (1, H("7.2"), None),
    ]
    assert (check.working_days, len(check.days)) == (4, 5)
    # From the oldest hours, statutory 2025; the order is Rijkapp's assumption, and says so.
    assert [(b.bucket, b.year, b.hours) for b in check.taken_from] == [
        (Bucket.WETTELIJK, 2025, H("28.8"))
    ]
    assert check.order_unconfirmed
    assert check.borrowed_from is None
    assert check.warnings == ()


def test_half_a_day_is_half_of_the_scheduled_hours() -> None:
    assert half_day(known(), date(2026, 4, 28), BOOK) == H("3.60")  # a Tuesday: 7,2 / 2
    assert half_day(known(), KONINGSDAG, BOOK) == 0  # a public holiday is not worked
    assert half_day(known(), date(2026, 5, 2), BOOK) == 0  # a Saturday
    assert half_day(known(), date(2024, 6, 3), BOOK) == 0  # before the employment


def test_a_half_day_on_a_holiday_costs_nothing_and_says_so() -> None:
    check = check_entry(entry("h", KONINGSDAG, hours="3.6"), known(), BOOK)
    assert check.errors == ()
    assert check.preview is not None and check.preview.hours == 0
    assert check.working_days == 0 and check.taken_from == ()
    assert tuple(warning.render("nl") for warning in check.warnings) == (
        "27 april 2026 is een feestdag (Koningsdag): die dag kost geen verlofuren.",
    )


def test_borrowing_from_next_year_is_within_the_limit() -> None:
    # 7–18 December 2026: 10 × 7,2 = 72 hours; 54 there, 72 − 54 = 18 borrowed from 2027.
    check = check_entry(entry("b", date(2026, 12, 7), date(2026, 12, 18)), new_starter(), BOOK)
    assert check.errors == ()
    assert check.preview is not None and check.preview.borrows == H(18)
    assert check.borrowed_from == 2027
    assert sorted((b.bucket, b.year, b.hours) for b in check.taken_from) == [
        (Bucket.IKB_UREN, 2026, H(17)),
        (Bucket.WETTELIJK, 2026, H(37)),
    ]


def test_beyond_the_borrowing_limit_stops_save() -> None:
    # 2 November – 18 December 2026: 35 × 7,2 = 252 hours; 252 − 54 = 198 short, of which
    # 57,6 may be borrowed (full time): 140,40 beyond the limit.
    check = check_entry(entry("x", date(2026, 11, 2), date(2026, 12, 18)), new_starter(), BOOK)
    assert check.preview is not None and check.preview.beyond_limit == H("140.40")
    assert check.borrowed_from == 2027
    (error,) = check.errors
    assert isinstance(error, RuleViolation) and error.field == "hours"
    assert "140,4\N{NO-BREAK SPACE}uur" in error.reason


def test_a_last_day_before_the_first_is_not_costed() -> None:
    wrong = entry("w", date(2026, 5, 4), date(2026, 5, 1))
    check = check_entry(wrong, known(), BOOK)
    assert check.preview is None and check.days == () and check.warnings == ()
    assert [e.field for e in check.errors] == ["end"]
    assert check.taken_from == () and check.borrowed_from is None and check.working_days == 0


def test_changing_an_entry_replaces_it() -> None:
    # The taken August leave made one day shorter: 9 × 7,2 = 64,80, not 72 + 64,80.
    shorter = LeaveEntry("a", date(2025, 8, 4), date(2025, 8, 14), status=LeaveStatus.TAKEN)
    check = check_entry(shorter, known(), BOOK)
    assert check.preview is not None and check.preview.hours == H("64.8")
    assert [(b.bucket, b.year, b.hours) for b in check.taken_from] == [
        (Bucket.WETTELIJK, 2025, H("64.8"))
    ]

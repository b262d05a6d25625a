"""The leave ledger: balances on a date, leave days, expiry, spaarverlof, borrowing.

Named after the bug classes peers keep getting wrong (shared/research/peers.md §3): carry-over and
expiry arithmetic, forecasts, part-time and mid-year changes, half days on holidays, weekends and
holidays counted as leave, off-by-one dates, negative balances.

Unless a test says otherwise: 36 hours a week, 7.2 hours Monday to Friday, from 1 January 2024,
born 1990 (64 IKB-uren a year, no transition hours).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from rijkapp.calc.leave import (
    CONSUMPTION_KINDS,
    PostingKind,
    balances_section,
    entry_days,
    entry_hours,
    entry_warnings,
    hours_to_plan_before_expiry,
    ledger,
    preview_entry,
    would_exceed_borrowing,
)
from rijkapp.domain.records import Bucket, Dossier
from tests.unit.leave_fixtures import (
    BOOK,
    YOUNG,
    H,
    balance,
    buy,
    employment,
    entry,
    five_days,
    fulltimer,
    schedule,
    sell,
)

W = Bucket.WETTELIJK
IKB = Bucket.IKB_UREN
SPAAR = Bucket.SPAARVERLOF


def kinds(dossier: Dossier, on: date, kind: PostingKind) -> list[Decimal]:
    return [p.amount for p in ledger(dossier, on, BOOK).postings if p.kind is kind]


# ------------------------------------------------------------------------------- the basics


def test_entitlements_are_granted_on_1_january_for_the_whole_year() -> None:
    figures = ledger(fulltimer(), date(2024, 1, 1), BOOK)
    assert figures.balance(W, 2024) == 144
    assert figures.balance(IKB, 2024) == 64
    assert figures.total == 208
    assert ledger(fulltimer(), date(2023, 12, 31), BOOK).total == 0


def test_empty_dossier_has_an_empty_ledger() -> None:
    figures = ledger(Dossier(), date(2026, 1, 1), BOOK)
    assert figures.total == 0
    assert figures.buckets == ()
    assert figures.lines == ()


def test_balance_on_a_date_counts_leave_days_up_to_and_including_that_date() -> None:
    # 2026-06-01 (Mon) - 2026-06-05 (Fri): 5 × 7.2. On Wednesday the 3rd: 3 days = 21.6 taken.
    dossier = fulltimer(date(2026, 1, 1), leave=(entry("l1", date(2026, 6, 1), date(2026, 6, 5)),))
    assert ledger(dossier, date(2026, 5, 31), BOOK).balance(W, 2026) == 144
    assert ledger(dossier, date(2026, 6, 3), BOOK).balance(W, 2026) == H("122.4")
    assert ledger(dossier, date(2026, 6, 5), BOOK).balance(W, 2026) == 108


# ---------------------------------------------------------------------- carry-over and expiry


def test_carry_over_partly_used_before_expiry_expires_only_the_unused_part() -> None:
    # 2025-03-03 (Mon) - 2025-03-14 (Fri): 10 days × 7.2 = 72 h, taken from the oldest statutory
    # hours (2024). On 1 January 2026 only the 72 h left of 2024 expire; 2025 keeps all 144.
    dossier = fulltimer(leave=(entry("l1", date(2025, 3, 3), date(2025, 3, 14)),))
    before = ledger(dossier, date(2025, 12, 31), BOOK)
    assert before.balance(W, 2024) == 72
    assert before.balance(W, 2025) == 144
    after = ledger(dossier, date(2026, 1, 1), BOOK)
    assert after.balance(W, 2024) == 0
    assert after.balance(W, 2025) == 144
    assert kinds(dossier, date(2026, 1, 1), PostingKind.EXPIRED) == [H(-72)]
    story = [(line.on, line.amount) for line in after.explain(W, 2024)]
    assert story == [
        (date(2024, 1, 1), H(144)),
        (date(2025, 3, 3), H(-72)),
        (date(2026, 1, 1), H(-72)),
    ]
    assert "l1" in after.explain(W, 2024)[1].render("nl")


def test_expiry_on_the_exact_boundary_day() -> None:
    # Statutory hours of 2024 are usable through 31 December 2025 and gone on 1 January 2026.
    last_day = ledger(fulltimer(), date(2025, 12, 31), BOOK)
    assert last_day.balance(W, 2024) == 144
    assert last_day.expiring_within(1) == 144
    assert last_day.expiring_within(0) == 0
    expires = {(b.bucket, b.year): b.expires for b in last_day.buckets}
    assert expires[(W, 2024)] == date(2026, 1, 1)
    first_day_gone = ledger(fulltimer(), date(2026, 1, 1), BOOK)
    assert first_day_gone.balance(W, 2024) == 0
    assert (W, 2024) not in {(b.bucket, b.year) for b in first_day_gone.buckets}
    assert first_day_gone.total == last_day.total - 144 + 144 + 64  # expired; 2026 granted


def test_a_forecast_a_year_ahead() -> None:
    # Planned: 2027-03-01 (Mon) - 2027-03-05 (Fri), 36 h. Seen from mid-2026 it is not yet counted;
    # the forecast for 2027-06-01 includes it, the 2027 grants, and the expiry of 2025 on
    # 1 January 2027. Spaarverlof holds the IKB-uren of 2024, 2025 and 2026: 3 × 64 = 192.
    dossier = fulltimer(leave=(entry("l1", date(2027, 3, 1), date(2027, 3, 5)),))
    now = ledger(dossier, date(2026, 6, 1), BOOK)
    assert now.balance(W, 2025) == 144
    assert now.expiring_within(214) == 144  # 1 June 2026 + 214 days = 1 January 2027
    forecast = ledger(dossier, date(2027, 6, 1), BOOK)
    assert forecast.balance(W, 2025) == 0
    assert forecast.balance(W, 2026) == 108  # the oldest hours left go first
    assert forecast.balance(W, 2027) == 144
    assert forecast.balance(SPAAR) == 192
    assert forecast.balance(IKB, 2027) == 64
    assert forecast.total == 108 + 144 + 192 + 64


def test_hours_to_plan_before_expiry() -> None:
    figures = ledger(fulltimer(), date(2025, 6, 1), BOOK)
    assert hours_to_plan_before_expiry(figures) == [
        (date(2026, 1, 1), H(144)),
        (date(2027, 1, 1), H(144)),
    ]


def test_late_balance_for_an_expired_year_expires_at_once() -> None:
    dossier = fulltimer(
        date(2026, 1, 1),
        balances=(
            balance("b1", date(2026, 3, 1), W, 2023, "10"),
            balance("b2", date(2026, 2, 1), IKB, 2025, "12"),
        ),
    )
    figures = ledger(dossier, date(2026, 3, 1), BOOK)
    assert figures.balance(W, 2023) == 0
    assert figures.balance(SPAAR) == 12  # IKB-uren of a past year belong in spaarverlof
    assert kinds(dossier, date(2026, 3, 1), PostingKind.EXPIRED) == [H(-10)]


# ------------------------------------------------------------------------------ leave days


def test_a_4x9_schedule_counts_9_hour_days_and_a_free_friday() -> None:
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2024, 1, 1), 36),),
        work_schedule=(schedule(date(2024, 1, 1), 9, 9, 9, 9),),
    )
    week = entry("l1", date(2026, 6, 1), date(2026, 6, 7))  # Monday to Sunday
    days = dict(entry_days(week, dossier, BOOK))
    assert days[date(2026, 6, 1)] == 9
    assert days[date(2026, 6, 5)] == 0  # the free Friday
    assert entry_hours(week, dossier, BOOK) == 36


def test_a_shorter_wednesday_counts_its_own_hours_not_a_day() -> None:
    # 8, 8, 4, 8, 8 = 36 h. A Wednesday off costs 4 h, not 7.2 (odoo/odoo#257536).
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2024, 1, 1), 36),),
        work_schedule=(schedule(date(2024, 1, 1), 8, 8, 4, 8, 8),),
    )
    assert entry_hours(entry("l1", date(2026, 6, 3)), dossier, BOOK) == 4


def test_weekends_and_holidays_are_not_counted() -> None:
    # 2026-12-21 (Mon) - 2026-12-27 (Sun): Mon-Thu 4 × 7.2 = 28.8. Friday 25 and Saturday 26 are
    # Kerstdagen, Sunday is a weekend day.
    christmas_week = entry("l1", date(2026, 12, 21), date(2026, 12, 27))
    days = dict(entry_days(christmas_week, fulltimer(), BOOK))
    assert len(days) == 7
    assert days[date(2026, 12, 25)] == 0
    assert days[date(2026, 12, 26)] == 0
    assert days[date(2026, 12, 27)] == 0
    assert entry_hours(christmas_week, fulltimer(), BOOK) == H("28.8")


def test_goede_vrijdag_counts_as_a_working_day_and_bevrijdingsdag_does_not_in_2026() -> None:
    # 2026 is not a lustrum year; the CAO Rijk gives Bevrijdingsdag off every year.
    assert entry_hours(entry("gv", date(2026, 4, 3)), fulltimer(), BOOK) == H("7.2")
    week = entry("bd", date(2026, 5, 4), date(2026, 5, 8))  # Tuesday 5 May inside
    assert entry_hours(week, fulltimer(), BOOK) == H("28.8")
    assert entry_hours(entry("bd27", date(2027, 5, 5)), fulltimer(), BOOK) == 0


def test_a_half_day_on_a_public_holiday_costs_nothing_and_warns() -> None:
    koningsdag = entry("l1", date(2026, 4, 27), hours="3.6")
    assert entry_hours(koningsdag, fulltimer(), BOOK) == 0
    warnings = entry_warnings(koningsdag, fulltimer(), BOOK)
    assert any("Koningsdag" in w.render("nl") for w in warnings)
    assert any("King's Day" in w.render("en") for w in warnings)
    # The same half day on an ordinary Tuesday costs 3.6.
    assert entry_hours(entry("l2", date(2026, 4, 28), hours="3.6"), fulltimer(), BOOK) == H("3.6")
    assert entry_warnings(entry("l2", date(2026, 4, 28), hours="3.6"), fulltimer(), BOOK) == []


def test_hours_entered_for_several_days_are_spread_to_the_cent() -> None:
    three_days = entry("l1", date(2026, 6, 1), date(2026, 6, 3), hours="10")
    shares = [hours for _day, hours in entry_days(three_days, fulltimer(), BOOK)]
    assert sum(shares) == 10
    assert sorted(shares) == [H("3.33"), H("3.33"), H("3.34")]


def test_an_entry_across_a_year_boundary() -> None:
    # 2025-12-29 (Mon) - 2026-01-02 (Fri). 29-31 December: 21.6 h from the statutory hours of
    # 2024, which expire on 1 January 2026 (what is left of them: 144 - 21.6 = 122.4).
    # 1 January is Nieuwjaarsdag; Friday 2 January takes 7.2 from 2025.
    dossier = fulltimer(leave=(entry("l1", date(2025, 12, 29), date(2026, 1, 2)),))
    assert ledger(dossier, date(2025, 12, 30), BOOK).balance(W, 2024) == H("129.6")
    figures = ledger(dossier, date(2026, 1, 2), BOOK)
    assert figures.balance(W, 2024) == 0
    assert figures.balance(W, 2025) == H("136.8")
    assert kinds(dossier, date(2026, 1, 2), PostingKind.EXPIRED) == [H("-122.4")]
    taken = [(p.on, p.year, p.amount) for p in figures.entry_postings("l1")]
    assert taken == [(date(2025, 12, 29), 2024, H("-21.6")), (date(2026, 1, 2), 2025, H("-7.2"))]


def test_a_leap_year_29_february_is_an_ordinary_working_day() -> None:
    # 2024-02-28 (Wed) - 2024-03-01 (Fri): 3 × 7.2 = 21.6, 29 February included.
    leap = entry("l1", date(2024, 2, 28), date(2024, 3, 1))
    days = dict(entry_days(leap, fulltimer(), BOOK))
    assert days[date(2024, 2, 29)] == H("7.2")
    dossier = fulltimer(leave=(leap,))
    assert ledger(dossier, date(2024, 2, 29), BOOK).balance(W, 2024) == H("129.6")


def test_no_work_schedule_assumes_five_equal_days_and_says_so() -> None:
    dossier = Dossier(profile=YOUNG, employment=(employment(date(2024, 1, 1), 32),))
    one_day = entry("l1", date(2026, 6, 1))
    assert entry_hours(one_day, dossier, BOOK) == H("6.4")
    assert entry_warnings(one_day, dossier, BOOK)


# ------------------------------------------------------------------ part-time and employment


def test_change_of_hours_mid_year_is_recalculated_and_rounded_up_once() -> None:
    # 32 h from 1 January 2026, 24 h from 1 July. On 1 January the whole year at 32 h is granted
    # (144 × 32/36 = 128; IKB 64 × 32/36 = 56.89 → 57). On 1 July both are calculated again on the
    # time-weighted average: 144 × (32×181 + 24×184)/(36×365) = 111.87 → 112 (−16), and
    # 64 × 10208/13140 = 49.72 → 50 (−7).
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2026, 1, 1), 32), employment(date(2026, 7, 1), 24)),
        work_schedule=(five_days(date(2026, 1, 1), "6.4"), five_days(date(2026, 7, 1), "4.8")),
    )
    june = ledger(dossier, date(2026, 6, 30), BOOK)
    assert (june.balance(W, 2026), june.balance(IKB, 2026)) == (H(128), H(57))
    july = ledger(dossier, date(2026, 7, 1), BOOK)
    assert (july.balance(W, 2026), july.balance(IKB, 2026)) == (H(112), H(50))
    assert kinds(dossier, date(2026, 7, 1), PostingKind.RECALCULATION) == [H(-16), H(-7)]
    # Leave before and after the change costs that day's schedule.
    assert entry_hours(entry("a", date(2026, 6, 29)), dossier, BOOK) == H("6.4")
    assert entry_hours(entry("b", date(2026, 7, 6)), dossier, BOOK) == H("4.8")


def test_employment_gap_entitlement_pro_rata_and_no_leave_needed_in_the_gap() -> None:
    # Employed 1 January - 31 March (90 days) and again from 1 July (184 days) in 2026:
    # 144 × 274/365 = 108.09 → 109. On 1 January the known end date already counts:
    # 144 × 90/365 = 35.51 → 36; on 1 July the return adds 73.
    dossier = Dossier(
        profile=YOUNG,
        employment=(
            employment(date(2026, 1, 1), 36, end_date=date(2026, 3, 31)),
            employment(date(2026, 7, 1), 36),
        ),
        work_schedule=(five_days(date(2026, 1, 1)),),
        leave=(entry("gap", date(2026, 5, 4)),),
    )
    assert ledger(dossier, date(2026, 1, 1), BOOK).balance(W, 2026) == 36
    figures = ledger(dossier, date(2026, 7, 1), BOOK)
    assert figures.balance(W, 2026) == 109
    assert entry_hours(dossier.leave[0], dossier, BOOK) == 0
    assert entry_warnings(dossier.leave[0], dossier, BOOK)


def test_leave_after_leaving_service_costs_nothing() -> None:
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2024, 1, 1), 36, end_date=date(2026, 6, 30)),),
        work_schedule=(five_days(date(2024, 1, 1)),),
    )
    assert entry_hours(entry("l1", date(2026, 7, 1)), dossier, BOOK) == 0
    # 2026 statutory hours: 144 × 181/365 = 71.41 → 72, all there on the last day.
    assert ledger(dossier, date(2026, 6, 30), BOOK).balance(W, 2026) == 72
    with_leave = replace(dossier, leave=(entry("l1", date(2026, 7, 1)),))
    after = ledger(with_leave, date(2026, 7, 1), BOOK)
    # The day after, the final settlement pays them out; the leave cost nothing.
    assert after.balance(W, 2026) == 0
    assert not [p for p in after.postings if p.kind in CONSUMPTION_KINDS]
    assert [(p.bucket, p.year, p.amount) for p in after.postings if p.bucket is W][-1] == (
        W,
        2026,
        H(-72),
    )


# ------------------------------------------------------------------ IKB-uren and spaarverlof


def test_ikb_uren_move_to_spaarverlof_on_the_year_change_and_never_expire() -> None:
    dossier = fulltimer(choices=(buy("k1", date(2024, 3, 1), "20"),))
    december = ledger(dossier, date(2024, 12, 31), BOOK)
    assert december.balance(IKB, 2024) == 64
    assert december.balance(Bucket.IKB_GEKOCHT, 2024) == 20
    assert december.balance(SPAAR) == 0
    january = ledger(dossier, date(2025, 1, 1), BOOK)
    assert january.balance(IKB, 2024) == 0
    assert january.balance(Bucket.IKB_GEKOCHT, 2024) == 0
    assert january.balance(SPAAR) == 84
    spaar = next(b for b in january.buckets if b.bucket is SPAAR)
    assert spaar.expires is None
    moved = kinds(dossier, date(2025, 1, 1), PostingKind.FROM_IKB)
    assert sorted(moved) == [H(20), H(64)]
    # Years later nothing has expired: every year's 64 IKB-uren are still there.
    later = ledger(dossier, date(2040, 1, 1), BOOK)
    assert later.balance(SPAAR) == 84 + 64 * 15  # 2024 (+20 bought) up to 2039
    assert later.expiring_within(3650) == 144 + 144  # only statutory hours of 2039 and 2040


def test_spaarverlof_is_used_last() -> None:
    dossier = fulltimer(
        date(2026, 1, 1),
        balances=(balance("b1", date(2026, 1, 1), SPAAR, None, "100"),),
        leave=(entry("l1", date(2026, 6, 1)),),
    )
    figures = ledger(dossier, date(2026, 6, 1), BOOK)
    assert figures.balance(SPAAR) == 100
    assert figures.balance(W, 2026) == H("136.8")


def test_an_entry_that_names_a_bucket_uses_it_first() -> None:
    dossier = fulltimer(
        date(2026, 1, 1),
        balances=(balance("b1", date(2026, 1, 1), SPAAR, None, "100"),),
        leave=(entry("l1", date(2026, 6, 1), bucket=SPAAR),),
    )
    figures = ledger(dossier, date(2026, 6, 1), BOOK)
    assert figures.balance(SPAAR) == H("92.8")
    assert figures.balance(W, 2026) == 144


def test_a_named_bucket_that_runs_out_falls_back_to_the_default_order_and_warns() -> None:
    dossier = fulltimer(
        date(2026, 1, 1), leave=(entry("l1", date(2026, 6, 1), bucket=Bucket.IKB_GEKOCHT),)
    )
    figures = ledger(dossier, date(2026, 6, 1), BOOK)
    assert figures.balance(W, 2026) == H("136.8")
    assert figures.warnings


def test_ikb_hours_bought_and_sold_on_the_first_day_of_the_month() -> None:
    dossier = fulltimer(
        date(2026, 1, 1),
        choices=(buy("k1", date(2026, 3, 1), "20"), sell("k4", date(2026, 9, 1), "16")),
    )
    assert ledger(dossier, date(2026, 2, 28), BOOK).balance(Bucket.IKB_GEKOCHT, 2026) == 0
    assert ledger(dossier, date(2026, 3, 1), BOOK).balance(Bucket.IKB_GEKOCHT, 2026) == 20
    assert ledger(dossier, date(2026, 8, 31), BOOK).balance(IKB, 2026) == 64
    assert ledger(dossier, date(2026, 9, 1), BOOK).balance(IKB, 2026) == 48


def test_spaarverlof_above_the_cap_is_reported_not_destroyed() -> None:
    dossier = fulltimer(
        date(2026, 1, 1), balances=(balance("b1", date(2026, 1, 1), SPAAR, None, "3600"),)
    )
    figures = ledger(dossier, date(2026, 1, 1), BOOK)
    assert figures.balance(SPAAR) == 3600
    assert any("spaarverlof" in warning.render("nl").lower() for warning in figures.warnings)


# ------------------------------------------------------------------------------ borrowing


def _all_used_in_march(since: date = date(2026, 1, 1), hours: str = "208") -> Dossier:
    # Explicit hours over March use up all of 2026: 144 statutory + 64 IKB-uren at 36 h.
    return fulltimer(since, leave=(entry("l1", date(2026, 3, 2), date(2026, 3, 31), hours=hours),))


def test_borrowing_within_the_limit() -> None:
    # Everything of 2026 is used; a week in June (5 × 7.2 = 36 h) is borrowed from 2027, within
    # the 57.6 h limit. On 1 January 2027 the new grant fills the hole: 144 − 36 = 108.
    june_week = entry("l2", date(2026, 6, 1), date(2026, 6, 5))
    dossier = _all_used_in_march()
    preview = preview_entry(dossier, june_week, BOOK)
    assert preview.hours == 36
    assert preview.borrows == 36
    assert preview.beyond_limit == 0
    assert not preview.goes_negative
    assert [(s.bucket, s.year, s.hours) for s in preview.split] == [(W, 2027, H(36))]
    assert not would_exceed_borrowing(dossier, june_week, BOOK)
    with_june = replace(dossier, leave=(*dossier.leave, june_week))
    december = ledger(with_june, date(2026, 12, 31), BOOK)
    assert december.balance(W, 2027) == -36
    assert december.total == -36
    assert any("geleend" in warning.render("nl") for warning in december.warnings)
    assert ledger(with_june, date(2027, 1, 1), BOOK).balance(W, 2027) == 108


def test_borrowing_beyond_the_limit_is_flagged() -> None:
    # Two weeks in June (72 h): 57.6 h may be borrowed, 14.4 h go beyond the limit.
    two_weeks = entry("l2", date(2026, 6, 1), date(2026, 6, 12))
    dossier = _all_used_in_march()
    preview = preview_entry(dossier, two_weeks, BOOK)
    assert preview.borrows == H("57.6")
    assert preview.beyond_limit == H("14.4")
    assert preview.goes_negative
    assert would_exceed_borrowing(dossier, two_weeks, BOOK)
    with_it = replace(dossier, leave=(*dossier.leave, two_weeks))
    figures = ledger(with_it, date(2026, 12, 31), BOOK)
    assert figures.balance(W, 2027) == -72
    assert len(figures.warnings) >= 2  # borrowed, and beyond the limit


def test_borrowing_limit_is_pro_rata() -> None:
    # 24 h a week: 96 statutory + ⌈42.67⌉ = 43 IKB-uren = 139 h, all used in March. The limit is
    # 57.6 × 24/36 = 38.4 h; two weeks of 4.8 h days (48 h) go 9.6 h beyond it.
    dossier = Dossier(
        profile=YOUNG,
        employment=(employment(date(2026, 1, 1), 24),),
        work_schedule=(five_days(date(2026, 1, 1), "4.8"),),
        leave=(entry("l1", date(2026, 3, 2), date(2026, 3, 31), hours="139"),),
    )
    preview = preview_entry(dossier, entry("l2", date(2026, 6, 1), date(2026, 6, 12)), BOOK)
    assert preview.hours == 48
    assert preview.borrows == H("38.4")
    assert preview.beyond_limit == H("9.6")


def test_editing_an_entry_previews_the_new_version_only() -> None:
    dossier = fulltimer(date(2026, 1, 1), leave=(entry("l1", date(2026, 6, 1), date(2026, 6, 5)),))
    shorter = entry("l1", date(2026, 6, 1), date(2026, 6, 2))
    preview = preview_entry(dossier, shorter, BOOK)
    assert preview.hours == H("14.4")
    assert [(s.bucket, s.year, s.hours) for s in preview.split] == [(W, 2026, H("14.4"))]


# --------------------------------------------------------------------- explanation and output


def test_opening_balance_and_negative_correction() -> None:
    dossier = fulltimer(
        date(2026, 1, 1),
        balances=(
            balance("b1", date(2026, 1, 1), W, 2025, "40"),
            balance("b2", date(2026, 2, 1), W, 2026, "-8"),
        ),
        leave=(entry("l1", date(2026, 6, 1)),),
    )
    figures = ledger(dossier, date(2026, 6, 1), BOOK)
    assert figures.balance(W, 2025) == H("32.8")  # the oldest hours go first
    assert figures.balance(W, 2026) == 136
    assert [line.amount for line in figures.explain(W, 2025)] == [H(40), H("-7.2")]


def test_every_line_cites_a_rule_except_the_users_own_balances() -> None:
    dossier = fulltimer(
        leave=(entry("l1", date(2025, 3, 3), date(2025, 3, 14)),),
        balances=(balance("b1", date(2024, 1, 1), SPAAR, None, "10"),),
        choices=(buy("k1", date(2024, 3, 1), "5"),),
    )
    figures = ledger(dossier, date(2026, 6, 1), BOOK)
    assert len(figures.lines) == len(figures.postings)
    for posting in figures.postings:
        line = figures.lines[posting.line]
        assert line.amount == posting.amount
        assert line.render("nl")
        assert (line.rule is None) == (posting.kind is PostingKind.BALANCE)
    assert sum((p.amount for p in figures.postings), Decimal(0)) == figures.total


def test_balances_section_matches_the_balances_json_spec() -> None:
    dossier = fulltimer(
        date(2026, 1, 1), balances=(balance("b1", date(2026, 1, 1), W, 2025, "40.0"),)
    )
    assert balances_section(dossier, date(2026, 11, 28), BOOK) == {
        "total_hours": "248.00",
        "buckets": [
            {"bucket": "wettelijk", "year": 2025, "hours": "40.00", "expires": "2027-01-01"},
            {"bucket": "wettelijk", "year": 2026, "hours": "144.00", "expires": "2028-01-01"},
            {"bucket": "ikb_uren", "year": 2026, "hours": "64.00", "expires": None},
        ],
        "expiring_within_days": {"90": "40.00"},
    }


def test_balances_section_leaves_out_empty_buckets() -> None:
    # 2026-06-01 - 2026-06-12 is 72 h (10 days), using all 40 of 2025 and 32 of 2026.
    dossier = fulltimer(
        date(2026, 1, 1),
        balances=(balance("b1", date(2026, 1, 1), W, 2025, "40"),),
        leave=(entry("l1", date(2026, 6, 1), date(2026, 6, 12)),),
    )
    section = balances_section(dossier, date(2026, 11, 28), BOOK)
    assert [(b["bucket"], b["year"], b["hours"]) for b in section["buckets"]] == [
        ("wettelijk", 2026, "112.00"),
        ("ikb_uren", 2026, "64.00"),
    ]
    assert section["total_hours"] == "176.00"


def test_the_calculator_never_reads_the_clock() -> None:
    calc = Path(__file__).parents[2] / "rijkapp" / "calc"
    for path in (*sorted((calc / "leave").glob("*.py")), calc / "holidays.py"):
        source = path.read_text("utf-8")
        assert "today(" not in source
        assert ".now(" not in source
        assert "float(" not in source


def test_what_is_still_to_plan_counts_leave_planned_after_the_peildatum() -> None:
    # Full time since 2025: 144 statutory hours of 2025 are gone on 1 January 2027. Nothing is
    # used in 2025; 10 days of 7,2 h are planned in July 2026. On 1 March 2026 all 144 are left,
    # but only 144 − 72 = 72 are still to plan before 1 January 2027.
    from rijkapp.calc.leave import expiry_plans

    summer = entry("l1", date(2026, 7, 20), date(2026, 7, 31))
    dossier = fulltimer(date(2025, 1, 1), leave=(summer,))
    on = date(2026, 3, 1)
    plans = {p.expires: p for p in expiry_plans(dossier, ledger(dossier, on, BOOK), BOOK)}
    first = plans[date(2027, 1, 1)]
    assert first.left_on_date == 144
    assert first.still_to_plan == 72
    assert first.planned == 72

"""The Verlof page and the Overzicht's leave tiles as read models, without Qt.

Unless a test says otherwise, the known dossier of the Verlof page: 36 hours a week, 7,2 hours
Monday to Friday from 1 January 2025, born 1990 (144 statutory hours and 64 IKB-uren a year);
taken 4–15 August 2025 (10 × 7,2 = 72,00), planned 20–24 July 2026 (5 × 7,2 = 36,00), both from
the statutory hours of 2025, the oldest. On 28 November 2026: statutory 2025 = 144 − 72 − 36 =
36,00 (expires 1 January 2027), statutory 2026 = 144, IKB-uren 2026 = 64, spaarverlof = the
IKB-uren of 2025 = 64; total 308,00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rijkapp.domain.records import Bucket, Dossier, LeaveEntry, LeaveStatus
from rijkapp.views.leave import (
    CauseKind,
    ExpiryPlan,
    ReconcileFacts,
    average_day,
    bucket_title,
    days_to_plan,
    leave_data,
    leave_tiles,
    reconcile,
    reconcile_facts,
)
from tests.helpers import TODAY
from tests.unit.leave_fixtures import BOOK, H, buy, employment, fulltimer, schedule

SINCE = date(2025, 1, 1)
TAKEN = LeaveEntry("a", date(2025, 8, 4), date(2025, 8, 15), status=LeaveStatus.TAKEN)
PLANNED = LeaveEntry("b", date(2026, 7, 20), date(2026, 7, 24), note="week weg")
W, IKB, SPAAR = Bucket.WETTELIJK, Bucket.IKB_UREN, Bucket.SPAARVERLOF


def known(*more: LeaveEntry) -> Dossier:
    return fulltimer(SINCE, leave=(TAKEN, PLANNED, *more))


# ---------------------------------------------------------------------------- the page


def test_the_page_on_today() -> None:
    data = leave_data(known(), TODAY, BOOK, today=TODAY, planner_year=2026)
    assert not data.forecast
    assert [(b.bucket, b.year, b.hours, b.expires) for b in data.balances] == [
        (W, 2025, H(36), date(2027, 1, 1)),
        (W, 2026, H(144), date(2028, 1, 1)),
        (IKB, 2026, H(64), None),
        (SPAAR, None, H(64), None),
    ]
    assert data.ledger.total == H(308)
    assert data.entry_hours == {"a": H(72), "b": H(36)}
    assert data.average_day == H("7.20")
    # 36 hours expire on 1 January 2027 and none of them is planned: 36 / 7,2 = 5,0 days; the
    # 144 of 2026 expire a year later.
    assert data.expiry == (
        ExpiryPlan(date(2027, 1, 1), H(36), H(36)),
        ExpiryPlan(date(2028, 1, 1), H(144), H(144)),
    )
    assert data.days_to_plan(data.expiry[0]) == H("5.0")
    assert data.plan.year == 2026
    assert data.plan.get(date(2026, 7, 22)).entry_id == "b"
    # The order in which hours are used is Rijkapp's assumption: the figures that rest on it
    # say so, with the rule that says what is assumed.
    assert [rule.key for rule in data.unconfirmed[(W, 2025)]] == ["leave_consumption_order"]


def test_a_later_date_is_a_forecast() -> None:
    # On 1 March 2027 the 36 hours of 2025 have expired, 2027 brought 144 statutory hours and
    # 64 IKB-uren, and the IKB-uren of 2026 moved to spaarverlof: 64 + 64 = 128.
    data = leave_data(known(), date(2027, 3, 1), BOOK, today=TODAY, planner_year=2026)
    assert data.forecast
    assert [(b.bucket, b.year, b.hours) for b in data.balances] == [
        (W, 2026, H(144)),
        (W, 2027, H(144)),
        (IKB, 2027, H(64)),
        (SPAAR, None, H(128)),
    ]
    assert data.ledger.total == H(480)
    assert data.expiry == (
        ExpiryPlan(date(2028, 1, 1), H(144), H(144)),
        ExpiryPlan(date(2029, 1, 1), H(144), H(144)),
    )


def test_leave_planned_after_the_date_counts_for_what_is_still_to_plan() -> None:
    # Four days of 9 hours (Wednesday off): 144 statutory hours of 2025, 4–8 August 2025 taken
    # (4 × 9 = 36), 14–18 December 2026 planned (36). On 28 November 2026 108 of 2025 are left;
    # the December leave is not counted yet, but it uses 36 of them before they expire.
    dossier = Dossier(
        profile=fulltimer().profile,
        employment=(employment(SINCE, 36),),
        work_schedule=(schedule(SINCE, 9, 9, 0, 9, 9),),
        leave=(
            LeaveEntry("a", date(2025, 8, 4), date(2025, 8, 8), status=LeaveStatus.TAKEN),
            LeaveEntry("b", date(2026, 12, 14), date(2026, 12, 18)),
        ),
    )
    data = leave_data(dossier, TODAY, BOOK, today=TODAY, planner_year=2026)
    first = data.expiry[0]
    assert first == ExpiryPlan(date(2027, 1, 1), H(108), H(72))
    assert first.planned == H(36)
    assert data.average_day == H(9)
    assert data.days_to_plan(first) == H("8.0")  # 72 / 9


def test_an_empty_kind_of_hours_without_a_year_is_left_out() -> None:
    # Spaarverlof is empty until the first year change: it is not listed.
    data = leave_data(
        fulltimer(SINCE), date(2025, 6, 1), BOOK, today=date(2025, 6, 1), planner_year=2025
    )
    assert [(b.bucket, b.year) for b in data.balances] == [(W, 2025), (IKB, 2025)]


def test_the_average_working_day() -> None:
    four_days = replace(fulltimer(SINCE), work_schedule=(schedule(SINCE, 9, 9, 0, 9, 9),))
    assert average_day(four_days, TODAY) == H("9.00")  # 36 / 4
    # Before the first schedule starts, the first one all the same.
    assert average_day(four_days, date(2024, 6, 1)) == H("9.00")
    no_schedule = replace(fulltimer(SINCE), work_schedule=())
    assert average_day(no_schedule, TODAY) == H("7.20")  # 36 / 5
    part_time = Dossier(employment=(employment(SINCE, 32),))
    assert average_day(part_time, TODAY) == H("6.40")
    assert average_day(Dossier(), TODAY) is None


def test_days_to_plan() -> None:
    plan = ExpiryPlan(date(2027, 1, 1), H(40), H(30))
    assert days_to_plan(plan, H(9)) == H("3.3")  # 30 / 9 = 3,33…
    assert days_to_plan(plan, None) is None
    assert days_to_plan(plan, H(0)) is None


def test_kinds_of_hours_as_headings() -> None:
    assert bucket_title(W, 2026).render("nl") == "Wettelijke uren 2026"
    assert bucket_title(SPAAR).render("nl") == "Spaarverlof"
    assert bucket_title(W, 2026).render("en") == "Statutory hours 2026"


# ---------------------------------------------------------------------------- P-Direkt


def test_the_facts_behind_a_difference() -> None:
    # Since 1 January 2024, nothing taken: the 144 statutory hours of 2024 expired on
    # 1 January 2026. 24 IKB-uren bought for January 2026; leave planned 12–16 January 2026,
    # of which 12–15 January lie up to the peildatum: 4 × 7,2 = 28,80.
    dossier = fulltimer(
        leave=(LeaveEntry("p", date(2026, 1, 12), date(2026, 1, 16)),),
        choices=(buy("k", date(2026, 1, 1), "24"),),
    )
    on = date(2026, 1, 15)
    data = leave_data(dossier, on, BOOK, today=on, planner_year=2026)
    assert data.facts == ReconcileFacts(
        planned_until=H("28.8"),
        expired_recently=H(144),
        expired_on=date(2026, 1, 1),
        has_opening_balance=False,
        bought_this_month=H(24),
        bought_month=date(2026, 1, 1),
    )
    # Statutory 2025 144 − 28,8 = 115,2; 2026 144; IKB-uren 2026 64; bought 24; spaarverlof the
    # IKB-uren of 2024 and 2025, 128: 475,20 in all.
    assert data.ledger.total == H("475.2")
    # In April nothing expired lately and nothing was bought for April.
    april = date(2026, 4, 15)
    later = reconcile_facts(
        dossier, leave_data(dossier, april, BOOK, today=april, planner_year=2026).ledger, BOOK
    )
    assert (later.expired_recently, later.expired_on) == (H(0), None)
    assert (later.bought_this_month, later.bought_month) == (H(0), None)
    assert later.planned_until == H("36")  # the whole week is up to the date now


FACTS = ReconcileFacts(
    planned_until=H("36.00"),
    expired_recently=H("12.00"),
    expired_on=date(2026, 1, 1),
    has_opening_balance=True,
    bought_this_month=H("24"),
    bought_month=date(2026, 11, 1),
)
TOTAL = H("308.00")


def _causes(pdirekt: str, facts: ReconcileFacts = FACTS) -> list[tuple[CauseKind, object, bool]]:
    return [(c.kind, c.hours, c.likely) for c in reconcile(H(pdirekt), TOTAL, facts).causes]


def test_they_agree() -> None:
    agreed = reconcile(H("308"), TOTAL, FACTS)
    assert agreed.difference == 0 and agreed.causes == ()


def test_planned_leave_p_direkt_does_not_know() -> None:
    # 344 − 308 = 36: exactly the planned leave; the 12 expired hours could add to it.
    result = reconcile(H("344"), TOTAL, FACTS)
    assert result.difference == H(36)
    assert _causes("344") == [
        (CauseKind.PLANNED, H(36), True),
        (CauseKind.EXPIRED, H(12), False),
    ]


def test_expired_hours_p_direkt_still_shows() -> None:
    # 320 − 308 = 12: exactly what expired on 1 January, which the cause tells.
    result = reconcile(H("320"), TOTAL, FACTS)
    assert result.causes[0].kind is CauseKind.EXPIRED and result.causes[0].likely
    assert result.causes[0].on == date(2026, 1, 1)
    assert [c.kind for c in result.causes] == [CauseKind.EXPIRED, CauseKind.PLANNED]


def test_bought_hours_p_direkt_has_not_credited() -> None:
    # 284 − 308 = −24: the 24 bought hours of November.
    result = reconcile(H("284"), TOTAL, FACTS)
    assert _causes("284") == [(CauseKind.BOUGHT, H(24), True)]
    assert result.causes[0].on == date(2026, 11, 1)


def test_rounding_and_cents() -> None:
    # 0,40 more: rounding is likely, planned leave and expiry are possible but not exact.
    assert _causes("308.40")[0] == (CauseKind.ROUNDING, None, True)
    # P-Direkt shows cents: 308,004 is 308,00, so they agree.
    assert reconcile(H("308.004"), TOTAL, FACTS).causes == ()


def test_no_opening_balance() -> None:
    bare = ReconcileFacts(H(0), H(0), None, False, H(0), None)
    assert _causes("400", bare) == [(CauseKind.OPENING, None, False)]
    assert _causes("200", bare) == []  # P-Direkt shows less: missing hours cannot explain it


# ---------------------------------------------------------------------------- the tiles


CHRISTMAS = LeaveEntry("x", date(2026, 12, 21), date(2026, 12, 24), note="kerst")


def test_the_tiles_on_today() -> None:
    # The Christmas week (Monday to Thursday, 4 × 7,2 = 28,80) uses the 36 hours of 2025 that
    # expire on 1 January: 7,20 of them are not planned yet. It lies after today, so the total is
    # still 308.
    data = leave_tiles(known(CHRISTMAS), TODAY, BOOK)
    assert data.has_employment
    assert data.total == H(308)
    assert data.expiring == H(36)  # within 90 days: up to 26 February 2027
    assert (data.first_expiry, data.first_expiry_hours) == (date(2027, 1, 1), H(36))
    assert data.first_expiry_unplanned == H("7.2")
    assert data.next_entry == CHRISTMAS and data.next_hours == H("28.8")
    assert data.warnings == ()


def test_the_next_leave_may_have_begun() -> None:
    # Friday 27 November to Monday 30 November: begun yesterday, not over; 2 × 7,2 = 14,40.
    long_weekend = LeaveEntry("w", date(2026, 11, 27), date(2026, 11, 30))
    data = leave_tiles(known(CHRISTMAS, long_weekend), TODAY, BOOK)
    assert data.next_entry == long_weekend and data.next_hours == H("14.4")
    assert data.total == H(308) - H("7.2")  # the Friday is counted on today
    over = LeaveEntry("o", date(2026, 11, 23), date(2026, 11, 27))  # ended yesterday
    assert leave_tiles(known(over), TODAY, BOOK).next_entry is None


def test_nothing_expires_within_ninety_days() -> None:
    # On 1 June 2026 the hours of 2025 expire on 1 January 2027: more than 90 days away.
    data = leave_tiles(known(), date(2026, 6, 1), BOOK)
    assert data.expiring == 0 and data.first_expiry is None
    assert data.first_expiry_hours == 0 and data.first_expiry_unplanned == 0
    assert data.next_entry == PLANNED and data.next_hours == H(36)


def test_the_tiles_without_employment() -> None:
    data = leave_tiles(Dossier(), TODAY, BOOK)
    assert not data.has_employment
    assert (data.total, data.expiring, data.next_entry) == (H(0), H(0), None)

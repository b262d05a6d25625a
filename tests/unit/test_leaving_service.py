"""Leaving service: the IKB plan and the leave ledger settle the same hours on the same day.

Worked examples at 36 hours a week and a scale amount of 4000,00 in 2025 (facts §1.8):
IKB 16,50% = 660,00 a month, 7920,00 a year; one bought hour costs (4000 + 660) / 156 = 29,87.
Leaving is the day after the last day of employment (``leave.leaving_day`` + 1 day): the final
settlement. Unused bought hours of the year are reversed (the money goes back to the IKB budget and
is paid out with it); every other hour left is paid out (facts §1.9).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from rijkapp.calc import ikb, transition
from rijkapp.calc import leave as ledger_calc
from rijkapp.calc.leave import LEAVING_KINDS, PostingKind, entitlement, leaving_day, ledger
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    LeaveBalance,
    LeaveEntry,
    Profile,
)
from rijkapp.services import ikb as ikb_service
from rijkapp.views import ikb as ikb_view
from tests.unit.leave_fixtures import BOOK, balance, buy, entry, five_days

D = Decimal
GEKOCHT = Bucket.IKB_GEKOCHT
PROFILE = Profile(birth_date=date(1990, 6, 1), rijk_start_date=date(2024, 1, 1))


def job(valid_from: date, end: date | None = None) -> Employment:
    return Employment("e1", valid_from, D("36"), 11, 5, D("4000.00"), end_date=end)


def leaver(
    last_day: date,
    *,
    leave: tuple[LeaveEntry, ...] = (),
    balances: tuple[LeaveBalance, ...] = (),
    profile: Profile = PROFILE,
) -> Dossier:
    """Full time since 2024, 20 IKB-uren bought in March 2025, last day ``last_day``."""
    return Dossier(
        profile=profile,
        employment=(job(date(2024, 1, 1), last_day),),
        work_schedule=(five_days(date(2024, 1, 1)),),
        leave=leave,
        leave_balances=balances,
        ikb_choices=(buy("k1", date(2025, 3, 1), "20"),),
    )


def bought_leave(hours: str) -> LeaveEntry:
    # Monday 2 to Wednesday 4 June 2025, taken from the bought hours.
    return entry("l1", date(2025, 6, 2), date(2025, 6, 4), hours, GEKOCHT)


def kinds(figures: ledger_calc.LeaveLedger, *wanted: PostingKind) -> list[tuple[Bucket, Decimal]]:
    return [(p.bucket, p.amount) for p in figures.postings if p.kind in wanted]


# ------------------------------------------------------------------ 1. leaving on 31 December


def test_leaving_on_31_december_reverses_the_unused_bought_hours_and_pays_them_out() -> None:
    person = leaver(date(2025, 12, 31))
    assert leaving_day(person.employment, 2025) == date(2025, 12, 31)
    plan = ikb.year_plan(person, 2025, BOOK)
    assert plan.leaving_date == date(2025, 12, 31)
    # Reversal: 20 unused hours × 29,87 = 597,40, back into the budget in December.
    assert plan.months[-1].month == date(2025, 12, 1)
    assert plan.months[-1].reversed == D("597.40")
    # December pay-out: 12 × 660,00 = 7920,00 accrued − 597,40 bought + 597,40 reversed.
    assert plan.december_payout == D("7920.00")
    assert plan.paid_out_total == D("7920.00")
    section = ikb_view.balances_section(person, date(2025, 12, 15), BOOK)
    assert section["projected_december_payout"] == "7920.00"


def test_leaving_on_31_december_sends_no_bought_hours_to_spaarverlof() -> None:
    person = leaver(date(2025, 12, 31))
    # On the last day the 20 bought hours are still there ...
    assert ledger(person, date(2025, 12, 31), BOOK).balance(GEKOCHT, 2025) == 20
    # ... on 1 January 2026 (the final settlement comes before the year change) they are
    # reversed, not moved: spaarverlof gets nothing.
    january = ledger(person, date(2026, 1, 1), BOOK)
    assert kinds(january, PostingKind.REVERSED) == [(GEKOCHT, D("-20"))]
    new_year = [p for p in january.postings if p.on == date(2026, 1, 1)]
    assert [p for p in new_year if p.kind is PostingKind.TO_SPAARVERLOF] == []
    assert january.balance(GEKOCHT, 2025) == 0
    # Spaarverlof (64 IKB-uren of 2024, moved on 1 January 2025) is paid out, not added to.
    assert january.balance(Bucket.SPAARVERLOF) == 0
    # The plan reverses exactly what the ledger reverses.
    assert ledger_calc.reversed_on_leaving(person, 2025, BOOK) == 20
    assert ikb.bought_hours_used(person, 2025, BOOK) == 0


def test_a_move_within_the_rijk_is_not_leaving() -> None:
    # The next record starts the day after: the employment runs on, the hours move with you.
    moved = Dossier(
        profile=PROFILE,
        employment=(
            job(date(2024, 1, 1), date(2025, 12, 31)),
            Employment("e2", date(2026, 1, 1), D("36"), 11, 6, D("4100.00")),
        ),
    )
    assert leaving_day(moved.employment, 2025) is None
    assert ikb.year_plan(moved, 2025, BOOK).leaving_date is None
    assert kinds(ledger(moved, date(2026, 1, 1), BOOK), *LEAVING_KINDS) == []


# ------------------------------------------------------------------ 2. reversed hours count once


def test_reversed_bought_hours_leave_the_ledger_the_day_after_the_last_day() -> None:
    # Last day 30 September 2025; 20 bought hours, 5 of them taken in June.
    person = leaver(date(2025, 9, 30), leave=(bought_leave("5"),))
    last_day = ledger(person, date(2025, 9, 30), BOOK)
    assert last_day.balance(GEKOCHT, 2025) == 15  # 20 − 5
    settled = ledger(person, date(2025, 10, 1), BOOK)
    assert kinds(settled, PostingKind.REVERSED) == [(GEKOCHT, D("-15"))]
    assert settled.balance(GEKOCHT, 2025) == 0
    line = settled.explain(GEKOCHT, 2025)[-1]
    assert line.rule is not None and line.rule.key == "ikb_leaving_reverse_unused_bought"
    # Nothing reaches spaarverlof at the year change.
    january = ledger(person, date(2026, 1, 1), BOOK)
    assert january.balance(Bucket.SPAARVERLOF) == 0
    assert [
        p for p in january.postings if p.kind is PostingKind.FROM_IKB and p.on.year > 2025
    ] == []
    # Neither created nor lost: bought 20 = taken 5 + reversed 15.
    taken = -sum((p.amount for p in january.postings if p.kind is PostingKind.TAKEN), D(0))
    assert taken == 5
    # One truth: the plan pays back the 15 the ledger reversed: 15 × 29,87 = 448,05.
    assert ikb.bought_hours_used(person, 2025, BOOK) == 5
    assert ikb_service.bought_hours_used(person, 2025, BOOK) == 5
    plan = ikb_service.plan(person, 2025, BOOK, date(2025, 10, 15))
    assert sum((m.reversed for m in plan.months), D(0)) == D("448.05")


def test_hours_left_on_leaving_are_paid_out_and_do_not_roll_into_later_years() -> None:
    # Employed since 2024, last day 30 September 2025 (273 days of 365), and 40 hours of
    # spaarverlof entered as an opening balance. Nothing was taken.
    spaar = balance("b1", date(2025, 1, 1), Bucket.SPAARVERLOF, None, "40")
    person = leaver(date(2025, 9, 30), balances=(spaar,))
    settled = ledger(person, date(2025, 10, 1), BOOK)
    # Statutory 2024: 144 (valid until 1 January 2026) and 2025: 144 × 273/365 = 107,70 → 108,
    # both paid at maandinkomen per uur. IKB-uren 2025: 64 × 273/365 = 47,87 → 48, paid out
    # (rate not confirmed). Spaarverlof: 64 IKB-uren of 2024 + 40 = 104, paid at the kale
    # uurloon. Bought: 20 reversed (not paid out as hours).
    assert sorted(kinds(settled, PostingKind.PAID_OUT)) == sorted(
        [
            (Bucket.WETTELIJK, D("-144")),
            (Bucket.WETTELIJK, D("-108")),
            (Bucket.IKB_UREN, D("-48")),
            (Bucket.SPAARVERLOF, D("-104")),
        ]
    )
    assert kinds(settled, PostingKind.REVERSED) == [(GEKOCHT, D("-20"))]
    rules = {
        p.bucket: settled.lines[p.line].rule
        for p in settled.postings
        if p.kind is PostingKind.PAID_OUT
    }
    assert {bucket: rule.key for bucket, rule in rules.items() if rule} == {
        Bucket.WETTELIJK: "leave_leaving_statutory_paid_out",
        Bucket.IKB_UREN: "leave_leaving_other_hours_paid_out",
        Bucket.SPAARVERLOF: "leave_leaving_spaarverlof_paid_out",
    }
    assert settled.total == 0
    # Years later nothing has happened since: no grants, no moves, nothing expired.
    later = ledger(person, date(2027, 6, 1), BOOK)
    assert later.total == 0
    after_leaving = [p for p in later.postings if p.on > date(2025, 10, 1)]
    assert after_leaving == []


def test_an_ikb_choice_after_leaving_adds_no_hours() -> None:
    # The plan refuses a purchase for November after leaving in September; the ledger leaves it
    # out too, so no bought hours appear after the settlement.
    person = leaver(date(2025, 9, 30))
    late = buy("k2", date(2025, 11, 1), "10")
    with_late = Dossier(
        profile=person.profile,
        employment=person.employment,
        work_schedule=person.work_schedule,
        ikb_choices=(*person.ikb_choices, late),
    )
    assert ledger(with_late, date(2025, 11, 30), BOOK).balance(GEKOCHT, 2025) == 0
    assert [v.field for v in ikb.validate_choices(with_late, BOOK)] == ["ikb_choices[1].month"]


# ------------------------------------------------------------------ 3. one implementation


def test_balances_section_gives_no_reversal_for_bought_hours_used_before_leaving() -> None:
    # Last day 30 September 2025; the 20 bought hours were all taken as leave in June.
    person = leaver(date(2025, 9, 30), leave=(bought_leave("20"),))
    section = ikb_view.balances_section(person, date(2025, 10, 15), BOOK)
    # Accrued 9 × 660,00 = 5940,00; spent 20 × 29,87 = 597,40 and nothing reversed, so the final
    # pay-out in October is 5940,00 − 597,40 = 5342,60 (not 5940,00: no money back twice).
    assert section["accrued_to_date"] == "5940.00"
    assert section["spent_to_date"] == "597.40"
    assert section["projected_december_payout"] == "5342.60"
    # The IKB page (the service) shows the same plan.
    plan = ikb_service.plan(person, 2025, BOOK, date(2025, 10, 15))
    assert sum((m.reversed for m in plan.months), D(0)) == 0
    assert plan.paid_out_total == D("5342.60")
    assert ikb.bought_hours_used(person, 2025, BOOK) == 20


def test_projected_december_payout_of_a_leaver_is_the_final_payout_after_leaving() -> None:
    # Last day 30 September 2025, 20 bought hours unused: paid in October, the month after:
    # 5940,00 − 597,40 + 597,40 reversed = 5940,00. There is no December row.
    person = leaver(date(2025, 9, 30))
    plan = ikb.year_plan(person, 2025, BOOK)
    october = plan.months[-1]
    assert october.month == date(2025, 10, 1)
    assert october.remainder_paid == D("5940.00")
    assert plan.december_payout == 0
    for on in (date(2025, 5, 15), date(2025, 10, 15), date(2025, 12, 1)):
        section = ikb_view.balances_section(person, on, BOOK)
        assert section["projected_december_payout"] == "5940.00"


# ------------------------------------------------------------------ 4./5. transition groups


def test_sell_cap_follows_the_aow_date_pro_rata_like_the_ikb_uren() -> None:
    # Born 1960-06-15, at the Rijk since 2010: AOW on 2027-06-15. 2027 has 165 days before it
    # (1 January - 14 June) and 200 after.
    profile = Profile(birth_date=date(1960, 6, 15), rijk_start_date=date(2010, 1, 1))
    person = Dossier(profile=profile, employment=(job(date(2010, 1, 1)),))
    assert transition.aow_day(profile, BOOK) == date(2027, 6, 15)
    # IKB-uren: (134 × 165 + 64 × 200) / 365 = 64 + 70 × 165/365 = 95,64 → 96.
    uren = entitlement(person, Bucket.IKB_UREN, 2027, BOOK)
    assert uren.exact == Fraction(134 * 165 + 64 * 200, 365)
    assert uren.hours == 96
    # Sell cap: (102 × 165 + 32 × 200) / 365 = 32 + 70 × 165/365 = 63,64 → 64 (not 102).
    assert ikb.year_plan(person, 2027, BOOK).hours_sell_max == 64
    # The year before is whole: 134 and 102.
    assert entitlement(person, Bucket.IKB_UREN, 2026, BOOK).hours == 134
    assert ikb.year_plan(person, 2026, BOOK).hours_sell_max == 102


def test_transition_membership_is_one_decision_for_both_calculators() -> None:
    # Born 1980, employed since 2010, no rijk_start_date: the first employment record is the
    # start at the Rijk (before 2022-09-01), so both see the group 1978-1982 (+15).
    profile = Profile(birth_date=date(1980, 1, 1))
    person = Dossier(profile=profile, employment=(job(date(2010, 1, 1)),))
    extra = transition.transition_extra(person, date(2025, 6, 1), BOOK)
    assert extra.hours == 15
    assert entitlement(person, Bucket.IKB_UREN, 2025, BOOK).hours == 79  # 64 + 15
    assert ikb.year_plan(person, 2025, BOOK).hours_sell_max == 47  # 32 + 15
    # Started at the Rijk on 1 September 2022 (first record): no transition for either.
    late = Dossier(profile=profile, employment=(job(date(2022, 9, 1)),))
    assert entitlement(late, Bucket.IKB_UREN, 2025, BOOK).hours == 64
    assert ikb.year_plan(late, 2025, BOOK).hours_sell_max == 32

"""The Verlof and IKB pages agree: IKB choices move hours in the leave ledger, and the services
refuse what the CAO does not allow, naming the field and the rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TypedDict, Unpack

import pytest

from rijkapp.calc import ikb as ikb_calc
from rijkapp.calc import leave as ledger_calc
from rijkapp.domain.errors import RuleViolation
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LeaveEntry,
    Profile,
)
from rijkapp.services import ikb as ikb_service
from rijkapp.services import leave as leave_service
from rijkapp.store.session import Session
from tests.unit.leave_fixtures import BOOK, H, employment, five_days


class Changes(TypedDict, total=False):
    """What a test puts in the dossier instead of the base's."""

    employment: tuple[Employment, ...]
    leave: tuple[LeaveEntry, ...]
    ikb_choices: tuple[IkbChoice, ...]


def base(**changes: Unpack[Changes]) -> Dossier:
    dossier = Dossier(
        profile=Profile(name="T", birth_date=date(1990, 3, 3), rijk_start_date=date(2015, 1, 1)),
        employment=(employment(date(2026, 1, 1)),),
        work_schedule=(five_days(date(2026, 1, 1)),),
    )
    return replace(dossier, **changes)


def test_a_purchase_is_the_bought_hours_bucket_from_the_first_of_its_month() -> None:
    buy = IkbChoice("k1", date(2026, 4, 1), IkbChoiceKind.BUY_HOURS, hours=H(20))
    dossier = base(ikb_choices=(buy,))
    assert (
        ledger_calc.ledger(dossier, date(2026, 3, 31), BOOK).balance(Bucket.IKB_GEKOCHT, 2026) == 0
    )
    assert (
        ledger_calc.ledger(dossier, date(2026, 4, 1), BOOK).balance(Bucket.IKB_GEKOCHT, 2026) == 20
    )
    plan = ikb_service.plan(dossier, 2026, BOOK, date(2026, 4, 1))
    assert plan.hours_bought == 20


def test_a_sale_takes_from_the_ikb_uren_bucket() -> None:
    sell = IkbChoice("k1", date(2026, 9, 1), IkbChoiceKind.SELL_HOURS, hours=H(16))
    dossier = base(ikb_choices=(sell,))
    # 64 IKB-uren at full time for someone born in 1990 (no transition hours): 64 - 16 = 48
    assert ledger_calc.ledger(dossier, date(2026, 9, 1), BOOK).balance(Bucket.IKB_UREN, 2026) == 48
    assert ikb_service.plan(dossier, 2026, BOOK, date(2026, 9, 1)).hours_sold == 16


def test_leaving_service_reverses_exactly_the_unused_bought_hours() -> None:
    # 24 hours bought in March; one 7.2-hour day (Friday 8 May) taken from the bought hours (the
    # entry names that bucket; by default statutory hours, which expire first, go first).
    buy = IkbChoice("k1", date(2026, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H(24))
    taken = LeaveEntry("l1", date(2026, 5, 8), date(2026, 5, 8), None, Bucket.IKB_GEKOCHT)
    leaving = (employment(date(2026, 1, 1), end_date=date(2026, 9, 30)),)
    dossier = base(ikb_choices=(buy,), leave=(taken,), employment=leaving)
    used = ikb_service.bought_hours_used(dossier, 2026, BOOK)
    assert used == Decimal("7.20")
    plan = ikb_service.plan(dossier, 2026, BOOK, date(2026, 9, 30))
    unused = plan.hours_bought - used  # 24 - 7.20 = 16.8 hours reversed
    assert unused == Decimal("16.80")
    reversed_total = sum((m.reversed for m in plan.months), Decimal(0))
    price, _ = ikb_calc.hour_price(dossier, date(2026, 3, 1), BOOK)
    assert reversed_total == (price * unused).quantize(Decimal("0.01"))
    # The ledger takes exactly those 16.8 hours out the day after the last day, as "reversed".
    settled = ledger_calc.ledger(dossier, date(2026, 10, 1), BOOK)
    reversed_hours = [
        p.amount for p in settled.postings if p.kind is ledger_calc.PostingKind.REVERSED
    ]
    assert reversed_hours == [-unused]
    assert settled.balance(Bucket.IKB_GEKOCHT, 2026) == 0


def test_borrowing_within_the_limit_is_saved_and_beyond_it_refused(session: Session) -> None:
    store = session.store
    store.save(employment(date(2026, 1, 1)))
    store.save(five_days(date(2026, 1, 1)))
    store.save_profile(Profile(name="T", birth_date=date(1990, 3, 3)))
    # 144 statutory + 64 IKB-uren = 208 h in 2026 at 7.2 h a day = 28.9 days. Weeks of 36 h:
    # 2026-03-02 .. 2026-05-01 spans holidays; keep it simple with hours given explicitly.
    everything = LeaveEntry("l1", date(2026, 3, 2), date(2026, 3, 2), H("208"))
    leave_service.save_entry(store, everything, BOOK)
    within = LeaveEntry("l2", date(2026, 3, 3), date(2026, 3, 3), H("57.6"))
    leave_service.save_entry(store, within, BOOK)
    beyond = LeaveEntry("l3", date(2026, 3, 4), date(2026, 3, 4), H("1"))
    with pytest.raises(RuleViolation, match="meer nodig dan je mag lenen") as caught:
        leave_service.save_entry(store, beyond, BOOK)
    assert caught.value.field == "hours"
    assert [e.id for e in store.records("leave")] == ["l1", "l2"]


def test_an_ikb_purchase_before_enough_has_accrued_is_refused_naming_the_field(
    session: Session,
) -> None:
    store = session.store
    store.save(employment(date(2026, 1, 1)))
    # January 2026: 16.50% of 4500 = 742.50 accrued; 40 hours at (4500+742.50)/156 = 33.61 an
    # hour cost 1344.40, more than has accrued by then.
    buy = IkbChoice("k1", date(2026, 1, 1), IkbChoiceKind.BUY_HOURS, hours=H(40))
    with pytest.raises(RuleViolation) as caught:
        ikb_service.save_choice(store, buy, BOOK)
    assert caught.value.field == "hours"
    assert "742,50" in caught.value.message
    assert store.records("ikb_choices") == ()


def test_a_choice_that_breaks_a_later_one_is_refused_on_itself() -> None:
    # 36 h at 4500 in 2026: 742,50 a month; by September 9 × 742,50 = 6682,50 has accrued.
    # A pay-out of 6000 in September fits on its own. Buying 40 hours in March at 33,61 =
    # 1344,40 leaves 6682,50 − 1344,40 = 5338,10 for September: the pay-out no longer fits.
    payout = IkbChoice("k1", date(2026, 9, 1), IkbChoiceKind.PAYOUT, amount=Decimal("6000.00"))
    dossier = base(ikb_choices=(payout,))
    assert ikb_service.validate_choice(payout, dossier, BOOK) == []
    buy = IkbChoice("k2", date(2026, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H(40))
    (problem,) = ikb_service.validate_choice(buy, dossier, BOOK)
    assert problem.field == "hours"
    assert "september 2026" in problem.message

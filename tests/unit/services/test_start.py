"""The start path: the P-Direkt figures become corrections, so the ledger shows exactly them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rijkapp.calc.leave import ledger
from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Bucket, Dossier, LeaveEntry, LeaveStatus, Profile
from rijkapp.services.data import Session
from rijkapp.services.start import (
    Lot,
    Start,
    apply_all,
    corrections,
    save_start,
    take_over_rows,
    validate_take_over,
)
from tests.unit.leave_fixtures import BOOK, H, employment, schedule

ON = date(2026, 12, 1)
W26: Lot = (Bucket.WETTELIJK, 2026)
W25: Lot = (Bucket.WETTELIJK, 2025)
IKB26: Lot = (Bucket.IKB_UREN, 2026)
SPAAR: Lot = (Bucket.SPAARVERLOF, None)
COMP: Lot = (Bucket.COMPENSATIE, None)


def _dossier(*leave: LeaveEntry) -> Dossier:
    """32 hours from 2025 on, Monday to Thursday 8 hours, with some leave."""
    return Dossier(
        profile=Profile(name="Noor Bakker"),
        employment=(employment(date(2025, 1, 1), 32),),
        work_schedule=(schedule(date(2025, 1, 1), 8, 8, 8, 8),),
        leave=leave,
    )


def _ids(prefix: str) -> str:
    return f"{prefix}-test"


def test_each_correction_is_entered_minus_computed_and_the_balance_becomes_what_was_entered() -> (
    None
):
    dossier = _dossier(LeaveEntry("summer", date(2026, 7, 6), date(2026, 7, 17), note="Zomer"))
    before = ledger(dossier, ON, BOOK)
    entered = {W26: H("37.5"), IKB26: H(60)}

    found = corrections(dossier, ON, entered, BOOK, note="Uit P-Direkt", make_id=_ids)

    by_lot = {(b.bucket, b.year): b for b in found}
    assert set(by_lot) == {W26, IKB26}
    assert by_lot[W26].hours == H("37.5") - before.balance(*W26)
    assert by_lot[IKB26].hours == H(60) - before.balance(*IKB26)
    assert all(b.on == ON and b.note == "Uit P-Direkt" for b in found)
    after = ledger(replace(dossier, leave_balances=found), ON, BOOK)
    assert after.balance(*W26) == H("37.5")
    assert after.balance(*IKB26) == H(60)
    # What was left empty is not touched: last year's statutory hours stay as computed.
    assert after.balance(*W25) == before.balance(*W25) != 0


def test_a_kind_entered_as_zero_is_brought_to_zero_and_one_that_agrees_gets_nothing() -> None:
    dossier = _dossier()
    before = ledger(dossier, ON, BOOK)
    assert before.balance(*W25) > 0 and before.balance(*COMP) == 0

    found = corrections(dossier, ON, {W25: H(0), COMP: H(0)}, BOOK, make_id=_ids)

    (only,) = found
    assert (only.bucket, only.year, only.hours) == (Bucket.WETTELIJK, 2025, -before.balance(*W25))
    assert ledger(replace(dossier, leave_balances=found), ON, BOOK).balance(*W25) == 0


def test_leave_on_the_day_itself_still_ends_on_the_entered_figures() -> None:
    # The leave of 1 December is taken after the correction of that day, in the consumption
    # order: taking statutory hours down to 2 moves part of it to the IKB-uren.
    dossier = _dossier(LeaveEntry("day", ON, ON, status=LeaveStatus.TAKEN))
    entered = {W26: H(2), W25: H(0), IKB26: H("20.25"), SPAAR: H(12)}

    found = corrections(dossier, ON, entered, BOOK, make_id=_ids)

    after = ledger(replace(dossier, leave_balances=found), ON, BOOK)
    assert {lot: after.balance(*lot) for lot in entered} == entered


def test_the_rows_show_computed_and_entered_per_kind() -> None:
    dossier = _dossier()
    figures = ledger(dossier, ON, BOOK)
    rows = {(r.bucket, r.year): r for r in take_over_rows(dossier, ON, {W26: H(10)}, BOOK)}
    assert list(rows)[:6] == [W26, W25, IKB26, (Bucket.IKB_GEKOCHT, 2026), SPAAR, COMP]
    assert rows[W26].computed == figures.balance(*W26)
    assert rows[W26].correction == H(10) - figures.balance(*W26)
    assert rows[IKB26].entered is None and rows[IKB26].correction == 0


def test_a_day_before_the_employment_or_in_the_future_is_refused() -> None:
    dossier = _dossier()
    (early,) = validate_take_over(dossier, date(2024, 12, 31), {}, ON)
    assert early.field == "on"
    assert early.reason == "Deze dag ligt vóór de start van je dienstverband (1 januari 2025)."
    (late,) = validate_take_over(dossier, date(2026, 12, 2), {}, ON)
    assert late.field == "on"
    (three,) = validate_take_over(dossier, ON, {W26: H("1.005")}, ON)
    assert three.field == "wettelijk_2026"


def test_the_whole_start_is_one_transaction_and_can_be_undone(session: Session) -> None:
    store = session.store
    start = Start(
        profile=Profile(name="Noor Bakker"),
        employment=employment(date(2026, 1, 1), 32),
        schedule=schedule(date(2026, 1, 1), 8, 8, 8, 8),
        balances_on=ON,
        entered=((W26, H("37.5")), (IKB26, H(60))),
        note="Saldo uit P-Direkt",
    )
    changes, made = save_start(store, start, today=ON, book=BOOK)

    assert changes
    figures = ledger(store.dossier(), ON, BOOK)
    assert (figures.balance(*W26), figures.balance(*IKB26)) == (H("37.5"), H(60))
    assert figures.total == H("97.5")
    assert [type(e.after).__name__ for e in made] == [
        "Profile",
        "Employment",
        "WorkSchedule",
        "LeaveBalance",
        "LeaveBalance",
    ]

    # The same again changes nothing but the corrections, which already agree.
    again, made_again = save_start(store, start, today=ON, book=BOOK)
    assert not again and made_again == ()

    # Undo (without the profile, which is never deleted) takes the rest back at once.
    undo = tuple(edit.reversed() for edit in reversed(made[1:]))
    apply_all(store, undo, today=ON, book=BOOK, check=False)
    assert store.dossier().employment == () and store.dossier().leave_balances == ()


def test_a_refused_start_writes_nothing(session: Session) -> None:
    store = session.store
    start = Start(
        profile=Profile(name="Noor Bakker"),
        employment=employment(date(2026, 1, 1), 32),
        balances_on=date(2025, 6, 1),  # before the employment: refused
        entered=((W26, H(10)),),
    )
    with pytest.raises(ValidationError):
        save_start(store, start, today=ON, book=BOOK)
    assert not store.has_profile()
    assert store.dossier().employment == ()

"""What is read or worked out once and kept: the dossier between changes, and the leave ledger's
state on each 1 January of a career. What is kept must never show anything else than a fresh
read or a fresh calculation would."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rijkapp.calc.leave import ledger
from rijkapp.domain.records import Dossier, LeaveEntry, employment_on, schedule_on
from rijkapp.store.session import Session
from rijkapp.views.leave import leave_data
from tests.unit.leave_fixtures import BOOK, employment, entry, five_days, schedule
from tests.unit.test_leave_properties import PROPERTY_SETTINGS, dossiers, ledger_dates


def test_the_dossier_is_read_again_after_every_change(session: Session) -> None:
    store = session.store
    first = store.dossier()
    assert store.dossier() is first  # nothing changed: the same records, not read again
    store.save(LeaveEntry("l1", date(2026, 7, 20), date(2026, 7, 24), note="zomer"))
    after = store.dossier()
    assert [e.note for e in after.leave] == ["zomer"]
    store.delete(LeaveEntry, "l1")
    assert store.dossier().leave == ()


def test_a_change_rolled_back_is_not_shown(session: Session) -> None:
    store = session.store
    store.save(LeaveEntry("l1", date(2026, 7, 20), date(2026, 7, 24), note="zomer"))
    store.dossier()
    with pytest.raises(RuntimeError), store.db.transaction():
        store.save(LeaveEntry("l1", date(2026, 7, 20), date(2026, 7, 24), note="herfst"))
        assert [e.note for e in store.dossier().leave] == ["herfst"]  # inside: the change
        raise RuntimeError("refused")
    assert [e.note for e in store.dossier().leave] == ["zomer"]


def test_the_record_in_force_is_the_last_from_that_day_in_any_order() -> None:
    later = employment(date(2025, 1, 1), "32", None, "e2")
    same_day = employment(date(2025, 1, 1), "24", None, "e3")
    first = employment(date(2020, 1, 1), "36", None, "e1")
    records = (later, first, same_day)  # not in date order; two on the same day
    assert employment_on(records, date(2019, 12, 31)) is None
    assert employment_on(records, date(2024, 12, 31)) == first
    assert employment_on(records, date(2025, 1, 1)) == same_day  # the later of the two
    ended = (dataclasses.replace(first, end_date=date(2021, 6, 30)),)
    assert employment_on(ended, date(2021, 7, 1)) is None
    plans = (schedule(date(2024, 1, 1), 8, 8, 8, 8, 0, 0, 0), five_days(date(2020, 1, 1)))
    assert schedule_on(plans, date(2023, 5, 1)) == plans[1]
    assert schedule_on(plans, date(2024, 5, 1)) == plans[0]


def fresh(dossier: Dossier) -> Dossier:
    """The same records as another dossier object: nothing is kept for it yet."""
    return dataclasses.replace(dossier)


@PROPERTY_SETTINGS
@given(dossiers(), st.lists(ledger_dates, min_size=2, max_size=5))
def test_the_ledger_on_a_date_is_the_same_whatever_was_asked_before(
    dossier: Dossier, days: list[date]
) -> None:
    for on in days:  # later questions go on from the 1 January kept by earlier ones
        assert ledger(dossier, on, BOOK) == ledger(fresh(dossier), on, BOOK)


def test_a_long_career_asked_backwards_and_forwards() -> None:
    """Ten years of leave: each date asked after others gives the figures of a first question."""
    entries = tuple(
        entry(f"l{year}-{month}", date(year, month, 10), date(year, month, 12), None, None)
        for year in range(2020, 2030)
        for month in (2, 5, 8, 11)
    )
    dossier = Dossier(
        employment=(employment(date(2020, 1, 1), "36"), employment(date(2024, 3, 1), "28.8")),
        work_schedule=(five_days(date(2020, 1, 1)),),
        leave=entries,
    )
    days = [date(2029, 12, 31), date(2021, 6, 30), date(2027, 1, 1), date(2024, 3, 1)]
    for on in days:
        kept = ledger(dossier, on, BOOK)
        assert kept == ledger(fresh(dossier), on, BOOK)
        assert kept.total == ledger(fresh(dossier), on, BOOK).total != Decimal(0)
    assert ledger(dossier, days[0], BOOK) is ledger(dossier, days[0], BOOK)


@PROPERTY_SETTINGS
@given(dossiers(), st.lists(ledger_dates, min_size=2, max_size=4))
def test_the_leave_page_on_a_date_is_the_same_whatever_was_asked_before(
    dossier: Dossier, days: list[date]
) -> None:
    """The Verlof page's figures for a new balance date, with what each entry costs and the
    year plan kept from the dates before, are those of a first question."""
    today = date(2026, 11, 28)
    for on in days:
        kept = leave_data(dossier, on, BOOK, today=today, planner_year=on.year)
        assert kept == leave_data(fresh(dossier), on, BOOK, today=today, planner_year=on.year)
    first, second = (
        leave_data(dossier, on, BOOK, today=today, planner_year=2026) for on in days[:2]
    )
    assert first.entry_hours is second.entry_hours and first.plan is second.plan

"""Employment and schedules are effective-dated: two records of a kind never start on one day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rijkapp.domain.errors import ValidationError
from rijkapp.services.data import Session
from rijkapp.services.profile import (
    save_employment,
    save_schedule,
    validate_employment,
    validate_schedule,
)
from tests.unit.leave_fixtures import employment, five_days

JANUARY = date(2026, 1, 1)


def test_an_employment_record_from_a_day_already_taken_is_refused() -> None:
    kept = employment(JANUARY, 36, record_id="e1")
    (problem,) = validate_employment(employment(JANUARY, 32, record_id="e2"), (kept,))
    assert problem.field == "valid_from"
    assert problem.reason == "Er is al een regel vanaf 1 januari 2026."


def test_a_schedule_from_a_day_already_taken_is_refused() -> None:
    kept = five_days(JANUARY)
    (problem,) = validate_schedule(replace(five_days(JANUARY, "8"), id="w2"), (kept,))
    assert problem.field == "valid_from"
    assert problem.reason == "Er is al een rooster vanaf 1 januari 2026."


def test_a_record_changed_on_its_own_day_is_no_clash() -> None:
    kept = employment(JANUARY, 36, record_id="e1")
    assert validate_employment(employment(JANUARY, 32, record_id="e1"), (kept,)) == []
    assert validate_schedule(five_days(JANUARY, "8"), (five_days(JANUARY),)) == []


def test_saving_a_second_record_from_the_same_day_writes_nothing(session: Session) -> None:
    store = session.store
    save_employment(store, employment(JANUARY, 36, record_id="e1"))
    save_schedule(store, five_days(JANUARY))
    with pytest.raises(ValidationError, match="al een regel"):
        save_employment(store, employment(JANUARY, 32, record_id="e2"))
    with pytest.raises(ValidationError, match="al een rooster"):
        save_schedule(store, replace(five_days(JANUARY, "8"), id="w2"))
    assert [e.id for e in store.records("employment")] == ["e1"]
    assert [w.id for w in store.records("work_schedule")] == ["w-2026-01-01"]

"""Profile, employment history and work schedule: validate, then save in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Employment, Profile, WorkSchedule
from rijkapp.i18n import N_
from rijkapp.message import Day
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.services.checked import save_checked
from rijkapp.store.repository import Store

MAX_HOURS_PER_WEEK = Decimal(40)  # CAO Rijk 3.1: an average of at most 40 hours


class Dated(Protocol):
    """An effective-dated record: it applies from ``valid_from`` until the next of its kind."""

    @property
    def id(self) -> str: ...

    @property
    def valid_from(self) -> date: ...


def _date_taken(record: Dated, others: Sequence[Dated], message: str) -> list[ValidationError]:
    """``message`` (about ``{date}``) when another record of the kind starts on the same day.

    Two records from one day would leave it open which applies; change the one that is there.
    """
    if any(o.valid_from == record.valid_from and o.id != record.id for o in others):
        return [ValidationError("valid_from", message, date=Day(record.valid_from))]
    return []


def validate_profile(p: Profile, today: date) -> list[ValidationError]:
    errors = []
    if not p.name.strip():
        errors.append(ValidationError("name", N_("Fill in your name.")))
    if p.birth_date is not None:
        if p.birth_date >= today:
            errors.append(ValidationError("birth_date", N_("The birth date must lie in the past.")))
        elif today.year - p.birth_date.year < 14:
            errors.append(
                ValidationError("birth_date", N_("This birth date makes you younger than 14."))
            )
    if p.rijk_start_date and p.birth_date and p.rijk_start_date <= p.birth_date:
        errors.append(
            ValidationError("rijk_start_date", N_("You cannot start working before you were born."))
        )
    if p.function_start_date and p.rijk_start_date and p.function_start_date < p.rijk_start_date:
        errors.append(
            ValidationError(
                "function_start_date",
                N_("The start in this function lies before the start at the Rijk ({date})."),
                date=Day(p.rijk_start_date),
            )
        )
    return errors


def validate_employment(e: Employment, others: tuple[Employment, ...]) -> list[ValidationError]:
    errors = []
    if not Decimal(0) < e.hours_per_week <= MAX_HOURS_PER_WEEK:
        errors.append(
            ValidationError(
                "hours_per_week", N_("Hours per week must be more than 0 and at most 40.")
            )
        )
    if not 1 <= e.scale <= 18:
        errors.append(ValidationError("scale", N_("The scale is a number from 1 to 18.")))
    if not 0 <= e.step <= 20:
        errors.append(ValidationError("step", N_("The step (periodiek) is a number from 0 to 20.")))
    if e.monthly_salary_fulltime <= 0:
        errors.append(
            ValidationError(
                "monthly_salary_fulltime",
                N_("Fill in the full-time monthly salary of your scale and step."),
            )
        )
    if e.allowances_monthly < 0:
        errors.append(ValidationError("allowances_monthly", N_("Allowances cannot be negative.")))
    if e.end_date is not None and e.end_date < e.valid_from:
        errors.append(
            ValidationError(
                "end_date", N_("The last working day lies before the start of this record.")
            )
        )
    errors += _date_taken(e, others, N_("There is already a record from {date}."))
    return errors


def validate_schedule(w: WorkSchedule, others: tuple[WorkSchedule, ...]) -> list[ValidationError]:
    errors = []
    for day, hours in zip(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), w.hours, strict=True):
        if hours < 0 or hours > 24:
            errors.append(
                ValidationError(f"hours.{day}", N_("A day has from 0 to 24 working hours."))
            )
    if w.hours_per_week == 0:
        errors.append(ValidationError("hours", N_("A schedule needs at least one working day.")))
    errors += _date_taken(w, others, N_("There is already a schedule from {date}."))
    return errors


def save_profile(store: Store, profile: Profile, today: date) -> Changes:
    """Check the profile and save it, in one transaction."""
    errors = validate_profile(profile, today)
    if errors:
        raise errors[0]
    with store.db.transaction():
        return changed(store.save_profile(profile), Area.PROFILE)


def save_employment(store: Store, record: Employment) -> Changes:
    """Check an employment record against the others and save it, in one transaction."""
    return save_checked(
        store,
        record,
        lambda: validate_employment(record, store.records("employment")),
        Area.EMPLOYMENT,
    )


def delete_employment(store: Store, record_id: str) -> Changes:
    return changed(store.delete(Employment, record_id), Area.EMPLOYMENT)


def save_schedule(store: Store, record: WorkSchedule) -> Changes:
    """Check a work schedule against the others and save it, in one transaction."""
    return save_checked(
        store,
        record,
        lambda: validate_schedule(record, store.records("work_schedule")),
        Area.WORK_SCHEDULE,
    )


def delete_schedule(store: Store, record_id: str) -> Changes:
    return changed(store.delete(WorkSchedule, record_id), Area.WORK_SCHEDULE)


def new_id(prefix: str) -> str:
    import secrets

    return f"{prefix}{secrets.token_hex(4)}"

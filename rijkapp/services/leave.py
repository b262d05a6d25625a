"""Leave entries: validate against the ledger, then save in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rijkapp import formatting as fmt
from rijkapp.calc import leave as ledger_calc
from rijkapp.domain.errors import RuleViolation, ValidationError
from rijkapp.domain.records import Dossier, LeaveBalance, LeaveEntry
from rijkapp.i18n import N_
from rijkapp.rules.book import RuleBook
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.store.repository import Store

MAX_ENTRY_DAYS = 366


def validate_entry(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[ValidationError]:
    """What is wrong with an entry, each naming its field; empty when it may be saved.

    Borrowing within the CAO limit is allowed (the dialog warns); beyond it is refused.
    """
    errors: list[ValidationError] = []
    if entry.end < entry.start:
        errors.append(ValidationError("end", N_("The last day lies before the first day.")))
        return errors
    if (entry.end - entry.start).days >= MAX_ENTRY_DAYS:
        errors.append(ValidationError("end", N_("One leave entry covers at most a year.")))
        return errors
    if entry.hours is not None:
        if entry.hours < 0:
            errors.append(ValidationError("hours", N_("The hours cannot be negative.")))
        exponent = entry.hours.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            errors.append(ValidationError("hours", N_("Give the hours with at most two decimals.")))
    if not dossier.employment:
        errors.append(
            ValidationError("start", N_("Fill in your employment on the Profiel page first."))
        )
    if errors:
        return errors
    preview = ledger_calc.preview_entry(dossier, entry, book)
    if preview.goes_negative:
        rule = book.get("leave_borrow_max_hours_fulltime", entry.start)
        errors.append(
            RuleViolation(
                "hours",
                N_(
                    "This leave needs {hours} more than you may borrow from next year: at most "
                    "{limit} at full time, pro rata ({source})."
                ),
                hours=fmt.hours(preview.beyond_limit),
                limit=fmt.hours(rule.decimal),
                source=rule.source.title,
            )
        )
    return errors


def save_entry(store: Store, entry: LeaveEntry, book: RuleBook) -> Changes:
    """Check an entry against the ledger with it and save it, in one transaction."""
    with store.db.transaction():
        errors = validate_entry(entry, store.dossier(), book)
        if errors:
            raise errors[0]
        return changed(store.save(entry), Area.LEAVE)


def delete_entry(store: Store, entry_id: str) -> Changes:
    return changed(store.delete(LeaveEntry, entry_id), Area.LEAVE)


def save_balance(store: Store, balance: LeaveBalance) -> Changes:
    """Save a starting balance or a correction (hours carried in from P-Direkt)."""
    return changed(store.save(balance), Area.LEAVE)


def delete_balance(store: Store, balance_id: str) -> Changes:
    return changed(store.delete(LeaveBalance, balance_id), Area.LEAVE)


def with_entry(dossier: Dossier, entry: LeaveEntry) -> Dossier:
    """The dossier as it would be with ``entry`` added or replaced (for previews)."""
    others = tuple(e for e in dossier.leave if e.id != entry.id)
    return replace(dossier, leave=(*others, entry))


def half_day(entry: LeaveEntry, scheduled: Decimal) -> LeaveEntry:
    return replace(entry, hours=(scheduled / 2).quantize(Decimal("0.01")))


def taken_before(dossier: Dossier, today: date) -> tuple[LeaveEntry, ...]:
    """Planned entries whose last day has passed: candidates to mark as taken."""
    from rijkapp.domain.records import LeaveStatus

    return tuple(e for e in dossier.leave if e.status is LeaveStatus.PLANNED and e.end < today)

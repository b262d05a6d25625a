"""Leave entries: validate against the ledger, then save in one transaction; the live preview.

:func:`check_entry` is what the leave dialog shows while you type: the cost, the day-by-day
list, the split over the kinds of hours, the warnings and what stops Save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rijkapp.calc import leave as ledger_calc
from rijkapp.calc.leave import BucketBalance, EntryPreview, LeaveDay
from rijkapp.domain.errors import RuleViolation, ValidationError
from rijkapp.domain.records import Bucket, Dossier, LeaveBalance, LeaveEntry
from rijkapp.domain.values import CENT, ZERO, Hours
from rijkapp.i18n import N_
from rijkapp.message import HourCount, Shown
from rijkapp.rules.book import Confidence, RuleBook, RuleBookError
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.services.checked import save_checked
from rijkapp.store.repository import Store

__all__ = [
    "MAX_ENTRY_DAYS",
    "BucketBalance",
    "EntryCheck",
    "EntryPreview",
    "LeaveDay",
    "check_entry",
    "delete_balance",
    "delete_entry",
    "half_day",
    "save_balance",
    "save_entry",
    "validate_entry",
]

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
                hours=HourCount(preview.beyond_limit),
                limit=HourCount(rule.decimal),
                source=rule.source,
            )
        )
    return errors


def save_entry(store: Store, entry: LeaveEntry, book: RuleBook) -> Changes:
    """Check an entry against the ledger with it and save it, in one transaction."""
    return save_checked(
        store, entry, lambda: validate_entry(entry, store.dossier(), book), Area.LEAVE
    )


def delete_entry(store: Store, entry_id: str) -> Changes:
    return changed(store.delete(LeaveEntry, entry_id), Area.LEAVE)


def save_balance(store: Store, balance: LeaveBalance) -> Changes:
    """Save a starting balance or a correction (hours carried in from P-Direkt)."""
    return changed(store.save(balance), Area.LEAVE)


def delete_balance(store: Store, balance_id: str) -> Changes:
    return changed(store.delete(LeaveBalance, balance_id), Area.LEAVE)


# ------------------------------------------------------------------------------ the live preview


@dataclass(frozen=True)
class EntryCheck:
    """What a leave entry being filled in costs and what is wrong with it, worked out in one go.

    ``preview`` is None (and ``days`` and ``warnings`` empty) while the last day lies before the
    first: there is nothing to cost yet.
    """

    entry: LeaveEntry
    errors: tuple[ValidationError, ...] = ()  # from validate_entry, each naming its field
    preview: EntryPreview | None = None
    days: tuple[LeaveDay, ...] = ()
    warnings: tuple[Shown, ...] = ()
    order_unconfirmed: bool = False  # the order in which hours are used is an assumption

    @property
    def working_days(self) -> int:
        """The days of the entry that cost leave hours."""
        return sum(1 for day in self.days if day.hours > 0)

    @property
    def taken_from(self) -> tuple[BucketBalance, ...]:
        """The kinds of hours the entry uses, without what it borrows from next year."""
        if self.preview is None:
            return ()
        return tuple(item for item in self.preview.split if not self._borrowed(item))

    @property
    def borrowed_from(self) -> int | None:
        """The year whose statutory hours the entry borrows from (or would, beyond the limit)."""
        preview = self.preview
        if preview is None or (preview.borrows <= 0 and preview.beyond_limit <= 0):
            return None
        years = [
            item.year for item in preview.split if item.year is not None and self._borrowed(item)
        ]
        return max(years, default=None)

    def _borrowed(self, item: BucketBalance) -> bool:
        return (
            item.bucket is Bucket.WETTELIJK
            and item.year is not None
            and item.year > self.entry.end.year
        )


def _order_unconfirmed(book: RuleBook, on: date) -> bool:
    try:
        rule = book.find("leave_consumption_order", on)
    except RuleBookError:
        return False
    return rule is not None and rule.confidence is Confidence.UNCONFIRMED


def check_entry(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> EntryCheck:
    """Validation, cost, the days and the warnings of ``entry`` as filled in. Pure."""
    errors = tuple(validate_entry(entry, dossier, book))
    if entry.end < entry.start:
        return EntryCheck(entry, errors)
    return EntryCheck(
        entry,
        errors,
        ledger_calc.preview_entry(dossier, entry, book),
        tuple(ledger_calc.leave_days(entry, dossier, book)),
        tuple(ledger_calc.entry_warnings(entry, dossier, book)),
        _order_unconfirmed(book, entry.start),
    )


def half_day(dossier: Dossier, day: date, book: RuleBook) -> Hours:
    """Half of the hours scheduled on ``day``, to the cent: 0 on a day off or a public holiday."""
    days = ledger_calc.leave_days(LeaveEntry("half", day, day), dossier, book)
    scheduled = days[0].scheduled if days else ZERO
    return (scheduled / 2).quantize(CENT)

"""Views on the ledger: what expires when, what is still to plan, previews of an entry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from rijkapp.calc.leave.build import ledger
from rijkapp.calc.leave.days import entry_hours, entry_warnings
from rijkapp.calc.leave.model import (
    BucketBalance,
    EntryPreview,
    LeaveLedger,
    Lot,
    PostingKind,
    expiry_date,
)
from rijkapp.domain.records import Dossier, LeaveEntry
from rijkapp.domain.values import ZERO, Hours, hours, plain
from rijkapp.i18n import N_
from rijkapp.message import HourCount, Message
from rijkapp.rules.book import RuleBook


def hours_to_plan_before_expiry(ledger: LeaveLedger) -> list[tuple[date, Hours]]:
    """Each future expiry date and the hours left on the ledger's date that expire then.

    This reads one ledger only, so leave planned after its date is not counted; for "how much
    must I still plan" use :func:`expiry_plans`.
    """
    by_date: dict[date, Hours] = {}
    for item in ledger.buckets:
        if item.expires is not None and item.expires > ledger.on and item.hours > 0:
            by_date[item.expires] = by_date.get(item.expires, ZERO) + item.hours
    return sorted(by_date.items())


@dataclass(frozen=True)
class ExpiryPlan:
    """Hours that expire on one date: what is left on the peildatum, and after planned leave."""

    expires: date
    left_on_date: Hours  # in the buckets that expire then, on the peildatum
    still_to_plan: Hours  # ... after all leave planned up to the day before they expire

    @property
    def planned(self) -> Hours:
        return max(self.left_on_date - self.still_to_plan, ZERO)


def expiry_plans(dossier: Dossier, figures: LeaveLedger, book: RuleBook) -> tuple[ExpiryPlan, ...]:
    """For each coming expiry date: what is left on ``figures.on`` and what is not planned yet.

    The leave already planned between the peildatum and an expiry date uses those hours first
    (what expires first goes first), so the forecast to the day before each expiry date tells
    what is still to plan.
    """
    plans = []
    for expires, left in hours_to_plan_before_expiry(figures):
        later = ledger(dossier, expires - timedelta(days=1), book)
        unplanned = dict(hours_to_plan_before_expiry(later)).get(expires, ZERO)
        plans.append(ExpiryPlan(expires, left, min(unplanned, left)))
    return tuple(plans)


def balances_section(
    dossier: Dossier, on: date, book: RuleBook, within_days: Iterable[int] = (90,)
) -> dict[str, Any]:
    """The ``leave`` part of ``balances --json``.

    Amounts are strings with two decimals; buckets with zero hours are left out; the order is by
    expiry, then bucket.
    """
    figures = ledger(dossier, on, book)
    return {
        "total_hours": plain(figures.total),
        "buckets": [
            {
                "bucket": item.bucket.value,
                "year": item.year,
                "hours": plain(item.hours),
                "expires": item.expires.isoformat() if item.expires else None,
            }
            for item in figures.buckets
            if item.hours != 0
        ],
        "expiring_within_days": {
            str(days): plain(figures.expiring_within(days)) for days in within_days
        },
    }


def preview_entry(dossier: Dossier, entry: LeaveEntry, book: RuleBook) -> EntryPreview:
    """What ``entry`` would cost and where the hours would come from, if it were saved.

    An entry with the id of an existing one replaces it (editing). The forecast runs to the
    entry's last day, so later entries do not change the answer.
    """
    others = tuple(e for e in dossier.leave if e.id != entry.id)
    changed = replace(dossier, leave=(*others, entry))
    warnings = entry_warnings(entry, dossier, book)
    cost = entry_hours(entry, dossier, book)
    if entry.end < entry.start:
        return EntryPreview(entry.id, ZERO, (), ZERO, ZERO, False, tuple(warnings))
    figures = ledger(changed, entry.end, book)
    split: dict[Lot, Hours] = {}
    borrows = beyond = ZERO
    for posting in figures.entry_postings(entry.id):
        lot = (posting.bucket, posting.year)
        split[lot] = split.get(lot, ZERO) - posting.amount
        if posting.kind is PostingKind.BORROWED:
            borrows -= posting.amount
        elif posting.kind is PostingKind.OVERDRAWN:
            beyond -= posting.amount
    if borrows > 0:
        warnings.append(
            Message(
                N_("{hours} of this leave is borrowed from next year's statutory hours."),
                hours=HourCount(borrows),
            )
        )
    if beyond > 0:
        warnings.append(
            Message(
                N_(
                    "{hours} of this leave is more than you may borrow: "
                    "the balance would be negative."
                ),
                hours=HourCount(beyond),
            )
        )
    return EntryPreview(
        entry_id=entry.id,
        hours=cost,
        split=tuple(
            BucketBalance(bucket, year, amount, expiry_date((bucket, year), book))
            for (bucket, year), amount in split.items()
        ),
        borrows=hours(borrows),
        beyond_limit=hours(beyond),
        goes_negative=beyond > 0,
        warnings=tuple(warnings),
    )


def would_exceed_borrowing(dossier: Dossier, entry: LeaveEntry, book: RuleBook) -> bool:
    """True when ``entry`` needs more hours than are left plus what may be borrowed."""
    return preview_entry(dossier, entry, book).goes_negative

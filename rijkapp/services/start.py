"""The start: profile, employment, work schedule and the balances from P-Direkt, saved at once.

A new user (or one who starts over from the Profiel page) fills in who they are, their terms of
employment, their week, and then the hours P-Direkt shows per kind on a date. Rijkapp does not
know what was taken before it was used, so the ledger on that date differs from P-Direkt; each
kind of hours gets a correction (a :class:`~rijkapp.domain.records.LeaveBalance` on that date) of
``entered − computed``, so that the balance on that date is exactly what was entered. A kind left
empty gets no correction; a kind entered as 0 gets one that brings it to 0.

:func:`save_start` writes all of it in one transaction: either the whole start is there, or
nothing of it (a cancelled or refused start never leaves a profile without its employment). The
corrections are worked out inside that transaction, against the employment and schedule just
saved, so they are right for exactly what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from rijkapp.calc.leave import LeaveLedger, ledger
from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import (
    YEARLY_BUCKETS,
    Bucket,
    Dossier,
    Employment,
    LeaveBalance,
    Profile,
    WorkSchedule,
)
from rijkapp.domain.values import CENT, ZERO, Hours
from rijkapp.i18n import N_
from rijkapp.message import Day
from rijkapp.rules.book import RuleBook
from rijkapp.services import edits
from rijkapp.services.changes import NOTHING, Changes
from rijkapp.services.edits import Edit
from rijkapp.services.profile import new_id
from rijkapp.store.repository import Store

__all__ = [
    "MAX_HOURS",
    "Lot",
    "Start",
    "StartOperation",
    "TakeOver",
    "apply_all",
    "corrections",
    "pdirekt_lots",
    "save_start",
    "take_over_rows",
    "total_after",
    "validate_take_over",
    "with_start",
]

Lot = tuple[Bucket, int | None]  # a kind of hours: the bucket and, for a yearly one, its year
MAX_HOURS = Hours(10_000)  # more than any balance P-Direkt can show: a typing mistake
# Leave on the day itself is taken in the consumption order, so a correction can move it to
# another kind of hours; a second round settles that. More rounds are never needed in practice.
ROUNDS = 4


def pdirekt_lots(on: date, figures: LeaveLedger | None = None) -> tuple[Lot, ...]:
    """The kinds of hours P-Direkt shows on ``on``, in the order of its overview.

    Statutory hours of this year and last year (they are valid two years), IKB-uren and bought
    IKB-uren of this year, spaarverlof and compensatie-uren; and any other kind the ledger
    ``figures`` has hours in on that day (statutory hours borrowed from next year, say).
    """
    year = on.year
    lots: list[Lot] = [
        (Bucket.WETTELIJK, year),
        (Bucket.WETTELIJK, year - 1),
        (Bucket.IKB_UREN, year),
        (Bucket.IKB_GEKOCHT, year),
        (Bucket.SPAARVERLOF, None),
        (Bucket.COMPENSATIE, None),
    ]
    if figures is not None:
        lots += [
            (item.bucket, item.year)
            for item in figures.buckets
            if item.hours != 0 and (item.bucket, item.year) not in lots
        ]
    return tuple(lots)


@dataclass(frozen=True)
class TakeOver:
    """One kind of hours on the day: what Rijkapp works out, and what P-Direkt shows."""

    bucket: Bucket
    year: int | None
    computed: Hours  # the ledger's balance at the end of the day, before any correction
    entered: Hours | None  # as P-Direkt shows it; None: left empty, not taken over

    @property
    def correction(self) -> Hours:
        """What is added so the balance becomes ``entered`` (0 when left empty or equal)."""
        return ZERO if self.entered is None else self.entered - self.computed


def take_over_rows(
    dossier: Dossier, on: date, entered: Mapping[Lot, Hours], book: RuleBook
) -> tuple[TakeOver, ...]:
    """Per kind of hours P-Direkt shows on ``on``: the computed balance and the entered one."""
    figures = ledger(dossier, on, book)
    return tuple(
        TakeOver(bucket, year, figures.balance(bucket, year), entered.get((bucket, year)))
        for bucket, year in pdirekt_lots(on, figures)
    )


def total_after(rows: tuple[TakeOver, ...]) -> Hours:
    """The total on the day once the entered figures are taken over (the rest as computed)."""
    return sum((r.computed if r.entered is None else r.entered for r in rows), ZERO)


def corrections(
    dossier: Dossier,
    on: date,
    entered: Mapping[Lot, Hours],
    book: RuleBook,
    *,
    note: str = "",
    make_id: Callable[[str], str] = new_id,
) -> tuple[LeaveBalance, ...]:
    """The corrections on ``on`` after which the ledger shows ``entered`` for each kind.

    One per kind whose balance differs (``entered − computed``); none for a kind that already
    agrees or is not in ``entered``.
    """
    wanted = {_lot(bucket, year): hours.quantize(CENT) for (bucket, year), hours in entered.items()}
    added: dict[Lot, Hours] = {}
    current = dossier
    for _round in range(ROUNDS):
        figures = ledger(current, on, book)
        gaps = {lot: hours - figures.balance(*lot) for lot, hours in wanted.items()}
        gaps = {lot: gap for lot, gap in gaps.items() if gap != 0}
        if not gaps:
            break
        for lot, gap in gaps.items():
            added[lot] = added.get(lot, ZERO) + gap
        current = replace(dossier, leave_balances=dossier.leave_balances + _balances(added, on))
    return tuple(
        replace(balance, id=make_id("b"), note=note)
        for balance in _balances(added, on)
        if balance.hours != 0
    )


def _lot(bucket: Bucket, year: int | None) -> Lot:
    return (bucket, year if bucket in YEARLY_BUCKETS else None)


def _balances(added: Mapping[Lot, Hours], on: date) -> tuple[LeaveBalance, ...]:
    return tuple(
        LeaveBalance(f"takeover-{bucket.value}-{year or ''}", on, bucket, year, hours)
        for (bucket, year), hours in added.items()
    )


def validate_take_over(
    dossier: Dossier, on: date, entered: Mapping[Lot, Hours], today: date
) -> list[ValidationError]:
    """What is wrong with taking over ``entered`` on ``on``, each naming its field."""
    errors: list[ValidationError] = []
    if on > today:
        errors.append(
            ValidationError(
                "on", N_("Take the balance over as P-Direkt shows it today or on an earlier day.")
            )
        )
    starts = [e.valid_from for e in dossier.employment]
    if not starts:
        errors.append(ValidationError("on", N_("Fill in your employment first.")))
    elif on < min(starts):
        errors.append(
            ValidationError(
                "on",
                N_("This day lies before the start of your employment ({date})."),
                date=Day(min(starts)),
            )
        )
    for (bucket, year), hours in entered.items():
        field = f"{bucket.value}_{year or ''}"
        exponent = hours.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            errors.append(ValidationError(field, N_("Give the hours with at most two decimals.")))
        elif abs(hours) > MAX_HOURS:
            errors.append(ValidationError(field, N_("That is more hours than a balance can hold.")))
    return errors


# ------------------------------------------------------------------------------ saving it all


@dataclass(frozen=True)
class Start:
    """What the start path saves. ``None`` for the employment or schedule: leave it as it is."""

    profile: Profile
    employment: Employment | None = None
    schedule: WorkSchedule | None = None
    balances_on: date | None = None  # the day of the P-Direkt figures; None: take none over
    entered: tuple[tuple[Lot, Hours], ...] = ()  # the figures as P-Direkt shows them
    note: str = ""  # the description each correction gets, in the user's language


def with_start(dossier: Dossier, start: Start) -> Dossier:
    """``dossier`` as it will be once ``start`` is saved, before its corrections: for a preview."""
    employment = dossier.employment
    if start.employment is not None:
        job = start.employment
        employment = (*(e for e in employment if e.id != job.id), job)
    schedules = dossier.work_schedule
    if start.schedule is not None:
        week = start.schedule
        schedules = (*(w for w in schedules if w.id != week.id), week)
    return replace(dossier, profile=start.profile, employment=employment, work_schedule=schedules)


def save_start(
    store: Store, start: Start, *, today: date, book: RuleBook
) -> tuple[Changes, tuple[Edit, ...]]:
    """Save the start in one transaction; return what it touched and the edits it made.

    Each record goes through its own service, which checks it; the first refusal raises its
    error (naming the field) and nothing is written. The edits let the caller undo the start.
    """
    made: list[Edit] = []
    changes = NOTHING
    with store.db.transaction():
        before = store.dossier()
        profile_before = before.profile if store.has_profile() else None
        planned: list[Edit] = []
        if start.profile != profile_before:
            planned.append(Edit(profile_before, start.profile))
        for record, kept in (
            (start.employment, before.employment),
            (start.schedule, before.work_schedule),
        ):
            if record is None:
                continue
            old = next((r for r in kept if r.id == record.id), None)
            if record != old:
                planned.append(Edit(old, record))
        for edit in planned:
            changes |= edits.apply(store, edit, today=today, book=book)
            made.append(edit)
        if start.balances_on is not None:
            changes |= _take_over(store, start, today=today, book=book, made=made)
    return changes, tuple(made)


def _take_over(
    store: Store, start: Start, *, today: date, book: RuleBook, made: list[Edit]
) -> Changes:
    on = start.balances_on
    assert on is not None
    dossier = store.dossier()
    entered = dict(start.entered)
    errors = validate_take_over(dossier, on, entered, today)
    if errors:
        raise errors[0]
    changes = NOTHING
    for balance in corrections(dossier, on, entered, book, note=start.note):
        edit = Edit(None, balance)
        changes |= edits.apply(store, edit, today=today, book=book)
        made.append(edit)
    return changes


class StartOperation:
    """:func:`save_start` as a call for the data thread; ``edits`` holds what it made after."""

    def __init__(self, start: Start, *, today: date) -> None:
        self.start = start
        self.today = today
        self.edits: tuple[Edit, ...] = ()

    def __call__(self, store: Store) -> Changes:
        from rijkapp.rules import default_rulebook

        changes, self.edits = save_start(
            store, self.start, today=self.today, book=default_rulebook()
        )
        return changes


def apply_all(
    store: Store, done: tuple[Edit, ...], *, today: date, book: RuleBook, check: bool
) -> Changes:
    """Apply ``done`` in order, in one transaction: to redo a start, or (reversed) undo it."""
    changes = NOTHING
    with store.db.transaction():
        for edit in done:
            changes |= edits.apply(store, edit, today=today, book=book, check=check)
    return changes

"""The leave ledger's types: buckets and lots, postings, balances, entitlements.

Also the few rule-book look-ups every part of the ledger shares (expiry, consumption order).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from rijkapp.calc.explain import Line
from rijkapp.domain.records import YEARLY_BUCKETS, Bucket
from rijkapp.domain.values import ZERO, Hours
from rijkapp.i18n import N_
from rijkapp.message import Exact, Joined, Message, Named, Shown, Value
from rijkapp.rules.book import Rule, RuleBook, RuleBookError

Lot = tuple[Bucket, int | None]


ONE_DAY = timedelta(days=1)

# Used when the rule book has no consumption order for a date (it always should).
DEFAULT_CONSUMPTION_ORDER: tuple[Bucket, ...] = (
    Bucket.WETTELIJK,
    Bucket.COMPENSATIE,
    Bucket.IKB_UREN,
    Bucket.IKB_GEKOCHT,
    Bucket.SPAARVERLOF,
)
IKB_BUCKETS = frozenset({Bucket.IKB_UREN, Bucket.IKB_GEKOCHT})


class PostingKind(StrEnum):
    GRANT = "grant"  # the year's entitlement, first calculation
    RECALCULATION = "recalculation"  # the entitlement again, after a change of hours
    BALANCE = "balance"  # an opening balance or correction copied from P-Direkt
    BOUGHT = "bought"  # IKB-uren bought
    SOLD = "sold"  # IKB-uren sold (paid out)
    TAKEN = "taken"  # leave
    BORROWED = "borrowed"  # leave taken from next year's statutory hours, within the limit
    OVERDRAWN = "overdrawn"  # leave beyond the borrowing limit
    EXPIRED = "expired"  # statutory hours gone on 1 January two years later
    TO_SPAARVERLOF = "to_spaarverlof"  # IKB-uren out of their year at the year change
    FROM_IKB = "from_ikb"  # ... and into spaarverlof
    REVERSED = "reversed"  # bought IKB-uren not used, reversed on leaving service (money back)
    PAID_OUT = "paid_out"  # hours left on leaving service, paid out with the final settlement


CONSUMPTION_KINDS = frozenset({PostingKind.TAKEN, PostingKind.BORROWED, PostingKind.OVERDRAWN})
# Hours that leave the ledger on leaving service (the day after the last day of employment).
LEAVING_KINDS = frozenset({PostingKind.REVERSED, PostingKind.PAID_OUT})


@dataclass(frozen=True)
class Posting:
    """One change to one bucket; ``line`` is its explanation in :attr:`LeaveLedger.lines`."""

    on: date
    bucket: Bucket
    year: int | None
    amount: Hours  # signed: + adds to the bucket, − takes from it
    kind: PostingKind
    entry_id: str | None  # the leave entry, balance or IKB choice behind it
    line: int


@dataclass(frozen=True)
class BucketBalance:
    bucket: Bucket
    year: int | None
    hours: Hours
    expires: date | None  # the first day on which the hours are gone; None: never


@dataclass(frozen=True)
class LeaveLedger:
    on: date
    buckets: tuple[BucketBalance, ...]
    total: Hours
    lines: tuple[Line, ...]
    warnings: tuple[Shown, ...]
    postings: tuple[Posting, ...] = ()

    def balance(self, bucket: Bucket, year: int | None = None) -> Hours:
        lot = lot_of(bucket, year)
        for item in self.buckets:
            if (item.bucket, item.year) == lot:
                return item.hours
        return ZERO

    def explain(self, bucket: Bucket, year: int | None = None) -> tuple[Line, ...]:
        """Every line that changed this bucket, in date order."""
        lot = lot_of(bucket, year)
        return tuple(self.lines[p.line] for p in self.postings if (p.bucket, p.year) == lot)

    def expiring_within(self, days: int) -> Hours:
        """Hours that are gone within ``days`` days after ``on``: on < expires <= on + days."""
        horizon = self.on + timedelta(days=days)
        return sum(
            (
                item.hours
                for item in self.buckets
                if item.expires is not None and self.on < item.expires <= horizon and item.hours > 0
            ),
            ZERO,
        )

    def entry_postings(self, entry_id: str) -> tuple[Posting, ...]:
        return tuple(
            p for p in self.postings if p.entry_id == entry_id and p.kind in CONSUMPTION_KINDS
        )


@dataclass(frozen=True)
class LeaveDay:
    """One calendar day of a leave entry and what it costs."""

    day: date
    hours: Hours  # what the day costs
    scheduled: (
        Hours  # hours on the schedule (0 on weekends, days off, holidays, without employment)
    )
    holiday: Named | None  # the Rijk public holiday on this day, by name
    employed: bool
    assumed_schedule: bool  # no work schedule: hours per week / 5, Monday to Friday


@dataclass(frozen=True)
class EntryPreview:
    """What an entry would cost, for the add/edit dialog, before it is saved."""

    entry_id: str
    hours: Hours
    split: tuple[BucketBalance, ...]  # hours taken per bucket (``hours`` positive)
    borrows: Hours  # taken from next year's statutory hours within the limit
    beyond_limit: Hours  # taken beyond the borrowing limit
    goes_negative: bool  # True: the entry needs more than the borrowing limit allows
    warnings: tuple[Shown, ...]


@dataclass(frozen=True)
class EntitlementPart:
    """A stretch of the year with the same hours and rules."""

    start: date
    end: date  # inclusive
    hours_per_week: Hours
    base: Decimal  # the full-time entitlement for a whole year
    fulltime: Decimal

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Entitlement:
    """A year's statutory hours or IKB-uren, with the arithmetic behind it."""

    bucket: Bucket
    year: int
    parts: tuple[EntitlementPart, ...]
    days_in_year: int
    exact: Fraction
    hours: Hours  # rounded up to whole hours
    rule: Rule | None
    basis: tuple[Message, ...]  # what the base is made of (age band, transition hours)
    notes: tuple[Message, ...]  # what could not be checked

    @property
    def exact_decimal(self) -> Decimal:
        value = Decimal(self.exact.numerator) / Decimal(self.exact.denominator)
        return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)

    def formula(self) -> Value:
        """The arithmetic in one line: ``144 × 27/36`` or ``144 × (32 h/week × 181 days + …)``."""
        parts = self.parts
        if not parts:
            return "0"
        first = parts[0]
        whole_year = (
            len(parts) == 1
            and first.start == date(self.year, 1, 1)
            and first.end == date(self.year, 12, 31)
        )
        if whole_year:
            return Joined(
                (Exact(first.base), " × ", Exact(first.hours_per_week), "/", Exact(first.fulltime))
            )
        denominator = Message(
            N_("({fulltime} h/week × {days} days)"),
            fulltime=Exact(first.fulltime),
            days=self.days_in_year,
        )
        same_base = all(p.base == first.base and p.fulltime == first.fulltime for p in parts)
        if same_base:
            terms = Joined.of(
                (
                    Message(
                        N_("{hours_per_week} h/week × {days} days"),
                        hours_per_week=Exact(p.hours_per_week),
                        days=p.days,
                    )
                    for p in parts
                ),
                " + ",
            )
            return Joined((Exact(first.base), " × (", terms, ") / ", denominator))
        terms = Joined.of(
            (
                Message(
                    N_("{base} × {hours_per_week} h/week × {days} days"),
                    base=Exact(p.base),
                    hours_per_week=Exact(p.hours_per_week),
                    days=p.days,
                )
                for p in parts
            ),
            " + ",
        )
        return Joined(("(", terms, ") / ", denominator))


def lot_of(bucket: Bucket, year: int | None) -> Lot:
    """Yearly buckets keep their year; spaarverlof and compensatie-uren have none."""
    return (bucket, year if bucket in YEARLY_BUCKETS else None)


def rule_decimal(book: RuleBook, key: str, on: date) -> tuple[Decimal | None, Rule | None]:
    try:
        rule = book.find(key, on)
    except RuleBookError:
        return None, None
    if rule is None:
        return None, None
    return rule.decimal, rule


def find_rule(book: RuleBook, key: str, on: date) -> Rule | None:
    try:
        return book.find(key, on)
    except RuleBookError:
        return None


def expiry_date(lot: Lot, book: RuleBook) -> date | None:
    bucket, year = lot
    if bucket is not Bucket.WETTELIJK or year is None:
        return None
    rule = find_rule(book, "leave_statutory_valid_years", date(year, 1, 1))
    valid_years = int(rule.value) if rule is not None else 2
    return date(year + valid_years, 1, 1)


def consumption_order(book: RuleBook, on: date) -> tuple[tuple[Bucket, ...], Rule | None]:
    rule = find_rule(book, "leave_consumption_order", on)
    if rule is None:
        return DEFAULT_CONSUMPTION_ORDER, None
    order = tuple(Bucket(name) for name in rule.value)
    # A bucket the rule book forgets still comes last rather than never.
    order += tuple(b for b in DEFAULT_CONSUMPTION_ORDER if b not in order)
    return order, rule


def order_index(bucket: Bucket, order: tuple[Bucket, ...]) -> int:
    return order.index(bucket) if bucket in order else len(order)


def display_key(lot: Lot, book: RuleBook, order: tuple[Bucket, ...]) -> tuple[date, int, int]:
    expires = expiry_date(lot, book)
    return (expires or date.max, order_index(lot[0], order), lot[1] or 0)

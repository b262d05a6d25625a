"""The leave ledger: statutory hours, IKB-uren, bought hours, spaarverlof, in hours.

Pure functions of a :class:`~rijkapp.domain.records.Dossier`, a date and the rule book. Nothing here
reads the clock, the database or the GUI.

What a balance "on DATE" means (exchange format, "How the figures are meant"): the state at the end
of that day. Entitlements granted by then, opening balances and corrections dated up to then, IKB
hours bought or sold in months up to then, and every leave day up to and including DATE, planned
or taken. A later DATE gives the forecast.

How the ledger is built, day by day in date order; within one day in this order:

0. **Leaving service** (the day after the last day of employment, see :func:`leaving_day`; the
   final settlement of P-Direkt is made then). Bought IKB-uren of the year of leaving that were
   not used are reversed (``reversed``): the IKB plan pays their money back with the rest of the
   budget, so they leave the ledger and never reach spaarverlof, also when the last day is
   31 December. Every other positive balance is paid out (``paid_out``): statutory hours at
   maandinkomen per uur, spaarverlof at the kale uurloon, IKB-uren and compensatie-uren with them
   (their rate is not confirmed). Nothing rolls on into the years after the employment ended.
   A negative balance stays, with its warning: P-Direkt sets it off against vakantie-uren or
   deducts it from the last salary, and Rijkapp does not guess which. Moving within the Rijk is
   not leaving: the new employment record starts the next day and the hours move with you.
1. **Year change** (1 January). Unused IKB-uren and bought IKB-uren of earlier years move to
   spaarverlof (they are there from 1 January); statutory hours whose validity has ended (1 January
   of the year + 2) expire. Only what is left expires: hours used before are not touched.
2. **Entitlements.** Statutory hours and IKB-uren for the whole year are granted on 1 January, or
   on the first day of the first employment record. When an employment record starts during the
   year (a change of hours, a return after a gap), the year's entitlement is calculated again and
   the difference is booked that day. The entitlement is
   ``base × Σ(hours per week × days) / (full time × days in the year)``, rounded up to whole hours
   once: the time-weighted average of the hours over the calendar days of the year, with days
   without employment counting as 0 (``leave_partial_year_measure``). Each calculation uses the
   records known on its day: the record in force then is assumed to run on to its end date or the
   end of the year.
3. **Opening balances and corrections** (``LeaveBalance``), negative allowed.
4. **IKB choices.** Bought hours join ``ikb_gekocht`` of that year on the first day of the month;
   sold hours leave ``ikb_uren`` of that year on the first day of the month. A choice for a month
   without any day of employment is left out with a warning, as the IKB plan refuses it.
5. **Leave days.** Each day of an entry costs the hours of the schedule in force that day (0 on
   weekends, days off, Rijk public holidays and days without employment), or its share of the
   hours entered by hand. Hours are taken in ``leave_consumption_order``: statutory hours oldest
   first (they expire), then compensatie-uren, IKB-uren, bought IKB-uren and spaarverlof (these do
   not expire). An entry that names a bucket uses that bucket first and the default order for the
   rest. When everything is used, up to 57.6 hours (at full time, pro rata) are borrowed from next
   year's statutory hours: the statutory bucket of next year goes negative and next year's grant
   fills it. Beyond that limit the hours are still booked there (nothing is refused here: the
   dialog uses :func:`preview_entry`), and the ledger warns.

A bucket that goes below zero for another reason (hours cut after the leave was taken, more IKB-uren
sold than received, a negative correction) stays negative and the ledger warns: Rijkapp does not
guess how P-Direkt settles it. Compensatie-uren come in only as balances; their year-end rules
(up to 36 to spaarverlof, the rest lapses) are not modelled, so they never expire here.

Every change to a bucket is a :class:`Posting` with a :class:`~rijkapp.calc.explain.Line` that says
what happened and on what authority, so ``grants + balances + bought − sold − taken − expired −
reversed − paid out`` equals the total to the cent.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from rijkapp import formatting as fmt
from rijkapp import i18n
from rijkapp.calc import transition
from rijkapp.calc.explain import Line
from rijkapp.calc.holidays import RIJK_PAID_HOLIDAYS, rijk_holiday_name
from rijkapp.domain.records import (
    YEARLY_BUCKETS,
    Bucket,
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LeaveBalance,
    LeaveEntry,
    employment_on,
    schedule_on,
)
from rijkapp.domain.values import ZERO, Hours, hours, plain, round_down_whole
from rijkapp.i18n import gettext as _
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


# --------------------------------------------------------------------------------- public types


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
    warnings: tuple[str, ...]
    postings: tuple[Posting, ...] = ()

    def balance(self, bucket: Bucket, year: int | None = None) -> Hours:
        lot = _lot(bucket, year)
        for item in self.buckets:
            if (item.bucket, item.year) == lot:
                return item.hours
        return ZERO

    def explain(self, bucket: Bucket, year: int | None = None) -> tuple[Line, ...]:
        """Every line that changed this bucket, in date order."""
        lot = _lot(bucket, year)
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
    holiday: str | None  # the name of the Rijk public holiday on this day
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
    warnings: tuple[str, ...]


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
    basis: str  # what the base is made of (age band, transition hours), or ""
    notes: tuple[str, ...]  # what could not be checked

    @property
    def exact_decimal(self) -> Decimal:
        value = Decimal(self.exact.numerator) / Decimal(self.exact.denominator)
        return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)

    def formula(self) -> str:
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
            return f"{_num(first.base)} × {_num(first.hours_per_week)}/{_num(first.fulltime)}"
        denominator = _("({fulltime} h/week × {days} days)").format(
            fulltime=_num(first.fulltime), days=self.days_in_year
        )
        same_base = all(p.base == first.base and p.fulltime == first.fulltime for p in parts)
        if same_base:
            terms = " + ".join(
                _("{hours_per_week} h/week × {days} days").format(
                    hours_per_week=_num(p.hours_per_week), days=p.days
                )
                for p in parts
            )
            return f"{_num(first.base)} × ({terms}) / {denominator}"
        terms = " + ".join(
            _("{base} × {hours_per_week} h/week × {days} days").format(
                base=_num(p.base), hours_per_week=_num(p.hours_per_week), days=p.days
            )
            for p in parts
        )
        return f"({terms}) / {denominator}"


# ---------------------------------------------------------------------------- small helpers


def _num(value: Decimal) -> str:
    """A number with as many decimals as it needs (at most four): ``144``, ``57,6``, ``72,3288``."""
    exponent = value.normalize().as_tuple().exponent
    places = 0 if not isinstance(exponent, int) else min(max(-exponent, 0), 4)
    return fmt.number(value, places)


def _hours_text(value: Decimal) -> str:
    return fmt.hours(value)


def _day_text(day: date) -> str:
    return fmt.day(day)


def _lot(bucket: Bucket, year: int | None) -> Lot:
    """Yearly buckets keep their year; spaarverlof and compensatie-uren have none."""
    return (bucket, year if bucket in YEARLY_BUCKETS else None)


def bucket_label(bucket: Bucket, year: int | None = None) -> str:
    """The bucket in the words of the CAO, e.g. ``statutory hours 2026``."""
    if bucket is Bucket.WETTELIJK:
        return _("statutory hours {year}").format(year=year) if year else _("statutory hours")
    if bucket is Bucket.IKB_UREN:
        return _("IKB-uren {year}").format(year=year) if year else _("IKB-uren")
    if bucket is Bucket.IKB_GEKOCHT:
        return _("bought IKB-uren {year}").format(year=year) if year else _("bought IKB-uren")
    if bucket is Bucket.SPAARVERLOF:
        return _("spaarverlof")
    return _("compensatie-uren")


def _rule_decimal(book: RuleBook, key: str, on: date) -> tuple[Decimal | None, Rule | None]:
    try:
        rule = book.find(key, on)
    except RuleBookError:
        return None, None
    if rule is None:
        return None, None
    return rule.decimal, rule


def _find(book: RuleBook, key: str, on: date) -> Rule | None:
    try:
        return book.find(key, on)
    except RuleBookError:
        return None


def _expiry(lot: Lot, book: RuleBook) -> date | None:
    bucket, year = lot
    if bucket is not Bucket.WETTELIJK or year is None:
        return None
    rule = _find(book, "leave_statutory_valid_years", date(year, 1, 1))
    valid_years = int(rule.value) if rule is not None else 2
    return date(year + valid_years, 1, 1)


def _consumption_order(book: RuleBook, on: date) -> tuple[tuple[Bucket, ...], Rule | None]:
    rule = _find(book, "leave_consumption_order", on)
    if rule is None:
        return DEFAULT_CONSUMPTION_ORDER, None
    order = tuple(Bucket(name) for name in rule.value)
    # A bucket the rule book forgets still comes last rather than never.
    order += tuple(b for b in DEFAULT_CONSUMPTION_ORDER if b not in order)
    return order, rule


def _order_index(bucket: Bucket, order: tuple[Bucket, ...]) -> int:
    return order.index(bucket) if bucket in order else len(order)


def _display_key(lot: Lot, book: RuleBook, order: tuple[Bucket, ...]) -> tuple[date, int, int]:
    expires = _expiry(lot, book)
    return (expires or date.max, _order_index(lot[0], order), lot[1] or 0)


def _paid_holidays(book: RuleBook, day: date) -> frozenset[str]:
    rule = _find(book, "leave_paid_public_holidays", day)
    return frozenset(str(key) for key in rule.value) if rule is not None else RIJK_PAID_HOLIDAYS


def _days(start: date, end: date) -> Iterable[date]:
    day = start
    while day <= end:
        yield day
        day += ONE_DAY


# ------------------------------------------------------------------------------ entitlements


def _base_statutory(
    dossier: Dossier, day: date, book: RuleBook
) -> tuple[Decimal | None, Rule | None, str, str | None]:
    value, rule = _rule_decimal(book, "leave_statutory_hours_fulltime", day)
    return value, rule, "", None


def _base_ikb(
    dossier: Dossier, day: date, book: RuleBook
) -> tuple[Decimal | None, Rule | None, str, str | None]:
    """Full-time IKB-uren for the year of ``day``, what they are made of, and a note if unsure.

    The age table and the transition extras are decided in :mod:`rijkapp.calc.transition`, the
    same functions the IKB plan's sell maximum uses.
    """
    band = transition.age_band(dossier.profile, day, book)
    if band is not None:
        if band.age is None:
            return band.hours, band.rule, "", band.note
        basis = _("age {age} in {year}: {hours} at full time").format(
            age=band.age, year=day.year, hours=_num(band.hours)
        )
        return band.hours, band.rule, basis, None
    flat, rule = _rule_decimal(book, "leave_ikb_hours_fulltime", day)
    if flat is None:
        return None, None, "", None
    extra = transition.transition_extra(dossier, day, book)
    if extra.applies and extra.rule is not None:
        basis = _("{base} + {extra} transition hours (born {birth_year}) at full time").format(
            base=_num(flat), extra=_num(extra.hours), birth_year=extra.birth_year
        )
        return flat + extra.hours, extra.rule, basis, extra.note
    return flat, rule, "", extra.note


_BASES: dict[
    Bucket, Callable[[Dossier, date, RuleBook], tuple[Decimal | None, Rule | None, str, str | None]]
] = {
    Bucket.WETTELIJK: _base_statutory,
    Bucket.IKB_UREN: _base_ikb,
}

_RULE_KEYS: dict[Bucket, tuple[str, ...]] = {
    Bucket.WETTELIJK: ("leave_statutory_hours_fulltime", "leave_fulltime_hours_per_week"),
    Bucket.IKB_UREN: (
        "leave_ikb_hours_fulltime",
        "leave_fulltime_hours_per_week",
        *transition.RULE_KEYS,
    ),
}


def entitlement(
    dossier: Dossier, bucket: Bucket, year: int, book: RuleBook, known_on: date | None = None
) -> Entitlement:
    """Statutory hours (``wettelijk``) or IKB-uren (``ikb_uren``) for ``year``.

    ``base × Σ(hours per week × days) / (full time × days in the year)``, rounded up once. With
    ``known_on``, only employment records that start on or before that day are known, and the one
    in force runs on to its end date or the end of the year: what was granted on that day.
    """
    if bucket not in _BASES:
        raise ValueError(f"no entitlement for bucket {bucket}")
    first, after = date(year, 1, 1), date(year + 1, 1, 1)
    days_in_year = (after - first).days
    records = tuple(r for r in dossier.employment if known_on is None or r.valid_from <= known_on)
    aow = transition.aow_day(dossier.profile, book) if bucket is Bucket.IKB_UREN else None
    parts: list[EntitlementPart] = []
    rule_used: Rule | None = None
    basis: list[str] = []
    notes: list[str] = []
    for start, stop in itertools.pairwise(_cut_points(bucket, year, records, book, aow)):
        employment = employment_on(records, start)
        if employment is None or employment.hours_per_week <= 0:
            continue
        base, rule, part_basis, note = _BASES[bucket](dossier, start, book)
        fulltime, _fulltime_rule = _rule_decimal(book, "leave_fulltime_hours_per_week", start)
        _add_once(notes, note)
        if base is None or fulltime is None or fulltime <= 0:
            missing = _("No rule for {bucket} on {date}: no hours granted for that period.")
            _add_once(
                notes, missing.format(bucket=bucket_label(bucket, year), date=_day_text(start))
            )
            continue
        _add_once(basis, part_basis)
        part = EntitlementPart(start, stop - ONE_DAY, employment.hours_per_week, base, fulltime)
        if parts and _same_terms(parts[-1], part):
            part = replace(parts.pop(), end=part.end)
        parts.append(part)
        rule_used = rule_used or rule
    if aow is not None and first < aow < after and parts and parts[0].start < aow:
        basis.append(_("transition hours until the AOW date {date}").format(date=_day_text(aow)))
    exact = sum(
        (
            Fraction(p.base)
            * Fraction(p.hours_per_week)
            * p.days
            / (Fraction(p.fulltime) * days_in_year)
            for p in parts
        ),
        Fraction(0),
    )
    return Entitlement(
        bucket=bucket,
        year=year,
        parts=tuple(parts),
        days_in_year=days_in_year,
        exact=exact,
        hours=hours(Decimal(math.ceil(exact))),
        rule=rule_used,
        basis="; ".join(basis),
        notes=tuple(notes),
    )


def _add_once(texts: list[str], text: str | None) -> None:
    if text and text not in texts:
        texts.append(text)


def _cut_points(
    bucket: Bucket, year: int, records: tuple[Employment, ...], book: RuleBook, aow: date | None
) -> list[date]:
    """The days on which hours or rules can change within ``year``, with 1 January of both ends."""
    first, after = date(year, 1, 1), date(year + 1, 1, 1)
    cuts = {first, after}
    for record in records:
        cuts.add(record.valid_from)
        if record.end_date is not None:
            cuts.add(record.end_date + ONE_DAY)
    for key in _RULE_KEYS[bucket]:
        try:
            periods = book.periods(key)
        except RuleBookError:
            continue
        cuts.update(rule.valid_from for rule in periods)
        cuts.update(rule.valid_to + ONE_DAY for rule in periods if rule.valid_to)
    if aow is not None:
        cuts.add(aow)
    return sorted(day for day in cuts if first <= day <= after)


def _same_terms(earlier: EntitlementPart, later: EntitlementPart) -> bool:
    return (
        earlier.end + ONE_DAY == later.start
        and earlier.hours_per_week == later.hours_per_week
        and earlier.base == later.base
        and earlier.fulltime == later.fulltime
    )


# --------------------------------------------------------------------------------- leave days


def leave_days(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[LeaveDay]:
    """Every calendar day of ``entry`` with its cost.

    Without hours on the entry, a day costs what the schedule in force says (0 on weekends, days
    off, Rijk public holidays and days without employment). With hours (a half day, or a total for
    several days), those hours are spread over the days in proportion to their scheduled hours,
    to the cent, so a holiday or a weekend day still costs nothing.
    """
    if entry.end < entry.start:
        return []
    language = i18n.language() if i18n.language() in ("nl", "en") else "nl"
    days: list[LeaveDay] = []
    for day in _days(entry.start, entry.end):
        employment = employment_on(dossier.employment, day)
        holiday = rijk_holiday_name(day, language, _paid_holidays(book, day))
        if employment is None:
            days.append(LeaveDay(day, ZERO, ZERO, holiday, False, False))
            continue
        schedule = schedule_on(dossier.work_schedule, day)
        assumed = schedule is None
        if schedule is not None:
            scheduled = schedule.hours_on(day)
        elif day.weekday() < 5:
            scheduled = hours(employment.hours_per_week / 5)
        else:
            scheduled = ZERO
        if holiday is not None:
            scheduled = ZERO
        days.append(LeaveDay(day, scheduled, scheduled, holiday, True, assumed))
    if entry.hours is None:
        return days
    shares = _spread(max(entry.hours, ZERO), [d.scheduled for d in days])
    return [replace(d, hours=share) for d, share in zip(days, shares, strict=True)]


def _spread(total: Hours, weights: list[Hours]) -> list[Hours]:
    """``total`` over the days in proportion to ``weights``, in cents, adding up exactly."""
    weight_sum = sum(weights, ZERO)
    if weight_sum <= 0 or total <= 0:
        return [ZERO for _weight in weights]
    cents = int(hours(total) * 100)
    raw = [Fraction(cents) * Fraction(w) / Fraction(weight_sum) for w in weights]
    shares = [math.floor(r) for r in raw]
    left = cents - sum(shares)
    by_remainder = sorted(range(len(raw)), key=lambda i: (-(raw[i] - shares[i]), i))
    for index in by_remainder[:left]:
        shares[index] += 1
    return [Decimal(share).scaleb(-2) for share in shares]


def entry_days(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[tuple[date, Hours]]:
    """Each day of ``entry`` and what it costs (0 for weekends, days off and holidays)."""
    return [(d.day, d.hours) for d in leave_days(entry, dossier, book)]


def entry_hours(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> Hours:
    """The hours ``entry`` costs in all."""
    return sum((d.hours for d in leave_days(entry, dossier, book)), ZERO)


def entry_warnings(entry: LeaveEntry, dossier: Dossier, book: RuleBook) -> list[str]:
    """What the add/edit dialog should tell before saving: holidays, days outside employment..."""
    if entry.end < entry.start:
        return [_("The last day is before the first day.")]
    warnings: list[str] = []
    days = leave_days(entry, dossier, book)
    if entry.hours is not None and entry.hours < 0:
        warnings.append(_("The hours cannot be negative; the entry counts as 0 hours."))
    if entry.hours is not None and entry.hours > 0:
        for d in days:
            if d.holiday is not None and d.employed:
                warnings.append(
                    _("{date} is a public holiday ({name}): that day costs no leave hours.").format(
                        date=_day_text(d.day), name=d.holiday
                    )
                )
        if len(days) == 1 and days[0].employed and days[0].holiday is None:
            only = days[0]
            if only.scheduled == 0:
                warnings.append(
                    _("You do not work on {date}: that day costs no leave hours.").format(
                        date=_day_text(only.day)
                    )
                )
            elif entry.hours > only.scheduled:
                warnings.append(
                    _(
                        "You entered {hours}, "
                        "more than the {scheduled} you are scheduled to work on {date}."
                    ).format(
                        hours=_hours_text(entry.hours),
                        scheduled=_hours_text(only.scheduled),
                        date=_day_text(only.day),
                    )
                )
    outside = [d for d in days if not d.employed]
    if outside:
        warnings.append(
            i18n.ngettext(
                "{count} day falls outside your employment: it costs no leave hours.",
                "{count} days fall outside your employment: they cost no leave hours.",
                len(outside),
            ).format(count=len(outside))
        )
    assumed = [d for d in days if d.assumed_schedule]
    if assumed:
        warnings.append(
            _(
                "There is no work schedule for {date}: "
                "Rijkapp assumes your weekly hours spread over Monday to Friday."
            ).format(date=_day_text(assumed[0].day))
        )
    costs_nothing = days and all(d.hours == 0 and d.employed for d in days)
    if costs_nothing and not warnings:
        warnings.append(
            _(
                "This leave costs no hours: "
                "every day is a weekend day, a day off or a public holiday."
            )
        )
    return warnings


# ------------------------------------------------------------------------------------ the run


@dataclass
class _Item:
    """A posting under construction (consumption of one entry is summed per bucket and year)."""

    on: date
    lot: Lot
    amount: Hours
    kind: PostingKind
    entry_id: str | None
    rule: Rule | None
    text: str = ""
    last_day: date | None = None
    label: str = ""  # the leave entry, for the text written at the end


@dataclass
class _Run:
    dossier: Dossier
    on: date
    book: RuleBook
    balances: dict[Lot, Hours] = field(default_factory=dict)
    items: list[_Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    granted: dict[tuple[Bucket, int], Hours] = field(default_factory=dict)
    borrowed: dict[int, Hours] = field(default_factory=dict)
    overdrawn: dict[int, Hours] = field(default_factory=dict)
    borrow_limit: dict[int, Hours] = field(default_factory=dict)
    open_items: dict[tuple[str, Lot, int, PostingKind], _Item] = field(default_factory=dict)

    # -- bookkeeping

    def post(
        self,
        day: date,
        lot: Lot,
        amount: Hours,
        *,
        kind: PostingKind,
        text: str,
        rule: Rule | None = None,
        entry_id: str | None = None,
    ) -> None:
        amount = hours(amount)
        self.balances[lot] = self.balances.get(lot, ZERO) + amount
        self.items.append(_Item(day, lot, amount, kind, entry_id, rule, text))

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- phase 0: leaving service

    def leave_service(self, day: date, last_day: date) -> None:
        """The final settlement on ``day``, the day after ``last_day``, the last day employed."""
        order, _rule = _consumption_order(self.book, day)
        values = {"date": _day_text(last_day)}
        for lot in sorted(self.balances, key=lambda lot: _display_key(lot, self.book, order)):
            left = self.balances[lot]
            if left <= 0:
                continue  # a debt stays, with its warning: P-Direkt settles it
            bucket, year = lot
            values.update(hours=_hours_text(left), bucket=bucket_label(bucket, year))
            kind = PostingKind.PAID_OUT
            if bucket is Bucket.IKB_GEKOCHT:
                # The same rule as the IKB plan's reversal: one truth.
                kind = PostingKind.REVERSED
                rule = _find(self.book, "ikb_leaving_reverse_unused_bought", last_day)
                text = _(
                    "Leaving service (last day {date}): {hours} of {bucket} not used are "
                    "reversed; their money goes back to the IKB budget and is paid out with it."
                )
                if rule is not None and rule.value is not True:
                    rule = None
            elif bucket is Bucket.WETTELIJK:
                rule = _find(self.book, "leave_leaving_statutory_paid_out", last_day)
                text = _(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out at the maandinkomen per uur."
                )
            elif bucket is Bucket.SPAARVERLOF:
                rule = _find(self.book, "leave_leaving_spaarverlof_paid_out", last_day)
                text = _(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out at the kale uurloon."
                )
            else:
                rule = _find(self.book, "leave_leaving_other_hours_paid_out", last_day)
                text = _(
                    "Leaving service (last day {date}): {hours} of {bucket} "
                    "paid out with the final settlement."
                )
            if rule is None:
                self.warn(
                    _(
                        "{bucket}: {hours} left after leaving service (last day {date}); "
                        "Rijkapp has no rule for what happens to them."
                    ).format(**values)
                )
                continue
            self.post(day, lot, -left, kind=kind, text=text.format(**values), rule=rule)

    # -- phase 1: the year change

    def year_change(self, day: date) -> None:
        order, _rule = _consumption_order(self.book, day)
        for lot in sorted(self.balances, key=lambda lot: _display_key(lot, self.book, order)):
            self.settle(lot, day)

    def settle(self, lot: Lot, day: date) -> None:
        """Move or expire what is left of a bucket whose year is over."""
        bucket, year = lot
        left = self.balances.get(lot, ZERO)
        if left <= 0 or year is None:
            return
        if bucket in IKB_BUCKETS and year < day.year:
            rule = _find(self.book, "leave_ikb_to_spaarverlof", date(year, 12, 31))
            label = bucket_label(bucket, year)
            self.post(
                day,
                lot,
                -left,
                kind=PostingKind.TO_SPAARVERLOF,
                text=_("Unused {bucket} moved to spaarverlof at the year change: {hours}.").format(
                    bucket=label, hours=_hours_text(left)
                ),
                rule=rule,
            )
            self.post(
                day,
                _lot(Bucket.SPAARVERLOF, None),
                left,
                kind=PostingKind.FROM_IKB,
                text=_(
                    "From {bucket} at the year change: {hours}. Spaarverlof does not expire."
                ).format(bucket=label, hours=_hours_text(left)),
                rule=rule,
            )
            return
        expires = _expiry(lot, self.book)
        if bucket is Bucket.WETTELIJK and expires is not None and expires <= day:
            rule = _find(self.book, "leave_statutory_valid_years", date(year, 1, 1))
            self.post(
                day,
                lot,
                -left,
                kind=PostingKind.EXPIRED,
                text=_("Expired on {date}: {hours} of {bucket} not used in time.").format(
                    date=_day_text(expires),
                    hours=_hours_text(left),
                    bucket=bucket_label(bucket, year),
                ),
                rule=rule,
            )

    # -- phase 2: entitlements

    def entitle(self, day: date) -> None:
        for bucket in (Bucket.WETTELIJK, Bucket.IKB_UREN):
            figures = entitlement(self.dossier, bucket, day.year, self.book, known_on=day)
            for note in figures.notes:
                self.warn(note)
            key = (bucket, day.year)
            before = self.granted.get(key)
            if figures.hours == (before or ZERO):
                continue
            label = _capitalised(bucket_label(bucket, day.year))
            if figures.basis:
                label = f"{label} ({figures.basis})"
            if before is None and figures.exact == figures.hours:
                text = _("{bucket}: {formula} = {hours}.").format(
                    bucket=label, formula=figures.formula(), hours=_hours_text(figures.hours)
                )
                kind = PostingKind.GRANT
            elif before is None:
                text = _("{bucket}: {formula} = {exact}, rounded up to {hours}.").format(
                    bucket=label,
                    formula=figures.formula(),
                    exact=_num(figures.exact_decimal),
                    hours=_hours_text(figures.hours),
                )
                kind = PostingKind.GRANT
            else:
                text = _(
                    "{bucket} recalculated on {date} after a change of hours: "
                    "{formula} = {exact}, rounded up to {hours} (was {before})."
                ).format(
                    bucket=label,
                    date=_day_text(day),
                    formula=figures.formula(),
                    exact=_num(figures.exact_decimal),
                    hours=_hours_text(figures.hours),
                    before=_hours_text(before),
                )
                kind = PostingKind.RECALCULATION
            amount = figures.hours - (before or ZERO)
            self.post(day, _lot(bucket, day.year), amount, kind=kind, text=text, rule=figures.rule)
            self.granted[key] = figures.hours

    # -- phase 3: opening balances and corrections

    def opening_balance(self, day: date, balance: LeaveBalance) -> None:
        lot = _lot(balance.bucket, balance.year if balance.year is not None else day.year)
        note = f" ({balance.note})" if balance.note else ""
        self.post(
            day,
            lot,
            balance.hours,
            kind=PostingKind.BALANCE,
            text=_("Opening balance or correction{note}: {hours}.").format(
                note=note, hours=_hours_text(balance.hours)
            ),
            entry_id=balance.id,
        )
        self.settle(lot, day)  # hours added to a year that is already over

    # -- phase 4: IKB choices

    def ikb_choice(self, day: date, choice: IkbChoice) -> None:
        if choice.hours is None or choice.hours <= 0:
            return
        if not _employed_in_month(self.dossier.employment, day):
            # The IKB plan refuses it too: no budget to buy with, no IKB-uren to sell.
            self.warn(
                _(
                    "There is no employment in {month}, so there is no IKB budget for a choice "
                    "in that month."
                ).format(month=fmt.month(day))
            )
            return
        if choice.kind is IkbChoiceKind.BUY_HOURS:
            whole = round_down_whole(choice.hours)
            if whole != choice.hours:
                self.warn(
                    _("IKB-uren are bought in whole hours: {hours} counts as {whole}.").format(
                        hours=_hours_text(choice.hours), whole=_hours_text(whole)
                    )
                )
            if whole <= 0:
                return
            self.post(
                day,
                _lot(Bucket.IKB_GEKOCHT, day.year),
                whole,
                kind=PostingKind.BOUGHT,
                text=_("IKB-uren bought for {month}: {hours}.").format(
                    month=fmt.month(day), hours=_hours_text(whole)
                ),
                rule=_find(self.book, "leave_ikb_buy_hours", day),
                entry_id=choice.id,
            )
        elif choice.kind is IkbChoiceKind.SELL_HOURS:
            sold = hours(choice.hours)
            self.post(
                day,
                _lot(Bucket.IKB_UREN, day.year),
                -sold,
                kind=PostingKind.SOLD,
                text=_("IKB-uren sold (paid out) in {month}: {hours}.").format(
                    month=fmt.month(day), hours=_hours_text(sold)
                ),
                rule=_find(self.book, "leave_ikb_sell_hours", day),
                entry_id=choice.id,
            )

    # -- phase 5: leave

    def consume(self, day: date, entry: LeaveEntry, cost: Hours) -> None:
        order, order_rule = _consumption_order(self.book, day)
        remaining = cost
        candidates = sorted(
            (
                lot
                for lot, balance in self.balances.items()
                if balance > 0 and (lot[1] is None or lot[1] <= day.year)
            ),
            key=lambda lot: (
                0 if entry.bucket is not None and lot[0] is entry.bucket else 1,
                _order_index(lot[0], order),
                lot[1] or 0,
            ),
        )
        for lot in candidates:
            if remaining <= 0:
                break
            take = min(self.balances[lot], remaining)
            if entry.bucket is not None and lot[0] is not entry.bucket:
                self.warn(
                    _(
                        "Leave {entry}: not enough {bucket}; the rest is taken from other hours."
                    ).format(entry=_entry_label(entry), bucket=bucket_label(entry.bucket))
                )
            self.take(day, entry, lot, take, kind=PostingKind.TAKEN, rule=order_rule)
            remaining -= take
        if remaining <= 0:
            return
        next_year = day.year + 1
        next_lot = _lot(Bucket.WETTELIJK, next_year)
        limit = self.limit(day)
        # The limit follows the hours on the day: after a cut in hours, less may be borrowed.
        self.borrow_limit[next_year] = limit
        room = max(limit - self.borrowed.get(next_year, ZERO), ZERO)
        borrow_rule = _find(self.book, "leave_borrow_max_hours_fulltime", day)
        borrow = min(room, remaining)
        if borrow > 0:
            self.borrowed[next_year] = self.borrowed.get(next_year, ZERO) + borrow
            self.take(day, entry, next_lot, borrow, kind=PostingKind.BORROWED, rule=borrow_rule)
            remaining -= borrow
        if remaining > 0:
            self.overdrawn[next_year] = self.overdrawn.get(next_year, ZERO) + remaining
            self.take(day, entry, next_lot, remaining, kind=PostingKind.OVERDRAWN, rule=borrow_rule)

    def limit(self, day: date) -> Hours:
        """The borrowing limit: 57.6 hours at full time, pro rata to the hours on ``day``."""
        maximum, _rule = _rule_decimal(self.book, "leave_borrow_max_hours_fulltime", day)
        fulltime, _ft = _rule_decimal(self.book, "leave_fulltime_hours_per_week", day)
        employment = employment_on(self.dossier.employment, day)
        if maximum is None or not fulltime or employment is None:
            return ZERO
        return hours(maximum * employment.hours_per_week / fulltime)

    def take(
        self,
        day: date,
        entry: LeaveEntry,
        lot: Lot,
        amount: Hours,
        *,
        kind: PostingKind,
        rule: Rule | None,
    ) -> None:
        amount = hours(amount)
        self.balances[lot] = self.balances.get(lot, ZERO) - amount
        key = (entry.id, lot, day.year, kind)
        item = self.open_items.get(key)
        if item is None:
            item = _Item(day, lot, ZERO, kind, entry.id, rule, label=_entry_label(entry))
            self.open_items[key] = item
            self.items.append(item)
        item.amount -= amount
        item.last_day = day

    # -- the end

    def finish(self) -> LeaveLedger:
        order, _rule = _consumption_order(self.book, self.on)
        lines: list[Line] = []
        postings: list[Posting] = []
        for index, item in enumerate(self.items):
            text = item.text or _consumption_text(item)
            lines.append(Line(item.on, text, item.amount, item.rule))
            bucket, year = item.lot
            postings.append(
                Posting(item.on, bucket, year, item.amount, item.kind, item.entry_id, index)
            )
        buckets = tuple(
            BucketBalance(lot[0], lot[1], balance, _expiry(lot, self.book))
            for lot, balance in sorted(
                self.balances.items(), key=lambda pair: _display_key(pair[0], self.book, order)
            )
            if balance != 0 or not self.closed(lot)
        )
        self.final_warnings()
        return LeaveLedger(
            on=self.on,
            buckets=buckets,
            total=sum(self.balances.values(), ZERO),
            lines=tuple(lines),
            warnings=tuple(self.warnings),
            postings=tuple(postings),
        )

    def closed(self, lot: Lot) -> bool:
        """A bucket whose year is over: expired or moved to spaarverlof."""
        bucket, year = lot
        if year is None:
            return False
        if bucket in IKB_BUCKETS:
            return year < self.on.year
        expires = _expiry(lot, self.book)
        return expires is not None and expires <= self.on

    def final_warnings(self) -> None:
        for (bucket, year), balance in self.balances.items():
            if balance >= 0:
                continue
            if bucket is Bucket.WETTELIJK and year is not None and year > self.on.year:
                self.warn(
                    _("You have borrowed {hours} from the statutory hours of {year}.").format(
                        hours=_hours_text(-balance), year=year
                    )
                )
                over = self.overdrawn.get(year, ZERO)
                if over > 0:
                    self.warn(
                        _(
                            "{hours} more than you may borrow (at most {limit}): "
                            "your leave balance is negative."
                        ).format(
                            hours=_hours_text(over),
                            limit=_hours_text(self.borrow_limit.get(year, ZERO)),
                        )
                    )
            else:
                self.warn(
                    _("Negative balance: {bucket} is {hours}.").format(
                        bucket=bucket_label(bucket, year), hours=_hours_text(balance)
                    )
                )
        self.spaarverlof_cap()

    def spaarverlof_cap(self) -> None:
        spaarverlof = self.balances.get(_lot(Bucket.SPAARVERLOF, None), ZERO)
        if spaarverlof <= 0:
            return
        maximum, rule = _rule_decimal(self.book, "leave_spaarverlof_max_hours_fulltime", self.on)
        fulltime, _ft = _rule_decimal(self.book, "leave_fulltime_hours_per_week", self.on)
        employment = employment_on(self.dossier.employment, self.on) or _last_employment(
            self.dossier
        )
        if maximum is None or rule is None or not fulltime or employment is None:
            return
        cap = hours(maximum * employment.hours_per_week / fulltime)
        counted = spaarverlof + sum(
            (
                balance
                for (bucket, _year), balance in self.balances.items()
                if bucket in (Bucket.WETTELIJK, Bucket.COMPENSATIE) and balance > 0
            ),
            ZERO,
        )
        if counted <= cap:
            return
        message = _(
            "Spaarverlof and statutory hours together ({hours}) are above the maximum of {cap} "
            "at your hours. Rijkapp keeps all hours; ask P-Direkt what happens to the rest."
        ).format(hours=_hours_text(counted), cap=_hours_text(cap))
        if not rule.confidence.is_certain:
            message += " " + _("This maximum is not confirmed.")
        self.warn(message)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _entry_label(entry: LeaveEntry) -> str:
    return f"“{entry.note}” ({entry.id})" if entry.note else entry.id


def _consumption_text(item: _Item) -> str:
    bucket, year = item.lot
    last = item.last_day or item.on
    if last == item.on:
        when = _("on {date}").format(date=_day_text(item.on))
    else:
        when = _("{first} to {last}").format(first=_day_text(item.on), last=_day_text(last))
    values = {
        "entry": item.label,
        "when": when,
        "hours": _hours_text(-item.amount),
        "bucket": bucket_label(bucket, year),
    }
    if item.kind is PostingKind.BORROWED:
        return _("Leave {entry} {when}: {hours} borrowed from {bucket}.").format(**values)
    if item.kind is PostingKind.OVERDRAWN:
        return _("Leave {entry} {when}: {hours} beyond the borrowing limit, from {bucket}.").format(
            **values
        )
    return _("Leave {entry} {when}: {hours} from {bucket}.").format(**values)


def _last_employment(dossier: Dossier) -> Employment | None:
    records = sorted(dossier.employment, key=lambda r: r.valid_from)
    return records[-1] if records else None


def leaving_day(records: tuple[Employment, ...], year: int) -> date | None:
    """The last day of employment in ``year`` when the employment ends then: leaving service.

    None when there is no employment in ``year`` or it runs on into the next year (also when the
    next record starts the day after: a move within the Rijk). A gap within the year is not
    leaving: only the last stretch of employment in the year counts. The IKB plan uses this same
    function, so the plan and the ledger settle on the same day.
    """
    candidates = {date(year, 12, 31)}
    candidates.update(r.end_date for r in records if r.end_date and r.end_date.year == year)
    for day in sorted(candidates, reverse=True):
        if employment_on(records, day) is not None:
            return day if employment_on(records, day + ONE_DAY) is None else None
    return None


def _employed_in_month(records: tuple[Employment, ...], day: date) -> bool:
    first = day.replace(day=1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return any(employment_on(records, d) is not None for d in _days(first, after - ONE_DAY))


@dataclass(frozen=True)
class _Calendar:
    """What happens on which day, up to and including the ledger's date."""

    leavings: dict[date, date]  # the day after leaving service -> the last day of employment
    year_changes: frozenset[date]
    recalculations: frozenset[date]
    balances: dict[date, list[LeaveBalance]]
    choices: dict[date, list[IkbChoice]]
    leave: dict[date, list[tuple[LeaveEntry, Hours]]]

    def days(self) -> list[date]:
        return sorted(
            set(self.leavings)
            | self.year_changes
            | self.recalculations
            | set(self.balances)
            | set(self.choices)
            | set(self.leave)
        )


def _calendar(dossier: Dossier, on: date, book: RuleBook) -> _Calendar | None:
    starts = [r.valid_from for r in dossier.employment]
    starts += [b.on for b in dossier.leave_balances]
    starts += [c.month for c in dossier.ikb_choices]
    starts += [e.start for e in dossier.leave]
    if not starts:
        return None
    first_year = min(starts).year
    recalculations: set[date] = set()
    leavings: dict[date, date] = {}
    if dossier.employment:
        for year in range(min(r.valid_from for r in dossier.employment).year, on.year + 1):
            last = leaving_day(dossier.employment, year)
            if last is not None and last + ONE_DAY <= on:
                leavings[last + ONE_DAY] = last
        # Granted on the first day of employment, every 1 January after it, and again whenever an
        # employment record starts (a change of hours, a return after a gap).
        first_employment = min(r.valid_from for r in dossier.employment)
        recalculations.add(first_employment)
        recalculations.update(date(y, 1, 1) for y in range(first_employment.year + 1, on.year + 1))
        recalculations.update(r.valid_from for r in dossier.employment)
    balances: dict[date, list[LeaveBalance]] = {}
    for balance in sorted(dossier.leave_balances, key=lambda b: (b.on, b.id)):
        balances.setdefault(balance.on, []).append(balance)
    choices: dict[date, list[IkbChoice]] = {}
    for choice in sorted(dossier.ikb_choices, key=lambda c: (c.month, c.id)):
        choices.setdefault(date(choice.month.year, choice.month.month, 1), []).append(choice)
    leave: dict[date, list[tuple[LeaveEntry, Hours]]] = {}
    for entry in sorted(dossier.leave, key=lambda e: (e.start, e.id)):
        if entry.start <= on:
            for leave_day in leave_days(entry, dossier, book):
                if leave_day.hours > 0:
                    leave.setdefault(leave_day.day, []).append((entry, leave_day.hours))

    def until_on(days: dict[date, Any]) -> dict[date, Any]:
        return {day: items for day, items in days.items() if day <= on}

    return _Calendar(
        leavings=leavings,
        year_changes=frozenset(date(y, 1, 1) for y in range(first_year + 1, on.year + 1)),
        recalculations=frozenset(day for day in recalculations if day <= on),
        balances=until_on(balances),
        choices=until_on(choices),
        leave=until_on(leave),
    )


def ledger(dossier: Dossier, on: date, book: RuleBook) -> LeaveLedger:
    """The leave balances at the end of ``on``, with every line that made them."""
    run = _Run(dossier, on, book)
    calendar = _calendar(dossier, on, book)
    if calendar is None:
        return run.finish()
    for day in calendar.days():
        if day in calendar.leavings:
            run.leave_service(day, calendar.leavings[day])
        if day in calendar.year_changes:
            run.year_change(day)
        if day in calendar.recalculations:
            run.entitle(day)
        for balance in calendar.balances.get(day, ()):
            run.opening_balance(day, balance)
        for choice in calendar.choices.get(day, ()):
            run.ikb_choice(day, choice)
        for entry, cost in calendar.leave.get(day, ()):
            run.consume(day, entry, cost)
    return run.finish()


def reversed_on_leaving(dossier: Dossier, year: int, book: RuleBook) -> Hours:
    """Bought IKB-uren of ``year`` the ledger reverses on leaving service in ``year`` (else 0).

    What was bought and not used by the end of the last day of employment; the IKB plan pays
    exactly these hours back (:func:`rijkapp.calc.ikb.bought_hours_used`).
    """
    last = leaving_day(dossier.employment, year)
    if last is None:
        return ZERO
    figures = ledger(dossier, last + ONE_DAY, book)
    return -sum(
        (
            p.amount
            for p in figures.postings
            if p.kind is PostingKind.REVERSED and p.bucket is Bucket.IKB_GEKOCHT and p.year == year
        ),
        ZERO,
    )


# ------------------------------------------------------------------------- views on the ledger


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
            _("{hours} of this leave is borrowed from next year's statutory hours.").format(
                hours=_hours_text(borrows)
            )
        )
    if beyond > 0:
        warnings.append(
            _(
                "{hours} of this leave is more than you may borrow: the balance would be negative."
            ).format(hours=_hours_text(beyond))
        )
    return EntryPreview(
        entry_id=entry.id,
        hours=cost,
        split=tuple(
            BucketBalance(bucket, year, amount, _expiry((bucket, year), book))
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


__all__ = [
    "CONSUMPTION_KINDS",
    "LEAVING_KINDS",
    "BucketBalance",
    "Entitlement",
    "EntitlementPart",
    "EntryPreview",
    "LeaveDay",
    "LeaveLedger",
    "Posting",
    "PostingKind",
    "balances_section",
    "bucket_label",
    "entitlement",
    "entry_days",
    "entry_hours",
    "entry_warnings",
    "hours_to_plan_before_expiry",
    "leave_days",
    "leaving_day",
    "ledger",
    "preview_entry",
    "reversed_on_leaving",
    "would_exceed_borrowing",
]

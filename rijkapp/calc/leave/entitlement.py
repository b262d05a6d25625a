"""A year's statutory hours and IKB-uren: base, pro rata over the year, rounded up once."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from rijkapp.calc import transition
from rijkapp.calc.leave.model import ONE_DAY, Entitlement, EntitlementPart, rule_decimal
from rijkapp.calc.leave.text import bucket_label
from rijkapp.domain.records import Bucket, Dossier, Employment, employment_on
from rijkapp.domain.values import hours
from rijkapp.i18n import N_
from rijkapp.message import Day, Exact, Message
from rijkapp.rules.book import Rule, RuleBook, RuleBookError

# The full-time base on a day, the rule behind it, what it is made of, and a note if unsure.
_Base = tuple[Decimal | None, Rule | None, Message | None, Message | None]


def _base_statutory(dossier: Dossier, day: date, book: RuleBook) -> _Base:
    value, rule = rule_decimal(book, "leave_statutory_hours_fulltime", day)
    return value, rule, None, None


def _base_ikb(dossier: Dossier, day: date, book: RuleBook) -> _Base:
    """Full-time IKB-uren for the year of ``day``, what they are made of, and a note if unsure.

    The age table and the transition extras are decided in :mod:`rijkapp.calc.transition`, the
    same functions the IKB plan's sell maximum uses.
    """
    band = transition.age_band(dossier.profile, day, book)
    if band is not None:
        if band.age is None:
            return band.hours, band.rule, None, band.note
        basis = Message(
            N_("age {age} in {year}: {hours} at full time"),
            age=band.age,
            year=day.year,
            hours=Exact(band.hours),
        )
        return band.hours, band.rule, basis, None
    flat, rule = rule_decimal(book, "leave_ikb_hours_fulltime", day)
    if flat is None:
        return None, None, None, None
    extra = transition.transition_extra(dossier, day, book)
    if extra.applies and extra.rule is not None:
        basis = Message(
            N_("{base} + {extra} transition hours (born {birth_year}) at full time"),
            base=Exact(flat),
            extra=Exact(extra.hours),
            birth_year=str(extra.birth_year),
        )
        return flat + extra.hours, extra.rule, basis, extra.note
    return flat, rule, None, extra.note


_BASES: dict[Bucket, Callable[[Dossier, date, RuleBook], _Base]] = {
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
    basis: list[Message] = []
    notes: list[Message] = []
    for start, stop in itertools.pairwise(_cut_points(bucket, year, records, book, aow)):
        employment = employment_on(records, start)
        if employment is None or employment.hours_per_week <= 0:
            continue
        base, rule, part_basis, note = _BASES[bucket](dossier, start, book)
        fulltime, _fulltime_rule = rule_decimal(book, "leave_fulltime_hours_per_week", start)
        _add_once(notes, note)
        if base is None or fulltime is None or fulltime <= 0:
            missing = Message(
                N_("No rule for {bucket} on {date}: no hours granted for that period."),
                bucket=bucket_label(bucket, year),
                date=Day(start),
            )
            _add_once(notes, missing)
            continue
        _add_once(basis, part_basis)
        part = EntitlementPart(start, stop - ONE_DAY, employment.hours_per_week, base, fulltime)
        if parts and _same_terms(parts[-1], part):
            part = replace(parts.pop(), end=part.end)
        parts.append(part)
        rule_used = rule_used or rule
    if aow is not None and first < aow < after and parts and parts[0].start < aow:
        basis.append(Message(N_("transition hours until the AOW date {date}"), date=Day(aow)))
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
        basis=tuple(basis),
        notes=tuple(notes),
    )


def _add_once(messages: list[Message], message: Message | None) -> None:
    if message is not None and message not in messages:
        messages.append(message)


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

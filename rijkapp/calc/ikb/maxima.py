"""How many IKB hours may be bought and sold in a year."""

from __future__ import annotations

import calendar
import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rijkapp.calc import transition
from rijkapp.calc.explain import Line
from rijkapp.calc.ikb.terms import ONE_DAY, Rules, Terms, months_of
from rijkapp.domain.records import Dossier
from rijkapp.domain.values import ZERO, Hours, hours, round_down_whole, round_up_whole
from rijkapp.i18n import N_
from rijkapp.message import Compact, Day, Message
from rijkapp.rules.book import Rule


def _hour_days(terms: Terms, year: int) -> tuple[int, Decimal]:
    """Days employed in ``year`` and the sum of contract hours a week over those days."""
    days = 0
    total = ZERO
    for month in months_of(year):
        for stretch in terms.stretches(month):
            days += stretch.days
            total += stretch.employment.hours_per_week * stretch.days
    return days, total


@dataclass(frozen=True)
class _YearBasis:
    """What a yearly maximum starts from: the year's rule, the days employed, full time."""

    day: date  # 1 January, the day the year's rules are read on
    rule: Rule
    days: int
    hour_days: Decimal  # contract hours a week summed over the days employed
    fulltime: Decimal  # the full-time hours a week


def _year_basis(terms: Terms, year: int, rules: Rules, key: str) -> _YearBasis | None:
    """The basis for the maximum ruled by ``key`` in ``year``; None without the rule or a job."""
    day = date(year, 1, 1)
    rule = rules.find(key, day)
    days, hour_days = _hour_days(terms, year)
    if rule is None or days == 0:
        return None
    fulltime = rules.get("ikb_fulltime_hours", day).decimal
    return _YearBasis(day, rule, days, hour_days, fulltime)


def buy_maximum(terms: Terms, year: int, rules: Rules) -> tuple[Hours, Line | None]:
    basis = _year_basis(terms, year, rules, "ikb_buy_max_hours_fulltime")
    if basis is None:
        return hours(0), None
    rule, fulltime = basis.rule, basis.fulltime
    maximum = round_down_whole(rule.decimal * basis.hour_days / (fulltime * basis.days))
    average = hours(basis.hour_days / basis.days)
    text = Message(
        N_(
            "At most {max} IKB hours can be bought in {year}: {fulltime_max} at {fulltime_hours} "
            "hours a week, pro rata to your average of {average} hours, rounded down."
        ),
        max=Compact(maximum),
        year=year,
        fulltime_max=Compact(rule.decimal),
        fulltime_hours=Compact(fulltime),
        average=Compact(average),
    )
    return hours(maximum), Line(basis.day, text, maximum, rule)


def _sell_pieces(
    dossier: Dossier, terms: Terms, year: int, rules: Rules, pro_rata: bool
) -> list[tuple[date, int, Decimal]]:
    """Runs of days of ``year`` with the same hours: (first day, days, hours a week).

    Pro rata: the days employed with their contract hours. Otherwise the whole calendar year at
    full time. Either way cut where the transition can change (its rules, the AOW date).
    """
    first, after = date(year, 1, 1), date(year + 1, 1, 1)
    cuts = transition.change_days(dossier.profile, rules.book, first, after)
    if pro_rata:
        runs = [
            (s.start, s.end, s.employment.hours_per_week)
            for month in months_of(year)
            for s in terms.stretches(month)
        ]
    else:
        runs = [(first, after - ONE_DAY, rules.get("ikb_fulltime_hours", first).decimal)]
    pieces: list[tuple[date, int, Decimal]] = []
    for start, end, per_week in runs:
        bounds = [start, *(c for c in cuts if start < c <= end), end + ONE_DAY]
        for piece_start, piece_after in itertools.pairwise(bounds):
            pieces.append((piece_start, (piece_after - piece_start).days, per_week))
    return pieces


def sell_maximum(
    dossier: Dossier, terms: Terms, year: int, rules: Rules
) -> tuple[Hours, Line | None]:
    basis = _year_basis(terms, year, rules, "ikb_sell_hours_rule")
    if basis is None:
        return hours(0), None
    day, kind, hour_days, fulltime = basis.day, basis.rule, basis.hour_days, basis.fulltime
    year_days = Decimal(366 if calendar.isleap(year) else 365)
    if kind.value == "all":
        # 2020-2022: the IKB-uren of the year by age, from the same table the ledger grants by.
        band = transition.age_band(dossier.profile, day, rules.book)
        base = band.hours if band is not None else ZERO
        rule: Rule = rules.note(band.rule) if band is not None else kind
        maximum = round_up_whole(base * hour_days / (fulltime * year_days))
        text = Message(
            N_(
                "In {year} all IKB-uren of the year can be sold: {base} at full time for your age, "
                "pro rata, rounded up = {max}."
            ),
            year=year,
            base=Compact(base),
            max=Compact(maximum),
        )
        return hours(maximum), Line(day, text, maximum, rule)
    # From 2023: 32 + the transition extra of each day (it stops on the AOW date), weighted by
    # the hours and days, rounded up once, like the IKB-uren in the leave ledger.
    pro_rata = rules.flag("ikb_sell_hours_pro_rata", day)
    total = ZERO
    bases: list[tuple[date, Decimal, Decimal]] = []  # first day, base, extra
    for start, count, per_week in _sell_pieces(dossier, terms, year, rules, pro_rata):
        sell = rules.get("ikb_sell_hours_max_fulltime", start).decimal
        extra = transition.transition_extra(dossier, start, rules.book)
        for used in extra.rules:
            rules.note(used)
        base = sell + extra.hours
        total += base * per_week * count
        if not bases or bases[-1][1] != base:
            bases.append((start, base, extra.hours))
    maximum = round_up_whole(total / (fulltime * year_days))
    base_rule = rules.get("ikb_sell_hours_max_fulltime", day)
    first_base = bases[0][1] if bases else base_rule.decimal
    if len(bases) > 1:
        text = Message(
            N_(
                "At most {max} IKB-uren can be sold in {year}: {base} at full time ({sell} + "
                "{extra} "
                "transition hours) until {change}, {after} from then on, pro rata to your hours "
                "and "
                "the days employed, rounded up."
            ),
            max=Compact(maximum),
            year=year,
            base=Compact(first_base),
            sell=Compact(base_rule.decimal),
            extra=Compact(bases[0][2]),
            change=Day(bases[1][0]),
            after=Compact(bases[1][1]),
        )
    else:
        text = Message(
            N_(
                "At most {max} IKB-uren can be sold in {year}: {base} at full time for a whole "
                "year, "
                "pro rata to your hours and the part of the year employed, rounded up."
            ),
            max=Compact(maximum),
            year=year,
            base=Compact(first_base),
        )
    return hours(maximum), Line(day, text, maximum, base_rule)

"""IKB-uren at full time on a day: the age table (2020-2022) and the CAO 25.4 transition extras.

One place for both calculators. The leave ledger grants IKB-uren with it (``leave.py``); the IKB
plan sets the sell maximum with it (``ikb.py``: 2020-2022 all IKB-uren by the age table, from 2023
32 + the same transition extra). The rules are kept once, in ``resources/rules/leave.toml``:

- ``leave_ikb_hours_fulltime_by_age``: 2020-2022, by the age reached in the course of the year
  (calendar year minus birth year); unknown birth date: the youngest band, with a note.
- ``leave_ikb_transition_extra_hours``: the extra hours by birth year (1978-82 +15, 1973-77 +30,
  1966-72 +50, 1956-65 +70).
- ``leave_ikb_transition_rijk_start_before``: in the sector Rijk before 2022-09-01.
- ``leave_ikb_transition_pas_born_before``: born before 1978 and chose PAS (or PAS-afbouw) before
  2023: no extras.

Membership on a day (:func:`transition_extra`): the birth year is in a band, the start in the
sector Rijk is before the cut-off, no PAS chosen (born before 1978 only), and the day is before the
AOW date (the extras run until the AOW-leeftijd, so a year with the AOW date in it is pro rata:
callers split the year at :func:`change_days`). The start in the sector Rijk is the profile's
``rijk_start_date``, or else the first employment record (a dossier starts with the first Rijk
job; the profile page says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from rijkapp.calc.career import aow_date
from rijkapp.domain.records import Dossier, Profile
from rijkapp.domain.values import ZERO
from rijkapp.i18n import N_
from rijkapp.message import Message
from rijkapp.rules.book import Rule, RuleBook, RuleBookError

AGE_TABLE = "leave_ikb_hours_fulltime_by_age"
EXTRA_HOURS = "leave_ikb_transition_extra_hours"
RIJK_START_BEFORE = "leave_ikb_transition_rijk_start_before"
PAS_BORN_BEFORE = "leave_ikb_transition_pas_born_before"

# The rules whose periods can change the IKB-uren base within a year (with the AOW date).
RULE_KEYS: tuple[str, ...] = (AGE_TABLE, EXTRA_HOURS, RIJK_START_BEFORE, PAS_BORN_BEFORE)


@dataclass(frozen=True)
class AgeBand:
    """The 2020-2022 IKB-uren at full time for the age reached in the year."""

    hours: Decimal
    age: int | None  # None: birth date unknown, the youngest band
    rule: Rule
    note: Message | None


@dataclass(frozen=True)
class TransitionExtra:
    """The CAO 25.4 extra IKB-uren at full time on one day (0 when they do not apply)."""

    hours: Decimal
    birth_year: int | None
    rule: Rule | None  # the extra-hours rule, when the extras apply
    rules: tuple[Rule, ...]  # every rule looked at (for an 'assumed' list)
    note: Message | None  # why membership could not be checked

    @property
    def applies(self) -> bool:
        return self.hours > 0


def _find(book: RuleBook, key: str, on: date) -> Rule | None:
    try:
        return book.find(key, on)
    except RuleBookError:
        return None


def rijk_start(dossier: Dossier) -> date | None:
    """Start in the sector Rijk: the profile's date, or else the first employment record."""
    if dossier.profile.rijk_start_date is not None:
        return dossier.profile.rijk_start_date
    starts = [record.valid_from for record in dossier.employment]
    return min(starts) if starts else None


def aow_day(profile: Profile, book: RuleBook) -> date | None:
    """The AOW date, or None when the birth date or the AOW table is missing."""
    if profile.birth_date is None:
        return None
    try:
        found = aow_date(profile.birth_date, book)
    except RuleBookError:
        return None
    return found.on if found is not None else None


def age_band(profile: Profile, day: date, book: RuleBook) -> AgeBand | None:
    """IKB-uren at full time by age (2020-2022); None outside the age-table years."""
    rule = _find(book, AGE_TABLE, day)
    if rule is None:
        return None
    rows = sorted(rule.value, key=lambda row: int(row["min_age"]))
    band = Decimal(str(rows[0]["hours"]))
    if profile.birth_date is None:
        note = Message(
            N_(
                "Your birth date is not known: "
                "IKB-uren {year} are counted for the youngest age group."
            ),
            year=day.year,
        )
        return AgeBand(band, None, rule, note)
    age = day.year - profile.birth_date.year  # the age reached in the course of the year
    for row in rows:
        if age >= int(row["min_age"]):
            band = Decimal(str(row["hours"]))
    return AgeBand(band, age, rule, None)


def transition_extra(dossier: Dossier, day: date, book: RuleBook) -> TransitionExtra:
    """The one decision on the CAO 25.4 transition: the extra hours at full time on ``day``."""
    profile = dossier.profile
    rule = _find(book, EXTRA_HOURS, day)
    birth = profile.birth_date
    if rule is None:
        return TransitionExtra(ZERO, None, None, (), None)
    if birth is None:
        note = Message(N_("Your birth date is not known: transition IKB-uren are not checked."))
        return TransitionExtra(ZERO, None, None, (rule,), note)
    extra = ZERO
    for row in rule.value:
        if int(row["born_from"]) <= birth.year <= int(row["born_to"]):
            extra = Decimal(str(row["extra"]))
    if not extra:
        return TransitionExtra(ZERO, birth.year, None, (rule,), None)
    start = rijk_start(dossier)
    if start is None:
        note = Message(
            N_("Your start date at the Rijk is not known: transition IKB-uren are not checked.")
        )
        return TransitionExtra(ZERO, birth.year, None, (rule,), note)
    cutoff = _find(book, RIJK_START_BEFORE, day)
    pas = _find(book, PAS_BORN_BEFORE, day)
    looked_at = tuple(r for r in (rule, cutoff, pas) if r is not None)
    started_in_time = cutoff is None or start < cutoff.value
    chose_pas = pas is not None and birth.year < int(pas.value) and profile.chose_pas
    aow = aow_day(profile, book)
    before_aow = aow is None or day < aow
    if not (started_in_time and not chose_pas and before_aow):
        return TransitionExtra(ZERO, birth.year, None, looked_at, None)
    return TransitionExtra(extra, birth.year, rule, looked_at, None)


def change_days(profile: Profile, book: RuleBook, first: date, after: date) -> list[date]:
    """Days in ``(first, after)`` on which the IKB-uren base can change: rule periods, AOW."""
    days: set[date] = set()
    for key in RULE_KEYS:
        try:
            periods = book.periods(key)
        except RuleBookError:
            continue
        days.update(rule.valid_from for rule in periods)
        days.update(rule.valid_to + timedelta(days=1) for rule in periods if rule.valid_to)
    aow = aow_day(profile, book)
    if aow is not None:
        days.add(aow)
    return sorted(day for day in days if first < day < after)


__all__ = [
    "RULE_KEYS",
    "AgeBand",
    "TransitionExtra",
    "age_band",
    "aow_day",
    "change_days",
    "rijk_start",
    "transition_extra",
]

"""A+O fonds Rijk: Blik vooruit and Loopbaanadvies, open to you or from when, and why.

Both are applied for per case; Rijkapp only says whether and from which day the conditions hold,
from the profile dates and the learning log. ``eligible_from`` is the first day on which all hold:

- Blik vooruit: 3 years after the start in the current function; 5 years after the start of the
  last activity funded by Blik vooruit; not before the regeling exists (1 January 2023).
- Loopbaanadvies: 3 years after the start at the Rijk; 5 years after the start of the last
  activity funded by Loopbaanadvies.

A *use* is an activity funded by the regeling that has started on the day asked about (whatever
its status: a stopped one was still paid for). A planned one that has not started is what one
would apply for, so it does not close the regeling yet. The rules are those of the day asked
about; before a regeling exists, those of its first day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rijkapp.calc.career import add_years
from rijkapp.calc.explain import Line
from rijkapp.domain.records import Funding, LearningActivity, Profile
from rijkapp.domain.values import Money, money
from rijkapp.i18n import N_
from rijkapp.message import Day, Euro, Message
from rijkapp.rules.book import Confidence, Rule, RuleBook


class Regeling(StrEnum):
    BLIK_VOORUIT = "blik_vooruit"
    LOOPBAANADVIES = "loopbaanadvies"


@dataclass(frozen=True)
class _Terms:
    funding: Funding
    years_key: str  # the years of service or in the function
    once_key: str  # once in so many years
    amount_key: str
    in_function: bool  # the years count from the start in the function, else at the Rijk


TERMS = {
    Regeling.BLIK_VOORUIT: _Terms(
        Funding.AO_BLIK_VOORUIT,
        "ao_blik_vooruit_years_in_function",
        "ao_blik_vooruit_once_per_years",
        "ao_blik_vooruit_max_amount",
        in_function=True,
    ),
    Regeling.LOOPBAANADVIES: _Terms(
        Funding.AO_LOOPBAANADVIES,
        "ao_loopbaanadvies_years_in_service",
        "ao_loopbaanadvies_once_per_years",
        "ao_loopbaanadvies_max_amount",
        in_function=False,
    ),
}

# Regelingen that do not exist before their first rule (Blik vooruit: from 1 January 2023).
OPENS_WITH_ITS_RULES = frozenset({Regeling.BLIK_VOORUIT})


@dataclass(frozen=True)
class Eligibility:
    """Whether a regeling is open on ``on``, from which day, and the conditions behind it."""

    regeling: Regeling
    on: date
    eligible: bool | None  # None: a profile date is missing, so it cannot be said
    eligible_from: date | None
    max_amount: Money | None
    max_amount_rule: Rule | None
    last_use: LearningActivity | None  # the last activity funded by it that has started
    reason: Message  # why it is open, or what it waits for
    lines: tuple[Line, ...]  # each condition with the day it holds from and its rule

    @property
    def max_amount_confirmed(self) -> bool:
        rule = self.max_amount_rule
        return rule is not None and rule.confidence is not Confidence.UNCONFIRMED


def eligibility(
    regeling: Regeling,
    profile: Profile,
    activities: Iterable[LearningActivity],
    on: date,
    book: RuleBook,
) -> Eligibility:
    terms = TERMS[regeling]
    first_day = book.periods(terms.years_key)[0].valid_from
    day = max(on, first_day)
    years_rule = book.get(terms.years_key, day)
    once_rule = book.get(terms.once_key, day)
    amount_rule = book.find(terms.amount_key, day)
    amount = money(amount_rule.decimal) if amount_rule is not None else None
    uses = [
        a
        for a in activities
        if terms.funding in a.funding and a.start is not None and a.start <= on
    ]
    last_use = max(uses, key=lambda a: (a.start or date.min, a.id)) if uses else None
    start = profile.function_start_date if terms.in_function else profile.rijk_start_date
    if start is None:
        missing = (
            N_("Fill in on the Profiel page since when you work in your current function.")
            if terms.in_function
            else N_("Fill in on the Profiel page since when you work at the Rijk.")
        )
        return Eligibility(
            regeling, on, None, None, amount, amount_rule, last_use, Message(missing), ()
        )
    years = int(years_rule.decimal)
    conditions: list[tuple[date, Message, Rule]] = []
    served = add_years(start, years)
    if terms.in_function:
        served_text = N_("In your current function since {start}: {years} years on {date}.")
    else:
        served_text = N_("At the Rijk since {start}: {years} years on {date}.")
    conditions.append(
        (served, Message(served_text, start=Day(start), years=years, date=Day(served)), years_rule)
    )
    if last_use is not None and last_use.start is not None:
        once = int(once_rule.decimal)
        again = add_years(last_use.start, once)
        conditions.append(
            (
                again,
                Message(
                    N_(
                        "Last used for {title}, which started on {start}: once in {years} years, "
                        "so again from {date}."
                    ),
                    title=last_use.title,
                    start=Day(last_use.start),
                    years=once,
                    date=Day(again),
                ),
                once_rule,
            )
        )
    else:
        conditions.append(
            (
                start,
                Message(N_("Not used in the past {years} years."), years=int(once_rule.decimal)),
                once_rule,
            )
        )
    if regeling in OPENS_WITH_ITS_RULES:
        conditions.append(
            (
                first_day,
                Message(N_("The regeling exists from {date}."), date=Day(first_day)),
                book.get(terms.years_key, first_day),
            )
        )
    from_day, binding, _ = max(conditions, key=lambda c: c[0])
    eligible = on >= from_day
    if eligible:
        reason = Message(N_("Open to you: all conditions hold since {date}."), date=Day(from_day))
    else:
        reason = Message(N_("Open to you from {date}. {why}"), date=Day(from_day), why=binding)
    lines = [Line(when, text, None, rule) for when, text, rule in conditions]
    if amount_rule is not None and amount is not None:
        template = (
            N_("At most {amount}.")
            if amount_rule.confidence is not Confidence.UNCONFIRMED
            else N_("At most {amount}, perhaps: the amount is not confirmed.")
        )
        lines.append(Line(day, Message(template, amount=Euro(amount)), amount, amount_rule))
    return Eligibility(
        regeling, on, eligible, from_day, amount, amount_rule, last_use, reason, tuple(lines)
    )


def regelingen(
    profile: Profile, activities: Iterable[LearningActivity], on: date, book: RuleBook
) -> tuple[Eligibility, ...]:
    """Blik vooruit and Loopbaanadvies on ``on``."""
    found = tuple(activities)
    return tuple(eligibility(r, profile, found, on, book) for r in Regeling)

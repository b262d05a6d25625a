"""Ontwikkeling: what the page shows about paying for learning, from the dossier and a day.

- the development budgets: spent, committed, left, what lapses when, and a warning before it does;
- the studiefaciliteiten (CAO Rijk 12.3) of each of your own activities: who pays what, the study
  leave, the self-study leave and the repayment risk in words;
- the A+O fonds Rijk regelingen Blik vooruit and Loopbaanadvies: open to you, or from which day,
  and why;
- the IKB room this year for the goals studie and studieschuld (the IKB page's own plan);
- career: years in this function, the conversation about a next step, the AOW date.

Every figure carries its explanation lines with their rules ("Hoe is dit berekend?"). Nothing
here is a sentence in a language: the core's messages are rendered by the page.
:func:`regelingen_section` is the ``regelingen`` part of ``balances --json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rijkapp.calc.career import CareerFigures, add_months, career
from rijkapp.calc.development import LAPSE_WARNING_DAYS, BudgetState, BudgetUse, budget_uses
from rijkapp.calc.explain import Line
from rijkapp.calc.learning import (
    Eligibility,
    IkbLearningRoom,
    Regeling,
    StudyFacilities,
    ikb_learning_room,
    not_covered,
    regelingen,
    study_facilities,
)
from rijkapp.calc.learning.facilities import MSG_NO_REASON
from rijkapp.domain.records import Dossier, LearningActivity
from rijkapp.domain.values import plain
from rijkapp.message import Message
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Confidence, Rule, RuleBook
from rijkapp.services import ikb as ikb_service

if TYPE_CHECKING:
    from rijkapp.store.repository import Store

MOBILITY_RULE = "mobility_talk_after_years"


@dataclass(frozen=True)
class ActivityFacilities:
    """One of your activities with its studiefaciliteiten, or why there are none."""

    activity: LearningActivity
    facilities: StudyFacilities | None  # None: no reason given
    note: Message | None  # what to do without a reason


@dataclass(frozen=True)
class CareerSection:
    figures: CareerFigures  # AOW date, years in the function, whether the next-step talk is due
    mobility_from: date | None  # the day the function reaches the years of the next-step talk
    mobility_rule: Rule | None


@dataclass(frozen=True)
class OntwikkelingPage:
    today: date
    budgets: tuple[BudgetUse, ...]  # the first to lapse first; lapsed ones too
    activities: tuple[ActivityFacilities, ...]  # newest first
    not_covered: Line | None  # contributions and memberships are not study costs
    regelingen: tuple[Eligibility, ...]  # Blik vooruit, Loopbaanadvies
    ikb: IkbLearningRoom | None  # None without employment in this year
    career: CareerSection

    @property
    def warnings(self) -> tuple[Message, ...]:
        """What needs attention: budgets about to lapse or booked beyond what they hold."""
        return tuple(b.warning for b in self.budgets if b.warning is not None)

    @property
    def open_budgets(self) -> tuple[BudgetUse, ...]:
        """The budgets that have not lapsed (also those still to start)."""
        return tuple(b for b in self.budgets if b.state is not BudgetState.LAPSED)

    @property
    def assumptions(self) -> tuple[Rule, ...]:
        """The unconfirmed rules the page's figures rest on, each once."""
        lines = [
            *(line for a in self.activities if a.facilities for line in a.facilities.lines),
            *(line for r in self.regelingen for line in r.lines),
            *(self.ikb.lines if self.ikb else ()),
            *self.career.figures.explanation,
        ]
        found: dict[tuple[str, date], Rule] = {}
        for line in lines:
            rule = line.rule
            if rule is not None and rule.confidence is Confidence.UNCONFIRMED:
                found.setdefault((rule.key, rule.valid_from), rule)
        return tuple(found.values())


def activity_facilities(
    dossier: Dossier, today: date, book: RuleBook
) -> tuple[ActivityFacilities, ...]:
    """The studiefaciliteiten of every activity, newest first (by start; undated ones first)."""
    ordered = sorted(
        dossier.learning_activities, key=lambda a: (a.start or date.max, a.id), reverse=True
    )
    return tuple(facilities_for(activity, today, book) for activity in ordered)


def facilities_for(
    activity: LearningActivity, today: date, book: RuleBook | None = None
) -> ActivityFacilities:
    """The studiefaciliteiten of one activity, also one still being typed in a dialog."""
    shares = study_facilities(activity, today, book or default_rulebook())
    return ActivityFacilities(activity, shares, Message(MSG_NO_REASON) if shares is None else None)


def career_section(dossier: Dossier, today: date, book: RuleBook) -> CareerSection:
    figures = career(dossier.profile, today, book)
    start = dossier.profile.function_start_date
    rule = book.find(MOBILITY_RULE, today)
    mobility_from = (
        add_months(start, int(rule.decimal * 12)) if start is not None and rule else None
    )
    return CareerSection(figures, mobility_from, rule)


def ikb_room(dossier: Dossier, today: date, book: RuleBook) -> IkbLearningRoom | None:
    """The IKB room for learning this year, from the plan the IKB page shows."""
    if not dossier.employment:
        return None
    plan = ikb_service.plan(dossier, today.year, book, today)
    if not plan.months:
        return None
    return ikb_learning_room(plan, today, book)


def ontwikkeling_page(
    dossier: Dossier, today: date, book: RuleBook | None = None
) -> OntwikkelingPage:
    book = book or default_rulebook()
    return OntwikkelingPage(
        today=today,
        budgets=budget_uses(dossier, today),
        activities=activity_facilities(dossier, today, book),
        not_covered=not_covered(today, book),
        regelingen=regelingen(dossier.profile, dossier.learning_activities, today, book),
        ikb=ikb_room(dossier, today, book),
        career=career_section(dossier, today, book),
    )


def load_ontwikkeling(store: Store, today: date) -> OntwikkelingPage:
    """Read the dossier and work out the page, on the data thread."""
    return ontwikkeling_page(store.dossier(), today)


def regelingen_section(dossier: Dossier, on: date, book: RuleBook) -> dict[str, dict[str, Any]]:
    """The ``regelingen`` part of ``balances --json``: open or not on ``on``, and from when."""
    found = {
        r.regeling: r for r in regelingen(dossier.profile, dossier.learning_activities, on, book)
    }
    blik, advice = found[Regeling.BLIK_VOORUIT], found[Regeling.LOOPBAANADVIES]
    return {
        "blik_vooruit": {
            **_open(blik),
            "max_amount": plain(blik.max_amount) if blik.max_amount is not None else None,
        },
        "loopbaanadvies": _open(advice),
    }


def _open(found: Eligibility) -> dict[str, Any]:
    return {
        "eligible": found.eligible,
        "eligible_from": found.eligible_from.isoformat() if found.eligible_from else None,
    }


__all__ = [
    "LAPSE_WARNING_DAYS",
    "ActivityFacilities",
    "BudgetState",
    "BudgetUse",
    "CareerSection",
    "Eligibility",
    "IkbLearningRoom",
    "Line",
    "OntwikkelingPage",
    "Regeling",
    "StudyFacilities",
    "activity_facilities",
    "career_section",
    "facilities_for",
    "ikb_room",
    "load_ontwikkeling",
    "ontwikkeling_page",
    "regelingen_section",
]

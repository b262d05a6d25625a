"""Development budgets on a date: spent, committed and left, in money and in hours, and what lapses.

A budget holds money and/or hours from ``valid_from`` to ``valid_to`` (inclusive). Activities are
booked on it by ``budget_id``, with their cost and their lesson and exam hours:

- *spent*: activities that are done, and those stopped (what a stopped activity cost is gone);
- *committed*: activities planned or under way;
- *left*: the budget minus both, so spent + committed + left = the budget, in money and in hours.
  Left can be below zero when more is booked than the budget holds.

What is left lapses on the day after ``valid_to``. From 90 days before that day a budget with
something left carries a warning; a budget with more booked than it holds carries one always.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rijkapp.calc.explain import Line
from rijkapp.domain.records import DevelopmentBudget, Dossier, LearningActivity, LearningStatus
from rijkapp.domain.values import ZERO, Hours, Money, plain
from rijkapp.i18n import N_
from rijkapp.message import Day, Euro, HourCount, Message, Shown

LAPSE_WARNING_DAYS = 90
SPENT = frozenset({LearningStatus.DONE, LearningStatus.STOPPED})


class BudgetState(StrEnum):
    NOT_STARTED = "not_started"  # before valid_from
    OPEN = "open"
    LAPSED = "lapsed"  # after valid_to


@dataclass(frozen=True)
class BudgetUse:
    """One budget on one day."""

    budget: DevelopmentBudget
    on: date
    state: BudgetState
    spent_amount: Money
    committed_amount: Money
    left_amount: Money
    spent_hours: Hours
    committed_hours: Hours
    left_hours: Hours
    lapses_on: date  # the first day on which what is left is gone
    activities: tuple[LearningActivity, ...]  # booked on it, by start
    warning: Message | None  # what lapses soon, or that more is booked than it holds
    lines: tuple[Line, ...]  # how the figures are made up

    @property
    def lapsing_amount(self) -> Money:
        """What lapses on ``lapses_on`` (or lapsed, after it) if nothing more is booked."""
        return max(self.left_amount, ZERO)

    @property
    def lapsing_hours(self) -> Hours:
        return max(self.left_hours, ZERO)


def budget_use(
    budget: DevelopmentBudget, activities: Iterable[LearningActivity], on: date
) -> BudgetUse:
    """``budget`` on ``on``, with those of ``activities`` booked on it (by its id)."""
    booked = tuple(
        sorted(
            (a for a in activities if a.budget_id == budget.id),
            key=lambda a: (a.start or date.max, a.id),
        )
    )
    spent = [a for a in booked if a.status in SPENT]
    committed = [a for a in booked if a.status not in SPENT]
    spent_amount = sum((a.cost for a in spent), ZERO)
    committed_amount = sum((a.cost for a in committed), ZERO)
    spent_hours = sum((a.hours for a in spent), ZERO)
    committed_hours = sum((a.hours for a in committed), ZERO)
    left_amount = budget.amount - spent_amount - committed_amount
    left_hours = budget.hours - spent_hours - committed_hours
    lapses_on = budget.valid_to + timedelta(days=1)
    if on < budget.valid_from:
        state = BudgetState.NOT_STARTED
    elif on >= lapses_on:
        state = BudgetState.LAPSED
    else:
        state = BudgetState.OPEN
    lines = (
        Line(
            on,
            Message(
                N_("Budget {amount} and {hours}, from {start} to {end}."),
                amount=Euro(budget.amount),
                hours=HourCount(budget.hours),
                start=Day(budget.valid_from),
                end=Day(budget.valid_to),
            ),
            budget.amount,
        ),
        Line(
            on,
            Message(
                N_("Spent on activities done or stopped: {amount} and {hours}."),
                amount=Euro(spent_amount),
                hours=HourCount(spent_hours),
            ),
            spent_amount,
        ),
        Line(
            on,
            Message(
                N_("Committed to activities planned or under way: {amount} and {hours}."),
                amount=Euro(committed_amount),
                hours=HourCount(committed_hours),
            ),
            committed_amount,
        ),
        Line(
            on,
            Message(
                N_("Left: {amount} and {hours}."),
                amount=Euro(left_amount),
                hours=HourCount(left_hours),
            ),
            left_amount,
        ),
    )
    return BudgetUse(
        budget=budget,
        on=on,
        state=state,
        spent_amount=spent_amount,
        committed_amount=committed_amount,
        left_amount=left_amount,
        spent_hours=spent_hours,
        committed_hours=committed_hours,
        left_hours=left_hours,
        lapses_on=lapses_on,
        activities=booked,
        warning=_warning(budget, state, (left_amount, left_hours), lapses_on, on),
        lines=lines,
    )


def budget_uses(dossier: Dossier, on: date) -> tuple[BudgetUse, ...]:
    """Every budget of ``dossier`` on ``on``, the first to lapse first."""
    return tuple(
        budget_use(b, dossier.learning_activities, on)
        for b in sorted(dossier.development_budgets, key=lambda b: (b.valid_to, b.id))
    )


def _warning(
    budget: DevelopmentBudget,
    state: BudgetState,
    left: tuple[Money, Hours],
    lapses_on: date,
    on: date,
) -> Message | None:
    left_amount, left_hours = left
    if left_amount < ZERO or left_hours < ZERO:
        return Message(
            N_("More is booked on {name} than it holds: {amount} and {hours} too much."),
            name=budget.name,
            amount=Euro(max(-left_amount, ZERO)),
            hours=HourCount(max(-left_hours, ZERO)),
        )
    if state is not BudgetState.OPEN or (lapses_on - on).days > LAPSE_WARNING_DAYS:
        return None
    what: Shown
    if left_amount > ZERO and left_hours > ZERO:
        what = Message(
            N_("{amount} and {hours}"), amount=Euro(left_amount), hours=HourCount(left_hours)
        )
    elif left_amount > ZERO:
        what = Euro(left_amount)
    elif left_hours > ZERO:
        what = HourCount(left_hours)
    else:
        return None
    return Message(
        N_(
            "What is left of {name}, {what}, lapses on {date}. Book an activity on it before "
            "then, or ask whether it can be extended."
        ),
        what=what,
        name=budget.name,
        date=Day(lapses_on),
    )


def balances_section(dossier: Dossier, on: date) -> list[dict[str, str]]:
    """The ``development`` part of ``balances --json``: every budget still valid on ``on``."""
    return [
        {
            "budget_id": use.budget.id,
            "amount_left": plain(use.left_amount),
            "hours_left": plain(use.left_hours),
            "expires": use.lapses_on.isoformat(),
        }
        for use in _in_file_order(dossier, on)
        if use.state is not BudgetState.LAPSED
    ]


def _in_file_order(dossier: Dossier, on: date) -> list[BudgetUse]:
    return [budget_use(b, dossier.learning_activities, on) for b in dossier.development_budgets]

"""The IKB as a third way to pay for learning: the fiscal goals studie and studieschuld this year.

The goals are rows of the IKB rule book (``fiscal_goals`` in ikb.toml); the figures come from the
IKB year plan, so they agree with the IKB page. The room this year is what of the year's budget
no choice has taken yet: what would be paid out at the end of the year if nothing more were
chosen. The studieschuld goal has a yearly maximum as well (EUR 2.000 from 2025); the studie goal
has none in the rule book.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rijkapp.calc.explain import Line
from rijkapp.calc.ikb import IkbYear
from rijkapp.calc.ikb.goals import goal_label, goal_row
from rijkapp.calc.ikb.terms import Rules
from rijkapp.domain.records import IkbChoiceKind
from rijkapp.domain.values import ZERO, Money, money
from rijkapp.i18n import N_
from rijkapp.message import Euro, Message
from rijkapp.rules.book import Rule, RuleBook

STUDIE = "studie"
STUDIESCHULD = "studieschuld"


@dataclass(frozen=True)
class IkbGoalRoom:
    """One fiscal goal for learning in one year."""

    code: str
    rule: Rule  # the goal's row of the rule book, as a rule (source, confidence)
    chosen: Money  # fiscal-goal choices for it this year
    maximum: Money | None  # a yearly maximum, or None
    room: Money  # what can still go to it this year


@dataclass(frozen=True)
class IkbLearningRoom:
    year: int
    left_this_year: Money  # of the year's budget, not taken by a choice
    goals: tuple[IkbGoalRoom, ...]  # studie, studieschuld: those that exist in the year
    lines: tuple[Line, ...]


def ikb_learning_room(plan: IkbYear, on: date, book: RuleBook) -> IkbLearningRoom:
    """The room for the learning goals in ``plan``'s year, read on ``on`` (within the year)."""
    day = min(max(on, date(plan.year, 1, 1)), date(plan.year, 12, 31))
    left = money(plan.paid_out_total)
    chosen: dict[str, Money] = {}
    for row in plan.months:
        for cost in row.choices:
            choice = cost.choice
            if choice.kind is IkbChoiceKind.FISCAL_GOAL and choice.goal:
                chosen[choice.goal] = chosen.get(choice.goal, ZERO) + cost.cost
    rules = Rules(book)
    lines = [
        Line(
            day,
            Message(
                N_(
                    "Of your IKB for {year}, {amount} is not chosen for anything yet: it is paid "
                    "out at the end of the year unless you choose a goal for it."
                ),
                year=plan.year,
                amount=Euro(left),
            ),
            left,
        )
    ]
    goals = []
    for code in (STUDIE, STUDIESCHULD):
        table_row = goal_row(book, code, day)
        if table_row is None:
            continue
        rule = rules.row("fiscal_goals", table_row)
        maximum_text = table_row.get("max_per_year")
        maximum = money(str(maximum_text)) if maximum_text else None
        used = chosen.get(code, ZERO)
        room = left if maximum is None else max(min(maximum - used, left), ZERO)
        goals.append(IkbGoalRoom(code, rule, used, maximum, room))
        if maximum is None:
            text = Message(
                N_("{goal}: chosen {chosen} this year; up to {room} more can go to it."),
                goal=goal_label(table_row),
                chosen=Euro(used),
                room=Euro(room),
            )
        else:
            text = Message(
                N_(
                    "{goal}: at most {max} a year, chosen {chosen}; up to {room} more can go "
                    "to it this year."
                ),
                goal=goal_label(table_row),
                max=Euro(maximum),
                chosen=Euro(used),
                room=Euro(room),
            )
        lines.append(Line(day, text, room, rule))
    return IkbLearningRoom(plan.year, left, tuple(goals), tuple(lines))

"""What the IKB choice dialog works out while the user types: the rules, the price, the room.

A :class:`ChoiceCheck` is made once per dialog from the dossier: the year with the other choices
only (what has accrued and been spent before this one) and the rules those already break. Every
change in the form then asks it what the choice breaks, what an hour costs or brings in that
month and what the fiscaal doel allows. The messages are the core's own (``RuleViolation``).
"""

from __future__ import annotations

from datetime import date

from rijkapp.calc import ikb as ikb_calc
from rijkapp.calc.explain import Line
from rijkapp.calc.ikb import IkbYear, MonthRow
from rijkapp.domain.errors import RuleViolation, ValidationError
from rijkapp.domain.records import Dossier, IkbChoice
from rijkapp.domain.values import Money
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import RuleBook
from rijkapp.services import ikb as ikb_service
from rijkapp.views.ikb import FiscalGoal, fiscal_goals

# "Fill this in": the dialog shows these once the field is touched; every rule shows at once.
MISSING_FIELD_MESSAGES = frozenset(
    {ikb_calc.MSG_AMOUNT_MISSING, ikb_calc.MSG_HOURS_MISSING, ikb_calc.MSG_GOAL_MISSING}
)


def asks_to_fill_in(problem: ValidationError) -> bool:
    """Whether ``problem`` only says a field is still empty (not that a rule is broken)."""
    return problem.template in MISSING_FIELD_MESSAGES


class ChoiceCheck:
    """One choice (``choice_id``) of ``year`` checked against the dossier's other choices."""

    def __init__(
        self,
        dossier: Dossier,
        year: int,
        today: date,
        choice_id: str,
        book: RuleBook | None = None,
    ) -> None:
        self.dossier = dossier
        self.year = year
        self.book = book or default_rulebook()
        self.others = tuple(c for c in dossier.ikb_choices if c.id != choice_id)
        self.base: IkbYear = ikb_service.plan(dossier, year, self.book, today, choices=self.others)
        self._broken_before = {
            v.field for v in ikb_calc.validate_choices(dossier, self.book, self.others)
        }

    def problems(self, choice: IkbChoice) -> list[ValidationError]:
        """What is wrong with ``choice`` itself, on its own fields (the service's check)."""
        return ikb_service.validate_choice(choice, self.dossier, self.book)

    def knock_on(self, choice: IkbChoice) -> RuleViolation | None:
        """A rule this choice makes another choice break (a later month that no longer fits)."""
        after = ikb_calc.validate_choices(self.dossier, self.book, (*self.others, choice))
        own = f"ikb_choices[{len(self.others)}]"
        return next(
            (
                violation
                for violation in after
                if not violation.field.startswith(own)
                and violation.field not in self._broken_before
            ),
            None,
        )

    def month_row(self, month: date) -> MonthRow | None:
        """``month`` of the year with the other choices; None when no budget accrues in it."""
        return next((r for r in self.base.months if r.month == month), None)

    def hour_price(self, month: date) -> tuple[Money, Line]:
        """What one bought IKB hour costs in ``month``, and how that is worked out."""
        return ikb_calc.hour_price(self.dossier, month, self.book)

    def sell_value(self, month: date) -> tuple[Money, Line]:
        """What one sold IKB hour brings in in ``month``, and how that is worked out."""
        return ikb_calc.sell_value(self.dossier, month, self.book)

    def goals(self, month: date) -> tuple[FiscalGoal, ...]:
        """The fiscale doelen one may choose for ``month``."""
        return fiscal_goals(month, self.book)

    def goal(self, code: str | None, month: date) -> FiscalGoal | None:
        return next((g for g in self.goals(month) if g.code == code), None)

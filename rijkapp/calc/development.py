"""Development budgets: what is left of each in money and time on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from rijkapp.domain.records import DevelopmentBudget, Dossier
from rijkapp.domain.values import Hours, Money, plain


@dataclass(frozen=True)
class BudgetLeft:
    budget: DevelopmentBudget
    amount_left: Money
    hours_left: Hours
    expires: date  # the first day on which what is left is gone


def budgets_left(dossier: Dossier, on: date) -> list[BudgetLeft]:
    """Every budget still valid on ``on``, minus the activities booked on it (planned ones too)."""
    found = []
    for budget in dossier.development_budgets:
        if on > budget.valid_to:
            continue
        booked = [a for a in dossier.learning_activities if a.budget_id == budget.id]
        found.append(
            BudgetLeft(
                budget,
                budget.amount - sum((a.cost for a in booked), Decimal(0)),
                budget.hours - sum((a.hours for a in booked), Decimal(0)),
                budget.valid_to + timedelta(days=1),
            )
        )
    return found


def balances_section(dossier: Dossier, on: date) -> list[dict[str, str]]:
    return [
        {
            "budget_id": b.budget.id,
            "amount_left": plain(b.amount_left),
            "hours_left": plain(b.hours_left),
            "expires": b.expires.isoformat(),
        }
        for b in budgets_left(dossier, on)
    ]

"""Small builders for the learning tests: activities, certificates and budgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.domain.records import (
    Certificate,
    DevelopmentBudget,
    Funding,
    LearningActivity,
    LearningKind,
    LearningStatus,
    StudyReason,
)
from rijkapp.message import Shown
from rijkapp.rules.book import RuleBook, default_rulebook

BOOK: RuleBook = default_rulebook()


def text(shown: Shown | None, language: str) -> str:
    """A message or explanation line as text, with babel's no-break spaces as plain ones."""
    assert shown is not None
    return shown.render(language).replace("\N{NO-BREAK SPACE}", " ")


def activity(
    activity_id: str = "a1",
    *,
    cost: str = "0",
    hours: str = "0",
    reason: StudyReason | None = None,
    status: LearningStatus = LearningStatus.DONE,
    start: date | None = date(2026, 2, 1),
    end: date | None = date(2026, 3, 15),
    budget_id: str | None = None,
    funding: tuple[Funding, ...] = (),
    skills: tuple[str, ...] = (),
    self_study_hours: str = "0",
    certificates: tuple[Certificate, ...] = (),
    title: str = "",
    kind: LearningKind | str = LearningKind.CURSUS,
) -> LearningActivity:
    return LearningActivity(
        id=activity_id,
        title=title or f"Cursus {activity_id}",
        kind=kind,
        provider="Rijksacademie",
        start=start,
        end=end,
        hours=Decimal(hours),
        cost=Decimal(cost),
        status=status,
        budget_id=budget_id,
        skills=skills,
        reason=reason,
        funding=funding,
        self_study_hours=Decimal(self_study_hours),
        certificates=certificates,
    )


def certificate(valid_until: date | None, certificate_id: str = "c1") -> Certificate:
    return Certificate(
        filename="certificaat.pdf",
        media_type="application/pdf",
        data=b"%PDF-1.4 certificaat",
        issued=date(2024, 2, 14),
        valid_until=valid_until,
        id=certificate_id,
    )


def budget(
    budget_id: str = "d1",
    *,
    amount: str = "0",
    hours: str = "0",
    valid_from: date = date(2026, 1, 1),
    valid_to: date = date(2026, 12, 31),
    name: str = "Ontwikkelbudget",
) -> DevelopmentBudget:
    return DevelopmentBudget(
        id=budget_id,
        name=name,
        source="organisatie",
        amount=Decimal(amount),
        hours=Decimal(hours),
        valid_from=valid_from,
        valid_to=valid_to,
    )

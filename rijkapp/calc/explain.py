"""Explanation lines: how a figure is made up, each with the rule and source behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rijkapp.rules.book import Confidence, Rule


@dataclass(frozen=True)
class Line:
    """One step of an explanation: what happened, by how much, and on what authority."""

    on: date | None
    text: str
    amount: Decimal | None = None
    rule: Rule | None = None

    @property
    def source(self) -> str:
        return self.rule.citation() if self.rule else ""

    @property
    def unconfirmed(self) -> bool:
        return self.rule is not None and self.rule.confidence is Confidence.UNCONFIRMED

"""Explanation lines: how a figure is made up, each with the rule and source behind it.

A line keeps its sentence as a :class:`~rijkapp.message.Message`; ``line.render(language)``
makes it text when it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rijkapp.message import Message
from rijkapp.rules.book import Confidence, Rule, Source


@dataclass(frozen=True)
class Line:
    """One step of an explanation: what happened, by how much, and on what authority."""

    on: date | None
    message: Message
    amount: Decimal | None = None
    rule: Rule | None = None

    def render(self, language: str) -> str:
        """What happened, in ``language``."""
        return self.message.render(language)

    @property
    def source(self) -> Source | None:
        """The source of the line's rule (it shows by its name in a language), if it has one."""
        return self.rule.source if self.rule else None

    @property
    def unconfirmed(self) -> bool:
        return self.rule is not None and self.rule.confidence is Confidence.UNCONFIRMED

"""CAO rules a whole dossier must keep, checked before an import is accepted."""

from __future__ import annotations

from rijkapp.calc import ikb
from rijkapp.domain.records import Dossier
from rijkapp.exchange.parse import ImportRefusedWithErrors
from rijkapp.rules import default_rulebook


def check_dossier_rules(dossier: Dossier) -> None:
    """Refuse a dossier whose IKB choices break a CAO rule; the message names the rule."""
    violations = ikb.validate_choices(dossier, default_rulebook())
    if violations:
        raise ImportRefusedWithErrors(list(violations))

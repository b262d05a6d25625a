"""CAO rules a whole dossier must keep, checked before an import is accepted."""

from __future__ import annotations

from rijkapp.domain.errors import ImportRefused
from rijkapp.domain.records import Dossier
from rijkapp.rules import default_rulebook


def check_dossier_rules(dossier: Dossier) -> None:
    """Refuse a dossier whose IKB choices break a CAO rule (naming the rule)."""
    try:
        from rijkapp.calc import ikb
    except ImportError:  # pragma: no cover - the IKB calculator ships with the core
        return
    violations = ikb.validate_choices(dossier, default_rulebook())
    if violations:
        from rijkapp.exchange.parse import ImportRefusedWithErrors

        raise ImportRefusedWithErrors(list(violations))


__all__ = ["ImportRefused", "check_dossier_rules"]

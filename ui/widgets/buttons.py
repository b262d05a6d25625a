"""Button roles the style sheet knows: the one main action of a form or dialog is "primary"."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton


def make_primary(button: QAbstractButton) -> QAbstractButton:
    button.setProperty("role", "primary")
    # Buttons made by a QDialogButtonBox are already polished; polish again to pick up the role.
    button.style().unpolish(button)
    button.style().polish(button)
    return button

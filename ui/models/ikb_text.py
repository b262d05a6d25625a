"""The words the IKB page, its tables, the what-if and the choice dialog share.

A choice in one line (``Fiscaal doel in mei 2025: Vakbondscontributie, € 240,00``), its kind, a
number of whole hours, a fiscaal doel's name in the window's language; and the looks of a table
cell (alignment, a muted or error colour, bold or italic).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from rijkapp.domain.records import IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO
from rijkapp.views.ikb import FiscalGoal
from ui import formatting as fmt
from ui.text import arg


def goal_label(goal: FiscalGoal) -> str:
    """A fiscaal doel's name in the window's language (the rule book has both)."""
    return goal.label(fmt.language())


def whole_hours(value: Decimal) -> str:
    return arg(QCoreApplication.translate("IkbText", "%1 hours"), fmt.compact(value))


def kind_text(kind: IkbChoiceKind) -> str:
    texts = {
        IkbChoiceKind.PAYOUT: QCoreApplication.translate("IkbText", "Extra pay-out"),
        IkbChoiceKind.BUY_HOURS: QCoreApplication.translate("IkbText", "Buy IKB-uren"),
        IkbChoiceKind.SELL_HOURS: QCoreApplication.translate("IkbText", "Sell IKB-uren"),
        IkbChoiceKind.FISCAL_GOAL: QCoreApplication.translate("IkbText", "Fiscaal doel"),
    }
    return texts[kind]


def choice_text(choice: IkbChoice, goals: dict[str, str]) -> str:
    """One line that says what a choice is: ``Fiscaal doel: Vakbondscontributie, € 246,00``."""
    if choice.kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS):
        what = whole_hours(choice.hours or ZERO)
    elif choice.kind is IkbChoiceKind.FISCAL_GOAL:
        goal = goals.get(choice.goal or "", choice.goal or "")
        what = arg(
            QCoreApplication.translate("IkbText", "%1, %2"), goal, fmt.money(choice.amount or ZERO)
        )
    else:
        what = fmt.money(choice.amount or ZERO)
    return arg(
        QCoreApplication.translate("IkbText", "%1 in %2: %3"),
        kind_text(choice.kind),
        fmt.month(choice.month),
        what,
    )


# ------------------------------------------------------------------ the looks of a cell


def muted() -> QColor:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def error_colour() -> QColor:
    from ui.theme import tokens

    return QColor(tokens()["ERROR"])


def font(*, bold: bool = False, italic: bool = False) -> QFont:
    shown = QFont()
    shown.setBold(bold)
    shown.setItalic(italic)
    return shown


def right() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def left() -> int:
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

"""The IKB year month by month as a table: accrued, paid out, bought, goals, spent, available.

One row per month of the plan and a total row; months after today are a forecast on the current
salary and are shown in a softer style.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from rijkapp.domain.values import ZERO
from rijkapp.views.ikb import IkbYear, MonthRow
from ui import formatting as fmt
from ui.models.ikb_text import font, left, muted, right, whole_hours
from ui.text import arg

Index = QModelIndex | QPersistentModelIndex
MONTH_ROLE = Qt.ItemDataRole.UserRole + 2

MONTH, ACCRUED, PAID, BOUGHT, GOALS, SPENT, AVAILABLE = range(7)
MONTH_COLUMNS = 7


class IkbMonthModel(QAbstractTableModel):
    """One row per month of the plan and a total row; projected months in a softer style."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: IkbYear | None = None
        self._rows: tuple[MonthRow, ...] = ()
        self._shown: dict[int, tuple[str, ...]] = {}  # each row's texts, made when first asked

    def set_plan(self, plan: IkbYear | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = plan.months if plan is not None else ()
        self._shown = {}
        self.endResetModel()

    def month_row(self, row: int) -> MonthRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_total(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows)

    def retranslate(self) -> None:
        self._shown = {}  # the texts in the window's language now
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, MONTH_COLUMNS - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, MONTH_COLUMNS - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MONTH_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < MONTH_COLUMNS:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return left() if section == MONTH else right()
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                PAID: self.tr(
                    "Extra pay-outs you chose, and what is left of the budget at the "
                    "end of the year (or after leaving)."
                ),
                SPENT: self.tr("Pay-outs, bought hours and fiscale doelen together."),
                AVAILABLE: self.tr("What is left of your budget at the end of the month."),
            }
            return tips.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Month"),
            self.tr("Accrued"),
            self.tr("Paid out"),
            self.tr("Hours bought (cost)"),
            self.tr("Fiscaal doel"),
            self.tr("Spent"),
            self.tr("Available"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        align = left() if column == MONTH else right()
        if self.is_total(index.row()):
            totals: dict[int, Callable[[], object]] = {
                Qt.ItemDataRole.DisplayRole: lambda: self._texts(index.row())[column],
                Qt.ItemDataRole.FontRole: lambda: font(bold=True),
                Qt.ItemDataRole.TextAlignmentRole: lambda: align,
            }
            answer = totals.get(role)
            return answer() if answer is not None else None
        row = self._rows[index.row()]
        answers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._texts(index.row())[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: align,
            Qt.ItemDataRole.FontRole: lambda: font(italic=True) if row.projected else None,
            Qt.ItemDataRole.ForegroundRole: lambda: muted() if row.projected else None,
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(row, column),
            MONTH_ROLE: lambda: row.month,
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def _texts(self, number: int) -> tuple[str, ...]:
        """Row ``number``'s texts (the last row: the totals), made once: a table asks for each
        cell several times."""
        texts = self._shown.get(number)
        if texts is None:
            made = (
                self._total_display()
                if self.is_total(number)
                else self._display(self._rows[number])
            )
            texts = self._shown[number] = made
        return texts

    def _display(self, row: MonthRow) -> tuple[str, ...]:
        paid = row.payout + row.remainder_paid
        paid_text = fmt.money(paid) if paid else "–"
        if row.sold_value:
            paid_text = arg(
                self.tr("%1 + %2 sold hours"),
                paid_text if paid else fmt.money(ZERO),
                fmt.money(row.sold_value),
            )
        bought = (
            arg(self.tr("%1 (%2)"), whole_hours(row.hours_bought), fmt.money(row.buy_cost))
            if row.hours_bought
            else "–"
        )
        return (
            fmt.month(row.month),
            fmt.money(row.accrued),
            paid_text,
            bought,
            fmt.money(row.fiscal_goals) if row.fiscal_goals else "–",
            fmt.money(row.spent),
            fmt.money(row.available),
        )

    def _total_display(self) -> tuple[str, ...]:
        plan = self._plan
        if plan is None:
            return ("",) * MONTH_COLUMNS
        payouts = sum((r.payout for r in self._rows), ZERO) + plan.paid_out_total
        buy_cost = sum((r.buy_cost for r in self._rows), ZERO)
        goals = sum((r.fiscal_goals for r in self._rows), ZERO)
        bought = (
            arg(self.tr("%1 (%2)"), whole_hours(plan.hours_bought), fmt.money(buy_cost))
            if plan.hours_bought
            else "–"
        )
        paid_text = fmt.money(payouts)
        if plan.sold_value_total:
            paid_text = arg(
                self.tr("%1 + %2 sold hours"), paid_text, fmt.money(plan.sold_value_total)
            )
        return (
            arg(self.tr("Total %1"), plan.year),
            fmt.money(plan.accrued_total),
            paid_text,
            bought,
            fmt.money(goals) if goals else "–",
            fmt.money(plan.spent_total),
            fmt.money(plan.available),
        )

    def _tooltip(self, row: MonthRow, column: int) -> str | None:
        if row.projected:
            return self.tr("Forecast on your current salary.")
        if column == PAID and row.remainder_paid:
            return arg(
                self.tr("What is left of your budget is paid out in %1: %2."),
                fmt.month(row.month),
                fmt.money(row.remainder_paid),
            )
        if column == PAID and row.sold_value:
            return arg(
                self.tr("Sold IKB-uren are paid on top of your budget: %1."),
                fmt.money(row.sold_value),
            )
        if column == SPENT and row.reversed:
            return arg(
                self.tr("Bought hours you did not use are reversed: %1 returns to your budget."),
                fmt.money(row.reversed),
            )
        return None

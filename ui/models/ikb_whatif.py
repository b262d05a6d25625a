"""The what-if scenarios side by side as a table: one column each, the figures compared in rows.

The scenarios are worked out in the core (``rijkapp.views.ikb_whatif``); a column adds the name
and the note the panel gives it in the window's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from rijkapp.views.ikb_whatif import Scenario
from ui import formatting as fmt
from ui.models.ikb_text import error_colour, font, left, right, whole_hours
from ui.text import arg

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ScenarioColumn:
    """One column of the table: a scenario with its name and a note (the tooltip)."""

    scenario: Scenario
    name: str
    note: str = ""


W_BOUGHT, W_SPENT, W_PAID_DURING, W_PAYOUT, W_RULES = range(5)
WHATIF_ROWS = 5


class WhatIfModel(QAbstractTableModel):
    """Scenarios side by side: one column each; rows are the figures compared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[ScenarioColumn] = []
        self._shown: dict[tuple[int, int], str] = {}  # each cell's text, made when first asked

    def set_columns(self, columns: Sequence[ScenarioColumn]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._shown = {}
        self.endResetModel()

    def column(self, number: int) -> ScenarioColumn | None:
        return self._columns[number] if 0 <= number < len(self._columns) else None

    def column_of(self, key: str) -> int | None:
        for number, column in enumerate(self._columns):
            if column.scenario.key == key:
                return number
        return None

    def retranslate(self) -> None:
        self._shown = {}  # the texts in the window's language now
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, WHATIF_ROWS - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(WHATIF_ROWS - 1, len(self._columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._columns else WHATIF_ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_titles(self) -> tuple[str, ...]:
        leaving = any(c.scenario.plan.leaving_date for c in self._columns)
        return (
            self.tr("IKB-uren bought"),
            self.tr("Spent"),
            self.tr("Paid out during the year"),
            self.tr("Final pay-out after leaving") if leaving else self.tr("Pay-out in December"),
            self.tr("CAO rules"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.column(section)
            if column is None:
                return None
            answers: dict[int, Callable[[], object]] = {
                Qt.ItemDataRole.DisplayRole: lambda: column.name,
                Qt.ItemDataRole.ToolTipRole: lambda: column.note or None,
                Qt.ItemDataRole.TextAlignmentRole: right,
            }
        elif 0 <= section < WHATIF_ROWS:
            answers = {
                Qt.ItemDataRole.DisplayRole: lambda: self.row_titles()[section],
                Qt.ItemDataRole.TextAlignmentRole: left,
            }
        else:
            return None
        answer = answers.get(role)
        return answer() if answer is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self.column(index.column()) if index.isValid() else None
        if column is None or not 0 <= index.row() < WHATIF_ROWS:
            return None
        scenario = column.scenario
        row = index.row()
        broken = row == W_RULES and bool(scenario.plan.violations)
        answers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._text(index.column(), row),
            Qt.ItemDataRole.TextAlignmentRole: right,
            Qt.ItemDataRole.ForegroundRole: lambda: error_colour() if broken else None,
            Qt.ItemDataRole.FontRole: lambda: font(bold=True) if row == W_PAYOUT else None,
            Qt.ItemDataRole.ToolTipRole: lambda: (
                "\n".join(v.render_reason(fmt.language()) for v in scenario.plan.violations)
                if broken
                else None
            ),
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def _text(self, number: int, row: int) -> str:
        """A cell's text, made once: a table asks for each cell several times."""
        text = self._shown.get((number, row))
        if text is None:
            text = self._shown[(number, row)] = self.cell(self._columns[number].scenario, row)
        return text

    def cell(self, scenario: Scenario, row: int) -> str:
        plan = scenario.plan
        if row == W_BOUGHT:
            return arg(
                self.tr("%1 of %2"), fmt.compact(plan.hours_bought), whole_hours(plan.hours_buy_max)
            )
        if row == W_SPENT:
            return fmt.money(plan.spent_total)
        if row == W_PAID_DURING:
            return fmt.money(scenario.paid_during_year)
        if row == W_PAYOUT:
            return fmt.money(scenario.final_payout)
        count = len(plan.violations)
        if not count:
            return self.tr("All fine")
        return self.tr("Breaks a rule") if count == 1 else arg(self.tr("Breaks %1 rules"), count)

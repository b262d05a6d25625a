"""The IKB choices of a year as a table: month, kind, what, cost, last day in P-Direkt, status."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from rijkapp.domain.records import IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO
from rijkapp.views.ikb import ChoiceCost, IkbYear
from ui import formatting as fmt
from ui.models.ikb_text import font, kind_text, left, right, whole_hours
from ui.text import arg

Index = QModelIndex | QPersistentModelIndex
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1

C_MONTH, C_KIND, C_WHAT, C_COST, C_CUTOFF, C_STATUS = range(6)
CHOICE_COLUMNS = 6


class IkbChoiceModel(QAbstractTableModel):
    """The year's choices, by month: what, what it costs, the last day and whether submitted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[IkbChoice] = []
        self._costs: dict[str, ChoiceCost] = {}
        self._cutoffs: dict[date, date] = {}
        self._overdue: set[str] = set()
        self._goals: dict[str, str] = {}

    def set_choices(
        self,
        choices: Sequence[IkbChoice],
        plan: IkbYear | None,
        cutoffs: dict[date, date],
        goals: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self._choices = sorted(choices, key=lambda c: (c.month, c.kind.value, c.id))
        self._costs = (
            {c.choice.id: c for row in plan.months for c in row.choices} if plan is not None else {}
        )
        self._overdue = {c.id for c in plan.past_cutoff} if plan is not None else set()
        self._cutoffs = dict(cutoffs)
        self._goals = dict(goals)
        self.endResetModel()

    def choice(self, row: int) -> IkbChoice | None:
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def row_of(self, choice_id: str) -> int | None:
        for row, choice in enumerate(self._choices):
            if choice.id == choice_id:
                return row
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, CHOICE_COLUMNS - 1)
        if self._choices:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._choices) - 1, CHOICE_COLUMNS - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CHOICE_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < CHOICE_COLUMNS:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return right() if section == C_COST else left()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Month"),
            self.tr("Choice"),
            self.tr("What"),
            self.tr("Cost or value"),
            self.tr("Last day in P-Direkt"),
            self.tr("Status"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        column = index.column()
        overdue = column == C_STATUS and choice.id in self._overdue
        answers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._display(choice)[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: right() if column == C_COST else left(),
            Qt.ItemDataRole.FontRole: lambda: font(bold=True) if overdue else None,
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(choice),
            CHOICE_ROLE: lambda: choice,
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def _tooltip(self, choice: IkbChoice) -> str | None:
        if choice.note:
            return choice.note
        cost = self._costs.get(choice.id)
        return fmt.text(cost.line.message) if cost is not None else None

    def status_text(self, choice: IkbChoice) -> str:
        if choice.submitted:
            return self.tr("Submitted")
        if choice.id in self._overdue:
            return self.tr("Not submitted, last day passed")
        return self.tr("Not submitted yet")

    def _display(self, choice: IkbChoice) -> tuple[str, ...]:
        cost = self._costs.get(choice.id)
        if cost is None:
            cost_text = "–"
        elif choice.kind is IkbChoiceKind.SELL_HOURS:
            cost_text = arg(self.tr("+ %1"), fmt.money(cost.paid_on_top))
        else:
            cost_text = fmt.money(cost.cost)
        if choice.kind in (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS):
            what = whole_hours(choice.hours or ZERO)
        elif choice.kind is IkbChoiceKind.FISCAL_GOAL:
            what = arg(
                self.tr("%1, %2"),
                self._goals.get(choice.goal or "", choice.goal or ""),
                fmt.money(choice.amount or ZERO),
            )
        else:
            what = fmt.money(choice.amount or ZERO)
        cutoff = self._cutoffs.get(choice.month.replace(day=1))
        return (
            fmt.month(choice.month),
            kind_text(choice.kind),
            what,
            cost_text,
            fmt.day(cutoff) if cutoff else "",
            self.status_text(choice),
        )

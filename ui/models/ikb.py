"""The IKB as tables: the year month by month, the choices, and the what-if scenarios side by side.

Also the few pure summaries the IKB page and the Overzicht tile share (figures up to today, the
cut-off reminder), so both say the same as ``balances --json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from rijkapp import formatting as fmt
from rijkapp.domain.records import IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO
from ui.text import arg

if TYPE_CHECKING:
    from rijkapp.calc.ikb import ChoiceCost, IkbYear, MonthRow

Index = QModelIndex | QPersistentModelIndex
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
MONTH_ROLE = Qt.ItemDataRole.UserRole + 2

# How many days before the monthly cut-off the reminder shows.
REMINDER_DAYS = 5


# ------------------------------------------------------------------ shared summaries


@dataclass(frozen=True)
class IkbSummary:
    """The figures at the top of the IKB page (and on the tile), for one year on one day."""

    year: int
    when: str  # "past", "current" or "future": the year against today
    accrued_to_date: Decimal
    spent_to_date: Decimal
    available: Decimal
    payout: Decimal  # what is left, paid in December or after leaving
    payout_month: date | None
    leaving_date: date | None
    accrued_total: Decimal
    hours_bought: Decimal
    hours_buy_max: Decimal
    hours_sold: Decimal
    hours_sell_max: Decimal


def summarize(plan: IkbYear, today: date) -> IkbSummary:
    """Up to and including today's month, as ``balances --json`` counts (this year).

    A past year counts every month and every pay-out (nothing is left); a future year has not
    started, so nothing has accrued yet.
    """
    this_month = today.replace(day=1)
    order = (plan.year > today.year) - (plan.year < today.year)
    when = ("past", "current", "future")[order + 1]
    if when == "past":
        done = list(plan.months)
        paid_before = sum((r.remainder_paid for r in done), ZERO)
    elif when == "current":
        done = [r for r in plan.months if r.month <= this_month]
        paid_before = sum((r.remainder_paid for r in done if r.month < this_month), ZERO)
    else:
        done, paid_before = [], ZERO
    accrued = sum((r.accrued for r in done), ZERO)
    spent = sum((r.spent for r in done), ZERO)
    return IkbSummary(
        year=plan.year,
        when=when,
        accrued_to_date=accrued,
        spent_to_date=spent,
        available=accrued - spent - paid_before,
        payout=plan.paid_out_total,
        payout_month=plan.months[-1].month if plan.months else None,
        leaving_date=plan.leaving_date,
        accrued_total=plan.accrued_total,
        hours_bought=plan.hours_bought,
        hours_buy_max=plan.hours_buy_max,
        hours_sold=plan.hours_sold,
        hours_sell_max=plan.hours_sell_max,
    )


@dataclass(frozen=True)
class Reminder:
    """This month's cut-off is near and these choices for the month are not marked submitted."""

    month: date
    cutoff: date
    choices: tuple[IkbChoice, ...]


def reminder_for(plan: IkbYear, choices: Sequence[IkbChoice], today: date) -> Reminder | None:
    """A reminder when the cut-off of today's month is at most 5 days away (not yet passed).

    Once it has passed, the choice is in ``IkbYear.past_cutoff`` and shown as overdue instead.
    """
    this_month = today.replace(day=1)
    row = next((r for r in plan.months if r.month == this_month), None)
    if row is None:
        return None
    pending = tuple(c for c in choices if c.month.replace(day=1) == this_month and not c.submitted)
    if not pending or not 0 <= (row.cutoff - today).days <= REMINDER_DAYS:
        return None
    return Reminder(this_month, row.cutoff, pending)


def goal_label(row: Any) -> str:
    """A fiscal goal's name in the active core language (the rule book has both)."""
    from rijkapp import i18n

    return str(row["label_nl"] if i18n.language() == "nl" else row["label_en"])


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


def _muted() -> QColor:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def _error_colour() -> QColor:
    from ui.theme import tokens

    return QColor(tokens()["ERROR"])


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _right() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _left() -> int:
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


# ------------------------------------------------------------------ the year, month by month

MONTH, ACCRUED, PAID, BOUGHT, GOALS, SPENT, AVAILABLE = range(7)
MONTH_COLUMNS = 7


class IkbMonthModel(QAbstractTableModel):
    """One row per month of the plan and a total row; projected months in a softer style."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: IkbYear | None = None
        self._rows: tuple[MonthRow, ...] = ()

    def set_plan(self, plan: IkbYear | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = plan.months if plan is not None else ()
        self.endResetModel()

    def month_row(self, row: int) -> MonthRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_total(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows)

    def retranslate(self) -> None:
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
            return _left() if section == MONTH else _right()
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
        align = _left() if column == MONTH else _right()
        if self.is_total(index.row()):
            totals = {
                Qt.ItemDataRole.DisplayRole: lambda: self._total_display()[column],
                Qt.ItemDataRole.FontRole: lambda: _font(bold=True),
                Qt.ItemDataRole.TextAlignmentRole: lambda: align,
            }
            answer = totals.get(role)
            return answer() if answer is not None else None
        row = self._rows[index.row()]
        answers = {
            Qt.ItemDataRole.DisplayRole: lambda: self._display(row)[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: align,
            Qt.ItemDataRole.FontRole: lambda: _font(italic=True) if row.projected else None,
            Qt.ItemDataRole.ForegroundRole: lambda: _muted() if row.projected else None,
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(row, column),
            MONTH_ROLE: lambda: row.month,
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

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


# ------------------------------------------------------------------ the choices

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
            return _right() if section == C_COST else _left()
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
        answers = {
            Qt.ItemDataRole.DisplayRole: lambda: self._display(choice)[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: _right() if column == C_COST else _left(),
            Qt.ItemDataRole.FontRole: lambda: _font(bold=True) if overdue else None,
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(choice),
            CHOICE_ROLE: lambda: choice,
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def _tooltip(self, choice: IkbChoice) -> str | None:
        if choice.note:
            return choice.note
        cost = self._costs.get(choice.id)
        return cost.line.text if cost is not None else None

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


# ------------------------------------------------------------------ what if


@dataclass(frozen=True)
class Scenario:
    """One column of the what-if table: a name, its choices for the year and its plan."""

    key: str
    name: str
    plan: IkbYear
    note: str = ""


W_BOUGHT, W_SPENT, W_PAID_DURING, W_PAYOUT, W_RULES = range(5)
WHATIF_ROWS = 5


def paid_during_year(plan: IkbYear) -> Decimal:
    """Money to you before the final pay-out: extra pay-outs and sold hours (and any pay-out
    after leaving that falls before December)."""
    extra = sum((r.payout for r in plan.months), ZERO)
    early = sum((r.remainder_paid for r in plan.months if r.month.month != 12), ZERO)
    return extra + plan.sold_value_total + early


class WhatIfModel(QAbstractTableModel):
    """Scenarios side by side: one column each; rows are the figures compared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenarios: list[Scenario] = []

    def set_scenarios(self, scenarios: Sequence[Scenario]) -> None:
        self.beginResetModel()
        self._scenarios = list(scenarios)
        self.endResetModel()

    def scenario(self, column: int) -> Scenario | None:
        return self._scenarios[column] if 0 <= column < len(self._scenarios) else None

    def column_of(self, key: str) -> int | None:
        for column, scenario in enumerate(self._scenarios):
            if scenario.key == key:
                return column
        return None

    def retranslate(self) -> None:
        if self._scenarios:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, WHATIF_ROWS - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(WHATIF_ROWS - 1, len(self._scenarios) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._scenarios else WHATIF_ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    def row_titles(self) -> tuple[str, ...]:
        leaving = any(s.plan.leaving_date for s in self._scenarios)
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
            scenario = self.scenario(section)
            if scenario is None:
                return None
            answers = {
                Qt.ItemDataRole.DisplayRole: lambda: scenario.name,
                Qt.ItemDataRole.ToolTipRole: lambda: scenario.note or None,
                Qt.ItemDataRole.TextAlignmentRole: _right,
            }
        elif 0 <= section < WHATIF_ROWS:
            answers = {
                Qt.ItemDataRole.DisplayRole: lambda: self.row_titles()[section],
                Qt.ItemDataRole.TextAlignmentRole: _left,
            }
        else:
            return None
        answer = answers.get(role)
        return answer() if answer is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scenario = self.scenario(index.column()) if index.isValid() else None
        if scenario is None or not 0 <= index.row() < WHATIF_ROWS:
            return None
        row = index.row()
        broken = row == W_RULES and bool(scenario.plan.violations)
        answers = {
            Qt.ItemDataRole.DisplayRole: lambda: self.cell(scenario, row),
            Qt.ItemDataRole.TextAlignmentRole: _right,
            Qt.ItemDataRole.ForegroundRole: lambda: _error_colour() if broken else None,
            Qt.ItemDataRole.FontRole: lambda: _font(bold=True) if row == W_PAYOUT else None,
            Qt.ItemDataRole.ToolTipRole: lambda: (
                "\n".join(v.reason for v in scenario.plan.violations) if broken else None
            ),
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def cell(self, scenario: Scenario, row: int) -> str:
        plan = scenario.plan
        if row == W_BOUGHT:
            return arg(
                self.tr("%1 of %2"), fmt.compact(plan.hours_bought), whole_hours(plan.hours_buy_max)
            )
        if row == W_SPENT:
            return fmt.money(plan.spent_total)
        if row == W_PAID_DURING:
            return fmt.money(paid_during_year(plan))
        if row == W_PAYOUT:
            return fmt.money(plan.paid_out_total if plan.leaving_date else plan.december_payout)
        count = len(plan.violations)
        if not count:
            return self.tr("All fine")
        return self.tr("Breaks a rule") if count == 1 else arg(self.tr("Breaks %1 rules"), count)

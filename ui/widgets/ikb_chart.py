"""The IKB year as a chart: what has accrued and what is spent (running totals), and the pay-outs.

Imported only when the IKB page is first shown: QtCharts is large and not needed at start-up.
Amounts on the axis go through ``rijkapp.formatting`` (Dutch ``€ 1.234``); the colours follow the
palette, so the chart reads as well in dark mode as in light mode.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from rijkapp import formatting as fmt
from ui.text import Retranslatable, arg
from ui.theme import RIJKSBLAUW

if TYPE_CHECKING:
    from rijkapp.calc.ikb import IkbYear

# (light, dark): deep blue for what accrues, a warm orange for what is spent (blue and orange
# stay apart for colour-blind eyes too), and a soft sky blue for the pay-out bars.
ACCRUED_COLOURS = (RIJKSBLAUW, "#9cc2ea")
SPENT_COLOURS = ("#c25e00", "#f2a65a")
PAID_COLOURS = ("#8fcae7", "#3f7fae")
NICE_STEPS = tuple(
    Decimal(s)
    for s in (
        "50",
        "100",
        "200",
        "250",
        "500",
        "1000",
        "2000",
        "2500",
        "5000",
        "10000",
        "20000",
        "25000",
        "50000",
    )
)


def whole_euros(amount: Decimal) -> str:
    """``€ 1.234`` in Dutch, ``€1,234`` in English: money without the cents."""
    text = fmt.money(amount.to_integral_value())
    cents = fmt.number(Decimal(0), 2)[1:]  # ",00" or ".00", as the language writes it
    return text.removesuffix(cents)


def nice_step(top: Decimal, ticks: int = 5) -> Decimal:
    """The smallest round step that covers ``top`` in at most ``ticks`` steps."""
    for step in NICE_STEPS:
        if step * ticks >= top:
            return step
    return NICE_STEPS[-1]


def _dark(widget: QWidget) -> bool:
    app = QApplication.instance()
    if app is not None and app.property("rijkappDark") is not None:
        return bool(app.property("rijkappDark"))
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class IkbChart(Retranslatable, QChartView):
    """``set_plan(plan)`` draws the year; twelve points per series, one per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("ikbChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud through its description
        self._chart.setMargins(QMargins(6, 6, 6, 6))
        self._chart.setBackgroundRoundness(0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.accrued = QLineSeries()
        self.accrued.setObjectName("ikbChartAccrued")
        self.spent = QLineSeries()
        self.spent.setObjectName("ikbChartSpent")
        self.paid_set = QBarSet("")
        self.paid = QBarSeries()
        self.paid.setObjectName("ikbChartPaid")
        self.paid.append(self.paid_set)
        self.paid.setBarWidth(0.45)
        self._chart.addSeries(self.paid)
        self._chart.addSeries(self.accrued)
        self._chart.addSeries(self.spent)
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QCategoryAxis()
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.paid, self.accrued, self.spent):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self._plan: IkbYear | None = None
        self._months: list[date] = []
        self._top = Decimal(0)
        self.apply_colours()
        self.retranslate()

    # ---------------------------------------------------------------- data
    def set_plan(self, plan: IkbYear | None) -> None:
        self._plan = plan
        self._fill()
        self.retranslate()

    def point_counts(self) -> tuple[int, int, int]:
        """Points in the accrued, spent and paid-out series (for tests and the description)."""
        return self.accrued.count(), self.spent.count(), self.paid_set.count()

    def _fill(self) -> None:
        plan = self._plan
        self.accrued.clear()
        self.spent.clear()
        self.paid_set.remove(0, self.paid_set.count())
        if plan is None:
            self._months = []
            self._top = Decimal(0)
            return
        rows = {row.month: row for row in plan.months}
        self._months = [date(plan.year, m, 1) for m in range(1, 13)]
        accrued = spent = Decimal(0)
        top = Decimal(0)
        for index, month in enumerate(self._months):
            row = rows.get(month)
            paid = Decimal(0)
            if row is not None:
                accrued, spent = row.accrued_cumulative, row.spent_cumulative
                paid = row.payout + row.remainder_paid + row.sold_value
            self.accrued.append(QPointF(index, float(accrued)))
            self.spent.append(QPointF(index, float(spent)))
            self.paid_set.append(float(paid))
            top = max(top, accrued, spent, paid)
        self._top = top

    def _set_y_range(self, top: Decimal) -> None:
        for label in list(self.y_axis.categoriesLabels()):
            self.y_axis.remove(label)
        step = nice_step(max(top, Decimal(1)))
        ticks = int((max(top, Decimal(1)) / step).to_integral_value(rounding=ROUND_CEILING))
        self.y_axis.setStartValue(0)
        for tick in range(0, ticks + 1):
            value = step * tick
            self.y_axis.append(whole_euros(value), float(value))
        self.y_axis.setRange(0, float(step * ticks))

    # ---------------------------------------------------------------- looks
    def apply_colours(self) -> None:
        dark = 1 if _dark(self) else 0
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        grid = palette.color(QPalette.ColorRole.Mid)
        self._chart.setBackgroundBrush(QBrush(base))
        self._chart.setPlotAreaBackgroundVisible(False)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        self._chart.legend().setLabelColor(text)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
            axis.setTitleBrush(QBrush(text))
        self.x_axis.setGridLineVisible(False)
        accrued_pen = QPen(QColor(ACCRUED_COLOURS[dark]), 3)
        self.accrued.setPen(accrued_pen)
        spent_pen = QPen(QColor(SPENT_COLOURS[dark]), 3)
        spent_pen.setStyle(Qt.PenStyle.DashLine)
        self.spent.setPen(spent_pen)
        self.accrued.setPointsVisible(True)
        self.spent.setPointsVisible(True)
        self.paid_set.setColor(QColor(PAID_COLOURS[dark]))
        self.paid_set.setBorderColor(QColor(PAID_COLOURS[dark]))
        font = QFont(self.font())
        self._chart.legend().setFont(font)
        self.x_axis.setLabelsFont(font)
        self.y_axis.setLabelsFont(font)

    def retranslate(self) -> None:
        self.accrued.setName(self.tr("Accrued (running total)"))
        self.spent.setName(self.tr("Spent (running total)"))
        self.paid_set.setLabel(self.tr("Paid out in the month"))
        self.x_axis.clear()
        if self._months:
            self.x_axis.append([fmt.day(m, fmt="LLL") for m in self._months])
        plan = self._plan
        self._set_y_range(self._top)  # the euro labels follow the language
        self.setAccessibleName(self.tr("Chart of your IKB by month"))
        if plan is None:
            self.setAccessibleDescription("")
            return
        self.setAccessibleDescription(
            arg(
                self.tr(
                    "In %1 %2 accrues and %3 is spent; %4 is paid out in the course of the "
                    "year, at the end included."
                ),
                plan.year,
                fmt.money(plan.accrued_total),
                fmt.money(plan.spent_total),
                fmt.money(
                    sum(
                        (r.payout + r.remainder_paid + r.sold_value for r in plan.months),
                        Decimal(0),
                    )
                ),
            )
        )

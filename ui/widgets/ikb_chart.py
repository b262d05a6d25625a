"""The IKB year as a chart: what has accrued and what is spent (running totals), and the pay-outs.

Imported only when the IKB page is first shown: QtCharts is large and not needed at start-up.
Amounts on the axis go through ``rijkapp.formatting`` (Dutch ``€ 1.234``); the colours follow the
palette, so the chart reads as well in dark mode as in light mode.
"""

from __future__ import annotations

from decimal import Decimal
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

from rijkapp.views.ikb import ChartSeries, axis_ticks, chart_series
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.theme import RIJKSBLAUW

if TYPE_CHECKING:
    from rijkapp.views.ikb import IkbYear

# (light, dark): deep blue for what accrues, a warm orange for what is spent (blue and orange
# stay apart for colour-blind eyes too), and a soft sky blue for the pay-out bars.
ACCRUED_COLOURS = (RIJKSBLAUW, "#9cc2ea")
SPENT_COLOURS = ("#c25e00", "#f2a65a")
PAID_COLOURS = ("#8fcae7", "#3f7fae")


def whole_euros(amount: Decimal) -> str:
    """``€ 1.234`` in Dutch, ``€1,234`` in English: money without the cents."""
    text = fmt.money(amount.to_integral_value())
    cents = fmt.number(Decimal(0), 2)[1:]  # ",00" or ".00", as the language writes it
    return text.removesuffix(cents)


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
        self._series: ChartSeries | None = None
        self.apply_colours()
        self.retranslate()

    # ---------------------------------------------------------------- data
    def set_plan(self, plan: IkbYear | None) -> None:
        self._series = chart_series(plan) if plan is not None else None
        self._fill()
        self.retranslate()

    def point_counts(self) -> tuple[int, int, int]:
        """Points in the accrued, spent and paid-out series (for tests and the description)."""
        return self.accrued.count(), self.spent.count(), self.paid_set.count()

    def _fill(self) -> None:
        series = self._series
        self.accrued.clear()
        self.spent.clear()
        self.paid_set.remove(0, self.paid_set.count())
        if series is None:
            return
        for index, (accrued, spent, paid) in enumerate(
            zip(series.accrued, series.spent, series.paid, strict=True)
        ):
            self.accrued.append(QPointF(index, float(accrued)))
            self.spent.append(QPointF(index, float(spent)))
            self.paid_set.append(float(paid))

    def _set_y_range(self, top: Decimal) -> None:
        for label in list(self.y_axis.categoriesLabels()):
            self.y_axis.remove(label)
        ticks = axis_ticks(top)
        self.y_axis.setStartValue(0)
        for value in ticks:
            self.y_axis.append(whole_euros(value), float(value))
        self.y_axis.setRange(0, float(ticks[-1]))

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
        series = self._series
        if series is not None:
            self.x_axis.append([fmt.day(m, fmt="LLL") for m in series.months])
        self._set_y_range(series.top if series is not None else Decimal(0))  # euros in the language
        self.setAccessibleName(self.tr("Chart of your IKB by month"))
        self.setAccessibleDescription(self._description())
        # The drawing inside the view is an accessible object of its own: it says the same.
        self.viewport().setAccessibleName(self.accessibleName())
        self.viewport().setAccessibleDescription(self.accessibleDescription())

    def _description(self) -> str:
        series = self._series
        if series is None:
            return ""
        return arg(
            self.tr(
                "In %1 %2 accrues and %3 is spent; %4 is paid out in the course of the "
                "year, at the end included."
            ),
            series.year,
            fmt.money(series.accrued_total),
            fmt.money(series.spent_total),
            fmt.money(series.paid_total),
        )

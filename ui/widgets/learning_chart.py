"""Hours and costs of the learning log per year, as a chart.

Imported only when the Leren page is first shown: QtCharts is large and not needed at start-up.
Bars are the lesson and exam hours and the self-study hours of each year (left axis, hours); the
line is what the year's activities cost (right axis, whole euros in the window's language). The
colours follow the palette, as the IKB chart's do, so the chart reads in dark mode too.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal

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
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rijkapp.domain.values import ZERO
from rijkapp.views.ikb import axis_ticks
from rijkapp.views.leren import YearTotals
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.ikb_chart import ACCRUED_COLOURS, PAID_COLOURS, SPENT_COLOURS, _dark, whole_euros

HOUR_STEPS = tuple(Decimal(s) for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000))


def hour_ticks(top: Decimal, ticks: int = 5) -> tuple[Decimal, ...]:
    """The hours on the left axis from 0: the smallest round step that reaches ``top`` in at most
    ``ticks`` steps (36 hours: 0, 10, 20, 30, 40)."""
    top = max(top, Decimal(1))
    step = next((s for s in HOUR_STEPS if s * ticks >= top), HOUR_STEPS[-1])
    count = int((top / step).to_integral_value(rounding=ROUND_CEILING))
    return tuple(step * tick for tick in range(count + 1))


class LearningChart(Retranslatable, QChartView):
    """``set_totals(totals)`` draws one group of bars and one point of the line per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("learningChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read aloud through its description
        self._chart.setMargins(QMargins(6, 6, 6, 6))
        self._chart.setBackgroundRoundness(0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.lessons = QBarSet("")
        self.self_study = QBarSet("")
        self.bars = QBarSeries()
        self.bars.setObjectName("learningChartHours")
        self.bars.append(self.lessons)
        self.bars.append(self.self_study)
        self.cost = QLineSeries()
        self.cost.setObjectName("learningChartCost")
        self._chart.addSeries(self.bars)
        self._chart.addSeries(self.cost)
        self.x_axis = QBarCategoryAxis()
        self.hours_axis = QCategoryAxis()
        self.money_axis = QCategoryAxis()
        for axis in (self.hours_axis, self.money_axis):
            axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self.hours_axis, Qt.AlignmentFlag.AlignLeft)
        self._chart.addAxis(self.money_axis, Qt.AlignmentFlag.AlignRight)
        self.bars.attachAxis(self.x_axis)
        self.bars.attachAxis(self.hours_axis)
        self.cost.attachAxis(self.x_axis)
        self.cost.attachAxis(self.money_axis)
        self._totals: tuple[YearTotals, ...] = ()
        self.apply_colours()
        self.retranslate()

    # ---------------------------------------------------------------- data
    def set_totals(self, totals: Sequence[YearTotals]) -> None:
        self._totals = tuple(totals)
        self.lessons.remove(0, self.lessons.count())
        self.self_study.remove(0, self.self_study.count())
        self.cost.clear()
        for index, year in enumerate(self._totals):
            self.lessons.append(float(year.hours))
            self.self_study.append(float(year.self_study_hours))
            self.cost.append(QPointF(index, float(year.cost)))
        self.retranslate()

    def point_counts(self) -> tuple[int, int, int]:
        """Values in the lesson-hours bars, the self-study bars and the cost line."""
        return self.lessons.count(), self.self_study.count(), self.cost.count()

    @staticmethod
    def _fill_axis(axis: QCategoryAxis, top: Decimal, *, money: bool) -> None:
        for old in list(axis.categoriesLabels()):
            axis.remove(old)
        ticks = axis_ticks(top, 4) if money else hour_ticks(top)
        axis.setStartValue(0)
        for value in ticks:
            text = whole_euros(value) if money else fmt.number(value, 0)
            axis.append(text, float(value))
        axis.setRange(0, float(ticks[-1]))

    # ---------------------------------------------------------------- looks
    def apply_colours(self) -> None:
        dark = 1 if _dark(self) else 0
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        self._chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        self._chart.setPlotAreaBackgroundVisible(False)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        self._chart.legend().setLabelColor(text)
        for axis in (self.x_axis, self.hours_axis, self.money_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
            axis.setLabelsFont(self.font())
            axis.setTruncateLabels(False)
        self.x_axis.setGridLineVisible(False)
        self.money_axis.setGridLineVisible(False)
        for bar, colour in ((self.lessons, ACCRUED_COLOURS), (self.self_study, PAID_COLOURS)):
            bar.setColor(QColor(colour[dark]))
            bar.setBorderColor(QColor(colour[dark]))
        pen = QPen(QColor(SPENT_COLOURS[dark]), 3)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.cost.setPen(pen)
        self.cost.setPointsVisible(True)
        self._chart.legend().setFont(self.font())

    def retranslate(self) -> None:
        self.lessons.setLabel(self.tr("Lesson and exam hours"))
        self.self_study.setLabel(self.tr("Self-study hours"))
        self.cost.setName(self.tr("Cost (right)"))
        self.x_axis.clear()
        self.x_axis.append([str(t.year) for t in self._totals] or [""])
        hours_top = max((max(t.hours, t.self_study_hours) for t in self._totals), default=ZERO)
        cost_top = max((t.cost for t in self._totals), default=ZERO)
        self._fill_axis(self.hours_axis, hours_top, money=False)
        self._fill_axis(self.money_axis, cost_top, money=True)
        self.setAccessibleName(self.tr("Chart of your learning hours and costs per year"))
        self.setAccessibleDescription(
            " ".join(
                arg(
                    self.tr("%1: %2 lesson and exam hours, %3 self-study, cost %4."),
                    t.year,
                    fmt.number(t.hours, 0),
                    fmt.number(t.self_study_hours, 0),
                    fmt.money(t.cost),
                )
                for t in self._totals
            )
        )
        # The picture itself is what a screen reader meets inside the view: it says the same.
        self.viewport().setAccessibleName(self.accessibleName())
        self.viewport().setAccessibleDescription(self.accessibleDescription())

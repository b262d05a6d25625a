"""The Verlof page's "Year planner": the year switcher, the painted year and what its colours mean.

The page loads the plan of the year on show with the rest of its data; switching years works out
the other year's plan on the data thread from the snapshot the page last loaded. A click or Enter
on a day asks the page to open the leave on it, or new leave from it (``dayActivated``).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rijkapp.views.leave import LeaveData
from rijkapp.views.planner import YearPlan, year_plan
from ui.context import AppContext
from ui.text import Retranslatable
from ui.widgets.labels import plain_text
from ui.widgets.year_planner import PlannerLegend, YearPlanner


class LeavePlanner(Retranslatable, QWidget):
    """``show_data(data)`` shows the loaded plan; ``year`` is the year the user asked for."""

    dayActivated = Signal(object, object)  # datetime.date, the id of the leave on it (or None)
    yearChanged = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerTab")
        self.context = context
        self.data: LeaveData | None = None
        self.year = context.today().year
        self._generation = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        switcher = QHBoxLayout()
        switcher.setSpacing(8)
        self.previous_year_button = QPushButton("◀", self)
        self.previous_year_button.setObjectName("previousYearButton")
        self.previous_year_button.setFixedWidth(40)
        self.previous_year_button.clicked.connect(partial(self.step_year, -1))
        self.year_label = QLabel(self)
        self.year_label.setObjectName("plannerYearLabel")
        self.year_label.setProperty("role", "sectionTitle")
        self.year_label.setMinimumWidth(60)
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_year_button = QPushButton("▶", self)
        self.next_year_button.setObjectName("nextYearButton")
        self.next_year_button.setFixedWidth(40)
        self.next_year_button.clicked.connect(partial(self.step_year, 1))
        self.this_year_button = QPushButton(self)
        self.this_year_button.setObjectName("thisYearButton")
        self.this_year_button.clicked.connect(self.show_this_year)
        self.hint = plain_text("plannerHint", "hint", self)
        for widget in (
            self.previous_year_button,
            self.year_label,
            self.next_year_button,
            self.this_year_button,
        ):
            switcher.addWidget(widget)
        switcher.addSpacing(12)
        switcher.addWidget(self.hint, 1)
        box.addLayout(switcher)
        self.planner = YearPlanner(context.today(), self)
        self.planner.dayActivated.connect(self._day_activated)
        self.planner.yearRequested.connect(self.set_year)
        self.planner.cursorChanged.connect(self._cursor_moved)
        box.addWidget(self.planner)
        self.day_label = plain_text("plannerDayLabel", "muted", self)
        box.addWidget(self.day_label)
        self.legend = PlannerLegend(self)
        box.addWidget(self.legend)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.planner.retranslate()
        self.previous_year_button.setAccessibleName(self.tr("Previous year"))
        self.previous_year_button.setToolTip(self.tr("Previous year"))
        self.next_year_button.setAccessibleName(self.tr("Next year"))
        self.next_year_button.setToolTip(self.tr("Next year"))
        self.this_year_button.setText(self.tr("This year"))
        self.hint.setText(
            self.tr(
                "Click a day, or press Enter on it, to plan leave from that day or to open "
                "the leave on it. Hover over a public holiday to see its name."
            )
        )

    # ---------------------------------------------------------------- showing
    def show_data(self, data: LeaveData) -> None:
        """The page's data, with the plan of the year it was loaded for."""
        previous, self.data = self.data, data
        if previous is None or previous.plan is not data.plan or previous.today != data.today:
            self.planner.set_today(data.today)
            self._show_plan(data.plan)  # else another balance date, with the same plan on show
        if data.plan.year != self.year:  # the year was switched while this loaded
            self._load_plan(self.year)

    def _show_plan(self, plan: YearPlan) -> None:
        self.planner.set_plan(plan)
        self.year_label.setText(str(plan.year))
        self.this_year_button.setEnabled(plan.year != self.planner.today.year)
        self.planner.retranslate()

    # ---------------------------------------------------------------- the year
    def set_year(self, year: int) -> None:
        if year == self.year and self.data is not None and self.planner.year == year:
            return
        self.year = year
        self.yearChanged.emit(year)
        if self.data is not None:
            self._load_plan(year)

    def step_year(self, step: int) -> None:
        self.set_year(self.year + step)

    def show_this_year(self) -> None:
        self.set_year(self.context.today().year)

    def _load_plan(self, year: int) -> None:
        data = self.data
        if data is None:
            return
        dossier, book = data.dossier, data.book
        self._generation += 1
        generation = self._generation

        def done(plan: YearPlan) -> None:
            if generation == self._generation:
                self._show_plan(plan)

        # Pure work on a snapshot: no store needed, but off the GUI thread all the same.
        self.context.operations.run(lambda: year_plan(dossier, year, book), done)

    # ---------------------------------------------------------------- days
    def _day_activated(self, day: date) -> None:
        self.dayActivated.emit(day, self.planner.info(day).entry_id)

    def _cursor_moved(self, day: date) -> None:
        self.day_label.setText(self.planner.describe(day) if day.year == self.planner.year else "")

"""IKB: the individueel keuzebudget of a year, month by month, with your choices and a what-if.

The data is read and the year is worked out on the data thread (``rijkapp.views.ikb.load_ikb``),
by the same core function ``balances --json`` uses, so the figures agree. The page puts its
sections one under the other: the reminder banner, the year's figures and assumptions
(``ui.widgets.ikb_summary``), the months, the chart, the choices (``ui.widgets.ikb_choice_list``,
each change an undoable step through ``rijkapp.services``), the P-Direkt cut-off day and the
what-if. The chart (QtCharts) is built the first time the page is shown, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rijkapp.services import ikb as ikb_service
from rijkapp.services.changes import Changes
from rijkapp.views.ikb import IkbPageData, goal_names, load_ikb, month_lines, year_lines
from rijkapp.views.ikb_whatif import WhatIf
from ui import formatting as fmt
from ui.context import AppContext
from ui.models.ikb_months import IkbMonthModel
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.widgets.ikb_banner import IkbReminderBanner
from ui.widgets.ikb_choice_list import IkbChoiceList
from ui.widgets.ikb_cutoff import IkbCutoffSection
from ui.widgets.ikb_summary import IkbAssumptions, IkbFigures
from ui.widgets.ikb_whatif import IkbWhatIfPanel
from ui.widgets.labels import plain_text, section_title
from ui.widgets.layout_pass import one_layout_pass
from ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from rijkapp.views.ikb import Line
    from ui.dialogs.explain import ExplainDialog
    from ui.widgets.ikb_chart import IkbChart


class IkbPage(Retranslatable, QWidget):
    """The year, the chart, the choices, the P-Direkt cut-off and the what-if."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "ikbPage")
        self.data: IkbPageData | None = None
        self.year: int | None = None  # the year chosen; None until the first load
        self.chart: IkbChart | None = None
        self.explain_dialog: ExplainDialog | None = None
        self._stale = True
        self._filling = False
        content = self.content = QWidget(self)
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self._build_top(content)
        self._build_year(content)
        self._build_chart(content)
        self._build_choices(content)
        self._build_cutoff(content)
        self._build_whatif(content)
        self._set_tab_order()
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        context.sessionChanged.connect(self._session_changed)
        self.retranslate()
        self._show_state()

    # ---------------------------------------------------------------- building
    def _build_top(self, content: QWidget) -> None:
        self.empty = plain_text("ikbEmpty", "intro", content)
        self.column.addWidget(self.empty)
        self.banner = IkbReminderBanner(content)
        self.banner.button.clicked.connect(self.mark_reminder_submitted)
        self.column.addWidget(self.banner)
        self.problems = plain_text("ikbPlanProblems", "error", content)
        self.column.addWidget(self.problems)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.year_label = QLabel(content)
        self.year_combo = QComboBox(content)
        self.year_combo.setObjectName("ikbYearCombo")
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.explain_year_button = self._button("ikbExplainYearButton", self.explain_year)
        self.explain_year_button.setProperty("role", "link")
        self.explain_year_button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(self.year_label)
        row.addWidget(self.year_combo)
        row.addSpacing(16)
        row.addWidget(self.explain_year_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.figures = IkbFigures(content)
        self.column.addWidget(self.figures)
        # The rules this year's figures rest on that are not confirmed: always in view.
        self.assumptions = IkbAssumptions(content)
        self.column.addWidget(self.assumptions)

    def _build_year(self, content: QWidget) -> None:
        self.year_title = section_title("ikbYearTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.year_title)
        self.month_model = IkbMonthModel(self)
        self.month_table = record_table("ikbMonthTable", self.month_model, content)
        self.month_table.doubleClicked.connect(self.explain_month)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.month_table,
                self.explain_month,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.month_table.selectionModel().selectionChanged.connect(self._month_selected)
        self.column.addWidget(self.month_table)
        row = QHBoxLayout()
        self.legend = plain_text("ikbProjectedLegend", "hint", content)
        self.explain_month_button = self._button("ikbExplainMonthButton", self.explain_month)
        row.addWidget(self.legend, 1)
        row.addWidget(self.explain_month_button)
        self.column.addLayout(row)

    def _build_chart(self, content: QWidget) -> None:
        self.chart_title = section_title("ikbChartTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.chart_title)
        self.chart_host = QWidget(content)
        self.chart_host.setObjectName("ikbChartHost")
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.chart_host)

    def _build_choices(self, content: QWidget) -> None:
        self.choices = IkbChoiceList(self.context, self._selected_month, content)
        self.column.addSpacing(8)
        self.column.addWidget(self.choices)

    def _build_cutoff(self, content: QWidget) -> None:
        self.cutoff = IkbCutoffSection(content)
        self.cutoff.day_chosen.connect(self._save_cutoff_day)
        self.column.addSpacing(8)
        self.column.addWidget(self.cutoff)

    def _build_whatif(self, content: QWidget) -> None:
        self.whatif_title = section_title("ikbWhatIfTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.whatif_title)
        self.whatif = IkbWhatIfPanel(content, work_out=self._work_out)
        self.column.addWidget(self.whatif)

    def _work_out(self, work: Callable[[], WhatIf], done: Callable[[WhatIf], None]) -> None:
        """Pure work on a snapshot, for the what-if: no store needed, but off the GUI thread."""
        self.context.operations.run(work, done, skip_at_exit=True)

    def _button(self, name: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.banner.button,
            self.year_combo,
            self.explain_year_button,
            *self.figures.figures.values(),
            self.month_table,
            self.explain_month_button,
            self.chart_host,
            self.choices.table,
            *self.choices.buttons,
            self.cutoff.spin,
            self.whatif,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        del changes  # every part of the data can change the IKB (hours, leave, settings, ...)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _session_changed(self) -> None:
        self.year = None
        self.whatif.year = None  # the own scenario starts afresh from the new data

    def _language_changed(self, language: str) -> None:
        data = self.data
        if data is not None:  # the plan and its messages are kept; only the goals are named anew
            self.data = replace(data, goals=goal_names(data.year, language, data.choices))
            self.choices.show_data(self.data)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_chart()
        self.banner.apply_style()
        if self._stale:
            self.refresh()

    def _ensure_chart(self) -> None:
        """QtCharts is loaded only now, the first time the page is on screen."""
        if self.chart is not None:
            return
        from ui.widgets.ikb_chart import IkbChart

        self.chart = IkbChart(self.chart_host)
        self.chart_layout.addWidget(self.chart)
        self.setTabOrder(self.explain_month_button, self.chart)
        if self.data is not None:
            self.chart.set_plan(self.data.plan)

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        self._stale = False
        today = self.context.today()
        year = self.year
        language = self.context.language
        self.context.query(lambda store: load_ikb(store, year, today, language), self._show)

    def _show(self, data: IkbPageData) -> None:
        with one_layout_pass(self.content):  # the parts shown, laid out once
            self.data = data
            self.year = data.year
            self._filling = True
            try:
                self.year_combo.clear()
                for year in data.years:
                    self.year_combo.addItem(str(year), year)
                self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(data.year)))
            finally:
                self._filling = False
            self.cutoff.show_data(data)
            self.month_model.set_plan(data.plan)
            self.choices.show_data(data)
            if self.chart is not None:
                self.chart.set_plan(data.plan)
            if data.plan is not None:
                self.whatif.set_data(data.dossier, data.year, data.today, data.whatif)
            self.retranslate()
            self._show_state()
        self.loaded.emit()

    def _year_chosen(self, _index: int) -> None:
        if self._filling:
            return
        year = self.year_combo.currentData()
        if isinstance(year, int) and year != self.year:
            self.year = year
            self.refresh()

    # ---------------------------------------------------------------- showing
    def _show_state(self) -> None:
        data = self.data
        has_plan = data is not None and data.plan is not None
        self.empty.setVisible(data is not None and not has_plan)
        if not has_plan:
            self.assumptions.hide()
        for widget in (
            self.figures,
            self.year_title,
            self.month_table,
            self.legend,
            self.explain_month_button,
            self.chart_title,
            self.chart_host,
            self.explain_year_button,
            self.whatif_title,
            self.whatif,
            self.choices,
        ):
            widget.setVisible(has_plan)
        for widget in (self.year_label, self.year_combo):
            widget.setVisible(data is not None and bool(data.years))
        self._month_selected()

    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("IKB"))
        self.frame.intro.setText(
            self.tr(
                "Your individueel keuzebudget: what you build up each month and what you do with "
                "it. You make your choices in the P-Direktportaal; here you plan them and see what "
                "they mean."
            )
        )
        self.empty.setText(
            self.tr(
                "Fill in your employment in your profile first: your hours and your salary. Then "
                "your IKB appears here, month by month."
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.explain_year_button.setText(self.tr("How is this worked out?"))
        self.explain_year_button.setAccessibleName(
            self.tr("How is the IKB of this year worked out?")
        )
        self.year_title.setText(self.tr("Month by month"))
        self.month_table.setAccessibleName(self.tr("Your IKB month by month"))
        self.legend.setText(
            self.tr("Months in grey italics are a forecast on your current salary.")
        )
        self.explain_month_button.setText(self.tr("How is this month worked out?"))
        self.explain_month_button.setAccessibleName(
            self.tr("How is the selected month worked out?")
        )
        self.chart_title.setText(self.tr("Over the year"))
        self.whatif_title.setText(self.tr("What if?"))
        self.month_model.retranslate()
        self._show_data_texts()
        self._month_selected()

    def _show_data_texts(self) -> None:
        data = self.data
        self.banner.show_data(data)
        if data is None:
            self.problems.hide()
            return
        self.figures.show_summary(data.summary)
        self.assumptions.show_rules(data.assumptions, self.context.language)
        plan = data.plan
        language = fmt.language()
        problems = [v.render_reason(language) for v in plan.violations] if plan is not None else []
        self.problems.setText(
            "\n".join([self.tr("Your plan breaks a rule of the CAO Rijk:"), *problems])
            if problems
            else ""
        )
        self.problems.setVisible(bool(problems))

    # ---------------------------------------------------------------- the months
    def _selected_month(self) -> date | None:
        rows = self.month_table.selectionModel().selectedRows()
        row = self.month_model.month_row(rows[0].row()) if rows else None
        return row.month if row is not None else None

    def _month_selected(self, *_args: object) -> None:
        self.explain_month_button.setEnabled(self._selected_month() is not None)

    # ---------------------------------------------------------------- explanations
    def _explain(self, title: str, lines: list[Line]) -> None:
        from ui.dialogs.explain import ExplainDialog

        dialog = ExplainDialog(title, lines, self, amount_format=fmt.money)
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()

    def explain_year(self) -> None:
        plan = self.data.plan if self.data is not None else None
        if plan is not None:
            self._explain(arg(self.tr("Your IKB in %1"), plan.year), year_lines(plan))

    def explain_month(self, *_args: object) -> None:
        plan = self.data.plan if self.data is not None else None
        month = self._selected_month()
        if plan is not None and month is not None:
            self._explain(
                arg(self.tr("Your IKB in %1"), fmt.month(month)), month_lines(plan, month)
            )

    # ---------------------------------------------------------------- choices and the cut-off
    def mark_reminder_submitted(self) -> None:
        reminder = self.data.reminder if self.data is not None else None
        if reminder is not None:
            self.choices.mark(reminder.choices, True)

    def _save_cutoff_day(self, day: int) -> None:
        message = arg(self.tr("IKB choices must now be in by day %1 of each month."), day)
        self.context.write(
            lambda store: ikb_service.set_cutoff_day(store, day),
            lambda _changes: self.context.status.emit(message),
        )

"""IKB: the individueel keuzebudget of a year, month by month, with your choices and a what-if.

The data is read and the year is worked out on the data thread (``rijkapp.views.ikb.load_ikb``),
by the same core function ``balances --json`` uses, so the figures agree. Choices are added, changed, deleted and
marked submitted through ``rijkapp.services.ikb``, each as an undoable step. The chart (QtCharts)
is built the first time the page is shown, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rijkapp import formatting as fmt
from rijkapp.domain.records import IkbChoice
from rijkapp.services import ikb as ikb_service
from rijkapp.services.changes import EVERYTHING, Changes
from rijkapp.services.edits import Edit
from rijkapp.views.ikb import IkbPageData, When, load_ikb, month_lines, year_lines
from ui.context import AppContext
from ui.models.ikb_choices import IkbChoiceModel
from ui.models.ikb_months import IkbMonthModel
from ui.models.ikb_text import choice_text, whole_hours
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.ikb_whatif import IkbWhatIfPanel
from ui.widgets.labels import section_title
from ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel

    from rijkapp.views.ikb import Line
    from ui.dialogs.explain import ExplainDialog
    from ui.dialogs.ikb_choice import IkbChoiceDialog
    from ui.widgets.ikb_chart import IkbChart

SAVE_CUTOFF_AFTER_MS = 800


def _text(name: str, role: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Figure(QFrame):
    """One summary figure: a small title, the amount, and a line under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.title = _text(f"{name}Title", "tileTitle", self)
        self.value = _text(f"{name}Value", "tileValue", self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-size: 14pt;")
        self.sub = _text(f"{name}Sub", "hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.sub)
        layout.addStretch(1)

    def show_figure(self, title: str, value: str, sub: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.sub.setText(sub)
        self.sub.setVisible(bool(sub))
        self.setAccessibleName(title)
        self.setAccessibleDescription(". ".join(p for p in (value, sub) if p))


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
        self.choice_dialog: IkbChoiceDialog | None = None
        self.explain_dialog: ExplainDialog | None = None
        self._stale = True
        self._filling = False
        content = QWidget(self)
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        self.frame.body.addWidget(content)
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
        self.empty = _text("ikbEmpty", "intro", content)
        self.column.addWidget(self.empty)
        self._build_banner(content)
        self._build_figures(content)

    def _build_banner(self, content: QWidget) -> None:
        self.banner = QFrame(content)
        self.banner.setObjectName("ikbReminderBanner")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 12, 16, 12)
        banner_layout.setSpacing(6)
        self.reminder_label = _text("ikbReminderText", "", self.banner)
        self.reminder_label.setStyleSheet("font-weight: 600;")
        self.reminder_choices = _text("ikbReminderChoices", "", self.banner)
        self.overdue_label = _text("ikbOverdueText", "", self.banner)
        banner_buttons = QHBoxLayout()
        self.reminder_button = QPushButton(self.banner)
        self.reminder_button.setObjectName("ikbReminderSubmittedButton")
        self.reminder_button.clicked.connect(self.mark_reminder_submitted)
        banner_buttons.addWidget(self.reminder_button)
        banner_buttons.addStretch(1)
        banner_layout.addWidget(self.reminder_label)
        banner_layout.addWidget(self.reminder_choices)
        banner_layout.addWidget(self.overdue_label)
        banner_layout.addLayout(banner_buttons)
        self.column.addWidget(self.banner)
        self.problems = _text("ikbPlanProblems", "error", content)
        self.column.addWidget(self.problems)

    def _build_figures(self, content: QWidget) -> None:
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

        self.figures_host = QWidget(content)
        grid = QGridLayout(self.figures_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.figures = {
            key: Figure(f"ikbFigure_{key}", self.figures_host)
            for key in ("accrued", "spent", "available", "payout", "bought", "sold")
        }
        for index, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, index // 3, index % 3)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.column.addWidget(self.figures_host)
        # The rules this year's figures rest on that are not confirmed: always in view.
        self.assumptions = QFrame(content)
        self.assumptions.setObjectName("ikbAssumptions")
        self.assumptions.setProperty("role", "tile")
        self.assumptions.setProperty("placeholder", True)
        box = QVBoxLayout(self.assumptions)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(4)
        self.assumptions_title = _text("ikbAssumptionsTitle", "", self.assumptions)
        self.assumptions_title.setStyleSheet("font-weight: 600;")
        self.assumptions_list = _text("ikbAssumptionsList", "hint", self.assumptions)
        self.assumptions_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.assumptions_title)
        box.addWidget(self.assumptions_list)
        self.column.addWidget(self.assumptions)

    def _build_year(self, content: QWidget) -> None:
        self.year_title = section_title("ikbYearTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.year_title)
        self.month_model = IkbMonthModel(self)
        self.month_table = self._table("ikbMonthTable", self.month_model, content)
        self.month_table.doubleClicked.connect(self.explain_month)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.month_table,
                self.explain_month,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.month_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.column.addWidget(self.month_table)
        row = QHBoxLayout()
        self.legend = _text("ikbProjectedLegend", "hint", content)
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
        self.choices_title = section_title("ikbChoicesTitle", content)
        self.choices_intro = _text("ikbChoicesIntro", "intro", content)
        self.choice_model = IkbChoiceModel(self)
        self.choice_table = self._table("ikbChoiceTable", self.choice_model, content)
        self.choice_table.doubleClicked.connect(self.edit_choice)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.choice_table,
                self.edit_choice,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.choice_table,
            self.delete_choice,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.choice_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.choice_model.modelReset.connect(self._update_buttons)
        self.choices_empty = _text("ikbChoicesEmpty", "muted", content)
        self.add_button = self._button("ikbAddChoiceButton", self.add_choice)
        self.edit_button = self._button("ikbEditChoiceButton", self.edit_choice)
        self.delete_button = self._button("ikbDeleteChoiceButton", self.delete_choice)
        self.submitted_button = self._button("ikbSubmittedButton", self.toggle_submitted)
        self.column.addSpacing(8)
        for widget in (
            self.choices_title,
            self.choices_intro,
            self.choice_table,
            self.choices_empty,
        ):
            self.column.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(10)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.submitted_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(row)

    def _build_cutoff(self, content: QWidget) -> None:
        self.cutoff_title = section_title("ikbCutoffTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.cutoff_title)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.cutoff_label = QLabel(content)
        self.cutoff_spin = QSpinBox(content)
        self.cutoff_spin.setObjectName("ikbCutoffSpin")
        self.cutoff_spin.setRange(1, 28)
        self.cutoff_label.setBuddy(self.cutoff_spin)
        self.cutoff_status = _text("ikbCutoffStatus", "muted", content)
        row.addWidget(self.cutoff_label)
        row.addWidget(self.cutoff_spin)
        row.addWidget(self.cutoff_status, 1)
        self.column.addLayout(row)
        self.cutoff_note = _text("ikbCutoffNote", "hint", content)
        self.column.addWidget(self.cutoff_note)
        self._cutoff_timer = QTimer(self)
        self._cutoff_timer.setSingleShot(True)
        self._cutoff_timer.setInterval(SAVE_CUTOFF_AFTER_MS)
        self._cutoff_timer.timeout.connect(self.save_cutoff_day)
        self.cutoff_spin.valueChanged.connect(self._cutoff_edited)
        self.cutoff_spin.editingFinished.connect(self.save_cutoff_day)

    def _build_whatif(self, content: QWidget) -> None:
        self.whatif_title = section_title("ikbWhatIfTitle", content)
        self.column.addSpacing(8)
        self.column.addWidget(self.whatif_title)
        self.whatif = IkbWhatIfPanel(content)
        self.column.addWidget(self.whatif)

    def _button(self, name: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _table(self, name: str, model: QAbstractItemModel, parent: QWidget) -> QTableView:
        return record_table(name, model, parent)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.reminder_button,
            self.year_combo,
            self.explain_year_button,
            *self.figures.values(),
            self.month_table,
            self.explain_month_button,
            self.chart_host,
            self.choice_table,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.submitted_button,
            self.cutoff_spin,
            self.whatif,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _style_banner(self) -> None:
        from ui.theme import tokens

        colours = tokens()
        self.banner.setStyleSheet(
            f"QFrame#ikbReminderBanner {{ background: {colours['BANNER_BG']}; "
            f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 6px; }}"
            f"QFrame#ikbReminderBanner QLabel {{ color: {colours['BANNER_TEXT']}; "
            "background: transparent; border: none; }"
        )

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        del changes  # every part of the data can change the IKB (hours, leave, settings, ...)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _session_changed(self) -> None:
        self.year = None
        self.whatif.year = None  # the own scenario starts afresh from the new data

    def _language_changed(self, _language: str) -> None:
        self.retranslate()
        self._changed(EVERYTHING)  # the core's explanations come in the new language

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_chart()
        self._style_banner()
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
        self.data = data
        self.year = data.year
        self._filling = True
        try:
            self.year_combo.clear()
            for year in data.years:
                self.year_combo.addItem(str(year), year)
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(data.year)))
            if not self.cutoff_spin.hasFocus() and not self._cutoff_timer.isActive():
                self.cutoff_spin.setValue(data.cutoff_day or data.default_cutoff_day)
        finally:
            self._filling = False
        selected = self._selected_choice()
        self.month_model.set_plan(data.plan)
        self.choice_model.set_choices(data.choices, data.plan, data.cutoffs, data.goals)
        if selected is not None:
            row = self.choice_model.row_of(selected.id)
            if row is not None:
                self.choice_table.selectRow(row)
        if self.chart is not None:
            self.chart.set_plan(data.plan)
        if data.plan is not None:
            self.whatif.set_data(data.dossier, data.year, data.today)
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
            self.figures_host,
            self.year_title,
            self.month_table,
            self.legend,
            self.explain_month_button,
            self.chart_title,
            self.chart_host,
            self.explain_year_button,
            self.whatif_title,
            self.whatif,
            self.choices_title,
            self.choices_intro,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.submitted_button,
        ):
            widget.setVisible(has_plan)
        has_choices = bool(data and data.choices)
        self.choice_table.setVisible(has_plan and has_choices)
        self.choices_empty.setVisible(has_plan and not has_choices)
        for widget in (self.year_label, self.year_combo):
            widget.setVisible(data is not None and bool(data.years))
        self._update_buttons()

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
        self.choices_title.setText(self.tr("Your choices"))
        self.choices_intro.setText(
            self.tr(
                "What you do with your budget: an extra pay-out, buying or selling IKB-uren, or a "
                "fiscaal doel. Mark a choice as submitted once you have entered it in the "
                "P-Direktportaal."
            )
        )
        self.choice_table.setAccessibleName(self.tr("Your IKB choices"))
        self.choices_empty.setText(
            self.tr(
                "No choices this year. If you change nothing, your whole budget is paid out in "
                "December."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an IKB choice"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected IKB choice"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected IKB choice"))
        self.cutoff_title.setText(self.tr("Last day in P-Direkt"))
        self.cutoff_label.setText(self.tr("Choices for a month must be in by &day:"))
        self.cutoff_spin.setAccessibleName(self.tr("Last day of the month for IKB choices"))
        self.whatif_title.setText(self.tr("What if?"))
        self.reminder_button.setAccessibleName(self.tr("Mark these choices as submitted"))
        self.month_model.retranslate()
        self.choice_model.retranslate()
        self._show_data_texts()
        self._update_buttons()

    def _show_data_texts(self) -> None:
        data = self.data
        if data is None:
            self.banner.hide()
            self.problems.hide()
            return
        self._show_figures(data)
        self._show_assumptions(data)
        self._show_reminder(data)
        self._show_cutoff(data)
        plan = data.plan
        problems = [v.reason for v in plan.violations] if plan is not None else []
        self.problems.setText(
            "\n".join([self.tr("Your plan breaks a rule of the CAO Rijk:"), *problems])
            if problems
            else ""
        )
        self.problems.setVisible(bool(problems))

    def _show_figures(self, data: IkbPageData) -> None:
        summary = data.summary
        if summary is None:
            return
        year = summary.year
        figures = self.figures
        if summary.when is When.PAST:
            figures["accrued"].show_figure(
                arg(self.tr("Accrued in %1"), year), fmt.money(summary.accrued_to_date)
            )
            figures["spent"].show_figure(
                arg(self.tr("Spent in %1"), year), fmt.money(summary.spent_to_date)
            )
            figures["available"].show_figure(
                self.tr("Available"),
                fmt.money(summary.available),
                self.tr("The year is over; everything is paid out."),
            )
        else:
            sub = arg(self.tr("of %1 in the whole year"), fmt.money(summary.accrued_total))
            if summary.when is When.FUTURE:
                sub = arg(
                    self.tr("%1 has not started yet; %2 in the whole year"),
                    year,
                    fmt.money(summary.accrued_total),
                )
            figures["accrued"].show_figure(
                self.tr("Accrued so far"), fmt.money(summary.accrued_to_date), sub
            )
            figures["spent"].show_figure(self.tr("Spent so far"), fmt.money(summary.spent_to_date))
            figures["available"].show_figure(self.tr("Available now"), fmt.money(summary.available))
        if summary.leaving_date is not None and summary.payout_month is not None:
            figures["payout"].show_figure(
                arg(self.tr("Final pay-out in %1"), fmt.month(summary.payout_month)),
                fmt.money(summary.payout),
                arg(
                    self.tr("You leave on %1; what is left is paid out after that."),
                    fmt.day(summary.leaving_date),
                ),
            )
        else:
            title = (
                self.tr("Paid out in December")
                if summary.when is When.PAST
                else self.tr("Expected pay-out in December")
            )
            figures["payout"].show_figure(
                title,
                fmt.money(summary.payout),
                self.tr("What is left of your budget at the end of the year."),
            )
        figures["bought"].show_figure(
            self.tr("IKB-uren bought"),
            arg(
                self.tr("%1 of %2"),
                fmt.compact(summary.hours_bought),
                whole_hours(summary.hours_buy_max),
            ),
            self.tr("The most you can buy this year."),
        )
        figures["sold"].show_figure(
            self.tr("IKB-uren sold"),
            arg(
                self.tr("%1 of %2"),
                fmt.compact(summary.hours_sold),
                whole_hours(summary.hours_sell_max),
            ),
            self.tr("Sold hours are paid on top of your budget."),
        )

    def _show_assumptions(self, data: IkbPageData) -> None:
        rules = data.assumptions
        if not rules:
            self.assumptions.hide()
            return
        self.assumptions_title.setText(
            self.tr(
                "Assumptions: these rules are not confirmed yet. Check the figures that depend on "
                "them with P-Direkt."
            )
        )
        self.assumptions_list.setText(
            "\n".join(
                arg(
                    self.tr("• %1 Source: %2."),
                    rule.description(self.context.language),
                    rule.source.title,
                )
                for rule in rules
            )
        )
        self.assumptions_list.setToolTip("\n".join(rule.citation() for rule in rules))
        self.assumptions.setAccessibleName(self.assumptions_title.text())
        self.assumptions.setAccessibleDescription(self.assumptions_list.text())
        self.assumptions.show()

    def _show_reminder(self, data: IkbPageData) -> None:
        plan = data.plan
        reminder = data.reminder
        overdue = plan.past_cutoff if plan is not None else ()
        if reminder is not None:
            self.reminder_label.setText(
                arg(
                    self.tr("Submit your choice for %1 in the P-Direktportaal by %2."),
                    fmt.day(reminder.month, fmt="MMMM"),
                    fmt.day(reminder.cutoff, fmt="d MMMM"),
                )
            )
        self.reminder_label.setVisible(reminder is not None)
        self.reminder_choices.setText(
            "\n".join(
                arg(self.tr("• %1"), choice_text(choice, data.goals)) for choice in reminder.choices
            )
            if reminder is not None
            else ""
        )
        self.reminder_choices.setVisible(reminder is not None)
        lines = []
        if overdue:
            lines.append(self.tr("Not marked as submitted, and the last day has passed:"))
            for choice in overdue:
                cutoff = data.cutoffs.get(choice.month.replace(day=1))
                lines.append(
                    arg(
                        self.tr("• %1 (last day %2)"),
                        choice_text(choice, data.goals),
                        fmt.day(cutoff) if cutoff else "",
                    )
                )
            lines.append(
                self.tr(
                    "Check in the P-Direktportaal whether it was processed. Did you submit it in "
                    "time? Then mark it as submitted below."
                )
            )
        self.overdue_label.setText("\n".join(lines))
        self.overdue_label.setVisible(bool(lines))
        self.reminder_button.setText(self.tr("I have submitted it"))
        self.reminder_button.setVisible(reminder is not None)
        self.banner.setVisible(reminder is not None or bool(overdue))

    def _show_cutoff(self, data: IkbPageData) -> None:
        if data.cutoff_day is None:
            self.cutoff_status.setText(
                arg(self.tr("Rijkapp assumes day %1 of each month."), data.default_cutoff_day)
            )
        else:
            self.cutoff_status.setText(
                arg(self.tr("You chose day %1 of each month."), data.cutoff_day)
            )
        self.cutoff_note.setText(
            arg(
                self.tr(
                    "P-Direkt publishes the real last day (“Afsluiting IKB”) for each month, "
                    "usually around the 12th; it can differ per month. Choose the day P-Direkt "
                    "gives. Source of the default: %1 (not confirmed)."
                ),
                data.cutoff_rule.citation(),
            )
        )

    # ---------------------------------------------------------------- selection and buttons
    def _selected_choice(self) -> IkbChoice | None:
        rows = self.choice_table.selectionModel().selectedRows()
        return self.choice_model.choice(rows[0].row()) if rows else None

    def _selected_month(self) -> date | None:
        rows = self.month_table.selectionModel().selectedRows()
        row = self.month_model.month_row(rows[0].row()) if rows else None
        return row.month if row is not None else None

    def _update_buttons(self, *_args: object) -> None:
        choice = self._selected_choice()
        open_ = self.data is not None and self.data.plan is not None
        self.add_button.setEnabled(open_)
        self.edit_button.setEnabled(choice is not None)
        self.delete_button.setEnabled(choice is not None)
        self.submitted_button.setEnabled(choice is not None)
        if choice is not None and choice.submitted:
            self.submitted_button.setText(self.tr("Mark as not submitted"))
            self.submitted_button.setAccessibleName(
                self.tr("Mark the selected choice as not submitted in P-Direkt")
            )
        else:
            self.submitted_button.setText(self.tr("Mark as submitted in P-Direkt"))
            self.submitted_button.setAccessibleName(
                self.tr("Mark the selected choice as submitted in P-Direkt")
            )
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

    # ---------------------------------------------------------------- choices
    def add_choice(self) -> None:
        self._open_choice(None)

    def edit_choice(self, *_args: object) -> None:
        choice = self._selected_choice()
        if choice is not None:
            self._open_choice(choice)

    def _open_choice(self, record: IkbChoice | None) -> None:
        data = self.data
        if data is None or data.plan is None:
            return
        from ui.dialogs.ikb_choice import IkbChoiceDialog

        dialog = IkbChoiceDialog(
            record, data.dossier, data.year, data.today, self, month=self._selected_month()
        )
        dialog.accepted.connect(partial(self._choice_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.choice_dialog = dialog
        dialog.open()

    def _choice_accepted(self, dialog: IkbChoiceDialog) -> None:
        after = dialog.choice()
        if after is None or after == dialog.original:
            return
        if dialog.original is None:
            text, message = self.tr("Add IKB choice"), self.tr("IKB choice added.")
        else:
            text, message = self.tr("Change IKB choice"), self.tr("IKB choice changed.")
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(dialog.original, after), text, message)
        )

    def delete_choice(self, *_args: object) -> None:
        choice = self._selected_choice()
        if choice is None:
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(choice, None),
                self.tr("Delete IKB choice"),
                arg(
                    self.tr("IKB choice for %1 deleted. Undo with Ctrl+Z."), fmt.month(choice.month)
                ),
            )
        )

    def toggle_submitted(self) -> None:
        choice = self._selected_choice()
        if choice is not None:
            self._mark([choice], not choice.submitted)

    def mark_reminder_submitted(self) -> None:
        reminder = self.data.reminder if self.data is not None else None
        if reminder is not None:
            self._mark(list(reminder.choices), True)

    def _mark(self, choices: list[IkbChoice], submitted: bool) -> None:
        text = (
            self.tr("Mark IKB choice as submitted")
            if submitted
            else self.tr("Mark IKB choice as not submitted")
        )
        message = (
            self.tr("Marked as submitted in P-Direkt.")
            if submitted
            else self.tr("Marked as not submitted.")
        )
        stack = self.context.undo_stack
        stack.beginMacro(text)
        for choice in choices:
            stack.push(
                EditCommand(
                    self.context, Edit(choice, replace(choice, submitted=submitted)), text, message
                )
            )
        stack.endMacro()

    # ---------------------------------------------------------------- the cut-off day
    def _cutoff_edited(self, _value: int) -> None:
        if not self._filling:
            self._cutoff_timer.start()

    def save_cutoff_day(self) -> None:
        self._cutoff_timer.stop()
        data = self.data
        day = self.cutoff_spin.value()
        if data is None or day == (data.cutoff_day or data.default_cutoff_day):
            return

        message = arg(self.tr("IKB choices must now be in by day %1 of each month."), day)
        self.context.write(
            lambda store: ikb_service.set_cutoff_day(store, day),
            lambda _changes: self.context.status.emit(message),
        )

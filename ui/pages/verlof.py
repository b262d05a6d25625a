"""Verlof: your leave in hours, per kind, on any date; what expires when; your leave days.

Everything is worked out on the data thread (:func:`rijkapp.views.leave.load_leave`) from the
dossier and the rule book, for the chosen date (the peildatum): a later date is a forecast that
counts planned leave and next year's hours. The page puts its parts together: the balance per kind
of hours with the way each figure was made (``ExplainDialog``) and what expires when
(``ui.widgets.leave_balances``), and three tabs: the leave days (``ui.widgets.leave_list``), the
year planner (``ui.widgets.leave_planner``) and the check against the balance in P-Direkt
(``ui.widgets.leave_reconcile``). Saved changes go through the undo stack, one transaction each.
"""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Bucket
from rijkapp.services.changes import Area, Changes
from rijkapp.views.leave import LeaveData, bucket_title, load_leave
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.explain import ExplainDialog
from ui.dialogs.ics_export import IcsExportDialog, export_ics
from ui.pages.base import MAX_TEXT_WIDTH, PAGE_MARGINS, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError
from ui.widgets.flow import NO_ALIGNMENT, stack_if_narrow
from ui.widgets.labels import plain_text
from ui.widgets.layout_pass import one_layout_pass
from ui.widgets.leave_balances import BalanceCard, ExpiryCard
from ui.widgets.leave_list import LeaveList
from ui.widgets.leave_planner import LeavePlanner
from ui.widgets.leave_reconcile import PDirektCheck
from ui.widgets.notice import badge_style, notice_style
from ui.widgets.page_tabs import PageTabs

# The ledger reads the employment, the schedules and the profile (age, start at the Rijk) besides
# the leave itself; IKB choices that buy or sell hours come back as leave changes.
UNLIMITED = (1 << 24) - 1  # Qt's largest widget size: no maximum

READS = frozenset({Area.LEAVE, Area.PROFILE, Area.EMPLOYMENT, Area.WORK_SCHEDULE})


class VerlofPage(Retranslatable, QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "verlofPage")
        self.data: LeaveData | None = None
        self._generation = 0
        self.explain_dialog: ExplainDialog | None = None
        self.export_dialog: IcsExportDialog | None = None
        content = self.content = QWidget(self)
        content.setObjectName("verlofContent")
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self._build_toolbar(content)
        self.setup_notice = plain_text("leaveSetupNotice", "", content)
        self.setup_notice.hide()
        self.column.addWidget(self.setup_notice)
        self._build_cards(content)
        self._build_tabs(content)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.refresh)
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_toolbar(self, content: QWidget) -> None:
        # the date on the left, the actions on the right; on a narrow window the actions go below
        self.toolbar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.toolbar.setSpacing(10)
        row, action_row = QHBoxLayout(), QHBoxLayout()
        row.setSpacing(10)
        action_row.setSpacing(10)
        self.on_label = QLabel(content)
        self.on_edit = DateField("peildatumEdit", parent=content)
        self.on_edit.set_value(self.context.today())
        self.on_label.setBuddy(self.on_edit)
        self.on_edit.valueChanged.connect(self._reload_timer_start)
        self.today_button = QPushButton(content)
        self.today_button.setObjectName("peildatumTodayButton")
        self.today_button.clicked.connect(self.show_today)
        self.forecast_badge = QLabel(content)
        self.forecast_badge.setObjectName("forecastBadge")
        self.forecast_badge.hide()
        self.add_button = QPushButton(content)
        self.add_button.setObjectName("addLeaveButton")
        make_primary(self.add_button)
        self.export_button = QPushButton(content)
        self.export_button.setObjectName("exportIcsButton")
        self.export_button.clicked.connect(self.export_calendar)
        for widget in (self.on_label, self.on_edit, self.today_button, self.forecast_badge):
            row.addWidget(widget)
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.add_button)
        self.toolbar.addLayout(row)
        self.toolbar.addStretch(1)
        self.toolbar.addLayout(action_row)
        self.column.addLayout(self.toolbar)
        self.on_error = FieldError("peildatumError", self.on_edit, content)
        self.on_edit.valueChanged.connect(self._show_date_problem)
        self.column.addWidget(self.on_error)
        self.on_hint = plain_text("peildatumHint", "hint", content)
        self.column.addWidget(self.on_hint)

    def _build_cards(self, content: QWidget) -> None:
        self.cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked on a narrow window
        self.cards.setSpacing(18)
        self.balances = BalanceCard(content)
        self.balances.explainRequested.connect(self.explain)
        self.expiry = ExpiryCard(content)
        self.cards.addWidget(self.balances, 1)
        self.cards.addWidget(self.expiry, 0)
        self.column.addLayout(self.cards)

    def _build_tabs(self, content: QWidget) -> None:
        self.tabs = PageTabs(content)
        self.tabs.setObjectName("verlofTabs")
        self.tabs.bar.setObjectName("verlofTabBar")
        self.entries = LeaveList(self.context)
        self.add_button.clicked.connect(self.entries.add_entry)
        self.planner_tab = LeavePlanner(self.context)
        self.planner_tab.dayActivated.connect(self.entries.open_day)
        self.planner_tab.yearChanged.connect(self._planner_year_changed)
        self.pdirekt = PDirektCheck(self.context, self.peildatum)
        for tab in (self.entries, self.planner_tab, self.pdirekt):
            self.tabs.addTab(tab, "")
        self.column.addWidget(self.tabs)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The toolbar and the cards in one row where the page has room, else stacked."""
        width = self.frame.scroll.viewport().width() - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        left = Qt.AlignmentFlag.AlignLeft
        stack_if_narrow(self.toolbar, width, left)
        stacked = stack_if_narrow(self.cards, width, NO_ALIGNMENT)
        # under the balances the expiry card is as wide as they are, so the heights add up
        self.expiry.setMaximumWidth(UNLIMITED if stacked else ExpiryCard.BESIDE_WIDTH)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Leave"))
        self.frame.intro.setText(
            self.tr(
                "Your leave in hours, per kind, on the date you choose. Rijkapp counts your work "
                "schedule, part-time work, public holidays and when hours expire. P-Direkt keeps "
                "the official balance."
            )
        )
        self.on_label.setText(self.tr("&Balance on:"))
        self.on_edit.setAccessibleName(self.tr("Balance on date"))
        self._show_date_problem()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Show the balance of today"))
        self.add_button.setText(self.tr("&Add leave…"))
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.export_button.setAccessibleName(self.tr("Export your leave to a calendar file"))
        self.tabs.setTabText(0, self.tr("Leave days"))
        self.tabs.setTabText(1, self.tr("Year planner"))
        self.tabs.setTabText(2, self.tr("Check against P-Direkt"))
        self.tabs.bar.setAccessibleName(self.tr("Parts of the leave page"))
        self.forecast_badge.setText(self.tr("Forecast"))
        self.forecast_badge.setToolTip(
            self.tr(
                "A date after today: the balance counts your planned leave up to that day and the "
                "hours you get on 1 January."
            )
        )
        self.forecast_badge.setStyleSheet(badge_style())
        self._show_peildatum()
        self._fit_rows()  # the words in this language may be wider
        if self.data is not None:
            self._show_setup_notice(self.data)
            for part in self._parts():
                part.retranslate()  # what they show, in the window's language now
        self._set_tab_order()

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            if Area.ALL in changes.areas:
                self.on_edit.set_value(self.context.today())
                self.planner_tab.year = self.context.today().year
            self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()  # the kept figures, messages and holiday names in the new language

    def _show_date_problem(self) -> None:
        self.on_error.show_message(self.on_edit.problem())

    def _reload_timer_start(self) -> None:
        if not self.on_edit.problem():  # text that is no date keeps the balance last shown
            self._reload_timer.start()

    def _planner_year_changed(self, _year: int) -> None:
        if self.data is None:
            self.refresh()  # nothing to work the year out from yet: load it with the rest

    def peildatum(self) -> date:
        return self.on_edit.value() or self.context.today()

    def refresh(self) -> None:
        self._reload_timer.stop()
        if not self.context.is_open:
            return
        on, today, year = self.peildatum(), self.context.today(), self.planner_tab.year
        self._generation += 1
        generation = self._generation
        self.context.query(
            lambda store: load_leave(store, on, today, year),
            partial(self._show, generation),
        )

    def _show(self, generation: int, data: LeaveData) -> None:
        if generation != self._generation:
            return  # an answer to a question that has been asked again since
        first = self.data is None
        # the first figures show every part at once: laid out once (later ones change texts)
        with one_layout_pass(self.content) if first else nullcontext():
            self.data = data
            self._show_peildatum()
            self._show_setup_notice(data)
            self.balances.show_data(data)
            self.expiry.show_data(data)
            self.entries.show_data(data)
            self.planner_tab.show_data(data)
            self.pdirekt.show_data(data)
            self._set_tab_order()
            self._fit_rows()  # the figures may have made a part wider
            # ... and the rows made for them count once they are shown, when the events have run
            QTimer.singleShot(0, self._fit_rows)
        self.loaded.emit()

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: the toolbar left to right, the balance per kind of hours
        (its rows are made anew with each answer), then the tabs."""
        chain: list[QWidget] = [
            self.on_edit,
            self.today_button,
            self.export_button,
            self.add_button,
            *(row.explain for row in self.balances.rows),
            self.tabs.bar,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _parts(self) -> tuple[Retranslatable, ...]:
        return (self.balances, self.expiry, self.entries, self.planner_tab, self.pdirekt)

    def _show_setup_notice(self, data: LeaveData) -> None:
        self.setup_notice.setVisible(not data.dossier.employment)
        self.setup_notice.setStyleSheet(notice_style())
        self.setup_notice.setText(
            self.tr(
                "Fill in your employment and your work schedule on the Profile page first. Then "
                "Rijkapp can count your leave hours."
            )
        )

    def _show_peildatum(self) -> None:
        today = self.context.today()
        on = self.peildatum()
        self.forecast_badge.setVisible(on > today)
        if on > today:
            self.on_hint.setText(
                arg(
                    self.tr(
                        "Forecast for the end of %1: your planned leave up to that day is "
                        "counted, and the hours you get on 1 January."
                    ),
                    fmt.day(on),
                )
            )
        elif on < today:
            self.on_hint.setText(
                arg(self.tr("Your balance at the end of %1, a day in the past."), fmt.day(on))
            )
        else:
            self.on_hint.setText(
                arg(
                    self.tr(
                        "Your balance at the end of today, %1, with the leave of today counted."
                    ),
                    fmt.day(on),
                )
            )
        self.today_button.setEnabled(on != today)

    # ---------------------------------------------------------------- peildatum
    def show_today(self) -> None:
        self.on_edit.set_value(self.context.today())
        self.refresh()

    def set_peildatum(self, on: date) -> None:
        self.on_edit.set_value(on)
        self.refresh()

    # ---------------------------------------------------------------- explain and export
    def explain(self, bucket: Bucket, year: int | None) -> None:
        if self.data is None:
            return
        lines = self.data.ledger.explain(bucket, year)
        title = arg(
            self.tr("%1 on %2"), fmt.text(bucket_title(bucket, year)), fmt.day(self.data.on)
        )
        summary = arg(
            self.tr("Balance at the end of %1: %2"),
            fmt.day(self.data.on),
            fmt.hours(self.data.ledger.balance(bucket, year)),
        )
        dialog = ExplainDialog(title, lines, self, amount_format=fmt.hours, summary=summary)
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()

    def export_calendar(self) -> IcsExportDialog | None:
        self.export_dialog = export_ics(self, self.context)
        return self.export_dialog

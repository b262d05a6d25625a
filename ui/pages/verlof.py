"""Verlof: your leave in hours, per kind, on any date; what expires when; your leave days.

Everything is worked out on the data thread (:func:`load_leave`) from the dossier and the rule
book, for the chosen date (the peildatum): a later date is a forecast that counts planned leave
and next year's hours. The page shows the balance per kind of hours with the way each figure was
made (``ExplainDialog``), what expires when and how much of it still needs planning, a check
against the balance in P-Direkt, the list of leave days and a year planner. Saved changes go
through the undo stack, one transaction each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import YEARLY_BUCKETS, Bucket, LeaveBalance, LeaveEntry, LeaveStatus
from rijkapp.services.calendar import CalendarChoice, export_leave_calendar, years_to_choose
from rijkapp.services.changes import Area, Changes
from rijkapp.services.edits import Edit
from rijkapp.views.leave import (
    BucketBalance,
    Cause,
    CauseKind,
    ExpiryPlan,
    LeaveData,
    Reconciliation,
    bucket_title,
    load_leave,
    reconcile,
)
from rijkapp.views.planner import YearPlan, year_plan
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.explain import ExplainDialog
from ui.dialogs.leave_entry import LeaveEntryDialog, changed_entry
from ui.models.leave import LeaveEntryModel
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame
from ui.text import Retranslatable, arg
from ui.theme import tokens
from ui.undo import EditCommand
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.record_table import record_table
from ui.widgets.year_planner import PlannerLegend, YearPlanner

if TYPE_CHECKING:
    from rijkapp.services.changes import Store

# The ledger reads the employment, the schedules and the profile (age, start at the Rijk) besides
# the leave itself; IKB choices that buy or sell hours come back as leave changes.
READS = frozenset({Area.LEAVE, Area.PROFILE, Area.EMPLOYMENT, Area.WORK_SCHEDULE})


def _translate(text: str) -> str:
    return QCoreApplication.translate("VerlofPage", text)


# ------------------------------------------------------------------------------ small dialogs


class CorrectionDialog(Retranslatable, QDialog):
    """Confirm a correction so Rijkapp's total matches P-Direkt, and choose its kind of hours."""

    def __init__(self, hours: Decimal, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self.hours = hours
        self.on = on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.text = QLabel(self)
        self.text.setObjectName("correctionText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.bucket_label = QLabel(self)
        self.bucket_combo = QComboBox(self)
        self.bucket_combo.setObjectName("correctionBucketCombo")
        self.bucket_label.setBuddy(self.bucket_combo)
        for bucket, year in (
            (Bucket.WETTELIJK, on.year),
            (Bucket.WETTELIJK, on.year - 1),
            (Bucket.IKB_UREN, on.year),
            (Bucket.SPAARVERLOF, None),
            (Bucket.COMPENSATIE, None),
        ):
            self.bucket_combo.addItem(fmt.text(bucket_title(bucket, year)), (bucket, year))
        self.note_label = QLabel(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("correctionNoteEdit")
        self.note_edit.setMaxLength(200)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.bucket_label, self.bucket_combo)
        form.addRow(self.note_label, self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("correctionOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("correctionCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.note_edit.setText(arg(self.tr("Correction: balance in P-Direkt on %1"), fmt.day(on)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a correction"))
        self.text.setText(
            arg(
                self.tr(
                    "Rijkapp adds %1 on %2, so that your total is the same as in P-Direkt. "
                    "Choose the kind of hours the difference belongs to. "
                    "You can undo this with Ctrl+Z."
                ),
                fmt.hours(self.hours),
                fmt.day(self.on),
            )
        )
        self.bucket_label.setText(self.tr("&Kind of hours:"))
        self.bucket_combo.setAccessibleName(self.tr("Kind of hours"))
        self.note_label.setText(self.tr("&Description:"))
        self.note_edit.setAccessibleName(self.tr("Description"))
        self.ok_button.setText(self.tr("Add correction"))
        self.cancel_button.setText(self.tr("Cancel"))

    def balance(self, balance_id: str) -> LeaveBalance:
        name, year = self.bucket_combo.currentData()
        bucket = Bucket(name)  # Qt hands enum members back as plain text
        return LeaveBalance(
            balance_id,
            self.on,
            bucket,
            year if bucket in YEARLY_BUCKETS else None,
            self.hours,
            self.note_edit.text().strip(),
        )


class IcsExportDialog(Retranslatable, QDialog):
    """Which leave goes into the calendar file."""

    def __init__(self, years: list[int], default_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.years = years
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("role", "intro")
        layout.addWidget(self.text)
        form = QFormLayout()
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("icsYearCombo")
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem("", None)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(default_year)))
        self.year_label.setBuddy(self.year_combo)
        form.addRow(self.year_label, self.year_combo)
        layout.addLayout(form)
        self.planned_check = QCheckBox(self)
        self.planned_check.setObjectName("icsPlannedCheck")
        self.taken_check = QCheckBox(self)
        self.taken_check.setObjectName("icsTakenCheck")
        self.holidays_check = QCheckBox(self)
        self.holidays_check.setObjectName("icsHolidaysCheck")
        for check in (self.planned_check, self.taken_check, self.holidays_check):
            check.setChecked(True)
            check.toggled.connect(self._update)
            layout.addWidget(check)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("icsOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("icsCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export leave to a calendar"))
        self.text.setText(
            self.tr(
                "Rijkapp makes an iCalendar file (.ics) with your leave as all-day events. Open it "
                "in Outlook or another calendar. The file stays on this computer."
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.setItemText(self.year_combo.count() - 1, self.tr("All years"))
        self.planned_check.setText(self.tr("&Planned leave"))
        self.taken_check.setText(self.tr("&Taken leave"))
        self.holidays_check.setText(self.tr("Public &holidays of the Rijk"))
        self.ok_button.setText(self.tr("Choose file…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _update(self) -> None:
        self.ok_button.setEnabled(
            any(c.isChecked() for c in (self.planned_check, self.taken_check, self.holidays_check))
        )

    def options(self) -> CalendarChoice:
        return CalendarChoice(
            self.year_combo.currentData(),
            self.planned_check.isChecked(),
            self.taken_check.isChecked(),
            self.holidays_check.isChecked(),
        )


def write_ics(
    context: AppContext,
    path: Path,
    choice: CalendarChoice,
    on_done: Callable[[Path], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Write the calendar file on the data thread."""
    today, now, language = context.today(), context.now(), context.language

    def work(store: Store) -> Path:
        return export_leave_calendar(store, path, choice, today=today, now=now, language=language)

    def done(written: Path) -> None:
        context.status.emit(arg(_translate("Your leave was exported to %1."), str(written)))
        if on_done is not None:
            on_done(written)

    context.query(work, done, on_failure)


def export_ics(parent: QWidget, context: AppContext | None = None) -> IcsExportDialog | None:
    """Verlof exporteren naar agenda (.ics): options, then a file name, then the file.

    ``parent`` is the page or the main window; both know the context. Returns the options
    dialog (shown with ``open()``, so nothing blocks).
    """
    context = context or getattr(parent, "context", None)
    if context is None or not context.is_open:
        return None
    today = context.today()
    dialog = IcsExportDialog(years_to_choose(today), today.year, parent)

    def chosen() -> None:
        choice = dialog.options()
        suggestion = str(Path.home() / choice.file_name)
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            _translate("Export leave to a calendar"),
            suggestion,
            _translate("iCalendar file (*.ics)"),
        )
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            write_ics(context, Path(path), choice)

    dialog.accepted.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


# ------------------------------------------------------------------------------ the page


def _muted(name: str, parent: QWidget, role: str = "muted") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _card(name: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setProperty("role", "tile")
    box = QVBoxLayout(frame)
    box.setContentsMargins(20, 14, 20, 16)
    box.setSpacing(8)
    return frame, box


def _badge_style() -> str:
    colours = tokens()
    return (
        f"background: {colours['BANNER_BG']}; color: {colours['BANNER_TEXT']}; "
        f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 4px; "
        "padding: 1px 6px; font-size: 9pt;"
    )


def _notice_style() -> str:
    colours = tokens()
    return (
        f"QLabel {{ background: {colours['BANNER_BG']}; color: {colours['BANNER_TEXT']}; "
        f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 6px; "
        "padding: 8px 12px; }"
    )


class PageTabs(QWidget):
    """A tab bar over pages that is as tall as the page on show (a QTabWidget is as tall as
    its tallest page, here the year planner, which leaves the other tabs a long empty page)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.bar = QTabBar(self)
        self.bar.setObjectName("verlofTabBar")
        self.bar.setDocumentMode(True)
        self.bar.setDrawBase(True)
        self.bar.setExpanding(False)
        self.bar.currentChanged.connect(self.currentChanged)
        box.addWidget(self.bar)
        self.box = box
        self.pages: list[QWidget] = []

    def addTab(self, page: QWidget, text: str) -> int:
        page.setParent(self)
        self.box.addWidget(page)
        self.pages.append(page)
        index = self.bar.addTab(text)
        self.show_page(self.bar.currentIndex())
        return index

    def show_page(self, current: int) -> None:
        for index, page in enumerate(self.pages):
            page.setVisible(index == current)

    def setTabText(self, index: int, text: str) -> None:
        self.bar.setTabText(index, text)

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def setCurrentIndex(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self.bar.currentIndex()

    def count(self) -> int:
        return len(self.pages)

    def widget(self, index: int) -> QWidget:
        return self.pages[index]


class VerlofPage(Retranslatable, QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "verlofPage")
        self.data: LeaveData | None = None
        self._generation = 0
        self._plan_generation = 0
        self._planner_year = context.today().year
        self.entry_dialog: LeaveEntryDialog | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.correction_dialog: CorrectionDialog | None = None
        self.export_dialog: IcsExportDialog | None = None
        self.bucket_rows: list[dict[str, Any]] = []
        content = QWidget(self)
        content.setObjectName("verlofContent")
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        self.frame.body.addWidget(content)
        self.frame.body.addStretch(1)
        self._build_toolbar(content)
        self.setup_notice = _muted("leaveSetupNotice", content, "")
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
        row = QHBoxLayout()
        row.setSpacing(10)
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
        self.add_button.clicked.connect(self.add_entry)
        self.export_button = QPushButton(content)
        self.export_button.setObjectName("exportIcsButton")
        self.export_button.clicked.connect(self.export_calendar)
        for widget in (self.on_label, self.on_edit, self.today_button, self.forecast_badge):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.add_button)
        self.column.addLayout(row)
        self.on_hint = _muted("peildatumHint", content, "hint")
        self.column.addWidget(self.on_hint)

    def _build_cards(self, content: QWidget) -> None:
        row = QHBoxLayout()
        row.setSpacing(18)
        self.balance_card, box = _card("balanceCard", content)
        self.balance_title = QLabel(self.balance_card)
        self.balance_title.setObjectName("balanceTitle")
        self.balance_title.setProperty("role", "tileTitle")
        box.addWidget(self.balance_title)
        self.balance_grid_host = QWidget(self.balance_card)
        self.balance_grid = QGridLayout(self.balance_grid_host)
        self.balance_grid.setContentsMargins(0, 0, 0, 0)
        self.balance_grid.setHorizontalSpacing(10)
        self.balance_grid.setColumnStretch(0, 1)
        self.balance_grid.setVerticalSpacing(1)
        box.addWidget(self.balance_grid_host)
        self.total_line = QFrame(self.balance_card)
        self.total_line.setFrameShape(QFrame.Shape.HLine)
        self.total_line.setStyleSheet("color: palette(mid);")
        box.addWidget(self.total_line)
        total_row = QHBoxLayout()
        self.total_label = QLabel(self.balance_card)
        self.total_label.setObjectName("totalLabel")
        self.total_value = QLabel(self.balance_card)
        self.total_value.setObjectName("totalValue")
        self.total_value.setProperty("role", "tileValue")
        self.total_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        total_row.addWidget(self.total_label)
        total_row.addStretch(1)
        total_row.addWidget(self.total_value)
        box.addLayout(total_row)
        self.warnings_label = QLabel(self.balance_card)
        self.warnings_label.setObjectName("leaveWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.hide()
        box.addWidget(self.warnings_label)
        box.addStretch(1)
        self._build_expiry_card(content)
        row.addWidget(self.balance_card, 1)
        row.addWidget(self.expiry_card, 0)
        self.column.addLayout(row)

    def _build_expiry_card(self, content: QWidget) -> None:
        self.expiry_card, expiry_box = _card("expiryCard", content)
        self.expiry_title = QLabel(self.expiry_card)
        self.expiry_title.setObjectName("expiryTitle")
        self.expiry_title.setProperty("role", "tileTitle")
        expiry_box.addWidget(self.expiry_title)
        self.expiry_text = QLabel(self.expiry_card)
        self.expiry_text.setObjectName("expiryText")
        self.expiry_text.setWordWrap(True)
        self.expiry_text.setTextFormat(Qt.TextFormat.RichText)
        self.expiry_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        expiry_box.addWidget(self.expiry_text)
        expiry_box.addStretch(1)
        self.expiry_card.setMinimumWidth(240)
        self.expiry_card.setMaximumWidth(310)

    def _build_tabs(self, content: QWidget) -> None:
        self.tabs = PageTabs(content)
        self.tabs.setObjectName("verlofTabs")
        self._build_list_tab()
        self._build_planner_tab()
        self._build_reconcile_tab()
        self.column.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, current: int) -> None:
        self.tabs.show_page(current)

    def _build_list_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("leaveListTab")
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        self.model = LeaveEntryModel(self)
        self.table = self._make_table(tab)
        self.list_empty = _muted("leaveListEmpty", tab)
        self.list_empty.hide()
        box.addWidget(self.table)
        box.addWidget(self.list_empty)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = QPushButton(tab)
        self.new_button.setObjectName("newLeaveButton")
        self.new_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(tab)
        self.edit_button.setObjectName("editLeaveButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tab)
        self.delete_button.setObjectName("deleteLeaveButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.taken_button = QPushButton(tab)
        self.taken_button.setObjectName("markTakenButton")
        self.taken_button.clicked.connect(self.mark_selected_taken)
        for button in (self.new_button, self.edit_button, self.delete_button, self.taken_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        table = self.table
        table.doubleClicked.connect(self.edit_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.tabs.addTab(tab, "")

    def _make_table(self, tab: QWidget) -> QTableView:
        table = record_table("leaveTable", self.model, tab, fit_width=False)
        table.setMaximumHeight(360)
        return table

    def _build_planner_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("plannerTab")
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        switcher = QHBoxLayout()
        switcher.setSpacing(8)
        self.previous_year_button = QPushButton("◀", tab)
        self.previous_year_button.setObjectName("previousYearButton")
        self.previous_year_button.setFixedWidth(40)
        self.previous_year_button.clicked.connect(partial(self.step_year, -1))
        self.year_label = QLabel(tab)
        self.year_label.setObjectName("plannerYearLabel")
        self.year_label.setProperty("role", "sectionTitle")
        self.year_label.setMinimumWidth(60)
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_year_button = QPushButton("▶", tab)
        self.next_year_button.setObjectName("nextYearButton")
        self.next_year_button.setFixedWidth(40)
        self.next_year_button.clicked.connect(partial(self.step_year, 1))
        self.this_year_button = QPushButton(tab)
        self.this_year_button.setObjectName("thisYearButton")
        self.this_year_button.clicked.connect(self.show_this_year)
        self.planner_hint = _muted("plannerHint", tab, "hint")
        for widget in (
            self.previous_year_button,
            self.year_label,
            self.next_year_button,
            self.this_year_button,
        ):
            switcher.addWidget(widget)
        switcher.addSpacing(12)
        switcher.addWidget(self.planner_hint, 1)
        box.addLayout(switcher)
        self.planner = YearPlanner(self.context.today(), tab)
        self.planner.dayActivated.connect(self.open_day)
        self.planner.yearRequested.connect(self.set_planner_year)
        self.planner.cursorChanged.connect(self._cursor_moved)
        box.addWidget(self.planner)
        self.planner_day = _muted("plannerDayLabel", tab)
        box.addWidget(self.planner_day)
        self.legend = PlannerLegend(tab)
        box.addWidget(self.legend)
        box.addStretch(1)
        self.tabs.addTab(tab, "")

    def _build_reconcile_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("reconcileTab")
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        self.reconcile_intro = _muted("reconcileIntro", tab, "intro")
        box.addWidget(self.reconcile_intro)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.pdirekt_label = QLabel(tab)
        self.pdirekt_edit = QLineEdit(tab)
        self.pdirekt_edit.setObjectName("pdirektBalanceEdit")
        self.pdirekt_edit.setMaximumWidth(160)
        self.pdirekt_edit.setClearButtonEnabled(True)
        self.pdirekt_label.setBuddy(self.pdirekt_edit)
        self.pdirekt_edit.textChanged.connect(self.update_reconcile)
        form.addRow(self.pdirekt_label, self.pdirekt_edit)
        box.addLayout(form)
        self.reconcile_result = QLabel(tab)
        self.reconcile_result.setObjectName("reconcileResult")
        self.reconcile_result.setWordWrap(True)
        self.reconcile_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.reconcile_result)
        self.reconcile_causes = QLabel(tab)
        self.reconcile_causes.setObjectName("reconcileCauses")
        self.reconcile_causes.setWordWrap(True)
        self.reconcile_causes.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.reconcile_causes)
        row = QHBoxLayout()
        self.correction_button = QPushButton(tab)
        self.correction_button.setObjectName("addCorrectionButton")
        self.correction_button.clicked.connect(self.add_correction)
        row.addWidget(self.correction_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.tabs.addTab(tab, "")

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
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Show the balance of today"))
        self.add_button.setText(self.tr("&Add leave…"))
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.export_button.setAccessibleName(self.tr("Export your leave to a calendar file"))
        self.balance_title.setText(self.tr("Balance per kind of hours"))
        self.total_label.setText(self.tr("Total"))
        self.expiry_title.setText(self.tr("What expires when"))
        self.tabs.setTabText(0, self.tr("Leave days"))
        self.tabs.setTabText(1, self.tr("Year planner"))
        self.tabs.setTabText(2, self.tr("Check against P-Direkt"))
        self.table.setAccessibleName(self.tr("Leave days"))
        self.list_empty.setText(
            self.tr("No leave yet. Choose Add leave… or click a day in the year planner.")
        )
        self.new_button.setText(self.tr("Add…"))
        self.new_button.setAccessibleName(self.tr("Add leave"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected leave"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected leave"))
        self.taken_button.setText(self.tr("Mark as taken"))
        self.taken_button.setAccessibleName(self.tr("Mark the selected leave as taken"))
        self.previous_year_button.setAccessibleName(self.tr("Previous year"))
        self.previous_year_button.setToolTip(self.tr("Previous year"))
        self.next_year_button.setAccessibleName(self.tr("Next year"))
        self.next_year_button.setToolTip(self.tr("Next year"))
        self.this_year_button.setText(self.tr("This year"))
        self.planner_hint.setText(
            self.tr(
                "Click a day, or press Enter on it, to plan leave from that day or to open "
                "the leave on it. Hover over a public holiday to see its name."
            )
        )
        self.reconcile_intro.setText(
            self.tr(
                "Fill in the balance P-Direkt shows for the same date. Rijkapp compares it "
                "with its own total and says what the difference most likely comes from."
            )
        )
        self.pdirekt_label.setText(self.tr("Balance in &P-Direkt (hours):"))
        self.pdirekt_edit.setAccessibleName(self.tr("Balance in P-Direkt in hours"))
        self.pdirekt_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal("343.5"), 2))
        )
        self.correction_button.setText(self.tr("Add correction…"))
        self.forecast_badge.setText(self.tr("Forecast"))
        self.forecast_badge.setToolTip(
            self.tr(
                "A date after today: the balance counts your planned leave up to that day and the "
                "hours you get on 1 January."
            )
        )
        self.forecast_badge.setStyleSheet(_badge_style())
        self.model.retranslate()
        self._show_all()

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            if Area.ALL in changes.areas:
                self.on_edit.set_value(self.context.today())
                self._planner_year = self.context.today().year
            self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()  # the kept figures, messages and holiday names in the new language

    def _reload_timer_start(self) -> None:
        self._reload_timer.start()

    def peildatum(self) -> date:
        return self.on_edit.value() or self.context.today()

    def refresh(self) -> None:
        self._reload_timer.stop()
        if not self.context.is_open:
            return
        on, today, year = self.peildatum(), self.context.today(), self._planner_year
        self._generation += 1
        generation = self._generation
        self.context.query(
            lambda store: load_leave(store, on, today, year),
            partial(self._show, generation),
        )

    def _show(self, generation: int, data: LeaveData) -> None:
        if generation != self._generation:
            return  # an answer to a question that has been asked again since
        self.data = data
        self.planner.set_today(data.today)
        self._show_all()
        if data.plan.year != self._planner_year:  # the year was switched while this loaded
            self._load_plan(self._planner_year)
        self.loaded.emit()

    def _show_all(self) -> None:
        data = self.data
        self._show_peildatum()
        if data is None:
            return
        no_employment = not data.dossier.employment
        self.setup_notice.setVisible(no_employment)
        self.setup_notice.setStyleSheet(_notice_style())
        self.setup_notice.setText(
            self.tr(
                "Fill in your employment and your work schedule on the Profile page first. Then "
                "Rijkapp can count your leave hours."
            )
        )
        self._show_balances(data)
        self._show_expiry(data)
        self._show_entries(data)
        self._show_planner(data)
        self.update_reconcile()

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

    def _clear_balance_grid(self) -> None:
        while self.balance_grid.count():
            item = self.balance_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.bucket_rows = []

    def _show_balances(self, data: LeaveData) -> None:
        self._clear_balance_grid()
        figures = data.ledger
        host = self.balance_grid_host
        for column, text in ((0, self.tr("Kind of hours")), (2, self.tr("Hours"))):
            label = QLabel(text, host)
            label.setProperty("role", "hint")
            if column == 2:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.balance_grid.addWidget(label, 0, column)
        shown = data.balances
        for index, item in enumerate(shown):
            self._add_bucket_row(1 + 2 * index, item, data)
        if not shown:
            empty = QLabel(self.tr("No leave hours yet on this date."), host)
            empty.setProperty("role", "muted")
            self.balance_grid.addWidget(empty, 1, 0, 1, 5)
        self.total_value.setText(fmt.hours(figures.total))
        self.total_value.setAccessibleName(arg(self.tr("Total: %1"), fmt.hours(figures.total)))
        warnings = [fmt.text(warning) for warning in figures.warnings]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setStyleSheet(_notice_style())
        self.warnings_label.setVisible(bool(warnings))

    def _add_bucket_row(self, row: int, item: BucketBalance, data: LeaveData) -> None:
        """Two grid rows: the kind of hours with when it expires under it; badge, hours, why."""
        bucket, year, hours, expires = item.bucket, item.year, item.hours, item.expires
        host = self.balance_grid_host
        key = f"{bucket.value}_{year or ''}"
        name = fmt.text(bucket_title(bucket, year))
        name_label = QLabel(name, host)
        name_label.setObjectName(f"bucketName_{key}")
        expires_label = QLabel(self._expiry_text(bucket, expires, data), host)
        expires_label.setObjectName(f"bucketExpires_{key}")
        expires_label.setProperty("role", "hint")
        expires_label.setWordWrap(True)
        expires_label.setContentsMargins(0, 0, 0, 7)
        if bucket in (Bucket.IKB_UREN, Bucket.IKB_GEKOCHT):
            expires_label.setToolTip(
                self.tr("IKB-uren do not expire: what is left on 31 December moves to spaarverlof.")
            )
        hours_label = QLabel(fmt.hours(hours), host)
        hours_label.setObjectName(f"bucketHours_{key}")
        hours_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hours_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hours_label.setAccessibleName(arg(self.tr("%1: %2"), name, fmt.hours(hours)))
        if hours < 0:
            hours_label.setProperty("role", "error")
        badge = QLabel(self.tr("not confirmed"), host)
        badge.setObjectName(f"bucketUnconfirmed_{key}")
        badge.setStyleSheet(_badge_style())
        sources = data.unconfirmed.get((bucket, year), ())
        badge.setToolTip(
            arg(
                self.tr(
                    "This rule is not confirmed: %1. Rijkapp uses it as the best assumption; check "
                    "this figure with P-Direkt."
                ),
                "; ".join(sources),
            )
        )
        badge.setAccessibleName(self.tr("This rule is not confirmed."))
        badge.setVisible(bool(sources))
        explain = QPushButton(self.tr("How is this worked out?"), host)
        explain.setObjectName(f"explainButton_{key}")
        explain.setProperty("role", "link")
        explain.setCursor(Qt.CursorShape.PointingHandCursor)
        explain.setAccessibleName(arg(self.tr("How is %1 worked out?"), name))
        explain.clicked.connect(partial(self.explain, bucket, year))
        grid = self.balance_grid
        centre = Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(name_label, row, 0)
        grid.addWidget(expires_label, row + 1, 0)
        grid.addWidget(badge, row, 1, 2, 1, centre)
        grid.addWidget(hours_label, row, 2, 2, 1)
        grid.addWidget(explain, row, 3, 2, 1, centre)
        self.bucket_rows.append(
            {
                "bucket": bucket,
                "year": year,
                "hours": hours_label,
                "badge": badge,
                "explain": explain,
                "expires": expires_label,
            }
        )

    def _expiry_text(self, bucket: Bucket, expires: date | None, data: LeaveData) -> str:
        if expires is not None:
            return arg(self.tr("expires on %1"), fmt.day(expires))
        if bucket in (Bucket.IKB_UREN, Bucket.IKB_GEKOCHT):
            return arg(self.tr("moves to spaarverlof on %1"), fmt.day(date(data.on.year + 1, 1, 1)))
        return self.tr("does not expire")

    def _show_expiry(self, data: LeaveData) -> None:
        from html import escape

        if not data.expiry:
            self.expiry_text.setText(
                escape(
                    self.tr(
                        "None of your hours expire after this date. IKB-uren and spaarverlof "
                        "do not expire."
                    )
                )
            )
            return
        blocks = []
        for plan in data.expiry:
            when = fmt.day(plan.expires)
            head = arg(self.tr("%1 expire on %2"), fmt.hours(plan.left_on_date), when)
            lines = [f"<b>{escape(head)}</b>"]
            if plan.still_to_plan > 0:
                lines.append(escape(self._plan_sentence(plan, data)))
            else:
                lines.append(escape(self.tr("All of it is planned. Good.")))
            if plan.planned > 0 and plan.still_to_plan > 0:
                lines.append(
                    escape(
                        arg(self.tr("You have already planned %1 of it."), fmt.hours(plan.planned))
                    )
                )
            blocks.append("<br>".join(lines))
        self.expiry_text.setText(
            "<p style='margin:0 0 8px 0'>"
            + "</p><p style='margin:0 0 8px 0'>".join(blocks)
            + "</p>"
        )

    def _plan_sentence(self, plan: ExpiryPlan, data: LeaveData) -> str:
        when = fmt.day(plan.expires)
        days = data.days_to_plan(plan)
        if days is None or data.average_day is None:
            return arg(self.tr("Plan another %1 before %2."), fmt.hours(plan.still_to_plan), when)
        return arg(
            self.tr("Plan another %1 before %2, that is about %3 working days of %4 hours."),
            fmt.hours(plan.still_to_plan),
            when,
            fmt.number(days, 1),
            fmt.compact(data.average_day),
        )

    def _show_entries(self, data: LeaveData) -> None:
        selected = self.selected_entry()
        self.model.set_entries(data.dossier.leave, data.entry_hours, data.today)
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.list_empty.setVisible(not has)
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is None:
            row = self.model.next_row()
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _show_planner(self, data: LeaveData) -> None:
        self.planner.set_plan(data.plan)
        self.year_label.setText(str(data.plan.year))
        self.this_year_button.setEnabled(data.plan.year != data.today.year)
        self.planner.retranslate()

    # ---------------------------------------------------------------- peildatum and year
    def show_today(self) -> None:
        self.on_edit.set_value(self.context.today())
        self.refresh()

    def set_peildatum(self, on: date) -> None:
        self.on_edit.set_value(on)
        self.refresh()

    def set_planner_year(self, year: int) -> None:
        if year == self._planner_year and self.data is not None and self.data.plan.year == year:
            return
        self._planner_year = year
        if self.data is None:
            self.refresh()
            return
        self._load_plan(year)

    def _load_plan(self, year: int) -> None:
        data = self.data
        if data is None:
            return
        dossier, book = data.dossier, data.book
        self._plan_generation += 1
        generation = self._plan_generation

        def done(plan: YearPlan) -> None:
            if generation != self._plan_generation or self.data is None:
                return
            self.data = replace(self.data, plan=plan)
            self._show_planner(self.data)

        # Pure work on a snapshot: no store needed, but off the GUI thread all the same.
        self.context.operations.run(lambda: year_plan(dossier, year, book), done)

    def step_year(self, step: int) -> None:
        self.set_planner_year(self._planner_year + step)

    def show_this_year(self) -> None:
        self.set_planner_year(self.context.today().year)

    def _cursor_moved(self, day: date) -> None:
        self.planner_day.setText(
            self.planner.describe(day) if day.year == self.planner.year else ""
        )

    # ---------------------------------------------------------------- explain
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

    # ---------------------------------------------------------------- entries
    def selected_entry(self) -> LeaveEntry | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.entry(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected_entry()
        ready = self.data is not None
        self.add_button.setEnabled(ready)
        self.new_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and entry is not None)
        self.delete_button.setEnabled(ready and entry is not None)
        self.taken_button.setEnabled(
            ready and entry is not None and entry.status is LeaveStatus.PLANNED
        )

    def add_entry(self, *_args: object, start: date | None = None) -> LeaveEntryDialog | None:
        return self._open_entry(None, start)

    def edit_selected(self, *_args: object) -> LeaveEntryDialog | None:
        entry = self.selected_entry()
        return self._open_entry(entry, None) if entry is not None else None

    def open_day(self, day: date) -> LeaveEntryDialog | None:
        """A click in the planner: the leave on that day, or new leave from that day."""
        if self.data is None:
            return None
        entry_id = self.planner.info(day).entry_id
        for entry in self.data.dossier.leave:
            if entry.id == entry_id:
                return self._open_entry(entry, None)
        return self._open_entry(None, day)

    def _open_entry(self, entry: LeaveEntry | None, start: date | None) -> LeaveEntryDialog | None:
        data = self.data
        if data is None:
            return None
        if self.entry_dialog is not None and self.entry_dialog.isVisible():
            return self.entry_dialog
        dialog = LeaveEntryDialog(
            entry,
            data.dossier,
            data.book,
            self.context.today(),
            self,
            start=start,
            run=self.context.operations.run,  # the live preview, when it is slow
        )
        dialog.accepted.connect(partial(self._entry_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _entry_accepted(self, dialog: LeaveEntryDialog) -> None:
        after = changed_entry(dialog)
        if after is None:
            return
        when = self._period(after)
        if dialog.original is None:
            text = self.tr("Add leave")
            message = arg(self.tr("Leave %1 added."), when)
        else:
            text = self.tr("Change leave")
            message = arg(self.tr("Leave %1 changed."), when)
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(dialog.original, after),
                text=text,
                done_message=message,
            )
        )

    def _period(self, entry: LeaveEntry) -> str:
        if entry.start == entry.end:
            return fmt.day(entry.start)
        return arg(self.tr("%1 to %2"), fmt.day(entry.start), fmt.day(entry.end))

    def delete_selected(self, *_args: object) -> QMessageBox | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete leave"),
            arg(
                self.tr(
                    "Delete the leave of %1? The hours go back to your balance. You can undo this "
                    "with Ctrl+Z."
                ),
                self._period(entry),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteLeaveMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(partial(self._delete_answered, box, entry))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, entry: LeaveEntry, _result: int) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(entry, None),
                text=self.tr("Delete leave"),
                done_message=arg(
                    self.tr("Leave %1 deleted. Undo with Ctrl+Z."), self._period(entry)
                ),
            )
        )

    def mark_selected_taken(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.status is LeaveStatus.TAKEN:
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(entry, replace(entry, status=LeaveStatus.TAKEN)),
                text=self.tr("Mark leave as taken"),
                done_message=arg(self.tr("Leave %1 marked as taken."), self._period(entry)),
            )
        )

    # ---------------------------------------------------------------- reconcile
    def reconciliation(self) -> Reconciliation | None:
        data = self.data
        text = self.pdirekt_edit.text().strip()
        if data is None or not text:
            return None
        value = fmt.parse_number(text)
        if value is None:
            return None
        return reconcile(value, data.ledger.total, data.facts)

    def update_reconcile(self, *_args: object) -> None:
        from html import escape

        data = self.data
        text = self.pdirekt_edit.text().strip()
        result = self.reconciliation()
        self.correction_button.setEnabled(result is not None and result.difference != 0)
        self.reconcile_result.setProperty("role", "")
        if data is None or not text:
            self.reconcile_result.setText(
                arg(
                    self.tr("Rijkapp's total on %1: %2."),
                    fmt.day(self.peildatum()),
                    fmt.hours(data.ledger.total) if data else "–",
                )
            )
            self.reconcile_causes.setText("")
            self._repolish(self.reconcile_result)
            return
        if result is None:
            self.reconcile_result.setProperty("role", "error")
            self.reconcile_result.setText(
                arg(
                    self.tr("Fill in a number of hours, for example %1."),
                    fmt.number(Decimal("343.5"), 2),
                )
            )
            self.reconcile_causes.setText("")
            self._repolish(self.reconcile_result)
            return
        self._repolish(self.reconcile_result)
        difference = result.difference
        totals = arg(
            self.tr("Rijkapp: %1. P-Direkt: %2."),
            fmt.hours(result.rijkapp),
            fmt.hours(result.pdirekt),
        )
        if difference == 0:
            self.reconcile_result.setText(totals + " " + self.tr("They agree."))
            self.reconcile_causes.setText("")
            return
        if difference > 0:
            verdict = arg(self.tr("P-Direkt shows %1 more than Rijkapp."), fmt.hours(difference))
        else:
            verdict = arg(self.tr("P-Direkt shows %1 less than Rijkapp."), fmt.hours(-difference))
        self.reconcile_result.setText(totals + " " + verdict)
        likely = [c for c in result.causes if c.likely]
        others = [c for c in result.causes if not c.likely]
        parts: list[str] = []
        if likely:
            parts.append(f"<b>{escape(self.tr('Most likely:'))}</b>")
            parts.append(
                "<ul style='margin-top:2px'>"
                + "".join(f"<li>{escape(self.cause_text(c, data))}</li>" for c in likely)
                + "</ul>"
            )
        if others:
            heading = self.tr("Other possible causes:") if likely else self.tr("Possible causes:")
            parts.append(f"<b>{escape(heading)}</b>")
            parts.append(
                "<ul style='margin-top:2px'>"
                + "".join(f"<li>{escape(self.cause_text(c, data))}</li>" for c in others)
                + "</ul>"
            )
        if not result.causes:
            parts.append(
                escape(
                    self.tr(
                        "Rijkapp cannot explain this difference from your data. Compare your leave "
                        "days and your opening balance with P-Direkt. If P-Direkt is right, add a "
                        "correction."
                    )
                )
            )
        self.reconcile_causes.setText("".join(parts))

    def cause_text(self, cause: Cause, data: LeaveData) -> str:
        hours = fmt.hours(cause.hours) if cause.hours is not None else ""
        if cause.kind is CauseKind.PLANNED:
            return arg(
                self.tr(
                    "Planned leave not registered in P-Direkt yet: %1 of leave up to %2 is still "
                    "planned in Rijkapp. P-Direkt only counts leave you have requested there."
                ),
                hours,
                fmt.day(data.on),
            )
        if cause.kind is CauseKind.EXPIRED:
            return arg(
                self.tr(
                    "Hours that expired: %1 of statutory hours expired on %2. P-Direkt may not "
                    "show that yet."
                ),
                hours,
                fmt.day(cause.on or data.on),
            )
        if cause.kind is CauseKind.BOUGHT:
            return arg(
                self.tr(
                    "Bought hours not credited yet: you bought %1 of IKB-uren for %2. "
                    "Rijkapp counts them from the first day of that month; "
                    "P-Direkt adds them later."
                ),
                hours,
                fmt.month(cause.on or data.on),
            )
        if cause.kind is CauseKind.OPENING:
            return self.tr(
                "No opening balance: Rijkapp has no balance from P-Direkt to start from, so "
                "hours from before you started with Rijkapp are missing."
            )
        return self.tr("Rounding: P-Direkt and Rijkapp round hours a little differently.")

    def add_correction(self) -> CorrectionDialog | None:
        result = self.reconciliation()
        if result is None or result.difference == 0 or self.data is None:
            return None
        dialog = CorrectionDialog(result.difference, self.data.on, self)
        dialog.accepted.connect(partial(self._correction_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _correction_accepted(self, dialog: CorrectionDialog) -> None:
        from rijkapp.services.profile import new_id

        balance = dialog.balance(new_id("b"))
        self.pdirekt_edit.clear()
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(None, balance),
                text=self.tr("Add correction"),
                done_message=arg(self.tr("Correction of %1 added."), fmt.hours(balance.hours)),
            )
        )

    # ---------------------------------------------------------------- export
    def export_calendar(self) -> IcsExportDialog | None:
        self.export_dialog = export_ics(self, self.context)
        return self.export_dialog

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

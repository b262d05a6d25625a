"""Add or change one leave entry, with what it costs worked out as you type.

The dialog gets a snapshot of the dossier and the rule book; the cost, the day-by-day list, the
split over the kinds of hours and what stops Save (beyond the borrowing limit, a last day before
the first) come from :func:`rijkapp.services.leave.check_entry`, which is pure and takes a few
milliseconds, so it runs on every change. The dialog saves nothing itself: the page writes the
entry in one transaction after Save.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Bucket, Dossier, LeaveEntry, LeaveStatus
from rijkapp.domain.values import hours as to_hours
from rijkapp.rules.book import RuleBook
from rijkapp.services.leave import EntryCheck, EntryPreview, LeaveDay, check_entry, half_day
from rijkapp.services.profile import new_id
from rijkapp.views.leave import bucket_title
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError
from ui.widgets.leave_days import LeaveDaysTable
from ui.widgets.notice import notice_style

BUCKET_CHOICES: tuple[Bucket | None, ...] = (
    None,
    Bucket.WETTELIJK,
    Bucket.IKB_UREN,
    Bucket.IKB_GEKOCHT,
    Bucket.SPAARVERLOF,
    Bucket.COMPENSATIE,
)


SLOW_MS = 30  # above this the live preview moves to the data thread
# What the data thread answers: the check, with the number of the question it answers.
Answer = tuple[int, EntryCheck]


class LeaveEntryDialog(Retranslatable, GrowsWithMessages):
    """``entry`` None adds a new entry (from ``start``, or today); otherwise it is changed."""

    def __init__(
        self,
        entry: LeaveEntry | None,
        dossier: Dossier,
        book: RuleBook,
        today: date,
        parent: QWidget | None = None,
        *,
        start: date | None = None,
        run: Callable[[Callable[[], Answer], Callable[[Answer], None]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveEntryDialog")
        self.setModal(True)
        self.setMinimumWidth(620)
        self.original = entry
        self.dossier = dossier
        self.book = book
        self.today = today
        self._id = entry.id if entry else new_id("l")
        self._status_touched = entry is not None
        self.preview: EntryPreview | None = None
        self.days: list[LeaveDay] = []
        self.run = run  # runs work on the data thread: run(work, on_result)
        self._slow = False
        self._asked = 0
        self._pending: LeaveEntry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._ask_data_thread)
        self.errors = ErrorMap()
        self.errors.show_all = True  # every message is about a real choice, not an empty field

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("leaveEntryIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "intro")
        layout.addWidget(self.intro)
        self._build_form(layout)
        self._build_preview(layout)
        self._build_buttons(layout)
        self._fill(entry, start or today)
        self._connect()
        chain = [
            self.start_edit,
            self.end_edit,
            self.whole_days_radio,
            self.by_hand_radio,
            self.hours_edit,
            self.half_day_button,
            self.bucket_combo,
            self.status_combo,
            self.note_edit,
            self.days_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_form(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(14)
        layout.addLayout(form)
        self._make_fields()
        mode_box = QVBoxLayout()
        mode_box.setSpacing(4)
        mode_box.addWidget(self.whole_days_radio)
        hand_row = QHBoxLayout()
        hand_row.setSpacing(8)
        hand_row.addWidget(self.by_hand_radio)
        hand_row.addWidget(self.hours_edit)
        hand_row.addWidget(self.half_day_button)
        hand_row.addStretch(1)
        mode_box.addLayout(hand_row)

        self.labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, QWidget | QVBoxLayout, QWidget], ...] = (
            ("start", self.start_edit, self.start_edit),
            ("end", self.end_edit, self.end_edit),
            ("hours", mode_box, self.hours_edit),
            ("bucket", self.bucket_combo, self.bucket_combo),
            ("status", self.status_combo, self.status_combo),
            ("note", self.note_edit, self.note_edit),
        )
        for key, field, buddy in rows:
            label = QLabel(self)
            label.setBuddy(buddy if key != "hours" else self.whole_days_radio)
            self.labels[key] = label
            form.addRow(label, field)
            if key in ("start", "end", "hours"):
                error = FieldError(f"leave{key.capitalize()}Error", buddy, self)
                self.errors.add(key, error)
                form.addRow(error)
        self.bucket_hint = QLabel(self)
        self.bucket_hint.setObjectName("bucketHint")
        self.bucket_hint.setProperty("role", "hint")
        self.bucket_hint.setWordWrap(True)
        form.insertRow(form.rowCount() - 2, "", self.bucket_hint)

    def _make_fields(self) -> None:
        self.start_edit = DateField("leaveStartEdit", parent=self)
        self.end_edit = DateField("leaveEndEdit", parent=self)
        self.whole_days_radio = QRadioButton(self)
        self.whole_days_radio.setObjectName("wholeDaysRadio")
        self.by_hand_radio = QRadioButton(self)
        self.by_hand_radio.setObjectName("byHandRadio")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.whole_days_radio)
        self.mode_group.addButton(self.by_hand_radio)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setObjectName("leaveHoursEdit")
        self.hours_edit.setMaximumWidth(120)
        self.half_day_button = QPushButton(self)
        self.half_day_button.setObjectName("halfDayButton")
        self.bucket_combo = QComboBox(self)
        self.bucket_combo.setObjectName("bucketCombo")
        for bucket in BUCKET_CHOICES:
            self.bucket_combo.addItem("", bucket)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.addItem("", LeaveStatus.PLANNED)
        self.status_combo.addItem("", LeaveStatus.TAKEN)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("leaveNoteEdit")
        self.note_edit.setMaxLength(200)
        self.note_edit.setClearButtonEnabled(True)

    def _build_preview(self, layout: QVBoxLayout) -> None:
        self.preview_frame = QFrame(self)
        self.preview_frame.setObjectName("leavePreview")
        self.preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_frame.setStyleSheet(
            "QFrame#leavePreview { background: palette(alternate-base); "
            "border: 1px solid palette(mid); border-radius: 6px; }"
            "QFrame#leavePreview QLabel { background: transparent; }"
        )
        box = QVBoxLayout(self.preview_frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        self.cost_label = QLabel(self.preview_frame)
        self.cost_label.setObjectName("leaveCostLabel")
        font = self.cost_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.cost_label.setFont(font)
        self.cost_label.setWordWrap(True)
        self.split_label = QLabel(self.preview_frame)
        self.split_label.setObjectName("leaveSplitLabel")
        self.split_label.setWordWrap(True)
        self.borrow_label = QLabel(self.preview_frame)
        self.borrow_label.setObjectName("leaveBorrowLabel")
        self.borrow_label.setWordWrap(True)
        self.warnings_label = QLabel(self.preview_frame)
        self.warnings_label.setObjectName("leaveWarningsLabel")
        self.warnings_label.setProperty("role", "muted")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.days_button = QPushButton(self.preview_frame)
        self.days_button.setObjectName("showDaysButton")
        self.days_button.setCheckable(True)
        self.days_button.setProperty("role", "link")
        self.days_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.days_table = LeaveDaysTable(self.preview_frame)
        for widget in (self.cost_label, self.split_label, self.borrow_label, self.warnings_label):
            box.addWidget(widget)
        box.addWidget(self.days_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.days_table)
        layout.addWidget(self.preview_frame)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("leaveOkButton")
        self.ok_button.setDefault(True)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("leaveCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, entry: LeaveEntry | None, first: date) -> None:
        if entry is None:
            self.start_edit.set_value(first)
            self.end_edit.set_value(first)
            self.whole_days_radio.setChecked(True)
            self.status_combo.setCurrentIndex(self._status_index(self._default_status(first)))
            return
        self.start_edit.set_value(entry.start)
        self.end_edit.set_value(entry.end)
        if entry.hours is None:
            self.whole_days_radio.setChecked(True)
        else:
            self.by_hand_radio.setChecked(True)
            self.hours_edit.setText(fmt.number(entry.hours, 2))
        self.bucket_combo.setCurrentIndex(max(0, self.bucket_combo.findData(entry.bucket)))
        self.status_combo.setCurrentIndex(self._status_index(entry.status))
        self.note_edit.setText(entry.note)

    def _status_index(self, status: LeaveStatus) -> int:
        return 1 if status is LeaveStatus.TAKEN else 0

    def _default_status(self, last: date) -> LeaveStatus:
        return LeaveStatus.TAKEN if last < self.today else LeaveStatus.PLANNED

    def _connect(self) -> None:
        self.start_edit.valueChanged.connect(self._start_changed)
        self.end_edit.valueChanged.connect(self._changed)
        self.whole_days_radio.toggled.connect(self._changed)
        self.hours_edit.textChanged.connect(self._changed)
        self.bucket_combo.currentIndexChanged.connect(self._changed)
        self.status_combo.activated.connect(self._status_chosen)
        self.note_edit.textChanged.connect(self._changed)
        self.half_day_button.clicked.connect(self.fill_half_day)
        self.days_button.toggled.connect(self._toggle_days)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add leave") if self.original is None else self.tr("Change leave")
        )
        self.intro.setText(
            self.tr(
                "Choose your first and last day off. Rijkapp counts the hours from your work "
                "schedule: weekends, your days off and public holidays cost nothing."
            )
        )
        texts = {
            "start": self.tr("&First day:"),
            "end": self.tr("&Last day:"),
            "hours": self.tr("Hours:"),
            "bucket": self.tr("&Kind of hours:"),
            "status": self.tr("S&tatus:"),
            "note": self.tr("&Description:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.whole_days_radio.setText(self.tr("&Whole days, as in my work schedule"))
        self.by_hand_radio.setText(self.tr("&Enter the hours myself:"))
        self.hours_edit.setAccessibleName(self.tr("Hours entered by hand"))
        self.hours_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal("3.6"), 2))
        )
        self.half_day_button.setText(self.tr("&Half a day"))
        self.half_day_button.setToolTip(
            self.tr("Fill in half of the hours you are scheduled to work on the first day.")
        )
        self.bucket_combo.setAccessibleName(self.tr("Kind of hours"))
        for index, bucket in enumerate(BUCKET_CHOICES):
            self.bucket_combo.setItemText(
                index,
                self.tr("Automatic: what expires first goes first")
                if bucket is None
                else fmt.text(bucket_title(bucket)),
            )
        self.bucket_hint.setText(
            self.tr(
                "A kind you choose is used first; when it runs out, the rest comes from the "
                "other hours."
            )
        )
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setItemText(0, self.tr("Planned"))
        self.status_combo.setItemText(1, self.tr("Taken"))
        self.note_edit.setAccessibleName(self.tr("Description"))
        self.note_edit.setPlaceholderText(self.tr("for example summer holiday"))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_days_button()
        self.validate()

    # ---------------------------------------------------------------- reading the form
    def _start_changed(self) -> None:
        start, end = self.start_edit.value(), self.end_edit.value()
        if start is not None and end is not None and end < start:
            self.end_edit.blockSignals(True)
            self.end_edit.set_value(start)
            self.end_edit.blockSignals(False)
        self._changed()

    def _status_chosen(self, _index: int) -> None:
        self._status_touched = True
        self._changed()

    def _changed(self, *_args: object) -> None:
        if not self._status_touched:
            last = self.end_edit.value()
            if last is not None:
                self.status_combo.setCurrentIndex(self._status_index(self._default_status(last)))
        self.validate()

    def _hours(self) -> tuple[Decimal | None, str]:
        """The hours typed by hand (None: whole days), or a message that names the field."""
        if not self.by_hand_radio.isChecked():
            return None, ""
        text = self.hours_edit.text().strip()
        label = self.tr("Hours")
        if not text:
            return None, arg(
                self.tr("%1: fill in the hours, for example %2."),
                label,
                fmt.number(Decimal("3.6"), 2),
            )
        value = fmt.parse_number(text)
        if value is None:
            return None, arg(
                self.tr("%1: fill in a number of hours, for example %2."),
                label,
                fmt.number(Decimal("3.6"), 2),
            )
        return value, ""

    def entry(self) -> LeaveEntry | None:
        """The entry as filled in, or None while a date or the hours cannot be read."""
        entry, problem = self._read()
        return entry if not problem and not self._date_problems() else None

    def _date_problems(self) -> dict[str, str]:
        """What is wrong with the typed first and last day, per field."""
        fields = (("start", self.start_edit), ("end", self.end_edit))
        return {key: field.problem() for key, field in fields if field.problem()}

    def _read(self) -> tuple[LeaveEntry, str]:
        value, problem = self._hours()
        start = self.start_edit.value() or self.today
        end = self.end_edit.value() or start
        hours = value
        if value is not None:
            exponent = value.as_tuple().exponent
            if not (isinstance(exponent, int) and exponent < -2):
                hours = to_hours(value)
        bucket = self.bucket_combo.currentData()  # Qt hands enum members back as plain text
        status = self.status_combo.currentData()
        entry = LeaveEntry(
            id=self._id,
            start=start,
            end=end,
            hours=hours,
            bucket=Bucket(bucket) if bucket else None,
            status=LeaveStatus(status) if status else LeaveStatus.PLANNED,
            note=self.note_edit.text().strip(),
        )
        return entry, problem

    def fill_half_day(self) -> None:
        """Half of the scheduled hours of the first day, in the hours field."""
        start = self.start_edit.value()
        if start is None:
            return
        hours = half_day(self.dossier, start, self.book)
        self.end_edit.set_value(start)
        self.by_hand_radio.setChecked(True)
        self.hours_edit.setText(fmt.number(hours, 2))

    # ---------------------------------------------------------------- checking and preview
    def validate(self) -> bool:
        """Check the form and show what the leave costs; True when it may be saved.

        The work is done here when it is quick. When it took longer than ``SLOW_MS`` (a long
        history, a year of leave) and the page gave a ``run`` for the data thread, it goes
        there, a moment after the last change; Save waits for the answer.
        """
        entry, problem = self._read()
        self.hours_edit.setEnabled(self.by_hand_radio.isChecked())
        self.half_day_button.setEnabled(self.start_edit.value() is not None)
        self._asked += 1
        unreadable = self._date_problems()
        if problem:  # the hours cannot be read: say so (the message names the field)
            unreadable["hours"] = problem
        if unreadable:
            return self._apply(self._asked, EntryCheck(entry), unreadable)
        if self._slow and self.run is not None:
            self.ok_button.setEnabled(False)
            self.cost_label.setText(self.tr("Working out what this leave costs…"))
            self._pending = entry
            self._timer.start()
            return False
        started = time.perf_counter()
        check = check_entry(entry, self.dossier, self.book)
        self._slow = (time.perf_counter() - started) * 1000 > SLOW_MS
        return self._apply(self._asked, check)

    def _ask_data_thread(self) -> None:
        entry, asked = self._pending, self._asked
        if entry is None or self.run is None:
            return
        dossier, book = self.dossier, self.book
        # A bound method as the callback: it is skipped when the dialog is gone meanwhile.
        self.run(lambda: (asked, check_entry(entry, dossier, book)), self._worked_out)

    def _worked_out(self, answer: Answer) -> None:
        asked, check = answer
        self._apply(asked, check)

    def _apply(self, asked: int, check: EntryCheck, labelled: dict[str, str] | None = None) -> bool:
        if asked != self._asked:
            return False  # the form changed since this was asked
        self._pending = None
        messages: dict[str, str] = dict(labelled or {})
        for error in check.errors:
            key = error.field if error.field in self.labels else "start"
            label = self.labels[key].text().replace("&", "").rstrip(":").strip()
            reason = error.render_reason(fmt.language())
            messages.setdefault(key, arg(self.tr("%1: %2"), label, reason))
        ok = self.errors.update(messages)
        self.ok_button.setEnabled(ok)
        self._show_preview(check)
        self._fit_height()
        return ok

    def _show_preview(self, check: EntryCheck) -> None:
        self.preview = check.preview
        self.days = list(check.days)
        preview = check.preview
        if preview is None:
            self.cost_label.setText(
                self.tr("Rijkapp shows the cost as soon as the days and hours are right.")
            )
            for label in (self.split_label, self.borrow_label, self.warnings_label):
                label.hide()
                label.setText("")
            self._fill_days()
            return
        if len(self.days) == 1:
            self.cost_label.setText(arg(self.tr("This leave costs %1."), fmt.hours(preview.hours)))
        else:
            self.cost_label.setText(
                arg(
                    self.tr("This leave costs %1: %2 of the %3 days cost leave hours."),
                    fmt.hours(preview.hours),
                    check.working_days,
                    len(self.days),
                )
            )
        self.split_label.setText(self._split_text(check))
        self.split_label.setVisible(bool(self.split_label.text()))
        self.borrow_label.setText(self._borrow_text(check, preview))
        self.borrow_label.setVisible(bool(self.borrow_label.text()))
        self.borrow_label.setStyleSheet(notice_style(radius=4, padding="6px 10px"))
        self.warnings_label.setText("\n".join(fmt.text(w) for w in check.warnings))
        self.warnings_label.setVisible(bool(check.warnings))
        self._fill_days()

    def _split_text(self, check: EntryCheck) -> str:
        """Which kinds of hours the leave uses (borrowing is said separately)."""
        parts = [
            f"\N{BULLET} {fmt.text(bucket_title(item.bucket, item.year))}: {fmt.hours(item.hours)}"
            for item in check.taken_from
        ]
        if not parts:
            return ""
        if check.order_unconfirmed:
            heading = self.tr("Taken from (the order is an assumption, not confirmed):")
        else:
            heading = self.tr("Taken from:")
        return "\n".join([heading, *parts])

    def _borrow_text(self, check: EntryCheck, preview: EntryPreview) -> str:
        year = check.borrowed_from
        if year is None:
            return ""
        lines = []
        if preview.borrows > 0:
            lines.append(
                arg(
                    self.tr(
                        "You borrow %1 from your statutory hours of %2: in %2 "
                        "you will have that much less."
                    ),
                    fmt.hours(preview.borrows),
                    year,
                )
            )
        if preview.beyond_limit > 0:
            lines.append(
                self.tr("That is more than you may borrow: plan fewer hours, or choose other days.")
            )
        return "\n".join(lines)

    def _fill_days(self) -> None:
        self.days_table.show_days(tuple(self.days))
        self._update_days_button()

    def _update_days_button(self) -> None:
        shown = self.days_button.isChecked()
        self.days_button.setText(
            self.tr("Hide the days") if shown else arg(self.tr("Show per day (%1)"), len(self.days))
        )
        self.days_button.setAccessibleName(self.days_button.text())
        self.days_button.setEnabled(bool(self.days))

    def _toggle_days(self, shown: bool) -> None:
        self.days_table.setVisible(shown)
        self._update_days_button()
        self._fit_height()

    def accept(self) -> None:
        """Enter or Save: only when everything is right (worked out now if still pending)."""
        slow, self._slow = self._slow, False
        try:
            ok = self.validate()
        finally:
            self._slow = slow
        if ok:
            self._timer.stop()
            super().accept()


def changed_entry(dialog: LeaveEntryDialog) -> LeaveEntry | None:
    """What to save after the dialog was accepted: None when nothing changed."""
    entry = dialog.entry()
    if entry is None or entry == dialog.original:
        return None
    return entry


__all__ = ["BUCKET_CHOICES", "LeaveEntryDialog", "changed_entry"]

"""Add or change a work schedule: hours per weekday from a date on, with the weekly total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QVBoxLayout

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import WEEKDAYS, WorkSchedule
from rijkapp.domain.values import hours as to_hours
from rijkapp.services.profile import validate_schedule
from ui import formatting as fmt
from ui.dialogs.dated import DatedRecordDialog
from ui.text import arg
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError

# A new schedule without an earlier one to start from: full time, 5 × 7,2 hours.
FULL_TIME_WEEK = (Decimal("7.2"),) * 5 + (Decimal(0),) * 2


class ScheduleDialog(DatedRecordDialog[WorkSchedule]):
    """Hours on each day of the week from a date on; the total shows as you type."""

    KIND = "schedule"
    ID_PREFIX = "w"
    WIDTH = 560
    ALSO_TOUCHES = ("hours",)  # "at least one working day" may follow from any day's hours

    def _build_fields(self, layout: QVBoxLayout) -> None:
        self._build_date(layout)
        self._build_days(layout)

    def _build_date(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.valid_from = DateField("scheduleValidFromEdit", parent=self)
        self.valid_from_label = QLabel(self)
        self.valid_from_label.setBuddy(self.valid_from)
        from_box = QVBoxLayout()
        from_box.addWidget(self.valid_from)
        self.valid_from_error = self.errors.add(
            "valid_from", FieldError("scheduleValidFromError", self.valid_from, self)
        )
        from_box.addWidget(self.valid_from_error)
        form.addRow(self.valid_from_label, from_box)
        layout.addLayout(form)

    def _build_days(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.day_labels: list[QLabel] = []
        self.day_edits: list[QLineEdit] = []
        self.day_errors: list[FieldError] = []
        for column, day in enumerate(WEEKDAYS):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit = QLineEdit(self)
            edit.setObjectName(f"{day}HoursEdit")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(72)
            label.setBuddy(edit)
            error = FieldError(f"{day}HoursError", edit, self)
            self.errors.add(f"hours.{day}", error)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            self.day_labels.append(label)
            self.day_edits.append(edit)
            self.day_errors.append(error)
        layout.addLayout(grid)
        # Messages about one day sit under the grid, so the grid keeps its shape.
        for error in self.day_errors:
            layout.addWidget(error)
        self.hours_error = self.errors.add(
            "hours", FieldError("scheduleHoursError", self.day_edits[0], self)
        )
        layout.addWidget(self.hours_error)
        self.total = QLabel(self)
        self.total.setObjectName("scheduleTotal")
        self.total.setProperty("role", "sectionTitle")
        layout.addWidget(self.total)

    def _fill(self, record: WorkSchedule | None) -> None:
        if record is not None:
            hours: tuple[Decimal, ...] = record.hours
        else:
            # A new schedule starts from the latest one (or a full-time week).
            latest = max(self.others, key=lambda o: o.valid_from, default=None)
            hours = latest.hours if latest else FULL_TIME_WEEK
        for edit, value in zip(self.day_edits, hours, strict=True):
            edit.setText(fmt.number(value, 2) if value else "0")

    def _watched(self) -> list[tuple[str, SignalInstance]]:
        days = [
            (f"hours.{day}", e.textChanged) for day, e in zip(WEEKDAYS, self.day_edits, strict=True)
        ]
        return [("valid_from", self.valid_from.valueChanged), *days]

    def _title(self) -> str:
        if self.original is None:
            return self.tr("Add work schedule")
        return self.tr("Change work schedule")

    def _day_names(self) -> tuple[str, ...]:
        return (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )

    def _retranslate_fields(self) -> None:
        self.intro.setText(
            self.tr(
                "How many hours do you work on each day of the week? The schedule applies from the "
                "date you fill in until the next schedule. Rijkapp uses it to count leave in hours."
            )
        )
        self.valid_from_label.setText(self.tr("&From:"))
        self.valid_from.setAccessibleName(self.tr("From"))
        short = (
            self.tr("&Mon"),
            self.tr("T&ue"),
            self.tr("&Wed"),
            self.tr("T&hu"),
            self.tr("F&ri"),
            self.tr("S&at"),
            self.tr("S&un"),
        )
        for label, edit, name, text in zip(
            self.day_labels, self.day_edits, self._day_names(), short, strict=True
        ):
            label.setText(text)
            edit.setAccessibleName(arg(self.tr("Hours on %1"), name))

    def _read(self) -> tuple[WorkSchedule, dict[str, str]]:
        errors: dict[str, str] = {}
        values: list[Decimal] = []
        for day, edit, name in zip(WEEKDAYS, self.day_edits, self._day_names(), strict=True):
            text = edit.text().strip()
            value = fmt.parse_number(text) if text else Decimal(0)
            if value is None:
                errors[f"hours.{day}"] = arg(
                    self.tr("%1: fill in a number of hours, for example %2 (or 0 for a day off)."),
                    name,
                    fmt.number(Decimal("7.2"), 1),
                )
                value = Decimal(0)
            values.append(to_hours(value))
        if self.valid_from.problem():
            errors["valid_from"] = self.valid_from.problem()
        monday, tuesday, wednesday, thursday, friday, saturday, sunday = values
        record = WorkSchedule(
            id=self._id,
            valid_from=self.valid_from.value() or date.today(),  # noqa: DTZ011 - required field
            hours=(monday, tuesday, wednesday, thursday, friday, saturday, sunday),
        )
        return record, errors

    def _check(self, record: WorkSchedule) -> list[ValidationError]:
        return validate_schedule(record, self.others)

    def _date_taken(self, day: str) -> str:
        return arg(self.tr("There is already a schedule from %1. Change that one instead."), day)

    def _message(self, problem: ValidationError) -> str:
        if problem.field.startswith("hours."):
            index = WEEKDAYS.index(problem.field.removeprefix("hours."))
            return arg(
                self.tr("%1: a day has from 0 to 24 working hours."),
                self.day_edits[index].accessibleName(),
            )
        return problem.render_reason(fmt.language())

    def _show_read(self, record: WorkSchedule) -> None:
        self.total.setText(arg(self.tr("In total: %1 per week"), fmt.hours(record.hours_per_week)))

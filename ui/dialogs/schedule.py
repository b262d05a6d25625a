"""Add or change a work schedule: hours per weekday from a date on, with the weekly total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import WEEKDAYS, WorkSchedule
from rijkapp.domain.values import hours as to_hours
from rijkapp.services.profile import new_id, validate_schedule
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError


class ScheduleDialog(Retranslatable, GrowsWithMessages):
    def __init__(
        self,
        record: WorkSchedule | None,
        others: tuple[WorkSchedule, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.original = record
        self.others = tuple(o for o in others if record is None or o.id != record.id)
        self._id = record.id if record else new_id("w")
        self.errors = ErrorMap()
        self.errors.show_all = record is not None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("scheduleIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "intro")
        layout.addWidget(self.intro)

        self._build_date(layout)
        self._build_days(layout)
        self._build_buttons(layout)
        self._fill(record, today)
        self.valid_from.valueChanged.connect(partial(self._touched, "valid_from"))
        for day, edit in zip(WEEKDAYS, self.day_edits, strict=True):
            edit.textChanged.connect(partial(self._touched, f"hours.{day}"))
        self.retranslate()

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

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("scheduleOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("scheduleCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, record: WorkSchedule | None, today: date) -> None:
        if record is not None:
            self.valid_from.set_value(record.valid_from)
            hours = record.hours
        else:
            # A new schedule starts from the latest one (or a full-time week of 5 × 7,2 hours).
            self.valid_from.set_value(today.replace(day=1))
            latest = max(self.others, key=lambda o: o.valid_from, default=None)
            hours = latest.hours if latest else (Decimal("7.2"),) * 5 + (Decimal(0),) * 2
        for edit, value in zip(self.day_edits, hours, strict=True):
            edit.setText(fmt.number(value, 2) if value else "0")

    def _touched(self, key: str, *_args: object) -> None:
        self.errors.touch(key)
        self.errors.touch("hours")
        self.validate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add work schedule")
            if self.original is None
            else self.tr("Change work schedule")
        )
        self.intro.setText(
            self.tr(
                "How many hours do you work on each day of the week? The schedule applies from the "
                "date you fill in until the next schedule. Rijkapp uses it to count leave in hours."
            )
        )
        self.valid_from_label.setText(self.tr("&From:"))
        self.valid_from.setAccessibleName(self.tr("From"))
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
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
            self.day_labels, self.day_edits, names, short, strict=True
        ):
            label.setText(text)
            edit.setAccessibleName(arg(self.tr("Hours on %1"), name))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    def _read(self) -> tuple[WorkSchedule, dict[str, str]]:
        errors: dict[str, str] = {}
        values: list[Decimal] = []
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for day, edit, name in zip(WEEKDAYS, self.day_edits, names, strict=True):
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
        record = WorkSchedule(
            id=self._id,
            valid_from=self.valid_from.value() or date.today(),  # noqa: DTZ011 - required field
            hours=tuple(values),  # type: ignore[arg-type]
        )
        return record, errors

    def record(self) -> WorkSchedule | None:
        record, errors = self._read()
        return None if errors else record

    def validate(self) -> bool:
        record, messages = self._read()
        for problem in validate_schedule(record, self.others):
            if problem.field.startswith("hours."):
                index = WEEKDAYS.index(problem.field.removeprefix("hours."))
                messages.setdefault(
                    problem.field,
                    arg(
                        self.tr("%1: a day has from 0 to 24 working hours."),
                        self.day_edits[index].accessibleName(),
                    ),
                )
            elif problem.field == "valid_from" and problem.params.get("date"):
                messages.setdefault(
                    problem.field,
                    arg(
                        self.tr("There is already a schedule from %1. Change that one instead."),
                        fmt.day(record.valid_from),
                    ),
                )
            else:
                messages.setdefault(problem.field, problem.render_reason(fmt.language()))
        self.total.setText(arg(self.tr("In total: %1 per week"), fmt.hours(record.hours_per_week)))
        ok = self.errors.update(messages)
        self.ok_button.setEnabled(ok)
        self._fit_height()
        return ok

    def accept(self) -> None:
        self.errors.show_all = True
        if self.validate():
            super().accept()

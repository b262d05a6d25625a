"""Add or change one record of the employment history, checked as you type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Employment
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from rijkapp.services.profile import validate_employment
from ui import formatting as fmt
from ui.dialogs.dated import DatedRecordDialog
from ui.text import arg
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError


def _plain(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip(":").strip()


class EmploymentDialog(DatedRecordDialog[Employment]):
    """Hours, scale, step, salary and allowances from a date on, and a last working day."""

    KIND = "employment"
    ID_PREFIX = "e"
    WIDTH = 600

    def _build_fields(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        layout.addLayout(form)
        self.valid_from = DateField("validFromEdit", parent=self)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setObjectName("hoursEdit")
        self.scale_spin = QSpinBox(self)
        self.scale_spin.setObjectName("scaleSpin")
        self.scale_spin.setRange(1, 18)
        self.step_spin = QSpinBox(self)
        self.step_spin.setObjectName("stepSpin")
        self.step_spin.setRange(0, 20)
        self.salary_edit = QLineEdit(self)
        self.salary_edit.setObjectName("salaryEdit")
        self.allowances_edit = QLineEdit(self)
        self.allowances_edit.setObjectName("allowancesEdit")
        self.end_date = DateField("endDateEdit", optional=True, parent=self)

        self.labels: dict[str, QLabel] = {}
        for key, widget in self._rows():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            stem = widget.objectName().removesuffix("Edit").removesuffix("Spin")
            error = FieldError(f"{stem}Error", widget, self)
            self.errors.add(key, error)
            form.addRow(label, widget)
            form.addRow(error)  # under the field, across the whole width

    def _rows(self) -> tuple[tuple[str, QWidget], ...]:
        return (
            ("valid_from", self.valid_from),
            ("hours_per_week", self.hours_edit),
            ("scale", self.scale_spin),
            ("step", self.step_spin),
            ("monthly_salary_fulltime", self.salary_edit),
            ("allowances_monthly", self.allowances_edit),
            ("end_date", self.end_date),
        )

    def _fill(self, record: Employment | None) -> None:
        if record is None:
            self.scale_spin.setValue(10)
            return
        self.hours_edit.setText(fmt.number(record.hours_per_week, 2))
        self.scale_spin.setValue(record.scale)
        self.step_spin.setValue(record.step)
        self.salary_edit.setText(fmt.number(record.monthly_salary_fulltime, 2))
        self.allowances_edit.setText(fmt.number(record.allowances_monthly, 2))
        self.end_date.set_value(record.end_date)

    def _watched(self) -> list[tuple[str, SignalInstance]]:
        return [
            ("valid_from", self.valid_from.valueChanged),
            ("hours_per_week", self.hours_edit.textChanged),
            ("scale", self.scale_spin.valueChanged),
            ("step", self.step_spin.valueChanged),
            ("monthly_salary_fulltime", self.salary_edit.textChanged),
            ("allowances_monthly", self.allowances_edit.textChanged),
            ("end_date", self.end_date.valueChanged),
        ]

    def _tab_chain(self) -> list[QWidget]:
        return [widget for _key, widget in self._rows()]

    def _title(self) -> str:
        return self.tr("Add employment") if self.original is None else self.tr("Change employment")

    def _retranslate_fields(self) -> None:
        self.intro.setText(
            self.tr(
                "Fill in your terms of employment from a date on, as on your payslip. They apply "
                "until the next record. Amounts are for full time (36 hours), as in the salary "
                "table of the CAO Rijk."
            )
        )
        texts = {
            "valid_from": self.tr("&From:"),
            "hours_per_week": self.tr("&Hours per week:"),
            "scale": self.tr("&Scale:"),
            "step": self.tr("S&tep (periodiek):"),
            "monthly_salary_fulltime": self.tr("Full-time &salary per month:"),
            "allowances_monthly": self.tr("&Allowances per month:"),
            "end_date": self.tr("&Last working day:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        names = {
            self.valid_from: self.tr("From"),
            self.hours_edit: self.tr("Hours per week"),
            self.scale_spin: self.tr("Scale"),
            self.step_spin: self.tr("Step (periodiek)"),
            self.salary_edit: self.tr("Full-time salary per month"),
            self.allowances_edit: self.tr("Allowances per month"),
            self.end_date: self.tr("Last working day"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.hours_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal(36), 0))
        )
        example = fmt.number(Decimal("4500.00"), 2)
        self.salary_edit.setPlaceholderText(arg(self.tr("for example %1"), example))
        self.allowances_edit.setPlaceholderText(fmt.number(Decimal(0), 2))
        self.end_date.setToolTip(self.tr("Only when you leave: the last day of your employment."))

    # ---------------------------------------------------------------- reading the form
    def _number(self, key: str, edit: QLineEdit) -> tuple[Decimal, str]:
        """The number in ``edit`` (empty is 0), or 0 and an error that names the field."""
        text = edit.text().strip()
        if not text:
            return Decimal(0), ""
        value = fmt.parse_number(text)
        if value is not None:
            return value, ""
        label = _plain(self.labels[key])
        if key == "hours_per_week":
            return Decimal(0), arg(
                self.tr("%1: fill in a number of hours, for example %2."),
                label,
                fmt.number(Decimal("32.4"), 1),
            )
        return Decimal(0), arg(
            self.tr("%1: fill in an amount in euros, for example %2."),
            label,
            fmt.number(Decimal("4500.00"), 2),
        )

    def _read(self) -> tuple[Employment, dict[str, str]]:
        errors: dict[str, str] = {}
        numbers: dict[str, Decimal] = {}
        for key, edit in (
            ("hours_per_week", self.hours_edit),
            ("monthly_salary_fulltime", self.salary_edit),
            ("allowances_monthly", self.allowances_edit),
        ):
            numbers[key], message = self._number(key, edit)
            if message:
                errors[key] = message
        record = Employment(
            id=self._id,
            valid_from=self.valid_from.value() or date.today(),  # noqa: DTZ011 - never None: required
            hours_per_week=to_hours(numbers["hours_per_week"]),
            scale=self.scale_spin.value(),
            step=self.step_spin.value(),
            monthly_salary_fulltime=to_money(numbers["monthly_salary_fulltime"]),
            allowances_monthly=to_money(numbers["allowances_monthly"]),
            end_date=self.end_date.value(),
        )
        return record, errors

    def _check(self, record: Employment) -> list[ValidationError]:
        return validate_employment(record, self.others)

    def _date_taken(self, day: str) -> str:
        return arg(self.tr("There is already a record from %1. Change that one instead."), day)

"""Add or change one record of the employment history, checked as you type."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Employment
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from rijkapp.services.profile import validate_employment
from rijkapp.views.profile import part_time_factor
from ui import formatting as fmt
from ui.dialogs.dated import DatedRecordDialog
from ui.text import arg
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError

NOT_CHOSEN_SCALE = 0  # below the lowest scale: shown as "choose", refused until one is chosen
NOT_CHOSEN_STEP = -1  # below step 0, likewise


def _plain(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip(":").strip()


def _hint(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


class EmploymentDialog(DatedRecordDialog[Employment]):
    """Hours, scale, step, salary and allowances from a date on, and a last working day.

    A new record starts as a copy of the latest one, so a raise or a change of hours is one field;
    without an earlier record the scale and step start unchosen, never on a made-up default.
    """

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
        self.scale_spin.setRange(NOT_CHOSEN_SCALE, 18)
        self.step_spin = QSpinBox(self)
        self.step_spin.setObjectName("stepSpin")
        self.step_spin.setRange(NOT_CHOSEN_STEP, 20)
        for spin in (self.scale_spin, self.step_spin):
            spin.setMaximumWidth(160)
            spin.setValue(spin.minimum())
        self.salary_edit = QLineEdit(self)
        self.salary_edit.setObjectName("salaryEdit")
        self.salary_box = QWidget(self)  # "€" before the amount, as it is written
        salary_row = QHBoxLayout(self.salary_box)
        salary_row.setContentsMargins(0, 0, 0, 0)
        salary_row.setSpacing(6)
        self.euro_label = QLabel("€", self.salary_box)
        self.euro_label.setObjectName("salaryEuroLabel")
        salary_row.addWidget(self.euro_label)
        salary_row.addWidget(self.salary_edit, 1)
        self.hours_hint = _hint("hoursHint", self)
        self.salary_hint = _hint("salaryHint", self)
        self.allowances_edit = QLineEdit(self)
        self.allowances_edit.setObjectName("allowancesEdit")
        self.end_date = DateField("endDateEdit", optional=True, parent=self)

        self.labels: dict[str, QLabel] = {}
        shown: dict[QWidget, QWidget] = {self.salary_edit: self.salary_box}
        hints = {"hours_per_week": self.hours_hint, "monthly_salary_fulltime": self.salary_hint}
        for key, widget in self._rows():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            stem = widget.objectName().removesuffix("Edit").removesuffix("Spin")
            error = FieldError(f"{stem}Error", widget, self)
            self.errors.add(key, error)
            if key in hints:  # the hint right under its field
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(shown.get(widget, widget))
                cell.addWidget(hints[key])
                form.addRow(label, cell)
            else:
                form.addRow(label, shown.get(widget, widget))
            form.addRow(error)  # under the field, across the whole width
        self.hours_edit.textChanged.connect(self._show_part_time)

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
            # A new record starts from the latest one; its own date and no last working day.
            record = max(self.others, key=lambda o: o.valid_from, default=None)
            if record is None:
                return
            record = replace(record, end_date=None)
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
            self.allowances_edit: self.tr("Allowances per month"),
            self.end_date: self.tr("Last working day"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.hours_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal(36), 0))
        )
        self.scale_spin.setSpecialValueText(self.tr("choose"))
        self.step_spin.setSpecialValueText(self.tr("choose"))
        self.salary_edit.setAccessibleName(self.tr("Full-time salary per month in euros"))
        self.salary_hint.setText(
            self.tr(
                "The salary for a full week of 36 hours at your scale and step. On your P-Direkt "
                "payslip it is the line “Salaris” if you work 36 hours. If you work fewer hours, "
                "that line shows your part: look up your scale and step in the salary table of "
                "the CAO Rijk."
            )
        )
        self._show_part_time()
        example = fmt.number(Decimal("4500.00"), 2)
        self.salary_edit.setPlaceholderText(arg(self.tr("for example %1"), example))
        self.allowances_edit.setPlaceholderText(fmt.number(Decimal(0), 2))
        self.end_date.setToolTip(self.tr("Only when you leave: the last day of your employment."))

    def _show_part_time(self, *_args: object) -> None:
        """Under the hours: the part-time factor they make, so full time and part time differ."""
        text = self.hours_edit.text().strip()
        value = fmt.parse_number(text) if text else None
        factor = part_time_factor(value) if value is not None else None
        if value is None or factor is None:
            self.hours_hint.setText(self.tr("Your hours in your contract; 36 is full time."))
            return
        self.hours_hint.setText(
            arg(
                self.tr("Part-time factor %1 (%2 of 36 hours)."),
                fmt.number(factor, 4),
                fmt.number(value, 2),
            )
        )

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
        if self.scale_spin.value() == NOT_CHOSEN_SCALE:
            errors["scale"] = arg(
                self.tr("%1: choose your scale; it is on your payslip."),
                _plain(self.labels["scale"]),
            )
        if self.step_spin.value() == NOT_CHOSEN_STEP:
            errors["step"] = arg(
                self.tr("%1: choose your step; it is on your payslip."),
                _plain(self.labels["step"]),
            )
        for key, field in (("valid_from", self.valid_from), ("end_date", self.end_date)):
            if field.problem():
                errors[key] = field.problem()
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

    def _message(self, problem: ValidationError) -> str:
        """The core's reason after the name of the field, so the message says which one."""
        label = self.labels.get(problem.field)
        reason = problem.render_reason(fmt.language())
        if label is None or not reason:
            return reason
        if not reason[1:2].isupper():  # "IKB ..." keeps its capitals
            reason = reason[:1].lower() + reason[1:]
        return arg(self.tr("%1: %2"), _plain(label), reason)

    def _check(self, record: Employment) -> list[ValidationError]:
        return validate_employment(record, self.others)

    def _date_taken(self, day: str) -> str:
        return arg(self.tr("There is already a record from %1. Change that one instead."), day)

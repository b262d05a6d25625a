"""Add or change one record of the employment history, checked as you type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from itertools import pairwise

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Employment
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from rijkapp.services.profile import new_id, validate_employment
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError


def _plain(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip(":").strip()


class EmploymentDialog(Retranslatable, GrowsWithMessages):
    """``record`` None adds a new record; ``others`` are the records already kept."""

    def __init__(
        self,
        record: Employment | None,
        others: tuple[Employment, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("employmentDialog")
        self.setModal(True)
        self.setMinimumWidth(600)
        self.original = record
        self.others = tuple(o for o in others if record is None or o.id != record.id)
        self._id = record.id if record else new_id("e")
        self.errors = ErrorMap()
        self.errors.show_all = record is not None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("employmentIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "intro")
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        layout.addLayout(form)
        rows = self._build_fields(form)
        self._build_buttons(layout)
        self._fill(record, today)
        for key, widget in rows:
            signal = (
                widget.valueChanged
                if isinstance(widget, (DateField, QSpinBox))
                else widget.textChanged
            )
            signal.connect(partial(self._touched, key))
        chain = [widget for _key, widget in rows]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.retranslate()

    def _build_fields(self, form: QFormLayout) -> tuple[tuple[str, QWidget], ...]:
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
        rows = (
            ("valid_from", self.valid_from),
            ("hours_per_week", self.hours_edit),
            ("scale", self.scale_spin),
            ("step", self.step_spin),
            ("monthly_salary_fulltime", self.salary_edit),
            ("allowances_monthly", self.allowances_edit),
            ("end_date", self.end_date),
        )
        for key, widget in rows:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            stem = widget.objectName().removesuffix("Edit").removesuffix("Spin")
            error = FieldError(f"{stem}Error", widget, self)
            self.errors.add(key, error)
            form.addRow(label, widget)
            form.addRow(error)  # under the field, across the whole width
        return rows

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("employmentOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("employmentCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, record: Employment | None, today: date) -> None:
        if record is not None:
            self.valid_from.set_value(record.valid_from)
            self.hours_edit.setText(fmt.number(record.hours_per_week, 2))
            self.scale_spin.setValue(record.scale)
            self.step_spin.setValue(record.step)
            self.salary_edit.setText(fmt.number(record.monthly_salary_fulltime, 2))
            self.allowances_edit.setText(fmt.number(record.allowances_monthly, 2))
            self.end_date.set_value(record.end_date)
        else:
            self.valid_from.set_value(today.replace(day=1))
            self.scale_spin.setValue(10)

    def _touched(self, key: str, *_args: object) -> None:
        self.errors.touch(key)
        self.validate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add employment") if self.original is None else self.tr("Change employment")
        )
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
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    # ---------------------------------------------------------------- reading the form
    def _number(
        self, key: str, edit: QLineEdit, empty: Decimal | None
    ) -> tuple[Decimal | None, str]:
        """The number in ``edit``, or an error that names the field."""
        text = edit.text().strip()
        if not text:
            return empty, ""
        value = fmt.parse_number(text)
        if value is None:
            label = _plain(self.labels[key])
            if key == "hours_per_week":
                return None, arg(
                    self.tr("%1: fill in a number of hours, for example %2."),
                    label,
                    fmt.number(Decimal("32.4"), 1),
                )
            return None, arg(
                self.tr("%1: fill in an amount in euros, for example %2."),
                label,
                fmt.number(Decimal("4500.00"), 2),
            )
        return value, ""

    def record(self) -> Employment | None:
        """The record as filled in, or None while a number cannot be read."""
        record, parse_errors = self._read()
        return record if not parse_errors else None

    def _read(self) -> tuple[Employment, dict[str, str]]:
        errors: dict[str, str] = {}
        hours, message = self._number("hours_per_week", self.hours_edit, Decimal(0))
        if message:
            errors["hours_per_week"] = message
        salary, message = self._number("monthly_salary_fulltime", self.salary_edit, Decimal(0))
        if message:
            errors["monthly_salary_fulltime"] = message
        allowances, message = self._number("allowances_monthly", self.allowances_edit, Decimal(0))
        if message:
            errors["allowances_monthly"] = message
        record = Employment(
            id=self._id,
            valid_from=self.valid_from.value() or date.today(),  # noqa: DTZ011 - never None: required
            hours_per_week=to_hours(hours if hours is not None else Decimal(0)),
            scale=self.scale_spin.value(),
            step=self.step_spin.value(),
            monthly_salary_fulltime=to_money(salary if salary is not None else Decimal(0)),
            allowances_monthly=to_money(allowances if allowances is not None else Decimal(0)),
            end_date=self.end_date.value(),
        )
        return record, errors

    def validate(self) -> bool:
        record, messages = self._read()
        for problem in validate_employment(record, self.others):
            if problem.field == "valid_from" and problem.params.get("date"):
                # The core names the date in ISO form; say it the way the form shows dates.
                messages.setdefault(
                    problem.field,
                    arg(
                        self.tr("There is already a record from %1. Change that one instead."),
                        fmt.day(record.valid_from),
                    ),
                )
                continue
            messages.setdefault(problem.field, problem.render_reason(fmt.language()))
        ok = self.errors.update(messages)
        self.ok_button.setEnabled(ok)
        self._fit_height()
        return ok

    def accept(self) -> None:
        self.errors.show_all = True
        if self.validate():
            super().accept()

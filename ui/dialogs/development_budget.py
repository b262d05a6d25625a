"""Add or change a development budget: its name, whose it is, money and/or hours, and when it
is valid. The checks are the service's (:func:`rijkapp.services.learning.validate_budget`),
shown beside the field; the page saves the budget as one undoable step.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import BudgetOwner, DevelopmentBudget
from rijkapp.domain.values import ZERO
from rijkapp.services.learning import validate_budget
from rijkapp.services.profile import new_id
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError


class DevelopmentBudgetDialog(Retranslatable, GrowsWithMessages):
    """``budget`` None adds a new one (valid this calendar year); otherwise it is changed."""

    def __init__(
        self, budget: DevelopmentBudget | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("developmentBudgetDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.original = budget
        self.today = today
        self._id = budget.id if budget else new_id("d")
        self.errors = ErrorMap()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("developmentBudgetIntro")
        self.intro.setProperty("role", "intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self._build_form(layout)
        self._build_buttons(layout)
        self._fill(budget)
        for edit in (self.name_edit, self.source_edit, self.amount_edit, self.hours_edit):
            edit.textEdited.connect(self._edited)
        for field in (self.from_edit, self.to_edit):
            field.valueChanged.connect(self._edited)
        self.owner_combo.currentIndexChanged.connect(self._edited)
        self.retranslate()

    def _build_form(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        layout.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("budgetNameEdit")
        self.name_edit.setMaxLength(200)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("budgetOwnerCombo")
        for owner in BudgetOwner:
            self.owner_combo.addItem("", owner.value)
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("budgetSourceEdit")
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("budgetAmountEdit")
        self.amount_edit.setMaximumWidth(160)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setObjectName("budgetHoursEdit")
        self.hours_edit.setMaximumWidth(160)
        self.from_edit = DateField("budgetFromEdit", parent=self)
        self.to_edit = DateField("budgetToEdit", parent=self)
        self.labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, QWidget, bool], ...] = (
            ("name", self.name_edit, True),
            ("owner", self.owner_combo, False),
            ("source", self.source_edit, False),
            ("amount", self.amount_edit, True),
            ("hours", self.hours_edit, True),
            ("valid_from", self.from_edit, False),
            ("valid_to", self.to_edit, True),
        )
        for key, field, has_error in rows:
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
            if has_error:
                name = "".join(part.capitalize() for part in key.split("_"))
                form.addRow(self.errors.add(key, FieldError(f"budget{name}Error", field, self)))

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("budgetOkButton")
        self.ok_button.setDefault(True)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("budgetCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, budget: DevelopmentBudget | None) -> None:
        if budget is None:
            self.from_edit.set_value(date(self.today.year, 1, 1))
            self.to_edit.set_value(date(self.today.year, 12, 31))
            return
        self.name_edit.setText(budget.name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(budget.owner)))
        self.source_edit.setText(budget.source)
        self.amount_edit.setText(fmt.number(budget.amount, 2) if budget.amount else "")
        self.hours_edit.setText(fmt.number(budget.hours, 2) if budget.hours else "")
        self.from_edit.set_value(budget.valid_from)
        self.to_edit.set_value(budget.valid_to)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add a development budget")
            if self.original is None
            else self.tr("Change a development budget")
        )
        self.intro.setText(
            self.tr(
                "A budget for your development, in money, in hours or both. What is not used "
                "by its last day lapses."
            )
        )
        texts = {
            "name": (self.tr("&Name:"), self.tr("Name of the budget")),
            "owner": (self.tr("&Whose:"), self.tr("Whose budget it is")),
            "source": (self.tr("&Given by:"), self.tr("Given by")),
            "amount": (self.tr("&Money (€):"), self.tr("Money in euros")),
            "hours": (self.tr("&Hours:"), self.tr("Hours")),
            "valid_from": (self.tr("&First day:"), self.tr("First day")),
            "valid_to": (self.tr("&Last day:"), self.tr("Last day")),
        }
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "owner": self.owner_combo,
            "source": self.source_edit,
            "amount": self.amount_edit,
            "hours": self.hours_edit,
            "valid_from": self.from_edit,
            "valid_to": self.to_edit,
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            fields[key].setAccessibleName(name)
        owners = (self.tr("The organisation's"), self.tr("The team's"), self.tr("My own"))
        for index, text in enumerate(owners):
            self.owner_combo.setItemText(index, text)
        self.name_edit.setPlaceholderText(self.tr("for example Opleidingsbudget directie"))
        self.source_edit.setPlaceholderText(self.tr("for example your directorate"))
        self.amount_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal(1500)))
        )
        self.hours_edit.setPlaceholderText(arg(self.tr("for example %1"), fmt.number(Decimal(40))))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    def _edited(self, *_args: object) -> None:
        sender = self.sender()
        for key, field in (
            ("name", self.name_edit),
            ("amount", self.amount_edit),
            ("hours", self.hours_edit),
            ("valid_to", self.to_edit),
        ):
            if sender is field:
                self.errors.touch(key)
        self.validate()

    def _number(self, key: str, edit: QLineEdit) -> tuple[Decimal, str]:
        text = edit.text().replace("€", "").strip()
        if not text:
            return ZERO, ""
        value = fmt.parse_number(text)
        if value is None:
            label = self.labels[key].text().replace("&", "").rstrip(":")
            return ZERO, arg(self.tr("%1: fill in a number, for example %2."), label, "40")
        return value, ""

    def _read(self) -> tuple[DevelopmentBudget, dict[str, str]]:
        amount, amount_problem = self._number("amount", self.amount_edit)
        hours, hours_problem = self._number("hours", self.hours_edit)
        problems = {k: v for k, v in (("amount", amount_problem), ("hours", hours_problem)) if v}
        start = self.from_edit.value() or self.today
        budget = DevelopmentBudget(
            id=self._id,
            name=self.name_edit.text().strip(),
            source=self.source_edit.text().strip(),
            amount=amount,
            hours=hours,
            valid_from=start,
            valid_to=self.to_edit.value() or start,
            owner=BudgetOwner(self.owner_combo.currentData() or BudgetOwner.ORGANISATIE),
            extra=self.original.extra if self.original is not None else (),
        )
        return budget, problems

    def budget(self) -> DevelopmentBudget | None:
        budget, problems = self._read()
        return None if problems or validate_budget(budget) else budget

    def validate(self) -> bool:
        budget, messages = self._read()
        for error in validate_budget(budget):
            key = error.field if error.field in self.errors.labels else "name"
            name = self.labels[key].text().replace("&", "").rstrip(":")
            reason = error.render_reason(fmt.language())
            messages.setdefault(key, arg(self.tr("%1: %2"), name, reason))
        ok = self.errors.update(messages)
        self.ok_button.setEnabled(ok)
        self._fit_height()
        return ok

    def accept(self) -> None:
        self.errors.show_all = True
        if self.validate():
            super().accept()


def changed_budget(dialog: DevelopmentBudgetDialog) -> DevelopmentBudget | None:
    """What to save after the dialog was accepted: None when nothing changed."""
    budget = dialog.budget()
    return None if budget is None or budget == dialog.original else budget


__all__ = ["DevelopmentBudgetDialog", "changed_budget"]

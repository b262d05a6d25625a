"""Add or change one IKB choice, checked against the CAO rules on every change.

The core decides (``rijkapp.views.ikb_choice.ChoiceCheck``, the service's own check); its message (which names the rule, e.g. "In maart 2026 is
pas € 1.980,00 opgebouwd") shows next to the field, and Save stays disabled while anything is
wrong. Under the fields the dialog says what the choice means: the price of an hour and how it is
worked out, the total, the maximum for the year and what has accrued by that month.

The same dialog serves the what-if panel (``what_if=True``): then nothing is saved by anyone; the
choice is only handed back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from itertools import pairwise
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind
from rijkapp.domain.values import ZERO
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from rijkapp.rules import Confidence
from rijkapp.rules.book import Rule
from rijkapp.services.profile import new_id
from rijkapp.views.ikb_choice import ChoiceCheck, asks_to_fill_in
from ui import formatting as fmt
from ui.dialogs.growing import GrowsWithMessages
from ui.models.ikb_text import goal_label, kind_text, whole_hours
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.field_error import ErrorMap, FieldError

KINDS = (
    IkbChoiceKind.PAYOUT,
    IkbChoiceKind.BUY_HOURS,
    IkbChoiceKind.SELL_HOURS,
    IkbChoiceKind.FISCAL_GOAL,
)
MONEY_KINDS = (IkbChoiceKind.PAYOUT, IkbChoiceKind.FISCAL_GOAL)
HOUR_KINDS = (IkbChoiceKind.BUY_HOURS, IkbChoiceKind.SELL_HOURS)
FIELDS = ("month", "kind", "amount", "goal", "hours", "general")


def _read_number(
    edit: QLineEdit, field: str, unreadable: str, errors: dict[str, str]
) -> Decimal | None:
    """The number typed in ``edit``; None when empty, or when unreadable (then noted in errors)."""
    text = edit.text().strip()
    if not text:
        return None
    number = fmt.parse_number(text)
    if number is None:
        errors[field] = unreadable
    return number


class IkbChoiceDialog(Retranslatable, GrowsWithMessages):
    """``record`` None adds a choice. ``dossier`` holds the other choices it is checked against."""

    def __init__(
        self,
        record: IkbChoice | None,
        dossier: Dossier,
        year: int,
        today: date,
        parent: QWidget | None = None,
        *,
        what_if: bool = False,
        month: date | None = None,
        kind: IkbChoiceKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ikbChoiceDialog")
        self.setModal(True)
        self.setMinimumWidth(620)
        self.original = record
        self.what_if = what_if
        self.today = today
        self.year = record.month.year if record is not None else year
        self._id = record.id if record is not None else new_id("k")
        # The year with the other choices only: what has accrued and been spent before this one.
        self.check = ChoiceCheck(dossier, self.year, today, self._id)
        self.errors = ErrorMap()
        self.errors.show_all = record is not None
        self._loading = True
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("ikbChoiceIntro")
        self.intro.setProperty("role", "intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        layout.addLayout(self.form)
        self._build_fields()
        self._build_info(layout)
        self._build_buttons(layout)
        self._fill(record, month, kind)
        self._connect()
        chain = [
            self.month_combo,
            self.kind_combo,
            self.amount_edit,
            self.goal_combo,
            self.hours_edit,
            self.note_edit,
            self.submitted_check,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._loading = False
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_fields(self) -> None:
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("ikbMonthCombo")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("ikbKindCombo")
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("ikbAmountEdit")
        self.amount_edit.setClearButtonEnabled(True)
        self.goal_combo = QComboBox(self)
        self.goal_combo.setObjectName("ikbGoalCombo")
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setObjectName("ikbHoursEdit")
        self.hours_edit.setClearButtonEnabled(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("ikbNoteEdit")
        self.note_edit.setMaxLength(200)
        self.submitted_check = QCheckBox(self)
        self.submitted_check.setObjectName("ikbSubmittedCheck")
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {
            "month": self.month_combo,
            "kind": self.kind_combo,
            "amount": self.amount_edit,
            "goal": self.goal_combo,
            "hours": self.hours_edit,
            "note": self.note_edit,
            "submitted": self.submitted_check,
        }
        for key, widget in self.widgets.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
            if key in FIELDS:
                stem = widget.objectName().removesuffix("Edit").removesuffix("Combo")
                error = FieldError(f"{stem}Error", widget, self)
                self.errors.add(key, error)
                self.form.addRow(error)
        self.hours_hint = QLabel(self)
        self.hours_hint.setObjectName("ikbHoursHint")
        self.hours_hint.setProperty("role", "hint")
        self.hours_hint.setWordWrap(True)
        self.form.insertRow(self._row_of(self.hours_edit) + 2, self.hours_hint)  # under its error
        self.goal_hint = QLabel(self)
        self.goal_hint.setObjectName("ikbGoalHint")
        self.goal_hint.setProperty("role", "hint")
        self.goal_hint.setWordWrap(True)
        self.form.insertRow(self._row_of(self.goal_combo) + 2, self.goal_hint)
        if self.what_if:
            self.submitted_check.hide()
            self.labels["submitted"].hide()

    def _build_info(self, layout: QVBoxLayout) -> None:
        """What the choice means (price, total, maximum, accrued), and a rule it breaks."""
        self.info = QLabel(self)
        self.info.setObjectName("ikbChoiceInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_frame = QFrame(self)
        self.info_frame.setObjectName("ikbChoiceInfoFrame")
        self.info_frame.setProperty("role", "tile")
        self.info_frame.setProperty("placeholder", True)
        frame_layout = QVBoxLayout(self.info_frame)
        frame_layout.setContentsMargins(14, 10, 14, 10)
        frame_layout.addWidget(self.info)
        layout.addWidget(self.info_frame)
        self.general_error = FieldError("ikbChoiceGeneralError", self.info, self)
        self.errors.add("general", self.general_error)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def _row_of(self, widget: QWidget) -> int:
        row, _role = cast("tuple[int, QFormLayout.ItemRole]", self.form.getWidgetPosition(widget))
        return row

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ikbChoiceOkButton")
        self.ok_button.setDefault(True)  # Enter saves (when the choice is allowed)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("ikbChoiceCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(
        self, record: IkbChoice | None, month: date | None, kind: IkbChoiceKind | None
    ) -> None:
        for number in range(1, 13):  # the month number as data: a date would become a QDate
            self.month_combo.addItem(fmt.month(date(self.year, number, 1)), number)
        for each in KINDS:
            self.kind_combo.addItem(kind_text(each), each.value)
        if record is not None:
            month, kind = record.month, record.kind
        elif month is None:
            month = (
                self.today.replace(day=1) if self.today.year == self.year else date(self.year, 1, 1)
            )
        self.month_combo.setCurrentIndex(max(0, month.month - 1))
        self.kind_combo.setCurrentIndex(KINDS.index(kind) if kind is not None else 0)
        self._fill_goals(record.goal if record is not None else None)
        if record is not None:
            if record.amount is not None:
                self.amount_edit.setText(fmt.number(record.amount, 2))
            if record.hours is not None:
                self.hours_edit.setText(fmt.compact(record.hours))
            self.note_edit.setText(record.note)
            self.submitted_check.setChecked(record.submitted)
        self._show_kind_fields()

    def _fill_goals(self, keep: str | None) -> None:
        """The fiscale doelen of the chosen month, each with its name in the active language."""
        current = keep if keep is not None else self.goal_combo.currentData()
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        for goal in self.check.goals(self.month()):
            self.goal_combo.addItem(goal_label(goal), goal.code)
        index = self.goal_combo.findData(current) if current else -1
        if index < 0 and current:
            # A goal that no longer exists in this month: keep it, so the rule can say so.
            self.goal_combo.addItem(str(current), current)
            index = self.goal_combo.count() - 1
        self.goal_combo.setCurrentIndex(max(index, 0))
        self.goal_combo.blockSignals(False)

    def _connect(self) -> None:
        self.month_combo.currentIndexChanged.connect(self._month_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.amount_edit.textChanged.connect(partial(self._touched, "amount"))
        self.hours_edit.textChanged.connect(partial(self._touched, "hours"))
        self.goal_combo.currentIndexChanged.connect(partial(self._touched, "goal"))
        self.note_edit.textChanged.connect(partial(self._touched, "note"))
        self.submitted_check.toggled.connect(partial(self._touched, "submitted"))

    # ---------------------------------------------------------------- changes
    def _touched(self, key: str, *_args: object) -> None:
        if self._loading:
            return
        self.errors.touch(key)
        self.validate()

    def _month_changed(self, *_args: object) -> None:
        self._fill_goals(None)
        self._touched("month")

    def _kind_changed(self, *_args: object) -> None:
        self._show_kind_fields()
        self._touched("kind")

    def _show_kind_fields(self) -> None:
        kind = self.kind()
        for key, shown in (
            ("amount", kind in MONEY_KINDS),
            ("goal", kind is IkbChoiceKind.FISCAL_GOAL),
            ("hours", kind in HOUR_KINDS),
        ):
            self.form.setRowVisible(self.widgets[key], shown)
            if not shown:
                self.errors.labels[key].show_message("")
        self.form.setRowVisible(self.hours_hint, kind in HOUR_KINDS)
        if kind is IkbChoiceKind.BUY_HOURS:
            self.hours_hint.setText(
                self.tr(
                    "Whole hours only. Bought hours are added to your leave; hours you do not use "
                    "move to your IKB-spaarverlof at the end of the year."
                )
            )
        else:
            self.hours_hint.setText(
                self.tr(
                    "Sold hours come from your IKB-uren (leave) and are paid out on top of your "
                    "budget. Bought hours cannot be sold."
                )
            )
        self.form.setRowVisible(self.goal_hint, kind is IkbChoiceKind.FISCAL_GOAL)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        if self.what_if:
            self.setWindowTitle(self.tr("Try out an IKB choice"))
            self.intro.setText(
                self.tr("This choice is only used in the what-if comparison. Nothing is saved.")
            )
        else:
            self.setWindowTitle(
                self.tr("Add an IKB choice")
                if self.original is None
                else self.tr("Change an IKB choice")
            )
            self.intro.setText(
                self.tr(
                    "Plan what you do with your IKB budget in a month. Rijkapp checks the choice "
                    "against the CAO Rijk as you type. You still make the choice yourself in the "
                    "P-Direktportaal."
                )
            )
        texts = {
            "month": (self.tr("&Month:"), self.tr("Month")),
            "kind": (self.tr("&Choice:"), self.tr("Choice")),
            "amount": (self.tr("&Amount:"), self.tr("Amount in euros")),
            "goal": (self.tr("&Fiscaal doel:"), self.tr("Fiscaal doel")),
            "hours": (self.tr("&Hours:"), self.tr("Number of hours")),
            "note": (self.tr("&Note:"), self.tr("Note")),
            "submitted": (self.tr("P-Direkt:"), self.tr("Submitted in P-Direkt")),
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            self.widgets[key].setAccessibleName(name)
        for index, each in enumerate(KINDS):
            self.kind_combo.setItemText(index, kind_text(each))
        self.amount_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(Decimal(250), 2))
        )
        self.note_edit.setPlaceholderText(self.tr("optional, for yourself"))
        self.submitted_check.setText(self.tr("I have submitted this choice in the P-Direktportaal"))
        self.ok_button.setText(
            self.tr("Use in the comparison") if self.what_if else self.tr("Save")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    # ---------------------------------------------------------------- reading the form
    def month(self) -> date:
        number = self.month_combo.currentData()
        return date(self.year, number if isinstance(number, int) else 1, 1)

    def kind(self) -> IkbChoiceKind:
        return IkbChoiceKind(self.kind_combo.currentData() or IkbChoiceKind.PAYOUT.value)

    def _read(self) -> tuple[IkbChoice, dict[str, str]]:
        errors: dict[str, str] = {}
        kind = self.kind()
        amount: Decimal | None = None
        count: Decimal | None = None
        if kind in MONEY_KINDS:
            amount = _read_number(
                self.amount_edit,
                "amount",
                arg(
                    self.tr("Fill in an amount in euros, for example %1."),
                    fmt.number(Decimal(250), 2),
                ),
                errors,
            )
        if kind in HOUR_KINDS:
            count = _read_number(
                self.hours_edit,
                "hours",
                arg(
                    self.tr("Fill in a number of hours, for example %1."),
                    fmt.compact(Decimal(20)),
                ),
                errors,
            )
        goal = self.goal_combo.currentData() if kind is IkbChoiceKind.FISCAL_GOAL else None
        choice = IkbChoice(
            id=self._id,
            month=self.month(),
            kind=kind,
            amount=to_money(amount) if amount is not None else None,
            hours=to_hours(count) if count is not None else None,
            goal=str(goal) if goal else None,
            submitted=self.submitted_check.isChecked() and not self.what_if,
            note=self.note_edit.text().strip(),
        )
        return choice, errors

    def choice(self) -> IkbChoice | None:
        """The choice as filled in, or None while a number cannot be read."""
        choice, errors = self._read()
        return None if errors else choice

    def validate(self) -> bool:
        choice, messages = self._read()
        shown: dict[str, str] = {}
        for key, text in messages.items():
            shown[key] = text
        problems = self.check.problems(choice) if not messages else []
        for problem in problems:
            key = problem.field if problem.field in FIELDS else "general"
            if key == "hours" and self.kind() not in HOUR_KINDS:
                key = "general"
            messages.setdefault(key, problem.render_reason(fmt.language()))
            if not asks_to_fill_in(problem) or key in self.errors.touched or self.errors.show_all:
                shown.setdefault(key, problem.render_reason(fmt.language()))
        if not messages:
            knock_on = self._knock_on(choice)
            if knock_on:
                messages["general"] = shown["general"] = knock_on
        # A rule is shown at once; "fill this in" only once the field was touched.
        for key, label in self.errors.labels.items():
            label.show_message(shown.get(key, ""))
        self.errors.messages = messages
        ok = not messages
        self.ok_button.setEnabled(ok)
        self._show_info(choice)
        # Once the labels have their new text laid out, make room for all of it.
        self._fit_timer.start()
        return ok

    def _knock_on(self, choice: IkbChoice) -> str:
        """A rule this choice makes another choice break (a later month that no longer fits)."""
        violation = self.check.knock_on(choice)
        if violation is None:
            return ""
        return arg(
            self.tr("With this choice another choice no longer fits: %1"),
            violation.render_reason(fmt.language()),
        )

    # ---------------------------------------------------------------- what it means
    def _show_info(self, choice: IkbChoice) -> None:
        month = choice.month
        base = self.check.base
        row = self.check.month_row(month)
        lines: list[str] = []
        kind = choice.kind
        count = choice.hours if choice.hours is not None else ZERO
        if kind is IkbChoiceKind.BUY_HOURS:
            price, price_line = self.check.hour_price(month)
            if count:
                lines.append(
                    arg(
                        self.tr("Cost: %1 × %2 = %3."),
                        fmt.compact(count),
                        fmt.money(price),
                        fmt.money(to_money(count * price)),
                    )
                )
            lines.append(
                arg(self.tr("Price of one IKB hour in %1: %2."), fmt.month(month), fmt.money(price))
            )
            lines.append(fmt.text(price_line.message) + self._unconfirmed(price_line.rule))
            lines.append(
                arg(
                    self.tr("Maximum in %1: %2. Bought in your other choices: %3."),
                    self.year,
                    whole_hours(base.hours_buy_max),
                    whole_hours(base.hours_bought),
                )
            )
        elif kind is IkbChoiceKind.SELL_HOURS:
            value, value_line = self.check.sell_value(month)
            if count:
                lines.append(
                    arg(
                        self.tr("You receive: %1 × %2 = %3, on top of your budget."),
                        fmt.compact(count),
                        fmt.money(value),
                        fmt.money(to_money(count * value)),
                    )
                )
            lines.append(
                arg(
                    self.tr("Value of one sold IKB hour in %1: %2."),
                    fmt.month(month),
                    fmt.money(value),
                )
            )
            lines.append(fmt.text(value_line.message) + self._unconfirmed(value_line.rule))
            lines.append(
                arg(
                    self.tr(
                        "Maximum to sell in %1: %2. Sold in your other choices: "
                        "%3. The hours come from your IKB-uren (leave)."
                    ),
                    self.year,
                    whole_hours(base.hours_sell_max),
                    whole_hours(base.hours_sold),
                )
            )
        elif kind is IkbChoiceKind.FISCAL_GOAL:
            lines.extend(self._goal_lines(choice.goal, month))
        if row is not None:
            lines.append(
                arg(
                    self.tr(
                        "Accrued by the end of %1: %2. Already spent by then in "
                        "your other choices: %3."
                    ),
                    fmt.month(month),
                    fmt.money(row.accrued_cumulative),
                    fmt.money(row.spent_cumulative),
                )
            )
        else:
            lines.append(arg(self.tr("There is no IKB budget in %1."), fmt.month(month)))
        self.info.setText("\n".join(lines))
        self.info.setAccessibleName(self.tr("What this choice means"))

    def _goal_lines(self, code: str | None, month: date) -> list[str]:
        goal = self.check.goal(code, month)
        if goal is None:
            self.goal_hint.setText("")
            return []
        lines = []
        if goal.max_per_year:
            lines.append(
                arg(
                    self.tr("%1: at most %2 a year from your IKB."),
                    goal_label(goal),
                    fmt.money(goal.max_per_year),
                )
            )
        else:
            lines.append(arg(self.tr("%1: no fixed maximum a year."), goal_label(goal)))
        if goal.once_per_years > 1:
            lines.append(arg(self.tr("Once every %1 calendar years."), goal.once_per_years))
        if goal.requires:
            needed = self.check.goal(goal.requires, month)
            lines.append(
                arg(
                    self.tr("Only together with the goal %1."),
                    goal_label(needed) if needed else goal.requires,
                )
            )
        lines.append(
            self.tr(
                "Keep the proof (an invoice or annual statement in your name): "
                "P-Direkt may ask for it."
            )
        )
        source = arg(self.tr("Source: %1"), goal.source.title)
        if goal.confidence is Confidence.UNCONFIRMED:
            source = arg(self.tr("Source: %1 (not confirmed)"), goal.source.title)
        self.goal_hint.setText(source)
        return lines

    def _unconfirmed(self, rule: Rule | None) -> str:
        if rule is not None and rule.confidence is Confidence.UNCONFIRMED:
            return " " + self.tr("(This rule is not confirmed.)")
        return ""

    # ---------------------------------------------------------------- size and closing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # fits the height
        # The dialog starts on its first field, as every dialog does, so a screen reader reads
        # the form from the top.
        self.month_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.errors.show_all = True
        self.errors.touched.update(FIELDS)
        if self.validate():
            super().accept()

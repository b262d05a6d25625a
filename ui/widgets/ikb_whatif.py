"""What if: IKB scenarios side by side, worked out by the core and saved nowhere.

Every column is ``rijkapp.services.ikb.plan(..., choices=...)`` for the same year: the choices as
saved, no choices at all (everything paid in December), 40 IKB-uren bought in the first month in
which enough has accrued, the union fee as a fiscaal doel, and a scenario of the user's own. The
own scenario lives in this widget only; nothing here reaches the store.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rijkapp import formatting as fmt
from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind
from rijkapp.domain.values import hours as to_hours
from rijkapp.domain.values import money as to_money
from ui.models.ikb import Scenario, WhatIfModel, choice_text, goal_label
from ui.text import Retranslatable, arg
from ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from rijkapp.calc.ikb import IkbYear
    from ui.dialogs.ikb_choice import IkbChoiceDialog

BUY_HOURS = Decimal(40)
UNION_FEE = Decimal("240.00")
UNION_GOAL = "vakbondscontributie"
PLANNED, NOTHING, BUY, UNION, CUSTOM = "planned", "nothing", "buy40", "union", "custom"


def first_month_to_buy(
    dossier: Dossier, year: int, today: date, count: Decimal, base: tuple[IkbChoice, ...]
) -> tuple[date | None, IkbYear]:
    """The first month of ``year`` in which buying ``count`` hours breaks no rule, and its plan.

    Without such a month: None and the plan with the purchase in December (it says why not).
    """
    from rijkapp.rules import default_rulebook
    from rijkapp.services import ikb as ikb_service

    book = default_rulebook()
    plan = None
    for number in range(1, 13):
        choice = IkbChoice(
            "whatif-buy", date(year, number, 1), IkbChoiceKind.BUY_HOURS, hours=to_hours(count)
        )
        plan = ikb_service.plan(dossier, year, book, today, choices=(*base, choice))
        if not plan.violations:
            return choice.month, plan
    assert plan is not None
    return None, plan


class IkbWhatIfPanel(Retranslatable, QWidget):
    """``set_data(dossier, year, today)``; the scenarios recompute on every change, in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ikbWhatIfPanel")
        self.dossier: Dossier | None = None
        self.year: int | None = None
        self.today: date | None = None
        self.custom: list[IkbChoice] = []
        self.buy_month: date | None = None
        self.union_amount: Decimal | None = UNION_FEE
        self.choice_dialog: IkbChoiceDialog | None = None
        self.model = WhatIfModel(self)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.intro = self._label("whatIfIntro", "intro")
        column.addWidget(self.intro)

        self._build_union(column)
        self._build_table(column)
        self._build_custom(column)
        self.union_edit.textChanged.connect(self._union_changed)
        self.retranslate()

    def _build_union(self, column: QVBoxLayout) -> None:
        union_row = QHBoxLayout()
        union_row.setSpacing(8)
        self.union_label = QLabel(self)
        self.union_edit = QLineEdit(self)
        self.union_edit.setObjectName("unionFeeEdit")
        self.union_edit.setMaximumWidth(140)
        self.union_edit.setText(fmt.number(UNION_FEE, 2))
        self.union_label.setBuddy(self.union_edit)
        self.union_error = FieldError("unionFeeError", self.union_edit, self)
        union_row.addWidget(self.union_label)
        union_row.addWidget(self.union_edit)
        union_row.addWidget(self.union_error)
        union_row.addStretch(1)
        column.addLayout(union_row)

    def _build_table(self, column: QVBoxLayout) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("whatIfTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.table)
        self.notes = self._label("whatIfNotes", "muted")
        column.addWidget(self.notes)
        self.problems = self._label("whatIfProblems", "error")
        column.addWidget(self.problems)

    def _build_custom(self, column: QVBoxLayout) -> None:
        self.custom_title = self._label("whatIfCustomTitle", "")
        self.custom_title.setStyleSheet("font-weight: 600;")
        column.addWidget(self.custom_title)
        self.custom_hint = self._label("whatIfCustomHint", "hint")
        column.addWidget(self.custom_hint)
        self.custom_list = QListWidget(self)
        self.custom_list.setObjectName("whatIfChoiceList")
        self.custom_list.setMaximumHeight(110)
        self.custom_list.setMaximumWidth(720)
        self.custom_list.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.custom_list)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.add_button = self._button("whatIfAddButton", self.add_choice)
        self.remove_button = self._button("whatIfRemoveButton", self.remove_choice)
        self.from_plan_button = self._button("whatIfFromPlanButton", self.start_from_plan)
        self.clear_button = self._button("whatIfClearButton", self.clear_choices)
        for button in (
            self.add_button,
            self.remove_button,
            self.from_plan_button,
            self.clear_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

    def _label(self, name: str, role: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        if role:
            label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMaximumWidth(1040)
        return label

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---------------------------------------------------------------- data
    def set_data(self, dossier: Dossier, year: int, today: date) -> None:
        """A fresh year starts the own scenario from the saved choices of that year."""
        new_year = year != self.year
        self.dossier, self.year, self.today = dossier, year, today
        if new_year:
            self.custom = list(self._saved())
        self.recompute()

    def _saved(self) -> tuple[IkbChoice, ...]:
        if self.dossier is None or self.year is None:
            return ()
        return tuple(c for c in self.dossier.ikb_choices if c.month.year == self.year)

    def _other_years(self) -> tuple[IkbChoice, ...]:
        if self.dossier is None or self.year is None:
            return ()
        return tuple(c for c in self.dossier.ikb_choices if c.month.year != self.year)

    def scenarios(self) -> list[Scenario]:
        return [self.model.scenario(i) for i in range(self.model.columnCount())]  # type: ignore[misc]

    def recompute(self) -> None:
        """Work out every scenario again (a few milliseconds each) and show them."""
        from rijkapp.rules import default_rulebook
        from rijkapp.services import ikb as ikb_service

        dossier, year, today = self.dossier, self.year, self.today
        if dossier is None or year is None or today is None:
            self.model.set_scenarios([])
            self._refresh_texts()
            return
        book = default_rulebook()
        base = self._other_years()
        union = IkbChoice(
            "whatif-union",
            date(year, 12, 1),
            IkbChoiceKind.FISCAL_GOAL,
            amount=to_money(self.union_amount) if self.union_amount else None,
            goal=UNION_GOAL,
        )
        self.buy_month, buy_plan = first_month_to_buy(dossier, year, today, BUY_HOURS, base)
        self.model.set_scenarios(
            [
                Scenario(PLANNED, "", ikb_service.plan(dossier, year, book, today)),
                Scenario(NOTHING, "", ikb_service.plan(dossier, year, book, today, choices=base)),
                Scenario(BUY, "", buy_plan),
                Scenario(
                    UNION, "", ikb_service.plan(dossier, year, book, today, choices=(*base, union))
                ),
                Scenario(
                    CUSTOM,
                    "",
                    ikb_service.plan(
                        dossier,
                        year,
                        book,
                        today,
                        choices=(*base, *sorted(self.custom, key=lambda c: c.month)),
                    ),
                ),
            ]
        )
        self._refresh_texts()

    # ---------------------------------------------------------------- texts
    def scenario_names(self) -> dict[str, str]:
        return {
            PLANNED: self.tr("As planned"),
            NOTHING: self.tr("All in December"),
            BUY: arg(self.tr("Buy %1 hours"), fmt.compact(BUY_HOURS)),
            UNION: self.tr("Union fee via the IKB"),
            CUSTOM: self.tr("Your own scenario"),
        }

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Compare choices before you make them. Each column is your IKB year with other "
                "choices. Nothing you try here is saved."
            )
        )
        self.union_label.setText(self.tr("&Union fee (vakbondscontributie) per year:"))
        self.union_edit.setAccessibleName(self.tr("Union fee per year"))
        self.table.setAccessibleName(self.tr("Scenarios side by side"))
        self.custom_title.setText(self.tr("Your own scenario"))
        self.custom_hint.setText(
            self.tr(
                "Add or remove choices to see what they do. They are only kept while this page is "
                "open, and never saved."
            )
        )
        self.custom_list.setAccessibleName(self.tr("Choices in your own scenario"))
        self.add_button.setText(self.tr("Add a choice…"))
        self.add_button.setAccessibleName(self.tr("Add a choice to your own scenario"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected choice from your own scenario")
        )
        self.from_plan_button.setText(self.tr("Start from my plan"))
        self.from_plan_button.setAccessibleName(
            self.tr("Start your own scenario from your saved choices")
        )
        self.clear_button.setText(self.tr("Empty"))
        self.clear_button.setAccessibleName(self.tr("Remove every choice from your own scenario"))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        names = self.scenario_names()
        scenarios = [s for s in self.scenarios() if s is not None]
        self.model.set_scenarios(
            [Scenario(s.key, names[s.key], s.plan, self._note(s)) for s in scenarios]
        )
        notes = [s.note for s in self.scenarios() if s is not None and s.note]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        problems = []
        for scenario in self.scenarios():
            if scenario is None:
                continue
            for violation in scenario.plan.violations:
                problems.append(arg(self.tr("%1: %2"), scenario.name, violation.reason))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._fill_list()
        self._update_buttons()

    def _note(self, scenario: Scenario) -> str:
        if scenario.key == NOTHING:
            return self.tr(
                "All in December: no choices this year, the whole budget is paid out "
                "at the end of the year."
            )
        if scenario.key == BUY:
            if self.buy_month is None:
                return arg(
                    self.tr("Buy %1 hours: this is not possible in any month of %2."),
                    fmt.compact(BUY_HOURS),
                    self.year,
                )
            cost = next((c.cost for r in scenario.plan.months for c in r.choices), Decimal(0))
            return arg(
                self.tr(
                    "Buy %1 hours: in %2, the first month in which enough has "
                    "accrued. They cost %3."
                ),
                fmt.compact(BUY_HOURS),
                fmt.month(self.buy_month),
                fmt.money(cost),
            )
        if scenario.key == UNION:
            return arg(
                self.tr("Union fee via the IKB: %1 in December %2 as a fiscaal doel."),
                fmt.money(self.union_amount or Decimal(0)),
                self.year,
            )
        return ""

    def _goals(self) -> dict[str, str]:
        from rijkapp.calc.ikb import fiscal_goals_on
        from rijkapp.rules import default_rulebook

        if self.year is None:
            return {}
        return {
            str(row["code"]): goal_label(row)
            for row in fiscal_goals_on(default_rulebook(), date(self.year, 12, 31))
        }

    def _fill_list(self) -> None:
        goals = self._goals()
        self.custom_list.clear()
        for choice in sorted(self.custom, key=lambda c: c.month):
            item = QListWidgetItem(choice_text(choice, goals), self.custom_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
        if not self.custom:
            item = QListWidgetItem(
                self.tr("No choices: everything is paid out in December."), self.custom_list
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _update_buttons(self) -> None:
        ready = self.dossier is not None
        self.add_button.setEnabled(ready)
        selected = [i for i in self.custom_list.selectedItems() if i.data(Qt.ItemDataRole.UserRole)]
        self.remove_button.setEnabled(bool(selected))
        self.clear_button.setEnabled(bool(self.custom))
        self.from_plan_button.setEnabled(ready)

    # ---------------------------------------------------------------- editing, in memory
    def _union_changed(self, text: str) -> None:
        value = fmt.parse_number(text) if text.strip() else None
        if text.strip() and value is None:
            self.union_error.show_message(
                arg(
                    self.tr("Fill in an amount in euros, for example %1."), fmt.number(UNION_FEE, 2)
                )
            )
            return
        self.union_error.show_message("")
        self.union_amount = value
        self.recompute()

    def add_choice(self) -> None:
        if self.dossier is None or self.year is None or self.today is None:
            return
        from rijkapp.services.ikb import with_choices
        from ui.dialogs.ikb_choice import IkbChoiceDialog

        scenario = with_choices(self.dossier, (*self._other_years(), *self.custom))
        dialog = IkbChoiceDialog(None, scenario, self.year, self.today, self, what_if=True)
        dialog.accepted.connect(partial(self._choice_added, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.choice_dialog = dialog
        dialog.open()

    def _choice_added(self, dialog: IkbChoiceDialog) -> None:
        choice = dialog.choice()
        if choice is not None:
            self.custom.append(choice)
            self.recompute()

    def remove_choice(self) -> None:
        ids = {i.data(Qt.ItemDataRole.UserRole) for i in self.custom_list.selectedItems()}
        self.custom = [c for c in self.custom if c.id not in ids]
        self.recompute()

    def start_from_plan(self) -> None:
        self.custom = list(self._saved())
        self.recompute()

    def clear_choices(self) -> None:
        self.custom = []
        self.recompute()

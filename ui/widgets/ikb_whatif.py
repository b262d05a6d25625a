"""What if: IKB scenarios side by side, worked out by the core and saved nowhere.

The scenarios (the choices as saved, none at all, 40 IKB-uren bought, the union fee as a fiscaal
doel, and one of the user's own) are ``rijkapp.views.ikb_whatif.what_if``; this panel names them,
lets the user edit the union fee and the own scenario, and shows the comparison. The own
scenario lives in this widget only; nothing here reaches the store.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Dossier, IkbChoice
from rijkapp.services.ikb import with_choices
from rijkapp.views.ikb import choices_in, goal_names
from rijkapp.views.ikb_whatif import (
    BUY_HOURS,
    UNION_FEE,
    Scenario,
    ScenarioKey,
    WhatIf,
    other_years,
    what_if,
)
from ui import formatting as fmt
from ui.models.ikb_text import choice_text
from ui.models.ikb_whatif import ScenarioColumn, WhatIfModel
from ui.text import Retranslatable, arg
from ui.widgets.field_error import FieldError
from ui.widgets.record_table import FittingTable

if TYPE_CHECKING:
    from ui.dialogs.ikb_choice import IkbChoiceDialog


# Runs the comparison off the GUI thread and hands its answer back on it (the page's data thread).
WorkOut = Callable[[Callable[[], WhatIf], Callable[[WhatIf], None]], None]


class IkbWhatIfPanel(Retranslatable, QWidget):
    """``set_data(dossier, year, today, whatif)``; the scenarios are worked out again on every
    change, in memory: by ``work_out`` (on the data thread) when given, else at once."""

    def __init__(self, parent: QWidget | None = None, *, work_out: WorkOut | None = None) -> None:
        super().__init__(parent)
        self._work_out = work_out
        self._asked = 0  # the latest comparison asked for; older answers are dropped
        self.setObjectName("ikbWhatIfPanel")
        self.dossier: Dossier | None = None
        self.year: int | None = None
        self.today: date | None = None
        self.custom: list[IkbChoice] = []
        self.result: WhatIf | None = None
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
        self.table = FittingTable(self)  # its columns give way on a narrow window
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

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---------------------------------------------------------------- data
    def set_data(
        self, dossier: Dossier, year: int, today: date, whatif: WhatIf | None = None
    ) -> None:
        """A fresh year starts the own scenario from the saved choices of that year.

        ``whatif``: the comparison the page loaded with its data (the saved choices as the own
        scenario, the usual union fee); shown at once when it answers what the panel asks.
        """
        new_year = year != self.year
        self.dossier, self.year, self.today = dossier, year, today
        if new_year:
            self.custom = list(self._saved())
        if whatif is not None and whatif.answers(year, self.custom, self.union_amount):
            self._asked += 1  # any answer still on its way is older than this one
            self.result = whatif
            self._refresh_texts()
        else:
            self.recompute()

    def _saved(self) -> tuple[IkbChoice, ...]:
        if self.dossier is None or self.year is None:
            return ()
        return choices_in(self.dossier, self.year)

    @property
    def buy_month(self) -> date | None:
        """The first month in which the 40 hours can be bought (None: in no month)."""
        return self.result.buy_month if self.result is not None else None

    def recompute(self) -> None:
        """Work out every scenario again and show them; the own scenario's list at once."""
        dossier, year, today = self.dossier, self.year, self.today
        self._asked += 1
        if dossier is None or year is None or today is None:
            self.result = None
            self._refresh_texts()
            return
        custom, union = tuple(self.custom), self.union_amount
        if self._work_out is None:
            self.result = what_if(dossier, year, today, custom, union)
            self._refresh_texts()
            return
        self._fill_list()
        self._update_buttons()
        self._work_out(
            lambda: what_if(dossier, year, today, custom, union),
            partial(self._answered, self._asked),
        )

    def _answered(self, asked: int, result: WhatIf) -> None:
        if asked == self._asked:  # else the user changed something since: its answer follows
            self.result = result
            self._refresh_texts()

    # ---------------------------------------------------------------- texts
    def scenario_names(self) -> dict[ScenarioKey, str]:
        return {
            ScenarioKey.PLANNED: self.tr("As planned"),
            ScenarioKey.NOTHING: self.tr("All in December"),
            ScenarioKey.BUY: arg(self.tr("Buy %1 hours"), fmt.compact(BUY_HOURS)),
            ScenarioKey.UNION: self.tr("Union fee via the IKB"),
            ScenarioKey.CUSTOM: self.tr("Your own scenario"),
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
        result = self.result
        columns = (
            [ScenarioColumn(s, names[s.key], self._note(s, result)) for s in result.scenarios]
            if result is not None
            else []
        )
        self.model.set_columns(columns)
        notes = [c.note for c in columns if c.note]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        problems = [
            arg(self.tr("%1: %2"), column.name, violation.render_reason(fmt.language()))
            for column in columns
            for violation in column.scenario.plan.violations
        ]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._fill_list()
        self._update_buttons()

    def _note(self, scenario: Scenario, result: WhatIf) -> str:
        if scenario.key is ScenarioKey.NOTHING:
            return self.tr(
                "All in December: no choices this year, the whole budget is paid out "
                "at the end of the year."
            )
        if scenario.key is ScenarioKey.BUY:
            if result.buy_month is None:
                return arg(
                    self.tr("Buy %1 hours: this is not possible in any month of %2."),
                    fmt.compact(result.buy_hours),
                    result.year,
                )
            return arg(
                self.tr(
                    "Buy %1 hours: in %2, the first month in which enough has "
                    "accrued. They cost %3."
                ),
                fmt.compact(result.buy_hours),
                fmt.month(result.buy_month),
                fmt.money(result.buy_cost),
            )
        if scenario.key is ScenarioKey.UNION:
            return arg(
                self.tr("Union fee via the IKB: %1 in December %2 as a fiscaal doel."),
                fmt.money(result.union_amount or Decimal(0)),
                result.year,
            )
        return ""

    def _fill_list(self) -> None:
        goals = goal_names(self.year, fmt.language()) if self.year is not None else {}
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
        from ui.dialogs.ikb_choice import IkbChoiceDialog

        scenario = with_choices(self.dossier, (*other_years(self.dossier, self.year), *self.custom))
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

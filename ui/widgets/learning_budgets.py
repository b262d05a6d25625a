"""The Ontwikkeling page's development budgets: one card each with spent, committed and left, in
money and in hours, when what is left lapses, and a warning before it does.

Adding, changing and deleting a budget are undoable steps (``ui.undo.EditCommand``) through
:mod:`rijkapp.services.learning`; the explanation of each card's figures opens in the
"How is this worked out?" dialog.
"""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import BudgetOwner, DevelopmentBudget
from rijkapp.domain.values import ZERO
from rijkapp.services.edits import Edit
from rijkapp.views.ontwikkeling import BudgetState, BudgetUse
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.development_budget import DevelopmentBudgetDialog, changed_budget
from ui.dialogs.explain import ExplainDialog
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.buttons import make_primary
from ui.widgets.labels import plain_text, section_title
from ui.widgets.notice import notice_style


class BudgetCard(QFrame):
    """One budget on the day; the buttons are handed to the section to connect."""

    def __init__(self, use: BudgetUse, parent: QWidget) -> None:
        super().__init__(parent)
        self.use = use
        self.setObjectName(f"budgetCard_{use.budget.id}")
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(6)
        self.title = plain_text(f"budgetCardTitle_{use.budget.id}", "tileTitle", self)
        self.period = plain_text("", "hint", self)
        box.addWidget(self.title)
        box.addWidget(self.period)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(2)
        self.cells: list[list[QLabel]] = []
        for row in range(3):
            cells = []
            for column in range(5):
                label = QLabel(self)
                if column > 0:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == 0:
                    label.setProperty("role", "hint")
                self.grid.addWidget(label, row, column)
                cells.append(label)
            self.cells.append(cells)
        self.grid.setColumnStretch(5, 1)
        box.addLayout(self.grid)
        self.lapse = plain_text("", "", self)
        self.warning = plain_text(f"budgetWarning_{use.budget.id}", "", self)
        box.addWidget(self.lapse)
        box.addWidget(self.warning)
        row_box = QHBoxLayout()
        self.explain_button = QPushButton(self)
        self.explain_button.setObjectName(f"budgetExplain_{use.budget.id}")
        self.explain_button.setProperty("role", "link")
        self.explain_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName(f"budgetEdit_{use.budget.id}")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(f"budgetDelete_{use.budget.id}")
        row_box.addWidget(self.explain_button)
        row_box.addStretch(1)
        row_box.addWidget(self.edit_button)
        row_box.addWidget(self.delete_button)
        box.addLayout(row_box)


class LearningBudgets(Retranslatable, QWidget):
    """``show_budgets(uses)`` shows a card per budget; lapsed ones after the others."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningBudgets")
        self.context = context
        self.uses: tuple[BudgetUse, ...] = ()
        self.cards: list[BudgetCard] = []
        self.dialog: DevelopmentBudgetDialog | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.ready = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        head = QHBoxLayout()
        self.title = section_title("learningBudgetsTitle", self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addBudgetButton")
        make_primary(self.add_button)
        self.add_button.clicked.connect(self.add_budget)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        box.addLayout(head)
        self.empty = plain_text("learningBudgetsEmpty", "muted", self)
        box.addWidget(self.empty)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        box.addLayout(self.cards_box)
        self.retranslate()

    # ---------------------------------------------------------------- data
    def show_budgets(self, uses: tuple[BudgetUse, ...]) -> None:
        self.ready = True
        ordered = [u for u in uses if u.state is not BudgetState.LAPSED]
        ordered += [u for u in uses if u.state is BudgetState.LAPSED]
        self.uses = tuple(ordered)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for use in self.uses:
            card = BudgetCard(use, self)
            card.explain_button.clicked.connect(partial(self.explain, use))
            card.edit_button.clicked.connect(partial(self.edit_budget, use.budget))
            card.delete_button.clicked.connect(partial(self.delete_budget, use.budget))
            self.cards_box.addWidget(card)
            card.show()  # a child added to a widget on screen starts hidden
            self.cards.append(card)
        chain = self.focus_chain()
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.retranslate()

    def focus_chain(self) -> list[QWidget]:
        """The add button, then each card and its buttons, in reading order."""
        chain: list[QWidget] = [self.add_button]
        for card in self.cards:
            chain += [card, card.explain_button, card.edit_button, card.delete_button]
        return chain

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Your development budgets"))
        self.add_button.setText(self.tr("Add a &budget…"))
        self.add_button.setAccessibleName(self.tr("Add a development budget"))
        self.add_button.setEnabled(self.ready)
        self.empty.setText(
            self.tr(
                "No development budgets yet. Ask your manager whether your organisation or "
                "team has one, and add it here."
            )
        )
        self.empty.setVisible(self.ready and not self.uses)
        for card in self.cards:
            self._fill_card(card)

    def owner_name(self, owner: BudgetOwner) -> str:
        names = {
            BudgetOwner.ORGANISATIE: self.tr("of your organisation"),
            BudgetOwner.TEAM: self.tr("of your team"),
            BudgetOwner.EIGEN: self.tr("your own"),
        }
        return names.get(owner, str(owner))

    def _fill_card(self, card: BudgetCard) -> None:
        use, budget = card.use, card.use.budget
        card.title.setText(budget.name)
        source = budget.source if budget.source.casefold() != budget.owner.value else ""
        where = ", ".join(p for p in (self.owner_name(budget.owner), source) if p)
        card.period.setText(
            arg(
                self.tr("%1 · from %2 to %3"),
                where,
                fmt.day(budget.valid_from),
                fmt.day(budget.valid_to),
            )
        )
        heads = ("", self.tr("Budget"), self.tr("Spent"), self.tr("Committed"), self.tr("Left"))
        money = (
            self.tr("Money"),
            fmt.money(budget.amount),
            fmt.money(use.spent_amount),
            fmt.money(use.committed_amount),
            fmt.money(use.left_amount),
        )
        hours = (
            self.tr("Hours"),
            fmt.hours(budget.hours),
            fmt.hours(use.spent_hours),
            fmt.hours(use.committed_hours),
            fmt.hours(use.left_hours),
        )
        rows = [heads]
        if budget.amount > ZERO or use.spent_amount or use.committed_amount:
            rows.append(money)
        if budget.hours > ZERO or use.spent_hours or use.committed_hours:
            rows.append(hours)
        for row_index, cells in enumerate(card.cells):
            for column, label in enumerate(cells):
                text = rows[row_index][column] if row_index < len(rows) else ""
                label.setText(text)
                label.setVisible(row_index < len(rows))
        if use.state is BudgetState.LAPSED:
            card.lapse.setText(arg(self.tr("Lapsed on %1."), fmt.day(use.lapses_on)))
        elif use.state is BudgetState.NOT_STARTED:
            card.lapse.setText(arg(self.tr("Starts on %1."), fmt.day(budget.valid_from)))
        elif use.lapsing_amount > ZERO or use.lapsing_hours > ZERO:
            card.lapse.setText(
                arg(
                    self.tr("What is left lapses on %1 unless you book it before then."),
                    fmt.day(use.lapses_on),
                )
            )
        else:
            card.lapse.setText(self.tr("Everything is booked: nothing lapses."))
        card.warning.setText(fmt.text(use.warning) if use.warning is not None else "")
        card.warning.setVisible(use.warning is not None)
        card.warning.setStyleSheet(notice_style())
        card.explain_button.setText(self.tr("How is this worked out?"))
        card.explain_button.setAccessibleName(
            arg(self.tr("How is what is left of %1 worked out?"), budget.name)
        )
        card.edit_button.setText(self.tr("Change…"))
        card.edit_button.setAccessibleName(arg(self.tr("Change %1"), budget.name))
        card.delete_button.setText(self.tr("Delete"))
        card.delete_button.setAccessibleName(arg(self.tr("Delete %1"), budget.name))
        card.setAccessibleName(budget.name)
        described = [card.period.text(), card.lapse.text(), card.warning.text()]
        for row in rows[1:]:
            described.append(", ".join(f"{h} {v}" for h, v in zip(heads[1:], row[1:], strict=True)))
        card.setAccessibleDescription(". ".join(p for p in described if p))

    # ---------------------------------------------------------------- actions
    def explain(self, use: BudgetUse, *_args: object) -> None:
        dialog = ExplainDialog(
            arg(self.tr("%1 on %2"), use.budget.name, fmt.day(use.on)),
            use.lines,
            self,
            amount_format=fmt.money,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()

    def add_budget(self, *_args: object) -> DevelopmentBudgetDialog | None:
        return self._open(None)

    def edit_budget(
        self, budget: DevelopmentBudget, *_args: object
    ) -> DevelopmentBudgetDialog | None:
        return self._open(budget)

    def _open(self, budget: DevelopmentBudget | None) -> DevelopmentBudgetDialog | None:
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        dialog = DevelopmentBudgetDialog(budget, self.context.today(), self)
        dialog.accepted.connect(partial(self._accepted, dialog))
        dialog.finished.connect(partial(self._closed, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QWidget, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _accepted(self, dialog: DevelopmentBudgetDialog) -> None:
        after = changed_budget(dialog)
        if after is None:
            return
        if dialog.original is None:
            text, message = self.tr("Add budget"), arg(self.tr("Budget %1 added."), after.name)
        else:
            text, message = self.tr("Change budget"), arg(self.tr("Budget %1 changed."), after.name)
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(dialog.original, after), text=text, done_message=message)
        )

    def delete_budget(self, budget: DevelopmentBudget, *_args: object) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete budget"),
            arg(
                self.tr(
                    "Delete the budget %1? Activities booked on it stay in your learning log, "
                    "booked on no budget."
                ),
                budget.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteBudgetMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(partial(self._delete_answered, box, budget))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, budget: DevelopmentBudget, _result: int) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(budget, None),
                text=self.tr("Delete budget"),
                done_message=arg(self.tr("Budget %1 deleted."), budget.name),
            )
        )

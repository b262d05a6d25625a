"""The IKB page's "Your choices": the year's choices as a table, and adding, changing, deleting
and marking them submitted in P-Direkt, each as one undoable step.

Every change is an ``EditCommand`` (``ui.undo``): the service checks it against the CAO rules on
the data thread, and the page refreshes from what the change touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rijkapp.domain.records import IkbChoice
from rijkapp.services.edits import Edit
from rijkapp.views.ikb import IkbPageData
from ui import formatting as fmt
from ui.context import AppContext
from ui.models.ikb_choices import IkbChoiceModel
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.labels import plain_text, section_title
from ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from ui.dialogs.ikb_choice import IkbChoiceDialog


class IkbChoiceList(Retranslatable, QWidget):
    """``show_data(data)``; ``selected_month()`` says which month a new choice starts in."""

    def __init__(
        self,
        context: AppContext,
        selected_month: Callable[[], date | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.selected_month = selected_month
        self.data: IkbPageData | None = None
        self.dialog: IkbChoiceDialog | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)  # as the page's own column
        self.title = section_title("ikbChoicesTitle", self)
        self.intro = plain_text("ikbChoicesIntro", "intro", self)
        self.model = IkbChoiceModel(self)
        self.table = record_table("ikbChoiceTable", self.model, self)
        self.table.doubleClicked.connect(self.edit_choice)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_choice,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_choice,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.empty = plain_text("ikbChoicesEmpty", "muted", self)
        self.add_button = self._button("ikbAddChoiceButton", self.add_choice)
        self.edit_button = self._button("ikbEditChoiceButton", self.edit_choice)
        self.delete_button = self._button("ikbDeleteChoiceButton", self.delete_choice)
        self.submitted_button = self._button("ikbSubmittedButton", self.toggle_submitted)
        for widget in (self.title, self.intro, self.table, self.empty):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(10)
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.retranslate()

    def _button(self, name: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.edit_button, self.delete_button, self.submitted_button)

    # ---------------------------------------------------------------- showing
    def show_data(self, data: IkbPageData) -> None:
        """The year's choices; the selected one stays selected."""
        selected = self.selected_choice()
        self.data = data
        self.model.set_choices(data.choices, data.plan, data.cutoffs, data.goals)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)
        has_choices = bool(data.choices)
        self.table.setVisible(has_choices)
        self.empty.setVisible(not has_choices)
        self._update_buttons()

    def selected_choice(self) -> IkbChoice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.choice(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        choice = self.selected_choice()
        self.add_button.setEnabled(self.data is not None and self.data.plan is not None)
        self.edit_button.setEnabled(choice is not None)
        self.delete_button.setEnabled(choice is not None)
        self.submitted_button.setEnabled(choice is not None)
        if choice is not None and choice.submitted:
            self.submitted_button.setText(self.tr("Mark as not submitted"))
            self.submitted_button.setAccessibleName(
                self.tr("Mark the selected choice as not submitted in P-Direkt")
            )
        else:
            self.submitted_button.setText(self.tr("Mark as submitted in P-Direkt"))
            self.submitted_button.setAccessibleName(
                self.tr("Mark the selected choice as submitted in P-Direkt")
            )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your choices"))
        self.intro.setText(
            self.tr(
                "What you do with your budget: an extra pay-out, buying or selling IKB-uren, or a "
                "fiscaal doel. Mark a choice as submitted once you have entered it in the "
                "P-Direktportaal."
            )
        )
        self.table.setAccessibleName(self.tr("Your IKB choices"))
        self.empty.setText(
            self.tr(
                "No choices this year. If you change nothing, your whole budget is paid out in "
                "December."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an IKB choice"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected IKB choice"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected IKB choice"))
        self.model.retranslate()
        self._update_buttons()

    # ---------------------------------------------------------------- changing
    def add_choice(self) -> None:
        self._open(None)

    def edit_choice(self, *_args: object) -> None:
        choice = self.selected_choice()
        if choice is not None:
            self._open(choice)

    def _open(self, record: IkbChoice | None) -> None:
        data = self.data
        if data is None or data.plan is None:
            return
        from ui.dialogs.ikb_choice import IkbChoiceDialog

        dialog = IkbChoiceDialog(
            record, data.dossier, data.year, data.today, self, month=self.selected_month()
        )
        dialog.accepted.connect(partial(self._accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _accepted(self, dialog: IkbChoiceDialog) -> None:
        after = dialog.choice()
        if after is None or after == dialog.original:
            return
        if dialog.original is None:
            text, message = self.tr("Add IKB choice"), self.tr("IKB choice added.")
        else:
            text, message = self.tr("Change IKB choice"), self.tr("IKB choice changed.")
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(dialog.original, after), text, message)
        )

    def delete_choice(self, *_args: object) -> None:
        choice = self.selected_choice()
        if choice is None:
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(choice, None),
                self.tr("Delete IKB choice"),
                arg(
                    self.tr("IKB choice for %1 deleted. Undo with Ctrl+Z."), fmt.month(choice.month)
                ),
            )
        )

    def toggle_submitted(self) -> None:
        choice = self.selected_choice()
        if choice is not None:
            self.mark([choice], not choice.submitted)

    def mark(self, choices: Sequence[IkbChoice], submitted: bool) -> None:
        """Mark ``choices`` (not) submitted in P-Direkt: one step to undo for all of them."""
        text = (
            self.tr("Mark IKB choice as submitted")
            if submitted
            else self.tr("Mark IKB choice as not submitted")
        )
        message = (
            self.tr("Marked as submitted in P-Direkt.")
            if submitted
            else self.tr("Marked as not submitted.")
        )
        stack = self.context.undo_stack
        stack.beginMacro(text)
        for choice in choices:
            stack.push(
                EditCommand(
                    self.context, Edit(choice, replace(choice, submitted=submitted)), text, message
                )
            )
        stack.endMacro()

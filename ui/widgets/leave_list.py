"""The Verlof page's "Leave days": every leave entry with what it costs, and adding, changing,
deleting and marking leave as taken, each as one undoable step.

Every change is an ``EditCommand`` (``ui.undo``): the service checks the entry against the ledger
on the data thread, and the pages refresh from what the change touched. The leave dialog previews
on the snapshot the page last loaded (``show_data``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from rijkapp.domain.records import LeaveEntry, LeaveStatus
from rijkapp.services.edits import Edit
from rijkapp.views.leave import LeaveData
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.leave_entry import LeaveEntryDialog, changed_entry
from ui.models.leave import LeaveEntryModel
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.labels import plain_text
from ui.widgets.record_table import record_table


class LeaveList(Retranslatable, QWidget):
    """The leave entries as a table with their buttons; ``show_data(data)`` fills it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveListTab")
        self.context = context
        self.data: LeaveData | None = None
        self.entry_dialog: LeaveEntryDialog | None = None
        self.confirm_box: QMessageBox | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        self.model = LeaveEntryModel(self)
        self.table = record_table("leaveTable", self.model, self, fit_width=False)
        self.table.setMaximumHeight(360)
        self.empty = plain_text("leaveListEmpty", "muted", self)
        self.empty.hide()
        box.addWidget(self.table)
        box.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = self._button("newLeaveButton", self.add_entry)
        self.edit_button = self._button("editLeaveButton", self.edit_selected)
        self.delete_button = self._button("deleteLeaveButton", self.delete_selected)
        self.taken_button = self._button("markTakenButton", self.mark_selected_taken)
        for button in (self.new_button, self.edit_button, self.delete_button, self.taken_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        self.table.doubleClicked.connect(self.edit_selected)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()

    def _button(self, name: str, action: Callable[..., object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Leave days"))
        self.empty.setText(
            self.tr("No leave yet. Choose Add leave… or click a day in the year planner.")
        )
        self.new_button.setText(self.tr("Add…"))
        self.new_button.setAccessibleName(self.tr("Add leave"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected leave"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected leave"))
        self.taken_button.setText(self.tr("Mark as taken"))
        self.taken_button.setAccessibleName(self.tr("Mark the selected leave as taken"))
        self.model.retranslate()

    def show_data(self, data: LeaveData) -> None:
        previous, self.data = self.data, data
        if (
            previous is not None
            and previous.entry_hours is data.entry_hours  # the same records, worked out once
            and previous.today == data.today
        ):
            return  # another balance date: the leave days and what they cost stay as they are
        selected = self.selected_entry()
        self.model.set_entries(data.dossier.leave, data.entry_hours, data.today)
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is None:
            row = self.model.next_row()
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    # ---------------------------------------------------------------- selection
    def selected_entry(self) -> LeaveEntry | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.entry(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected_entry()
        ready = self.data is not None
        self.new_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and entry is not None)
        self.delete_button.setEnabled(ready and entry is not None)
        self.taken_button.setEnabled(
            ready and entry is not None and entry.status is LeaveStatus.PLANNED
        )

    # ---------------------------------------------------------------- adding and changing
    def add_entry(self, *_args: object, start: date | None = None) -> LeaveEntryDialog | None:
        return self._open_entry(None, start)

    def edit_selected(self, *_args: object) -> LeaveEntryDialog | None:
        entry = self.selected_entry()
        return self._open_entry(entry, None) if entry is not None else None

    def open_day(self, day: date, entry_id: str | None) -> LeaveEntryDialog | None:
        """A day in the planner: the leave ``entry_id`` on it, or new leave from that day."""
        if self.data is None:
            return None
        for entry in self.data.dossier.leave:
            if entry.id == entry_id:
                return self._open_entry(entry, None)
        return self._open_entry(None, day)

    def _open_entry(self, entry: LeaveEntry | None, start: date | None) -> LeaveEntryDialog | None:
        data = self.data
        if data is None:
            return None
        open_dialog = self.entry_dialog
        if open_dialog is not None and shiboken6.isValid(open_dialog) and open_dialog.isVisible():
            return open_dialog
        dialog = LeaveEntryDialog(
            entry,
            data.dossier,
            data.book,
            self.context.today(),
            self,
            start=start,
            run=self.context.operations.run,  # the live preview, when it is slow
        )
        dialog.accepted.connect(partial(self._entry_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _entry_accepted(self, dialog: LeaveEntryDialog) -> None:
        after = changed_entry(dialog)
        if after is None:
            return
        when = self._period(after)
        if dialog.original is None:
            text = self.tr("Add leave")
            message = arg(self.tr("Leave %1 added."), when)
        else:
            text = self.tr("Change leave")
            message = arg(self.tr("Leave %1 changed."), when)
        self.context.undo_stack.push(
            EditCommand(self.context, Edit(dialog.original, after), text=text, done_message=message)
        )

    def _period(self, entry: LeaveEntry) -> str:
        if entry.start == entry.end:
            return fmt.day(entry.start)
        return arg(self.tr("%1 to %2"), fmt.day(entry.start), fmt.day(entry.end))

    # ---------------------------------------------------------------- deleting and taken
    def delete_selected(self, *_args: object) -> QMessageBox | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete leave"),
            arg(
                self.tr(
                    "Delete the leave of %1? The hours go back to your balance. You can undo this "
                    "with Ctrl+Z."
                ),
                self._period(entry),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteLeaveMessage")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(partial(self._delete_answered, box, entry))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, entry: LeaveEntry, _result: int) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(entry, None),
                text=self.tr("Delete leave"),
                done_message=arg(
                    self.tr("Leave %1 deleted. Undo with Ctrl+Z."), self._period(entry)
                ),
            )
        )

    def mark_selected_taken(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.status is LeaveStatus.TAKEN:
            return
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(entry, replace(entry, status=LeaveStatus.TAKEN)),
                text=self.tr("Mark leave as taken"),
                done_message=arg(self.tr("Leave %1 marked as taken."), self._period(entry)),
            )
        )

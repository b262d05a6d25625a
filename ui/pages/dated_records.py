"""One kind of effective-dated record on the Profiel page: its table, its buttons, its dialog.

Employment and work schedules are shown and edited the same way: a table (oldest first, the
record in force today selected), Add… and Change… through the kind's dialog, Delete, Enter and
Delete on the table, and every saved change one step in the undo history (``ui.undo``). The page
gives the section its words; the section only wires them up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Generic

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from rijkapp.services.edits import Edit
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.dated import DatedRecordDialog
from ui.models.dated import DatedRecordsModel, R
from ui.text import arg
from ui.undo import EditCommand
from ui.widgets.labels import section_title
from ui.widgets.record_table import record_table


@dataclass(frozen=True)
class EditTexts:
    """How the undo history and the status bar name a kind's saved changes."""

    add: str
    added: str
    change: str
    changed: str
    delete: str
    deleted: str  # %1: the day the deleted record applied from


def _intro(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "intro")
    label.setWordWrap(True)
    return label


class DatedRecordsSection(QObject, Generic[R]):
    """The widgets and handlers of one kind (``kind`` names them: ``<kind>Table``,
    ``add<Kind>Button``, …), added to the page's ``column``."""

    def __init__(
        self,
        page: QWidget,
        content: QWidget,
        column: QVBoxLayout,
        context: AppContext,
        *,
        kind: str,
        model: DatedRecordsModel[R],
        dialog: Callable[[R | None, tuple[R, ...], date, QWidget], DatedRecordDialog[R]],
        texts: Callable[[], EditTexts],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self._make_dialog = dialog
        self._texts = texts
        self.dialog: DatedRecordDialog[R] | None = None  # the one open, for the tests
        named = kind[0].upper() + kind[1:]
        self.title = section_title(f"{kind}Title", content)
        self.intro = _intro(f"{kind}Intro", content)
        self.model = model
        self.table = record_table(f"{kind}Table", model, content)
        self.add_button = self._button(f"add{named}Button", self.add)
        self.edit_button = self._button(f"edit{named}Button", self.edit)
        self.delete_button = self._button(f"delete{named}Button", self.delete)
        self.empty = _intro(f"{kind}Empty", content)
        self.empty.setProperty("role", "muted")
        for widget in (self.title, self.intro, self.table, self.empty):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(10)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self._wire_table()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self.page)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _wire_table(self) -> None:
        self.table.doubleClicked.connect(self.edit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.table, self.edit, context=Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def widgets(self) -> tuple[QTableView, QPushButton, QPushButton, QPushButton]:
        """The section's stops in the page's tab order."""
        return (self.table, self.add_button, self.edit_button, self.delete_button)

    # ---------------------------------------------------------------- showing
    def show_records(self, records: tuple[R, ...], today: date) -> None:
        self.model.set_records(records, today)
        self.table.setVisible(bool(records))
        self.empty.setVisible(not records)
        row = self.model.current_row()
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.model.record(index.row())

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ---------------------------------------------------------------- editing
    def add(self) -> None:
        self._open(None)

    def edit(self, *_args: object) -> None:
        record = self.selected()
        if record is not None:
            self._open(record)

    def _open(self, record: R | None) -> None:
        dialog = self._make_dialog(record, self.model.records(), self.context.today(), self.page)
        dialog.accepted.connect(partial(self._accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _accepted(self, dialog: DatedRecordDialog[R]) -> None:
        after = dialog.record()
        if after is None or after == dialog.original:
            return
        texts = self._texts()
        if dialog.original is None:
            text, message = texts.add, texts.added
        else:
            text, message = texts.change, texts.changed
        self._push(Edit(dialog.original, after), text, message)

    def delete(self, *_args: object) -> None:
        record = self.selected()
        if record is None:
            return
        texts = self._texts()
        self._push(Edit(record, None), texts.delete, arg(texts.deleted, fmt.day(record.valid_from)))

    def _push(self, edit: Edit, text: str, message: str) -> None:
        self.context.undo_stack.push(
            EditCommand(self.context, edit, text=text, done_message=message)
        )

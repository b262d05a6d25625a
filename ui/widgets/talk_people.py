"""The informants of a talk in the editor: name and function, and nothing they said.

Both the employee and the manager may consult people with a functional working relationship;
the record keeps only who they are. Type a name and a function and press Toevoegen (or Enter in
either field); Delete or Verwijderen removes the selected one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Informant
from ui.models.talks import InformantsModel
from ui.text import Retranslatable
from ui.widgets.labels import plain_text
from ui.widgets.record_table import record_table
from ui.widgets.talk_sections import InPdfBox, section_title


class InformantsEditor(Retranslatable, QWidget):
    """``set_informants`` fills it, ``informants()`` reads it; ``changed`` on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkInformants")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title_row = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("talkInformantsTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.in_pdf = InPdfBox("informanten", self)
        self.in_pdf.toggled.connect(lambda _on: self.changed.emit())
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        title_row.addWidget(self.in_pdf)
        box.addLayout(title_row)
        self.private = plain_text("talkInformantsPrivate", "hint", self)
        box.addWidget(self.private)
        box.addLayout(self._build_fields())
        self.model = InformantsModel(self)
        self.table = record_table("talkInformantsTable", self.model, self, fit_width=False)
        self.table.setMaximumHeight(130)
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("talkInformantRemoveButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        for edit in (self.name_edit, self.function_edit):
            edit.installEventFilter(self)  # Enter adds the informant and does not save the talk
            edit.textChanged.connect(self._update_buttons)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def _build_fields(self) -> QGridLayout:
        """A name and a function to type, and the button that adds them."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("talkInformantNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_label.setBuddy(self.name_edit)
        self.function_label = QLabel(self)
        self.function_edit = QLineEdit(self)
        self.function_edit.setObjectName("talkInformantFunctionEdit")
        self.function_edit.setMaxLength(120)
        self.function_label.setBuddy(self.function_edit)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("talkInformantAddButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.function_label, 0, 1)
        grid.addWidget(self.name_edit, 1, 0)
        grid.addWidget(self.function_edit, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        return grid

    def focus_chain(self) -> list[QWidget]:
        return [
            self.in_pdf,
            self.name_edit,
            self.function_edit,
            self.add_button,
            self.table,
            self.remove_button,
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.name_edit, self.function_edit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.name_edit.text().strip()
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def set_informants(self, informants: tuple[Informant, ...]) -> None:
        self.model.set_items(informants)

    def informants(self) -> tuple[Informant, ...]:
        return self.model.items()

    def add_typed(self) -> None:
        """Add the informant typed in the two fields; the fields empty for the next one."""
        name = self.name_edit.text().strip()
        if not name:
            return
        row = self.model.append(Informant(name, self.function_edit.text().strip()))
        self.table.selectRow(row)
        self.name_edit.clear()
        self.function_edit.clear()
        self.name_edit.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.model.remove(rows[0].row())
        left = self.model.rowCount()
        if left:
            self.table.selectRow(min(rows[0].row(), left - 1))
        else:
            self.name_edit.setFocus()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.remove_button.setVisible(has)

    def retranslate(self) -> None:
        self.title.setText(section_title("informanten"))
        self.in_pdf.retranslate()
        self.private.setText(
            self.tr(
                "Only their name and function are kept. What informants said about you stays "
                "private: it is not written down here."
            )
        )
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Name of the informant"))
        self.function_label.setText(self.tr("F&unction:"))
        self.function_edit.setAccessibleName(self.tr("Function of the informant"))
        self.add_button.setText(self.tr("Add informant"))
        self.add_button.setAccessibleName(self.tr("Add the informant"))
        self.table.setAccessibleName(self.tr("Informants"))
        self.remove_button.setText(self.tr("Remove informant"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected informant"))
        self.model.retranslate()

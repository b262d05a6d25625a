"""The agreements of a talk in the editor: a table with add, change and remove, and the small
dialog for one agreement (kind, what was agreed, how you see that it worked, due date, status and
your reflection).

Agreements are carried from the planning talk to the reflecting and the evaluating one: the
editor's preparation shows the planning talk's agreements, and "Afspraken overnemen" copies them
into this talk to give their status and your reflection now.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Agreement
from rijkapp.services.profile import new_id
from ui.models.talks import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    AGREEMENT_TEXT,
    AgreementsModel,
    agreement_kind_text,
    agreement_status_text,
)
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError
from ui.widgets.labels import plain_text
from ui.widgets.record_table import record_table
from ui.widgets.talk_sections import InPdfBox, section_title


def _combo(name: str, values: Sequence[str], current: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in values:
        combo.addItem("", value)
    index = combo.findData(current)
    if index < 0:  # a word another tool wrote: kept as it is
        combo.addItem(current, current)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    return combo


class AgreementDialog(Retranslatable, QDialog):
    """Add (``agreement`` None) or change one agreement; ``agreement()`` reads it back."""

    def __init__(self, agreement: Agreement | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkAgreementDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.original = agreement
        self._id = agreement.id if agreement is not None else new_id("g")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.labels: dict[str, QLabel] = {}
        layout.addLayout(self._build_form(agreement))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("talkAgreementOkButton")
        self.ok_button.setDefault(True)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("talkAgreementCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if agreement is not None:
            self.text_edit.setText(agreement.text)
            self.measure_edit.setText(agreement.measure)
            self.due_edit.set_value(agreement.due)
            self.reflection_edit.setPlainText(agreement.reflection)
        chain = [
            self.kind_combo,
            self.text_edit,
            self.measure_edit,
            self.due_edit,
            self.status_combo,
            self.reflection_edit,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.retranslate()
        self.kind_combo.setFocus()  # the dialog opens on its first field

    def _build_form(self, agreement: Agreement | None) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        self.kind_combo = _combo(
            "talkAgreementKindCombo",
            AGREEMENT_KINDS,
            agreement.kind if agreement else "result",
            self,
        )
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("talkAgreementTextEdit")
        self.text_error = FieldError("talkAgreementTextError", self.text_edit, self)
        self.measure_edit = QLineEdit(self)
        self.measure_edit.setObjectName("talkAgreementMeasureEdit")
        self.due_edit = DateField("talkAgreementDueEdit", optional=True, parent=self)
        self.due_error = FieldError("talkAgreementDueError", self.due_edit, self)
        self.status_combo = _combo(
            "talkAgreementStatusCombo",
            AGREEMENT_STATUSES,
            agreement.status if agreement else "open",
            self,
        )
        self.reflection_edit = QPlainTextEdit(self)
        self.reflection_edit.setObjectName("talkAgreementReflectionEdit")
        self.reflection_edit.setTabChangesFocus(True)
        self.reflection_edit.setMaximumHeight(110)
        for key, field in (
            ("kind", self.kind_combo),
            ("text", self.text_edit),
            ("measure", self.measure_edit),
            ("due", self.due_edit),
            ("status", self.status_combo),
            ("reflection", self.reflection_edit),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
            if key == "text":
                form.addRow(self.text_error)
            if key == "due":
                form.addRow(self.due_error)
        return form

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New agreement") if self.original is None else self.tr("Change agreement")
        )
        texts = {
            "kind": (self.tr("&Kind:"), self.tr("Kind of agreement")),
            "text": (self.tr("&Agreement:"), self.tr("What you agreed")),
            "measure": (self.tr("&How you see it worked:"), self.tr("How you see it worked")),
            "due": (self.tr("&Due by:"), self.tr("Due by")),
            "status": (self.tr("&Status:"), self.tr("Status of the agreement")),
            "reflection": (self.tr("Your &reflection:"), self.tr("Your reflection")),
        }
        for key, (label, _name) in texts.items():
            self.labels[key].setText(label)
        for key, field in (
            ("kind", self.kind_combo),
            ("text", self.text_edit),
            ("measure", self.measure_edit),
            ("status", self.status_combo),
            ("reflection", self.reflection_edit),
        ):
            field.setAccessibleName(texts[key][1])
        self.reflection_edit.viewport().setAccessibleName(texts["reflection"][1])
        self.due_edit.setAccessibleName(texts["due"][1])
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, agreement_kind_text(self.kind_combo.itemData(index)))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(
                index, agreement_status_text(self.status_combo.itemData(index))
            )
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))

    def agreement(self) -> Agreement:
        original = self.original
        return Agreement(
            id=self._id,
            kind=str(self.kind_combo.currentData()),
            text=self.text_edit.text().strip(),
            measure=self.measure_edit.text().strip(),
            due=self.due_edit.value(),
            status=str(self.status_combo.currentData()),
            reflection=self.reflection_edit.toPlainText().strip(),
            extra=original.extra if original is not None else (),
        )

    def accept(self) -> None:
        """Keep it only with a text and a due date that is a date (or none)."""
        text = "" if self.text_edit.text().strip() else self.tr("Say what you agreed.")
        self.text_error.show_message(text)
        self.due_error.show_message(self.due_edit.problem())
        if text:
            self.text_edit.setFocus()
        elif self.due_edit.problem():
            self.due_edit.setFocus()
        else:
            super().accept()


class AgreementsEditor(Retranslatable, QWidget):
    """``set_agreements`` fills it, ``agreements()`` reads it; ``changed`` on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkAgreements")
        self.dialog: AgreementDialog | None = None
        self.carried: tuple[Agreement, ...] = ()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        title_row = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("talkAgreementsTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.in_pdf = InPdfBox("afspraken", self)
        self.in_pdf.toggled.connect(lambda _on: self.changed.emit())
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        title_row.addWidget(self.in_pdf)
        box.addLayout(title_row)
        self.hint = plain_text("talkAgreementsHint", "hint", self)
        box.addWidget(self.hint)
        self.model = AgreementsModel(self)
        self.table = record_table("talkAgreementsTable", self.model, self, fit_width=False)
        self.table.horizontalHeader().setSectionResizeMode(
            AGREEMENT_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setMaximumHeight(170)
        box.addWidget(self.table)
        self.empty = plain_text("talkAgreementsEmpty", "muted", self)
        box.addWidget(self.empty)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.add_button = self._button("talkAgreementAddButton", self.add_agreement)
        self.edit_button = self._button("talkAgreementEditButton", self.edit_selected)
        self.remove_button = self._button("talkAgreementRemoveButton", self.remove_selected)
        self.carry_button = self._button("talkAgreementCarryButton", self.carry_over)
        for button in (self.add_button, self.edit_button, self.remove_button, self.carry_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.table.activated.connect(self.edit_selected)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update)
        self._update()
        self.retranslate()

    def _button(self, name: str, action: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def focus_chain(self) -> list[QWidget]:
        return [
            self.in_pdf,
            self.table,
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.carry_button,
        ]

    def set_agreements(self, agreements: tuple[Agreement, ...]) -> None:
        self.model.set_items(agreements)

    def agreements(self) -> tuple[Agreement, ...]:
        return self.model.items()

    def set_carried(self, agreements: tuple[Agreement, ...]) -> None:
        """The planning talk's agreements this talk can take over (none: no button)."""
        self.carried = agreements
        self._update()
        self.retranslate()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self, *_args: object) -> None:
        chosen = self._selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.carry_button.setVisible(bool(self.carried) and not has)

    # ---------------------------------------------------------------- changing
    def add_agreement(self) -> AgreementDialog:
        return self._open(None, None)

    def edit_selected(self, *_args: object) -> AgreementDialog | None:
        row = self._selected_row()
        agreement = self.model.item(row) if row is not None else None
        return self._open(row, agreement) if agreement is not None else None

    def _open(self, row: int | None, agreement: Agreement | None) -> AgreementDialog:
        dialog = AgreementDialog(agreement, self)
        dialog.accepted.connect(partial(self._accepted, dialog, row))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _accepted(self, dialog: AgreementDialog, row: int | None) -> None:
        agreement = dialog.agreement()
        if row is None:
            row = self.model.append(agreement)
        else:
            self.model.replace(row, agreement)
        self.table.selectRow(row)
        self.table.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def carry_over(self) -> None:
        """Take over the planning talk's agreements, to say where each stands now."""
        self.model.set_items(self.carried)
        self._update()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()
        self.changed.emit()

    def retranslate(self) -> None:
        self.title.setText(section_title("afspraken"))
        self.in_pdf.retranslate()
        self.hint.setText(
            self.tr(
                "Agreements on results, your development, your career and your employability, "
                "with how you see that they worked and your own reflection."
            )
        )
        self.empty.setText(
            self.tr(
                "No agreements in this conversation yet. Without its own agreements the PDF "
                "shows those of the planning conversation; take them over to say where each "
                "stands now."
            )
            if self.carried
            else self.tr("No agreements in this conversation yet.")
        )
        self.table.setAccessibleName(self.tr("Agreements of this conversation"))
        self.add_button.setText(self.tr("Add a&greement…"))
        self.add_button.setAccessibleName(self.tr("Add an agreement"))
        self.edit_button.setText(self.tr("C&hange…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected agreement"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected agreement"))
        self.carry_button.setText(self.tr("Take over the agreements of the planning"))
        self.carry_button.setAccessibleName(
            arg(self.tr("Take over the %1 agreements of the planning"), len(self.carried))
        )
        self.model.retranslate()

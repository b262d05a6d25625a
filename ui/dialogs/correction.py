"""Add a correction so that Rijkapp's total is the balance P-Direkt shows, in a kind of hours.

The Verlof page opens it from the check against P-Direkt with the difference; the page saves the
correction (an opening balance dated on the peildatum) as one undoable step.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import YEARLY_BUCKETS, Bucket, LeaveBalance
from rijkapp.views.leave import bucket_title
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary


class CorrectionDialog(Retranslatable, QDialog):
    """Confirm a correction so Rijkapp's total matches P-Direkt, and choose its kind of hours."""

    def __init__(self, hours: Decimal, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self.hours = hours
        self.on = on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.text = QLabel(self)
        self.text.setObjectName("correctionText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.bucket_label = QLabel(self)
        self.bucket_combo = QComboBox(self)
        self.bucket_combo.setObjectName("correctionBucketCombo")
        self.bucket_label.setBuddy(self.bucket_combo)
        for bucket, year in (
            (Bucket.WETTELIJK, on.year),
            (Bucket.WETTELIJK, on.year - 1),
            (Bucket.IKB_UREN, on.year),
            (Bucket.SPAARVERLOF, None),
            (Bucket.COMPENSATIE, None),
        ):
            self.bucket_combo.addItem(fmt.text(bucket_title(bucket, year)), (bucket, year))
        self.note_label = QLabel(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("correctionNoteEdit")
        self.note_edit.setMaxLength(200)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.bucket_label, self.bucket_combo)
        form.addRow(self.note_label, self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("correctionOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("correctionCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.note_edit.setText(arg(self.tr("Correction: balance in P-Direkt on %1"), fmt.day(on)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a correction"))
        self.text.setText(
            arg(
                self.tr(
                    "Rijkapp adds %1 on %2, so that your total is the same as in P-Direkt. "
                    "Choose the kind of hours the difference belongs to. "
                    "You can undo this with Ctrl+Z."
                ),
                fmt.hours(self.hours),
                fmt.day(self.on),
            )
        )
        self.bucket_label.setText(self.tr("&Kind of hours:"))
        self.bucket_combo.setAccessibleName(self.tr("Kind of hours"))
        self.note_label.setText(self.tr("&Description:"))
        self.note_edit.setAccessibleName(self.tr("Description"))
        self.ok_button.setText(self.tr("Add correction"))
        self.cancel_button.setText(self.tr("Cancel"))

    def balance(self, balance_id: str) -> LeaveBalance:
        name, year = self.bucket_combo.currentData()
        bucket = Bucket(name)  # Qt hands enum members back as plain text
        return LeaveBalance(
            balance_id,
            self.on,
            bucket,
            year if bucket in YEARLY_BUCKETS else None,
            self.hours,
            self.note_edit.text().strip(),
        )

"""The certificates of one activity in its dialog: add a file, its dates, remove it.

A file the user picks is read whole into a ``Certificate`` by the service
(:func:`rijkapp.services.learning.certificate_from_file`: too large, empty or unreadable files are
refused in words); it is kept in the encrypted data when the dialog's Save saves the activity.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Certificate
from rijkapp.services.learning import certificate_from_file
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import FieldError
from ui.widgets.labels import plain_text


def next_certificate_id(certificates: tuple[Certificate, ...]) -> str:
    """``c1``, ``c2``, ...: one more than the highest id the activity has."""
    numbers = [int(c.id[1:]) for c in certificates if c.id[:1] == "c" and c.id[1:].isdigit()]
    return f"c{max(numbers, default=0) + 1}"


class CertificateEditor(Retranslatable, QWidget):
    """``set_certificates`` fills it; ``certificates()`` is what Save keeps; ``changed`` on edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateEditor")
        self._certificates: list[Certificate] = []
        self._filling = False
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(8)
        self.intro = plain_text("certificateEditorIntro", "hint", self)
        box.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("certificateList")
        self.list.setMaximumHeight(140)
        self.list.currentRowChanged.connect(self._selected)
        box.addWidget(self.list)
        self.empty = plain_text("certificateListEmpty", "muted", self)
        box.addWidget(self.empty)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.issued_label = QLabel(self)
        self.issued_edit = DateField("certificateIssuedEdit", optional=True, parent=self)
        self.issued_label.setBuddy(self.issued_edit)
        self.until_label = QLabel(self)
        self.until_edit = DateField("certificateValidUntilEdit", optional=True, parent=self)
        self.until_label.setBuddy(self.until_edit)
        form.addRow(self.issued_label, self.issued_edit)
        form.addRow(self.until_label, self.until_edit)
        box.addLayout(form)
        self.error = FieldError("certificateError", self.list, self)
        box.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCertificateButton")
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeCertificateButton")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.issued_edit.valueChanged.connect(self._dates_changed)
        self.until_edit.valueChanged.connect(self._dates_changed)
        self.retranslate()
        self._selected(-1)

    # ---------------------------------------------------------------- content
    def set_certificates(self, certificates: tuple[Certificate, ...]) -> None:
        self._certificates = list(certificates)
        self._fill_list(0 if certificates else -1)

    def certificates(self) -> tuple[Certificate, ...]:
        return tuple(self._certificates)

    def _fill_list(self, current: int) -> None:
        self._filling = True
        try:
            self.list.clear()
            for certificate in self._certificates:
                item = QListWidgetItem(self._item_text(certificate))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
                self.list.addItem(item)
            self.list.setCurrentRow(current)
        finally:
            self._filling = False
        has = bool(self._certificates)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self._selected(self.list.currentRow())

    def _item_text(self, certificate: Certificate) -> str:
        until = certificate.valid_until
        if until is None:
            return arg(self.tr("%1 — does not expire"), certificate.filename)
        return arg(self.tr("%1 — valid until %2"), certificate.filename, fmt.day(until))

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A certificate is kept encrypted in your own data, never as a loose file. "
                "Fill in its last valid day to get a reminder 90, 60, 30 and 7 days before."
            )
        )
        self.empty.setText(self.tr("No certificates yet."))
        self.list.setAccessibleName(self.tr("Certificates of this activity"))
        self.issued_label.setText(self.tr("&Issued on:"))
        self.issued_edit.setAccessibleName(self.tr("Certificate issued on"))
        self.until_label.setText(self.tr("&Valid until (last day):"))
        self.until_edit.setAccessibleName(self.tr("Certificate valid until"))
        self.add_button.setText(self.tr("Add a &file…"))
        self.add_button.setAccessibleName(self.tr("Add a certificate file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected certificate"))
        for row, certificate in enumerate(self._certificates):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(certificate))

    # ---------------------------------------------------------------- editing
    def _selected(self, row: int) -> None:
        chosen = 0 <= row < len(self._certificates)
        for widget in (self.issued_edit, self.until_edit, self.remove_button):
            widget.setEnabled(chosen)
        if chosen and not self._filling:
            certificate = self._certificates[row]
            self._filling = True
            try:
                self.issued_edit.set_value(certificate.issued)
                self.until_edit.set_value(certificate.valid_until)
            finally:
                self._filling = False

    def _dates_changed(self) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self._certificates):
            return
        certificate = dataclasses.replace(
            self._certificates[row],
            issued=self.issued_edit.value(),
            valid_until=self.until_edit.value(),
        )
        self._certificates[row] = certificate
        item = self.list.item(row)
        if item is not None:
            item.setText(self._item_text(certificate))
        self.changed.emit()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a certificate"),
            str(Path.home()),
            self.tr("Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Read the file at ``path`` as a further certificate; False (and why) when refused."""
        try:
            certificate = certificate_from_file(
                path, certificate_id=next_certificate_id(self.certificates())
            )
        except ValidationError as error:
            self.error.show_message(fmt.reason(error))
            return False
        self.error.show_message("")
        self._certificates.append(certificate)
        self._fill_list(len(self._certificates) - 1)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._certificates):
            del self._certificates[row]
            self._fill_list(min(row, len(self._certificates) - 1))
            self.changed.emit()

    def show_error(self, text: str) -> None:
        self.error.show_message(text)

"""The Leren page's certificates: each with its status on the day, to open or save elsewhere.

A certificate lives only inside the encrypted data. *Open* asks the service for a private
temporary copy (:func:`rijkapp.services.learning.open_certificate`, removed when the data is
closed) and hands it to the program the system opens such files with; *Save as…* writes a copy
where the user chooses. The last valid days go to a calendar file with reminders (.ics).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.services import learning as learning_service
from rijkapp.services.calendar import CERTIFICATES_FILE_NAME, export_certificate_calendar
from rijkapp.views.leren import CertificateState, LerenPage
from ui import formatting as fmt
from ui.context import AppContext
from ui.models.learning import CERT_ACTIVITY, CertificateModel
from ui.text import Retranslatable, arg
from ui.widgets.certificate_reminder import reminder_text
from ui.widgets.labels import plain_text, section_title
from ui.widgets.notice import notice_style
from ui.widgets.record_table import record_table


class LearningCertificates(Retranslatable, QWidget):
    """``show_data(page)`` fills it; ``opened`` holds the path of the last certificate opened."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learningCertificates")
        self.context = context
        self.page: LerenPage | None = None
        self.opened: Path | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.title = section_title("learningCertificatesTitle", self)
        box.addWidget(self.title)
        self.reminders = plain_text("learningCertificateReminders", "", self)
        box.addWidget(self.reminders)
        self.model = CertificateModel(self)
        self.table = record_table("learningCertificateTable", self.model, self, fit_width=False)
        self.table.setMaximumHeight(220)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CERT_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        box.addWidget(self.table)
        self.empty = plain_text("learningCertificatesEmpty", "muted", self)
        box.addWidget(self.empty)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCertificateButton")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCertificateButton")
        self.save_button.clicked.connect(self.save_selected)
        self.ics_button = QPushButton(self)
        self.ics_button.setObjectName("exportCertificatesIcsButton")
        self.ics_button.clicked.connect(self.export_calendar)
        for button in (self.open_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.ics_button)
        box.addLayout(row)
        self.table.activated.connect(self.open_selected)  # Enter or a double click
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Certificates"))
        self.table.setAccessibleName(self.tr("Your certificates"))
        self.empty.setText(
            self.tr("No certificates yet. Add one in an activity, on the Certificates tab.")
        )
        self.open_button.setText(self.tr("O&pen certificate"))
        self.open_button.setAccessibleName(self.tr("Open the selected certificate"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.save_button.setAccessibleName(self.tr("Save the selected certificate as a file"))
        self.ics_button.setText(self.tr("Expiry dates to calendar (.ics)…"))
        self.ics_button.setAccessibleName(
            self.tr("Export the last valid days of your certificates to a calendar file")
        )
        self.model.retranslate()
        self._show_reminders()

    def _show_reminders(self) -> None:
        page = self.page
        states = page.certificates if page is not None else ()
        due = [s for s in states if s.reminder is not None]
        self.reminders.setText("\n".join(reminder_text(s) for s in due))
        self.reminders.setVisible(bool(due))
        self.reminders.setStyleSheet(notice_style())

    # ---------------------------------------------------------------- data
    def show_data(self, page: LerenPage) -> None:
        self.page = page
        selected = self.selected()
        self.model.set_states(page.certificates)
        row = (
            self.model.row_of(selected.activity.id, selected.certificate.id)
            if selected is not None
            else None
        )
        if row is None and page.certificates:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        has = bool(page.certificates)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.ics_button.setEnabled(any(s.certificate.valid_until for s in page.certificates))
        self._show_reminders()
        self._update_buttons()

    def selected(self) -> CertificateState | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.state(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    # ---------------------------------------------------------------- opening and saving
    def _failed(self, error: BaseException) -> None:
        self.context.status.emit(fmt.reason(error))

    def open_selected(self, *_args: object) -> None:
        state = self.selected()
        if state is None:
            return
        activity_id, certificate_id = state.activity.id, state.certificate.id
        self.context.with_session(
            lambda session: learning_service.open_certificate(session, activity_id, certificate_id),
            self._opened,
            self._failed,
        )

    def _opened(self, path: Path) -> None:
        self.opened = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.context.status.emit(
                arg(self.tr("No program was found to open %1. Use Save as… instead."), path.name)
            )
            return
        self.context.status.emit(
            arg(
                self.tr("%1 is open. The temporary copy is removed when you close Rijkapp."),
                path.name,
            )
        )

    def save_selected(self, *_args: object) -> None:
        state = self.selected()
        if state is None:
            return
        suggestion = str(Path.home() / state.certificate.filename)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate as"), suggestion
        )
        if not chosen:
            return
        target = Path(chosen)
        activity_id, certificate_id = state.activity.id, state.certificate.id
        self.context.with_session(
            lambda session: learning_service.save_certificate_as(
                session.store, activity_id, certificate_id, target
            ),
            lambda path: self.context.status.emit(
                arg(self.tr("The certificate is saved as %1."), str(path))
            ),
            self._failed,
        )

    def export_calendar(self, *_args: object) -> None:
        suggestion = str(Path.home() / CERTIFICATES_FILE_NAME)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the certificates' last valid days"),
            suggestion,
            self.tr("iCalendar file (*.ics)"),
        )
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        now, language = self.context.now(), fmt.language()
        self.context.with_session(
            lambda session: export_certificate_calendar(
                session.store, target, now=now, language=language
            ),
            lambda path: self.context.status.emit(
                arg(self.tr("Calendar file saved: %1"), str(path))
            ),
            self._failed,
        )

"""Verlof exporteren naar agenda (.ics): which leave goes into the file, where, and writing it.

:func:`export_ics` shows the options, then asks for a file name, then writes the file on the data
thread through :mod:`rijkapp.services.calendar`; the status bar says where it went. The Verlof
page and the File menu both offer it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rijkapp.services.calendar import CalendarChoice, export_leave_calendar, years_to_choose
from ui.context import AppContext
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary

if TYPE_CHECKING:
    from rijkapp.services.changes import Store


def _translate(text: str) -> str:
    return QCoreApplication.translate("IcsExportDialog", text)


class IcsExportDialog(Retranslatable, QDialog):
    """Which leave goes into the calendar file."""

    def __init__(self, years: list[int], default_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.years = years
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("role", "intro")
        layout.addWidget(self.text)
        form = QFormLayout()
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("icsYearCombo")
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.addItem("", None)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(default_year)))
        self.year_label.setBuddy(self.year_combo)
        form.addRow(self.year_label, self.year_combo)
        layout.addLayout(form)
        self.planned_check = QCheckBox(self)
        self.planned_check.setObjectName("icsPlannedCheck")
        self.taken_check = QCheckBox(self)
        self.taken_check.setObjectName("icsTakenCheck")
        self.holidays_check = QCheckBox(self)
        self.holidays_check.setObjectName("icsHolidaysCheck")
        for check in (self.planned_check, self.taken_check, self.holidays_check):
            check.setChecked(True)
            check.toggled.connect(self._update)
            layout.addWidget(check)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("icsOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("icsCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export leave to a calendar"))
        self.text.setText(
            self.tr(
                "Rijkapp makes an iCalendar file (.ics) with your leave as all-day events. Open it "
                "in Outlook or another calendar. The file stays on this computer."
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.setItemText(self.year_combo.count() - 1, self.tr("All years"))
        self.planned_check.setText(self.tr("&Planned leave"))
        self.taken_check.setText(self.tr("&Taken leave"))
        self.holidays_check.setText(self.tr("Public &holidays of the Rijk"))
        self.ok_button.setText(self.tr("Choose file…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _update(self) -> None:
        self.ok_button.setEnabled(
            any(c.isChecked() for c in (self.planned_check, self.taken_check, self.holidays_check))
        )

    def choice(self) -> CalendarChoice:
        return CalendarChoice(
            self.year_combo.currentData(),
            self.planned_check.isChecked(),
            self.taken_check.isChecked(),
            self.holidays_check.isChecked(),
        )


def write_ics(
    context: AppContext,
    path: Path,
    choice: CalendarChoice,
    on_done: Callable[[Path], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Write the calendar file on the data thread."""
    today, now, language = context.today(), context.now(), context.language

    def work(store: Store) -> Path:
        return export_leave_calendar(store, path, choice, today=today, now=now, language=language)

    def done(written: Path) -> None:
        context.status.emit(arg(_translate("Your leave was exported to %1."), str(written)))
        if on_done is not None:
            on_done(written)

    # Not a query: a query asked just before the exit is skipped, a file being written is not.
    context.with_session(lambda session: work(session.store), done, on_failure)


def export_ics(parent: QWidget, context: AppContext | None = None) -> IcsExportDialog | None:
    """Verlof exporteren naar agenda (.ics): options, then a file name, then the file.

    ``parent`` is the page or the main window; both know the context. Returns the options
    dialog (shown with ``open()``, so nothing blocks).
    """
    context = context or getattr(parent, "context", None)
    if context is None or not context.is_open:
        return None
    today = context.today()
    dialog = IcsExportDialog(years_to_choose(today), today.year, parent)

    def chosen() -> None:
        choice = dialog.choice()
        suggestion = str(Path.home() / choice.file_name)
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            _translate("Export leave to a calendar"),
            suggestion,
            _translate("iCalendar file (*.ics)"),
        )
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            write_ics(context, Path(path), choice)

    dialog.accepted.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

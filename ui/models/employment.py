"""The employment history as a table: one row per effective-dated record, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from rijkapp.domain.records import Employment, employment_on
from ui import formatting as fmt
from ui.models.dated import DatedRecordsModel, aligned

FROM, HOURS, SCALE, STEP, SALARY, ALLOWANCES, END = range(7)
NUMBER_COLUMNS = (HOURS, SCALE, STEP, SALARY, ALLOWANCES)


class EmploymentModel(DatedRecordsModel[Employment]):
    """Rows are ``Employment`` records; the record in force today is shown in bold."""

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(employment_on, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("From"),
            self.tr("Hours per week"),
            self.tr("Scale"),
            self.tr("Step"),
            self.tr("Full-time salary per month"),
            self.tr("Allowances per month"),
            self.tr("Last working day"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _display(self, record: Employment) -> tuple[str, ...]:
        return (
            fmt.day(record.valid_from, fmt="medium"),
            fmt.hours(record.hours_per_week),
            str(record.scale),
            str(record.step),
            fmt.money(record.monthly_salary_fulltime),
            fmt.money(record.allowances_monthly),
            fmt.day(record.end_date, fmt="medium") if record.end_date else "",
        )

    def _alignment(self, column: int) -> int:
        return aligned(column in NUMBER_COLUMNS)

    def _applies_today(self) -> str:
        return self.tr("These terms apply today.")

"""Work schedules as a table: hours per weekday from a date on, with the weekly total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from rijkapp.domain.records import WorkSchedule, schedule_on
from ui import formatting as fmt
from ui.models.dated import DatedRecordsModel, aligned

FROM, TOTAL = 0, 8


class ScheduleModel(DatedRecordsModel[WorkSchedule]):
    """Rows are ``WorkSchedule`` records, a column per weekday and the week's total."""

    COLUMNS = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(schedule_on, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        short = (
            self.tr("From"),
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
            self.tr("Per week"),
        )
        full = (
            self.tr("From"),
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
            self.tr("Hours per week"),
        )
        if not 0 <= section < len(short):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return short[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return full[section]
        return None

    def _display(self, record: WorkSchedule) -> tuple[str, ...]:
        return (
            fmt.day(record.valid_from, fmt="medium"),
            *(fmt.hours(hours) for hours in record.hours),
            fmt.hours(record.hours_per_week),
        )

    def _alignment(self, column: int) -> int:
        return aligned(column != FROM)

    def _applies_today(self) -> str:
        return self.tr("This schedule applies today.")

"""Work schedules as a table: hours per weekday from a date on, with the weekly total."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from rijkapp.domain.records import WorkSchedule, schedule_on
from ui import formatting as fmt
from ui.models.dated import DatedRecordsModel, Index

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
FROM, TOTAL = 0, 8


class ScheduleModel(DatedRecordsModel[WorkSchedule]):
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
            return _alignment(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return short[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return full[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        current = record.id == self._current
        answers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: _display(record)[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: _alignment(column),
            Qt.ItemDataRole.FontRole: lambda: _bold() if current else None,
            Qt.ItemDataRole.ToolTipRole: lambda: (
                self.tr("This schedule applies today.") if current else None
            ),
            RECORD_ROLE: lambda: record,
        }
        answer = answers.get(role)
        return answer() if answer is not None else None


def _display(record: WorkSchedule) -> tuple[str, ...]:
    return (
        fmt.day(record.valid_from, fmt="medium"),
        *(fmt.number(hours, 2) for hours in record.hours),
        fmt.number(record.hours_per_week, 2),
    )


def _alignment(column: int) -> int:
    side = Qt.AlignmentFlag.AlignLeft if column == FROM else Qt.AlignmentFlag.AlignRight
    return int(side | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font

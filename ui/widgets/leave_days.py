"""What each day of a leave entry costs, as the leave dialog lists it under "Show per day"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rijkapp.services.leave import LeaveDay
from ui import formatting as fmt
from ui.text import Retranslatable, arg

SHOWN_ROWS = 7  # more days scroll


class LeaveDaysTable(Retranslatable, QTableWidget):
    """Day, hours and a remark (a public holiday, a day off, outside the employment)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("leaveDaysTable")
        self.days: tuple[LeaveDay, ...] = ()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setDefaultSectionSize(24)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Hours"), self.tr("Remark")])
        self.setAccessibleName(self.tr("What each day costs"))
        self.show_days(self.days)

    def show_days(self, days: tuple[LeaveDay, ...]) -> None:
        self.days = days
        self.setRowCount(len(days))
        for row, day in enumerate(days):
            values = (
                fmt.day(day.day, fmt="EEE d MMM yyyy"),
                fmt.hours(day.hours),
                self.remark(day),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        header = self.horizontalHeader().sizeHint().height()
        rows = min(len(days), SHOWN_ROWS)
        self.setFixedHeight(header + rows * self.verticalHeader().defaultSectionSize() + 4)

    def remark(self, day: LeaveDay) -> str:
        if day.holiday is not None:
            return arg(self.tr("public holiday: %1"), fmt.text(day.holiday))
        if not day.employed:
            return self.tr("outside your employment")
        if day.scheduled == 0:
            return self.tr("not a working day")
        if day.assumed_schedule:
            return self.tr("no work schedule: weekly hours spread over Monday to Friday")
        return ""

"""A date field with a calendar popup, shown as dd-MM-yyyy, that may also be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.text import Retranslatable

EMPTY = QDate(1900, 1, 1)  # the minimum stands for "not filled in" on optional fields
DISPLAY_FORMAT = "dd-MM-yyyy"


class DateField(Retranslatable, QDateEdit):
    """``value()`` is a ``datetime.date``, or None when an optional field is left empty.

    Delete or Backspace on a fully selected optional field empties it again.
    """

    valueChanged = Signal()

    def __init__(self, name: str, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(EMPTY if optional else QDate(1900, 1, 2))
        self.setMaximumDate(QDate(2199, 12, 31))
        self.calendarWidget().setGridVisible(False)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.dateChanged.connect(self._date_changed)
        self.setMinimumWidth(150)
        self.retranslate()
        if optional:
            self.set_value(None)

    def retranslate(self) -> None:
        if self.optional:
            self.setSpecialValueText(self.tr("not filled in"))

    def _date_changed(self, _day: QDate) -> None:
        self.valueChanged.emit()

    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(EMPTY if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.lineEdit()
        everything = editor.selectedText() == editor.text()
        if (
            self.optional
            and everything
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.set_value(None)
            event.accept()
            return
        super().keyPressEvent(event)

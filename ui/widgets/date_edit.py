"""A date field: type the date as you like, or pick it from a calendar; shown as 12-03-1985.

It is a line edit, so typing, selecting, emptying and Tab work as in any text field. What it
reads as a date is decided by :func:`rijkapp.formatting.parse_day` (``12031985``, ``12-3-1985``,
``12-03-1985``, ``/`` ``.`` or a space between the parts, or ``1985-03-12``); once the field is
left, or on Enter, the date shows as ``12-03-1985``. Text that is no date gives no value and a
message (``problem()``) that the form shows beside the field and that keeps the form from
saving. Alt+Down or F4 (or the button in the field) opens a calendar on the field's date, or
when empty on the day the form suggests (``set_calendar_hint``); Enter or a click picks a day,
Escape closes it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.formatting import FIRST_YEAR, LAST_YEAR, DateProblem, parse_day, typed_day
from ui.icons import icon
from ui.text import Retranslatable, arg

EXAMPLE = date(1985, 3, 12)  # the date every message and hint shows as the example


class CalendarPopup(QFrame):
    """The calendar under a date field; ``picked`` a day by click or Enter, Escape closes."""

    picked = Signal(date)

    def __init__(self, field: QWidget) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName(f"{field.objectName()}Calendar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName(f"{field.objectName()}CalendarGrid")
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        # The padding tables get would leave no room for "28" in a day's cell.
        self.calendar.setStyleSheet("QTableView::item { padding: 0px; }")
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)  # Enter, or a double click
        layout.addWidget(self.calendar)

    def show_on(self, day: date, below: QWidget) -> None:
        """Open on ``day`` under ``below`` (above it when there is no room underneath)."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        place = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        if place.y() + self.height() > room.bottom():
            place.setY(below.mapToGlobal(QPoint(0, 0)).y() - self.height())
        place.setX(max(room.left(), min(place.x(), room.right() - self.width())))
        self.move(place)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(date(day.year(), day.month(), day.day()))


class DateField(Retranslatable, QLineEdit):
    """``value()`` is a ``datetime.date``, or None while empty or while the text is no date.

    ``optional`` fields may stay empty; a required one that is empty has a ``problem()``.
    ``valueChanged`` is sent when the date or the problem changes: at once when typing makes a
    date (or empties an optional field), and otherwise when the field is left, so half-typed
    text is not called wrong.
    """

    valueChanged = Signal()

    def __init__(self, name: str, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.optional = optional
        self.setMaxLength(30)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setClearButtonEnabled(optional)
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setObjectName(f"{name}CalendarAction")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        self._hint: date | None = None
        self._said = ""  # what the form says about the field (its accessible description)
        self._announced: date | DateProblem | None = None  # what valueChanged last said
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self.commit)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.calendar_action.setText(self.tr("Choose from the calendar"))
        self.calendar_action.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.setAccessibleName(self.accessibleName())
        self.setAccessibleDescription(self._said)
        if self.popup is not None:
            self.popup.calendar.setAccessibleName(self.tr("Calendar"))

    def format_hint(self) -> str:
        """How to fill in the field, for a screen reader."""
        if self.optional:
            text = self.tr("Type a date like %1, or leave it empty. Alt+Down opens a calendar.")
        else:
            text = self.tr("Type a date like %1. Alt+Down opens a calendar.")
        return arg(text, typed_day(EXAMPLE))

    def setAccessibleName(self, name: str) -> None:
        """The field's name (the form's label), which also names its calendar button."""
        super().setAccessibleName(name)
        for button in self.calendar_action.associatedObjects():
            if isinstance(button, QToolButton):
                button.setAccessibleName(
                    arg(self.tr("%1: choose from the calendar"), name)
                    if name
                    else self.calendar_action.text()
                )

    def setAccessibleDescription(self, description: str) -> None:
        """What the form says (a message, or nothing) followed by how to fill in the field."""
        self._said = description
        super().setAccessibleDescription(
            " ".join(p for p in (description, self.format_hint()) if p)
        )

    # ---------------------------------------------------------------- the value
    def value(self) -> date | None:
        parsed = parse_day(self.text())
        return parsed if isinstance(parsed, date) else None

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else typed_day(value))
        self._announce(problems_too=True)

    def problem(self) -> str:
        """What is wrong with the text, in the window's language; "" when it is fine."""
        parsed = parse_day(self.text())
        example = typed_day(EXAMPLE)
        if isinstance(parsed, date) or (parsed is None and self.optional):
            return ""
        if parsed is None:
            return arg(self.tr("Fill in a date, like %1."), example)
        if parsed is DateProblem.OUT_OF_RANGE:
            return arg(self.tr("Type a year from %1 to %2."), FIRST_YEAR, LAST_YEAR)
        reasons = {
            DateProblem.SHORT_YEAR: self.tr("Type the year in four digits, like %1."),
            DateProblem.NO_SUCH_DATE: self.tr("This date does not exist. Type a date like %1."),
        }
        return arg(reasons.get(parsed, self.tr("Type a date like %1.")), example)

    def set_calendar_hint(self, day: date) -> None:
        """The day the calendar opens on while the field is empty (else: today)."""
        self._hint = day

    def commit(self) -> None:
        """Show a date as ``12-03-1985``, and say what is wrong with text that is no date."""
        day = self.value()
        if day is not None and self.text() != typed_day(day):
            self.setText(typed_day(day))
        self._announce(problems_too=True)

    def _typed(self, _text: str) -> None:
        self._announce(problems_too=False)

    def _announce(self, *, problems_too: bool) -> None:
        state = parse_day(self.text())  # the date, what is wrong, or None when empty
        if not problems_too and (
            isinstance(state, DateProblem) or (state is None and not self.optional)
        ):
            return  # still typing, perhaps: said when the field is left
        if state != self._announced:
            self._announced = state
            self.valueChanged.emit()

    # ---------------------------------------------------------------- the calendar
    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.calendar.setAccessibleName(self.tr("Calendar"))
            self.popup.picked.connect(self._picked)
        today = QDate.currentDate()
        fallback = date(today.year(), today.month(), today.day())
        self.popup.show_on(self.value() or self._hint or fallback, self)

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- looks
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        digits = self.fontMetrics().horizontalAdvance("00-00-00000")
        buttons = 2 if self.optional else 1
        return QSize(digits + buttons * 26 + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.calendar_action.setIcon(icon("calendar"))  # drawn in the new text colour
        super().changeEvent(event)

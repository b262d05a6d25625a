"""A whole year at a glance: twelve small month grids with leave, public holidays and days off.

:func:`rijkapp.views.planner.year_plan` works the year out from a dossier (on the data thread);
:class:`YearPlanner` paints it. Monday is the first day of the week and every week row starts
with its ISO week number. Planned leave and taken leave have two colours (and planned leave a
border too, so the difference does not rest on colour alone); a Rijk public holiday says its
name on hover; days you do not work are grey; today has a ring.

Keyboard: the arrow keys move a day or a week, Page Up/Down a month, Home/End to the start or
end of the month; Enter or Space opens the day (as a click does). Moving past the first or last
day of the year asks for the next or previous year (``yearRequested``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from rijkapp.domain.records import LeaveStatus
from rijkapp.views.planner import PlannerDay, YearPlan
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.flow import FlowLayout

# ------------------------------------------------------------------------------ colours


@dataclass(frozen=True)
class PlannerColours:
    taken: str
    taken_text: str
    planned: str
    planned_border: str
    planned_text: str
    holiday: str
    holiday_text: str
    off: str
    off_text: str
    today: str
    cursor: str
    week: str
    title: str


LIGHT_COLOURS = PlannerColours(
    taken="#154273",
    taken_text="#ffffff",
    planned="#cfe2f7",
    planned_border="#2f6db3",
    planned_text="#0b2440",
    holiday="#f8dc9a",
    holiday_text="#3b2f00",
    off="#eef0f3",
    off_text="#5f6873",
    today="#c2410c",
    cursor="#2f6db3",
    week="#6b7480",
    title="#154273",
)

DARK_COLOURS = PlannerColours(
    taken="#8fb8e6",
    taken_text="#0d1b2a",
    planned="#2b4a70",
    planned_border="#8fb8e6",
    planned_text="#e6f0fb",
    holiday="#6b5417",
    holiday_text="#fbe7b0",
    off="#23272d",
    off_text="#9aa2ac",
    today="#ffa657",
    cursor="#8fb8e6",
    week="#8b939d",
    title="#a9c9ec",
)


def planner_colours() -> PlannerColours:
    app = QApplication.instance()
    dark = bool(app.property("rijkappDark")) if app is not None else False
    return DARK_COLOURS if dark else LIGHT_COLOURS


# ------------------------------------------------------------------------------ painting


class DayStyle:
    TAKEN, PLANNED, HOLIDAY, OFF, WORKDAY = range(5)


def day_style(info: PlannerDay) -> int:
    if info.status is LeaveStatus.TAKEN:
        return DayStyle.TAKEN
    if info.status is LeaveStatus.PLANNED:
        return DayStyle.PLANNED
    if info.holiday is not None:
        return DayStyle.HOLIDAY
    if not info.working:
        return DayStyle.OFF
    return DayStyle.WORKDAY


def text_colour_for(style: int, colours: PlannerColours, palette: QPalette) -> QColor:
    return QColor(
        {
            DayStyle.TAKEN: colours.taken_text,
            DayStyle.PLANNED: colours.planned_text,
            DayStyle.HOLIDAY: colours.holiday_text,
            DayStyle.OFF: colours.off_text,
        }.get(style, palette.color(QPalette.ColorRole.Text).name())
    )


def paint_cells(
    painter: QPainter, rects: list[QRectF], style: int, colours: PlannerColours, palette: QPalette
) -> QColor:
    """Fill day cells of one style; returns the colour for their text."""
    fills = {
        DayStyle.TAKEN: colours.taken,
        DayStyle.PLANNED: colours.planned,
        DayStyle.HOLIDAY: colours.holiday,
        DayStyle.OFF: colours.off,
    }
    fill = fills.get(style)
    if fill is not None:
        painter.setBrush(QColor(fill))
        if style == DayStyle.PLANNED:
            # Planned leave also has a dashed border: the difference is not in colour alone.
            painter.setPen(QPen(QColor(colours.planned_border), 1.2, Qt.PenStyle.DashLine))
            inset = 2.0
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            inset = 1.5
        for rect in rects:
            painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 4, 4)
    return text_colour_for(style, colours, palette)


class YearPlanner(Retranslatable, QWidget):
    """The painted year. ``set_plan`` shows a :class:`YearPlan`; ``dayActivated`` on a click."""

    dayActivated = Signal(object)  # datetime.date
    cursorChanged = Signal(object)  # datetime.date
    yearRequested = Signal(int)

    GAP_X = 22
    GAP_Y = 14
    MIN_CELL = 22
    MAX_CELL = 34

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearPlanner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.today = today
        self.plan = YearPlan(today.year)
        self.cursor_day = today
        self._rects: dict[date, QRectF] = {}
        self._month_titles: list[tuple[QRectF, str]] = []
        self._week_labels: list[tuple[QRectF, str]] = []
        self._weekday_labels: list[tuple[QRectF, str]] = []
        self._columns = 4
        self._cell = 28.0
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] = ()
        self._layout_for(max(self.width(), 600))
        self.retranslate()

    # ---------------------------------------------------------------- public
    @property
    def year(self) -> int:
        return self.plan.year

    def set_today(self, today: date) -> None:
        self.today = today
        self._cache = None
        self.update()

    def set_plan(self, plan: YearPlan) -> None:
        self.plan = plan
        if self.cursor_day.year != plan.year:
            self.cursor_day = self.today if self.today.year == plan.year else date(plan.year, 1, 1)
        self._layout_for(self.width())
        self.updateGeometry()
        self.update()
        self._describe_cursor()

    def info(self, day: date) -> PlannerDay:
        return self.plan.get(day)

    def day_rect(self, day: date) -> QRect:
        """Where ``day`` is painted (for tests and tooltips); empty when not in this year."""
        rect = self._rects.get(day)
        return rect.toAlignedRect() if rect is not None else QRect()

    def day_at(self, point: QPoint) -> date | None:
        for day, rect in self._rects.items():
            if rect.contains(point.toPointF()):
                return day
        return None

    def set_cursor(self, day: date) -> None:
        if day.year != self.plan.year:
            self.cursor_day = day
            self.yearRequested.emit(day.year)
            return
        if day != self.cursor_day:
            self.cursor_day = day
            self.update()
        self._describe_cursor()

    def describe(self, day: date) -> str:
        """The day in words: what a screen reader says and what the tooltip shows."""
        info = self.info(day)
        parts = [fmt.day(day, fmt="full")]
        if info.holiday is not None:
            parts.append(arg(self.tr("public holiday: %1"), fmt.text(info.holiday)))
        if info.status is LeaveStatus.TAKEN:
            parts.append(arg(self.tr("leave taken, %1"), fmt.hours(info.hours)))
        elif info.status is LeaveStatus.PLANNED:
            parts.append(arg(self.tr("leave planned, %1"), fmt.hours(info.hours)))
        elif info.entry_id is not None:
            parts.append(self.tr("within your leave, costs no hours"))
        if info.note and info.entry_id is not None:
            parts.append(f"“{info.note}”")
        if not info.working and info.holiday is None:
            parts.append(self.tr("not a working day"))
        if day == self.today:
            parts.append(self.tr("today"))
        return ", ".join(parts)

    def retranslate(self) -> None:
        self.setAccessibleName(arg(self.tr("Year planner %1"), self.plan.year))
        self.setToolTip("")
        self._layout_for(self.width())
        self._describe_cursor()
        self.update()

    # ---------------------------------------------------------------- geometry
    def _columns_for(self, width: int) -> int:
        for columns in (4, 3, 2):
            needed = columns * 8 * self.MIN_CELL + (columns - 1) * self.GAP_X
            if width >= needed:
                return columns
        return 1

    def _month_height(self, cell: float) -> float:
        row = self._row_height(cell)
        return row * 1.3 + row + 6 * row  # title, weekday names, six weeks

    def _row_height(self, cell: float) -> float:
        return min(cell, 26.0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        columns = self._columns_for(width)
        cell = self._cell_for(width, columns)
        rows = -(-12 // columns)
        return int(rows * self._month_height(cell) + (rows - 1) * self.GAP_Y + 4)

    def _cell_for(self, width: int, columns: int) -> float:
        cell = (width - (columns - 1) * self.GAP_X) / (columns * 8)
        return max(float(self.MIN_CELL), min(float(self.MAX_CELL), cell))

    def sizeHint(self) -> QSize:
        width = 4 * 8 * 30 + 3 * self.GAP_X
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The height follows the width (heightForWidth); a narrow planner is a tall one.
        return QSize(2 * 8 * self.MIN_CELL + self.GAP_X, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_for(event.size().width())
        super().resizeEvent(event)

    def _layout_for(self, width: int) -> None:
        self._cache = None  # the year, the size or the words changed: draw it again
        columns = self._columns_for(width)
        cell = self._cell_for(width, columns)
        self._columns, self._cell = columns, cell
        row = self._row_height(cell)
        month_width = cell * 8
        used = columns * month_width + (columns - 1) * self.GAP_X
        left = max(0.0, (width - used) / 2) if columns < 4 else 0.0
        year = self.plan.year
        self._rects = {}
        self._month_titles = []
        self._week_labels = []
        self._weekday_labels = []
        weekday_names = [
            fmt.day(date(2024, 1, 1) + timedelta(days=i), fmt="EEEEEE") for i in range(7)
        ]
        for month in range(1, 13):
            index = month - 1
            x0 = left + (index % columns) * (month_width + self.GAP_X)
            y0 = (index // columns) * (self._month_height(cell) + self.GAP_Y)
            title = fmt.day(date(year, month, 1), fmt="LLLL")
            self._month_titles.append((QRectF(x0, y0, month_width, row * 1.3), title))
            header_y = y0 + row * 1.3
            self._weekday_labels.append((QRectF(x0, header_y, cell, row), self.tr("wk")))
            for weekday in range(7):
                rect = QRectF(x0 + (weekday + 1) * cell, header_y, cell, row)
                self._weekday_labels.append((rect, weekday_names[weekday]))
            first_weekday, days_in_month = calendar.monthrange(year, month)
            for number in range(1, days_in_month + 1):
                day = date(year, month, number)
                week_row = (first_weekday + number - 1) // 7
                y = header_y + row * (week_row + 1)
                self._rects[day] = QRectF(x0 + (day.weekday() + 1) * cell, y, cell, row)
                if day.weekday() == 0 or number == 1:
                    week = day.isocalendar().week
                    self._week_labels.append((QRectF(x0, y, cell, row), str(week)))

    # ---------------------------------------------------------------- painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        # The year is drawn once into a picture and only copied on a repaint: moving the
        # keyboard cursor repaints a handful of things, not 365 cells.
        colours = planner_colours()
        key = (
            self.width(),
            self.height(),
            colours is DARK_COLOURS,
            self.devicePixelRatioF(),
            self.font().toString(),
            self.palette().color(QPalette.ColorRole.Text).name(),
        )
        if self._cache is None or self._cache_key != key:
            self._cache = self._render(colours)
            self._cache_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        if self.hasFocus() and self.cursor_day in self._rects:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(colours.cursor), 2, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(self._rects[self.cursor_day].adjusted(-1, -1, 1, 1), 6, 6)
        painter.end()

    def _render(self, colours: PlannerColours) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base_font = QFont(self.font())
        small = QFont(base_font)
        small.setPointSizeF(max(7.0, base_font.pointSizeF() * 0.8))
        bold = QFont(base_font)
        bold.setBold(True)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        painter.setFont(bold)
        painter.setPen(QColor(colours.title))
        for rect, text in self._month_titles:
            painter.drawText(rect.adjusted(4, 0, 0, 0), left, text[:1].upper() + text[1:])
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for rect, text in self._weekday_labels:
            painter.drawText(rect, centre, text)
        painter.setPen(QColor(colours.week))
        for rect, text in self._week_labels:
            painter.drawText(rect, centre, text)
        # Cells grouped by style: one pen and brush per group.
        groups: dict[int, list[date]] = {}
        for day in self._rects:
            groups.setdefault(day_style(self.plan.get(day)), []).append(day)
        painter.setFont(base_font)
        for style, days in groups.items():
            text_colour = paint_cells(
                painter, [self._rects[d] for d in days], style, colours, palette
            )
            painter.setPen(text_colour)
            for day in days:
                if day != self.today:
                    painter.drawText(self._rects[day], centre, str(day.day))
        if self.today in self._rects:
            rect = self._rects[self.today]
            style = day_style(self.plan.get(self.today))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(colours.today), 2.2))
            painter.drawRoundedRect(rect.adjusted(1.2, 1.2, -1.2, -1.2), 5, 5)
            painter.setFont(bold)
            painter.setPen(text_colour_for(style, colours, palette))
            painter.drawText(rect, centre, str(self.today.day))
        painter.end()
        return pixmap

    # ---------------------------------------------------------------- input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_cursor(day)
            self.dayActivated.emit(day)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        day = self.cursor_day
        if key in moves:
            self.set_cursor(day + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.set_cursor(_add_months(day, -1))
        elif key == Qt.Key.Key_PageDown:
            self.set_cursor(_add_months(day, 1))
        elif key == Qt.Key.Key_Home:
            self.set_cursor(day.replace(day=1))
        elif key == Qt.Key.Key_End:
            self.set_cursor(day.replace(day=calendar.monthrange(day.year, day.month)[1]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.dayActivated.emit(day)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self, self.day_rect(day))
            return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().event(event)

    def _describe_cursor(self) -> None:
        text = self.describe(self.cursor_day) if self.cursor_day.year == self.plan.year else ""
        self.setAccessibleDescription(text)
        self.cursorChanged.emit(self.cursor_day)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


# ------------------------------------------------------------------------------ the legend


class _Swatch(QWidget):
    def __init__(self, style: int, today_ring: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_kind = style
        self.today_ring = today_ring
        self.setFixedSize(26, 22)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = planner_colours()
        rect = QRectF(0, 0, 26, 22)
        paint_cells(painter, [rect], self.style_kind, colours, self.palette())
        if self.today_ring:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(colours.today), 2.2))
            painter.drawRoundedRect(rect.adjusted(1.2, 1.2, -1.2, -1.2), 5, 5)
        painter.end()


class PlannerLegend(Retranslatable, QWidget):
    """What the colours of the planner mean, in words next to a sample of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerLegend")
        row = FlowLayout(self, spacing=18)  # wraps on a narrow window
        self.items: list[QLabel] = []
        for style, ring in (
            (DayStyle.TAKEN, False),
            (DayStyle.PLANNED, False),
            (DayStyle.HOLIDAY, False),
            (DayStyle.OFF, False),
            (DayStyle.WORKDAY, True),
        ):
            item = QWidget(self)  # a swatch and its words stay together
            pair = QHBoxLayout(item)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            pair.addWidget(_Swatch(style, ring, item))
            label = QLabel(item)
            label.setProperty("role", "muted")
            self.items.append(label)
            pair.addWidget(label)
            row.addWidget(item)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Leave taken"),
            self.tr("Leave planned"),
            self.tr("Public holiday"),
            self.tr("Not a working day"),
            self.tr("Today"),
        )
        for label, text in zip(self.items, texts, strict=True):
            label.setText(text)
        self.setAccessibleName(arg(self.tr("Legend: %1"), ", ".join(texts)))

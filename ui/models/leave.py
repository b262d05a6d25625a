"""Leave entries as a table: one row per entry, in date order, with what each one costs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from rijkapp.domain.records import Bucket, LeaveEntry, LeaveStatus
from rijkapp.views.leave import bucket_title
from ui import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

FROM, TO, HOURS, KIND, STATUS, NOTE = range(6)
COLUMNS = 6


def kind_text(bucket: Bucket | None, automatic: str) -> str:
    """The kind of hours an entry asks for: a bucket in the CAO's words, or "automatic"."""
    return automatic if bucket is None else fmt.text(bucket_title(bucket))


class LeaveEntryModel(QAbstractTableModel):
    """Rows are ``LeaveEntry`` records, earliest first; ``hours`` gives what each one costs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LeaveEntry] = []
        self._hours: dict[str, Decimal] = {}
        self._today: date | None = None
        self._shown: dict[int, tuple[str, ...]] = {}  # each row's texts, made when first asked

    def set_entries(
        self, entries: tuple[LeaveEntry, ...], hours: Mapping[str, Decimal], today: date
    ) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: (e.start, e.end, e.id))
        self._hours = dict(hours)
        self._today = today
        self._shown = {}
        self.endResetModel()

    def entry(self, row: int) -> LeaveEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> tuple[LeaveEntry, ...]:
        return tuple(self._entries)

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def next_row(self) -> int | None:
        """The first entry that is not over yet (to select when the list is shown)."""
        if self._today is None:
            return None
        for row, entry in enumerate(self._entries):
            if entry.end >= self._today:
                return row
        return len(self._entries) - 1 if self._entries else None

    def hours_of(self, entry_id: str) -> Decimal | None:
        return self._hours.get(entry_id)

    def retranslate(self) -> None:
        self._shown = {}  # the texts in the window's language now
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, COLUMNS - 1))

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("From"),
            self.tr("Up to and including"),
            self.tr("Hours"),
            self.tr("Kind of hours"),
            self.tr("Status"),
            self.tr("Description"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() < COLUMNS:
            return None
        row, column = index.row(), index.column()
        entry = self._entries[row]
        answers: dict[int, Callable[[], object]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self._texts(row)[column],
            Qt.ItemDataRole.TextAlignmentRole: lambda: _alignment(column),
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(entry, column),
            Qt.ItemDataRole.AccessibleTextRole: lambda: self._texts(row)[column] or None,
            ENTRY_ROLE: lambda: entry,
            SORT_ROLE: lambda: (entry.start, entry.end, entry.id),
        }
        answer = answers.get(role)
        return answer() if answer is not None else None

    def _texts(self, row: int) -> tuple[str, ...]:
        """The row's texts, made once: a table asks for each cell several times."""
        texts = self._shown.get(row)
        if texts is None:
            texts = self._shown[row] = self._display(self._entries[row])
        return texts

    def _display(self, entry: LeaveEntry) -> tuple[str, ...]:
        cost = self._hours.get(entry.id)
        return (
            fmt.day(entry.start, fmt="EEE d MMM yyyy"),
            fmt.day(entry.end, fmt="EEE d MMM yyyy"),
            fmt.hours(cost) if cost is not None else "",
            kind_text(entry.bucket, self.tr("Automatic")),
            self._status(entry),
            entry.note,
        )

    def _status(self, entry: LeaveEntry) -> str:
        """Taken, planned, or planned and already over: the stored status stays as the user
        set it (P-Direkt may not have the leave yet), but the table says the days are past."""
        if entry.status is LeaveStatus.TAKEN:
            return self.tr("Taken")
        if self._today is not None and entry.end < self._today:
            return self.tr("Over, not marked as taken")
        return self.tr("Planned")

    def _tooltip(self, entry: LeaveEntry, column: int) -> str | None:
        if column == HOURS:
            if entry.hours is not None:
                return self.tr("Hours entered by hand.")
            return self.tr("Hours from your work schedule; public holidays cost nothing.")
        if column == KIND and entry.bucket is None:
            return self.tr("Automatic: the hours that expire first are used first.")
        over = self._today is not None and entry.end < self._today
        if column == STATUS and entry.status is LeaveStatus.PLANNED and over:
            return self.tr("This leave is over. Mark it as taken when P-Direkt has it too.")
        return None


def _alignment(column: int) -> int:
    side = Qt.AlignmentFlag.AlignRight if column == HOURS else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignVCenter)

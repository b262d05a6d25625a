"""Effective-dated records as a table: one row per record, oldest first, today's in bold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class Dated(Protocol):
    """What the table needs of a record: which one it is, and from when it applies."""

    @property
    def id(self) -> str: ...

    @property
    def valid_from(self) -> date: ...


Record = TypeVar("Record", bound=Dated)


class DatedRecordsModel(QAbstractTableModel, Generic[Record]):
    """The shared half of the employment and schedule tables; subclasses add columns."""

    COLUMNS = 0

    def __init__(
        self,
        in_force: Callable[[tuple[Record, ...], date], Record | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._in_force = in_force  # employment_on / schedule_on
        self._records: list[Record] = []
        self._current: str | None = None

    def set_records(self, records: tuple[Record, ...], today: date) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: r.valid_from)
        in_force = self._in_force(records, today)
        self._current = in_force.id if in_force else None
        self.endResetModel()

    def record(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def current_row(self) -> int | None:
        """The row of the record in force today, if any."""
        for row, record in enumerate(self._records):
            if record.id == self._current:
                return row
        return None

    def records(self) -> tuple[Record, ...]:
        return tuple(self._records)

    def retranslate(self) -> None:
        """Headers and formatted numbers follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

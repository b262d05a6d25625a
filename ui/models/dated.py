"""Effective-dated records as a table: one row per record, oldest first, today's in bold.

Employment and work schedules share this; each kind says only what its columns show
(``_display``, ``_alignment``, the header) and how it tells that a record applies today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from rijkapp.domain.records import Employment, WorkSchedule

Index = QModelIndex | QPersistentModelIndex
# One kind of effective-dated record: it applies from ``valid_from`` until the next of its kind.
R = TypeVar("R", bound=Employment | WorkSchedule)


class DatedRecordsModel(QAbstractTableModel, Generic[R]):
    """The rows of one kind of effective-dated record; subclasses add the columns."""

    COLUMNS = 0

    def __init__(
        self, in_force: Callable[[tuple[R, ...], date], R | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._in_force = in_force  # employment_on / schedule_on
        self._records: list[R] = []
        self._current: str | None = None
        self._shown: dict[int, tuple[str, ...]] = {}  # each row's texts, made when first asked

    def set_records(self, records: tuple[R, ...], today: date) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: r.valid_from)
        in_force = self._in_force(records, today)
        self._current = in_force.id if in_force else None
        self._shown = {}
        self.endResetModel()

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def current_row(self) -> int | None:
        """The row of the record in force today, if any."""
        for row, record in enumerate(self._records):
            if record.id == self._current:
                return row
        return None

    def records(self) -> tuple[R, ...]:
        return tuple(self._records)

    def retranslate(self) -> None:
        """Headers and formatted numbers follow the language."""
        self._shown = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        current = record.id == self._current
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._shown.get(index.row())
            if texts is None:  # made once: a table asks for each cell several times
                texts = self._shown[index.row()] = self._display(record)
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if current else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._applies_today() if current else None
        return None

    # ---------------------------------------------------------------- per kind
    def _display(self, record: R) -> tuple[str, ...]:
        """The text of each column."""
        raise NotImplementedError

    def _alignment(self, column: int) -> int:
        raise NotImplementedError

    def _applies_today(self) -> str:
        """The tooltip of the row in force today."""
        raise NotImplementedError


def aligned(right: bool) -> int:
    """A column's alignment: numbers to the right, the rest to the left."""
    side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font

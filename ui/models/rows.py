"""A read-only table over a list of records, with translated column headers: the one base of the
small tables on the pages and in the editors (certificates, studiefaciliteiten, informants,
agreements).

A subclass says how many columns there are (``COLUMNS``), their names (``headers``) and the text
of a cell (``cell``); where it aligns a column, ``alignment``. The text is made when the view asks
for it, in the window's language; ``retranslate`` asks the view to ask again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


class RowsModel(QAbstractTableModel, Generic[T]):
    """One row per item of a list; ``set_items`` fills it, ``item`` gives a row's item back."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    # ---------------------------------------------------------------- content
    def items(self) -> tuple[T, ...]:
        return tuple(self._items)

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def append(self, item: T) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def replace(self, row: int, item: T) -> None:
        if 0 <= row < len(self._items):
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self.COLUMNS - 1)
            )

    # ---------------------------------------------------------------- what a subclass says
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, item: T, column: int) -> str:
        raise NotImplementedError

    def alignment(self, column: int) -> int | None:
        """How ``column``'s text is aligned; None: as the view aligns text."""
        return None

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        names = self.headers()
        return names[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (DISPLAY, ACCESSIBLE):
            return self.cell(item, index.column())
        if role == ALIGNMENT:
            return self.alignment(index.column())
        return None

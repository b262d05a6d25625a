"""The talks as Qt models: the Gesprekken page's list, and the editor's informants and agreements.

The page's list is one ``QAbstractTableModel`` over the read model's rows
(:class:`rijkapp.views.gesprekken.TalkRow`), newest year first, each year on a row of its own
above its talks; a cell's text is made only when the view asks for it, in the window's language. The
editor's two tables hold the records being edited (informants, agreements) until it saves.

The words for a talk's component, its status and an agreement's kind and status are here too, so
the page, the editor and its preparation pane say them the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from rijkapp.domain.records import Agreement, Informant, TalkPurpose, TalkStatus
from rijkapp.views.gesprekken import TalkRow, TalkYear
from ui import formatting as fmt
from ui.models.rows import RowsModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole

DATE, PURPOSE, PERIOD, MANAGER, STATUS, PREPARED, OPEN_AGREEMENTS = range(7)
TALK_COLUMNS = 7
AGREEMENT_KINDS = ("result", "development", "career", "inzetbaarheid")
AGREEMENT_STATUSES = ("open", "busy", "done", "stopped")


def purpose_text(purpose: TalkPurpose) -> str:
    """The component of the gesprekscyclus in words."""
    names = {
        TalkPurpose.PLANNEN: QCoreApplication.translate("TalkModels", "Planning"),
        TalkPurpose.REFLECTEREN: QCoreApplication.translate(
            "TalkModels", "Reflecting on functioning"
        ),
        TalkPurpose.EVALUEREN: QCoreApplication.translate(
            "TalkModels", "Evaluation with conclusion"
        ),
    }
    return names[purpose]


def status_text(status: TalkStatus) -> str:
    names = {
        TalkStatus.CONCEPT: QCoreApplication.translate("TalkModels", "Draft"),
        TalkStatus.GEDEELD: QCoreApplication.translate("TalkModels", "Shared"),
        TalkStatus.GEVOERD: QCoreApplication.translate("TalkModels", "Held"),
        TalkStatus.AFGEROND: QCoreApplication.translate("TalkModels", "Completed"),
    }
    return names[status]


def agreement_kind_text(kind: str) -> str:
    """An agreement's kind in words; a kind another tool wrote is shown as it is."""
    names = {
        "result": QCoreApplication.translate("TalkModels", "Result"),
        "development": QCoreApplication.translate("TalkModels", "Development"),
        "career": QCoreApplication.translate("TalkModels", "Career"),
        "inzetbaarheid": QCoreApplication.translate("TalkModels", "Employability"),
    }
    return names.get(kind, kind)


def agreement_status_text(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("TalkModels", "Open"),
        "busy": QCoreApplication.translate("TalkModels", "Under way"),
        "done": QCoreApplication.translate("TalkModels", "Done"),
        "stopped": QCoreApplication.translate("TalkModels", "Stopped"),
    }
    return names.get(status, status)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def short_day(day: date | None) -> str:
    return fmt.day(day, fmt="d MMM yyyy") if day is not None else "–"


def period_text(start: date | None, end: date | None) -> str:
    """A period as short as it can be said: "2025" for a calendar year, "jan – jun 2025" for
    whole months, otherwise its first and last day."""
    if start is None and end is None:
        return "–"
    if start is None or end is None or end < start:
        return f"{short_day(start)} – {short_day(end)}"
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if not whole_months:
        return f"{short_day(start)} – {short_day(end)}"
    if (start.month, end.month) == (1, 12) and start.year == end.year:
        return str(start.year)
    first = fmt.day(start, fmt="MMM" if start.year == end.year else "MMM yyyy")
    return f"{first} – {fmt.day(end, fmt='MMM yyyy')}"


class TalkListModel(QAbstractTableModel):
    """The talks per year, newest year first: a row with the year (the view spans it over all
    columns; it cannot be selected), then that year's talks as the read model orders them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[int | TalkRow] = []  # a year, or a talk of the year above it

    def set_years(self, years: Sequence[TalkYear]) -> None:
        self.beginResetModel()
        self._rows = []
        for year in sorted(years, key=lambda y: y.year, reverse=True):
            self._rows += [year.year, *year.rows]
        self.endResetModel()

    def year_rows(self) -> list[int]:
        """The rows that head a year."""
        return [row for row, item in enumerate(self._rows) if isinstance(item, int)]

    def talk_row(self, row: int) -> TalkRow | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, TalkRow) else None

    def row_of(self, talk_id: str) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, TalkRow) and item.talk_id == talk_id:
                return row
        return None

    def talk_count(self) -> int:
        return sum(1 for item in self._rows if isinstance(item, TalkRow))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TALK_COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, TALK_COLUMNS - 1)
            )

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else TALK_COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.talk_row(index.row()) is None:
            return flags & ~Qt.ItemFlag.ItemIsSelectable  # a year heads its talks
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        names = (
            QCoreApplication.translate("TalkModels", "Date"),
            QCoreApplication.translate("TalkModels", "Conversation"),
            QCoreApplication.translate("TalkModels", "Period"),
            QCoreApplication.translate("TalkModels", "Manager"),
            QCoreApplication.translate("TalkModels", "Status"),
            QCoreApplication.translate("TalkModels", "Prepared"),
            QCoreApplication.translate("TalkModels", "Open agreements"),
        )
        return names[section] if 0 <= section < TALK_COLUMNS else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        found: Any = None
        if isinstance(item, int):
            if role in (DISPLAY, ACCESSIBLE):
                found = str(item) if column == DATE else ""
            elif role == Qt.ItemDataRole.FontRole:
                found = _bold()
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_AGREEMENTS:
            found = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and column == STATUS and item.has_manager_reply:
            found = QCoreApplication.translate(
                "TalkModels", "Your manager's reply has been read in."
            )
        elif role in (DISPLAY, ACCESSIBLE):
            found = self._cell(item, column)
        return found

    @staticmethod
    def _cell(row: TalkRow, column: int) -> str:
        cells: dict[int, Callable[[], str]] = {
            DATE: lambda: short_day(row.on),
            PURPOSE: lambda: purpose_text(row.purpose),
            PERIOD: lambda: period_text(row.period_from, row.period_to),
            MANAGER: lambda: row.manager or "–",
            STATUS: lambda: status_text(row.status),
            PREPARED: lambda: (
                QCoreApplication.translate("TalkModels", "Yes")
                if row.prepared
                else QCoreApplication.translate("TalkModels", "No")
            ),
            OPEN_AGREEMENTS: lambda: str(row.open_agreements),
        }
        return cells[column]()


class InformantsModel(RowsModel[Informant]):
    """The informants of a talk: name and function (what they said is never kept)."""

    COLUMNS = 2

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TalkModels", "Name"),
            QCoreApplication.translate("TalkModels", "Function"),
        )

    def cell(self, item: Informant, column: int) -> str:
        return item.name if column == 0 else (item.function or "–")


AGREEMENT_KIND, AGREEMENT_TEXT, AGREEMENT_DUE, AGREEMENT_STATUS = range(4)


class AgreementsModel(RowsModel[Agreement]):
    """The agreements of a talk: kind, what was agreed, the due date and the status."""

    COLUMNS = 4

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TalkModels", "Kind"),
            QCoreApplication.translate("TalkModels", "Agreement"),
            QCoreApplication.translate("TalkModels", "Due"),
            QCoreApplication.translate("TalkModels", "Status"),
        )

    def cell(self, item: Agreement, column: int) -> str:
        cells: dict[int, Callable[[], str]] = {
            AGREEMENT_KIND: lambda: agreement_kind_text(item.kind),
            AGREEMENT_TEXT: lambda: item.text,
            AGREEMENT_DUE: lambda: short_day(item.due),
            AGREEMENT_STATUS: lambda: agreement_status_text(item.status),
        }
        return cells[column]()


__all__ = [
    "AGREEMENT_KINDS",
    "AGREEMENT_STATUSES",
    "AGREEMENT_TEXT",
    "TALK_COLUMNS",
    "AgreementsModel",
    "InformantsModel",
    "TalkListModel",
    "agreement_kind_text",
    "agreement_status_text",
    "period_text",
    "purpose_text",
    "short_day",
    "status_text",
]

"""The learning log and the certificates as Qt models, for the Leren page.

The log is one ``QAbstractTableModel`` over the read model's rows (never a widget per row) with a
filtering proxy on top, so it stays quick with a hundred thousand activities:

- the text of a cell is made only when the view asks for it (the rows on screen);
- sorting is done by the source model with Python's sort on one key per row, made once per
  column and language, instead of Qt comparing cells one pair at a time;
- the filter is :func:`rijkapp.views.leren.filter_rows`, run once per change of the filter; the
  proxy keeps the rows that passed as one list, made in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rijkapp.domain.records import StudyReason
from rijkapp.views.leren import CertificateState, CertificateStatus, LogFilter, LogRow, filter_rows
from rijkapp.views.ontwikkeling import ActivityFacilities
from ui import formatting as fmt
from ui.text import arg

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

TITLE, KIND, PROVIDER, PERIOD, HOURS, COST, STATUS, CERTIFICATES = range(8)
LOG_COLUMNS = 8
SORT_ORDER = {  # the worst status of an activity's certificates decides its place
    None: 0,
    CertificateStatus.VALID: 1,
    CertificateStatus.EXPIRING: 2,
    CertificateStatus.EXPIRED: 3,
}


def status_text(status: CertificateStatus) -> str:
    """A certificate's status in a word or two: valid, expiring soon, expired."""
    if status is CertificateStatus.EXPIRED:
        return QCoreApplication.translate("LearningModels", "Expired")
    if status is CertificateStatus.EXPIRING:
        return QCoreApplication.translate("LearningModels", "Expiring soon")
    return QCoreApplication.translate("LearningModels", "Valid")


def worst_status(states: Sequence[CertificateState]) -> CertificateStatus | None:
    """The status that needs attention first among an activity's certificates; None without."""
    if not states:
        return None
    return max((s.status for s in states), key=lambda status: SORT_ORDER[status])


def short_day(day: date | None) -> str:
    return fmt.day(day, fmt="d MMM yyyy") if day is not None else ""


def period_text(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return QCoreApplication.translate("LearningModels", "no dates")
    if start is None or end is None or start == end:
        return short_day(start or end)
    return f"{short_day(start)} – {short_day(end)}"


def certificates_text(states: Sequence[CertificateState]) -> str:
    worst = worst_status(states)
    if worst is None:
        return "–"
    if len(states) == 1:
        return status_text(worst)
    return f"{len(states)} \N{MULTIPLICATION SIGN}, {status_text(worst).lower()}"


def _label(value: Any) -> str:
    return value if isinstance(value, str) else fmt.text(value)


class LearningLogModel(QAbstractTableModel):
    """One row per activity; ``set_rows`` fills it, ``log_row`` gives a row's activity back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._by_id: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ---------------------------------------------------------------- content
    def set_rows(self, rows: Sequence[LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self._index_ids()
        self.endResetModel()

    def _index_ids(self) -> None:
        self._by_id = {row.activity.id: number for number, row in enumerate(self._rows)}

    def rows(self) -> tuple[LogRow, ...]:
        return tuple(self._rows)

    def log_row(self, row: int) -> LogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, activity_id: str) -> int | None:
        return self._by_id.get(activity_id)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LOG_COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, LOG_COLUMNS - 1)
            )

    # ---------------------------------------------------------------- sorting
    def _key(self, column: int) -> Callable[[LogRow], Any]:
        keys: dict[int, Callable[[LogRow], Any]] = {
            TITLE: lambda r: r.activity.title.casefold(),
            KIND: lambda r: _label(r.kind).casefold(),
            PROVIDER: lambda r: r.activity.provider.casefold(),
            PERIOD: lambda r: r.sort_day,
            HOURS: lambda r: r.activity.hours,
            COST: lambda r: r.activity.cost,
            STATUS: lambda r: list(type(r.activity.status)).index(r.activity.status),
            CERTIFICATES: lambda r: SORT_ORDER[worst_status(r.certificates)],
        }
        return keys[column]

    def _sorted(self, rows: list[LogRow], column: int, order: Qt.SortOrder) -> list[LogRow]:
        key = self._key(column)
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda r: (key(r), r.activity.id), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < LOG_COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].activity.id for i in persistent]
        self._sort = (column, order)
        self._rows = self._sorted(self._rows, column, order)
        self._index_ids()
        for old, activity_id in zip(persistent, ids, strict=True):
            self.changePersistentIndex(old, self.index(self._by_id[activity_id], old.column()))
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LOG_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("LearningModels", "Activity"),
            QCoreApplication.translate("LearningModels", "Kind"),
            QCoreApplication.translate("LearningModels", "Provider"),
            QCoreApplication.translate("LearningModels", "Period"),
            QCoreApplication.translate("LearningModels", "Hours"),
            QCoreApplication.translate("LearningModels", "Cost"),
            QCoreApplication.translate("LearningModels", "Status"),
            QCoreApplication.translate("LearningModels", "Certificates"),
        )
        return names[section] if 0 <= section < LOG_COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.log_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HOURS, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CERTIFICATES:
            return "\n".join(
                f"{s.certificate.filename}: {fmt.text(s.message)}" for s in row.certificates
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._cell(row, column)

    @staticmethod
    def _cell(row: LogRow, column: int) -> str:
        activity = row.activity
        cells: dict[int, Callable[[], str]] = {
            TITLE: lambda: activity.title,
            KIND: lambda: _label(row.kind),
            PROVIDER: lambda: activity.provider,
            PERIOD: lambda: period_text(activity.start, activity.end),
            HOURS: lambda: fmt.hours(activity.hours),
            COST: lambda: fmt.money(activity.cost),
            STATUS: lambda: fmt.text(row.status),
            CERTIFICATES: lambda: certificates_text(row.certificates),
        }
        return cells[column]()


class LearningLogFilter(QAbstractProxyModel):
    """The rows that pass the page's filter, in the order of the source model (which sorts).

    A list from the rows shown to the source's rows, made in one pass when the filter or the
    rows change; the view asks only about the rows on screen. (A ``QSortFilterProxyModel``
    would ask Python about every row one by one, and drop rows a range at a time: seconds for a
    hundred thousand.) A change of the filter resets the rows shown; the log selects again.
    """

    def __init__(self, source: LearningLogModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = source
        self.wanted = LogFilter()
        self._passed: frozenset[str] | None = None  # activity ids; None lets every row through
        self._shown: list[int] | None = None  # source rows in view order; None: all of them
        self._rows_of: dict[int, int] = {}  # source row -> row shown, when filtered
        self._kept: list[tuple[QModelIndex, str]] = []  # the selection during a sort
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_sorting)
        source.layoutChanged.connect(self._source_sorted)
        source.dataChanged.connect(self._source_data)
        source.headerDataChanged.connect(self.headerDataChanged)

    # ---------------------------------------------------------------- filtering
    def set_filter(self, wanted: LogFilter, language: str) -> None:
        """Filter on ``wanted`` (search words in ``language``, as the kinds are shown)."""
        self.wanted = wanted
        self.recount(language)

    def recount(self, language: str) -> None:
        """Apply the filter again, to new rows or after a change of language."""
        wanted = self.wanted
        if wanted == LogFilter():
            passed = None
        else:
            rows = filter_rows(self.log.rows(), wanted, language)
            passed = frozenset(r.activity.id for r in rows)
        self.beginResetModel()
        self._passed = passed
        self._map()
        self.endResetModel()

    def _map(self) -> None:
        passed = self._passed
        if passed is None:
            self._shown, self._rows_of = None, {}
            return
        self._shown = [n for n, row in enumerate(self.log.rows()) if row.activity.id in passed]
        self._rows_of = {source: shown for shown, source in enumerate(self._shown)}

    def _source_reset(self) -> None:
        self._map()
        self.endResetModel()

    def _source_sorting(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._kept = []
        for index in self.persistentIndexList():
            row = self.log_row(index.row())
            if row is not None:
                self._kept.append((index, row.activity.id))

    def _source_sorted(self) -> None:
        self._map()
        for index, activity_id in self._kept:
            row = self.proxy_row_of(activity_id)
            moved = self.index(row, index.column()) if row is not None else QModelIndex()
            self.changePersistentIndex(index, moved)
        self._kept = []
        self.layoutChanged.emit()

    def _source_data(self, first: Index, last: Index, roles: Sequence[int] = ()) -> None:
        if self.rowCount() > 0:
            top, bottom = (
                self.index(0, first.column()),
                self.index(self.rowCount() - 1, last.column()),
            )
            self.dataChanged.emit(top, bottom, list(roles))

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return self.log.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LOG_COLUMNS

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < LOG_COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid():
            return QModelIndex()
        row = proxy.row() if self._shown is None else self._shown[proxy.row()]
        return self.log.index(row, proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        row = source.row() if self._shown is None else self._rows_of.get(source.row())
        return self.index(row, source.column()) if row is not None else QModelIndex()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.log.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.log.sort(column, order)

    # ---------------------------------------------------------------- rows
    def log_row(self, row: int) -> LogRow | None:
        source = self.mapToSource(self.index(row, 0))
        return self.log.log_row(source.row()) if source.isValid() else None

    def proxy_row_of(self, activity_id: str) -> int | None:
        row = self.log.row_of(activity_id)
        if row is None:
            return None
        mapped = self.mapFromSource(self.log.index(row, 0))
        return mapped.row() if mapped.isValid() else None


CERT_STATUS, CERT_FILE, CERT_ACTIVITY, CERT_ISSUED, CERT_UNTIL = range(5)
CERT_COLUMNS = 5


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of read-model rows, with translated column headers."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def _set(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < self.COLUMNS else None


class CertificateModel(_RowsModel[CertificateState]):
    """Every certificate of the log with its status on the day, the first to end first."""

    COLUMNS = CERT_COLUMNS

    def set_states(self, states: Sequence[CertificateState]) -> None:
        self._set(states)

    def state(self, row: int) -> CertificateState | None:
        return self._at(row)

    def row_of(self, activity_id: str, certificate_id: str) -> int | None:
        for row, state in enumerate(self._rows):
            if (state.activity.id, state.certificate.id) == (activity_id, certificate_id):
                return row
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("LearningModels", "Status"),
            QCoreApplication.translate("LearningModels", "Certificate"),
            QCoreApplication.translate("LearningModels", "Activity"),
            QCoreApplication.translate("LearningModels", "Issued"),
            QCoreApplication.translate("LearningModels", "Valid"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        state = self.state(index.row()) if index.isValid() else None
        if state is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        certificate = state.certificate
        cells: dict[int, Callable[[], str]] = {
            CERT_STATUS: lambda: status_text(state.status),
            CERT_FILE: lambda: certificate.filename,
            CERT_ACTIVITY: lambda: state.activity.title,
            CERT_ISSUED: lambda: short_day(certificate.issued) or "–",
            CERT_UNTIL: lambda: fmt.text(state.message),
        }
        return cells[index.column()]()


FAC_ACTIVITY, FAC_REASON, FAC_COST, FAC_EMPLOYER, FAC_OWN, FAC_LEAVE = range(6)
FAC_COLUMNS = 6


def reason_text(reason: StudyReason | None) -> str:
    """Why one studies, in the words of the activity dialog."""
    names = {
        StudyReason.VERZOEK_LEIDINGGEVENDE: QCoreApplication.translate(
            "LearningModels", "Your manager asks"
        ),
        StudyReason.LOOPBAANAFSPRAAK: QCoreApplication.translate(
            "LearningModels", "Career agreement"
        ),
        StudyReason.ANDERE_REDEN: QCoreApplication.translate("LearningModels", "Another reason"),
    }
    return (
        names[reason]
        if reason is not None
        else QCoreApplication.translate("LearningModels", "No reason given")
    )


class FacilitiesModel(_RowsModel[ActivityFacilities]):
    """The studiefaciliteiten of each activity: the shares of the cost and the study leave."""

    COLUMNS = FAC_COLUMNS

    def set_rows(self, rows: Sequence[ActivityFacilities]) -> None:
        self._set(rows)

    def found(self, row: int) -> ActivityFacilities | None:
        return self._at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("LearningModels", "Activity"),
            QCoreApplication.translate("LearningModels", "Why"),
            QCoreApplication.translate("LearningModels", "Cost"),
            QCoreApplication.translate("LearningModels", "Employer pays"),
            QCoreApplication.translate("LearningModels", "You pay"),
            QCoreApplication.translate("LearningModels", "Study leave"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.found(index.row()) if index.isValid() else None
        if found is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FAC_COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._cell(found, column)

    @staticmethod
    def _cell(found: ActivityFacilities, column: int) -> str:
        activity, shares = found.activity, found.facilities
        if column == FAC_ACTIVITY:
            return activity.title
        if column == FAC_REASON:
            return reason_text(activity.reason)
        if column == FAC_COST:
            return fmt.money(activity.cost)
        if shares is None:
            return "–"
        at_most = (
            QCoreApplication.translate("LearningModels", "at most %1")
            if shares.employer_share_is_maximum
            else "%1"
        )
        cells = {
            FAC_EMPLOYER: arg(at_most, fmt.money(shares.employer_share)),
            FAC_OWN: fmt.money(shares.own_share),
            FAC_LEAVE: arg(at_most, fmt.hours(shares.study_leave_hours)),
        }
        return cells[column]


__all__ = [
    "CERTIFICATES",
    "CERT_ACTIVITY",
    "CERT_COLUMNS",
    "COST",
    "FAC_COLUMNS",
    "HOURS",
    "KIND",
    "LOG_COLUMNS",
    "PERIOD",
    "PROVIDER",
    "TITLE",
    "CertificateModel",
    "FacilitiesModel",
    "LearningLogFilter",
    "LearningLogModel",
    "certificates_text",
    "period_text",
    "reason_text",
    "status_text",
    "worst_status",
]

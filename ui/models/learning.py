"""The learning log and the certificates as Qt models, for the Leren page.

The log is one ``QAbstractTableModel`` over the read model's rows (never a widget per row) with a
filtering proxy on top, so it stays quick with a hundred thousand activities:

- the rows stay the read model's columns; the text of a cell is made only when the view asks
  for it (the rows on screen), and kept;
- sorting is done by the source model with Python's sort on one key per row, made in one pass
  over a column, instead of Qt comparing cells one pair at a time;
- the filter is :func:`rijkapp.views.leren.matching_rows`, run once per change of the filter
  (typing on searches only the rows found so far); the proxy keeps the rows that passed as one
  ascending list.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rijkapp.domain.records import LearningActivity, LearningStatus, StudyReason
from rijkapp.views.leren import (
    CertificateState,
    CertificateStatus,
    LogFilter,
    LogRow,
    LogRows,
    kind_name,
    matching_rows,
    status_name,
)
from rijkapp.views.ontwikkeling import ActivityFacilities
from ui import formatting as fmt
from ui.models.rows import RowsModel
from ui.text import arg

Index = QModelIndex | QPersistentModelIndex

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


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ASKED = frozenset({DISPLAY, ACCESSIBLE, ALIGNMENT, TOOLTIP})  # the roles the log answers
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NEWEST_FIRST = (PERIOD, Qt.SortOrder.DescendingOrder)  # the read model's own order
_ID, _TITLE, _PROVIDER = attrgetter("id"), attrgetter("title"), attrgetter("provider")
_HOURS, _COST, _STATUS = attrgetter("hours"), attrgetter("cost"), attrgetter("status")
STATUS_ORDER = {status: n for n, status in enumerate(LearningStatus)}


class LearningLogModel(QAbstractTableModel):
    """One row per activity; ``set_rows`` fills it, ``log_row`` gives a row's activity back.

    The rows stay the read model's columns (:class:`rijkapp.views.leren.LogRows`, newest first);
    a sort on another column keeps only the order of their numbers. A cell's text is made the
    first time the view asks for it, and kept until the rows or the language change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = LogRows((), (), (), (), {})
        self._order: list[int] | None = None  # numbers of the rows in view order; None: as read
        self._sort: tuple[int, Qt.SortOrder] = NEWEST_FIRST
        self._texts: dict[tuple[int, int], str] = {}
        self._ids: list[str] | None = None  # the activity ids, once asked for
        self._by_id: list[int] | None = None  # the numbers of the rows in order of their ids

    # ---------------------------------------------------------------- content
    def set_rows(self, rows: LogRows) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts.clear()
        self._ids = self._by_id = None
        self._order = self._sorted(*self._sort)
        self.endResetModel()

    def rows(self) -> LogRows:
        return self._rows

    def position(self, row: int) -> int:
        """The number in the read model's rows of row ``row`` (as sorted now)."""
        return row if self._order is None else self._order[row]

    def row_at(self, position: int) -> int:
        """The row (as sorted now) of the read model's row number ``position``."""
        return position if self._order is None else self._order.index(position)

    def log_row(self, row: int) -> LogRow | None:
        return self._rows[self.position(row)] if 0 <= row < len(self._rows) else None

    def row_of(self, activity_id: str) -> int | None:
        ids = self._activity_ids()
        try:
            return self.row_at(ids.index(activity_id))
        except ValueError:
            return None

    def _activity_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = list(map(_ID, self._rows.activities))
        return self._ids

    def retranslate(self) -> None:
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LOG_COLUMNS - 1)
        if len(self._rows):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, LOG_COLUMNS - 1)
            )

    # ---------------------------------------------------------------- sorting
    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int] | None:
        """The row numbers in view order for a sort on ``column``, ties by activity id."""
        if (column, order) == NEWEST_FIRST:
            return None
        count = len(self._rows)
        if column == PERIOD:  # oldest first: the read model's order turned round
            return list(range(count - 1, -1, -1))
        if self._by_id is None:
            self._by_id = sorted(range(count), key=self._activity_ids().__getitem__)
        descending = order == Qt.SortOrder.DescendingOrder
        keys = SORT_KEYS[column](self._rows)
        return sorted(
            self._by_id[::-1] if descending else self._by_id,
            key=keys.__getitem__,
            reverse=descending,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < LOG_COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [self.position(i.row()) for i in persistent]
        self._sort = (column, order)
        self._order = self._sorted(column, order)
        for old, position in zip(persistent, positions, strict=True):
            self.changePersistentIndex(old, self.index(self.row_at(position), old.column()))
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
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``data`` gives for row ``row`` (as sorted now) and ``column``."""
        if role in (DISPLAY, ACCESSIBLE):
            if not 0 <= row < len(self._rows):
                return None
            position = row if self._order is None else self._order[row]
            key = (position, column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._cell(position, column)
            return text
        if role == ALIGNMENT:
            return RIGHT if column in (HOURS, COST) else None
        if role == TOOLTIP and column == CERTIFICATES:
            found = self.log_row(row)
            states = found.certificates if found is not None else ()
            return "\n".join(f"{s.certificate.filename}: {fmt.text(s.message)}" for s in states)
        return None

    def _cell(self, position: int, column: int) -> str:
        rows = self._rows
        return CELLS[column](rows.activities[position], rows.certificates.get(position, ()))


def _kind_keys(rows: LogRows) -> list[str]:
    names = {kind: _label(kind_name(kind)).casefold() for kind in set(rows.kinds)}
    return list(map(names.__getitem__, rows.kinds))


def _certificate_keys(rows: LogRows) -> list[int]:
    keys = [0] * len(rows)  # the worst status of each row's certificates decides
    for position, states in rows.certificates.items():
        keys[position] = SORT_ORDER[worst_status(states)]
    return keys


# Each row's key for a sort on a column, by row number; one pass over a column each.
SORT_KEYS: dict[int, Callable[[LogRows], Sequence[Any]]] = {
    TITLE: lambda rows: list(map(str.casefold, map(_TITLE, rows.activities))),
    KIND: _kind_keys,
    PROVIDER: lambda rows: list(map(str.casefold, map(_PROVIDER, rows.activities))),
    HOURS: lambda rows: list(map(_HOURS, rows.activities)),
    COST: lambda rows: list(map(_COST, rows.activities)),
    STATUS: lambda rows: list(map(STATUS_ORDER.__getitem__, map(_STATUS, rows.activities))),
    CERTIFICATES: _certificate_keys,
}
# The text of a cell, from the activity and its certificates' states.
CELLS: dict[int, Callable[[LearningActivity, Sequence[CertificateState]], str]] = {
    TITLE: lambda activity, _states: activity.title,
    KIND: lambda activity, _states: _label(kind_name(activity.kind)),
    PROVIDER: lambda activity, _states: activity.provider,
    PERIOD: lambda activity, _states: period_text(activity.start, activity.end),
    HOURS: lambda activity, _states: fmt.hours(activity.hours),
    COST: lambda activity, _states: fmt.money(activity.cost),
    STATUS: lambda activity, _states: fmt.text(status_name(activity.status)),
    CERTIFICATES: lambda _activity, states: certificates_text(states),
}


class LearningLogFilter(QAbstractProxyModel):
    """The rows that pass the page's filter, in the order of the source model (which sorts).

    The rows shown are one ascending list of the source's rows, made in one pass over the read
    model's columns when the filter or the rows change (:func:`rijkapp.views.leren.matching_rows`);
    typing on searches only the rows found so far. The view asks only about the rows on screen.
    (A ``QSortFilterProxyModel`` would ask Python about every row one by one: seconds for a
    hundred thousand.) A change of the filter resets the rows shown; the log selects again.
    """

    def __init__(self, source: LearningLogModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = source
        self.wanted = LogFilter()
        self.language = ""  # the language of the kinds' names the search last matched
        self._passed: list[int] | None = None  # row numbers of the read model; None: every row
        self._shown: list[int] | None = None  # the source's rows shown, ascending; None: all
        self._kept: list[tuple[QModelIndex, int]] = []  # the selection during a sort
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
        narrower = (
            self._passed is not None and language == self.language and wanted.narrows(self.wanted)
        )
        self.wanted = wanted
        self._apply(language, self._passed if narrower else None)

    def recount(self, language: str) -> None:
        """Apply the filter again, to new rows or after a change of language."""
        self._apply(language, None)

    def expect(self, wanted: LogFilter, language: str) -> None:
        """Filter on ``wanted`` the rows the source gets next (applied when they come)."""
        self.wanted, self.language = wanted, language

    def _apply(self, language: str, among: list[int] | None) -> None:
        self.language = language
        passed = self._matching(among)
        if passed is None and self._passed is None:
            return  # every row shown, before and after
        self.beginResetModel()
        self._passed = passed
        self._map()
        self.endResetModel()

    def _matching(self, among: list[int] | None = None) -> list[int] | None:
        if self.wanted == LogFilter():
            return None
        return matching_rows(self.log.rows(), self.wanted, self.language, among)

    def _map(self) -> None:
        passed = self._passed
        order = self.log._order
        if passed is None:
            self._shown = None
        elif order is None:
            self._shown = passed
        else:
            wanted = set(passed)
            self._shown = list(compress(itertools.count(), map(wanted.__contains__, order)))

    def _source_reset(self) -> None:
        self._passed = self._matching()  # new rows: the filter again, on all of them
        self._map()
        self.endResetModel()

    def _source_sorting(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._kept = [
            (index, self.log.position(self.mapToSource(index).row()))
            for index in self.persistentIndexList()
            if index.isValid()
        ]

    def _source_sorted(self) -> None:
        self._map()
        for index, position in self._kept:
            row = self.proxy_row_at(position)
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
        row = self._shown_row(source.row())
        return self.index(row, source.column()) if row is not None else QModelIndex()

    def _shown_row(self, source_row: int) -> int | None:
        shown = self._shown
        if shown is None:
            return source_row
        at = bisect_left(shown, source_row)
        return at if at < len(shown) and shown[at] == source_row else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ASKED or not index.isValid():
            return None  # most roles the view asks about: quickly, without the source's index
        row = index.row() if self._shown is None else self._shown[index.row()]
        return self.log.cell(row, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.log.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.log.sort(column, order)

    # ---------------------------------------------------------------- rows
    def log_row(self, row: int) -> LogRow | None:
        if not 0 <= row < self.rowCount():
            return None
        return self.log.log_row(row if self._shown is None else self._shown[row])

    def position(self, row: int) -> int | None:
        """The read model's row number of row ``row`` shown; None for no such row."""
        if not 0 <= row < self.rowCount():
            return None
        return self.log.position(row if self._shown is None else self._shown[row])

    def proxy_row_at(self, position: int) -> int | None:
        """The row shown of the read model's row number ``position``; None when filtered out."""
        if not 0 <= position < self.log.rowCount():
            return None
        return self._shown_row(self.log.row_at(position))

    def proxy_row_of(self, activity_id: str) -> int | None:
        row = self.log.row_of(activity_id)
        return self._shown_row(row) if row is not None else None


CERT_STATUS, CERT_FILE, CERT_ACTIVITY, CERT_ISSUED, CERT_UNTIL = range(5)
CERT_COLUMNS = 5


class CertificateModel(RowsModel[CertificateState]):
    """Every certificate of the log with its status on the day, the first to end first."""

    COLUMNS = CERT_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[int, int], str] = {}  # made when first shown (dates, plurals)

    def set_states(self, states: Sequence[CertificateState]) -> None:
        self._texts.clear()
        self.set_items(states)

    def retranslate(self) -> None:
        self._texts.clear()
        super().retranslate()

    def state(self, row: int) -> CertificateState | None:
        return self.item(row)

    def row_of(self, activity_id: str, certificate_id: str) -> int | None:
        for row, state in enumerate(self._items):
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
        if role not in (DISPLAY, ACCESSIBLE) or not index.isValid():
            return None
        key = (index.row(), index.column())
        text = self._texts.get(key)
        if text is None:
            state = self.item(key[0])
            if state is None:
                return None
            text = self._texts[key] = self.cell(state, key[1])
        return text

    def cell(self, item: CertificateState, column: int) -> str:
        state, certificate = item, item.certificate
        cells: dict[int, Callable[[], str]] = {
            CERT_STATUS: lambda: status_text(state.status),
            CERT_FILE: lambda: certificate.filename,
            CERT_ACTIVITY: lambda: state.activity.title,
            CERT_ISSUED: lambda: short_day(certificate.issued) or "–",
            CERT_UNTIL: lambda: fmt.text(state.message),
        }
        return cells[column]()


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


class FacilitiesModel(RowsModel[ActivityFacilities]):
    """The studiefaciliteiten of each activity: the shares of the cost and the study leave."""

    COLUMNS = FAC_COLUMNS

    def set_rows(self, rows: Sequence[ActivityFacilities]) -> None:
        self.set_items(rows)

    def found(self, row: int) -> ActivityFacilities | None:
        return self.item(row)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("LearningModels", "Activity"),
            QCoreApplication.translate("LearningModels", "Why"),
            QCoreApplication.translate("LearningModels", "Cost"),
            QCoreApplication.translate("LearningModels", "Employer pays"),
            QCoreApplication.translate("LearningModels", "You pay"),
            QCoreApplication.translate("LearningModels", "Study leave"),
        )

    def alignment(self, column: int) -> int | None:
        return RIGHT if column >= FAC_COST else None

    def cell(self, item: ActivityFacilities, column: int) -> str:
        activity, shares = item.activity, item.facilities
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

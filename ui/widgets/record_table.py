"""The read-only table of records used on the pages: whole rows, keyboard-friendly, calm.

Its columns are as wide as their contents while the table has room; on a narrow window the
widest columns give way first and their text ends in "…", with the whole text as a tooltip, so
the table never scrolls sideways (:class:`FittingTable`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolTip,
    QWidget,
)

NARROWEST = 56  # a column never gets narrower than this when the table gives way
CELL_PADDING = 20  # the style sheet's cell padding (8 px each side) and a little air


class FittingTable(QTableView):
    """A table whose columns shrink to the width it gets, eliding text with a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
                model.headerDataChanged,
            ):
                signal.connect(self.fit_columns)
        self.fit_columns()

    def natural_widths(self) -> list[int]:
        """Each column's width for its whole contents (0 for a hidden column)."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return []
        return [
            0
            if self.isColumnHidden(column)
            else max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(model.columnCount())
        ]

    def fit_columns(self, *_args: object) -> None:
        """Widths for the room there is: natural ones, or the widest cut down to fit."""
        natural = self.natural_widths()
        if not natural:
            return
        room = self.viewport().width()
        widths = shrink_to_fit(natural, room) if sum(natural) > room > 0 else natural
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            if width:
                header.resizeSection(column, width)
        self.updateGeometry()

    def viewportSizeHint(self) -> QSize:
        """As wide as all columns at their natural width, whatever they are now."""
        hint = super().viewportSizeHint()
        extra = hint.width() - self.horizontalHeader().length()
        return QSize(sum(self.natural_widths()) + extra, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text, shown = self._elided_at(watched, event)
            if text:
                QToolTip.showText(event.globalPos(), text, shown)
                return True
        return super().eventFilter(watched, event)

    def _elided_at(self, watched: QObject, event: QHelpEvent) -> tuple[str, QWidget]:
        """The whole text of a cut-off cell or header under the mouse (none: "")."""
        model = self.model()
        header = self.horizontalHeader()
        if model is None:
            return "", self
        if watched is header.viewport():
            column = header.logicalIndexAt(event.pos())
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            cut = column >= 0 and header.sectionSizeHint(column) > header.sectionSize(column)
            return (text if cut else ""), header
        index: QModelIndex = self.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return "", self  # the model's own tooltip says more
        text = str(index.data() or "")
        needed = self.fontMetrics().horizontalAdvance(text) + CELL_PADDING
        return (text if needed > self.columnWidth(index.column()) else ""), self.viewport()


def shrink_to_fit(natural: list[int], room: int) -> list[int]:
    """Cut the widest columns to one common width so all fit in ``room`` (never below
    :data:`NARROWEST`, nor below a column's own natural width)."""
    shown = [width for width in natural if width]
    low, high = 0, max(shown, default=0)
    while low < high:  # the largest cap at which everything fits
        cap = (low + high + 1) // 2
        if sum(min(width, max(cap, NARROWEST)) for width in shown) <= room:
            low = cap
        else:
            high = cap - 1
    cap = max(low, NARROWEST)
    return [min(width, cap) if width else 0 for width in natural]


def record_table(
    name: str, model: QAbstractItemModel, parent: QWidget, *, fit_width: bool = True
) -> QTableView:
    """A table of records: one row selected at a time, edited through dialogs, never in place.

    ``fit_width``: as large as its rows and columns and no larger, so a short history reads as a
    short list; otherwise it takes the page's width and the last column stretches.
    """
    table = FittingTable(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    if fit_width:
        table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    else:
        header.setStretchLastSection(True)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    table.setModel(model)
    return table

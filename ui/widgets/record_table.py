"""The read-only table of records used on the pages: whole rows, keyboard-friendly, calm.

Its columns are as wide as their contents while the table has room; on a narrow window the
widest columns give way first and their text ends in "…", with the whole text as a tooltip, so
the table never scrolls sideways (:class:`FittingTable`).

It stays quick with a hundred thousand rows: the columns are measured once after the model
changes (once for a burst of changes, not on every layout pass), on the rows on show and at most
:data:`ROWS_MEASURED` rows around them, and every row is one line as high as the first (never
measured row by row).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSize, Qt, QTimer
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
ROWS_MEASURED = 40  # rows whose text sets a column's width: those on show, then around them


class FittingTable(QTableView):
    """A table whose columns shrink to the width it gets, eliding text with a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setResizeContentsPrecision(ROWS_MEASURED)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)
        self._natural: list[int] | None = None  # measured since the contents last changed
        self._refit = QTimer(self)  # one fit for a burst of changes (a reset, then new texts)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_columns)

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
                signal.connect(self.contents_changed)
        self.contents_changed()

    def contents_changed(self, *_args: object) -> None:
        """Measure the rows now, and the columns once the changes are done (or when the layout
        asks), then fit them."""
        self._natural = None
        self.fit_rows()
        self._refit.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.contents_changed()

    def fit_rows(self) -> None:
        """Every row one line high (the table does not wrap words): as high as the first."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        header = self.verticalHeader()
        height = max(self.sizeHintForRow(0), header.sectionSizeHint(0))
        if height > 0 and height != header.defaultSectionSize():
            header.setDefaultSectionSize(height)

    def natural_widths(self) -> list[int]:
        """Each column's width for its contents (0 for a hidden column)."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return []
        if self._natural is None or len(self._natural) != model.columnCount():
            self._natural = [
                0
                if self.isColumnHidden(column)
                else max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                for column in range(model.columnCount())
            ]
        return list(self._natural)

    def fit_columns(self, *_args: object) -> None:
        """Widths for the room there is: natural ones, or the widest cut down to fit."""
        natural = self.natural_widths()
        if not natural:
            return
        room = self.viewport().width()
        widths = shrink_to_fit(natural, room) if sum(natural) > room > 0 else natural
        header = self.horizontalHeader()
        changed = False
        for column, width in enumerate(widths):
            if width and header.sectionSize(column) != width:
                header.resizeSection(column, width)
                changed = True
        if changed:
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

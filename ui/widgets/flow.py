"""Rows that make room on a narrow window instead of scrolling sideways.

:class:`FlowLayout` puts its items side by side and starts a new line where the next one does
not fit (a legend, a row of small parts). :func:`stack_if_narrow` turns a row of a few larger
parts (two cards, a toolbar's two halves) into a column when the page is too narrow for them.
Either way a page in a 1024-pixel window never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget

NO_ALIGNMENT = Qt.AlignmentFlag(0)  # the whole cell, as a layout does by default


class FlowLayout(QLayout):
    """Items left to right at their preferred size, wrapping to a new line when full."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + self._line_spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def stack_if_narrow(row: QBoxLayout, width: int, stacked_alignment: Qt.AlignmentFlag) -> bool:
    """Lay ``row``'s parts side by side when they fit in ``width``, else one under the other
    (each aligned by ``stacked_alignment``); whether they are stacked now.

    The page calls this with the width it has, which its contents cannot widen.
    """
    parts = [row.itemAt(index) for index in range(row.count())]
    shown = [part for part in parts if part is not None and not part.isEmpty()]
    needed = sum(part.minimumSize().width() for part in shown)
    needed += row.spacing() * max(0, len(shown) - 1)
    stack = width < needed
    direction = QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
    if row.direction() != direction:
        row.setDirection(direction)
        for part in shown:
            target = part.widget() or part.layout()
            if target is not None:
                row.setAlignment(target, stacked_alignment if stack else NO_ALIGNMENT)
    return stack

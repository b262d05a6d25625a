"""The navigation on the left of the window: one row per page, and keys that do what they say.

Up, Down, Home and End choose a page. Page Up and Page Down have nothing to page through in a list
of seven: they scroll the page on show instead (``pageKeyPressed``), where a user expects them to
work. With the keyboard on the list, the chosen page is marked more clearly (``keyboardFocus``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QListWidget, QWidget


class Navigation(QListWidget):
    """``pageKeyPressed(down)`` for Page Down (True) and Page Up (False)."""

    pageKeyPressed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(22, 22))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(224)
        self.setSpacing(0)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pageKeyPressed.emit(event.key() == Qt.Key.Key_PageDown)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._mark_keyboard(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._mark_keyboard(False)
        super().focusOutEvent(event)

    def _mark_keyboard(self, on: bool) -> None:
        # Show where the keyboard is: the style sheet marks the chosen page more clearly.
        self.setProperty("keyboardFocus", on)
        self.style().unpolish(self)
        self.style().polish(self)

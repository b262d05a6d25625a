"""Tabs over the parts of a page that are as tall as the part on show.

A ``QTabWidget`` is as tall as its tallest page (on Verlof the year planner), which leaves the
other tabs a long empty page. :class:`PageTabs` shows one page at a time under a tab bar, with the
few ``QTabWidget`` methods the pages use. The mouse wheel over the tabs scrolls the page, as it
does everywhere else on it, instead of switching tabs under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QTabBar, QVBoxLayout, QWidget


class ScrollingTabBar(QTabBar):
    """A tab bar that leaves the mouse wheel to the page around it."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # passed on to the parents, so the page's scroll area scrolls


class PageTabs(QWidget):
    """A tab bar over pages; only the current page is shown and takes room."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.bar = ScrollingTabBar(self)
        self.bar.setDocumentMode(True)
        self.bar.setDrawBase(True)
        self.bar.setExpanding(False)
        self.bar.currentChanged.connect(self.show_page)
        self.bar.currentChanged.connect(self.currentChanged)
        self.box.addWidget(self.bar)
        self.pages: list[QWidget] = []

    def addTab(self, page: QWidget, text: str) -> int:
        page.setParent(self)
        self.box.addWidget(page)
        self.pages.append(page)
        index = self.bar.addTab(text)
        self.show_page(self.bar.currentIndex())
        return index

    def show_page(self, current: int) -> None:
        for index, page in enumerate(self.pages):
            page.setVisible(index == current)

    def setTabText(self, index: int, text: str) -> None:
        self.bar.setTabText(index, text)

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def setCurrentIndex(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self.bar.currentIndex()

    def count(self) -> int:
        return len(self.pages)

    def widget(self, index: int) -> QWidget:
        return self.pages[index]

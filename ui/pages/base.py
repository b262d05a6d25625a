"""The frame every page shares: a scrolling white body with a title and an introduction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PAGE_MARGINS = (40, 28, 40, 32)
MAX_TEXT_WIDTH = 1040


def add_capped(layout: QBoxLayout, widget: QWidget) -> None:
    """Add ``widget``, which has a maximum width, to the column ``layout``, in a row of its own.

    A column asks each widget's height for the column's whole width, not for the narrower width
    a maximum leaves it: a block capped at 1040 pixels in a body 1048 wide got the height its
    text needs at 1048, one wrapped line too few, and its cards cut off their last lines. A row
    gives the widget its width first and then asks its height for that width.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(widget, 1)
    row.addStretch(0)
    layout.addLayout(row)


class PageFrame:
    """Builds the scroll area, title and intro on ``page``; ``body`` is where content goes."""

    def __init__(self, page: QWidget, name: str) -> None:
        page.setObjectName(name)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(page)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.scroll.setWidget(inner)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(*PAGE_MARGINS)
        self.body.setSpacing(14)
        self.title = QLabel(inner)
        self.title.setObjectName(f"{name}Title")
        self.title.setProperty("role", "pageTitle")
        self.title.setAccessibleName("")
        self.intro = QLabel(inner)
        self.intro.setObjectName(f"{name}Intro")
        self.intro.setProperty("role", "intro")
        self.intro.setWordWrap(True)
        self.intro.setMaximumWidth(MAX_TEXT_WIDTH)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addSpacing(6)

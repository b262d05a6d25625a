"""The frame every page shares: a scrolling white body with a title and an introduction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGINS = (40, 28, 40, 32)
MAX_TEXT_WIDTH = 1040


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

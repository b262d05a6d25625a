"""One figure in a tile: a small title, the amount, and a line under it (read aloud as one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.widgets.labels import plain_text


class Figure(QFrame):
    """``show_figure(title, value, sub)``; the labels are ``<name>Title``, ``Value`` and ``Sub``."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.title = plain_text(f"{name}Title", "tileTitle", self)
        self.value = plain_text(f"{name}Value", "tileValue", self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-size: 14pt;")
        self.sub = plain_text(f"{name}Sub", "hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.sub)
        layout.addStretch(1)

    def show_figure(self, title: str, value: str, sub: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.sub.setText(sub)
        self.sub.setVisible(bool(sub))
        self.setAccessibleName(title)
        self.setAccessibleDescription(". ".join(p for p in (value, sub) if p))

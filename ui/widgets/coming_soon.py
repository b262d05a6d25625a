"""The honest "Binnenkort" panel for pages that are still being built: what the page will do."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.text import Retranslatable


class ComingSoonPanel(Retranslatable, QFrame):
    """A badge, a heading, a paragraph and the list of what is coming. Texts come translated."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "comingSoon")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 26)
        layout.setSpacing(10)
        badge_row = QHBoxLayout()
        self.badge = QLabel(self)
        self.badge.setObjectName(f"{name}Badge")
        self.badge.setProperty("role", "badge")
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        layout.addLayout(badge_row)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setProperty("role", "sectionTitle")
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.items = QLabel(self)
        self.items.setObjectName(f"{name}Items")
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.heading, self.text, self.items):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.badge.setText(self.tr("Coming soon"))

    def set_content(self, heading: str, text: str, items: Sequence[str]) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        rows = "".join(f"<li style='margin-bottom:6px'>{escape(item)}</li>" for item in items)
        self.items.setText(f"<ul style='margin-left:-12px'>{rows}</ul>")
        self.setAccessibleName(heading)
        self.setAccessibleDescription(" ".join([text, *items]))

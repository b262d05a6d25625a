"""Labels the pages share: the title of a section, and a line of plain text that wraps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def section_title(name: str, parent: QWidget) -> QLabel:
    """An empty label styled as a section title (``role=sectionTitle``); the page sets its text."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "sectionTitle")
    return label


def plain_text(name: str, role: str, parent: QWidget) -> QLabel:
    """An empty label for plain text that wraps, styled by ``role`` (none when empty)."""
    label = QLabel(parent)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""Labels the pages share: the title of a section."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def section_title(name: str, parent: QWidget) -> QLabel:
    """An empty label styled as a section title (``role=sectionTitle``); the page sets its text."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "sectionTitle")
    return label

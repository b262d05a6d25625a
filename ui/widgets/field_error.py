"""The message next to a form field that says, in plain words, what is wrong with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    """Hidden while the field is fine; its text also becomes the field's accessible description."""

    def __init__(self, name: str, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.field = field
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.field.setAccessibleDescription(text)
        self.field.setProperty("invalid", bool(text))


class ErrorMap:
    """The error labels of one form, keyed by field name as the core's validators use them.

    A message shows once the user has touched that field (or after ``show_all``), so a new,
    empty form does not start out red; the Save button follows all messages regardless.
    """

    def __init__(self) -> None:
        self.labels: dict[str, FieldError] = {}
        self.touched: set[str] = set()
        self.show_all = False
        self.messages: dict[str, str] = {}

    def add(self, key: str, label: FieldError) -> FieldError:
        self.labels[key] = label
        return label

    def touch(self, key: str) -> None:
        self.touched.add(key)

    def update(self, messages: dict[str, str]) -> bool:
        """Show ``messages`` (field -> text); returns True when there are none."""
        self.messages = dict(messages)
        for key, label in self.labels.items():
            visible = self.show_all or key in self.touched
            label.show_message(messages.get(key, "") if visible else "")
        return not messages

"""A card with one explained figure for the Ontwikkeling page: a title, the figure, a few lines
in words, an assumption said as one, and "How is this worked out?" with a name of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.labels import plain_text


class FigureCard(QFrame):
    """``show_figure(...)`` fills it; ``explainRequested`` when its button is pressed."""

    explainRequested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(6)
        self.title = plain_text(f"{name}Title", "tileTitle", self)
        self.value = plain_text(f"{name}Value", "tileValue", self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = plain_text(f"{name}Body", "", self)
        self.note = plain_text(f"{name}Note", "hint", self)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}ExplainButton")
        self.button.setProperty("role", "link")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.explainRequested)
        for widget in (self.title, self.value, self.body, self.note):
            box.addWidget(widget)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)

    def show_figure(
        self,
        title: str,
        value: str,
        lines: Sequence[str],
        *,
        note: str = "",
        button: str = "",
        button_name: str = "",
    ) -> None:
        """``button`` is the explain button's text (hidden when empty), ``button_name`` its
        accessible name, unique on the page."""
        self.title.setText(title)
        self.value.setText(value)
        self.value.setVisible(bool(value))
        self.body.setText("\n".join(lines))
        self.body.setVisible(bool(lines))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.button.setText(button)
        self.button.setAccessibleName(button_name or button)
        self.button.setVisible(bool(button))
        self.setAccessibleName(title)
        self.setAccessibleDescription(". ".join(p for p in (value, *lines, note) if p))

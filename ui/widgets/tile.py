"""A summary tile for the Overzicht: a title, one main figure, a few lines, and the why on demand.

Other pages (Verlof, IKB, ...) fill their own tile with ``show_figure``; until they do, a tile
shows a plain placeholder sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.text import Retranslatable


def _label(role: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Tile(Retranslatable, QFrame):
    """One card. ``name`` becomes the objectName prefix of its parts (``careerTileValue``...)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard, read aloud whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(6)
        self.title = _label("tileTitle", f"{name}Title", self)
        self.value = _label("tileValue", f"{name}Value", self)
        self.body = _label("", f"{name}Body", self)
        self.note = _label("muted", f"{name}Note", self)
        self.details = _label("hint", f"{name}Details", self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(False)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName(f"{name}DetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setProperty("role", "link")
        self.details_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.details_button.toggled.connect(self._toggle_details)
        for widget in (self.title, self.value, self.body, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addStretch(1)  # tiles in one row share a height; their text stays on top
        self._detail_lines: list[tuple[str, str]] = []
        self.show_placeholder("", "")
        self.retranslate()

    def retranslate(self) -> None:
        self.details_button.setText(
            self.tr("Hide the explanation")
            if self.details_button.isChecked()
            else self.tr("How is this worked out?")
        )
        self._name_details_button()

    def _name_details_button(self) -> None:
        """Every tile has this button: its name says which figure it explains."""
        title = self.title.text()
        text = self.details_button.text()
        self.details_button.setAccessibleName(f"{text} ({title})" if title else text)

    # ---------------------------------------------------------------- content
    def show_figure(
        self,
        title: str,
        value: str,
        lines: Sequence[str] = (),
        note: str = "",
        details: Sequence[tuple[str, str]] = (),
    ) -> None:
        """A filled tile; ``details`` are (text, source) pairs, shown on request."""
        self._set_placeholder(False)
        self.title.setText(title)
        self.value.setText(value)
        self.value.setVisible(bool(value))
        self.body.setText("\n".join(lines))
        self.body.setVisible(bool(lines))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._detail_lines = list(details)
        self.details.setText(self._details_html())
        self.details_button.setVisible(bool(details))
        self.details.setVisible(bool(details) and self.details_button.isChecked())
        self._describe()

    def show_placeholder(self, title: str, text: str) -> None:
        """A tile that another page will fill later: the title and one plain sentence."""
        self._set_placeholder(True)
        self.title.setText(title)
        self.value.hide()
        self.body.setText(text)
        self.body.setVisible(bool(text))
        self.note.hide()
        self._detail_lines = []
        self.details_button.hide()
        self.details_button.setChecked(False)
        self.details.hide()
        self._describe()

    def _set_placeholder(self, placeholder: bool) -> None:
        self.setProperty("placeholder", placeholder)
        self.body.setProperty("role", "muted" if placeholder else "")
        for widget in (self, self.body):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _details_html(self) -> str:
        from html import escape

        items = []
        for text, source in self._detail_lines:
            item = escape(text)
            if source:
                item += f"<br><i>{escape(source)}</i>"
            items.append(f"<li style='margin-bottom:6px'>{item}</li>")
        return f"<ul style='margin-left:-20px'>{''.join(items)}</ul>"

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown and bool(self._detail_lines))
        self.retranslate()

    def _describe(self) -> None:
        parts = [
            self.value.text() if self.value.isVisibleTo(self) else "",
            self.body.text(),
            self.note.text() if self.note.isVisibleTo(self) else "",
        ]
        self.setAccessibleName(self.title.text())
        self._name_details_button()
        self.setAccessibleDescription(". ".join(p.replace("\n", ". ") for p in parts if p))

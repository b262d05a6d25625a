"""Notices: a yellow banner around a sentence, a small badge beside a figure, and the bar under
the window's header that says what was just done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.text import Retranslatable
from ui.theme import tokens


def notice_style(radius: int = 6, padding: str = "8px 12px") -> str:
    """A style sheet for a ``QLabel`` that stands out as a notice, in the current theme."""
    colours = tokens()
    return (
        f"QLabel {{ background: {colours['BANNER_BG']}; color: {colours['BANNER_TEXT']}; "
        f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: {radius}px; "
        f"padding: {padding}; }}"
    )


def badge_style() -> str:
    """A style sheet for a small label in notice colours (``not confirmed``, ``Forecast``)."""
    colours = tokens()
    return (
        f"background: {colours['BANNER_BG']}; color: {colours['BANNER_TEXT']}; "
        f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 4px; "
        "padding: 1px 6px; font-size: 9pt;"
    )


class NoticeBar(Retranslatable, QFrame):
    """A confirmation under the header ("Verlof toegevoegd."): it stays until it is closed or the
    next one replaces it, and a screen reader is told each time, as with a live region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 24, 6)
        row.setSpacing(12)
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("noticeCloseButton")
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the message"))

    def message(self) -> str:
        """The message on show; empty when there is none."""
        return "" if self.isHidden() else self.text.text()

    def show_message(self, message: str) -> None:
        colours = tokens()
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {colours['NAV_SELECTED_BG']}; "
            f"border: none; border-bottom: 1px solid {colours['ACCENT']}; }}"
            f"QLabel#noticeText {{ color: {colours['NAV_SELECTED_TEXT']}; background: transparent; }}"
        )
        self.text.setText(message)
        self.setAccessibleName(message)
        self.show()
        # Read out without moving the focus: the text changed, and it is an alert.
        QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.NameChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def dismiss(self) -> None:
        self.hide()  # the focus, when it was on Close, moves on to what comes next
        self.text.clear()

"""Labels the pages share: the title of a section, a line of plain text that wraps, and text
with the named links to the rule book's sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

from rijkapp.rules.book import Source
from ui import formatting as fmt


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


def source_link(source: Source, language: str | None = None) -> str:
    """A rule's source as a named link (rich text) in ``language`` (the window's if not given):
    its title, linked to its page where it has one; never the bare address."""
    title = escape(source.render(language or fmt.language()))
    return f'<a href="{escape(source.url)}">{title}</a>' if source.url else title


class LinkText(QLabel):
    """Rich text whose links open in the browser, by mouse and, where asked, by keyboard.

    By keyboard: while the text holds a link, Tab stops at the label on its first link, goes from
    link to link (Enter opens the one with the focus) and then moves on; a text without links is
    no Tab stop. Otherwise the label is no Tab stop at all, so Tab never stops inside a text.
    """

    def __init__(self, parent: QWidget, *, keyboard: bool) -> None:
        super().__init__(parent)
        self.keyboard = keyboard
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if keyboard:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.setTextInteractionFlags(flags | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setText(self, text: str) -> None:
        super().setText(text)
        tab_stop = self.keyboard and "<a " in text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Coming in by Tab, the first link has the focus at once (the last by Shift+Tab), so
        # Enter opens it rather than pressing the dialog's default button.
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.focusNextPrevChild(True)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.focusNextPrevChild(False)


def link_text(name: str, role: str, parent: QWidget, *, keyboard: bool = False) -> LinkText:
    """An empty label for rich text with links that open in the browser, and wraps; with
    ``keyboard`` its links are Tab stops too (see :class:`LinkText`)."""
    label = LinkText(parent, keyboard=keyboard)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    return label

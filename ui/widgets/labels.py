"""Labels the pages share: the title of a section, a line of plain text that wraps, and text
with the named links to the rule book's sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
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


def link_text(name: str, role: str, parent: QWidget) -> QLabel:
    """An empty label for rich text with links that open in the browser, and wraps."""
    label = QLabel(parent)
    label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    # Links open by mouse; the label is no Tab stop, so Tab never stops inside a text.
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label

"""The look of a notice: a yellow banner around a sentence, and a small badge beside a figure."""

from __future__ import annotations

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

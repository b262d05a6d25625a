"""The app's real look for a test: palette, style sheet and focus ring, undone afterwards.

The other GUI tests run in Qt's plain look; tests of contrast and size need the theme, since the
style sheet decides edges, colours and paddings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtWidgets import QApplication

from ui.focus_ring import focus_rings
from ui.theme import apply_theme


@contextmanager
def theme_applied(app: QApplication, *, dark: bool) -> Iterator[None]:
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    apply_theme(app, dark=dark)
    try:
        yield
    finally:
        rings = focus_rings(app)
        if rings is not None:
            if rings.ring is not None and shiboken6.isValid(rings.ring):
                shiboken6.delete(rings.ring)
            shiboken6.delete(rings)
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)
        app.setProperty("rijkappDark", None)

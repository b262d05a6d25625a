"""Showing many widgets of a page that is on screen with one layout pass instead of one each.

Qt lays out every ancestor of a widget the moment the widget is shown in a visible window: a
page that shows twenty parts after its data came in lays itself out twenty times.
:func:`one_layout_pass` hides the part that holds them during the changes and shows it once at
the end, so the page is laid out once. Nothing moves in between: the layout runs only when the
part is shown again. When the focus is inside the part, hiding it would move the focus away, so
then the widgets are shown one by one as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def one_layout_pass(host: QWidget) -> Iterator[None]:
    """Show and hide widgets under ``host`` inside the block; ``host`` is laid out once."""
    focus = QApplication.focusWidget()
    holding = host.isVisible() and not (
        focus is not None and (focus is host or host.isAncestorOf(focus))
    )
    if holding:
        host.hide()
    try:
        yield
    finally:
        if holding:
            host.show()

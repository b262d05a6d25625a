"""Dialogs whose validation messages come and go: they grow so a message is never cut off."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog


class GrowsWithMessages(QDialog):
    """A QDialog that fits its height to its contents when shown and after each validation."""

    def _fit_height(self) -> None:
        """Grow (or shrink back) so a message under a field is never cut off."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed != self.height():
            self.resize(self.width(), max(needed, layout.totalMinimumSize().height()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

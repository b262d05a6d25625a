"""The learning tile on the Overzicht: hours this year, the next certificate to renew, and what
lapses of the development budgets, with the certificate reminders (90, 60, 30 and 7 days before
a last valid day) as its notice, so they are in view at start.

``rijkapp.views.leren.learning_tile(dossier, today)`` works it out on the data thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rijkapp.views.leren import LearningTile
from ui import formatting as fmt
from ui.text import arg
from ui.widgets.certificate_reminder import reminder_text
from ui.widgets.tile import Tile


class LearningTileWidget(Tile):
    """The Overzicht tile for Leren; keeps its data so a change of language redraws it."""

    def __init__(self, name: str = "learningTile", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.data: LearningTile | None = None

    def show_data(self, data: LearningTile | None) -> None:
        self.data = data
        self._render()

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "data", None) is not None:
            self._render()

    def _render(self) -> None:
        data = self.data
        if data is None or not data.has_activities:
            self.show_placeholder(
                self.tr("Learning"),
                self.tr(
                    "Keep track of what you learn, and your certificates, on the Learning page."
                ),
            )
            return
        lines = []
        upcoming = data.next_to_renew
        if upcoming is not None and upcoming.certificate.valid_until is not None:
            lines.append(
                arg(
                    self.tr("Next certificate to renew: %1, valid until %2."),
                    upcoming.activity.title,
                    fmt.day(upcoming.certificate.valid_until),
                )
            )
        if data.expired:
            lines.append(arg(self.tr("Expired certificates: %1"), len(data.expired)))
        lines.extend(fmt.text(warning) for warning in data.warnings)
        notice = "\n".join(reminder_text(state) for state in data.reminders)
        self.show_figure(
            self.tr("Learning: hours this year"),
            fmt.hours(data.hours_this_year),
            lines,
            notice,
        )

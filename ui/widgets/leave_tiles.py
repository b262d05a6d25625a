"""Three leave tiles for the Overzicht: the total, what expires soon, and the next leave.

:func:`rijkapp.views.leave.leave_tiles` works them out on the data thread;
``LeaveTiles.show_data`` shows its answer. The tiles are :class:`ui.widgets.tile.Tile` cards, like the rest of the Overzicht.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from rijkapp.domain.records import LeaveStatus
from rijkapp.domain.values import ZERO
from rijkapp.views.leave import EXPIRY_DAYS, LeaveTilesData
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.tile import Tile


class LeaveTiles(Retranslatable, QWidget):
    """Three tiles side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveTiles")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.total_tile = Tile("leaveTotalTile", self)
        self.expiry_tile = Tile("leaveExpiryTile", self)
        self.next_tile = Tile("leaveNextTile", self)
        for tile in (self.total_tile, self.expiry_tile, self.next_tile):
            row.addWidget(tile, 1)
        self.data: LeaveTilesData | None = None
        self.retranslate()

    def show_data(self, data: LeaveTilesData) -> None:
        self.data = data
        self.retranslate()

    def retranslate(self) -> None:
        data = self.data
        if data is None:
            for tile, title in (
                (self.total_tile, self.tr("Leave")),
                (self.expiry_tile, self.tr("Expires soon")),
                (self.next_tile, self.tr("Next leave")),
            ):
                tile.show_placeholder(title, self.tr("Loading…"))
            return
        # Without employment there is one thing to say, in one tile: no tile stays blank.
        self.expiry_tile.setVisible(data.has_employment)
        self.next_tile.setVisible(data.has_employment)
        if not data.has_employment:
            text = self.tr("Fill in your employment in your profile to see your leave.")
            self.total_tile.show_placeholder(self.tr("Leave"), text)
            return
        self._show_total(data)
        self._show_expiry(data)
        self._show_next(data)

    def _show_total(self, data: LeaveTilesData) -> None:
        lines = [
            arg(
                self.tr("Balance at the end of %1, with leave up to that day counted."),
                fmt.day(data.today),
            )
        ]
        note = fmt.text(data.warnings[0]) if data.warnings else ""
        self.total_tile.show_figure(self.tr("Leave"), fmt.hours(data.total), lines, note)

    def _show_expiry(self, data: LeaveTilesData) -> None:
        title = arg(self.tr("Expires within %1 days"), EXPIRY_DAYS)
        if data.expiring <= 0 or data.first_expiry is None:
            self.expiry_tile.show_figure(
                title,
                fmt.hours(ZERO),
                [self.tr("None of your hours expire in the coming 90 days.")],
            )
            return
        lines = [
            arg(
                self.tr("First on %1: %2."),
                fmt.day(data.first_expiry),
                fmt.hours(data.first_expiry_hours),
            )
        ]
        if data.first_expiry_unplanned <= 0:
            note = self.tr("Your planned leave uses them all in time.")
        else:
            note = arg(
                self.tr(
                    "%1 of it is not planned yet. Plan leave before then, or those hours are gone."
                ),
                fmt.hours(data.first_expiry_unplanned),
            )
        self.expiry_tile.show_figure(title, fmt.hours(data.expiring), lines, note)

    def _show_next(self, data: LeaveTilesData) -> None:
        entry = data.next_entry
        title = self.tr("Next leave")
        if entry is None:
            self.next_tile.show_figure(title, "–", [self.tr("No leave planned.")])
            return
        if entry.start == entry.end:
            when = fmt.day(entry.start, fmt="EEE d MMM yyyy")
        else:
            when = arg(
                self.tr("%1 to %2"),
                fmt.day(entry.start, fmt="d MMM"),
                fmt.day(entry.end, fmt="d MMM yyyy"),
            )
        lines = [arg(self.tr("%1 of leave"), fmt.hours(data.next_hours))]
        if entry.note:
            lines.append(entry.note)
        status = (
            self.tr("Already begun.")
            if entry.start <= data.today
            else self.tr("Planned.")
            if entry.status is LeaveStatus.PLANNED
            else self.tr("Taken.")
        )
        self.next_tile.show_figure(title, when, lines, status)

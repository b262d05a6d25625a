"""Three leave tiles for the Overzicht: the total, what expires soon, and the next leave.

``load_leave_tiles(store, today)`` runs on the data thread; ``LeaveTiles.show_data`` shows its
answer. The tiles are :class:`ui.widgets.tile.Tile` cards, like the rest of the Overzicht.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from rijkapp import formatting as fmt
from rijkapp.domain.records import LeaveEntry, LeaveStatus
from rijkapp.domain.values import ZERO
from ui.text import Retranslatable, arg
from ui.widgets.tile import Tile

EXPIRY_DAYS = 90


@dataclass(frozen=True)
class LeaveTilesData:
    today: date
    has_employment: bool
    total: Decimal  # the balance at the end of today
    expiring: Decimal  # hours that expire within 90 days after today
    first_expiry: date | None  # the first of those expiry dates
    first_expiry_hours: Decimal  # hours that expire on that date
    first_expiry_unplanned: Decimal  # ... of which no leave is planned yet before that date
    next_entry: LeaveEntry | None  # the first leave that has not ended yet
    next_hours: Decimal
    warnings: tuple[str, ...] = ()


def load_leave_tiles(store: Any, today: date) -> LeaveTilesData:
    """What the tiles show on ``today``; runs on the data thread."""
    from rijkapp.calc.leave import entry_hours, expiry_plans, ledger
    from rijkapp.rules import default_rulebook

    book = default_rulebook()
    dossier = store.dossier()
    figures = ledger(dossier, today, book)
    horizon = today + timedelta(days=EXPIRY_DAYS)
    soon = sorted(
        (item.expires, item.hours)
        for item in figures.buckets
        if item.expires is not None and today < item.expires <= horizon and item.hours > 0
    )
    first = soon[0][0] if soon else None
    unplanned = ZERO
    if first is not None:
        plans = {plan.expires: plan for plan in expiry_plans(dossier, figures, book)}
        unplanned = plans[first].still_to_plan if first in plans else ZERO
    upcoming = sorted((e for e in dossier.leave if e.end >= today), key=lambda e: (e.start, e.id))
    next_entry = upcoming[0] if upcoming else None
    return LeaveTilesData(
        today=today,
        has_employment=bool(dossier.employment),
        total=figures.total,
        expiring=figures.expiring_within(EXPIRY_DAYS),
        first_expiry=first,
        first_expiry_hours=sum((h for d, h in soon if d == first), ZERO),
        first_expiry_unplanned=unplanned,
        next_entry=next_entry,
        next_hours=entry_hours(next_entry, dossier, book) if next_entry else ZERO,
        warnings=figures.warnings,
    )


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
        if not data.has_employment:
            text = self.tr("Fill in your employment in your profile to see your leave.")
            self.total_tile.show_placeholder(self.tr("Leave"), text)
            self.expiry_tile.show_placeholder(self.tr("Expires soon"), "")
            self.next_tile.show_placeholder(self.tr("Next leave"), "")
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
        note = data.warnings[0] if data.warnings else ""
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

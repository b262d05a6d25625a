"""The IKB tile on the Overzicht: what is available now, the pay-out to expect, and a reminder.

``rijkapp.views.ikb.ikb_tile(dossier, today)`` works the tile out on the data thread;
``IkbTile.show_data(data)`` shows it on the GUI thread. The figures are the IKB page's own
(``rijkapp.views.ikb.summarize``), so they agree with the page and with ``balances --json``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from rijkapp.views.ikb import IkbTileData
from ui import formatting as fmt
from ui.text import arg
from ui.widgets.tile import Tile


class IkbTile(Tile):
    """The Overzicht tile for the IKB; keeps its data so a change of language redraws it."""

    def __init__(self, name: str = "ikbTile", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.data: IkbTileData | None = None

    def show_data(self, data: IkbTileData | None) -> None:
        self.data = data
        self._render()

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "data", None) is not None:
            self._render()

    def reminder_text(self) -> str:
        data = self.data
        if data is None:
            return ""
        if data.reminder is not None:
            return arg(
                self.tr("Submit your choice for %1 in the P-Direktportaal by %2."),
                fmt.day(data.reminder.month, fmt="MMMM"),
                fmt.day(data.reminder.cutoff, fmt="d MMMM"),
            )
        count = len(data.overdue)
        if count == 1:
            return arg(
                self.tr(
                    "Your choice for %1 is not marked as submitted, and its last day has passed."
                ),
                fmt.month(data.overdue[0].month),
            )
        if count > 1:
            return arg(
                self.tr("%1 choices are not marked as submitted, and their last day has passed."),
                count,
            )
        return ""

    def _render(self) -> None:
        data = self.data
        title = self.tr("IKB")
        if data is None or not data.has_employment:
            self.show_placeholder(
                title, self.tr("Fill in your employment in your profile to see your IKB budget.")
            )
            return
        summary = data.summary
        if summary is None:
            self.show_placeholder(title, self.tr("There is no IKB budget this year."))
            return
        lines = [arg(self.tr("Accrued this year so far: %1"), fmt.money(summary.accrued_to_date))]
        if summary.leaving_date is not None and summary.payout_month is not None:
            lines.append(
                arg(
                    self.tr("Final pay-out in %1: %2"),
                    fmt.month(summary.payout_month),
                    fmt.money(summary.payout),
                )
            )
        else:
            lines.append(
                arg(self.tr("Expected pay-out in December: %1"), fmt.money(summary.payout))
            )
        if summary.hours_bought > Decimal(0):
            lines.append(
                arg(
                    self.tr("IKB-uren bought: %1 of at most %2"),
                    fmt.compact(summary.hours_bought),
                    fmt.compact(summary.hours_buy_max),
                )
            )
        details = [
            (fmt.text(line.message), line.source.render(fmt.language()) if line.source else "")
            for line in data.lines
        ]
        self.show_figure(
            self.tr("IKB: available now"),
            fmt.money(summary.available),
            lines,
            self.reminder_text(),
            details,
        )

"""The IKB tile on the Overzicht: what is available now, the pay-out to expect, and a reminder.

``load_ikb_tile(store, today)`` runs on the data thread; ``IkbTile.show_data(data)`` on the GUI
thread. The figures are the IKB page's own (``ui.models.ikb.summarize``), so they agree with the
page and with ``balances --json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from rijkapp import formatting as fmt
from ui.models.ikb import IkbSummary, Reminder, reminder_for, summarize
from ui.text import arg
from ui.widgets.tile import Tile

if TYPE_CHECKING:
    from rijkapp.calc.explain import Line
    from rijkapp.domain.records import IkbChoice


@dataclass(frozen=True)
class IkbTileData:
    today: date
    has_employment: bool
    summary: IkbSummary | None
    reminder: Reminder | None
    overdue: tuple[IkbChoice, ...]
    lines: tuple[Line, ...]  # how this month's budget is made up, with the rules


def load_ikb_tile(store: Any, today: date) -> IkbTileData:
    """Read and work out the tile on the data thread (no widgets here)."""
    from rijkapp.rules import default_rulebook
    from rijkapp.services import ikb as ikb_service

    dossier = store.dossier()
    if not dossier.employment:
        return IkbTileData(today, False, None, None, (), ())
    book = default_rulebook()
    plan = ikb_service.plan(dossier, today.year, book, today)
    if not plan.months:
        return IkbTileData(today, True, None, None, (), ())
    this_month = today.replace(day=1)
    mine = tuple(c for c in dossier.ikb_choices if c.month.year == today.year)
    lines = tuple(
        line
        for line in plan.lines
        if line.on is not None
        and line.on.replace(day=1) == this_month
        and line.rule is not None
        and line.amount is not None
    )
    return IkbTileData(
        today=today,
        has_employment=True,
        summary=summarize(plan, today),
        reminder=reminder_for(plan, mine, today),
        overdue=plan.past_cutoff,
        lines=lines[:3],
    )


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
        details = [(line.text, line.source) for line in data.lines]
        self.show_figure(
            self.tr("IKB: available now"),
            fmt.money(summary.available),
            lines,
            self.reminder_text(),
            details,
        )

"""The IKB page's figures of the year: accrued, spent, available, the pay-out, hours bought and
sold, and under them the rules those figures assume (not confirmed yet), always in view.

What they say comes from ``rijkapp.views.ikb``: the summary up to today (as ``balances --json``
counts) and the year's unconfirmed rules, each described in the rule book's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from rijkapp.rules.book import Rule
from rijkapp.views.ikb import IkbSummary, When
from ui import formatting as fmt
from ui.models.ikb_text import whole_hours
from ui.text import Retranslatable, arg
from ui.widgets.figure import Figure
from ui.widgets.labels import plain_text

FIGURES = ("accrued", "spent", "available", "payout", "bought", "sold")


class IkbFigures(Retranslatable, QWidget):
    """Six figures in two rows of three (``figures[key]``, objects ``ikbFigure_<key>``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: IkbSummary | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.figures = {key: Figure(f"ikbFigure_{key}", self) for key in FIGURES}
        for index, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, index // 3, index % 3)
        for col in range(3):
            grid.setColumnStretch(col, 1)

    def show_summary(self, summary: IkbSummary | None) -> None:
        """The figures of ``summary``; None (no budget this year) leaves them as they were."""
        self.summary = summary
        self._render()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        summary = self.summary
        if summary is None:
            return
        year = summary.year
        figures = self.figures
        if summary.when is When.PAST:
            figures["accrued"].show_figure(
                arg(self.tr("Accrued in %1"), year), fmt.money(summary.accrued_to_date)
            )
            figures["spent"].show_figure(
                arg(self.tr("Spent in %1"), year), fmt.money(summary.spent_to_date)
            )
            figures["available"].show_figure(
                self.tr("Available"),
                fmt.money(summary.available),
                self.tr("The year is over; everything is paid out."),
            )
        else:
            sub = arg(self.tr("of %1 in the whole year"), fmt.money(summary.accrued_total))
            if summary.when is When.FUTURE:
                sub = arg(
                    self.tr("%1 has not started yet; %2 in the whole year"),
                    year,
                    fmt.money(summary.accrued_total),
                )
            figures["accrued"].show_figure(
                self.tr("Accrued so far"), fmt.money(summary.accrued_to_date), sub
            )
            figures["spent"].show_figure(self.tr("Spent so far"), fmt.money(summary.spent_to_date))
            figures["available"].show_figure(self.tr("Available now"), fmt.money(summary.available))
        if summary.leaving_date is not None and summary.payout_month is not None:
            figures["payout"].show_figure(
                arg(self.tr("Final pay-out in %1"), fmt.month(summary.payout_month)),
                fmt.money(summary.payout),
                arg(
                    self.tr("You leave on %1; what is left is paid out after that."),
                    fmt.day(summary.leaving_date),
                ),
            )
        else:
            title = (
                self.tr("Paid out in December")
                if summary.when is When.PAST
                else self.tr("Expected pay-out in December")
            )
            figures["payout"].show_figure(
                title,
                fmt.money(summary.payout),
                self.tr("What is left of your budget at the end of the year."),
            )
        figures["bought"].show_figure(
            self.tr("IKB-uren bought"),
            arg(
                self.tr("%1 of %2"),
                fmt.compact(summary.hours_bought),
                whole_hours(summary.hours_buy_max),
            ),
            self.tr("The most you can buy this year."),
        )
        figures["sold"].show_figure(
            self.tr("IKB-uren sold"),
            arg(
                self.tr("%1 of %2"),
                fmt.compact(summary.hours_sold),
                whole_hours(summary.hours_sell_max),
            ),
            self.tr("Sold hours are paid on top of your budget."),
        )


class IkbAssumptions(Retranslatable, QFrame):
    """The unconfirmed rules of the year, each with what it is about and its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ikbAssumptions")
        self.setProperty("role", "tile")
        self.setProperty("placeholder", True)
        self.rules: tuple[Rule, ...] = ()
        self.language = "nl"
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(4)
        self.title = plain_text("ikbAssumptionsTitle", "", self)
        self.title.setStyleSheet("font-weight: 600;")
        self.list = plain_text("ikbAssumptionsList", "hint", self)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.title)
        box.addWidget(self.list)

    def show_rules(self, rules: Sequence[Rule], language: str) -> None:
        """List ``rules`` (described in ``language``); hidden when there are none."""
        self.rules, self.language = tuple(rules), language
        self._render()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        rules = self.rules
        if not rules:
            self.hide()
            return
        self.title.setText(
            self.tr(
                "Assumptions: these rules are not confirmed yet. Check the figures that depend on "
                "them with P-Direkt."
            )
        )
        self.list.setText(
            "\n".join(
                arg(
                    self.tr("• %1 Source: %2."),
                    rule.description(self.language),
                    rule.citation(self.language),
                )
                for rule in rules
            )
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.list.text())
        self.show()

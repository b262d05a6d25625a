"""Overzicht: the first page after start-up, a few calm tiles with what matters today.

Above the tiles, what the figures still lack (no work schedule, no balance from P-Direkt, ...)
is said in words, each with a button to fix it (``fixRequested``), so a tile is never blank.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from rijkapp.services.changes import Area, Changes
from rijkapp.views.overview import Overview, OverviewPageData, load_overview_page
from ui import formatting as fmt
from ui.context import AppContext
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.text import Retranslatable, arg
from ui.widgets.ikb_tile import IkbTile
from ui.widgets.learning_tile import LearningTileWidget
from ui.widgets.leave_tiles import LeaveTiles
from ui.widgets.missing_card import MissingCard
from ui.widgets.tile import Tile

# The tiles read the whole dossier: the career, the leave ledger and the IKB plan.
READS = frozenset(
    {
        Area.PROFILE,
        Area.EMPLOYMENT,
        Area.WORK_SCHEDULE,
        Area.SETTINGS,
        Area.IKB,
        Area.LEAVE,
        Area.LEARNING,
    }
)


class OverviewPage(Retranslatable, QWidget):
    """Tiles: career (AOW, years in function, mobility talk), employment, and the tiles that
    the Verlof and IKB pages fill (``tiles["leave"]``, ``tiles["ikb"]``)."""

    profileRequested = Signal()
    fixRequested = Signal(str)  # a rijkapp.views.overview.Missing value
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "overviewPage")
        self.data: Overview | None = None
        self.profile_button = QPushButton(self)
        self.profile_button.setObjectName("goToProfileButton")
        self.profile_button.setProperty("role", "primary")
        self.profile_button.clicked.connect(self.profileRequested)
        button_row = QHBoxLayout()
        button_row.addWidget(self.profile_button)
        button_row.addStretch(1)
        self.frame.body.addLayout(button_row)
        self.missing_card = MissingCard(self)
        self.missing_card.setMaximumWidth(MAX_TEXT_WIDTH)
        self.missing_card.fixRequested.connect(self.fixRequested)
        self.frame.body.addWidget(self.missing_card)
        grid_host = QWidget(self)
        grid_host.setMaximumWidth(MAX_TEXT_WIDTH)
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(18)
        self.ikb_tile = IkbTile("ikbTile", self)
        self.tiles: dict[str, Tile] = {
            "career": Tile("careerTile", self),
            "employment": Tile("employmentTile", self),
            "ikb": self.ikb_tile,
        }
        self.grid.addWidget(self.tiles["career"], 0, 0)
        self.grid.addWidget(self.tiles["employment"], 0, 1)
        self.leave_tiles = LeaveTiles(self)
        self.grid.addWidget(self.leave_tiles, 1, 0, 1, 2)
        self.grid.addWidget(self.tiles["ikb"], 2, 0)
        self.learning_tile = LearningTileWidget("learningTile", self)
        self.grid.addWidget(self.learning_tile, 2, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        add_capped(self.frame.body, grid_host)
        self.frame.body.addStretch(1)
        self._set_tab_order()
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: row by row, each tile before its explanation."""
        tiles = (
            self.tiles["career"],
            self.tiles["employment"],
            self.leave_tiles.total_tile,
            self.leave_tiles.expiry_tile,
            self.leave_tiles.next_tile,
            self.tiles["ikb"],
        )
        chain: list[QWidget] = [self.profile_button]
        for tile in tiles:
            chain += [tile, tile.details_button]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def refresh(self) -> None:
        if not self.context.is_open:
            return
        today = self.context.today()
        self.context.query(lambda store: load_overview_page(store, today), self._show)

    def _show(self, data: OverviewPageData) -> None:
        self.data = data.overview
        self.retranslate()
        self.ikb_tile.show_data(data.ikb)
        self.leave_tiles.show_data(data.leave)
        self.learning_tile.show_data(data.learning)
        self.loaded.emit()

    # ---------------------------------------------------------------- showing
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Overview"))
        self.profile_button.setText(self.tr("Fill in your profile"))
        self.profile_button.setAccessibleName(self.tr("Fill in your profile"))
        data = self.data
        if data is None or not data.has_profile:
            self.frame.intro.setText(
                self.tr(
                    "Fill in your profile first. Then your overview appears here: your AOW date, "
                    "your years in your function, and soon your leave and your IKB."
                )
            )
            self.profile_button.setVisible(data is not None)
            self.tiles["career"].setVisible(data is not None and data.has_profile)
            self.tiles["employment"].setVisible(data is not None and data.has_profile)
            self.leave_tiles.setVisible(False)
            self.tiles["ikb"].setVisible(False)
            self.missing_card.show_missing(())
            self.learning_tile.setVisible(False)
            return
        self.profile_button.hide()
        self.missing_card.show_missing(data.missing)
        self.frame.intro.setText(
            arg(
                self.tr("Good day, %1. This is your overview for %2."),
                data.first_name,
                fmt.day(data.today, fmt="full"),
            )
        )
        for tile in (self.tiles["career"], self.tiles["employment"], self.tiles["ikb"]):
            tile.show()
        self.leave_tiles.show()
        self.learning_tile.show()
        self._show_career(data)
        self._show_employment(data)

    def _show_career(self, data: Overview) -> None:
        tile = self.tiles["career"]
        profile = data.profile
        lines: list[str] = []
        details: list[tuple[str, str]] = []
        aow = data.aow
        if aow is not None:
            value = fmt.day(aow.on)
            if aow.provisional:
                lines.append(
                    arg(
                        self.tr(
                            "Your AOW starts at %1 years and %2 months at the "
                            "earliest. This is not fixed yet."
                        ),
                        aow.years,
                        aow.months,
                    )
                )
            else:
                lines.append(
                    arg(
                        self.tr("Your AOW starts at %1 years and %2 months."), aow.years, aow.months
                    )
                )
            details.append(
                (
                    arg(
                        self.tr("AOW from %1: born on %2, AOW age %3 years and %4 months."),
                        fmt.day(aow.on),
                        fmt.day(profile.birth_date or aow.on),
                        aow.years,
                        aow.months,
                    ),
                    aow.source_title,
                )
            )
        elif profile.birth_date is None:
            value = "–"
            lines.append(self.tr("Fill in your birth date in your profile to see your AOW date."))
        else:
            value = "–"
            lines.append(self.tr("Rijkapp has no AOW age for this birth date."))
        note = ""
        years = data.years_in_function
        if years is not None and profile.function_start_date is not None:
            lines.append(
                arg(
                    self.tr("%1 years in your current function (since %2)."),
                    fmt.number(years, 1),
                    fmt.day(profile.function_start_date),
                )
            )
            mobility = data.mobility
            if mobility is not None:
                shown_limit = fmt.number(mobility.rule.decimal, 0)
                if mobility.due:
                    note = arg(
                        self.tr(
                            "You have been in this function for %1 years or more. In your next "
                            "conversation with your manager, discuss how your career continues."
                        ),
                        shown_limit,
                    )
                else:
                    note = arg(
                        self.tr(
                            "After %1 years in the same function, your conversation covers a next "
                            "step. That is from %2."
                        ),
                        shown_limit,
                        fmt.day(mobility.from_day),
                    )
                details.append(
                    (
                        arg(
                            self.tr(
                                "After %1 years in the same function, the conversation with your manager "
                                "covers whether and how your career continues in another function."
                            ),
                            shown_limit,
                        ),
                        mobility.rule.citation(fmt.language()),
                    )
                )
        else:
            lines.append(
                self.tr(
                    "Fill in when you started in your current function to see your years in it."
                )
            )
        tile.show_figure(self.tr("Career: AOW date"), value, lines, note, details)

    def _show_employment(self, data: Overview) -> None:
        tile = self.tiles["employment"]
        now = data.employment_now
        if now is None:
            tile.show_placeholder(
                self.tr("Employment"),
                self.tr(
                    "Fill in your employment in your profile: hours per week, scale and salary."
                ),
            )
            return
        lines = [
            arg(self.tr("%1 per week"), fmt.hours(now.hours_per_week)),
            arg(self.tr("Full-time salary %1 per month"), fmt.money(now.monthly_salary_fulltime)),
        ]
        if now.allowances_monthly > Decimal(0):
            lines.append(arg(self.tr("Allowances %1 per month"), fmt.money(now.allowances_monthly)))
        lines.append(arg(self.tr("Since %1"), fmt.day(now.valid_from)))
        note = ""
        upcoming = data.next_employment
        if upcoming is not None:
            note = arg(
                self.tr("From %1: scale %2, step %3, %4 per week."),
                fmt.day(upcoming.valid_from),
                upcoming.scale,
                upcoming.step,
                fmt.hours(upcoming.hours_per_week),
            )
        if now.end_date is not None:
            note = arg(self.tr("Last working day: %1."), fmt.day(now.end_date))
        tile.show_figure(
            self.tr("Employment"),
            arg(self.tr("Scale %1, step %2"), now.scale, now.step),
            lines,
            note,
        )

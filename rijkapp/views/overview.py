"""Overzicht: the career and employment tiles, worked out from the dossier and a date.

The career tile shows the AOW date, the years in the current function and when the
conversation with the manager covers a next step (CAO Rijk 12.1); the employment tile the terms
in force today and the next change. ``missing`` names what the figures still lack (no work
schedule, no balance taken over from P-Direkt, ...), so the page can say so and offer the fix.
The leave tiles and the IKB tile have read models of their own
(:func:`rijkapp.views.leave.leave_tiles`, :func:`rijkapp.views.ikb.ikb_tile`), as has the
learning tile (:func:`rijkapp.views.leren.learning_tile`); :func:`load_overview_page` reads the
dossier once and works out all of them for the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from rijkapp.calc.career import AowDate, add_months, career
from rijkapp.domain.records import Dossier, Employment, Profile, employment_on
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Rule, RuleBook, RuleBookError

if TYPE_CHECKING:
    from rijkapp.store.repository import Store
    from rijkapp.views.ikb import IkbTileData
    from rijkapp.views.leave import LeaveTilesData
    from rijkapp.views.leren import LearningTile

MOBILITY_RULE = "mobility_talk_after_years"


class Missing(StrEnum):
    """Something the Overzicht's figures still lack, in the order the page lists them."""

    EMPLOYMENT = "employment"  # no employment: no leave, no IKB
    SCHEDULE = "schedule"  # no work schedule: leave is counted as five equal days
    PDIREKT = "pdirekt"  # no balance from P-Direkt: the balance counts no leave from before
    IKB_CHOICES = "ikb_choices"  # no IKB choice this year: all of the budget is paid in December


def missing(dossier: Dossier, today: date) -> tuple[Missing, ...]:
    """What is not filled in yet, most needed first; empty when nothing is missing."""
    if not dossier.employment:
        return (Missing.EMPLOYMENT,)
    found: list[Missing] = []
    if not dossier.work_schedule:
        found.append(Missing.SCHEDULE)
    if not dossier.leave_balances:
        found.append(Missing.PDIREKT)
    if not any(choice.month.year == today.year for choice in dossier.ikb_choices):
        found.append(Missing.IKB_CHOICES)
    return tuple(found)


@dataclass(frozen=True)
class MobilityTalk:
    """After some years in the same function the conversation covers a next step."""

    rule: Rule  # how many years (``rule.decimal``), with its source
    due: bool  # that many years or more in the function on the day
    from_day: date  # the day the function reaches that many years


@dataclass(frozen=True)
class Overview:
    """What the career and employment tiles of the Overzicht show on ``today``."""

    today: date
    has_profile: bool
    profile: Profile
    aow: AowDate | None  # None without a birth date, or for one the AOW table does not cover
    years_in_function: Decimal | None  # None without a start in the current function
    mobility: MobilityTalk | None  # None without a start in the function
    employment_now: Employment | None
    next_employment: Employment | None  # the first record from a later date
    missing: tuple[Missing, ...] = ()

    @property
    def first_name(self) -> str:
        """The name the Overzicht greets with: the first word of the name."""
        words = self.profile.name.split()
        return words[0] if words else ""


def overview(dossier: Dossier, today: date, book: RuleBook, *, has_profile: bool) -> Overview:
    """The career and employment tiles for ``dossier`` on ``today``."""
    profile = dossier.profile
    figures = career(profile, today, book)
    later = sorted(
        (e for e in dossier.employment if e.valid_from > today), key=lambda e: e.valid_from
    )
    return Overview(
        today=today,
        has_profile=has_profile,
        profile=profile,
        aow=figures.aow,
        years_in_function=figures.years_in_function,
        mobility=_mobility(profile, figures.mobility_talk_due, today, book),
        employment_now=employment_on(dossier.employment, today),
        next_employment=later[0] if later else None,
        missing=missing(dossier, today),
    )


def _mobility(profile: Profile, due: bool, today: date, book: RuleBook) -> MobilityTalk | None:
    start = profile.function_start_date
    if start is None:
        return None
    try:
        rule = book.find(MOBILITY_RULE, today)
    except RuleBookError:
        return None
    if rule is None:
        return None
    return MobilityTalk(rule, due, add_months(start, int(rule.decimal * 12)))


@dataclass(frozen=True)
class OverviewPageData:
    """Everything the Overzicht shows, from one reading of the dossier."""

    overview: Overview
    leave: LeaveTilesData
    ikb: IkbTileData
    learning: LearningTile


def load_overview_page(store: Store, today: date) -> OverviewPageData:
    """Read the dossier once and work out the whole page, on the data thread."""
    from rijkapp.views.ikb import ikb_tile
    from rijkapp.views.leave import leave_tiles
    from rijkapp.views.leren import learning_tile

    dossier = store.dossier()
    book = default_rulebook()
    return OverviewPageData(
        overview=overview(dossier, today, book, has_profile=store.has_profile()),
        leave=leave_tiles(dossier, today, book),
        ikb=ikb_tile(dossier, today, book),
        learning=learning_tile(dossier, today),
    )

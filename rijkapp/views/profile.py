"""Profiel and the window's header: the profile, the employment history and the work schedules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from rijkapp.domain.records import Employment, Profile, WorkSchedule
from rijkapp.domain.values import Hours

if TYPE_CHECKING:
    from rijkapp.store.repository import Store


FULL_TIME_HOURS = Decimal(36)  # CAO Rijk 3.1: a full working week; salaries are for it
FACTOR = Decimal("0.0001")


def part_time_factor(hours_per_week: Hours) -> Decimal | None:
    """The part-time factor of ``hours_per_week`` (32 hours: 0,8889); None for no hours."""
    if hours_per_week <= 0:
        return None
    return (hours_per_week / FULL_TIME_HOURS).quantize(FACTOR)


@dataclass(frozen=True)
class ProfileData:
    """What the Profiel page shows: the form's profile and the two effective-dated tables."""

    has_profile: bool  # False before the first save: the form starts empty
    profile: Profile
    employment: tuple[Employment, ...]
    schedules: tuple[WorkSchedule, ...]


def load_profile(store: Store) -> ProfileData:
    return ProfileData(
        store.has_profile(),
        store.profile(),
        store.records("employment"),
        store.records("work_schedule"),
    )


def load_person(store: Store) -> Profile | None:
    """Whom the data is about, for the window's header; None before a profile is saved."""
    return store.profile() if store.has_profile() else None

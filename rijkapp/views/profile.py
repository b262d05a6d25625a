"""Profiel and the window's header: the profile, the employment history and the work schedules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rijkapp.domain.records import Employment, Profile, WorkSchedule

if TYPE_CHECKING:
    from rijkapp.store.repository import Store


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

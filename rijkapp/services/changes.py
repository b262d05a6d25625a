"""What a change touched: the typed answer every service call gives.

A service validates, writes one transaction and returns ``Changes``: the areas of the dossier
that it touched. The caller never says what it changed; the service knows (an IKB choice that
buys or sells hours touches the leave ledger too). Pages and tiles refresh when a change touches
an area they read (``Changes.touches``), the way Anki's operations return ``OpChanges``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    # For the GUI's type checks only: it hands service calls a store it never imports.
    from rijkapp.store.repository import Store

__all__ = ["EVERYTHING", "NOTHING", "Area", "Changes", "Operation", "Store", "changed"]


class Area(StrEnum):
    """A part of the dossier that a change can touch and a screen can read."""

    PROFILE = "profile"
    EMPLOYMENT = "employment"
    WORK_SCHEDULE = "work_schedule"
    SETTINGS = "settings"
    LEAVE = "leave"
    IKB = "ikb"
    LEARNING = "learning"  # learning activities, their certificates, development budgets
    TALKS = "talks"  # the talks of the gesprekscyclus and their agreements
    ALL = "all"  # everything at once: an import, a restore, a switch to or from the example


@dataclass(frozen=True)
class Changes:
    """The areas one service call touched; empty when nothing was written."""

    areas: frozenset[Area] = frozenset()

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def touches(self, areas: Iterable[Area]) -> bool:
        """Whether a screen that reads ``areas`` must refresh after this change."""
        return Area.ALL in self.areas or bool(self.areas.intersection(areas))


NOTHING = Changes()
EVERYTHING = Changes.of(Area.ALL)


def changed(written: bool, *areas: Area) -> Changes:
    """``areas`` when a write changed anything, else ``NOTHING``."""
    return Changes.of(*areas) if written else NOTHING


# One change as the GUI hands it to the data thread: a call of a service on the open store.
Operation: TypeAlias = "Callable[[Store], Changes]"

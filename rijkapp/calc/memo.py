"""What the calculators work out from one dossier, kept for as long as that dossier lives.

A ``Dossier`` is frozen and the store hands out the same object until the data changes
(``Store.dossier``), so a figure worked out from it (the leave ledger on a date, the cost of a leave
entry) holds for as long as the object lives. ``kept(dossier)`` is a dictionary beside the dossier
for such figures, found by the dossier's identity (hashing a whole career would cost more than
most figures) and dropped with the dossier. Keys name the calculator and every other argument,
the rule book included: ``("ledger", on, book)``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from rijkapp.domain.records import Dossier

T = TypeVar("T")

_KEPT: dict[int, dict[Hashable, Any]] = {}


def kept(dossier: Dossier) -> dict[Hashable, Any]:
    """The figures kept for ``dossier``; empty at first."""
    key = id(dossier)
    found = _KEPT.get(key)
    if found is None:
        found = _KEPT[key] = {}
        # Called while the dossier is being freed, before its identity can be reused.
        weakref.finalize(dossier, _KEPT.pop, key, None)
    return found


def once(dossier: Dossier, key: Hashable, work: Callable[[], T]) -> T:
    """``work()`` the first time ``key`` is asked for this dossier, the kept answer after that.

    Only for answers that are never changed by whoever gets them (frozen records, tuples).
    """
    figures = kept(dossier)
    try:
        answer: T = figures[key]
    except KeyError:
        answer = figures[key] = work()
    return answer

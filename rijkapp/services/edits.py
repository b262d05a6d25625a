"""One edit of one record, done and undone through the area's own service.

The GUI's undo history holds ``Edit`` values (the record before and after; ``None`` stands for
"not there") and nothing else. Doing an edit checks it like any save (``check=True``); undoing
puts back exactly what was there (``check=False``): what was saved once was valid then, and
undo must never be refused. Either way it is one transaction and returns the ``Changes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from rijkapp.domain.records import (
    DevelopmentBudget,
    Employment,
    IkbChoice,
    LearningActivity,
    LeaveBalance,
    LeaveEntry,
    Profile,
    Talk,
    WorkSchedule,
)
from rijkapp.rules.book import RuleBook
from rijkapp.services import ikb, learning, leave, profile, talks
from rijkapp.services.changes import Area, Changes, Operation, changed
from rijkapp.store.repository import Store

Record: TypeAlias = (
    Profile
    | Employment
    | WorkSchedule
    | LeaveBalance
    | LeaveEntry
    | IkbChoice
    | LearningActivity
    | DevelopmentBudget
    | Talk
)


@dataclass(frozen=True)
class Edit:
    """One record before and after a change; ``None`` on one side for an addition or deletion."""

    before: Record | None
    after: Record | None

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("an edit needs a record on at least one side")
        sides = {type(self.before), type(self.after)} - {type(None)}
        if len(sides) > 1:
            raise ValueError("an edit changes one kind of record")

    def reversed(self) -> Edit:
        return Edit(self.after, self.before)


def apply(store: Store, edit: Edit, *, today: date, book: RuleBook, check: bool = True) -> Changes:
    """Make ``edit.after`` true in the store, checked by its service when ``check``."""
    target, current = edit.after, edit.before
    if target is None:
        assert current is not None  # guaranteed by Edit
        return _delete(store, current)
    if not check:
        return _put(store, target)
    return _save(store, target, current, today=today, book=book)


def _save(
    store: Store, target: Record, current: Record | None, *, today: date, book: RuleBook
) -> Changes:
    """Save ``target`` through its area's service, which checks it first."""
    match target:
        case Profile():
            changes = profile.save_profile(store, target, today)
        case Employment():
            changes = profile.save_employment(store, target)
        case WorkSchedule():
            changes = profile.save_schedule(store, target)
        case LeaveEntry():
            changes = leave.save_entry(store, target, book)
        case LeaveBalance():
            changes = leave.save_balance(store, target)
        case IkbChoice():
            before = current if isinstance(current, IkbChoice) else None
            changes = ikb.change_choice(store, before, target, book)
        case LearningActivity():
            changes = learning.save_activity(store, target)
        case DevelopmentBudget():
            changes = learning.save_budget(store, target)
        case Talk():
            changes = talks.save_talk(store, target, today=today)
    return changes


def operation(edit: Edit, *, today: date, check: bool = True) -> Operation:
    """``apply`` as a call the GUI hands to the data thread, with the default rule book."""

    def run(store: Store) -> Changes:
        from rijkapp.rules import default_rulebook

        return apply(store, edit, today=today, book=default_rulebook(), check=check)

    return run


def _put(store: Store, record: Record) -> Changes:
    """Put a record back as it was, unchecked (undo)."""
    if isinstance(record, Profile):
        return changed(store.save_profile(record), Area.PROFILE)
    return changed(store.save(record), *_areas(record))


def _delete(store: Store, record: Record) -> Changes:
    match record:
        case Profile():
            raise ValueError("the profile is changed, never deleted")
        case Employment():
            changes = profile.delete_employment(store, record.id)
        case WorkSchedule():
            changes = profile.delete_schedule(store, record.id)
        case LeaveEntry():
            changes = leave.delete_entry(store, record.id)
        case LeaveBalance():
            changes = leave.delete_balance(store, record.id)
        case IkbChoice():
            changes = ikb.delete_choice(store, record)
        case LearningActivity():
            changes = learning.delete_activity(store, record.id)
        case DevelopmentBudget():
            changes = learning.delete_budget(store, record.id)
        case Talk():
            changes = talks.delete_talk(store, record.id)
    return changes


def _areas(record: Record) -> tuple[Area, ...]:
    if isinstance(record, IkbChoice):
        return ikb.areas_of(record)
    return (_AREA[type(record)],)


# The area each kind of record is in (an IKB choice's depend on the choice: ikb.areas_of).
_AREA: dict[type[Record], Area] = {
    Profile: Area.PROFILE,
    Employment: Area.EMPLOYMENT,
    WorkSchedule: Area.WORK_SCHEDULE,
    LeaveEntry: Area.LEAVE,
    LeaveBalance: Area.LEAVE,
    LearningActivity: Area.LEARNING,
    DevelopmentBudget: Area.LEARNING,
    Talk: Area.TALKS,
}

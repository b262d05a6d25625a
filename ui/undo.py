"""Undo for saved changes: each step puts records back as they were, in one transaction.

Typing in a field has the field's own undo (Ctrl+Z inside the field). Once a change is saved
(the profile, an employment record, a work schedule), Bewerken > Ongedaan maken takes it back
through these commands. They hold the record before and after, never a snapshot of the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.context import AppContext
from ui.text import arg


def undone_message(step: str) -> str:
    return arg(QCoreApplication.translate("Undo", "Undone: %1"), step)


class ProfileCommand(QUndoCommand):
    """Saving the profile form: ``before`` and ``after`` are whole ``Profile`` values."""

    def __init__(
        self, context: AppContext, before: Any, after: Any, text: str, done_message: str = ""
    ) -> None:
        super().__init__(text)
        self.context = context
        self.before = before
        self.after = after
        self.done_message = done_message

    def _put(self, profile: Any, message: str) -> None:
        self.context.write(
            lambda store: store.save_profile(profile),
            {"profile"},
            lambda _changed: self.context.status.emit(message) if message else None,
        )

    def redo(self) -> None:
        self._put(self.after, self.done_message)

    def undo(self) -> None:
        self._put(self.before, undone_message(self.text()))


class RecordCommand(QUndoCommand):
    """Adding, changing or deleting one list record (``None`` stands for "not there")."""

    def __init__(
        self,
        context: AppContext,
        *,
        kind: type,
        area: str,
        before: Any,
        after: Any,
        text: str,
        done_message: str = "",
    ) -> None:
        super().__init__(text)
        self.context = context
        self.kind = kind
        self.area = area
        self.before = before
        self.after = after
        self.done_message = done_message

    def _put(self, target: Any, current: Any, message: str) -> None:
        kind = self.kind

        def change(store: Any) -> bool:
            if target is None:
                return bool(store.delete(kind, current.id))
            return bool(store.save(target))

        self.context.write(
            change,
            {self.area},
            lambda _changed: self.context.status.emit(message) if message else None,
        )

    def redo(self) -> None:
        self._put(self.after, self.before, self.done_message)

    def undo(self) -> None:
        self._put(self.before, self.after, undone_message(self.text()))

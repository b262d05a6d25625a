"""Undo for saved changes: one command for every kind of record, through the services.

Typing in a field has the field's own undo (Ctrl+Z inside the field). Once a change is saved
(the profile, an employment record, a work schedule, a leave entry, an IKB choice), Bewerken >
Ongedaan maken takes it back. The command holds one ``Edit`` (the record before and after, never a
snapshot of the file) and hands it to ``rijkapp.services.edits``: doing it is checked like any
save, undoing puts back exactly what was there. Pages refresh from the ``Changes`` that come back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rijkapp.services import edits
from rijkapp.services.changes import Changes
from rijkapp.services.edits import Edit
from ui import formatting as fmt
from ui.context import AppContext
from ui.text import arg


def undone_message(step: str) -> str:
    return arg(QCoreApplication.translate("Undo", "Undone: %1"), step)


class EditCommand(QUndoCommand):
    """One saved edit of one record; redo saves ``edit.after``, undo puts back ``edit.before``.

    A refusal (a rule the change breaks) shows its reason in the status bar; the store is then
    unchanged, since the service writes nothing it refuses.
    """

    def __init__(self, context: AppContext, edit: Edit, text: str, done_message: str = "") -> None:
        super().__init__(text)
        self.context = context
        self.edit = edit
        self.done_message = done_message

    def _apply(self, edit: Edit, message: str, *, check: bool) -> None:
        status = self.context.status

        def done(_changes: Changes) -> None:
            if message:
                status.emit(message)

        self.context.write(
            edits.operation(edit, today=self.context.today(), check=check),
            done,
            lambda error: status.emit(fmt.reason(error)),
        )

    def redo(self) -> None:
        self._apply(self.edit, self.done_message, check=True)

    def undo(self) -> None:
        self._apply(self.edit.reversed(), undone_message(self.text()), check=False)

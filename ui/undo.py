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
        self._quiet = False  # redo only moves the history back: the store already has it

    def _apply(self, edit: Edit, message: str, *, check: bool, undoing: bool) -> None:
        status = self.context.status

        def done(_changes: Changes) -> None:
            if message:
                status.emit(message)

        self.context.write(
            edits.operation(edit, today=self.context.today(), check=check),
            done,
            lambda error: self._failed(error, undoing=undoing),
        )

    def _failed(self, error: BaseException, *, undoing: bool) -> None:
        """Say why; and since the store kept what it had, put the history back in step with it
        (without writing): a save that failed is not offered for undo."""
        self.context.status.emit(fmt.reason(error))
        stack = self.context.undo_stack
        if not undoing and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            self.setObsolete(True)
            stack.undo()  # an obsolete command is taken off the stack without being undone
        elif undoing and stack.index() < stack.count() and stack.command(stack.index()) is self:
            self._quiet = True
            stack.redo()
            self._quiet = False

    def redo(self) -> None:
        if not self._quiet:
            self._apply(self.edit, self.done_message, check=True, undoing=False)

    def undo(self) -> None:
        self._apply(self.edit.reversed(), undone_message(self.text()), check=False, undoing=True)


class StartCommand(QUndoCommand):
    """A start saved again from the Profiel page: several edits, undone and redone as one.

    The start is saved before the command is pushed (its corrections are worked out while it is
    saved), so the push does not save it a second time; undo and redo each are one transaction.
    """

    def __init__(
        self, context: AppContext, done: tuple[Edit, ...], text: str, done_message: str = ""
    ) -> None:
        super().__init__(text)
        self.context = context
        self.edits = done
        self.done_message = done_message
        self._pushed = False

    def _apply(self, todo: tuple[Edit, ...], message: str, *, check: bool) -> None:
        from rijkapp.rules import default_rulebook
        from rijkapp.services.start import apply_all

        status = self.context.status
        today = self.context.today()

        def done(_changes: Changes) -> None:
            status.emit(message)

        self.context.write(
            lambda store: apply_all(store, todo, today=today, book=default_rulebook(), check=check),
            done,
            lambda error: status.emit(fmt.reason(error)),
        )

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # already saved: the push only records it
            return
        self._apply(self.edits, self.done_message, check=True)

    def undo(self) -> None:
        back = tuple(edit.reversed() for edit in reversed(self.edits))
        self._apply(back, undone_message(self.text()), check=False)

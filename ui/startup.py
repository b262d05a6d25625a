"""Opening the user's data after the window is shown: key or passphrase, and what can go wrong.

- A passphrase is asked when no keyring can hold the key (new data: twice; existing: once, and
  again after a wrong one).
- A file that does not open (wrong key or damaged, not Rijkapp's, written by a newer Rijkapp) is
  explained, and when backups exist the user may restore one. The file itself is never
  overwritten: a restore keeps it aside.
- Rijkapp already open on this data: say so and stop (exit code 1).

All data work runs on the data thread; this class only decides what to show next.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import formatting as fmt
from ui.context import AppContext
from ui.text import arg

if TYPE_CHECKING:
    from rijkapp.services.data import Backup, Folder, Session
    from ui.dialogs.passphrase import PassphraseDialog
    from ui.dialogs.restore import RestoreDialog

EXIT_OK, EXIT_PROBLEM = 0, 1


class Startup(QObject):
    """Runs once: ``ready(has_profile)`` when the data is open, or ``stopped(exit code)``."""

    ready = Signal(bool)
    stopped = Signal(int)

    def __init__(
        self,
        context: AppContext,
        window: QWidget,
        data_dir: Path,
        *,
        passphrase: str | None = None,
        show_dialogs: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = window
        self.data_dir = data_dir
        self.passphrase = passphrase
        self.show_dialogs = show_dialogs
        self.passphrase_dialog: PassphraseDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.message_box: QMessageBox | None = None
        self._db_exists = False

    # ---------------------------------------------------------------- steps
    def start(self) -> None:
        if self.passphrase is not None:
            self._open(self.passphrase)
            return
        self.context.operations.run(self._probe, self._probed, self._failed, skip_at_exit=True)

    def _probe(self) -> tuple[Folder, Session | None]:
        """How the data is kept, and, when no passphrase is needed, the data opened in the same
        job: the window is busy with its first page meanwhile, and need not pass it on."""
        from rijkapp.services import data

        folder = data.look_at(self.data_dir)
        if not folder.needs_passphrase or (folder.exists and folder.key_mode == "keyring"):
            # A keyring-kept key that is missing cannot be replaced by a passphrase; opening
            # without one gives the core's plain explanation.
            return folder, self.context.open_own(self.data_dir, None)
        return folder, None

    def _probed(self, found: tuple[Folder, Session | None]) -> None:
        folder, session = found
        self._db_exists = folder.exists
        if session is not None:
            self.passphrase = None
            self._opened(session)
            return
        self._ask_passphrase(new=not folder.exists, can_restore=folder.has_backups)

    def _ask_passphrase(self, *, new: bool, can_restore: bool = False, error: str = "") -> None:
        from ui.dialogs.passphrase import PassphraseDialog

        if self.passphrase_dialog is None:
            dialog = PassphraseDialog(new=new, can_restore=can_restore, parent=self.window)
            dialog.accepted.connect(self._passphrase_given)
            dialog.rejected.connect(self._passphrase_refused)
            dialog.restoreRequested.connect(self._restore_with_passphrase)
            self.passphrase_dialog = dialog
        self.passphrase_dialog.show_error(error)
        self.passphrase_dialog.open()

    def _passphrase_given(self) -> None:
        assert self.passphrase_dialog is not None  # it is the dialog that was accepted
        self._open(self.passphrase_dialog.passphrase())

    def _passphrase_refused(self) -> None:
        self.stopped.emit(EXIT_OK)

    def _restore_with_passphrase(self) -> None:
        assert self.passphrase_dialog is not None  # it is the dialog that asked
        passphrase = self.passphrase_dialog.passphrase() or None
        if passphrase is None:
            self.passphrase_dialog.show_error(
                self.tr("Enter the passphrase first: the backups are protected with it too.")
            )
            return
        self.passphrase_dialog.hide()
        self.passphrase = passphrase
        self._offer_restore("", passphrase)

    def _open(self, passphrase: str | None) -> None:
        self.passphrase = passphrase
        self.context.operations.run(
            lambda: self.context.open_own(self.data_dir, passphrase),
            self._opened,
            self._failed,
            skip_at_exit=True,
        )

    def _opened(self, session: Session) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.hide()
        self.context.sessionChanged.emit()
        self.ready.emit(self.context.own_has_profile)
        for warning in session.warnings:  # it opened, but the user should know this
            self.context.status.emit(fmt.text(warning))

    # ---------------------------------------------------------------- problems
    def _failed(self, error: BaseException) -> None:
        from rijkapp.domain import errors

        if isinstance(error, errors.AlreadyOpen):
            self._stop(
                self.tr(
                    "Rijkapp is already open with this data. Use the window that is "
                    "already open, or close it first."
                ),
                EXIT_PROBLEM,
            )
        elif (
            isinstance(error, errors.WrongKeyOrDamaged)
            and self.passphrase is not None
            and self._db_exists
            and self.passphrase_dialog is not None
        ):
            self._ask_passphrase(
                new=False,
                error=self.tr(
                    "This passphrase does not open your data. Check it and try again. (If you are "
                    "sure it is right, the file may be damaged: then restore a backup.)"
                ),
            )
        elif isinstance(
            error, (errors.WrongKeyOrDamaged, errors.NotARijkappDatabase, errors.DatabaseTooNew)
        ):
            self._offer_restore(fmt.text(error), self.passphrase)
        elif isinstance(error, errors.RijkappError):
            self._stop(fmt.text(error), EXIT_PROBLEM)
        else:
            self.context.operations.unhandled.emit(error)
            self.stopped.emit(EXIT_PROBLEM)

    def _offer_restore(self, problem: str, passphrase: str | None) -> None:
        def backups() -> list[Backup]:
            from rijkapp.services import data

            return data.backups(self.data_dir)

        self.context.operations.run(backups, lambda found: self._choose_backup(problem, found))

    def _choose_backup(self, problem: str, backups: list[Backup]) -> None:
        from ui.dialogs.restore import RestoreDialog

        if not backups and problem:
            self._stop(problem, EXIT_PROBLEM)
            return
        if not self.show_dialogs:
            self._stop(problem, EXIT_PROBLEM)
            return
        dialog = RestoreDialog(backups, problem=problem, parent=self.window)
        dialog.accepted.connect(self._restore_chosen)
        dialog.rejected.connect(self._restore_refused)
        self.restore_dialog = dialog
        dialog.open()

    def _restore_refused(self) -> None:
        if (
            self.passphrase_dialog is not None
            and self.restore_dialog is not None
            and not self.restore_dialog.problem
        ):
            self.passphrase_dialog.open()  # back to the passphrase, nothing changed
            return
        self.stopped.emit(EXIT_PROBLEM)

    def _restore_chosen(self) -> None:
        assert self.restore_dialog is not None  # it is the dialog that was accepted
        backup = self.restore_dialog.chosen()
        if backup is None:
            self.stopped.emit(EXIT_PROBLEM)
            return
        passphrase = self.passphrase
        now = self.context.now()

        def restore() -> Path:
            from rijkapp.services import data

            return data.restore_backup(self.data_dir, backup.path, passphrase, now)

        def restored(aside: Path) -> None:
            self.context.status.emit(
                arg(
                    self.tr("The backup is back. The file that did not open is kept aside as %1."),
                    aside.name,
                )
            )
            self._open(passphrase)

        self.context.operations.run(restore, restored, self._restore_failed)

    def _restore_failed(self, error: BaseException) -> None:
        from rijkapp.domain.errors import RijkappError

        if isinstance(error, RijkappError):
            self._stop(fmt.text(error), EXIT_PROBLEM)
        else:
            self.context.operations.unhandled.emit(error)
            self.stopped.emit(EXIT_PROBLEM)

    def _stop(self, message: str, code: int) -> None:
        """Tell the user why Rijkapp cannot go on, then stop with ``code``."""
        if not self.show_dialogs:
            print(message, file=sys.stderr)
            self.stopped.emit(code)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rijkapp"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("startupMessage")
        box.finished.connect(lambda _result: self.stopped.emit(code))
        self.message_box = box
        box.open()

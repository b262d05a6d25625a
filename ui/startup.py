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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import AppContext
from ui.text import arg

EXIT_OK, EXIT_PROBLEM = 0, 1


def _default_open_session(*args: Any, **kwargs: Any) -> Any:
    from rijkapp.store.session import open_session

    return open_session(*args, **kwargs)


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
        open_session: Callable[..., Any] = _default_open_session,
        show_dialogs: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = window
        self.data_dir = data_dir
        self.passphrase = passphrase
        self.open_session = open_session
        self.show_dialogs = show_dialogs
        self.passphrase_dialog: Any = None
        self.restore_dialog: Any = None
        self.message_box: QMessageBox | None = None
        self._db_exists = False

    # ---------------------------------------------------------------- steps
    def start(self) -> None:
        if self.passphrase is not None:
            self._open(self.passphrase)
            return
        self.context.operations.run(self._probe, self._probed, self._failed)

    def _probe(self) -> tuple[bool, str | None, bool, bool]:
        from rijkapp.store.backups import list_backups
        from rijkapp.store.session import DB_NAME, key_mode, needs_passphrase

        db = self.data_dir / DB_NAME
        return (
            needs_passphrase(self.data_dir),
            key_mode(self.data_dir),
            db.exists(),
            bool(list_backups(db)),
        )

    def _probed(self, answer: tuple[bool, str | None, bool, bool]) -> None:
        needs, mode, exists, has_backups = answer
        self._db_exists = exists
        if not needs or (exists and mode == "keyring"):
            # A keyring-kept key that is missing cannot be replaced by a passphrase; opening
            # without one gives the core's plain explanation.
            self._open(None)
            return
        self._ask_passphrase(new=not exists, can_restore=has_backups)

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
        self._open(self.passphrase_dialog.passphrase())

    def _passphrase_refused(self) -> None:
        self.stopped.emit(EXIT_OK)

    def _restore_with_passphrase(self) -> None:
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
            lambda: self.context.open_own(self.open_session, self.data_dir, passphrase),
            self._opened,
            self._failed,
        )

    def _opened(self, _session: Any) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.hide()
        self.context.sessionChanged.emit()
        self.ready.emit(self.context.own_has_profile)

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
            self._offer_restore(error.message, self.passphrase)
        elif isinstance(error, errors.RijkappError):
            self._stop(error.message, EXIT_PROBLEM)
        else:
            self.context.operations.unhandled.emit(error)
            self.stopped.emit(EXIT_PROBLEM)

    def _offer_restore(self, problem: str, passphrase: str | None) -> None:
        def backups() -> list[Any]:
            from rijkapp.store.backups import list_backups
            from rijkapp.store.session import DB_NAME

            return list_backups(self.data_dir / DB_NAME)

        self.context.operations.run(backups, lambda found: self._choose_backup(problem, found))

    def _choose_backup(self, problem: str, backups: list[Any]) -> None:
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
        backup = self.restore_dialog.chosen()
        if backup is None:
            self.stopped.emit(EXIT_PROBLEM)
            return
        passphrase = self.passphrase
        now = self.context.now()

        def restore() -> Path:
            from rijkapp.store.backups import restore as restore_backup
            from rijkapp.store.lock import InstanceLock
            from rijkapp.store.session import DB_NAME, resolve_key

            key, _mode, _new = resolve_key(self.data_dir, passphrase)
            with InstanceLock(self.data_dir):
                return restore_backup(self.data_dir / DB_NAME, backup.path, key, now)

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
            self._stop(error.message, EXIT_PROBLEM)
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

"""The File menu's work on the data: export (JSON, calendar), import and backups.

The main window owns one ``DataActions`` and wires its menu actions to these slots. Every file
job runs on the data thread; the answers come back to the window's status bar, its problem
message, and the page it shows (a workspace after an import, the welcome page when a restored
backup has no profile).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rijkapp.services.changes import EVERYTHING
from ui import formatting as fmt
from ui.text import arg

if TYPE_CHECKING:
    from rijkapp.services.data import Backup, Session
    from rijkapp.services.exchange import ImportResult
    from ui.dialogs.restore import RestoreDialog
    from ui.main_window import MainWindow


class DataActions(QObject):
    """Export, import, backup and restore for the main window that owns it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.restore_dialog: RestoreDialog | None = None  # the last one shown

    # ---------------------------------------------------------------- export
    def export_json(self) -> None:
        today = self.context.today()
        suggestion = str(Path.home() / f"rijkapp-export-{today.isoformat()}.json")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export to JSON"), suggestion, self.tr("Rijkapp export (*.json)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        now = self.context.now()

        def work(session: Session) -> Path:
            from rijkapp.services.exchange import export_file

            export_file(session, path, now)
            return path

        self.context.with_session(
            work,
            lambda done: self.window.show_status(
                arg(self.tr("Your data was exported to %1."), str(done))
            ),
        )

    def export_calendar(self) -> None:
        from ui.dialogs.ics_export import export_ics

        export_ics(self.window, self.context)

    # ---------------------------------------------------------------- import
    def import_json(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from JSON"),
            str(Path.home()),
            self.tr("Rijkapp export (*.json)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Import from JSON"),
            arg(
                self.tr(
                    "Importing replaces all your data in Rijkapp with the data in %1.\n\n"
                    "Rijkapp makes a backup first, so you can go back with "
                    "File > Restore a backup. Continue?"
                ),
                Path(path).name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        now = self.context.now()

        def work(session: Session) -> ImportResult:
            from rijkapp.services import data
            from rijkapp.services.exchange import import_file

            result = import_file(session, path, now)
            self.context.own_has_profile = data.has_profile(session)
            return result

        self.context.with_session(work, self._imported, self.window.show_error, EVERYTHING)

    def _imported(self, result: ImportResult) -> None:
        self.window.show_status(
            arg(self.tr("Imported. A backup was made first: %1."), result.backup.name)
        )
        if not self.window.in_workspace():
            self.window.show_workspace()

    # ---------------------------------------------------------------- backups
    def make_backup(self) -> None:
        now = self.context.now()

        def work(session: Session) -> Path:
            from rijkapp.services import data

            return data.make_backup(session, now)

        self.context.with_session(
            work,
            lambda path: self.window.show_status(arg(self.tr("Backup made: %1."), path.name)),
        )

    def restore_backup(self) -> None:
        def backups(session: Session) -> list[Backup]:
            from rijkapp.services import data

            return data.backups(session.data_dir)

        self.context.with_session(backups, self._choose_backup)

    def _choose_backup(self, backups: list[Backup]) -> None:
        from ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(backups, parent=self.window)
        dialog.accepted.connect(partial(self._restore_chosen, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _restore_chosen(self, dialog: RestoreDialog) -> None:
        backup = dialog.chosen()
        if backup is None:
            return
        now = self.context.now()

        def work(old: Session) -> Path:
            from rijkapp.services import data

            return data.restore_in_place(old, backup.path, now)

        def done(aside: Path) -> None:
            self.window.show_status(
                arg(
                    self.tr("The backup of %1 is back. Your previous data is kept aside in %2."),
                    fmt.day(backup.made_at.date()),
                    aside.name,
                )
            )
            if self.context.own_has_profile:
                self.window.show_workspace(self.window.current_page_key())
            else:
                self.window.show_welcome()

        self.context.reopen_own(work, done, self.window.show_error)

"""Choose a backup to restore, newest first; also the answer to a data file that will not open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary

if TYPE_CHECKING:
    from rijkapp.services.data import Backup


def reason_text(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "daily": QCoreApplication.translate("RestoreDialog", "daily backup"),
        "migration": QCoreApplication.translate("RestoreDialog", "before an update of Rijkapp"),
        "manual": QCoreApplication.translate("RestoreDialog", "made by you"),
        "import": QCoreApplication.translate("RestoreDialog", "before an import"),
        "restore": QCoreApplication.translate("RestoreDialog", "before a restore"),
    }
    return names.get(reason, reason)


class RestoreDialog(Retranslatable, QDialog):
    """``problem``: the message of a file that did not open (start-up), or "" (Bestand menu)."""

    def __init__(
        self, backups: Sequence[Backup], *, problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.problem = problem
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName("restoreHeading")
        self.heading.setProperty("role", "sectionTitle")
        self.heading.setWordWrap(True)
        self.problem_label = QLabel(problem, self)
        self.problem_label.setObjectName("restoreProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setVisible(bool(problem))
        self.intro = QLabel(self)
        self.intro.setObjectName("restoreIntro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setMinimumHeight(160)
        self.list.setVisible(bool(self.backups))
        self.list.itemDoubleClicked.connect(self._double_clicked)
        for _ in self.backups:
            QListWidgetItem(self.list)  # worded in retranslate()
        if self.backups:
            self.list.setCurrentRow(0)
        for widget in (self.heading, self.problem_label, self.intro, self.list):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setObjectName("restoreButton")
        make_primary(self.restore_button)
        self.restore_button.setVisible(bool(self.backups))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("restoreCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rijkapp – restore a backup"))
        if self.problem:
            self.heading.setText(self.tr("Your data could not be opened"))
        else:
            self.heading.setText(self.tr("Restore a backup"))
        if self.backups:
            self.intro.setText(
                self.tr(
                    "Choose a backup to put back. Your current data file is not deleted: it is "
                    "kept aside beside the backup, so nothing is lost."
                )
            )
        else:
            self.intro.setText(self.tr("There are no backups of this data yet."))
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for row, backup in enumerate(self.backups):
            item = self.list.item(row)
            when = f"{fmt.day(backup.made_at.date())}, {backup.made_at:%H:%M}"
            item.setText(arg(self.tr("%1 (%2)"), when, reason_text(backup.reason)))
        self.restore_button.setText(self.tr("Restore this backup"))
        self.cancel_button.setText(self.tr("Quit Rijkapp") if self.problem else self.tr("Cancel"))

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _double_clicked(self, _item: QListWidgetItem) -> None:
        self.accept()

"""Ask for the passphrase that protects the data when no keyring can keep a key.

New data: enter it twice, with a plain hint about its strength. Existing data: enter it once;
a wrong one is said clearly and the user tries again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary

MIN_LENGTH = 10


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, variety a little."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and (kinds >= 3 or words >= 3)):
        return 3
    if len(passphrase) >= 12 or kinds >= 3:
        return 2
    return 1


class PassphraseDialog(Retranslatable, QDialog):
    """``new=True`` for a new data file (enter twice), else unlock an existing one."""

    restoreRequested = Signal()

    def __init__(
        self, *, new: bool, can_restore: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.new = new
        self.setModal(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 22, 24, 18)
        self.heading = QLabel(self)
        self.heading.setObjectName("passphraseHeading")
        self.heading.setProperty("role", "sectionTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("passphraseIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self._build_fields(layout)
        self._build_buttons(layout, can_restore)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.retranslate()

    def _build_fields(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("passphraseRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label = QLabel(self)
        self.repeat_label.setBuddy(self.repeat_edit)
        if self.new:
            form.addRow(self.repeat_label, self.repeat_edit)
        else:
            self.repeat_edit.hide()
            self.repeat_label.hide()
        layout.addLayout(form)

        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def _build_buttons(self, layout: QVBoxLayout, can_restore: bool) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("passphraseOkButton")
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("passphraseCancelButton")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("passphraseRestoreButton")
        self.restore_button.setVisible(can_restore and not self.new)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.clicked.connect(self.restoreRequested)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rijkapp – passphrase"))
        if self.new:
            self.heading.setText(self.tr("Choose a passphrase"))
            self.intro.setText(
                self.tr(
                    "Rijkapp keeps your data encrypted on this computer. There is no keyring here "
                    "to keep the key safe, so you choose a passphrase. You will need it every time "
                    "you open Rijkapp. If you forget it, nobody can get your data back."
                )
            )
            self.passphrase_label.setText(self.tr("&Passphrase:"))
            self.repeat_label.setText(self.tr("&Repeat:"))
        else:
            self.heading.setText(self.tr("Enter your passphrase"))
            self.intro.setText(
                self.tr("Your data is protected with a passphrase. Enter it to open Rijkapp.")
            )
            self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.ok_button.setText(self.tr("Open") if not self.new else self.tr("Protect my data"))
        self.cancel_button.setText(self.tr("Quit"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def show_error(self, text: str) -> None:
        """After a failed attempt: say why, clear the field and let the user try again."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        text = self.passphrase_edit.text()
        if not self.new:
            self.hint.setVisible(False)
            self.ok_button.setEnabled(bool(text))
            return
        level = strength(text)
        hints = {
            0: arg(
                self.tr(
                    "Use at least %1 characters. A short sentence is easy to remember "
                    "and hard to guess."
                ),
                MIN_LENGTH,
            ),
            1: self.tr("Weak: longer is better. Try a short sentence of four or five words."),
            2: self.tr("Fair: a few more words make it strong."),
            3: self.tr("Strong."),
        }
        hint = hints[level]
        repeat = self.repeat_edit.text()
        if repeat and repeat != text:
            hint += " " + self.tr("The two passphrases are not the same yet.")
        self.hint.setText(hint)
        self.hint.setVisible(True)
        self.ok_button.setEnabled(level >= 1 and text == repeat)

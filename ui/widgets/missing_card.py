"""The Overzicht's "Still to do" card: what the figures lack, each in words with the button to fix it.

``show_missing`` takes :attr:`rijkapp.views.overview.Overview.missing`; a button emits
``fixRequested`` with what it fixes, and the window opens the right page or dialog.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rijkapp.views.overview import Missing
from ui.text import Retranslatable
from ui.widgets.labels import plain_text


class MissingCard(Retranslatable, QFrame):
    """One line and one button per thing still missing; hidden when nothing is."""

    fixRequested = Signal(str)  # a Missing value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingCard")
        self.setProperty("role", "tile")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 16)
        column.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("missingCardTitle")
        self.title.setProperty("role", "tileTitle")
        column.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 1)
        column.addLayout(self.grid)
        self.texts: dict[Missing, QLabel] = {}
        self.buttons: dict[Missing, QPushButton] = {}
        for row, item in enumerate(Missing):
            text = plain_text(f"missingText_{item.value}", "", self)
            button = QPushButton(self)
            button.setObjectName(f"missingButton_{item.value}")
            button.clicked.connect(partial(self.fixRequested.emit, item.value))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1)
            self.texts[item] = text
            self.buttons[item] = button
        self.missing: tuple[Missing, ...] = ()
        self.retranslate()
        self.show_missing(())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still to do"))
        texts = {
            Missing.EMPLOYMENT: (
                self.tr(
                    "Your employment is not filled in yet, so Rijkapp cannot work out your leave "
                    "and your IKB."
                ),
                self.tr("Fill in your employment…"),
            ),
            Missing.SCHEDULE: (
                self.tr(
                    "You have no work schedule yet. Rijkapp now counts your hours as five equal "
                    "days, Monday to Friday."
                ),
                self.tr("Fill in your work schedule…"),
            ),
            Missing.PDIREKT: (
                self.tr(
                    "Your balance from P-Direkt is not taken over yet. Your leave balance now "
                    "counts all hours of this year as if you took no leave."
                ),
                self.tr("Take over your balance from P-Direkt…"),
            ),
            Missing.IKB_CHOICES: (
                self.tr(
                    "You have no IKB choices for this year. Without them your whole IKB budget "
                    "is paid out in December."
                ),
                self.tr("Plan your IKB…"),
            ),
        }
        for item, (text, button) in texts.items():
            self.texts[item].setText(text)
            self.buttons[item].setText(button)
            self.buttons[item].setAccessibleName(button.removesuffix("…"))
            self.buttons[item].setAccessibleDescription(text)

    def show_missing(self, missing: tuple[Missing, ...]) -> None:
        self.missing = missing
        for item in Missing:
            shown = item in missing
            self.texts[item].setVisible(shown)
            self.buttons[item].setVisible(shown)
        self.setVisible(bool(missing))
        self.setAccessibleName(self.title.text())

"""The IKB page's "Last day in P-Direkt": the day of the month by which choices must be in.

P-Direkt publishes the real day per month; Rijkapp assumes the rule book's default until the user
chooses one. The day is saved a moment after the last change (or when the field is left), by the
page: this section only says which day was chosen (``day_chosen``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from rijkapp.views.ikb import IkbPageData
from ui.text import Retranslatable, arg
from ui.widgets.labels import link_text, plain_text, section_title, source_link

SAVE_AFTER_MS = 800


class IkbCutoffSection(Retranslatable, QWidget):
    """``show_data(data)``; ``day_chosen(day)`` when the user settled on another day."""

    day_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: IkbPageData | None = None
        self._filling = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)  # as the page's own column
        self.title = section_title("ikbCutoffTitle", self)
        column.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.label = QLabel(self)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("ikbCutoffSpin")
        self.spin.setRange(1, 28)
        self.label.setBuddy(self.spin)
        self.status = plain_text("ikbCutoffStatus", "muted", self)
        row.addWidget(self.label)
        row.addWidget(self.spin)
        row.addWidget(self.status, 1)
        column.addLayout(row)
        self.note = link_text("ikbCutoffNote", "hint", self)
        column.addWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        self.spin.valueChanged.connect(self._edited)
        self.spin.editingFinished.connect(self.save)
        self.retranslate()

    def show_data(self, data: IkbPageData) -> None:
        """The saved day, unless the user is changing it right now."""
        self.data = data
        if not self.spin.hasFocus() and not self.timer.isActive():
            self._filling = True
            try:
                self.spin.setValue(data.cutoff_day or data.default_cutoff_day)
            finally:
                self._filling = False
        self._render()

    def save(self) -> None:
        """Say the day now (not after the pause), if it differs from the one in force."""
        self.timer.stop()
        data = self.data
        day = self.spin.value()
        if data is not None and day != (data.cutoff_day or data.default_cutoff_day):
            self.day_chosen.emit(day)

    def _edited(self, _value: int) -> None:
        if not self._filling:
            self.timer.start()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Last day in P-Direkt"))
        self.label.setText(self.tr("Choices for a month must be in by &day:"))
        self.spin.setAccessibleName(self.tr("Last day of the month for IKB choices"))
        self._render()

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        if data.cutoff_day is None:
            self.status.setText(
                arg(self.tr("Rijkapp assumes day %1 of each month."), data.default_cutoff_day)
            )
        else:
            self.status.setText(arg(self.tr("You chose day %1 of each month."), data.cutoff_day))
        self.note.setText(
            arg(
                escape(
                    self.tr(
                        "P-Direkt publishes the real last day (“Afsluiting IKB”) for each month, "
                        "usually around the 12th; it can differ per month. Choose the day "
                        "P-Direkt gives. Source of the default: %1 (not confirmed)."
                    )
                ),
                source_link(data.cutoff_rule.source),
            )
        )

"""The IKB page's banner: this month's cut-off is near, or a choice's last day has passed.

A reminder names the choices of this month not marked submitted and offers to mark them; overdue
choices (not marked, last day passed) are listed with their last day and what to check in
P-Direkt. Without either the banner is hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rijkapp.views.ikb import IkbPageData
from ui import formatting as fmt
from ui.models.ikb_text import choice_text
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text


class IkbReminderBanner(Retranslatable, QFrame):
    """``show_data(data)``; ``button`` marks the reminded choices submitted (the page does it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ikbReminderBanner")
        self.data: IkbPageData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.reminder_label = plain_text("ikbReminderText", "", self)
        self.reminder_label.setStyleSheet("font-weight: 600;")
        self.reminder_choices = plain_text("ikbReminderChoices", "", self)
        self.overdue_label = plain_text("ikbOverdueText", "", self)
        buttons = QHBoxLayout()
        self.button = QPushButton(self)
        self.button.setObjectName("ikbReminderSubmittedButton")
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        layout.addWidget(self.reminder_label)
        layout.addWidget(self.reminder_choices)
        layout.addWidget(self.overdue_label)
        layout.addLayout(buttons)
        self.retranslate()

    def apply_style(self) -> None:
        """The banner colours of the current theme (light or dark)."""
        from ui.theme import tokens

        colours = tokens()
        self.setStyleSheet(
            f"QFrame#ikbReminderBanner {{ background: {colours['BANNER_BG']}; "
            f"border: 1px solid {colours['BANNER_BORDER']}; border-radius: 6px; }}"
            f"QFrame#ikbReminderBanner QLabel {{ color: {colours['BANNER_TEXT']}; "
            "background: transparent; border: none; }"
        )

    def show_data(self, data: IkbPageData | None) -> None:
        self.data = data
        self._render()

    def retranslate(self) -> None:
        self.button.setAccessibleName(self.tr("Mark these choices as submitted"))
        self._render()

    def _render(self) -> None:
        data = self.data
        if data is None:
            self.hide()
            return
        reminder = data.reminder
        overdue = data.plan.past_cutoff if data.plan is not None else ()
        if reminder is not None:
            self.reminder_label.setText(
                arg(
                    self.tr("Submit your choice for %1 in the P-Direktportaal by %2."),
                    fmt.day(reminder.month, fmt="MMMM"),
                    fmt.day(reminder.cutoff, fmt="d MMMM"),
                )
            )
        self.reminder_label.setVisible(reminder is not None)
        self.reminder_choices.setText(
            "\n".join(
                arg(self.tr("• %1"), choice_text(choice, data.goals)) for choice in reminder.choices
            )
            if reminder is not None
            else ""
        )
        self.reminder_choices.setVisible(reminder is not None)
        lines = []
        if overdue:
            lines.append(self.tr("Not marked as submitted, and the last day has passed:"))
            for choice in overdue:
                cutoff = data.cutoffs.get(choice.month.replace(day=1))
                lines.append(
                    arg(
                        self.tr("• %1 (last day %2)"),
                        choice_text(choice, data.goals),
                        fmt.day(cutoff) if cutoff else "",
                    )
                )
            lines.append(
                self.tr(
                    "Check in the P-Direktportaal whether it was processed. Did you submit it in "
                    "time? Then mark it as submitted below."
                )
            )
        self.overdue_label.setText("\n".join(lines))
        self.overdue_label.setVisible(bool(lines))
        self.button.setText(self.tr("I have submitted it"))
        self.button.setVisible(reminder is not None)
        self.setVisible(reminder is not None or bool(overdue))

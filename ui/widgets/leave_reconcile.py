"""The Verlof page's "Check against P-Direkt": the balance P-Direkt shows against Rijkapp's total.

You type the balance P-Direkt shows for the peildatum; :func:`rijkapp.views.leave.reconcile` says
what the difference most likely comes from, and a correction (one undoable step) closes a gap that
Rijkapp cannot explain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.services.edits import Edit
from rijkapp.services.profile import new_id
from rijkapp.views.leave import Cause, CauseKind, LeaveData, Reconciliation, reconcile
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.correction import CorrectionDialog
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.labels import plain_text

EXAMPLE_BALANCE = Decimal("343.5")


class PDirektCheck(Retranslatable, QWidget):
    """``show_data(data)`` compares with the data's total; ``peildatum()`` names the date."""

    def __init__(
        self,
        context: AppContext,
        peildatum: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reconcileTab")
        self.context = context
        self.peildatum = peildatum
        self.data: LeaveData | None = None
        self.correction_dialog: CorrectionDialog | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        box.setSpacing(10)
        self.intro = plain_text("reconcileIntro", "intro", self)
        box.addWidget(self.intro)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.pdirekt_label = QLabel(self)
        self.pdirekt_edit = QLineEdit(self)
        self.pdirekt_edit.setObjectName("pdirektBalanceEdit")
        self.pdirekt_edit.setMaximumWidth(160)
        self.pdirekt_edit.setClearButtonEnabled(True)
        self.pdirekt_label.setBuddy(self.pdirekt_edit)
        self.pdirekt_edit.textChanged.connect(self.compare)
        form.addRow(self.pdirekt_label, self.pdirekt_edit)
        box.addLayout(form)
        self.result = QLabel(self)
        self.result.setObjectName("reconcileResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.result)
        self.causes = QLabel(self)
        self.causes.setObjectName("reconcileCauses")
        self.causes.setWordWrap(True)
        self.causes.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.causes)
        row = QHBoxLayout()
        self.correction_button = QPushButton(self)
        self.correction_button.setObjectName("addCorrectionButton")
        self.correction_button.clicked.connect(self.add_correction)
        row.addWidget(self.correction_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Fill in the balance P-Direkt shows for the same date. Rijkapp compares it "
                "with its own total and says what the difference most likely comes from."
            )
        )
        self.pdirekt_label.setText(self.tr("Balance in &P-Direkt (hours):"))
        self.pdirekt_edit.setAccessibleName(self.tr("Balance in P-Direkt in hours"))
        self.pdirekt_edit.setPlaceholderText(
            arg(self.tr("for example %1"), fmt.number(EXAMPLE_BALANCE, 2))
        )
        self.correction_button.setText(self.tr("Add correction…"))
        if self.data is not None:
            self.compare()

    def show_data(self, data: LeaveData) -> None:
        self.data = data
        self.compare()

    def reconciliation(self) -> Reconciliation | None:
        data = self.data
        text = self.pdirekt_edit.text().strip()
        if data is None or not text:
            return None
        value = fmt.parse_number(text)
        if value is None:
            return None
        return reconcile(value, data.ledger.total, data.facts)

    # ---------------------------------------------------------------- the answer
    def compare(self, *_args: object) -> None:
        """Compare what is typed with Rijkapp's total and show the likely causes."""
        data = self.data
        text = self.pdirekt_edit.text().strip()
        result = self.reconciliation()
        self.correction_button.setEnabled(result is not None and result.difference != 0)
        self.result.setProperty("role", "")
        if data is None or not text:
            self.result.setText(
                arg(
                    self.tr("Rijkapp's total on %1: %2."),
                    fmt.day(self.peildatum()),
                    fmt.hours(data.ledger.total) if data else "–",
                )
            )
            self.causes.setText("")
            self._repolish(self.result)
            return
        if result is None:
            self.result.setProperty("role", "error")
            self.result.setText(
                arg(
                    self.tr("Fill in a number of hours, for example %1."),
                    fmt.number(EXAMPLE_BALANCE, 2),
                )
            )
            self.causes.setText("")
            self._repolish(self.result)
            return
        self._repolish(self.result)
        totals = arg(
            self.tr("Rijkapp: %1. P-Direkt: %2."),
            fmt.hours(result.rijkapp),
            fmt.hours(result.pdirekt),
        )
        difference = result.difference
        if difference == 0:
            self.result.setText(totals + " " + self.tr("They agree."))
            self.causes.setText("")
            return
        if difference > 0:
            verdict = arg(self.tr("P-Direkt shows %1 more than Rijkapp."), fmt.hours(difference))
        else:
            verdict = arg(self.tr("P-Direkt shows %1 less than Rijkapp."), fmt.hours(-difference))
        self.result.setText(totals + " " + verdict)
        self.causes.setText(self._causes_html(result, data))

    def _causes_html(self, result: Reconciliation, data: LeaveData) -> str:
        likely = [c for c in result.causes if c.likely]
        others = [c for c in result.causes if not c.likely]
        parts: list[str] = []
        if likely:
            parts.append(f"<b>{escape(self.tr('Most likely:'))}</b>")
            parts.append(self._list(likely, data))
        if others:
            heading = self.tr("Other possible causes:") if likely else self.tr("Possible causes:")
            parts.append(f"<b>{escape(heading)}</b>")
            parts.append(self._list(others, data))
        if not result.causes:
            parts.append(
                escape(
                    self.tr(
                        "Rijkapp cannot explain this difference from your data. Compare your leave "
                        "days and your opening balance with P-Direkt. If P-Direkt is right, add a "
                        "correction."
                    )
                )
            )
        return "".join(parts)

    def _list(self, causes: list[Cause], data: LeaveData) -> str:
        items = "".join(f"<li>{escape(self.cause_text(c, data))}</li>" for c in causes)
        return f"<ul style='margin-top:2px'>{items}</ul>"

    def cause_text(self, cause: Cause, data: LeaveData) -> str:
        hours = fmt.hours(cause.hours) if cause.hours is not None else ""
        if cause.kind is CauseKind.PLANNED:
            return arg(
                self.tr(
                    "Planned leave not registered in P-Direkt yet: %1 of leave up to %2 is still "
                    "planned in Rijkapp. P-Direkt only counts leave you have requested there."
                ),
                hours,
                fmt.day(data.on),
            )
        if cause.kind is CauseKind.EXPIRED:
            return arg(
                self.tr(
                    "Hours that expired: %1 of statutory hours expired on %2. P-Direkt may not "
                    "show that yet."
                ),
                hours,
                fmt.day(cause.on or data.on),
            )
        if cause.kind is CauseKind.BOUGHT:
            return arg(
                self.tr(
                    "Bought hours not credited yet: you bought %1 of IKB-uren for %2. "
                    "Rijkapp counts them from the first day of that month; "
                    "P-Direkt adds them later."
                ),
                hours,
                fmt.month(cause.on or data.on),
            )
        if cause.kind is CauseKind.OPENING:
            return self.tr(
                "No opening balance: Rijkapp has no balance from P-Direkt to start from, so "
                "hours from before you started with Rijkapp are missing."
            )
        return self.tr("Rounding: P-Direkt and Rijkapp round hours a little differently.")

    # ---------------------------------------------------------------- the correction
    def add_correction(self) -> CorrectionDialog | None:
        result = self.reconciliation()
        if result is None or result.difference == 0 or self.data is None:
            return None
        dialog = CorrectionDialog(result.difference, self.data.on, self)
        dialog.accepted.connect(partial(self._correction_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _correction_accepted(self, dialog: CorrectionDialog) -> None:
        balance = dialog.balance(new_id("b"))
        self.pdirekt_edit.clear()
        self.context.undo_stack.push(
            EditCommand(
                self.context,
                Edit(None, balance),
                text=self.tr("Add correction"),
                done_message=arg(self.tr("Correction of %1 added."), fmt.hours(balance.hours)),
            )
        )

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

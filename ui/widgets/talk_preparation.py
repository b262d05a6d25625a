"""The editor's "Voorbereiding": what Rijkapp found in your own records for this talk.

From :class:`rijkapp.views.gesprekken.Preparation`: the agreements of the planning talk whose
period covers this one, with their status and your reflection; the learning of the period (its
private reflection shown here, in the PDF only when you tick it); what the period used of your
development budgets; and per topic the questions P-Direkt asks you to prepare. The pane only
shows; it scrolls with the arrow keys once it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from rijkapp.views.gesprekken import Preparation, PreparedActivity, PreparedAgreement
from rijkapp.views.leren import kind_name, status_name
from ui import formatting as fmt
from ui.models.talks import (
    agreement_kind_text,
    agreement_status_text,
    period_text,
    purpose_text,
    short_day,
)
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text
from ui.widgets.talk_sections import InPdfBox, section_title


def _kind(activity: PreparedActivity) -> str:
    shown = kind_name(activity.kind)
    return shown if isinstance(shown, str) else fmt.text(shown)


class PreparationPane(Retranslatable, QScrollArea):
    """``show_preparation(preparation)``; the two "In de pdf" boxes for the learning are its
    own (``learning_in_pdf``, ``reflection_in_pdf``) and send ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkPreparation")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
        self.preparation: Preparation | None = None
        body = QWidget(self)
        body.setObjectName("talkPreparationBody")
        self.setWidget(body)
        box = QVBoxLayout(body)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(6)
        self.intro = plain_text("talkPreparationIntro", "hint", body)
        box.addWidget(self.intro)
        self.agreements_title = self._title("talkPreparationAgreementsTitle", body, box)
        self.agreements = plain_text("talkPreparationAgreements", "", body)
        box.addWidget(self.agreements)
        self.learning_title = self._title("talkPreparationLearningTitle", body, box)
        self.learning = plain_text("talkPreparationLearning", "", body)
        box.addWidget(self.learning)
        self.learning_in_pdf = InPdfBox("leeractiviteiten", body)
        box.addWidget(self.learning_in_pdf)
        self.reflection_in_pdf = InPdfBox("leerreflectie", body)
        self.reflection_hint = plain_text("talkPreparationReflectionHint", "hint", body)
        box.addWidget(self.reflection_hint)
        box.addWidget(self.reflection_in_pdf)
        self.budgets_title = self._title("talkPreparationBudgetsTitle", body, box)
        self.budgets = plain_text("talkPreparationBudgets", "", body)
        box.addWidget(self.budgets)
        self.guidance_title = self._title("talkPreparationGuidanceTitle", body, box)
        self.guidance = plain_text("talkPreparationGuidance", "", body)
        box.addWidget(self.guidance)
        box.addStretch(1)
        for check in (self.learning_in_pdf, self.reflection_in_pdf):
            check.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    @staticmethod
    def _title(name: str, body: QWidget, box: QVBoxLayout) -> QLabel:
        label = QLabel(body)
        label.setObjectName(name)
        label.setStyleSheet("font-weight: 600; font-size: 11pt;")
        box.addSpacing(8)
        box.addWidget(label)
        return label

    def show_preparation(self, preparation: Preparation | None) -> None:
        self.preparation = preparation
        self._render()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preparation from your own records"))
        self.intro.setText(
            self.tr(
                "What Rijkapp found in your own records for this conversation. It helps you "
                "write the topics; only what you choose goes in the PDF."
            )
        )
        self.agreements_title.setText(self.tr("Agreements you look back on"))
        self.learning_title.setText(section_title("leeractiviteiten"))
        self.budgets_title.setText(self.tr("Development budgets used"))
        self.guidance_title.setText(self.tr("Questions to prepare with (P-Direkt)"))
        self.learning_in_pdf.retranslate()
        self.reflection_in_pdf.retranslate()
        self._render()

    # ---------------------------------------------------------------- showing
    def _render(self) -> None:
        found = self.preparation
        if found is None:
            waiting = self.tr("Looking in your records…")
            for label in (self.agreements, self.learning, self.budgets, self.guidance):
                label.setText(waiting)
            self.reflection_hint.hide()
            self.reflection_in_pdf.hide()
            return
        self._show_agreements(found)
        self._show_learning(found.learning)
        self._show_budgets(found)
        blocks = []
        for topic, questions in found.guidance:
            lines = "\n".join(f"• {fmt.text(question)}" for question in questions)
            blocks.append(f"{section_title(topic)}\n{lines}")
        self.guidance.setText("\n\n".join(blocks))

    def _show_agreements(self, found: Preparation) -> None:
        covering = found.covering_plannen
        if covering is None:
            self.agreements.setText(
                self.tr(
                    "A planning conversation makes the agreements for its period; a reflecting "
                    "or evaluating conversation looks back on them. There is no planning "
                    "conversation whose period covers this date."
                )
            )
            return
        head = arg(
            self.tr("From the conversation of %1 (%2, period %3):"),
            short_day(covering.on),
            purpose_text(covering.purpose),
            period_text(covering.period_from, covering.period_to),
        )
        if not found.agreements:
            self.agreements.setText(f"{head}\n{self.tr('It has no agreements.')}")
            return
        blocks = [head, *(self._agreement(a) for a in found.agreements)]
        self.agreements.setText("\n\n".join(blocks))

    def _agreement(self, agreement: PreparedAgreement) -> str:
        lines = [f"{agreement_kind_text(agreement.kind)}: {agreement.text}"]
        if agreement.measure:
            lines.append(arg(self.tr("How you see it worked: %1"), agreement.measure))
        status = agreement_status_text(agreement.status)
        if agreement.due is not None:
            lines.append(arg(self.tr("Due by %1 · %2"), short_day(agreement.due), status))
        else:
            lines.append(status)
        lines.append(
            arg(self.tr("Your reflection: %1"), agreement.reflection)
            if agreement.reflection
            else self.tr("No reflection yet.")
        )
        return "\n".join(lines)

    def _show_learning(self, learning: tuple[PreparedActivity, ...]) -> None:
        if not learning:
            self.learning.setText(
                self.tr("No learning activities in the period of this conversation.")
            )
            self.reflection_hint.hide()
            self.reflection_in_pdf.hide()
            return
        blocks = []
        for activity in learning:
            line = arg(
                self.tr("%1 (%2): %3, %4"),
                activity.title,
                _kind(activity),
                fmt.hours(activity.hours),
                fmt.text(status_name(activity.status)),
            )
            lines = [line, period_text(activity.start, activity.end)]
            for certificate in activity.certificates:
                until = certificate.valid_until
                lines.append(
                    arg(
                        self.tr("Certificate %1, valid until %2"),
                        certificate.title,
                        short_day(until),
                    )
                    if until is not None
                    else arg(self.tr("Certificate %1"), certificate.title)
                )
            if activity.reflection:
                lines.append(arg(self.tr("Your private reflection: %1"), activity.reflection))
            blocks.append("\n".join(lines))
        self.learning.setText("\n\n".join(blocks))
        private = any(a.reflection for a in learning)
        self.reflection_hint.setText(
            self.tr(
                "Your reflection on your learning is private: it goes in the PDF only when you "
                "tick the box below."
            )
        )
        self.reflection_hint.setVisible(private)
        self.reflection_in_pdf.setVisible(private)

    def _show_budgets(self, found: Preparation) -> None:
        if not found.budgets:
            self.budgets.setText(self.tr("The learning of this period used no development budget."))
            return
        lines = []
        for budget in found.budgets:
            lines.append(
                arg(
                    self.tr("%1: used %2 and %3; planned %4 and %5"),
                    budget.name,
                    fmt.money(budget.spent_amount),
                    fmt.hours(budget.spent_hours),
                    fmt.money(budget.committed_amount),
                    fmt.hours(budget.committed_hours),
                )
            )
        self.budgets.setText("\n".join(lines))

"""What an activity costs you and your employer, and the leave that comes with it, in words.

Shown live in the activity dialog and once per activity on the Ontwikkeling page. The figures
come from the core (:func:`rijkapp.views.ontwikkeling.facilities_for`): the shares of the cost
under the CAO Rijk's studiefaciliteiten, the study leave of the lesson and exam hours, the leave
for self-study and the repayment risk, never a repayment amount. "How is this worked out?" opens
the lines with the rule behind each.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from rijkapp.domain.values import ZERO
from rijkapp.views.ontwikkeling import ActivityFacilities
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text


class SharesPanel(Retranslatable, QFrame):
    """``show_facilities(found)``; ``explainRequested`` asks for the lines behind the figures."""

    explainRequested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: palette(alternate-base); "
            "border: 1px solid palette(mid); border-radius: 6px; }"
            f"QFrame#{name} QLabel {{ background: transparent; }}"
        )
        self.found: ActivityFacilities | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(6)
        self.heading = plain_text(f"{name}Heading", "tileTitle", self)
        self.employer = plain_text(f"{name}Employer", "", self)
        self.own = plain_text(f"{name}Own", "", self)
        for label in (self.employer, self.own):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.leave = plain_text(f"{name}Leave", "", self)
        self.self_study = plain_text(f"{name}SelfStudy", "", self)
        self.risk = plain_text(f"{name}Risk", "muted", self)
        self.hint = plain_text(f"{name}Hint", "hint", self)
        self.rule = plain_text(f"{name}Rule", "hint", self)
        self.explain_button = QPushButton(self)
        self.explain_button.setObjectName(f"{name}ExplainButton")
        self.explain_button.setProperty("role", "link")
        self.explain_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.explain_button.clicked.connect(self.explainRequested)
        for label in (
            self.heading,
            self.employer,
            self.own,
            self.leave,
            self.self_study,
            self.risk,
            self.hint,
            self.rule,
        ):
            box.addWidget(label)
        box.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.retranslate()

    def labels(self) -> tuple[QLabel, ...]:
        return (self.employer, self.own, self.leave, self.self_study, self.risk, self.hint)

    def show_facilities(self, found: ActivityFacilities | None) -> None:
        self.found = found
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who pays, and your leave"))
        self.explain_button.setText(self.tr("How is this worked out?"))
        found = self.found
        title = found.activity.title.strip() if found is not None else ""
        self.explain_button.setAccessibleName(
            arg(self.tr("How are the costs and leave of %1 worked out?"), title)
            if title
            else self.tr("How are the costs and leave of this activity worked out?")
        )
        shares = found.facilities if found is not None else None
        if found is None or shares is None:
            cost = found.activity.cost if found is not None else ZERO
            self.employer.setText(self.tr("No studiefaciliteiten: no reason is chosen."))
            self.own.setText(arg(self.tr("You pay %1 yourself."), fmt.money(cost)))
            self.own.setVisible(cost > ZERO)
            self.leave.setText(
                fmt.text(found.note)
                if found is not None and found.note is not None
                else self.tr("Choose why you study to see what your employer pays.")
            )
            for label in (self.self_study, self.risk, self.hint, self.rule):
                label.hide()
            self.explain_button.hide()
            self._describe()
            return
        self.own.show()
        if shares.employer_share_is_maximum:
            self.employer.setText(
                arg(self.tr("Your employer pays at most %1."), fmt.money(shares.employer_share))
            )
            self.own.setText(arg(self.tr("You pay at least %1."), fmt.money(shares.own_share)))
            self.leave.setText(
                arg(
                    self.tr("Study leave: at most %1 of the lesson and exam hours."),
                    fmt.hours(shares.study_leave_hours),
                )
            )
        else:
            self.employer.setText(
                arg(self.tr("Your employer pays %1."), fmt.money(shares.employer_share))
            )
            self.own.setText(arg(self.tr("You pay %1."), fmt.money(shares.own_share)))
            self.leave.setText(
                arg(
                    self.tr("Study leave: %1 of the lesson and exam hours."),
                    fmt.hours(shares.study_leave_hours),
                )
            )
        days = shares.self_study_days_per_week
        self.self_study.setText(
            self.tr("No leave for self-study.")
            if days <= ZERO
            else arg(self.tr("Leave for self-study: at most %1 a week."), self._days(days))
        )
        self.self_study.show()
        self.risk.setText(
            fmt.text(shares.repayment_risk)
            if shares.repayment_risk is not None
            else self.tr("Your employer pays nothing, so there is nothing to pay back.")
        )
        self.risk.show()
        self.hint.setText(
            fmt.text(shares.free_by_law_hint) if shares.free_by_law_hint is not None else ""
        )
        self.hint.setVisible(shares.free_by_law_hint is not None)
        citations = dict.fromkeys(rule.source.title for rule in shares.rules)
        self.rule.setText(arg(self.tr("Rule: %1"), "; ".join(citations)))
        self.rule.setVisible(bool(citations))
        self.explain_button.show()
        self._describe()

    def _days(self, days: Decimal) -> str:
        text = fmt.compact(days)
        return self.tr("1 day") if text == "1" else arg(self.tr("%1 days"), text)

    def _describe(self) -> None:
        parts = [label.text() for label in self.labels() if label.isVisibleTo(self)]
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(" ".join(parts))

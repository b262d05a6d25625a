"""Add or change one learning activity, with who pays what worked out as you type.

The form has four tabs (the activity, its cost and funding, your private reflection, the
certificates); beside them, always in view, what the employer pays and what you pay, the study
leave and the leave for self-study, and the repayment risk in words
(:func:`rijkapp.views.ontwikkeling.facilities_for`, pure and quick, run on every change). The
checks are the service's own (:func:`rijkapp.services.learning.validate_activity`), shown beside
the field. The dialog saves nothing itself: the page saves the activity as one undoable step.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import (
    DevelopmentBudget,
    Dossier,
    Funding,
    LearningActivity,
    LearningKind,
    LearningStatus,
    StudyReason,
)
from rijkapp.domain.values import ZERO
from rijkapp.services.learning import validate_activity
from rijkapp.services.profile import new_id
from rijkapp.views.leren import kind_name, status_name
from rijkapp.views.ontwikkeling import facilities_for
from ui import formatting as fmt
from ui.dialogs.explain import ExplainDialog
from ui.dialogs.growing import GrowsWithMessages
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError
from ui.widgets.learning_certificate_editor import CertificateEditor
from ui.widgets.learning_shares import SharesPanel

ACTIVITY_TAB, COST_TAB, REFLECTION_TAB, CERTIFICATES_TAB = range(4)
KNOWN_KINDS = frozenset(k.value for k in LearningKind)
NUMBER_FIELDS = ("hours", "self_study_hours", "cost")
TAB_OF = {
    "title": ACTIVITY_TAB,
    "end": ACTIVITY_TAB,
    "hours": ACTIVITY_TAB,
    "self_study_hours": ACTIVITY_TAB,
    "cost": COST_TAB,
    "funding": COST_TAB,
    "budget_id": COST_TAB,
    "certificates": CERTIFICATES_TAB,
}


def parse_skills(text: str) -> tuple[str, ...]:
    """Comma-separated labels, each once (regardless of case), in the order typed."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        label = part.strip()
        if label:
            seen.setdefault(label.casefold(), label)
    return tuple(seen.values())


def agreements_of(dossier: Dossier) -> list[tuple[str, str]]:
    """(agreement id, what it says with the day of its talk) of every talk agreement."""
    found = []
    for talk in sorted(dossier.talks, key=lambda t: t.on, reverse=True):
        for agreement in talk.agreements:
            found.append((agreement.id, f"{agreement.text} ({fmt.day(talk.on)})"))
    return found


class LearningActivityDialog(Retranslatable, GrowsWithMessages):
    """``activity`` None adds a new one; otherwise it is changed. ``dossier`` gives the budgets
    and talk agreements to choose from."""

    def __init__(
        self,
        activity: LearningActivity | None,
        dossier: Dossier,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learningActivityDialog")
        self.setModal(True)
        self.setMinimumWidth(980)
        self.original = activity
        self.budgets: tuple[DevelopmentBudget, ...] = dossier.development_budgets
        self.agreements = agreements_of(dossier)
        self.today = today
        self._id = activity.id if activity else new_id("a")
        self.explain_dialog: ExplainDialog | None = None
        self.errors = ErrorMap()
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setObjectName("learningActivityIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "intro")
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("learningActivityTabs")
        self.tabs.addTab(self._build_activity_tab(), "")
        self.tabs.addTab(self._build_cost_tab(), "")
        self.tabs.addTab(self._build_reflection_tab(), "")
        self.certificates = CertificateEditor(self)
        self.tabs.addTab(self.certificates, "")
        row.addWidget(self.tabs, 3)
        self.shares = SharesPanel("learningShares", self)
        self.shares.setMinimumWidth(300)
        self.shares.explainRequested.connect(self.explain)
        row.addWidget(self.shares, 2)
        layout.addLayout(row, 1)
        self._build_buttons(layout)
        self._fill(activity)
        self._connect()
        self._set_tab_order()
        self.retranslate()
        self.title_edit.setFocus()  # the dialog opens on its first field

    # ---------------------------------------------------------------- building
    def _form(self, host: QWidget) -> QFormLayout:
        form = QFormLayout(host)
        form.setContentsMargins(12, 12, 12, 12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        return form

    def _row(self, form: QFormLayout, key: str, field: QWidget, *, error: bool = False) -> None:
        label = QLabel(self)
        label.setBuddy(field)
        self.labels[key] = label
        form.addRow(label, field)
        if error:
            name = "".join(part.capitalize() for part in key.split("_"))
            self.errors.add(key, FieldError(f"learning{name}Error", field, self))
            form.addRow(self.errors.labels[key])

    def _line(self, name: str, width: int | None = None) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if width is not None:
            edit.setMaximumWidth(width)
        return edit

    def _build_activity_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("learningActivityTab")
        form = self._form(host)
        self.title_edit = self._line("learningTitleEdit")
        self.title_edit.setMaxLength(200)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("learningKindCombo")
        for kind in LearningKind:
            self.kind_combo.addItem("", kind.value)
        self.provider_edit = self._line("learningProviderEdit")
        self.start_edit = DateField("learningStartEdit", optional=True, parent=self)
        self.end_edit = DateField("learningEndEdit", optional=True, parent=self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("learningStatusCombo")
        for status in LearningStatus:
            self.status_combo.addItem("", status.value)
        self.hours_edit = self._line("learningHoursEdit", 140)
        self.self_study_edit = self._line("learningSelfStudyEdit", 140)
        self.skills_edit = self._line("learningSkillsEdit")
        self._row(form, "title", self.title_edit, error=True)
        self._row(form, "kind", self.kind_combo)
        self._row(form, "provider", self.provider_edit)
        self._row(form, "start", self.start_edit)
        self._row(form, "end", self.end_edit, error=True)
        self._row(form, "status", self.status_combo)
        self._row(form, "hours", self.hours_edit, error=True)
        self._row(form, "self_study_hours", self.self_study_edit, error=True)
        self._row(form, "skills", self.skills_edit)
        return host

    def _build_cost_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("learningCostTab")
        form = self._form(host)
        self.cost_edit = self._line("learningCostEdit", 160)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("learningReasonCombo")
        self.reason_combo.addItem("", None)
        for reason in StudyReason:
            self.reason_combo.addItem("", reason.value)
        funding_host = QWidget(self)
        grid = QGridLayout(funding_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.funding_boxes: dict[Funding, QCheckBox] = {}
        for index, funding in enumerate(Funding):
            box = QCheckBox(funding_host)
            box.setObjectName(f"learningFunding_{funding.value}")
            grid.addWidget(box, index // 2, index % 2)
            self.funding_boxes[funding] = box
        self.budget_combo = QComboBox(self)
        self.budget_combo.setObjectName("learningBudgetCombo")
        self.budget_combo.addItem("", None)
        for budget in self.budgets:
            self.budget_combo.addItem(budget.name, budget.id)
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.setObjectName("learningAgreementCombo")
        self.agreement_combo.addItem("", None)
        for agreement_id, text in self.agreements:
            self.agreement_combo.addItem(text, agreement_id)
        self._row(form, "cost", self.cost_edit, error=True)
        self._row(form, "reason", self.reason_combo)
        self.reason_hint = QLabel(self)
        self.reason_hint.setObjectName("learningReasonHint")
        self.reason_hint.setProperty("role", "hint")
        self.reason_hint.setWordWrap(True)
        form.addRow("", self.reason_hint)
        self._row(form, "funding", funding_host, error=True)
        self.errors.labels["funding"].field = self.funding_boxes[Funding.STUDIEFACILITEITEN]
        self._row(form, "budget_id", self.budget_combo, error=True)
        self._row(form, "agreement_id", self.agreement_combo)
        has_agreements = bool(self.agreements)
        self.agreement_combo.setVisible(has_agreements)
        self.labels["agreement_id"].setVisible(has_agreements)
        return host

    def _build_reflection_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("learningReflectionTab")
        box = QVBoxLayout(host)
        box.setContentsMargins(12, 12, 12, 12)
        self.reflection_intro = QLabel(host)
        self.reflection_intro.setObjectName("learningReflectionIntro")
        self.reflection_intro.setProperty("role", "hint")
        self.reflection_intro.setWordWrap(True)
        self.reflection_label = QLabel(host)
        self.reflection_edit = QPlainTextEdit(host)
        self.reflection_edit.setObjectName("learningReflectionEdit")
        self.reflection_edit.setTabChangesFocus(True)
        self.reflection_label.setBuddy(self.reflection_edit)
        self.prompts_button = QPushButton(host)
        self.prompts_button.setObjectName("learningPromptsButton")
        self.prompts_button.clicked.connect(self.insert_prompts)
        box.addWidget(self.reflection_intro)
        box.addWidget(self.reflection_label)
        box.addWidget(self.reflection_edit, 1)
        box.addWidget(self.prompts_button, 0, Qt.AlignmentFlag.AlignLeft)
        return host

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("learningOkButton")
        self.ok_button.setDefault(True)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("learningCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            self.title_edit,
            self.kind_combo,
            self.provider_edit,
            self.start_edit,
            self.end_edit,
            self.status_combo,
            self.hours_edit,
            self.self_study_edit,
            self.skills_edit,
            self.cost_edit,
            self.reason_combo,
            *self.funding_boxes.values(),
            self.budget_combo,
            self.agreement_combo,
            self.reflection_edit,
            self.prompts_button,
            self.shares.explain_button,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    # ---------------------------------------------------------------- filling
    def _fill(self, activity: LearningActivity | None) -> None:
        if activity is None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(LearningStatus.PLANNED))
            self.start_edit.set_value(self.today)
            return
        self.title_edit.setText(activity.title)
        index = self.kind_combo.findData(str(activity.kind))
        if index < 0:  # a kind another tool wrote: kept as it is
            self.kind_combo.addItem(str(activity.kind), str(activity.kind))
            index = self.kind_combo.count() - 1
        self.kind_combo.setCurrentIndex(index)
        self.provider_edit.setText(activity.provider)
        self.start_edit.set_value(activity.start)
        self.end_edit.set_value(activity.end)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(activity.status)))
        self.hours_edit.setText(fmt.number(activity.hours, 2) if activity.hours else "")
        self.self_study_edit.setText(
            fmt.number(activity.self_study_hours, 2) if activity.self_study_hours else ""
        )
        self.cost_edit.setText(fmt.number(activity.cost, 2) if activity.cost else "")
        self.skills_edit.setText(", ".join(activity.skills))
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(activity.reason)))
        for funding, box in self.funding_boxes.items():
            box.setChecked(funding in activity.funding)
        self.budget_combo.setCurrentIndex(max(0, self.budget_combo.findData(activity.budget_id)))
        self.agreement_combo.setCurrentIndex(
            max(0, self.agreement_combo.findData(activity.agreement_id))
        )
        self.reflection_edit.setPlainText(activity.reflection)
        self.certificates.set_certificates(activity.certificates)

    def _connect(self) -> None:
        for edit in (self.title_edit, self.provider_edit, self.skills_edit):
            edit.textChanged.connect(self._changed)
        for key, edit in (
            ("hours", self.hours_edit),
            ("self_study_hours", self.self_study_edit),
            ("cost", self.cost_edit),
        ):
            edit.textChanged.connect(lambda _text, key=key: self._touched(key))
        self.title_edit.textEdited.connect(lambda _text: self.errors.touch("title"))
        for field in (self.start_edit, self.end_edit):
            field.valueChanged.connect(self._changed)
        self.end_edit.valueChanged.connect(lambda: self._touched("end"))
        for combo in (self.kind_combo, self.status_combo, self.agreement_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.reason_combo.currentIndexChanged.connect(self._reason_chosen)
        self.budget_combo.currentIndexChanged.connect(self._budget_chosen)
        for box in self.funding_boxes.values():
            box.toggled.connect(self._changed)
        self.reflection_edit.textChanged.connect(self._changed)
        self.certificates.changed.connect(lambda: self._touched("certificates"))

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add a learning activity")
            if self.original is None
            else self.tr("Change a learning activity")
        )
        self.intro.setText(
            self.tr(
                "What you learn, from whom and when. On the right Rijkapp shows what your "
                "employer pays and what you pay, as you type."
            )
        )
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the activity"))
        for index, text in enumerate(
            (self.tr("Activity"), self.tr("Cost and funding"), self.tr("Reflection"))
        ):
            self.tabs.setTabText(index, text)
        self.tabs.setTabText(
            CERTIFICATES_TAB,
            arg(self.tr("Certificates (%1)"), len(self.certificates.certificates())),
        )
        texts = {
            "title": (self.tr("&Title:"), self.tr("Title")),
            "kind": (self.tr("&Kind:"), self.tr("Kind of activity")),
            "provider": (self.tr("&Provider:"), self.tr("Provider")),
            "start": (self.tr("&Start:"), self.tr("First day")),
            "end": (self.tr("&End:"), self.tr("Last day")),
            "status": (self.tr("S&tatus:"), self.tr("Status")),
            "hours": (self.tr("&Lesson and exam hours:"), self.tr("Lesson and exam hours")),
            "self_study_hours": (self.tr("Self-stud&y hours:"), self.tr("Self-study hours")),
            "skills": (self.tr("Skill&s:"), self.tr("Skills, separated by commas")),
            "cost": (self.tr("&Cost (€):"), self.tr("Cost in euros")),
            "reason": (self.tr("&Why do you study?"), self.tr("Reason for studiefaciliteiten")),
            "funding": (self.tr("Paid from:"), self.tr("Paid from")),
            "budget_id": (self.tr("&Development budget:"), self.tr("Development budget")),
            "agreement_id": (self.tr("&Talk agreement:"), self.tr("Talk agreement it serves")),
        }
        fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "kind": self.kind_combo,
            "provider": self.provider_edit,
            "start": self.start_edit,
            "end": self.end_edit,
            "status": self.status_combo,
            "hours": self.hours_edit,
            "self_study_hours": self.self_study_edit,
            "skills": self.skills_edit,
            "cost": self.cost_edit,
            "reason": self.reason_combo,
            "budget_id": self.budget_combo,
            "agreement_id": self.agreement_combo,
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            if key in fields:
                fields[key].setAccessibleName(name)
        self.title_edit.setPlaceholderText(self.tr("for example Projectmatig werken"))
        self.provider_edit.setPlaceholderText(self.tr("for example Rijksacademie"))
        example = fmt.number(Decimal("12.5"), 2)
        self.hours_edit.setPlaceholderText(arg(self.tr("for example %1"), example))
        self.self_study_edit.setPlaceholderText(arg(self.tr("for example %1"), example))
        self.cost_edit.setPlaceholderText(arg(self.tr("for example %1"), fmt.number(Decimal(640))))
        self.skills_edit.setPlaceholderText(self.tr("for example planning, writing advice"))
        for index in range(self.kind_combo.count()):
            value = self.kind_combo.itemData(index)
            shown = kind_name(value)
            self.kind_combo.setItemText(index, shown if isinstance(shown, str) else fmt.text(shown))
        for index, status in enumerate(LearningStatus):
            self.status_combo.setItemText(index, fmt.text(status_name(status)))
        reasons = (
            self.tr("No studiefaciliteiten asked"),
            self.tr("My manager asks me to"),
            self.tr("It is part of my career agreements"),
            self.tr("Another reason"),
        )
        for index, text in enumerate(reasons):
            self.reason_combo.setItemText(index, text)
        self.reason_hint.setText(
            self.tr(
                "The reason decides the studiefaciliteiten of the CAO Rijk. For another reason "
                "your employer decides, up to the shares shown."
            )
        )
        funding_names = {
            Funding.STUDIEFACILITEITEN: self.tr("Studiefaciliteiten (CAO)"),
            Funding.BUDGET: self.tr("Development budget"),
            Funding.IKB: self.tr("IKB"),
            Funding.AO_BLIK_VOORUIT: self.tr("A+O Blik vooruit"),
            Funding.AO_LOOPBAANADVIES: self.tr("A+O Loopbaanadvies"),
            Funding.EIGEN: self.tr("My own money"),
        }
        for funding, box in self.funding_boxes.items():
            box.setText(funding_names[funding])
        self.budget_combo.setItemText(0, self.tr("None"))
        self.agreement_combo.setItemText(0, self.tr("None"))
        self.reflection_intro.setText(
            self.tr(
                "Only for you: it stays in your own data and is not shown to anyone. Three "
                "questions can help: What did I learn? What does it mean for my work? "
                "What will I do next?"
            )
        )
        self.reflection_label.setText(self.tr("&Your reflection:"))
        self.reflection_edit.setAccessibleName(self.tr("Your reflection"))
        self.reflection_edit.setPlaceholderText(self.prompts())
        self.prompts_button.setText(self.tr("Put the three &questions in the text"))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    def prompts(self) -> str:
        return "\n\n".join(
            (
                self.tr("What did I learn?"),
                self.tr("What does it mean for my work?"),
                self.tr("What will I do next?"),
            )
        )

    def insert_prompts(self) -> None:
        questions = self.prompts().replace("\n\n", "\n\n\n") + "\n"
        current = self.reflection_edit.toPlainText().rstrip()
        self.reflection_edit.setPlainText(f"{current}\n\n{questions}" if current else questions)
        self.reflection_edit.setFocus()

    # ---------------------------------------------------------------- reading the form
    def _touched(self, key: str) -> None:
        self.errors.touch(key)
        self._changed()

    def _reason_chosen(self, _index: int) -> None:
        if self.reason_combo.currentData() is not None:
            self.funding_boxes[Funding.STUDIEFACILITEITEN].setChecked(True)
        self._changed()

    def _budget_chosen(self, _index: int) -> None:
        if self.budget_combo.currentData() is not None:
            self.funding_boxes[Funding.BUDGET].setChecked(True)
        self.errors.touch("budget_id")
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.validate()

    def _number(self, key: str, edit: QLineEdit) -> tuple[Decimal, str]:
        text = edit.text().strip()
        if not text:
            return ZERO, ""
        value = fmt.parse_number(text.replace("€", "").strip())
        if value is None:
            label = self.labels[key].text().replace("&", "").rstrip(":")
            example = fmt.number(Decimal("12.5"), 2)
            return ZERO, arg(self.tr("%1: fill in a number, for example %2."), label, example)
        return value, ""

    def _read(self) -> tuple[LearningActivity, dict[str, str]]:
        problems: dict[str, str] = {}
        numbers: dict[str, Decimal] = {}
        for key, edit in zip(
            NUMBER_FIELDS, (self.hours_edit, self.self_study_edit, self.cost_edit), strict=True
        ):
            numbers[key], problem = self._number(key, edit)
            if problem:
                problems[key] = problem
        kind = str(self.kind_combo.currentData() or LearningKind.CURSUS.value)
        reason = self.reason_combo.currentData()
        original = self.original
        activity = LearningActivity(
            id=self._id,
            title=self.title_edit.text().strip(),
            kind=LearningKind(kind) if kind in KNOWN_KINDS else kind,
            provider=self.provider_edit.text().strip(),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            hours=numbers["hours"],
            cost=numbers["cost"],
            status=LearningStatus(self.status_combo.currentData() or LearningStatus.PLANNED),
            budget_id=self.budget_combo.currentData(),
            skills=parse_skills(self.skills_edit.text()),
            reflection=self.reflection_edit.toPlainText().strip(),
            reason=StudyReason(reason) if reason else None,
            funding=tuple(f for f, box in self.funding_boxes.items() if box.isChecked()),
            self_study_hours=numbers["self_study_hours"],
            agreement_id=self.agreement_combo.currentData(),
            certificates=self.certificates.certificates(),
            extra=original.extra if original is not None else (),
        )
        return activity, problems

    def activity(self) -> LearningActivity | None:
        """The activity as filled in, or None while something cannot be saved."""
        activity, problems = self._read()
        if problems or validate_activity(activity, self.budgets):
            return None
        return activity

    # ---------------------------------------------------------------- checking
    def validate(self) -> bool:
        """Check the form, show the messages beside their fields and the live shares."""
        activity, messages = self._read()
        for error in validate_activity(activity, self.budgets):
            key = error.field.split("[")[0]
            key = key if key in self.errors.labels or key == "certificates" else "title"
            label = self.labels.get(key)
            reason = error.render_reason(fmt.language())
            name = label.text().replace("&", "").rstrip(":?").strip() if label else ""
            messages.setdefault(key, arg(self.tr("%1: %2"), name, reason) if name else reason)
        self.certificates.show_error(messages.pop("certificates", ""))
        ok = self.errors.update(messages) and not self.certificates.error.text()
        self.ok_button.setEnabled(ok)
        self.shares.show_facilities(facilities_for(activity, self.today))
        self.tabs.setTabText(
            CERTIFICATES_TAB,
            arg(self.tr("Certificates (%1)"), len(activity.certificates)),
        )
        self._fit_height()
        return ok

    def first_error_tab(self) -> int | None:
        for key, tab in TAB_OF.items():
            if self.errors.messages.get(key) or (
                key == "certificates" and self.certificates.error.text()
            ):
                return tab
        return None

    def explain(self) -> None:
        activity, _problems = self._read()
        found = facilities_for(activity, self.today)
        if found.facilities is None:
            return
        title = arg(
            self.tr("Studiefaciliteiten for %1"), activity.title or self.tr("this activity")
        )
        dialog = ExplainDialog(title, found.facilities.lines, self)
        dialog.finished.connect(dialog.deleteLater)
        self.explain_dialog = dialog
        dialog.open()

    def accept(self) -> None:
        """Save: only when everything is right; otherwise the first wrong field is shown."""
        self.errors.show_all = True
        if self.validate():
            super().accept()
            return
        tab = self.first_error_tab()
        if tab is not None:
            self.tabs.setCurrentIndex(tab)


def changed_activity(dialog: LearningActivityDialog) -> LearningActivity | None:
    """What to save after the dialog was accepted: None when nothing changed."""
    activity = dialog.activity()
    if activity is None or activity == dialog.original:
        return None
    return activity


__all__ = ["LearningActivityDialog", "changed_activity", "parse_skills"]

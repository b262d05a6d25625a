"""The talk itself in the editor: its component of the gesprekscyclus, date, period, manager and
status, each with the message beside it when the service would refuse it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from rijkapp.domain.records import Talk, TalkPurpose, TalkStatus
from ui.models.talks import purpose_text, status_text
from ui.text import Retranslatable
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError

# The fields by the names the service's checks give them.
FORM_FIELDS = ("purpose", "on", "period_from", "period_to", "manager", "status")


class TalkDetails(Retranslatable, QWidget):
    """``fill(talk)``; the fields by name in ``fields``, their messages in ``errors``."""

    def __init__(self, errors: ErrorMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkDetails")
        self.errors = errors
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        self.purpose_combo = QComboBox(self)
        self.purpose_combo.setObjectName("talkPurposeCombo")
        for purpose in TalkPurpose:
            self.purpose_combo.addItem("", purpose.value)
        self.on_edit = DateField("talkDateEdit", parent=self)
        self.from_edit = DateField("talkPeriodFromEdit", optional=True, parent=self)
        self.to_edit = DateField("talkPeriodToEdit", optional=True, parent=self)
        self.manager_edit = QLineEdit(self)
        self.manager_edit.setObjectName("talkManagerEdit")
        self.manager_edit.setMinimumWidth(320)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("talkStatusCombo")
        for status in TalkStatus:
            self.status_combo.addItem("", status.value)
        self.fields: dict[str, QWidget] = dict(
            zip(
                FORM_FIELDS,
                (
                    self.purpose_combo,
                    self.on_edit,
                    self.from_edit,
                    self.to_edit,
                    self.manager_edit,
                    self.status_combo,
                ),
                strict=True,
            )
        )
        for key, field in self.fields.items():
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
            if key != "purpose":
                name = "".join(part.capitalize() for part in key.split("_"))
                form.addRow(errors.add(key, FieldError(f"talk{name}Error", field, self)))
        self.retranslate()

    def fill(self, talk: Talk) -> None:
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(talk.purpose.value)))
        self.on_edit.set_value(talk.on)
        self.from_edit.set_value(talk.period_from)
        self.to_edit.set_value(talk.period_to)
        self.manager_edit.setText(talk.manager)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(talk.status.value)))

    def date_problems(self) -> dict[str, str]:
        """What is wrong with a typed date, by field."""
        dates = {"on": self.on_edit, "period_from": self.from_edit, "period_to": self.to_edit}
        return {key: field.problem() for key, field in dates.items() if field.problem()}

    def retranslate(self) -> None:
        texts = {
            "purpose": (self.tr("C&omponent:"), self.tr("Component of the gesprekscyclus")),
            "on": (self.tr("&Date:"), self.tr("Date of the conversation")),
            "period_from": (self.tr("Period &from:"), self.tr("Start of the period")),
            "period_to": (self.tr("Period &to:"), self.tr("End of the period")),
            "manager": (self.tr("&Manager:"), self.tr("Your manager")),
            "status": (self.tr("&Status:"), self.tr("Status of the conversation")),
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            self.fields[key].setAccessibleName(name)
        for index in range(self.purpose_combo.count()):
            purpose = TalkPurpose(self.purpose_combo.itemData(index))
            self.purpose_combo.setItemText(index, purpose_text(purpose))
        for index in range(self.status_combo.count()):
            status = TalkStatus(self.status_combo.itemData(index))
            self.status_combo.setItemText(index, status_text(status))

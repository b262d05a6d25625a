"""One section of a talk in the editor: its heading in the CAO's words, the text, whether it goes
in the PDF and a live count of its characters ("123 tekens").

The topics are those of CAO Rijk 12.1 and the further subjects of the gesprekscyclus
(:data:`rijkapp.domain.records.TALK_TOPICS`); the parts (informants, agreements, learning,
questions) have an "In de pdf" choice too (:data:`rijkapp.domain.records.TALK_PARTS`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.text import Retranslatable, arg
from ui.widgets.labels import plain_text


def section_title(name: str) -> str:
    """The heading of a topic or part of a talk, in the words of the CAO Rijk where it has them."""
    titles = {
        "omstandigheden": QCoreApplication.translate(
            "TalkSections", "The circumstances in which the agreed work was done"
        ),
        "resultaten": QCoreApplication.translate(
            "TalkSections", "The results and how they were reached"
        ),
        "eigen_oordeel": QCoreApplication.translate(
            "TalkSections", "Your own opinion of your functioning"
        ),
        "afspraken_werk": QCoreApplication.translate(
            "TalkSections",
            "Agreements on the work for the coming period, its circumstances and the results",
        ),
        "ontwikkeling": QCoreApplication.translate(
            "TalkSections",
            "Agreements on your personal development, with lifelong learning as a fixed part",
        ),
        "loopbaan": QCoreApplication.translate(
            "TalkSections", "After 5 years in the same function: how your career goes on"
        ),
        "inzetbaarheid": QCoreApplication.translate(
            "TalkSections",
            "Employability and vitality: workload, balance and what you need to keep working "
            "healthily",
        ),
        "integriteit": QCoreApplication.translate("TalkSections", "Integrity and outside work"),
        "werkbeleving": QCoreApplication.translate("TalkSections", "How you experience your work"),
        "informanten": QCoreApplication.translate("TalkSections", "Informants"),
        "afspraken": QCoreApplication.translate("TalkSections", "Agreements"),
        "leeractiviteiten": QCoreApplication.translate("TalkSections", "Learning in this period"),
        "leerreflectie": QCoreApplication.translate(
            "TalkSections", "Your reflection on what you learned"
        ),
        "vragen": QCoreApplication.translate("TalkSections", "Your questions for your manager"),
    }
    return titles.get(name, name)


def characters_text(count: int) -> str:
    return (
        QCoreApplication.translate("TalkSections", "1 character")
        if count == 1
        else arg(QCoreApplication.translate("TalkSections", "%1 characters"), count)
    )


class InPdfBox(Retranslatable, QCheckBox):
    """ "In de pdf" for one section; its accessible name says which."""

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"talkInPdf_{section}")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("In the PDF"))
        self.setAccessibleName(arg(self.tr("%1 in the PDF"), section_title(self.section)))


class SectionEditor(Retranslatable, QWidget):
    """A heading, an optional prompt above the text, the text, "In de pdf" and its count."""

    changed = Signal()

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"talkSection_{section}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"talkSectionTitle_{section}")
        self.heading.setProperty("role", "fieldTitle")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.prompt = plain_text(f"talkSectionPrompt_{section}", "hint", self)
        self.prompt.hide()
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"talkText_{section}")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(88)
        self.edit.setMaximumHeight(120)
        self.heading.setBuddy(self.edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.count = plain_text(f"talkCount_{section}", "hint", self)
        self.count.setWordWrap(False)
        self.in_pdf = InPdfBox(section, self)
        row.addWidget(self.in_pdf)  # the choice where reading goes on, under the text
        row.addStretch(1)
        row.addWidget(self.count)
        box.addWidget(self.heading)
        box.addWidget(self.prompt)
        box.addWidget(self.edit)
        box.addLayout(row)
        self.edit.textChanged.connect(self._typed)
        self.in_pdf.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_prompt(self, text: str) -> None:
        """A line above the text (the five-year prompt); empty hides it."""
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def set_guidance(self, lines: list[str]) -> None:
        """Questions to prepare with, shown in the empty text."""
        self.edit.setPlaceholderText("\n".join(lines))

    def _typed(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        self.count.setText(characters_text(len(self.edit.toPlainText())))

    def retranslate(self) -> None:
        title = section_title(self.section)
        self.heading.setText(title)
        self.edit.setAccessibleName(title)
        self.edit.viewport().setAccessibleName(title)
        self.in_pdf.retranslate()
        self._count()

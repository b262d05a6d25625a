"""Prepare or change one talk of the gesprekscyclus Rijk, by keyboard from its first field.

Four tabs, each scrolling on its own so the dialog fits a 1024 by 640 screen: the talk (its
component, date, period, manager, status and informants), the topics of CAO Rijk 12.1 in the
CAO's words (each with a live character count and "In de pdf"), the agreements and your
questions for the manager, and the preparation from your own records
(:func:`rijkapp.views.gesprekken.load_preparation`, asked for again when the component, the date
or the period changes). Under the tabs, always in view: what never goes in the PDF.

The checks are the service's own (:func:`rijkapp.services.talks.validate_talk`): a refusal is
shown beside its field, or at the top for an informant or agreement, and the dialog stays open.
It saves nothing itself: the page saves the talk as one undoable step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from itertools import pairwise

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import (
    TALK_SECTIONS,
    TALK_TOPICS,
    Agreement,
    Talk,
    TalkPurpose,
    TalkStatus,
)
from rijkapp.services.profile import new_id
from rijkapp.services.talks import validate_talk
from rijkapp.views.gesprekken import GesprekkenView, Preparation
from ui import formatting as fmt
from ui.text import Retranslatable, arg
from ui.widgets.buttons import make_primary
from ui.widgets.field_error import ErrorMap
from ui.widgets.labels import plain_text
from ui.widgets.talk_agreements import AgreementsEditor
from ui.widgets.talk_details import TalkDetails
from ui.widgets.talk_people import InformantsEditor
from ui.widgets.talk_preparation import PreparationPane
from ui.widgets.talk_sections import InPdfBox, SectionEditor

TALK_TAB, TOPICS_TAB, AGREEMENTS_TAB, PREPARATION_TAB = range(4)
# Asks the page for the preparation of a talk; the answer comes later, on the GUI thread.
Prepare = Callable[[Talk, Callable[[Preparation], None]], None]


def new_talk(view: GesprekkenView, today: date) -> Talk:
    """A planning talk today for this calendar year, with the manager of the latest talk."""
    latest = max(view.talks.values(), key=lambda t: (t.on, t.id), default=None)
    return Talk(
        id=new_id("t"),
        purpose=TalkPurpose.PLANNEN,
        on=today,
        period_from=date(today.year, 1, 1),
        period_to=date(today.year, 12, 31),
        manager=latest.manager if latest is not None else "",
    )


def _scrolling(name: str, content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
    area.setWidget(content)
    return area


class TalkEditor(Retranslatable, QDialog):
    """``talk`` None adds a new one; ``view`` gives the other talks; ``prepare`` reads the
    preparation of the talk as it is being edited."""

    def __init__(
        self,
        talk: Talk | None,
        view: GesprekkenView,
        today: date,
        prepare: Prepare,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("talkEditor")
        self.setModal(True)
        self.original = talk
        self.today = today
        self.prepare = prepare
        self.start = talk if talk is not None else new_talk(view, today)
        self.errors = ErrorMap()
        self._asked = 0  # the preparation asked for last; older answers are dropped
        self._top_tab: int | None = None  # the tab of the first message at the top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        self.top_error = plain_text("talkEditorError", "error", self)
        self.top_error.hide()
        layout.addWidget(self.top_error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("talkEditorTabs")
        self.tabs.addTab(self._build_talk_tab(), "")
        self.tabs.addTab(self._build_topics_tab(), "")
        self.tabs.addTab(self._build_agreements_tab(), "")
        self.preparation = PreparationPane(self)
        self.tabs.addTab(self.preparation, "")
        layout.addWidget(self.tabs, 1)
        self.never = plain_text("talkEditorNeverInPdf", "hint", self)
        layout.addWidget(self.never)
        self._build_buttons(layout)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.ask_preparation)
        self._fill(self.start)
        self._connect()
        self._set_tab_order()
        self._fit_screen()
        self.retranslate()
        self.ask_preparation()
        self.purpose_combo.setFocus()  # the dialog opens on its first field

    # ---------------------------------------------------------------- building
    def _build_talk_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("talkDetailsTab")
        box = QVBoxLayout(host)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(10)
        self.details = TalkDetails(self.errors, host)
        details = self.details
        self.purpose_combo, self.on_edit = details.purpose_combo, details.on_edit
        self.from_edit, self.to_edit = details.from_edit, details.to_edit
        self.manager_edit, self.status_combo = details.manager_edit, details.status_combo
        box.addWidget(details)
        self.informants = InformantsEditor(host)
        box.addSpacing(6)
        box.addWidget(self.informants)
        box.addStretch(1)
        return _scrolling("talkDetailsScroll", host, self)

    def _build_topics_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("talkTopicsTab")
        box = QVBoxLayout(host)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(14)
        self.topics_intro = plain_text("talkTopicsIntro", "hint", host)
        box.addWidget(self.topics_intro)
        self.sections: dict[str, SectionEditor] = {}
        for topic in TALK_TOPICS:
            section = SectionEditor(topic, host)
            self.sections[topic] = section
            box.addWidget(section)
        box.addStretch(1)
        return _scrolling("talkTopicsScroll", host, self)

    def _build_agreements_tab(self) -> QWidget:
        host = QWidget(self)
        host.setObjectName("talkAgreementsTab")
        box = QVBoxLayout(host)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(14)
        self.agreements = AgreementsEditor(host)
        box.addWidget(self.agreements)
        self.questions = SectionEditor("vragen", host)
        box.addWidget(self.questions)
        box.addStretch(1)
        return _scrolling("talkAgreementsScroll", host, self)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setObjectName("talkSaveButton")
        self.ok_button.setDefault(True)
        make_primary(self.ok_button)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("talkCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def in_pdf_boxes(self) -> dict[str, InPdfBox]:
        """Every "In de pdf" choice of the editor, by section."""
        boxes = {topic: section.in_pdf for topic, section in self.sections.items()}
        boxes["informanten"] = self.informants.in_pdf
        boxes["afspraken"] = self.agreements.in_pdf
        boxes["leeractiviteiten"] = self.preparation.learning_in_pdf
        boxes["leerreflectie"] = self.preparation.reflection_in_pdf
        boxes["vragen"] = self.questions.in_pdf
        return boxes

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs,
            self.purpose_combo,
            self.on_edit,
            self.from_edit,
            self.to_edit,
            self.manager_edit,
            self.status_combo,
            *self.informants.focus_chain(),
        ]
        for section in self.sections.values():
            chain += [section.edit, section.in_pdf]
        chain += [*self.agreements.focus_chain(), self.questions.edit, self.questions.in_pdf]
        chain += [
            self.preparation,
            self.preparation.learning_in_pdf,
            self.preparation.reflection_in_pdf,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _fit_screen(self) -> None:
        """As large as is comfortable, never larger than the screen (1024 by 640 included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.setMinimumSize(min(700, room.width() - 24), min(460, room.height() - 24))
        self.resize(min(960, room.width() - 24), min(640, room.height() - 48))

    def show_agreements(self) -> None:
        """Open on the agreements (from the warning that some are due)."""
        self.tabs.setCurrentIndex(AGREEMENTS_TAB)
        table = self.agreements.table
        (table if table.isVisibleTo(self) else self.agreements.add_button).setFocus()

    # ---------------------------------------------------------------- filling
    def _fill(self, talk: Talk) -> None:
        self.details.fill(talk)
        self.informants.set_informants(talk.informants)
        for topic, section in self.sections.items():
            section.set_text(talk.topic(topic))
        self.agreements.set_agreements(talk.agreements)
        self.questions.set_text(talk.questions_for_manager)
        for name, box in self.in_pdf_boxes().items():
            box.setChecked(name in talk.in_pdf)

    def _connect(self) -> None:
        self.purpose_combo.currentIndexChanged.connect(self._dates_changed)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._touched("status"))
        for key, field in (
            ("on", self.on_edit),
            ("period_from", self.from_edit),
            ("period_to", self.to_edit),
        ):
            field.valueChanged.connect(lambda key=key: self._date_touched(key))
        self.manager_edit.textEdited.connect(lambda _text: self._touched("manager"))
        for part in (self.informants, self.agreements, self.questions, self.preparation):
            part.changed.connect(self.validate)
        for section in self.sections.values():
            section.changed.connect(self.validate)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        on = self.on_edit.value()
        self.setWindowTitle(
            self.tr("New conversation")
            if self.original is None
            else arg(self.tr("Conversation of %1"), fmt.day(self.original.on))
        )
        for index, text in enumerate(
            (
                self.tr("Con&versation"),
                self.tr("To&pics"),
                self.tr("&Agreements and questions"),
                self.tr("P&reparation"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the conversation"))
        self.topics_intro.setText(
            self.tr(
                "The topics of the conversation in the words of the CAO Rijk (article 12.1). "
                "Write what you want to say; tick In the PDF for what your manager may read."
            )
        )
        self.never.setText(
            self.tr(
                "Your salary, IKB, leave and private notes never go in the PDF, and neither does "
                "what informants said."
            )
        )
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        for part in (
            self.details,
            self.informants,
            self.agreements,
            self.questions,
            self.preparation,
        ):
            part.retranslate()
        for section in self.sections.values():
            section.retranslate()
        if on is not None:
            self.validate()

    # ---------------------------------------------------------------- the preparation
    def _dates_changed(self, *_args: object) -> None:
        self._timer.start()
        self.validate()

    def ask_preparation(self) -> None:
        """Ask for the preparation of the talk as it is now; a later answer replaces it."""
        self._timer.stop()
        if self.on_edit.value() is None:
            return
        self._asked += 1
        asked = self._asked
        self.prepare(self.talk(), lambda found: self._prepared(asked, found))

    def _prepared(self, asked: int, found: Preparation) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # closed meanwhile, or a newer question is on its way
        self.preparation.show_preparation(found)
        prompt = fmt.text(found.five_year) if found.five_year is not None else ""
        self.sections["loopbaan"].set_prompt(prompt)
        guidance = dict(found.guidance)
        for topic, section in [*self.sections.items(), ("vragen", self.questions)]:
            section.set_guidance([fmt.text(question) for question in guidance.get(topic, ())])
        carried = tuple(
            Agreement(a.agreement_id, a.kind, a.text, a.measure, a.due, a.status, a.reflection)
            for a in found.agreements
            if a.from_talk_id != self.start.id
        )
        self.agreements.set_carried(carried)

    # ---------------------------------------------------------------- reading the form
    def talk(self) -> Talk:
        """The talk as filled in (a date not filled in stays as it was)."""
        start = self.start
        known = self.in_pdf_boxes()
        topics = tuple(
            (topic, text)
            for topic, section in self.sections.items()
            if (text := section.text().strip())
        )
        return dataclasses.replace(
            start,
            purpose=TalkPurpose(self.purpose_combo.currentData()),
            on=self.on_edit.value() or start.on,
            period_from=self.from_edit.value(),
            period_to=self.to_edit.value(),
            manager=self.manager_edit.text().strip(),
            informants=self.informants.informants(),
            agreements=self.agreements.agreements(),
            # a topic another tool wrote is kept
            topics=topics + tuple(t for t in start.topics if t[0] not in self.sections),
            questions_for_manager=self.questions.text().strip(),
            status=TalkStatus(self.status_combo.currentData()),
            in_pdf=tuple(s for s in TALK_SECTIONS if s in known and known[s].isChecked())
            + tuple(s for s in start.in_pdf if s not in known),
        )

    # ---------------------------------------------------------------- checking
    def _touched(self, key: str) -> None:
        self.errors.touch(key)
        self.validate()

    def _date_touched(self, key: str) -> None:
        self.errors.touch(key)
        self._dates_changed()

    def _problems(self) -> tuple[dict[str, str], list[tuple[int, str]]]:
        """The messages beside the fields, and those for the top (an informant, an agreement)
        with the tab they are about."""
        beside = self.details.date_problems()
        top: list[tuple[int, str]] = []
        for error in validate_talk(self.talk(), self.today, self.original):
            if error.field in self.errors.labels:
                beside.setdefault(error.field, error.render_reason(fmt.language()))
            else:
                top.append(self._top_message(error))
        return beside, top

    def _top_message(self, error: ValidationError) -> tuple[int, str]:
        reason = error.render_reason(fmt.language())
        part, _, rest = error.field.partition("[")
        number = rest.split("]")[0]
        if part == "informants" and number.isdigit():
            return TALK_TAB, arg(self.tr("Informant %1: %2"), int(number) + 1, reason)
        if part == "agreements" and number.isdigit():
            return AGREEMENTS_TAB, arg(self.tr("Agreement %1: %2"), int(number) + 1, reason)
        return TALK_TAB, reason

    def validate(self) -> bool:
        """Show what is wrong beside its field (once touched, or after Save); True when none."""
        beside, top = self._problems()
        fine = self.errors.update(beside)
        shown = [text for _tab, text in top] if self.errors.show_all else []
        self.top_error.setText("\n".join(shown))
        self.top_error.setVisible(bool(shown))
        self._top_tab = top[0][0] if top else None
        return fine and not top

    def accept(self) -> None:
        """Save only when the service would take it; otherwise show why and stay open."""
        self.errors.show_all = True
        if self.validate():
            super().accept()
            return
        for key, field in self.details.fields.items():
            if key in self.errors.messages:
                self.tabs.setCurrentIndex(TALK_TAB)
                field.setFocus()
                return
        if self._top_tab is not None:
            self.tabs.setCurrentIndex(self._top_tab)


def changed_talk(editor: TalkEditor) -> Talk | None:
    """What to save after the editor was accepted: None when nothing changed."""
    talk = editor.talk()
    return None if talk == editor.original else talk


__all__ = ["TalkEditor", "changed_talk", "new_talk"]

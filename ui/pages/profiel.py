"""Profiel: who you are, your employment history and your work schedule.

The form is checked as you type by the core's validators; Save stays disabled while anything is
wrong, and a save is one transaction. Employment and schedules are effective-dated records,
edited in a dialog each. Typing has each field's own undo; saved changes are undone through
Bewerken > Ongedaan maken (``ui.undo``).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.records import Employment, Profile, WorkSchedule
from rijkapp.services import edits
from rijkapp.services.changes import Area, Changes
from rijkapp.services.edits import Edit
from rijkapp.services.profile import validate_profile
from rijkapp.views.profile import ProfileData, load_profile
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.employment import EmploymentDialog
from ui.dialogs.schedule import ScheduleDialog
from ui.models.dated import DatedRecordsModel
from ui.models.employment import EmploymentModel
from ui.models.schedule import ScheduleModel
from ui.pages.base import MAX_TEXT_WIDTH, PageFrame, add_capped
from ui.pages.dated_records import DatedRecordsSection, EditTexts
from ui.text import Retranslatable, arg
from ui.undo import EditCommand
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError
from ui.widgets.labels import section_title
from ui.widgets.layout_pass import one_layout_pass

if TYPE_CHECKING:
    from ui.dialogs.first_run import FirstRunDialog

READS = frozenset({Area.PROFILE, Area.EMPLOYMENT, Area.WORK_SCHEDULE})  # what this page shows

LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setStyleSheet("color: palette(mid);")
    return line


class ProfielPage(Retranslatable, QWidget):
    """The profile form, the employment table and the schedule table."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.frame = PageFrame(self, "profielPage")
        self.saved: Profile | None = None  # what the store holds; None before the first save
        self.start_dialog: FirstRunDialog | None = None  # the start last opened, for the tests
        self._loading = False
        self.errors = ErrorMap()
        content = self.content = QWidget(self)
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        add_capped(self.frame.body, content)
        self.frame.body.addStretch(1)
        self._build_start_again(content, column)
        self._build_form(content, column)
        self._build_form_buttons()
        column.addSpacing(10)
        column.addWidget(_separator(content))
        self.employment = DatedRecordsSection[Employment](
            self,
            content,
            column,
            context,
            kind="employment",
            model=EmploymentModel(self),
            dialog=EmploymentDialog,
            texts=self._employment_texts,
        )
        column.addSpacing(10)
        column.addWidget(_separator(content))
        self.schedule = DatedRecordsSection[WorkSchedule](
            self,
            content,
            column,
            context,
            kind="schedule",
            model=ScheduleModel(self),
            dialog=ScheduleDialog,
            texts=self._schedule_texts,
        )
        self._set_tab_order()
        for key, widget in self.field_widgets.items():
            self._connect_field(key, widget)
        context.changed.connect(self._changed)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    def _build_start_again(self, content: QWidget, column: QVBoxLayout) -> None:
        """The start's steps again: details, employment, week and the balance from P-Direkt."""
        row = QHBoxLayout()
        row.setSpacing(12)
        self.start_again_button = QPushButton(content)
        self.start_again_button.setObjectName("startAgainButton")
        self.start_again_button.clicked.connect(self.start_again)
        self.start_again_hint = QLabel(content)
        self.start_again_hint.setObjectName("startAgainHint")
        self.start_again_hint.setProperty("role", "hint")
        self.start_again_hint.setWordWrap(True)
        row.addWidget(self.start_again_button)
        row.addWidget(self.start_again_hint, 1)
        column.addLayout(row)

    def _build_form(self, content: QWidget, column: QVBoxLayout) -> None:
        """About you: one row per profile field, each with its message (and sometimes a hint)."""
        self.about_title = section_title("aboutYouTitle", content)
        column.addWidget(self.about_title)
        form_host = QWidget(content)
        form_host.setMaximumWidth(720)
        self.form = QFormLayout(form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        column.addWidget(form_host)

        self.name_edit = self._line_edit("nameEdit", 200)
        self.birth_date = DateField("birthDateEdit", optional=True, parent=self)
        self.rijk_start = DateField("rijkStartDateEdit", optional=True, parent=self)
        self.organisation_edit = self._line_edit("organisationEdit", 200)
        self.unit_edit = self._line_edit("unitEdit", 200)
        self.job_title_edit = self._line_edit("jobTitleEdit", 200)
        self.function_start = DateField("functionStartDateEdit", optional=True, parent=self)
        self.manager_edit = self._line_edit("managerEdit", 200)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.pas_check = QCheckBox(self)
        self.pas_check.setObjectName("chosePasCheck")

        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "birth_date": self.birth_date,
            "rijk_start_date": self.rijk_start,
            "organisation": self.organisation_edit,
            "unit": self.unit_edit,
            "job_title": self.job_title_edit,
            "function_start_date": self.function_start,
            "manager": self.manager_edit,
            "language": self.language_combo,
            "chose_pas": self.pas_check,
        }
        for key, widget in self.field_widgets.items():
            self._add_form_row(key, widget)

    def _add_form_row(self, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels[key] = label
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if key in ("language", "chose_pas", "rijk_start_date"):
            hint = QLabel(self)
            hint.setObjectName(f"{widget.objectName()}Hint")
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            self.hints[key] = hint
            box.addWidget(hint)
        error = FieldError(f"{widget.objectName().removesuffix('Edit')}Error", widget, self)
        self.errors.add(key, error)
        box.addWidget(error)
        self.form.addRow(label, box)

    def _build_form_buttons(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revertProfileButton")
        self.revert_button.clicked.connect(self.revert)
        self.form_status = QLabel(self)
        self.form_status.setObjectName("profileFormStatus")
        self.form_status.setProperty("role", "muted")
        self.form_status.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.form_status, 1)
        self.form.addRow("", buttons)

    # ---------------------------------------------------------------- building
    def _line_edit(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setClearButtonEnabled(True)
        return edit

    def _set_tab_order(self) -> None:
        chain = [
            self.start_again_button,
            self.name_edit,
            self.birth_date,
            self.rijk_start,
            self.organisation_edit,
            self.unit_edit,
            self.job_title_edit,
            self.function_start,
            self.manager_edit,
            self.language_combo,
            self.pas_check,
            self.save_button,
            self.revert_button,
            *self.employment.widgets(),
            *self.schedule.widgets(),
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_field(self, key: str, widget: QWidget) -> None:
        if isinstance(widget, DateField):  # a line edit too, but it says when its date changed
            widget.valueChanged.connect(partial(self._field_changed, key))
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(partial(self._field_changed, key))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(partial(self._field_changed, key))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(partial(self._field_changed, key))

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.frame.title.setText(self.tr("Profile"))
        self.frame.intro.setText(
            self.tr(
                "Your details, your employment and your work schedule. Rijkapp uses them to work "
                "out your leave, your IKB and your AOW date. Copy them from your payslip or from "
                "P-Direkt."
            )
        )
        self.start_again_button.setText(self.tr("Fill in your starting details again…"))
        self.start_again_button.setAccessibleName(self.tr("Fill in your starting details again"))
        self.start_again_hint.setText(
            self.tr(
                "Step by step: your details, your employment, your work schedule and your "
                "balance from P-Direkt."
            )
        )
        self.about_title.setText(self.tr("About you"))
        labels = {
            "name": (self.tr("&Name:"), self.tr("Name")),
            "birth_date": (self.tr("&Birth date:"), self.tr("Birth date")),
            "rijk_start_date": (self.tr("Start at the &Rijk:"), self.tr("Start at the Rijk")),
            "organisation": (self.tr("&Organisation:"), self.tr("Organisation")),
            "unit": (self.tr("&Unit:"), self.tr("Unit")),
            "job_title": (self.tr("&Job title:"), self.tr("Job title")),
            "function_start_date": (
                self.tr("Start in this &function:"),
                self.tr("Start in this function"),
            ),
            "manager": (self.tr("&Manager:"), self.tr("Manager")),
            "language": (self.tr("Preferred &language:"), self.tr("Preferred language")),
            "chose_pas": (self.tr("PAS:"), self.tr("Chose PAS before 2023")),
        }
        for key, (label, accessible) in labels.items():
            self.labels[key].setText(label)
            self.field_widgets[key].setAccessibleName(accessible)
        self.name_edit.setPlaceholderText(self.tr("First name and surname"))
        self.organisation_edit.setPlaceholderText(self.tr("for example Ministerie van BZK"))
        self.pas_check.setText(self.tr("I chose PAS or PAS-afbouw before 2023"))
        self.hints["rijk_start_date"].setText(
            self.tr("The first day you worked for the sector Rijk (any ministry or agency).")
        )
        self.hints["language"].setText(
            self.tr(
                "The language of documents Rijkapp makes for you, such as the PDF for your manager. "
                "The language of the window is chosen in the View menu."
            )
        )
        self.hints["chose_pas"].setText(
            self.tr(
                "PAS (Partiële Arbeidsparticipatie Senioren) was the scheme with which older "
                "employees worked fewer hours and kept part of their salary; PAS-afbouw is the "
                "phase-out of it. Tick this only if you were born before 1978 and chose PAS or "
                "PAS-afbouw before 1 January 2023. Then you get no extra IKB hours from the "
                "transition scheme (CAO Rijk 25.4)."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Discard changes"))
        self.revert_button.setToolTip(self.tr("Put the form back as it was last saved."))

        self.employment.title.setText(self.tr("Employment"))
        self.employment.intro.setText(
            self.tr(
                "Your terms of employment over time. Each record applies from its date until the "
                "next one. Add a record when your hours, scale or step change."
            )
        )
        self.employment.table.setAccessibleName(self.tr("Employment history"))
        self.employment.empty.setText(
            self.tr(
                "No employment filled in yet. Choose Add… and copy the details from your payslip."
            )
        )
        self.employment.add_button.setText(self.tr("Add…"))
        self.employment.add_button.setAccessibleName(self.tr("Add employment"))
        self.employment.edit_button.setText(self.tr("Change…"))
        self.employment.edit_button.setAccessibleName(self.tr("Change the selected employment"))
        self.employment.delete_button.setText(self.tr("Delete"))
        self.employment.delete_button.setAccessibleName(self.tr("Delete the selected employment"))

        self.schedule.title.setText(self.tr("Work schedule"))
        self.schedule.intro.setText(
            self.tr(
                "How many hours you work on each day of the week. Rijkapp counts leave in hours with "
                "it, so a day off on your free day costs no leave."
            )
        )
        self.schedule.table.setAccessibleName(self.tr("Work schedules"))
        self.schedule.empty.setText(
            self.tr("No work schedule filled in yet. Choose Add… to say on which days you work.")
        )
        self.schedule.add_button.setText(self.tr("Add…"))
        self.schedule.add_button.setAccessibleName(self.tr("Add work schedule"))
        self.schedule.edit_button.setText(self.tr("Change…"))
        self.schedule.edit_button.setAccessibleName(self.tr("Change the selected work schedule"))
        self.schedule.delete_button.setText(self.tr("Delete"))
        self.schedule.delete_button.setAccessibleName(self.tr("Delete the selected work schedule"))
        self.employment.model.retranslate()
        self.schedule.model.retranslate()
        self.validate()

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches(READS):
            self.refresh(reload_form=changes.touches({Area.PROFILE}))

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def refresh(self, reload_form: bool = True) -> None:
        if not self.context.is_open:
            return
        self.context.query(load_profile, partial(self._show, reload_form))

    def _show(self, reload_form: bool, data: ProfileData) -> None:
        with one_layout_pass(self.content):  # the parts shown, laid out once
            today = self.context.today()
            if data.has_profile and not self.context.exploring_example:
                self.context.own_has_profile = True
            self.employment.show_records(data.employment, today)
            self.schedule.show_records(data.schedules, today)
            if reload_form or (self.saved is None and data.has_profile):
                self.saved = data.profile if data.has_profile else None
                self.load_form(
                    data.profile if data.has_profile else Profile(language=self.context.language)
                )
        self.loaded.emit()

    def load_form(self, profile: Profile) -> None:
        self._loading = True
        today = self.context.today()
        self.birth_date.set_calendar_hint(date(today.year - 30, today.month, 1))
        self.rijk_start.set_calendar_hint(today)
        self.function_start.set_calendar_hint(today)
        try:
            self.name_edit.setText(profile.name)
            self.birth_date.set_value(profile.birth_date)
            self.rijk_start.set_value(profile.rijk_start_date)
            self.organisation_edit.setText(profile.organisation)
            self.unit_edit.setText(profile.unit)
            self.job_title_edit.setText(profile.job_title)
            self.function_start.set_value(profile.function_start_date)
            self.manager_edit.setText(profile.manager)
            index = self.language_combo.findData(profile.language)
            self.language_combo.setCurrentIndex(max(index, 0))
            self.pas_check.setChecked(profile.chose_pas)
            # A fresh form starts quiet; a saved one shows what is wrong straight away.
            self.errors.touched.clear()
            self.errors.show_all = self.saved is not None
        finally:
            self._loading = False
        self.validate()

    # ---------------------------------------------------------------- the form
    def form_profile(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            birth_date=self.birth_date.value(),
            rijk_start_date=self.rijk_start.value(),
            organisation=self.organisation_edit.text().strip(),
            unit=self.unit_edit.text().strip(),
            job_title=self.job_title_edit.text().strip(),
            function_start_date=self.function_start.value(),
            manager=self.manager_edit.text().strip(),
            language=str(self.language_combo.currentData() or "nl"),
            chose_pas=self.pas_check.isChecked(),
        )

    def _field_changed(self, key: str, *_args: object) -> None:
        if self._loading:
            return
        self.errors.touch(key)
        self.validate()

    def is_dirty(self) -> bool:
        return self.form_profile() != (self.saved or Profile(language=self.form_profile().language))

    def validate(self) -> bool:
        """Check the form with the core's rules; show each message beside its field."""
        profile = self.form_profile()
        messages = {  # text that is no date first: the form holds no date for it
            key: widget.problem()
            for key, widget in self.field_widgets.items()
            if isinstance(widget, DateField) and widget.problem()
        }
        for problem in validate_profile(profile, self.context.today()):
            if problem.field == "function_start_date" and profile.rijk_start_date:
                messages.setdefault(
                    problem.field,
                    arg(
                        self.tr(
                            "The start in this function lies before your start at the Rijk (%1)."
                        ),
                        fmt.day(profile.rijk_start_date),
                    ),
                )
            else:
                messages.setdefault(problem.field, problem.render_reason(fmt.language()))
        ok = self.errors.update(messages)
        dirty = self.is_dirty()
        self.save_button.setEnabled(ok and dirty and self.context.is_open)
        self.revert_button.setEnabled(dirty)
        if not ok and any(label.isVisibleTo(self) for label in self.errors.labels.values()):
            self.form_status.setText(
                self.tr("Some fields need your attention; see the messages above.")
            )
        elif not ok and self.saved is None:
            self.form_status.setText(self.tr("Fill in at least your name, then choose Save."))
        elif dirty:
            self.form_status.setText(self.tr("You have changes that are not saved yet."))
        elif self.saved is not None:
            self.form_status.setText(self.tr("Everything is saved."))
        else:
            self.form_status.setText("")
        return ok

    def save(self) -> None:
        if not self.validate():
            self.errors.show_all = True  # refused: say why beside every field
            self.validate()
            return
        if not self.is_dirty():
            return
        after = self.form_profile()
        before = self.saved
        message = self.tr("Profile saved.")
        self.errors.show_all = True
        if before is None:
            # The very first save creates the profile; there is nothing to go back to.
            self.context.write(
                edits.operation(Edit(None, after), today=self.context.today()),
                lambda _changes: self.context.status.emit(message),
            )
        else:
            self.context.undo_stack.push(
                EditCommand(self.context, Edit(before, after), self.tr("Save profile"), message)
            )
        self.saved = after  # the form is what is being saved; the reload confirms it
        self.validate()

    def revert(self) -> None:
        self.load_form(self.saved or Profile(language=self.context.language))

    def focus_first_field(self) -> None:
        """Show the page from the top, with the keyboard in the name field."""
        self.frame.scroll.verticalScrollBar().setValue(0)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_again(self) -> None:
        """The start, step by step, on what is there now (``ui.dialogs.first_run``)."""
        from ui.dialogs.first_run import open_start

        open_start(self.context, self, opened=self._start_opened)

    def _start_opened(self, dialog: FirstRunDialog) -> None:
        self.start_dialog = dialog

    # ---------------------------------------------------------------- records
    def _employment_texts(self) -> EditTexts:
        return EditTexts(
            add=self.tr("Add employment"),
            added=self.tr("Employment added."),
            change=self.tr("Change employment"),
            changed=self.tr("Employment changed."),
            delete=self.tr("Delete employment"),
            deleted=self.tr("Employment from %1 deleted. Undo with Ctrl+Z."),
        )

    def _schedule_texts(self) -> EditTexts:
        return EditTexts(
            add=self.tr("Add work schedule"),
            added=self.tr("Work schedule added."),
            change=self.tr("Change work schedule"),
            changed=self.tr("Work schedule changed."),
            delete=self.tr("Delete work schedule"),
            deleted=self.tr("Work schedule from %1 deleted. Undo with Ctrl+Z."),
        )

    # The parts the tests drive, by the names they have always had.
    @property
    def employment_model(self) -> DatedRecordsModel[Employment]:
        return self.employment.model

    @property
    def add_employment(self) -> QPushButton:
        return self.employment.add_button

    @property
    def employment_dialog(self) -> EmploymentDialog | None:
        dialog = self.employment.dialog
        return dialog if isinstance(dialog, EmploymentDialog) else None

    @property
    def add_schedule(self) -> QPushButton:
        return self.schedule.add_button

    @property
    def schedule_dialog(self) -> ScheduleDialog | None:
        dialog = self.schedule.dialog
        return dialog if isinstance(dialog, ScheduleDialog) else None

"""The start, step by step: about you, your employment, your week, your balance from P-Direkt.

Started from the welcome page's "New profile", again from the Profiel page, or (the last step
only) from the Overzicht when no balance was taken over yet. Each step is checked when you go on,
each message beside its field; Back, Next and Finish work from the keyboard (Enter goes on,
Escape cancels). The employment and schedule steps are the Profiel page's own dialogs, shown
inside this one, so they check and word everything the same way.

Nothing is written until Finish: then :class:`rijkapp.services.start.StartOperation` saves the
whole start in one transaction, so a cancelled start leaves nothing half done, and the
corrections that make the balance equal to P-Direkt are worked out against exactly what is
saved. Started again with a profile already there, the start can be undone in one step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rijkapp.domain.errors import RijkappError
from rijkapp.domain.records import Dossier, Employment, Profile, WorkSchedule
from rijkapp.rules.book import RuleBook
from rijkapp.services.changes import Changes
from rijkapp.services.profile import validate_profile
from rijkapp.services.start import Start, StartOperation, total_after, with_start
from rijkapp.services.start import take_over_rows as rows_on
from ui import formatting as fmt
from ui.context import AppContext
from ui.dialogs.dated import DatedRecordDialog
from ui.dialogs.employment import EmploymentDialog
from ui.dialogs.schedule import ScheduleDialog
from ui.text import Retranslatable, arg
from ui.undo import StartCommand
from ui.widgets.buttons import make_primary
from ui.widgets.date_edit import DateField
from ui.widgets.field_error import ErrorMap, FieldError
from ui.widgets.labels import plain_text
from ui.widgets.pdirekt_takeover import TakeOverStep

if TYPE_CHECKING:
    from rijkapp.services.changes import Store

PROFILE, EMPLOYMENT, SCHEDULE, BALANCE = range(4)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Snapshot:
    """What the start begins from: the stored dossier, whether a profile is there, the rules."""

    dossier: Dossier
    has_profile: bool
    book: RuleBook


def load_snapshot(store: Store) -> Snapshot:
    """Read the dossier once, on the data thread."""
    from rijkapp.rules import default_rulebook

    return Snapshot(store.dossier(), store.has_profile(), default_rulebook())


class ProfileStep(Retranslatable, QWidget):
    """Who you are: the fields of the profile the figures need, checked by the core."""

    def __init__(self, profile: Profile, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startProfileStep")
        self.base = profile
        self.today = today
        self.errors = ErrorMap()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.intro = plain_text("startProfileIntro", "intro", self)
        column.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        column.addLayout(form)
        column.addStretch(1)
        self.name_edit = QLineEdit(profile.name, self)
        self.name_edit.setObjectName("startNameEdit")
        self.name_edit.setMaxLength(200)
        self.birth_date = DateField("startBirthDateEdit", optional=True, parent=self)
        self.birth_date.set_value(profile.birth_date)
        self.birth_date.set_calendar_hint(date(today.year - 30, today.month, 1))
        self.rijk_start = DateField("startRijkStartEdit", optional=True, parent=self)
        self.rijk_start.set_value(profile.rijk_start_date)
        self.organisation_edit = QLineEdit(profile.organisation, self)
        self.organisation_edit.setObjectName("startOrganisationEdit")
        self.organisation_edit.setMaxLength(200)
        self.job_title_edit = QLineEdit(profile.job_title, self)
        self.job_title_edit.setObjectName("startJobTitleEdit")
        self.job_title_edit.setMaxLength(200)
        self.function_start = DateField("startFunctionStartEdit", optional=True, parent=self)
        self.function_start.set_value(profile.function_start_date)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "birth_date": self.birth_date,
            "rijk_start_date": self.rijk_start,
            "organisation": self.organisation_edit,
            "job_title": self.job_title_edit,
            "function_start_date": self.function_start,
        }
        self.labels: dict[str, QLabel] = {}
        for key, widget in self.fields.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            error = self.errors.add(key, FieldError(f"start_{key}Error", widget, self))
            form.addRow(label, widget)
            form.addRow(error)
            if isinstance(widget, DateField):  # a line edit too, but it says when its date changed
                widget.valueChanged.connect(lambda k=key: self._touched(k))
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, k=key: self._touched(k))
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Who you are. Only your name is needed; your birth date gives your AOW date and "
                "the start in your function the moment for a talk about your next step."
            )
        )
        texts = {
            "name": (self.tr("&Name:"), self.tr("Name")),
            "birth_date": (self.tr("&Birth date:"), self.tr("Birth date")),
            "rijk_start_date": (self.tr("Start at the &Rijk:"), self.tr("Start at the Rijk")),
            "organisation": (self.tr("&Organisation:"), self.tr("Organisation")),
            "job_title": (self.tr("&Job title:"), self.tr("Job title")),
            "function_start_date": (
                self.tr("Start in this &function:"),
                self.tr("Start in this function"),
            ),
        }
        for key, (label, name) in texts.items():
            self.labels[key].setText(label)
            self.fields[key].setAccessibleName(name)
        self.name_edit.setPlaceholderText(self.tr("First name and surname"))
        self.organisation_edit.setPlaceholderText(self.tr("for example Ministerie van BZK"))
        self.validate()

    def profile(self) -> Profile:
        return replace(
            self.base,
            name=self.name_edit.text().strip(),
            birth_date=self.birth_date.value(),
            rijk_start_date=self.rijk_start.value(),
            organisation=self.organisation_edit.text().strip(),
            job_title=self.job_title_edit.text().strip(),
            function_start_date=self.function_start.value(),
        )

    def _touched(self, key: str) -> None:
        self.errors.touch(key)
        self.validate()

    def validate(self) -> bool:
        messages = {  # text that is no date first: the form holds no date for it
            key: widget.problem()
            for key, widget in self.fields.items()
            if isinstance(widget, DateField) and widget.problem()
        }
        for problem in validate_profile(self.profile(), self.today):
            label = self.labels[problem.field].text().replace("&", "").rstrip(":")
            messages.setdefault(
                problem.field, arg(self.tr("%1: %2"), label, problem.render_reason(fmt.language()))
            )
        return self.errors.update(messages)

    def first_field(self) -> QWidget:
        return self.name_edit


class FirstRunDialog(Retranslatable, QDialog):
    """The steps of the start in one window; ``only_balance`` shows the P-Direkt step alone."""

    def __init__(
        self,
        context: AppContext,
        snapshot: Snapshot,
        *,
        only_balance: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setModal(True)
        self.context = context
        self.snapshot = snapshot
        self.only_balance = only_balance
        self.operation: StartOperation | None = None
        today = context.today()
        dossier = snapshot.dossier
        profile = dossier.profile if snapshot.has_profile else Profile(language=context.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("startStepLabel")
        self.step_label.setProperty("role", "hint")
        self.step_title = QLabel(self)
        self.step_title.setObjectName("startStepTitle")
        self.step_title.setProperty("role", "sectionTitle")
        self.step_title.setWordWrap(True)
        layout.addWidget(self.step_label)
        layout.addWidget(self.step_title)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("startSteps")
        layout.addWidget(self.stack, 1)

        self.profile_step = ProfileStep(profile, today)
        # Started again, the employment and week steps change the records in force last.
        latest_job = max(dossier.employment, key=lambda r: r.valid_from, default=None)
        latest_week = max(dossier.work_schedule, key=lambda r: r.valid_from, default=None)
        self.employment_form = EmploymentDialog(latest_job, dossier.employment, today)
        self.schedule_form = ScheduleDialog(latest_week, dossier.work_schedule, today)
        self.schedule_check = plain_text("startScheduleCheck", "hint", self)
        self.balance_step = TakeOverStep(snapshot.book, today)
        self.steps: list[QWidget] = [
            self._scrolled(self.profile_step),
            self._scrolled(self._embedded(self.employment_form)),
            self._scrolled(self._embedded(self.schedule_form, self.schedule_check)),
            self._scrolled(self.balance_step),
        ]
        for step in self.steps:
            self.stack.addWidget(step)
        self.order = [BALANCE] if only_balance else [PROFILE, EMPLOYMENT, SCHEDULE, BALANCE]
        self.position = 0
        self.new_job = latest_job is None
        self.new_week = latest_week is None
        for edit in self.schedule_form.day_edits:
            edit.textChanged.connect(self._check_week)

        self.problem = plain_text("startProblem", "error", self)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self._build_buttons())
        self.retranslate()
        self._fit_screen()
        self._prepare(self.current())
        self._show_step()

    # ---------------------------------------------------------------- building
    def _embedded(
        self,
        form: DatedRecordDialog[Employment] | DatedRecordDialog[WorkSchedule],
        *below: QWidget,
    ) -> QWidget:
        """A record dialog shown as a page of this one: no frame, no buttons of its own."""
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        form.setParent(host, Qt.WindowType.Widget)
        form.setModal(False)
        inner = form.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        form.buttons.hide()
        form.setMinimumWidth(0)
        form.installEventFilter(self)
        column.addWidget(form)
        for widget in below:
            widget.setParent(host)
            column.addWidget(widget)
        column.addStretch(1)
        return host

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of its own: Tab goes to the fields, and the area scrolls to the one in focus.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(widget)
        return area

    def _build_buttons(self) -> QWidget:
        row_host = QWidget(self)
        row = QHBoxLayout(row_host)
        row.setContentsMargins(0, 6, 0, 0)
        self.cancel_button = QPushButton(row_host)
        self.cancel_button.setObjectName("startCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(row_host)
        self.back_button.setObjectName("startBackButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(row_host)
        self.next_button.setObjectName("startNextButton")
        self.next_button.clicked.connect(self.next)
        make_primary(self.next_button)
        self.finish_button = QPushButton(row_host)
        self.finish_button.setObjectName("startFinishButton")
        self.finish_button.clicked.connect(self.finish)
        make_primary(self.finish_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            row.addWidget(button)
        return row_host

    def _fit_screen(self) -> None:
        """As wide as the employment form wants, never taller than the screen it opens on."""
        self.setMinimumWidth(640)
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        height = 700
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(720, max(height, 420))

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        if self.only_balance:
            self.setWindowTitle(self.tr("Take over the balance from P-Direkt"))
        elif self.snapshot.has_profile:
            self.setWindowTitle(self.tr("Fill in your starting details again"))
        else:
            self.setWindowTitle(self.tr("New profile"))
        self.setAccessibleName(self.windowTitle())
        self.cancel_button.setText(self.tr("Cancel"))
        self.back_button.setText(self.tr("Bac&k"))
        self.next_button.setText(self.tr("Ne&xt"))
        self.finish_button.setText(self.tr("F&inish"))
        # The name a screen reader says is the text on the button; what it does is its
        # description.
        for button, description in (
            (self.cancel_button, self.tr("Close without saving anything")),
            (self.back_button, self.tr("Back to the previous step")),
            (self.next_button, self.tr("Check this step and go to the next")),
            (self.finish_button, self.tr("Save everything and close")),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
        self.stack.setAccessibleName(self.tr("Steps"))
        self._show_titles()

    def _titles(self) -> dict[int, str]:
        return {
            PROFILE: self.tr("About you"),
            EMPLOYMENT: self.tr("Your employment"),
            SCHEDULE: self.tr("Your work schedule"),
            BALANCE: self.tr("Take over your balance from P-Direkt"),
        }

    def _show_titles(self) -> None:
        step = self.order[self.position]
        self.step_title.setText(self._titles()[step])
        self.step_label.setText(
            arg(self.tr("Step %1 of %2"), self.position + 1, len(self.order))
            if len(self.order) > 1
            else ""
        )
        self.step_label.setVisible(len(self.order) > 1)
        shown = self.stack.widget(step)
        if shown is not None:
            shown.setAccessibleName(self.step_title.text())

    # ---------------------------------------------------------------- moving
    def current(self) -> int:
        return self.order[self.position]

    def _show_step(self) -> None:
        step = self.current()
        self.stack.setCurrentIndex(step)
        last = self.position == len(self.order) - 1
        self.back_button.setVisible(self.position > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.next_button.setDefault(not last)
        self.finish_button.setDefault(last)
        self._show_titles()
        self.problem.hide()
        self.first_field(step).setFocus(Qt.FocusReason.TabFocusReason)

    def first_field(self, step: int) -> QWidget:
        if step == PROFILE:
            return self.profile_step.first_field()
        if step == EMPLOYMENT:
            return self.employment_form.valid_from
        if step == SCHEDULE:
            return self.schedule_form.valid_from
        return self.balance_step.first_field()

    def next(self) -> None:
        if not self._step_ok(self.current()) or self.position == len(self.order) - 1:
            return
        self.position += 1
        self._prepare(self.current())
        self._show_step()

    def back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show_step()

    def _step_ok(self, step: int) -> bool:
        """Check a step; when something is wrong, show every message and go to the field."""
        if step == PROFILE:
            self.profile_step.errors.show_all = True
            ok = self.profile_step.validate()
            errors = self.profile_step.errors
        elif step in (EMPLOYMENT, SCHEDULE):
            form = self.employment_form if step == EMPLOYMENT else self.schedule_form
            form.errors.show_all = True
            ok = form.validate()
            errors = form.errors
        else:
            self.balance_step.errors.show_all = True
            ok = self.balance_step.validate()
            errors = self.balance_step.errors
        if not ok:
            wrong = next((label for label in errors.labels.values() if label.text()), None)
            if wrong is not None:
                # As Tab would: the whole value selected, so typing replaces it.
                wrong.field.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(wrong.field, QLineEdit | QAbstractSpinBox):
                    wrong.field.selectAll()
        return ok

    def _prepare(self, step: int) -> None:
        """Fill a step from the ones before it, where the user has not touched it yet."""
        if step == EMPLOYMENT and self.new_job and not self.employment_form.errors.touched:
            start = self.profile_step.profile().rijk_start_date
            january = date(self.context.today().year, 1, 1)
            self.employment_form.valid_from.set_value(max(january, start or january))
            self.employment_form.errors.touched.clear()
        if step == SCHEDULE and self.new_week and not self.schedule_form.errors.touched:
            job = self.employment_form.record()
            if job is not None:
                self.schedule_form.valid_from.set_value(job.valid_from)
                day = job.hours_per_week / 5
                for index, edit in enumerate(self.schedule_form.day_edits):
                    edit.setText(fmt.number(day, 2) if index < 5 else "0")
            self.schedule_form.errors.touched.clear()
            self.schedule_form.validate()
        if step == BALANCE:
            self.balance_step.set_dossier(with_start(self.snapshot.dossier, self.start()))
        self._check_week()

    def _check_week(self, *_args: object) -> None:
        """Say so when the week does not add up to the hours of the employment."""
        job, week = self.employment_form.record(), self.schedule_form.record()
        if job is None or week is None or week.hours_per_week == job.hours_per_week:
            self.schedule_check.setText("")
            self.schedule_check.hide()
            return
        self.schedule_check.setText(
            arg(
                self.tr(
                    "Your week adds up to %1, your employment to %2 per week. Check your hours "
                    "per day if that is not right."
                ),
                fmt.hours(week.hours_per_week),
                fmt.hours(job.hours_per_week),
            )
        )
        self.schedule_check.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Escape inside a step shown from another dialog act on this one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in ENTER_KEYS:
                (self.finish_button if self.finish_button.isVisible() else self.next_button).click()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- saving
    def start(self) -> Start:
        """The start as filled in; the balance part only once that step has been reached."""
        if self.only_balance:
            base = Start(profile=self.snapshot.dossier.profile)
        else:
            base = Start(
                profile=self.profile_step.profile(),
                employment=self.employment_form.record(),
                schedule=self.schedule_form.record(),
            )
        if self.current() != BALANCE:
            return base
        entered, _unreadable = self.balance_step.entered()
        on = self.balance_step.on()
        return replace(
            base,
            balances_on=on if entered else None,
            entered=tuple(entered.items()),
            note=arg(self.tr("Balance taken over from P-Direkt on %1"), fmt.day(on)),
        )

    def finish(self) -> None:
        if self.operation is not None or not self._step_ok(self.current()):
            return
        start = self.start()
        self.operation = StartOperation(start, today=self.context.today())
        for button in (self.back_button, self.finish_button, self.cancel_button):
            button.setEnabled(False)
        self.context.write(self.operation, self._saved, self._refused)

    def _saved(self, _changes: Changes) -> None:
        operation = self.operation
        assert operation is not None
        message = self._done_message(operation.start)
        if self.snapshot.has_profile and operation.edits:
            self.context.undo_stack.push(
                StartCommand(self.context, operation.edits, self.windowTitle(), message)
            )
        if not self.snapshot.has_profile:
            self.context.own_has_profile = not self.context.exploring_example
        self.context.status.emit(message)
        self.accept()

    def _done_message(self, start: Start) -> str:
        if start.balances_on is None:
            return self.tr("Your starting details are saved.")
        rows = rows_on(
            with_start(self.snapshot.dossier, start),
            start.balances_on,
            dict(start.entered),
            self.snapshot.book,
        )
        return arg(
            self.tr("Saved. Your leave balance on %1 is %2, as in P-Direkt."),
            fmt.day(start.balances_on),
            fmt.hours(total_after(rows)),
        )

    def _refused(self, error: BaseException) -> None:
        """A refusal of the core is said here and the start stays open; anything else is a bug."""
        if not isinstance(error, RijkappError):
            self.context.operations.unhandled.emit(error)
        self.operation = None
        for button in (self.back_button, self.finish_button, self.cancel_button):
            button.setEnabled(True)
        self.problem.setText(fmt.reason(error))
        self.problem.show()


def open_start(
    context: AppContext,
    parent: QWidget,
    *,
    only_balance: bool = False,
    opened: Callable[[FirstRunDialog], None] | None = None,
) -> None:
    """Read what the start begins from, then open it on ``parent``; ``opened`` gets the dialog."""

    def show(snapshot: Snapshot) -> None:
        dialog = FirstRunDialog(context, snapshot, only_balance=only_balance, parent=parent)
        dialog.finished.connect(dialog.deleteLater)
        if opened is not None:
            opened(dialog)
        dialog.open()

    context.query(load_snapshot, show)

"""The date field, typed into with real keys: every form gives the date, Tab always moves on, the
calendar opens where it makes sense, and text that is no date says so and is never saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from rijkapp.domain.records import Profile
from tests.helpers import TODAY
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.sessions import OpenData
from ui.widgets.date_edit import DateField

if TYPE_CHECKING:
    from ui.app import Rijkapp
    from ui.pages.profiel import ProfielPage

MARCH_12 = date(1985, 3, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
# The offscreen platform cannot raise a popup or grab the keyboard for it; the calendar works.
POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


class Form(QWidget):
    """An empty optional date field between two text fields, as on a form."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.before = QLineEdit(self)
        self.field = DateField("birthDateEdit", optional=True, parent=self)
        self.after = QLineEdit(self)
        for widget in (self.before, self.field, self.after):
            layout.addWidget(widget)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    shown = Form()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.field.setFocus()
    qtbot.waitUntil(shown.field.hasFocus)
    yield shown
    if shown.field.popup is not None:
        shown.field.popup.close()


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _type_and_tab(qtbot: QtBot, field: DateField, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    "text",
    [
        "12031985",
        "12-3-1985",
        "12-03-1985",
        "12/03/1985",
        "12.03.1985",
        "12 3 1985",
        "1985-03-12",
    ],
)
def test_each_typed_form_gives_the_date(qtbot: QtBot, form: Form, text: str) -> None:
    changes: list[date | None] = []
    form.field.valueChanged.connect(lambda: changes.append(form.field.value()))
    _type_and_tab(qtbot, form.field, text)
    assert form.field.value() == MARCH_12
    assert form.field.text() == "12-03-1985"  # shown the one way once the field is left
    assert form.field.problem() == ""
    assert _focused() is form.after
    assert changes  # said as soon as the typing made a date (1985-03-1 is one already)
    assert all(isinstance(value, date) for value in changes)  # half-typed text is not said
    assert changes[-1] == MARCH_12


def test_enter_shows_the_date_in_full(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(form.field, "1-2-2000")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.field.text() == "01-02-2000"
    assert form.field.value() == date(2000, 2, 1)


@pytest.mark.parametrize("text", ["", "31-02-2026", "abc", "12-03-85", "1203"])
def test_tab_leaves_an_empty_or_wrong_field(qtbot: QtBot, form: Form, text: str) -> None:
    _type_and_tab(qtbot, form.field, text)
    assert _focused() is form.after
    assert form.field.value() is None  # no date pretended
    assert form.field.text() == text  # what was typed stays, to be put right
    assert bool(form.field.problem()) == bool(text)
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab)
    assert _focused() is form.field
    qtbot.keyClick(form.field, Qt.Key.Key_Backtab)
    assert _focused() is form.before


def test_half_typed_text_is_called_wrong_only_when_the_field_is_left(
    qtbot: QtBot, form: Form
) -> None:
    said: list[str] = []
    form.field.valueChanged.connect(lambda: said.append(form.field.problem()))
    qtbot.keyClicks(form.field, "1203")
    assert said == []  # still typing
    assert form.field.problem()  # but a save now would be refused
    qtbot.keyClick(form.field, Qt.Key.Key_Tab)
    assert said == [form.field.problem()]


@POPUP_NOISE
def test_an_empty_field_opens_the_calendar_on_today_or_on_the_hint(
    qtbot: QtBot, form: Form
) -> None:
    qtbot.keyClick(form.field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.field.popup
    assert popup is not None and popup.isVisible()
    today = date.today()  # noqa: DTZ011 - a field without a hint opens on the computer's today
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert _focused() is form.field
    assert form.field.value() is None  # Escape picks nothing

    form.field.set_calendar_hint(date(1996, 11, 1))
    qtbot.keyClick(form.field, Qt.Key.Key_F4)
    assert popup.isVisible()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (1996, 11)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter picks the day
    assert not popup.isVisible()
    assert form.field.value() == date(1996, 11, 2)
    assert form.field.text() == "02-11-1996"
    assert _focused() is form.field


@POPUP_NOISE
def test_the_calendar_opens_on_the_date_typed(qtbot: QtBot, form: Form) -> None:
    form.field.set_calendar_hint(date(1996, 11, 1))
    qtbot.keyClicks(form.field, "7-5-2019")
    qtbot.keyClick(form.field, Qt.Key.Key_F4)
    popup = form.field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == date(2019, 5, 7)


def test_the_field_says_its_format_to_a_screen_reader(form: Form) -> None:
    form.field.setAccessibleName("Birth date")
    assert "12-03-1985" in form.field.accessibleDescription()
    assert form.field.accessibleName() == "Birth date"


# ---------------------------------------------------------------------------- in the Profiel page


def _open_profiel(
    start_app: StartApp,
    make_session: OpenData,
    qtbot: QtBot,
    tmp_path: Path,
    language: str = "nl",
) -> tuple[Rijkapp, ProfielPage]:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data", language=language)
    app.window.show_page("profiel")
    wait_idle(qtbot, app)
    app.window.activateWindow()
    return app, app.window.profiel


def _stored_profile(qtbot: QtBot, app: Rijkapp) -> Profile:
    found: list[Profile] = []
    app.context.query(lambda store: store.profile(), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


def _retype(qtbot: QtBot, field: DateField, text: str) -> None:
    """Go to ``field``, select what it holds and type ``text`` over it (empty: delete it)."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    "typed",
    [
        ("31-02-2026", "Deze datum bestaat niet. Typ een datum als 12-03-1985."),
        ("abc", "Typ een datum als 12-03-1985."),
        ("17-05-84", "Typ het jaar met vier cijfers, zoals 12-03-1985."),
    ],
)
def test_a_wrong_birth_date_says_so_and_is_not_saved(
    start_app: StartApp,
    make_session: OpenData,
    qtbot: QtBot,
    tmp_path: Path,
    typed: tuple[str, str],
) -> None:
    text, message = typed
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    before = _stored_profile(qtbot, app)
    assert before.birth_date is not None
    _retype(qtbot, page.birth_date, text)
    qtbot.keyClick(page.birth_date, Qt.Key.Key_Tab)
    assert _focused() is page.rijk_start
    error = page.errors.labels["birth_date"]
    assert error.isVisible()
    assert error.text() == message
    assert page.birth_date.accessibleDescription().startswith(message)
    assert not page.save_button.isEnabled()

    page.save()  # as Alt+S would, were the button enabled
    wait_idle(qtbot, app)
    assert _stored_profile(qtbot, app) == before
    assert page.birth_date.text() == text  # left for the user to put right


def test_save_while_still_typing_is_refused_with_the_message(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    before = _stored_profile(qtbot, app)
    page.manager_edit.setText("Iemand anders")
    assert page.save_button.isEnabled()
    _retype(qtbot, page.function_start, "1-1-20")  # focus stays in the field
    page.save()
    wait_idle(qtbot, app)
    assert _stored_profile(qtbot, app) == before
    error = page.errors.labels["function_start_date"]
    assert error.isVisible()
    assert error.text() == "Typ het jaar met vier cijfers, zoals 12-03-1985."


def test_an_optional_date_can_be_emptied_and_saved_empty(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    assert page.function_start.value() is not None
    _retype(qtbot, page.function_start, "")
    qtbot.keyClick(page.function_start, Qt.Key.Key_Tab)
    assert _focused() is page.manager_edit
    assert page.function_start.value() is None
    assert not page.errors.labels["function_start_date"].isVisible()
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert _stored_profile(qtbot, app).function_start_date is None

    _retype(qtbot, page.function_start, "01022021")  # and filled in again by typing
    qtbot.keyClick(page.function_start, Qt.Key.Key_Tab)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert _stored_profile(qtbot, app).function_start_date == date(2021, 2, 1)


@POPUP_NOISE
def test_an_empty_birth_date_opens_the_calendar_thirty_years_back(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    _retype(qtbot, page.birth_date, "")
    qtbot.keyClick(page.birth_date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = page.birth_date.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year - 30, TODAY.month)
    assert calendar.accessibleName() == "Kalender"
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert not popup.isVisible()

    _retype(qtbot, page.rijk_start, "")  # other dates: the month of today
    qtbot.keyClick(page.rijk_start, Qt.Key.Key_F4)
    popup = page.rijk_start.popup
    assert popup is not None and popup.isVisible()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (TODAY.year, TODAY.month)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)


def test_a_wrong_last_working_day_stops_the_employment_dialog(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    qtbot.mouseClick(page.add_employment, Qt.MouseButton.LeftButton)
    dialog = page.employment_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.hours_edit.setText("36")
    dialog.salary_edit.setText("4.871,00")
    assert dialog.ok_button.isEnabled(), dialog.errors.messages
    dialog.end_date.setFocus()
    qtbot.waitUntil(dialog.end_date.hasFocus)
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Tab)  # empty: Tab moves on, nothing to say
    assert not dialog.end_date.hasFocus()
    assert dialog.ok_button.isEnabled()

    _retype(qtbot, dialog.end_date, "31-06-2027")
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Tab)
    error = dialog.errors.labels["end_date"]
    assert error.isVisible()
    assert error.text() == "Deze datum bestaat niet. Typ een datum als 12-03-1985."
    assert not dialog.ok_button.isEnabled()
    assert dialog.record() is None

    _retype(qtbot, dialog.end_date, "30-6-2027")
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Tab)
    record = dialog.record()
    assert record is not None and record.end_date == date(2027, 6, 30)
    assert dialog.end_date.text() == "30-06-2027"
    dialog.reject()


def test_the_message_is_english_in_an_english_window(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path, language="en")
    _retype(qtbot, page.birth_date, "31-02-2026")
    qtbot.keyClick(page.birth_date, Qt.Key.Key_Tab)
    error = page.errors.labels["birth_date"]
    assert error.text() == "This date does not exist. Type a date like 12-03-1985."
    assert page.birth_date.placeholderText() == "dd-mm-yyyy"


def test_a_wrong_birth_date_keeps_the_new_profile_on_its_first_step(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data")
    window = app.window
    window.welcome.new_button.setFocus()
    qtbot.keyClick(window.welcome.new_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.start_dialog is not None, timeout=10_000)
    dialog = window.start_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    step = dialog.profile_step
    qtbot.keyClicks(step.name_edit, "Noor Bakker")
    qtbot.keyClick(step.name_edit, Qt.Key.Key_Tab)
    assert _focused() is step.birth_date
    qtbot.keyClicks(step.birth_date, "3-4-85")
    qtbot.keyClick(step.birth_date, Qt.Key.Key_Return)  # Enter: on to the next step, if it may
    error = step.errors.labels["birth_date"]
    assert error.isVisible()
    assert error.text() == "Typ het jaar met vier cijfers, zoals 12-03-1985."
    assert dialog.profile_step.isVisible()  # still the first step
    assert _focused() is step.birth_date
    dialog.reject()

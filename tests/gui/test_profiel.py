"""Profiel: live validation in the words of the core, nothing saved half, undo for saved edits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rijkapp.domain.records import Employment, Profile
from rijkapp.services.profile import validate_profile
from tests.helpers import PASSPHRASE, TODAY
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData

if TYPE_CHECKING:
    from ui.app import Rijkapp
    from ui.pages.profiel import ProfielPage


def _open_profiel(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> tuple[Rijkapp, ProfielPage]:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    app.window.show_page("profiel")
    wait_idle(qtbot, app)
    return app, app.window.profiel


def test_empty_name_disables_save_and_says_why(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    assert page.name_edit.text() == "Sanne de Vries"
    assert not page.save_button.isEnabled()  # nothing changed yet

    page.name_edit.setText("Sanne")
    assert page.save_button.isEnabled()
    page.name_edit.setText("")
    assert not page.save_button.isEnabled()
    error = child(page, type(page.errors.labels["name"]), "nameError")
    assert error.isVisible()
    expected = validate_profile(Profile(name=""), TODAY)[0]
    assert error.text() == expected.reason
    assert page.name_edit.accessibleDescription() == expected.reason

    page.name_edit.setText("Sanne de Vries")
    assert not error.isVisible()


def test_birth_date_in_the_future_is_refused(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    page.birth_date.set_value(date(2030, 1, 1))
    assert not page.save_button.isEnabled()
    assert page.errors.labels["birth_date"].isVisible()


def test_salary_abc_is_refused_with_the_field_named(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    qtbot.mouseClick(page.add_employment, Qt.MouseButton.LeftButton)
    dialog = page.employment_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.hours_edit.setText("32")
    dialog.salary_edit.setText("4.871,00")
    assert dialog.ok_button.isEnabled(), dialog.errors.messages
    dialog.salary_edit.setText("abc")
    error = child(dialog, type(dialog.errors.labels["monthly_salary_fulltime"]), "salaryError")
    assert error.isVisible()
    field = dialog.labels["monthly_salary_fulltime"].text().replace("&", "").rstrip(":")
    assert error.text().startswith(field)
    assert not dialog.ok_button.isEnabled()
    assert dialog.record() is None
    dialog.salary_edit.setText("4.871,00")
    assert not error.isVisible()
    record = dialog.record()
    assert record is not None and record.monthly_salary_fulltime == Decimal("4871.00")
    dialog.reject()


def test_employment_added_through_the_dialog(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    before = page.employment_model.rowCount()
    qtbot.mouseClick(page.add_employment, Qt.MouseButton.LeftButton)
    dialog = page.employment_dialog
    assert dialog is not None
    dialog.valid_from.set_value(date(2027, 1, 1))
    dialog.hours_edit.setText("36")
    dialog.scale_spin.setValue(11)
    dialog.step_spin.setValue(7)
    dialog.salary_edit.setText("5.020,50")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert page.employment_model.rowCount() == before + 1
    added = page.employment_model.records()[-1]
    assert added == Employment(
        added.id,
        date(2027, 1, 1),
        Decimal("36.00"),
        11,
        7,
        Decimal("5020.50"),
        Decimal("0.00"),
        None,
    )

    # Saved changes can be undone (Bewerken > Ongedaan maken).
    app.window.undo_action.trigger()
    wait_idle(qtbot, app)
    assert page.employment_model.rowCount() == before


def test_schedule_dialog_shows_the_weekly_total(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    qtbot.mouseClick(page.add_schedule, Qt.MouseButton.LeftButton)
    dialog = page.schedule_dialog
    assert dialog is not None
    for edit, text in zip(dialog.day_edits, ("8", "8", "8", "8", "4", "0", "0"), strict=True):
        edit.setText(text)
    assert "36\N{NO-BREAK SPACE}uur" in dialog.total.text()
    dialog.day_edits[2].setText("25")
    assert not dialog.ok_button.isEnabled()
    assert dialog.day_errors[2].isVisible()
    dialog.day_edits[2].setText("acht")
    assert "acht" not in dialog.day_errors[2].text()
    assert dialog.day_errors[2].isVisible()
    dialog.reject()


def test_valid_edit_is_saved_and_kept(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    page.name_edit.setText("Sanne de Vries-Jansen")
    page.unit_edit.setText("DG Digitalisering")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert not page.is_dirty()
    assert not page.save_button.isEnabled()
    app.close()

    reopened = make_session(tmp_path / "data", passphrase=PASSPHRASE)
    profile = reopened.store.profile()
    assert profile.name == "Sanne de Vries-Jansen"
    assert profile.unit == "DG Digitalisering"
    assert profile.birth_date == date(1984, 5, 17)  # untouched fields stay as they were


def test_saving_the_profile_can_be_undone(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    page.manager_edit.setText("Fatima El Amrani")
    page.save()
    wait_idle(qtbot, app)
    assert page.manager_edit.text() == "Fatima El Amrani"
    assert app.context.undo_stack.canUndo()
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    assert page.manager_edit.text() == "Bram Jansen"


def test_discard_puts_the_form_back(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _app, page = _open_profiel(start_app, make_session, qtbot, tmp_path)
    page.job_title_edit.setText("Teamleider")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.job_title_edit.text() == "Senior beleidsmedewerker"
    assert not page.is_dirty()

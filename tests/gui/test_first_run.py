"""The start, step by step with the keyboard, ends with the balance P-Direkt shows.

A new user on 1 December 2026 with 32 hours a week (Monday to Thursday 8 hours) copies today's
P-Direkt figures, 37,5 statutory hours and 60 IKB-uren, and sees exactly those on Verlof and on
the Overzicht. Without them the ledger would count the whole year as untouched.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rijkapp.domain.records import Bucket
from tests.helpers.gui import StartApp, child, wait_idle
from tests.helpers.sessions import OpenData
from ui import formatting as fmt
from ui.main_window import WELCOME, WORKSPACE

if TYPE_CHECKING:
    from ui.app import Rijkapp
    from ui.dialogs.first_run import FirstRunDialog
    from ui.main_window import MainWindow
    from ui.pages.profiel import ProfielPage

DECEMBER = date(2026, 12, 1)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    """Type into the field with the focus (ASCII only: see the toolchain notes)."""
    qtbot.keyClicks(_focused(), text)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focused(), key)


def _alt(qtbot: QtBot, key: Qt.Key) -> None:
    """The underlined letter of a label: the keyboard's way to its field."""
    qtbot.keyClick(_focused(), key, Qt.KeyboardModifier.AltModifier)


def _dialog(qtbot: QtBot, holder: MainWindow | ProfielPage) -> FirstRunDialog:
    """The start, once it has read the data and opened on ``holder``."""
    qtbot.waitUntil(lambda: holder.start_dialog is not None, timeout=10_000)
    dialog = holder.start_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


def _tab_to(qtbot: QtBot, field: QWidget) -> None:
    """Tab until ``field`` has the focus (a date field may take a Tab per part of the date)."""
    for _press in range(4):
        if _focused() is field:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is field


def _hours(value: str) -> str:
    return fmt.hours(Decimal(value))


def _shows(qtbot: QtBot, parent: QWidget, name: str, hours: str) -> None:
    """The label ``name`` comes to show ``hours`` (pages refresh from the data thread, and
    some rebuild their labels when they do)."""

    def shown() -> bool:
        labels = [w for w in parent.findChildren(QLabel, name) if w.isVisible()]
        return [w.text() for w in labels] == [_hours(hours)]

    qtbot.waitUntil(shown, timeout=10_000)


def _walk_the_start(qtbot: QtBot, app: Rijkapp) -> FirstRunDialog:
    window = app.window
    window.welcome.new_button.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # a welcome card opens with Enter
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle() == "Nieuw profiel"

    # Step 1: the dialog starts on its first field; Enter goes on once the name is there.
    assert _focused() is dialog.profile_step.name_edit
    _key(qtbot, Qt.Key.Key_Return)
    name_error = dialog.profile_step.errors.labels["name"]
    assert name_error.isVisible() and name_error.text().startswith("Naam")
    _type(qtbot, "Noor Bakker")
    _key(qtbot, Qt.Key.Key_Return)

    # Step 2: the employment, from 1 January; scale and step must be chosen.
    form = dialog.employment_form
    assert dialog.step_title.text() == "Je dienstverband"
    assert _focused() is form.valid_from
    assert form.valid_from.value() == date(2026, 1, 1)
    _alt(qtbot, Qt.Key.Key_U)  # &Uren per week
    assert _focused() is form.hours_edit
    _type(qtbot, "32")
    assert "0,8889" in form.hours_hint.text()
    _key(qtbot, Qt.Key.Key_Return)
    scale_error = form.errors.labels["scale"]
    assert scale_error.isVisible() and scale_error.text().startswith("Schaal")
    assert _focused() is form.scale_spin
    _type(qtbot, "10")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "6")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is form.salary_edit
    assert child(form, QLabel, "salaryEuroLabel").text() == "€"
    assert "36 uur" in form.salary_hint.text() and "Salaris" in form.salary_hint.text()
    _type(qtbot, "4.200,00")
    _key(qtbot, Qt.Key.Key_Return)
    assert form.errors.messages == {}, form.errors.messages

    # Step 3: the week, Monday to Thursday 8 hours.
    week = dialog.schedule_form
    assert dialog.step_title.text() == "Je werkrooster"
    assert week.valid_from.value() == date(2026, 1, 1)
    _alt(qtbot, Qt.Key.Key_M)  # &ma
    for text in ("8", "8", "8", "8", "0"):
        _type(qtbot, text)
        _key(qtbot, Qt.Key.Key_Tab)
    assert "32\N{NO-BREAK SPACE}uur" in week.total.text()
    assert not dialog.schedule_check.isVisible()  # the week adds up to the contract
    _key(qtbot, Qt.Key.Key_Return)

    # Step 4: today's figures from P-Direkt, per kind.
    step = dialog.balance_step
    assert dialog.step_title.text() == "Neem je saldo over uit P-Direkt"
    assert step.on() == DECEMBER
    assert dialog.finish_button.isVisible() and not dialog.next_button.isVisible()
    labels = [row.label.text() for row in step.rows]
    assert labels[:3] == ["Wettelijke uren 2026:", "Wettelijke uren 2025:", "IKB-uren 2026:"]
    assert _focused() is step.on_edit  # the day first, then the hours
    _tab_to(qtbot, step.rows[0].edit)
    _type(qtbot, "37,5")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is step.rows[2].edit
    _type(qtbot, "60")
    assert "97,5\N{NO-BREAK SPACE}uur" in step.summary.text()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, app)
    return dialog


def test_a_new_user_walks_the_start_and_sees_the_p_direkt_figures(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data", today=DECEMBER)
    window = app.window
    assert window.shell.currentIndex() == WELCOME
    _walk_the_start(qtbot, app)

    assert window.shell.currentIndex() == WORKSPACE
    assert window.current_page_key() == "overview"
    wait_idle(qtbot, app)
    _shows(qtbot, window, "leaveTotalTileValue", "97.5")
    card = window.overview.missing_card
    assert card.isVisible()
    assert card.missing == (card.missing[0],) and card.missing[0].value == "ikb_choices"
    assert not child(window, QPushButton, "missingButton_pdirekt").isVisible()

    window.show_page("verlof")
    wait_idle(qtbot, app)
    page = window.pages["verlof"]
    _shows(qtbot, page, "bucketHours_wettelijk_2026", "37.5")
    _shows(qtbot, page, "bucketHours_ikb_uren_2026", "60")
    _shows(qtbot, page, "totalValue", "97.5")


def test_the_start_again_from_profiel_takes_over_a_new_balance_and_can_be_undone(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data", today=DECEMBER)
    _walk_the_start(qtbot, app)
    window = app.window
    window.show_page("profiel")
    wait_idle(qtbot, app)
    profiel = window.profiel
    qtbot.keyClick(profiel.start_again_button, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, profiel)
    assert dialog.windowTitle() == "Startgegevens opnieuw invullen"
    assert dialog.profile_step.name_edit.text() == "Noor Bakker"
    for _step in range(3):  # what is there already is filled in
        _key(qtbot, Qt.Key.Key_Return)
    assert dialog.employment_form.scale_spin.value() == 10
    step = dialog.balance_step
    assert step.rows[0].effect.text() == f"Rijkapp komt uit op {_hours('37.5')}."
    _tab_to(qtbot, step.rows[0].edit)
    _type(qtbot, "30")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, app)

    window.show_page("verlof")
    wait_idle(qtbot, app)
    page = window.pages["verlof"]
    _shows(qtbot, page, "bucketHours_wettelijk_2026", "30")
    _shows(qtbot, page, "bucketHours_ikb_uren_2026", "60")

    app.context.undo_stack.undo()  # the whole start again, in one step
    wait_idle(qtbot, app)
    _shows(qtbot, page, "bucketHours_wettelijk_2026", "37.5")


def test_the_balance_alone_from_the_overzicht(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "data", example=True)
    session.store.db.conn.execute("DELETE FROM leave_balances")
    session.close()
    app = start_app(tmp_path / "data", today=DECEMBER)
    window = app.window
    wait_idle(qtbot, app)
    button = child(window, QPushButton, "missingButton_pdirekt")
    assert button.isVisible()
    assert button.text() == "Saldo overnemen uit P-Direkt…"
    button.click()
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle() == "Saldo overnemen uit P-Direkt"
    assert not dialog.step_label.isVisible() and not dialog.back_button.isVisible()
    step = dialog.balance_step
    lots = [row.lot for row in step.rows]
    assert lots.index((Bucket.WETTELIJK, 2026)) == 0
    _tab_to(qtbot, step.rows[0].edit)
    _type(qtbot, "abc")
    _key(qtbot, Qt.Key.Key_Return)
    error = step.rows[0].error
    assert error.isVisible() and error.text().startswith("Wettelijke uren 2026")
    assert dialog.isVisible()
    step.rows[0].edit.setText("12")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, app)
    assert not button.isVisible()


def test_leaving_the_example_shows_every_page_from_the_top(
    start_app: StartApp, qtbot: QtBot, tmp_path: Path
) -> None:
    app = start_app(tmp_path / "data")
    window = app.window
    window.explore_example()
    qtbot.waitUntil(lambda: window.shell.currentIndex() == WORKSPACE, timeout=10_000)
    window.show_page("profiel")
    wait_idle(qtbot, app)
    bar = window.profiel.frame.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.leave_example()
    qtbot.waitUntil(lambda: window.shell.currentIndex() == WELCOME, timeout=10_000)
    assert bar.value() == 0
    window.start_new_profile()
    dialog = _dialog(qtbot, window)
    assert _focused() is dialog.profile_step.name_edit
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Escape)
    assert window.shell.currentIndex() == WELCOME


def test_a_new_employment_row_copies_the_latest(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    window = app.window
    window.show_page("profiel")
    wait_idle(qtbot, app)
    page = window.profiel
    latest = max(page.employment_model.records(), key=lambda e: e.valid_from)
    page.add_employment.click()
    dialog = page.employment_dialog
    assert dialog is not None
    assert (dialog.scale_spin.value(), dialog.step_spin.value()) == (latest.scale, latest.step)
    assert dialog.salary_edit.text() == fmt.number(latest.monthly_salary_fulltime, 2)
    assert dialog.valid_from.value() == app.context.today().replace(day=1)
    dialog.reject()

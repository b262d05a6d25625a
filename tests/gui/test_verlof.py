"""Verlof: balances per kind of hours, the live cost of new leave, saving, deleting, the check
against P-Direkt and the calendar export, on a dossier whose figures are worked out by hand.

The known dossier (full time, 36 hours, 5 × 7,2 hours, from 1 January 2025):

* statutory hours 144 a year, IKB-uren 64 a year (born 1990: no transition hours);
* taken 4–15 August 2025: 10 working days × 7,2 = 72,00 hours;
* planned 20–24 July 2026: 5 × 7,2 = 36,00 hours, taken from the oldest hours (2025).

On 28 November 2026 (TODAY): statutory 2025 = 144 − 72 − 36 = 36,00 (expires 1 January 2027);
statutory 2026 = 144,00; IKB-uren 2026 = 64,00; spaarverlof = the IKB-uren of 2025 = 64,00.
Total 36 + 144 + 64 + 64 = 308,00 hours.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rijkapp.domain.records import (
    Bucket,
    Employment,
    LeaveBalance,
    LeaveEntry,
    LeaveStatus,
    Profile,
    WorkSchedule,
)
from rijkapp.formatting import hours as hours_in
from tests.helpers import TODAY
from tests.helpers.gui import wait_idle
from tests.unit.leave_fixtures import H
from ui import formatting as fmt

FIVE_DAYS = (H("7.2"),) * 5 + (H(0), H(0))
PROFILE = Profile(
    name="Joris Bakker", birth_date=date(1990, 3, 1), rijk_start_date=date(2020, 1, 1)
)


def _fill_known(store: Any) -> None:
    store.save_profile(PROFILE)
    store.save(Employment("e1", date(2025, 1, 1), H(36), 10, 3, H("4000.00")))
    store.save(WorkSchedule("w1", date(2025, 1, 1), FIVE_DAYS))
    store.save(
        LeaveEntry(
            "a", date(2025, 8, 4), date(2025, 8, 15), status=LeaveStatus.TAKEN, note="zomer 2025"
        )
    )
    store.save(LeaveEntry("b", date(2026, 7, 20), date(2026, 7, 24), note="week weg"))


def _fill_new_starter(store: Any) -> None:
    """Started 1 October 2026, full time: 144 × 92/365 = 36,28 → 37 statutory hours and
    64 × 92/365 = 16,13 → 17 IKB-uren (both rounded up): 54 hours in all."""
    store.save_profile(PROFILE)
    store.save(Employment("e1", date(2026, 10, 1), H(36), 10, 3, H("4000.00")))
    store.save(WorkSchedule("w1", date(2026, 10, 1), FIVE_DAYS))


def _open(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path, fill: Any
) -> tuple[Any, Any]:
    session = make_session(tmp_path / "data")
    fill(session.store)
    session.close()
    app = start_app(tmp_path / "data")
    app.window.show_page("verlof")
    wait_idle(qtbot, app)
    page = app.window.pages["verlof"]
    assert page.data is not None
    return app, page


@pytest.fixture
def known(start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Any]:
    return _open(start_app, make_session, qtbot, tmp_path, _fill_known)


@pytest.fixture
def new_starter(start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Any]:
    return _open(start_app, make_session, qtbot, tmp_path, _fill_new_starter)


def _shown_hours(page: Any) -> dict[tuple[Bucket, int | None], str]:
    return {(row.bucket, row.year): row.hours.text() for row in page.balances.rows}


def _wait_for_preview(qtbot: Any, dialog: Any, shown: Callable[[], object]) -> None:
    """Wait until the live preview shows what ``shown`` checks.

    On a busy machine a preview that took longer than 30 ms moves to the data thread, and the
    dialog shows the answer a moment later (Save waits for it).
    """
    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)


def _close(dialog: Any) -> None:
    import shiboken6

    if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


# ---------------------------------------------------------------------------- balances


def test_page_shows_the_balance_per_kind_of_hours(known: tuple[Any, Any]) -> None:
    _app, page = known
    assert page.peildatum() == TODAY
    assert _shown_hours(page) == {
        (Bucket.WETTELIJK, 2025): fmt.hours(H("144") - H("72") - H("36")),
        (Bucket.WETTELIJK, 2026): fmt.hours(H("144")),
        (Bucket.IKB_UREN, 2026): fmt.hours(H("64")),
        (Bucket.SPAARVERLOF, None): fmt.hours(H("64")),
    }
    assert page.balances.total_value.text() == fmt.hours(H("308"))
    assert not page.forecast_badge.isVisible()
    expires = {(r.bucket, r.year): r.expires.text() for r in page.balances.rows}
    assert fmt.day(date(2027, 1, 1)) in expires[(Bucket.WETTELIJK, 2025)]
    assert not page.balances.warnings_label.isVisible()


def test_what_expires_when_suggests_working_days(known: tuple[Any, Any]) -> None:
    _app, page = known
    text = page.expiry.text.text()
    # 36 hours expire on 1 January 2027; nothing of it is planned: 36 / 7,2 = 5 days.
    assert fmt.hours(H(36)) in text
    assert fmt.day(date(2027, 1, 1)) in text
    assert f"ongeveer {fmt.compact(H(5))} werkdagen van {fmt.hours(H('7.2'))}" in text
    plan = page.data.expiry[0]
    assert (plan.expires, plan.left_on_date, plan.still_to_plan) == (date(2027, 1, 1), H(36), H(36))


def test_later_date_is_a_forecast(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    page.set_peildatum(date(2027, 3, 1))
    wait_idle(qtbot, app)
    assert page.forecast_badge.isVisible()
    # The 36 hours of 2025 expired on 1 January 2027; 2027 brings 144 statutory hours and
    # 64 IKB-uren; the IKB-uren of 2026 moved to spaarverlof: 64 + 64.
    assert _shown_hours(page) == {
        (Bucket.WETTELIJK, 2026): fmt.hours(H(144)),
        (Bucket.WETTELIJK, 2027): fmt.hours(H(144)),
        (Bucket.IKB_UREN, 2027): fmt.hours(H(64)),
        (Bucket.SPAARVERLOF, None): fmt.hours(H(128)),
    }
    assert page.balances.total_value.text() == fmt.hours(H(480))
    page.show_today()
    wait_idle(qtbot, app)
    assert not page.forecast_badge.isVisible()


def test_a_new_date_changes_the_figures_in_place(known: tuple[Any, Any], qtbot: Any) -> None:
    """Another balance date fills the rows already there with the figures of that date; the
    leave days keep their selection and are not loaded again."""
    app, page = known
    page.entries.table.selectRow(1)
    chosen = page.entries.selected_entry()
    resets: list[bool] = []
    page.entries.model.modelReset.connect(lambda: resets.append(True))
    page.set_peildatum(date(2025, 9, 1))  # after the summer leave of 2025: 144 - 72 left
    wait_idle(qtbot, app)
    assert page.data.on == date(2025, 9, 1)
    shown = _shown_hours(page)
    assert shown[(Bucket.WETTELIJK, 2025)] == fmt.hours(H(72))
    assert shown == {(b.bucket, b.year): fmt.hours(b.hours) for b in page.data.balances}
    assert (Bucket.WETTELIJK, 2026) not in shown
    for row in page.balances.rows:  # each row on show names its own kind of hours
        assert row.hours.isVisibleTo(page) and row.explain.isVisibleTo(page)
        assert row.hours.objectName() == f"bucketHours_{row.bucket.value}_{row.year or ''}"
    hidden = page.balances._rows[len(page.balances.rows) :]
    assert all(not row.hours.isVisibleTo(page) for row in hidden)
    page.balances.rows[0].explain.click()
    dialog = page.explain_dialog
    try:
        first = page.data.balances[0]
        assert dialog is not None and dialog.isVisible()
        assert len(dialog.rows) == len(page.data.ledger.explain(first.bucket, first.year))
    finally:
        _close(dialog)
    page.set_peildatum(date(2027, 3, 1))  # more kinds of hours than on the date before
    wait_idle(qtbot, app)
    assert _shown_hours(page)[(Bucket.SPAARVERLOF, None)] == fmt.hours(H(128))
    assert len(page.balances.rows) == len(page.data.balances) == 4
    assert page.entries.selected_entry() == chosen
    assert not resets


def test_how_is_this_worked_out_lists_the_lines(known: tuple[Any, Any]) -> None:
    _app, page = known
    row = next(r for r in page.balances.rows if r.bucket is Bucket.WETTELIJK and r.year == 2025)
    row.explain.click()
    dialog = page.explain_dialog
    try:
        assert dialog is not None and dialog.isVisible()
        expected = page.data.ledger.explain(Bucket.WETTELIJK, 2025)
        assert len(dialog.rows) == len(expected) == 3  # granted, taken in 2025, planned in 2026
        texts = [text.text() for _when, text, _amount, _source in dialog.rows]
        assert texts == [line.render("nl") for line in expected]
        assert dialog.rows[0][2].text() == fmt.hours(H(144))
        # The order in which hours are used is an assumption of Rijkapp: it says so.
        unconfirmed = [line for line in expected if line.unconfirmed]
        assert unconfirmed
        assert row.badge.isVisibleTo(page)
    finally:
        _close(dialog)


# ---------------------------------------------------------------------------- the dialog


def test_a_week_with_koningsdag_costs_four_days(known: tuple[Any, Any], qtbot: Any) -> None:
    _app, page = known
    dialog = page.entries.add_entry(start=date(2026, 4, 27))  # Koningsdag 2026 is a Monday
    try:
        dialog.end_edit.set_value(date(2026, 5, 1))
        # 4 × 7,2 = 28,80, not 5 × 7,2 = 36
        _wait_for_preview(qtbot, dialog, lambda: fmt.hours(H("28.80")) in dialog.cost_label.text())
        assert dialog.preview.hours == H("28.8")
        dialog.days_button.setChecked(True)
        assert dialog.days_table.isVisibleTo(dialog)
        assert dialog.days_table.rowCount() == 5
        assert dialog.days_table.item(0, 1).text() == fmt.hours(H(0))
        assert "Koningsdag" in dialog.days_table.item(0, 2).text()
        assert dialog.days_table.item(1, 1).text() == fmt.hours(H("7.2"))
        assert dialog.ok_button.isEnabled()
        # From the oldest hours: statutory hours 2025.
        assert fmt.hours(H("28.80")) in dialog.split_label.text()
    finally:
        _close(dialog)


def test_half_day_on_a_holiday_costs_nothing_and_says_so(
    known: tuple[Any, Any], qtbot: Any
) -> None:
    _app, page = known
    dialog = page.entries.add_entry(start=date(2026, 4, 27))
    try:
        dialog.fill_half_day()  # half of a holiday's 0 scheduled hours
        assert dialog.by_hand_radio.isChecked()
        assert dialog.hours_edit.text() == fmt.number(H(0), 2)
        dialog.hours_edit.setText(fmt.number(H("3.6"), 2))  # half of 7,2, typed by hand
        # The warning names the holiday only once hours are entered for it.
        _wait_for_preview(qtbot, dialog, lambda: "Koningsdag" in dialog.warnings_label.text())
        assert dialog.preview.hours == 0
        assert dialog.warnings_label.isVisibleTo(dialog)
        assert dialog.ok_button.isEnabled()
    finally:
        _close(dialog)


def test_borrowing_from_next_year_is_announced(new_starter: tuple[Any, Any], qtbot: Any) -> None:
    _app, page = new_starter
    assert page.balances.total_value.text() == fmt.hours(H(54))  # 37 + 17
    dialog = page.entries.add_entry(start=date(2026, 12, 7))
    try:
        dialog.end_edit.set_value(date(2026, 12, 18))  # 10 × 7,2 = 72 hours
        _wait_for_preview(qtbot, dialog, dialog.borrow_label.text)
        assert dialog.preview.borrows == H(18)  # 72 − 54
        assert dialog.borrow_label.isVisibleTo(dialog)
        text = dialog.borrow_label.text()
        assert fmt.hours(H(18)) in text and "2027" in text
        assert dialog.ok_button.isEnabled()  # within the limit of 57,6 hours
    finally:
        _close(dialog)


def test_beyond_the_borrowing_limit_save_is_disabled(
    new_starter: tuple[Any, Any], qtbot: Any
) -> None:
    from rijkapp.services.leave import validate_entry

    _app, page = new_starter
    dialog = page.entries.add_entry(start=date(2026, 11, 2))
    try:
        dialog.end_edit.set_value(date(2026, 12, 18))  # 35 × 7,2 = 252 hours
        _wait_for_preview(qtbot, dialog, dialog.borrow_label.text)
        # 252 − 54 = 198 hours short; 57,6 may be borrowed: 140,40 beyond the limit.
        assert dialog.preview.beyond_limit == H("140.40")
        assert not dialog.ok_button.isEnabled()
        error = dialog.errors.labels["hours"]
        assert error.isVisibleTo(dialog)
        expected = validate_entry(dialog.entry(), page.data.dossier, page.data.book)[0]
        assert expected.field == "hours"
        assert expected.reason in error.text()
        assert error.text().startswith(dialog.labels["hours"].text().rstrip(":"))
        dialog.accept()  # Enter or a click: nothing happens while it is wrong
        assert dialog.isVisible()
    finally:
        _close(dialog)


def test_saving_adds_the_row_and_changes_the_balance(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    rows = page.entries.model.rowCount()
    dialog = page.entries.add_entry(start=date(2026, 4, 27))
    dialog.end_edit.set_value(date(2026, 5, 1))
    dialog.note_edit.setText("meivakantie")
    # Enter presses Save, which waits for the preview (a moment, on a busy machine).
    _wait_for_preview(qtbot, dialog, dialog.ok_button.isEnabled)
    assert fmt.hours(H("28.80")) in dialog.cost_label.text()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    wait_idle(qtbot, app)
    assert page.entries.model.rowCount() == rows + 1
    added = next(e for e in page.entries.model.entries() if e.note == "meivakantie")
    assert (added.start, added.end, added.status) == (
        date(2026, 4, 27),
        date(2026, 5, 1),
        LeaveStatus.TAKEN,
    )  # in the past
    assert type(added.status) is LeaveStatus and added.bucket is None
    assert _shown_hours(page)[(Bucket.WETTELIJK, 2025)] == fmt.hours(H(36) - H("28.8"))
    assert page.balances.total_value.text() == fmt.hours(H(308) - H("28.8"))

    app.context.undo_stack.undo()  # Ctrl+Z takes it back
    wait_idle(qtbot, app)
    assert page.entries.model.rowCount() == rows
    assert page.balances.total_value.text() == fmt.hours(H(308))


def test_escape_saves_nothing(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    dialog = page.entries.add_entry(start=date(2026, 12, 14))
    dialog.note_edit.setText("niet bewaren")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_idle(qtbot, app)
    assert all(e.note != "niet bewaren" for e in page.entries.model.entries())


def test_delete_asks_first(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    row = page.entries.model.row_of("b")
    page.entries.table.selectRow(row)
    box = page.entries.delete_selected()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(qtbot, app)
    assert page.entries.model.row_of("b") is not None

    page.entries.table.selectRow(page.entries.model.row_of("b"))
    page.entries.table.setFocus()
    qtbot.keyClick(page.entries.table, Qt.Key.Key_Delete)
    box = page.entries.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, app)
    assert page.entries.model.row_of("b") is None
    # The 36 planned hours are back in statutory hours 2025.
    assert _shown_hours(page)[(Bucket.WETTELIJK, 2025)] == fmt.hours(H(72))


def test_mark_as_taken_and_double_click_edits(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    page.entries.table.selectRow(page.entries.model.row_of("b"))
    assert page.entries.taken_button.isEnabled()
    page.entries.taken_button.click()
    wait_idle(qtbot, app)
    entry = page.entries.model.entry(page.entries.model.row_of("b"))
    assert entry.status is LeaveStatus.TAKEN
    page.entries.table.selectRow(page.entries.model.row_of("b"))
    assert not page.entries.taken_button.isEnabled()
    index = page.entries.model.index(page.entries.model.row_of("b"), 0)
    rect = page.entries.table.visualRect(index)
    qtbot.mouseClick(page.entries.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.entries.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.entries.entry_dialog
    try:
        assert dialog is not None and dialog.isVisible() and dialog.original == entry
        assert dialog.preview.hours == H(36)
    finally:
        _close(dialog)


# ---------------------------------------------------------------------------- planner


def test_planner_opens_the_leave_or_starts_new_leave(known: tuple[Any, Any], qtbot: Any) -> None:
    _app, page = known
    page.tabs.setCurrentIndex(1)
    planner = page.planner_tab.planner
    assert planner.year == TODAY.year
    assert fmt.text(planner.info(date(2026, 5, 5)).holiday) == "Bevrijdingsdag"
    assert planner.info(date(2026, 4, 3)).holiday is None  # Goede Vrijdag is no day off
    qtbot.mouseClick(
        planner, Qt.MouseButton.LeftButton, pos=planner.day_rect(date(2026, 7, 22)).center()
    )
    dialog = page.entries.entry_dialog
    try:
        assert dialog.original is not None and dialog.original.id == "b"
    finally:
        _close(dialog)
    qtbot.mouseClick(
        planner, Qt.MouseButton.LeftButton, pos=planner.day_rect(date(2026, 12, 15)).center()
    )
    dialog = page.entries.entry_dialog
    try:
        assert dialog.original is None
        assert dialog.start_edit.value() == date(2026, 12, 15)
        assert dialog.preview.hours == H("7.2")
    finally:
        _close(dialog)


def test_planner_year_switcher(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    page.planner_tab.next_year_button.click()
    wait_idle(qtbot, app)
    assert page.planner_tab.planner.year == 2027 and page.planner_tab.year_label.text() == "2027"
    assert fmt.text(page.planner_tab.planner.info(date(2027, 4, 27)).holiday) == "Koningsdag"
    page.planner_tab.this_year_button.click()
    wait_idle(qtbot, app)
    assert page.planner_tab.planner.year == 2026


# ---------------------------------------------------------------------------- P-Direkt


def test_reconcile_names_planned_leave_and_adds_a_correction(
    known: tuple[Any, Any], qtbot: Any
) -> None:
    app, page = known
    page.tabs.setCurrentIndex(2)
    # P-Direkt does not know the leave planned for July yet: it shows 308 + 36 = 344 hours.
    page.pdirekt.pdirekt_edit.setText("344")
    assert fmt.hours(H(36)) in page.pdirekt.result.text()
    result = page.pdirekt.reconciliation()
    assert result.difference == H(36)
    assert result.causes[0].kind == "planned" and result.causes[0].likely
    assert "P-Direkt" in page.pdirekt.causes.text()

    # Something Rijkapp cannot explain: 12,50 hours more. A correction closes the gap.
    page.pdirekt.pdirekt_edit.setText("320,50")
    assert page.pdirekt.reconciliation().difference == H("12.50")
    assert page.pdirekt.correction_button.isEnabled()
    dialog = page.pdirekt.add_correction()
    assert dialog is not None and dialog.isVisible()
    assert fmt.hours(H("12.50")) in dialog.text.text()
    dialog.ok_button.click()
    wait_idle(qtbot, app)
    assert page.balances.total_value.text() == fmt.hours(H("320.50"))
    balances = [b for b in page.data.dossier.leave_balances if b.hours == H("12.50")]
    assert balances == [
        LeaveBalance(balances[0].id, TODAY, Bucket.WETTELIJK, 2026, H("12.50"), balances[0].note)
    ]
    assert type(balances[0].bucket) is Bucket
    assert page.pdirekt.pdirekt_edit.text() == ""


def test_reconcile_refuses_text_that_is_no_number(known: tuple[Any, Any]) -> None:
    _app, page = known
    page.pdirekt.pdirekt_edit.setText("veel")
    assert page.pdirekt.reconciliation() is None
    assert not page.pdirekt.correction_button.isEnabled()
    assert page.pdirekt.result.property("role") == "error"


# ---------------------------------------------------------------------------- calendar


def test_ics_export_can_be_read_back(
    known: tuple[Any, Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar

    app, page = known
    target = tmp_path / "mijn-verlof"
    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggestion: str, _filter: str) -> tuple[str, str]:
        asked.append(suggestion)
        return str(target), ""

    monkeypatch.setattr("ui.dialogs.ics_export.QFileDialog.getSaveFileName", choose)
    dialog = page.export_calendar()
    assert dialog is not None and dialog.isVisible()
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2026))
    dialog.holidays_check.setChecked(False)
    dialog.ok_button.click()
    wait_idle(qtbot, app)
    assert Path(asked[0]).name == "verlof-2026.ics"
    written = tmp_path / "mijn-verlof.ics"
    calendar = Calendar.from_ical(written.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1  # only the July leave is in 2026; no public holidays asked for
    event = events[0]
    assert event.decoded("dtstart") == date(2026, 7, 20)
    assert event.decoded("dtend") == date(2026, 7, 25)  # exclusive end of an all-day event
    assert "week weg" in str(event.get("summary"))


# ---------------------------------------------------------------------------- names


def _inside_qt_compound(widget: Any) -> bool:
    parent = widget.parent()
    while parent is not None:
        if any(
            parent.inherits(name)
            for name in ("QAbstractSpinBox", "QCalendarWidget", "QAbstractItemView", "QLineEdit")
        ):
            return True
        parent = parent.parent()
    return bool(widget.objectName().startswith("qt_"))


def _assert_named(root: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    for widget in (
        root.findChildren(QLineEdit)
        + root.findChildren(QAbstractButton)
        + root.findChildren(QComboBox)
    ):
        if _inside_qt_compound(widget):
            continue
        assert widget.objectName(), widget
        text = widget.text() if hasattr(widget, "text") else ""
        assert widget.accessibleName() or text, widget.objectName()


def test_every_control_has_a_name(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    _assert_named(page)
    assert page.planner_tab.planner.accessibleName().endswith(
        " 2026"
    )  # "Jaarplanner 2026" in Dutch
    assert page.entries.table.accessibleName()
    for open_dialog in (page.entries.add_entry, page.export_calendar):
        dialog = open_dialog()
        try:
            _assert_named(dialog)
        finally:
            _close(dialog)
    page.pdirekt.pdirekt_edit.setText("400")
    dialog = page.pdirekt.add_correction()
    try:
        _assert_named(dialog)
    finally:
        _close(dialog)
    wait_idle(qtbot, app)


def test_the_page_follows_the_language(known: tuple[Any, Any], qtbot: Any) -> None:
    app, page = known
    app.window.languageRequested.emit("en")
    wait_idle(qtbot, app)
    assert fmt.text(page.planner_tab.planner.info(date(2026, 5, 5)).holiday) == "Liberation Day"
    assert page.balances.total_value.text() == hours_in(H(308), "en")
    app.window.languageRequested.emit("nl")
    wait_idle(qtbot, app)
    assert fmt.text(page.planner_tab.planner.info(date(2026, 5, 5)).holiday) == "Bevrijdingsdag"


def test_a_slow_preview_is_worked_out_on_the_data_thread(
    known: tuple[Any, Any], qtbot: Any
) -> None:
    app, page = known
    dialog = page.entries.add_entry(start=date(2026, 4, 27))
    try:
        dialog._slow = True  # as after a preview that took longer than 30 ms
        dialog.end_edit.set_value(date(2026, 5, 1))
        assert not dialog.ok_button.isEnabled()  # Save waits for the answer
        qtbot.waitUntil(
            lambda: dialog.preview is not None and dialog.preview.hours == H("28.8"), timeout=5_000
        )
        assert dialog.ok_button.isEnabled()
        assert fmt.hours(H("28.80")) in dialog.cost_label.text()
        dialog.end_edit.set_value(date(2026, 5, 4))  # changed again: a new question
        dialog.accept()  # Enter does not wait: it works the entry out there and then
        assert not dialog.isVisible()
        wait_idle(qtbot, app)
        saved = [e for e in page.entries.model.entries() if e.start == date(2026, 4, 27)]
        assert [(e.end, page.entries.model.hours_of(e.id)) for e in saved] == [
            (date(2026, 5, 4), H("36.0"))
        ]  # 28,8 + Monday 4 May 7,2
    finally:
        _close(dialog)

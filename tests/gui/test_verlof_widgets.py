"""The parts of the Verlof page on their own: the leave model (Qt's model tester), the year
planner, the explanation dialog, the check against P-Direkt and the Overzicht tiles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rijkapp import formatting as fmt
from rijkapp.calc.explain import Line
from rijkapp.calc.leave import ledger
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    LeaveEntry,
    LeaveStatus,
    Profile,
    WorkSchedule,
)
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Confidence, Rule, Source
from tests.helpers import TODAY
from tests.unit.leave_fixtures import H
from ui.dialogs.explain import ExplainDialog
from ui.models.leave import HOURS, KIND, STATUS, LeaveEntryModel
from ui.pages.verlof import ReconcileFacts, average_day, expiry_plans, reconcile
from ui.widgets.leave_tiles import LeaveTiles, load_leave_tiles
from ui.widgets.year_planner import YearPlanner, year_plan

BOOK = default_rulebook()
FOUR_DAYS = (H(9), H(9), H(0), H(9), H(9), H(0), H(0))  # 36 hours, Wednesday off


def _dossier(*leave: LeaveEntry) -> Dossier:
    return Dossier(
        profile=Profile(name="Test", birth_date=date(1990, 3, 1)),
        employment=(Employment("e1", date(2025, 1, 1), H(36), 10, 3, H("4000.00")),),
        work_schedule=(WorkSchedule("w1", date(2025, 1, 1), FOUR_DAYS),),
        leave=leave,
    )


# ---------------------------------------------------------------------------- the model


def test_leave_model(qtmodeltester: Any) -> None:
    model = LeaveEntryModel()
    entries = (
        LeaveEntry("b", date(2026, 7, 20), date(2026, 7, 24), note="zomer"),
        LeaveEntry(
            "a",
            date(2026, 2, 16),
            date(2026, 2, 20),
            bucket=Bucket.SPAARVERLOF,
            status=LeaveStatus.TAKEN,
        ),
    )
    model.set_entries(entries, {"a": H("36.00"), "b": H("28.80")}, TODAY)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.entry(0).id == "a"  # earliest first
    assert model.data(model.index(0, HOURS)) == fmt.number(H(36), 2)
    assert model.data(model.index(0, KIND)) == "Spaarverlof"
    assert model.data(model.index(1, KIND)) == "Automatic"
    assert model.data(model.index(0, STATUS)) == "Taken"
    assert model.data(model.index(1, STATUS)) == "Planned"
    # July is over on TODAY (28 November): the list suggests marking it as taken.
    assert "taken" in model.data(model.index(1, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert model.next_row() == 1
    model.set_entries((), {}, TODAY)
    qtmodeltester.check(model, force_py=True)
    assert model.next_row() is None


# ---------------------------------------------------------------------------- the planner


def test_year_plan_holidays_days_off_and_leave() -> None:
    dossier = _dossier(
        LeaveEntry("t", date(2026, 2, 16), date(2026, 2, 20), status=LeaveStatus.TAKEN),
        LeaveEntry("p", date(2026, 7, 20), date(2026, 7, 26), note="zomer"),
    )
    plan = year_plan(dossier, 2026, BOOK, "nl")
    assert plan.get(date(2026, 5, 5)).holiday == "Bevrijdingsdag"  # every year at the Rijk
    assert plan.get(date(2026, 4, 3)).holiday is None  # Goede Vrijdag is not a day off
    assert plan.get(date(2026, 4, 27)).holiday == "Koningsdag"
    assert not plan.get(date(2026, 2, 18)).working  # Wednesday, the day off in the schedule
    assert plan.get(date(2026, 2, 16)).status is LeaveStatus.TAKEN
    assert plan.get(date(2026, 2, 18)).status is None  # a day off within leave costs nothing
    assert plan.get(date(2026, 2, 18)).entry_id == "t"  # ... but belongs to the leave
    assert plan.get(date(2026, 7, 20)).status is LeaveStatus.PLANNED
    assert plan.get(date(2026, 7, 20)).hours == H(9)
    assert plan.get(date(2026, 7, 25)).status is None and not plan.get(date(2026, 7, 25)).working
    english = year_plan(dossier, 2026, BOOK, "en")
    assert english.get(date(2026, 5, 5)).holiday == "Liberation Day"


def test_planner_keyboard_and_words(qtbot: Any) -> None:
    planner = YearPlanner(TODAY)
    qtbot.addWidget(planner)
    planner.resize(1000, 700)
    planner.set_plan(year_plan(_dossier(), 2026, BOOK, "nl"))
    planner.show()
    planner.setFocus()
    assert planner.accessibleName() == "Year planner 2026"
    assert planner.cursor == TODAY
    assert fmt.day(TODAY, fmt="full") in planner.accessibleDescription()
    qtbot.keyClick(planner, Qt.Key.Key_Right)
    assert planner.cursor == date(2026, 11, 29)
    qtbot.keyClick(planner, Qt.Key.Key_Up)
    assert planner.cursor == date(2026, 11, 22)
    qtbot.keyClick(planner, Qt.Key.Key_PageUp)
    assert planner.cursor == date(2026, 10, 22)
    qtbot.keyClick(planner, Qt.Key.Key_Home)
    assert planner.cursor == date(2026, 10, 1)
    qtbot.keyClick(planner, Qt.Key.Key_End)
    assert planner.cursor == date(2026, 10, 31)
    with qtbot.waitSignal(planner.dayActivated) as activated:
        qtbot.keyClick(planner, Qt.Key.Key_Return)
    assert activated.args == [date(2026, 10, 31)]
    planner.set_cursor(date(2026, 5, 5))
    assert "Bevrijdingsdag" in planner.accessibleDescription()
    assert "Bevrijdingsdag" in planner.describe(date(2026, 5, 5))
    assert "not a working day" in planner.describe(date(2026, 5, 6))  # a Wednesday
    with qtbot.waitSignal(planner.yearRequested) as requested:
        planner.set_cursor(date(2026, 12, 31))
        qtbot.keyClick(planner, Qt.Key.Key_Right)
    assert requested.args == [2027]
    assert not planner.day_rect(date(2026, 3, 1)).isEmpty()


def test_planner_paints_in_light_and_dark(qtbot: Any, qapp: Any) -> None:
    planner = YearPlanner(TODAY)
    qtbot.addWidget(planner)
    planner.set_plan(
        year_plan(_dossier(LeaveEntry("p", date(2026, 7, 20), date(2026, 7, 24))), 2026, BOOK, "nl")
    )
    planner.resize(planner.sizeHint())
    before = bool(qapp.property("rijkappDark"))  # never set None: PySide mishandles it
    try:
        for dark in (False, True):
            qapp.setProperty("rijkappDark", dark)
            image = planner.grab().toImage()
            assert not image.isNull() and image.width() == planner.width()
    finally:
        qapp.setProperty("rijkappDark", before)
    assert planner.heightForWidth(1000) > planner.heightForWidth(1000) // 2 > 0
    assert planner.heightForWidth(500) > planner.heightForWidth(1000)  # fewer months per row


# ---------------------------------------------------------------------------- explain


def test_explain_dialog_marks_unconfirmed_rules(qtbot: Any) -> None:
    source = Source("s", "CAO Rijk 4.1 Vakantie", "https://www.caorijk.nl")
    sure = Rule("a", date(2020, 1, 1), None, "144", source, Confidence.CONFIRMED)
    unsure = Rule("b", date(2020, 1, 1), None, "x", source, Confidence.UNCONFIRMED)
    lines = [
        Line(date(2026, 1, 1), "Granted", H("144.00"), sure),
        Line(date(2026, 7, 20), "Taken", H("-36.00"), unsure),
        Line(None, "Without a rule", None),
    ]
    dialog = ExplainDialog("Statutory hours 2026", lines, None, amount_format=fmt.hours)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Statutory hours 2026"
    when, text, amount, source_label = dialog.rows[1]
    assert when.text() == fmt.day(date(2026, 7, 20), fmt="d MMM yyyy")
    assert text.text() == "Taken"
    assert amount.text() == fmt.hours(H("-36.00"))
    assert "CAO Rijk 4.1 Vakantie" in source_label.text()
    assert "(not confirmed)" in source_label.text()
    assert "(not confirmed)" not in dialog.rows[0][3].text()
    assert dialog.rows[2][3].text() == "" and dialog.rows[2][2].text() == ""
    assert "not confirmed" in dialog.intro.text()
    plain = ExplainDialog("Leeg", [], None)
    qtbot.addWidget(plain)
    assert not plain.empty.isHidden()


# ---------------------------------------------------------------------------- P-Direkt


def test_reconcile_finds_the_likely_cause() -> None:
    facts = ReconcileFacts(
        planned_until=H("36.00"),
        expired_recently=H("12.00"),
        expired_on=date(2026, 1, 1),
        has_opening_balance=True,
        bought_this_month=H("24"),
        bought_month=date(2026, 11, 1),
    )
    total = H("308.00")
    assert reconcile(total, total, facts).causes == ()
    planned = reconcile(H("344.00"), total, facts)
    assert [(c.kind, c.likely) for c in planned.causes] == [("planned", True), ("expired", False)]
    expired = reconcile(H("320.00"), total, facts)
    assert expired.causes[0].kind == "expired" and expired.causes[0].likely
    bought = reconcile(H("284.00"), total, facts)  # P-Direkt has not credited the 24 hours yet
    assert [(c.kind, c.likely) for c in bought.causes] == [("bought", True)]
    rounding = reconcile(H("308.40"), total, facts)
    assert rounding.causes[0].kind == "rounding"
    no_opening = reconcile(H("400"), total, ReconcileFacts(H(0), H(0), None, False, H(0), None))
    assert [c.kind for c in no_opening.causes] == ["opening"]


def test_expiry_plan_counts_leave_planned_after_the_date() -> None:
    # 144 statutory hours of 2025 at 36 hours; 36 used in 2025, 9 × 4 = 36 planned in 2026.
    dossier = _dossier(
        LeaveEntry("a", date(2025, 8, 4), date(2025, 8, 8), status=LeaveStatus.TAKEN),
        LeaveEntry("b", date(2026, 12, 14), date(2026, 12, 18)),
    )
    figures = ledger(dossier, TODAY, BOOK)
    plans = expiry_plans(dossier, figures, BOOK)
    first = plans[0]
    assert first.expires == date(2027, 1, 1)
    assert first.left_on_date == H(144) - H(36)  # on TODAY the December leave is not counted
    assert first.still_to_plan == H(144) - H(36) - H(36)
    assert first.planned == H(36)
    assert average_day(dossier, TODAY) == H(9)


# ---------------------------------------------------------------------------- tiles


def test_leave_tiles(make_session: Any, qtbot: Any, tmp_path: Path) -> None:
    session = make_session(tmp_path / "data", example=True)
    data = load_leave_tiles(session.store, TODAY)
    figures = ledger(session.store.dossier(), TODAY, BOOK)
    assert data.total == figures.total
    assert data.expiring == figures.expiring_within(90)
    tiles = LeaveTiles()
    qtbot.addWidget(tiles)
    tiles.show_data(data)
    assert tiles.total_tile.value.text() == fmt.hours(figures.total)
    assert fmt.day(TODAY) in tiles.total_tile.body.text()
    # The example: 12 statutory hours of last year expire on 1 January; the leave planned
    # between Christmas and New Year uses them in time.
    assert data.first_expiry == date(2027, 1, 1)
    assert data.first_expiry_hours == H(12) and data.first_expiry_unplanned == 0
    assert fmt.day(data.first_expiry) in tiles.expiry_tile.body.text()
    assert tiles.expiry_tile.note.text() == "Your planned leave uses them all in time."
    assert tiles.expiry_tile.value.text() == fmt.hours(data.expiring)
    assert data.next_entry is not None  # the example plans leave at Christmas
    assert data.next_entry.start >= date(2026, 11, 28) or data.next_entry.end >= TODAY
    assert fmt.hours(data.next_hours) in tiles.next_tile.body.text()
    QApplication.processEvents()

"""The parts of the Verlof page on their own: the leave model (Qt's model tester), the year
planner, the explanation dialog and the Overzicht tiles. What they show is worked out in
rijkapp.views (tests/unit/views); here it is only shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from rijkapp.calc.explain import Line
from rijkapp.domain.records import (
    Bucket,
    Dossier,
    Employment,
    LeaveEntry,
    LeaveStatus,
    Profile,
    WorkSchedule,
)
from rijkapp.message import Message
from rijkapp.rules import default_rulebook
from rijkapp.rules.book import Confidence, Rule, Source
from rijkapp.views.leave import LeaveTilesData
from rijkapp.views.planner import year_plan
from tests.helpers import TODAY
from tests.unit.leave_fixtures import H
from ui import formatting as fmt
from ui.dialogs.explain import ExplainDialog
from ui.models.leave import HOURS, KIND, STATUS, LeaveEntryModel
from ui.widgets.leave_tiles import LeaveTiles
from ui.widgets.year_planner import YearPlanner

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
        LeaveEntry("c", date(2026, 12, 21), date(2026, 12, 24)),
        LeaveEntry(
            "a",
            date(2026, 2, 16),
            date(2026, 2, 20),
            bucket=Bucket.SPAARVERLOF,
            status=LeaveStatus.TAKEN,
        ),
    )
    model.set_entries(entries, {"a": H("36.00"), "b": H("28.80"), "c": H("28.80")}, TODAY)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.columnCount() == 6
    first = model.entry(0)
    assert first is not None and first.id == "a"  # earliest first
    assert model.data(model.index(0, HOURS)) == fmt.hours(H(36))
    assert model.data(model.index(0, KIND)) == "Spaarverlof"
    assert model.data(model.index(1, KIND)) == "Automatic"
    assert model.data(model.index(0, STATUS)) == "Taken"
    # July is over on TODAY (28 November) but still marked planned: the list says so in words,
    # and suggests marking it as taken; December is still to come.
    assert model.data(model.index(1, STATUS)) == "Over, not marked as taken"
    assert model.data(model.index(2, STATUS)) == "Planned"
    assert "taken" in model.data(model.index(1, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert model.next_row() == 2
    model.set_entries((), {}, TODAY)
    qtmodeltester.check(model, force_py=True)
    assert model.next_row() is None


# ---------------------------------------------------------------------------- the planner


def test_planner_keyboard_and_words(qtbot: Any) -> None:
    planner = YearPlanner(TODAY)
    qtbot.addWidget(planner)
    planner.resize(1000, 700)
    planner.set_plan(year_plan(_dossier(), 2026, BOOK))
    planner.show()
    planner.setFocus()
    assert planner.accessibleName() == "Year planner 2026"
    assert planner.cursor_day == TODAY
    assert fmt.day(TODAY, fmt="full") in planner.accessibleDescription()
    qtbot.keyClick(planner, Qt.Key.Key_Right)
    assert planner.cursor_day == date(2026, 11, 29)
    qtbot.keyClick(planner, Qt.Key.Key_Up)
    assert planner.cursor_day == date(2026, 11, 22)
    qtbot.keyClick(planner, Qt.Key.Key_PageUp)
    assert planner.cursor_day == date(2026, 10, 22)
    qtbot.keyClick(planner, Qt.Key.Key_Home)
    assert planner.cursor_day == date(2026, 10, 1)
    qtbot.keyClick(planner, Qt.Key.Key_End)
    assert planner.cursor_day == date(2026, 10, 31)
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
        year_plan(_dossier(LeaveEntry("p", date(2026, 7, 20), date(2026, 7, 24))), 2026, BOOK)
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
        Line(date(2026, 1, 1), Message("Granted"), H("144.00"), sure),
        Line(date(2026, 7, 20), Message("Taken"), H("-36.00"), unsure),
        Line(None, Message("Without a rule"), None),
    ]
    dialog = ExplainDialog("Statutory hours 2026", lines, None, amount_format=fmt.hours)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Statutory hours 2026"
    when, text, amount, source_label = dialog.rows[1]
    assert when.text() == fmt.day(date(2026, 7, 20), fmt="d MMM yyyy")
    assert text.text() == "Taken"
    assert amount.text() == fmt.hours(H("-36.00"))
    assert "CAO Rijk 4.1 Vakantie" in source_label.text()
    assert "This rule is an assumption: it is not confirmed yet." in source_label.text()
    assert "assumption" not in dialog.rows[0][3].text()
    assert dialog.rows[2][3].text() == "" and dialog.rows[2][2].text() == ""
    assert "assumption" in dialog.intro.text()
    plain = ExplainDialog("Leeg", [], None)
    qtbot.addWidget(plain)
    assert not plain.empty.isHidden()


# ---------------------------------------------------------------------------- tiles


CHRISTMAS = LeaveEntry("x", date(2026, 12, 21), date(2026, 12, 24), note="kerst")


# The known dossier of test_verlof with the Christmas week planned (tests/unit/views/test_leave.py):
# 308 hours; the 36 of 2025 expire on 1 January, 4 × 7,2 = 28,80 of them planned at Christmas.
KNOWN = LeaveTilesData(
    today=TODAY,
    has_employment=True,
    total=H("308.00"),
    expiring=H("36.00"),
    first_expiry=date(2027, 1, 1),
    first_expiry_hours=H("36.00"),
    first_expiry_unplanned=H("7.20"),
    next_entry=CHRISTMAS,
    next_hours=H("28.80"),
)


def _tiles(qtbot: Any, **changes: Any) -> LeaveTiles:
    tiles = LeaveTiles()
    qtbot.addWidget(tiles)
    tiles.show_data(replace(KNOWN, **changes))
    return tiles


def test_leave_tiles_show_the_figures(qtbot: Any) -> None:
    tiles = _tiles(qtbot)
    assert tiles.total_tile.value.text() == fmt.hours(H(308))
    assert fmt.day(TODAY) in tiles.total_tile.body.text()
    assert tiles.expiry_tile.title.text() == "Expires within 90 days"
    assert tiles.expiry_tile.value.text() == fmt.hours(H(36))
    assert (
        tiles.expiry_tile.body.text()
        == f"First on {fmt.day(date(2027, 1, 1))}: {fmt.hours(H(36))}."
    )
    assert tiles.expiry_tile.note.text() == (
        f"{fmt.hours(H('7.2'))} of it is not planned yet. Plan leave before then, or those hours "
        "are gone."
    )
    assert tiles.next_tile.value.text() == "21 dec to 24 dec 2026"  # Dutch dates, English words
    assert fmt.hours(H("28.8")) in tiles.next_tile.body.text()
    assert "kerst" in tiles.next_tile.body.text()
    assert tiles.next_tile.note.text() == "Planned."


def test_leave_tiles_when_all_is_planned_or_nothing_is(qtbot: Any) -> None:
    planned = _tiles(qtbot, first_expiry_unplanned=H(0))
    assert planned.expiry_tile.note.text() == "Your planned leave uses them all in time."
    begun = LeaveEntry("w", date(2026, 11, 27), date(2026, 11, 30))
    tiles = _tiles(qtbot, expiring=H(0), first_expiry=None, next_entry=begun)
    assert tiles.expiry_tile.value.text() == fmt.hours(H(0))
    assert tiles.expiry_tile.body.text() == "None of your hours expire in the coming 90 days."
    assert tiles.next_tile.note.text() == "Already begun."
    nothing = _tiles(qtbot, next_entry=None, next_hours=H(0))
    assert nothing.next_tile.value.text() == "–"
    assert nothing.next_tile.body.text() == "No leave planned."
    unemployed = _tiles(qtbot, has_employment=False)
    assert "Fill in your employment" in unemployed.total_tile.body.text()

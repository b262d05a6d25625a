"""The IKB page's parts on their own: the models, the summaries, the tile, the lean start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from gui_support import TODAY, wait_idle
from PySide6.QtCore import Qt

from rijkapp import formatting as fmt
from rijkapp.cli import balances
from rijkapp.domain.records import Dossier, Employment, IkbChoice, IkbChoiceKind, Profile
from rijkapp.rules import default_rulebook
from rijkapp.services import ikb as ikb_service
from tests.unit.leave_fixtures import H
from ui.models import ikb as models
from ui.widgets.ikb_tile import IkbTile, load_ikb_tile

ROOT = Path(__file__).resolve().parents[2]
EMPLOYMENT = Employment("e1", date(2025, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
CHOICES = (
    IkbChoice("b1", date(2025, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H("20"), submitted=True),
    IkbChoice("s1", date(2025, 4, 1), IkbChoiceKind.SELL_HOURS, hours=H("8")),
    IkbChoice(
        "g1",
        date(2025, 5, 1),
        IkbChoiceKind.FISCAL_GOAL,
        amount=H("240.00"),
        goal="vakbondscontributie",
    ),
    IkbChoice("p1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("500.00")),
)


def _dossier(choices: tuple[IkbChoice, ...] = CHOICES) -> Dossier:
    return Dossier(
        profile=Profile(
            name="Iris Bakker", birth_date=date(1990, 5, 1), rijk_start_date=date(2015, 1, 1)
        ),
        employment=(EMPLOYMENT,),
        ikb_choices=choices,
    )


def _plan(year: int = 2025, on: date = date(2025, 7, 15), choices=CHOICES):
    return ikb_service.plan(_dossier(choices), year, default_rulebook(), on)


def test_month_model(qtmodeltester) -> None:
    model = models.IkbMonthModel()
    plan = _plan()
    model.set_plan(plan)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 13
    assert model.data(model.index(2, models.BOUGHT)) == (
        f"{models.whole_hours(H(20))} ({fmt.money(H('597.40'))})"
    )
    assert model.data(model.index(3, models.PAID)).endswith(
        fmt.money(plan.months[3].sold_value) + " sold hours"
    )
    assert model.data(model.index(4, models.GOALS)) == fmt.money(H("240.00"))
    assert model.data(model.index(7, models.MONTH), models.MONTH_ROLE) == date(2025, 8, 1)
    assert model.data(model.index(7, models.ACCRUED), Qt.ItemDataRole.FontRole).italic()
    assert model.is_total(12)
    model.set_plan(None)
    assert model.rowCount() == 0


def test_choice_model(qtmodeltester) -> None:
    plan = _plan(on=date(2025, 12, 20))
    model = models.IkbChoiceModel()
    cutoffs = {row.month: row.cutoff for row in plan.months}
    model.set_choices(CHOICES, plan, cutoffs, {"vakbondscontributie": "Vakbondscontributie"})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert model.data(model.index(0, models.C_COST)) == fmt.money(H("597.40"))
    assert model.data(model.index(1, models.C_COST)).startswith("+ ")
    assert "Vakbondscontributie" in model.data(model.index(2, models.C_WHAT))
    assert model.data(model.index(0, models.C_STATUS)) == "Submitted"
    assert model.data(model.index(3, models.C_STATUS)) == "Not submitted, last day passed"
    assert model.data(model.index(3, models.C_CUTOFF)) == fmt.day(date(2025, 6, 12))
    assert model.choice(3).id == "p1"


def test_whatif_model(qtmodeltester) -> None:
    model = models.WhatIfModel()
    model.set_scenarios(
        [
            models.Scenario("planned", "As planned", _plan()),
            models.Scenario("nothing", "All in December", _plan(choices=())),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == models.WHATIF_ROWS and model.columnCount() == 2
    assert model.data(model.index(models.W_PAYOUT, 1)) == fmt.money(H("7920.00"))
    assert model.data(model.index(models.W_RULES, 1)) == "All fine"


def test_summary_agrees_with_balances_through_the_year() -> None:
    dossier = _dossier()
    book = default_rulebook()
    for on in (date(2025, 1, 5), date(2025, 3, 20), date(2025, 6, 30), date(2025, 12, 28)):
        summary = models.summarize(ikb_service.plan(dossier, on.year, book, on), on)
        expected = balances(dossier, on)["ikb"]
        assert summary.accrued_to_date == H(expected["accrued_to_date"]), on
        assert summary.spent_to_date == H(expected["spent_to_date"]), on
        assert summary.available == H(expected["available"]), on
        assert summary.payout == H(expected["projected_december_payout"]), on
    past = models.summarize(ikb_service.plan(dossier, 2025, book, TODAY), TODAY)
    assert past.when == "past" and past.available == 0
    future = models.summarize(ikb_service.plan(dossier, 2027, book, TODAY), TODAY)
    assert future.when == "future" and future.accrued_to_date == 0


def test_reminder_only_within_five_days_and_before_the_cut_off() -> None:
    november = (IkbChoice("n1", date(2025, 11, 1), IkbChoiceKind.PAYOUT, amount=H("100.00")),)
    plan = _plan(on=date(2025, 11, 6), choices=november)  # cut-off 12 November
    assert models.reminder_for(plan, november, date(2025, 11, 6)) is None  # 6 days ahead
    reminder = models.reminder_for(plan, november, date(2025, 11, 7))
    assert reminder is not None and reminder.cutoff == date(2025, 11, 12)
    assert models.reminder_for(plan, november, date(2025, 11, 12)) is not None
    assert models.reminder_for(plan, november, date(2025, 11, 13)) is None  # overdue instead
    submitted = (
        IkbChoice(
            "n1", date(2025, 11, 1), IkbChoiceKind.PAYOUT, amount=H("100.00"), submitted=True
        ),
    )
    assert models.reminder_for(plan, submitted, date(2025, 11, 10)) is None


def test_tile_shows_what_is_available_and_the_reminder(
    start_app, make_session, qtbot, tmp_path: Path
) -> None:
    from rijkapp.services import profile as profile_service

    session = make_session(tmp_path / "data")
    profile_service.save_profile(session.store, Profile(name="Iris Bakker"), TODAY)
    profile_service.save_employment(session.store, EMPLOYMENT)
    session.store.save(IkbChoice("n1", date(2026, 11, 1), IkbChoiceKind.PAYOUT, amount=H("200.00")))
    session.store.set_setting("ikb_cutoff_day", "28")
    session.close()
    app = start_app(tmp_path / "data")
    wait_idle(qtbot, app)
    found = []
    app.context.query(lambda store: (load_ikb_tile(store, TODAY), store.dossier()), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    data, dossier = found[0]
    expected = balances(dossier, TODAY)["ikb"]
    tile = IkbTile("ikbTile")
    qtbot.addWidget(tile)
    tile.show_data(data)
    assert tile.value.text() == fmt.money(H(expected["available"]))
    assert fmt.money(H(expected["projected_december_payout"])) in tile.body.text()
    assert "P-Direktportaal" in tile.note.text() and tile.note.isVisibleTo(tile)
    assert tile.details_button.isVisibleTo(tile)  # how this month's budget is made up
    tile.show_data(None)
    assert tile.property("placeholder")


def test_start_up_does_not_load_qtcharts() -> None:
    code = (
        "import sys, ui.app, ui.main_window, ui.pages.ikb, ui.widgets.ikb_tile; "
        "print('PySide6.QtCharts' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "False"

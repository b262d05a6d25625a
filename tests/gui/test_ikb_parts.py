"""The IKB page's parts on their own: the table models, the tile, the lean start-up.

What they show is worked out in ``rijkapp.views.ikb`` (tested in ``tests/unit/views``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rijkapp.cli import balances
from rijkapp.domain.records import Dossier, IkbChoice, IkbChoiceKind, Profile
from rijkapp.rules import default_rulebook
from rijkapp.services import ikb as ikb_service
from rijkapp.views.ikb import IkbTileData, IkbYear
from rijkapp.views.ikb_whatif import Scenario, ScenarioKey
from rijkapp.views.overview import load_overview_page
from tests.helpers import TODAY
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.ikb_year import CHOICES_2025, FULL_TIME_2025
from tests.helpers.sessions import OpenData
from tests.unit.leave_fixtures import H
from ui import formatting as fmt
from ui.models import ikb_choices, ikb_months, ikb_whatif
from ui.models.ikb_text import whole_hours
from ui.widgets.ikb_tile import IkbTile

ROOT = Path(__file__).resolve().parents[2]
EMPLOYMENT = FULL_TIME_2025
CHOICES = CHOICES_2025


def _dossier(choices: tuple[IkbChoice, ...] = CHOICES) -> Dossier:
    return Dossier(
        profile=Profile(
            name="Iris Bakker", birth_date=date(1990, 5, 1), rijk_start_date=date(2015, 1, 1)
        ),
        employment=(EMPLOYMENT,),
        ikb_choices=choices,
    )


def _plan(choices: tuple[IkbChoice, ...] = CHOICES, on: date = date(2025, 7, 15)) -> IkbYear:
    return ikb_service.plan(_dossier(choices), 2025, default_rulebook(), on)


def test_month_model(qtmodeltester: ModelTester) -> None:
    model = ikb_months.IkbMonthModel()
    plan = _plan()
    model.set_plan(plan)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 13
    assert model.data(model.index(2, ikb_months.BOUGHT)) == (
        f"{whole_hours(H(20))} ({fmt.money(H('597.40'))})"
    )
    assert model.data(model.index(3, ikb_months.PAID)).endswith(
        fmt.money(plan.months[3].sold_value) + " sold hours"
    )
    assert model.data(model.index(4, ikb_months.GOALS)) == fmt.money(H("240.00"))
    august = model.data(model.index(7, ikb_months.MONTH), ikb_months.MONTH_ROLE)
    assert august == date(2025, 8, 1)
    assert model.data(model.index(7, ikb_months.ACCRUED), Qt.ItemDataRole.FontRole).italic()
    assert model.is_total(12)
    model.set_plan(None)
    assert model.rowCount() == 0


def test_choice_model(qtmodeltester: ModelTester) -> None:
    plan = _plan(on=date(2025, 12, 20))
    model = ikb_choices.IkbChoiceModel()
    cutoffs = {row.month: row.cutoff for row in plan.months}
    model.set_choices(CHOICES, plan, cutoffs, {"vakbondscontributie": "Vakbondscontributie"})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert model.data(model.index(0, ikb_choices.C_COST)) == fmt.money(H("597.40"))
    assert model.data(model.index(1, ikb_choices.C_COST)).startswith("+ ")
    assert "Vakbondscontributie" in model.data(model.index(2, ikb_choices.C_WHAT))
    assert model.data(model.index(0, ikb_choices.C_STATUS)) == "Submitted"
    status = model.data(model.index(3, ikb_choices.C_STATUS))
    assert status == "Not submitted, last day passed"
    assert model.data(model.index(3, ikb_choices.C_CUTOFF)) == fmt.day(date(2025, 6, 12))
    last = model.choice(3)
    assert last is not None and last.id == "p1"


def test_whatif_model(qtmodeltester: ModelTester) -> None:
    model = ikb_whatif.WhatIfModel()
    model.set_columns(
        [
            ikb_whatif.ScenarioColumn(Scenario(ScenarioKey.PLANNED, _plan()), "As planned"),
            ikb_whatif.ScenarioColumn(Scenario(ScenarioKey.NOTHING, _plan(())), "All in December"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == ikb_whatif.WHATIF_ROWS and model.columnCount() == 2
    assert model.data(model.index(ikb_whatif.W_PAYOUT, 1)) == fmt.money(H("7920.00"))
    assert model.data(model.index(ikb_whatif.W_RULES, 1)) == "All fine"
    assert model.column_of("nothing") == 1


def test_tile_shows_what_is_available_and_the_reminder(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
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
    found: list[tuple[IkbTileData, Dossier]] = []
    app.context.query(
        lambda store: (load_overview_page(store, TODAY).ikb, store.dossier()), found.append
    )
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
        "import sys, ui.app, ui.main_window, ui.pages.ikb, ui.widgets.ikb_tile, rijkapp.views.ikb; "
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

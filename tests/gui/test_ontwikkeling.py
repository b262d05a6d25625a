"""Ontwikkeling: the example's development budgets, the studiefaciliteiten of its activities,
Blik vooruit and Loopbaanadvies, each figure with its own explanation; adding a budget; and the
learning tile on the Overzicht.

The example on 28 November 2026 (TODAY), by hand:

* Opleidingsbudget directie (2026–2027): € 1.500 and 40 hours; spent on "Schrijven voor de
  bewindspersoon" (done) € 640 and 16 hours, committed to "Agile werken in beleidsteams"
  (planned) € 780 and 21 hours; left € 1.500 − 640 − 780 = € 80 and 40 − 16 − 21 = 3 hours.
* Teambudget leren (2026): 24 hours, 12 committed to the intervisie: 12 hours lapse on
  1 January 2027, 34 days away, so within the 90-day warning.
* Blik vooruit was used for "Data-analyse voor beleid", started 15 September 2025: once in five
  years, so open again from 15 September 2030.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton

from tests.helpers.gui import wait_idle
from ui.pages.ontwikkeling import OntwikkelingPage
from ui.widgets.learning_budgets import BudgetCard


def _plain(text: str) -> str:
    return text.replace("\N{NO-BREAK SPACE}", " ")


def _page(start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path, key: str) -> Any:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    app.window.show_page(key)
    wait_idle(qtbot, app)
    return app


def _card(page: OntwikkelingPage, budget_id: str) -> BudgetCard:
    return next(c for c in page.budgets.cards if c.use.budget.id == budget_id)


def test_the_budgets_show_spent_committed_left_and_what_lapses(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "ontwikkeling")
    page = app.window.pages["ontwikkeling"]
    assert [c.title.text() for c in page.budgets.cards] == [
        "Teambudget leren",
        "Opleidingsbudget directie",
    ]
    money = [_plain(label.text()) for label in _card(page, "d1").cells[1]]
    assert money == ["Geld", "€ 1.500,00", "€ 640,00", "€ 780,00", "€ 80,00"]
    hours = [_plain(label.text()) for label in _card(page, "d1").cells[2]]
    assert hours == ["Uren", "40 uur", "16 uur", "21 uur", "3 uur"]
    team = _card(page, "d2")
    assert team.warning.isVisibleTo(team)
    assert "1 januari 2027" in team.warning.text()


def test_the_regelingen_say_from_when_they_are_open_and_what_is_assumed(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "ontwikkeling")
    page = app.window.pages["ontwikkeling"]
    blik, advice = page.cards.values()
    assert blik.value.text() == "Open vanaf 15 september 2030"
    assert "Data-analyse voor beleid" in blik.body.text()
    assert advice.value.text() == "Open voor jou"
    assert advice.note.text().startswith("Dit is een aanname:")
    assert "Dit is een aanname:" in page.assumptions.text()
    blik.button.click()
    dialog = page.explain_dialog
    assert dialog is not None and dialog.heading.text() == "A+O Blik vooruit"
    dialog.reject()


def test_every_explanation_has_a_name_of_its_own(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "ontwikkeling")
    page = app.window.pages["ontwikkeling"]
    names = [
        b.accessibleName()
        for b in page.findChildren(QAbstractButton)
        if b.isVisibleTo(page) and b.text() == "Hoe is dit berekend?"
    ]
    assert len(names) >= 6  # two budgets, the activity, two regelingen, IKB, career
    assert len(set(names)) == len(names)


def test_the_studiefaciliteiten_of_the_chosen_activity(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "ontwikkeling")
    facilities = app.window.pages["ontwikkeling"].facilities
    model = facilities.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(titles) == 7
    facilities.table.selectRow(titles.index("Agile werken in beleidsteams"))
    # another reason: at most 50% of € 780 = € 390, at most 25% of 21 hours = 5,25 hours
    assert _plain(facilities.panel.employer.text()) == "Je werkgever betaalt ten hoogste € 390,00."
    assert _plain(facilities.panel.leave.text()) == (
        "Studieverlof: ten hoogste 5,25 uur van de les- en examenuren."
    )
    facilities.table.selectRow(titles.index("Intervisie beleidsadviseurs"))
    assert facilities.panel.employer.text() == "Geen studiefaciliteiten: er is geen reden gekozen."


def test_a_budget_added_in_the_dialog_gets_a_card_and_undo_takes_it_away(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "ontwikkeling")
    page = app.window.pages["ontwikkeling"]
    dialog = page.budgets.add_budget()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Eigen leerbudget")
    assert not dialog.ok_button.isEnabled()  # neither money nor hours yet
    qtbot.keyClicks(dialog.amount_edit, "500")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    wait_idle(qtbot, app)
    assert "Eigen leerbudget" in [c.title.text() for c in page.budgets.cards]
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    assert "Eigen leerbudget" not in [c.title.text() for c in page.budgets.cards]


def test_the_overview_tile_shows_the_hours_and_the_certificate_to_renew(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app = _page(start_app, make_session, qtbot, tmp_path, "overview")
    tile = app.window.pages["overview"].learning_tile
    # 2026: Schrijven 16 + Intervisie 12 + BHV 8 = 36 lesson and exam hours
    assert _plain(tile.value.text()) == "36 uur"
    assert "BHV-herhaling" in tile.body.text()
    # the BHV certificate's last valid day is 45 days away: the 60-day reminder is on
    assert tile.note.text().startswith("Het certificaat van BHV-herhaling is geldig tot en met")

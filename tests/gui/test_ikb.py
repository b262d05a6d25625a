"""The IKB page through the whole app and a real (encrypted) store.

The known employee: 36 hours, € 4.000 full time from 1 January 2025. IKB 16,50% = € 660,00 a
month, € 7.920,00 in 2025; an IKB hour costs € 29,87 (maandinkomen € 4.660 / 156).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rijkapp.cli import balances
from rijkapp.domain.records import Employment, IkbChoice, IkbChoiceKind, Profile
from rijkapp.services import profile as profile_service
from rijkapp.views.ikb import IkbPageData
from tests.helpers import TODAY
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.sessions import OpenData
from tests.unit.leave_fixtures import H
from ui import formatting as fmt
from ui.models.ikb_months import ACCRUED, BOUGHT, MONTH, PAID
from ui.models.ikb_whatif import W_BOUGHT, W_PAID_DURING, W_PAYOUT, W_RULES
from ui.pages.ikb import IkbPage

if TYPE_CHECKING:
    from rijkapp.services.changes import Store
    from ui.app import Rijkapp

Answer = TypeVar("Answer")

JANUARY, MARCH = date(2025, 1, 1), date(2025, 3, 1)


def _known_employee(
    make_session: OpenData,
    data_dir: Path,
    choices: tuple[IkbChoice, ...] = (),
    settings: dict[str, str] | None = None,
) -> None:
    session = make_session(data_dir)
    store = session.store
    profile_service.save_profile(
        store,
        Profile(name="Iris Bakker", birth_date=date(1990, 5, 1), rijk_start_date=date(2015, 1, 1)),
        TODAY,
    )
    profile_service.save_employment(
        store, Employment("e1", date(2025, 1, 1), H("36"), 10, 5, H("4000.00"), H("0.00"))
    )
    for choice in choices:
        store.save(choice)
    for key, value in (settings or {}).items():
        store.set_setting(key, value)
    session.close()


def _open_ikb(
    start_app: StartApp, qtbot: QtBot, data_dir: Path, year: int | None = None
) -> tuple[Rijkapp, IkbPage]:
    app = start_app(data_dir)
    wait_idle(qtbot, app)
    page = app.window.pages["ikb"]
    assert isinstance(page, IkbPage)
    assert page.chart is None  # QtCharts waits until the page is first shown
    app.window.show_page("ikb")
    wait_idle(qtbot, app)
    assert page.data is not None
    if year is not None and year != page.data.year:
        page.year_combo.setCurrentIndex(page.year_combo.findData(year))
        wait_idle(qtbot, app)
        assert page.data.year == year
    return app, page


def _read(qtbot: QtBot, app: Rijkapp, read: Callable[[Store], Answer]) -> Answer:
    """Ask the store something on the data thread, as the pages do."""
    found: list[Answer] = []
    app.context.query(read, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


def _shown(page: IkbPage) -> IkbPageData:
    """What the page shows; the test fails when its data has not come."""
    assert page.data is not None
    return page.data


def _close_dialogs(page: IkbPage) -> None:
    for dialog in (page.choices.dialog, page.explain_dialog, page.whatif.choice_dialog):
        if dialog is not None:
            try:
                if dialog.isVisible():
                    dialog.reject()
            except RuntimeError:  # already deleted after closing
                pass


def test_year_shows_660_a_month_and_7920_for_the_year(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    model = page.month_model
    assert model.rowCount() == 13  # twelve months and the total
    for row in range(12):
        assert model.data(model.index(row, ACCRUED)) == fmt.money(H("660.00"))
        assert "660,00" in model.data(model.index(row, ACCRUED))
    assert model.data(model.index(12, ACCRUED)) == fmt.money(H("7920.00"))
    assert "7.920,00" in model.data(model.index(12, ACCRUED))
    # December's remainder is the whole year: nothing was chosen.
    assert model.data(model.index(11, PAID)) == fmt.money(H("7920.00"))
    assert page.figures.figures["payout"].value.text() == fmt.money(H("7920.00"))
    assert page.figures.figures["bought"].value.text().startswith("0 ")
    # 2025 is over on TODAY: nothing is a forecast.
    assert model.data(model.index(11, ACCRUED), Qt.ItemDataRole.FontRole) is None
    # The unconfirmed rules of the year are listed with their source.
    assert page.assumptions.isVisible()
    assert "Samenvatting akkoord CAO Rijk 2024–2025" in page.assumptions.list.text()


def test_future_months_are_a_forecast(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data")
    assert _shown(page).year == TODAY.year  # this year by default
    model = page.month_model
    november, december = model.index(10, MONTH), model.index(11, MONTH)
    assert model.data(november, Qt.ItemDataRole.FontRole) is None
    assert model.data(december, Qt.ItemDataRole.FontRole).italic()
    assert page.legend.isVisible() and page.legend.text()


def test_buying_40_hours_in_january_is_refused_live(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    qtbot.mouseClick(page.choices.add_button, Qt.MouseButton.LeftButton)
    dialog = page.choices.dialog
    assert dialog is not None
    assert dialog is not None and dialog.isVisible()
    try:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("buy_hours"))
        dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(JANUARY.month))
        dialog.hours_edit.setText("40")
        error = dialog.errors.labels["hours"]
        assert error.isVisible()
        assert "opgebouwd" in error.text()
        assert fmt.money(H("660.00")) in error.text()  # January: 660 < 40 × 29,87
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)  # Enter does not save it either
        assert dialog.isVisible()
        assert dialog.hours_edit.accessibleDescription() == error.text()

        dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(MARCH.month))
        dialog.hours_edit.setText("20")
        assert not error.isVisible()
        assert dialog.ok_button.isEnabled(), dialog.errors.messages
        info = dialog.info.text()
        assert "597,40" in info and fmt.money(H("597.40")) in info
        assert fmt.money(H("29.87")) in info  # the price of an hour, with how it is made up
        assert "156" in info
        assert "187" in info  # the maximum for the year
        assert fmt.money(H("1980.00")) in info  # accrued by the end of March
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)  # Enter saves
        assert not dialog.isVisible()
    finally:
        _close_dialogs(page)
    wait_idle(qtbot, app)
    saved = _read(qtbot, app, lambda store: store.dossier().ikb_choices)
    assert len(saved) == 1
    assert (saved[0].month, saved[0].kind, saved[0].hours) == (
        MARCH,
        IkbChoiceKind.BUY_HOURS,
        H("20.00"),
    )
    assert page.choices.model.rowCount() == 1
    assert page.month_model.data(page.month_model.index(2, BOUGHT)).endswith(
        f"({fmt.money(H('597.40'))})"
    )


def test_escape_cancels_and_saves_nothing(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    page.choices.add_choice()
    dialog = page.choices.dialog
    assert dialog is not None
    try:
        dialog.amount_edit.setText("100,00")
        assert dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        _close_dialogs(page)
    wait_idle(qtbot, app)
    assert _read(qtbot, app, lambda store: store.dossier().ikb_choices) == ()


def test_fiscal_goal_shows_its_limit_and_a_choice_may_not_starve_a_later_one(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    september = IkbChoice("s1", date(2025, 9, 1), IkbChoiceKind.PAYOUT, amount=H("5500.00"))
    _known_employee(make_session, tmp_path / "data", (september,))
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    page.choices.add_choice()
    dialog = page.choices.dialog
    assert dialog is not None
    try:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("fiscal_goal"))
        dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(MARCH.month))
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData("studieschuld"))
        assert fmt.money(H("2000.00")) in dialog.info.text()  # the yearly limit
        dialog.amount_edit.setText("2.500,00")
        assert not dialog.ok_button.isEnabled()
        assert fmt.money(H("2000.00")) in dialog.errors.labels["amount"].text()
        # Within its own limit, but then September's pay-out no longer fits: refused too.
        dialog.amount_edit.setText("1.000,00")
        assert not dialog.ok_button.isEnabled()
        # the service reports it on this choice's amount, since this choice is what changed
        assert "september" in dialog.errors.labels["amount"].text()
        dialog.amount_edit.setText("100,00")
        assert dialog.ok_button.isEnabled(), dialog.errors.messages
        dialog.amount_edit.setText("abc")
        assert not dialog.ok_button.isEnabled()
        assert dialog.errors.labels["amount"].isVisible()
    finally:
        _close_dialogs(page)


def test_chart_has_twelve_points_per_series(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    chart = page.chart
    assert chart is not None and chart.isVisible()
    assert chart.point_counts() == (12, 12, 12)
    assert chart.accrued.at(11).y() == pytest.approx(7920.0)
    assert chart.paid_set.at(11) == pytest.approx(7920.0)
    labels = chart.y_axis.categoriesLabels()
    assert fmt.money(H(0)).removesuffix(",00") in labels
    assert all(",00" not in label for label in labels)  # whole euros on the axis
    assert chart.x_axis.count() == 12
    assert chart.accessibleName() and "7.920,00" in chart.accessibleDescription()


def test_whatif_compares_without_saving_anything(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    planned = IkbChoice("k1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("1000.00"))
    _known_employee(make_session, tmp_path / "data", (planned,))
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    before = _read(qtbot, app, lambda store: (store.dossier(), store.audit()))
    panel = page.whatif
    model = panel.model

    def cell(key: str, row: int) -> str:
        column = model.column_of(key)
        assert column is not None, f"no scenario {key!r}"
        return str(model.data(model.index(row, column)))

    assert cell("nothing", W_PAYOUT) == fmt.money(H("7920.00"))
    assert cell("planned", W_PAYOUT) == fmt.money(H("6920.00"))
    assert cell("planned", W_PAID_DURING) == fmt.money(H("1000.00"))
    # 40 hours cost 40 × 29,87 = 1.194,80: not in January (660), so February (1.320).
    assert panel.buy_month == date(2025, 2, 1)
    assert cell("buy40", W_BOUGHT).startswith("40 ")
    assert cell("buy40", W_PAYOUT) == fmt.money(H("7920.00") - H("1194.80"))
    assert cell("union", W_PAYOUT) == fmt.money(H("7920.00") - H("240.00"))
    assert page.data is not None
    assert panel.result is page.data.whatif  # worked out with the page's data, not again
    panel.union_edit.setText("300,00")
    wait_idle(qtbot, app)  # the comparison is worked out again on the data thread
    assert cell("union", W_PAYOUT) == fmt.money(H("7920.00") - H("300.00"))

    # The own scenario: add a purchase that breaks a rule (only in memory) and see it said.
    panel.add_choice()
    dialog = panel.choice_dialog
    assert dialog is not None
    try:
        assert dialog.what_if
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("payout"))
        dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(MARCH.month))
        dialog.amount_edit.setText("500,00")
        dialog.accept()
    finally:
        _close_dialogs(page)
    assert len(panel.custom) == 2
    wait_idle(qtbot, app)
    assert cell("custom", W_PAID_DURING) == fmt.money(H("1500.00"))
    panel.custom.append(IkbChoice("x", JANUARY, IkbChoiceKind.BUY_HOURS, hours=H("40")))
    panel.recompute()
    wait_idle(qtbot, app)
    assert cell("custom", W_RULES) != cell("nothing", W_RULES)
    assert "opgebouwd" in panel.problems.text()
    assert panel.problems.isVisible()
    panel.custom_list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert cell("custom", W_PAYOUT) == fmt.money(H("7920.00"))
    qtbot.mouseClick(panel.from_plan_button, Qt.MouseButton.LeftButton)
    assert panel.custom == [planned]

    wait_idle(qtbot, app)
    after = _read(qtbot, app, lambda store: (store.dossier(), store.audit()))
    assert after == before  # nothing was written


def test_reminder_until_marked_submitted_and_overdue_choices(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    november = IkbChoice("n1", date(2026, 11, 1), IkbChoiceKind.PAYOUT, amount=H("200.00"))
    june = IkbChoice("j1", date(2026, 6, 1), IkbChoiceKind.PAYOUT, amount=H("100.00"))
    _known_employee(make_session, tmp_path / "data", (november, june))
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data")
    # With the default day (the 12th) November's last day has passed: both are overdue.
    assert page.banner.isVisible()
    assert not page.banner.reminder_label.isVisible()
    assert fmt.month(june.month) in page.banner.overdue_label.text()
    assert fmt.month(november.month) in page.banner.overdue_label.text()
    assert page.cutoff.spin.value() == 12

    # P-Direkt says the 30th... at most 28 here; TODAY is 28 November: the last day itself.
    page.cutoff.spin.setValue(28)
    page.cutoff.save()
    wait_idle(qtbot, app)
    assert _read(qtbot, app, lambda store: store.settings().get("ikb_cutoff_day")) == "28"
    assert page.banner.reminder_label.isVisible()
    text = page.banner.reminder_label.text()
    assert "P-Direktportaal" in text and fmt.day(date(2026, 11, 28), fmt="d MMMM") in text
    assert fmt.month(november.month) not in page.banner.overdue_label.text()
    assert fmt.month(june.month) in page.banner.overdue_label.text()

    qtbot.mouseClick(page.banner.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert not page.banner.reminder_label.isVisible()
    assert page.banner.isVisible()  # June is still overdue

    june_row = page.choices.model.row_of("j1")
    assert june_row is not None
    page.choices.table.selectRow(june_row)
    assert page.choices.submitted_button.isEnabled()
    qtbot.mouseClick(page.choices.submitted_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert not page.banner.isVisible()
    assert _read(qtbot, app, lambda store: all(c.submitted for c in store.dossier().ikb_choices))

    app.context.undo_stack.undo()  # Ctrl+Z: June is not marked any more
    wait_idle(qtbot, app)
    assert page.banner.isVisible()


def test_page_agrees_with_balances_json(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    choices = (
        IkbChoice("b1", date(2026, 3, 1), IkbChoiceKind.BUY_HOURS, hours=H("20"), submitted=True),
        IkbChoice("p1", date(2026, 6, 1), IkbChoiceKind.PAYOUT, amount=H("750.00"), submitted=True),
        IkbChoice(
            "g1",
            date(2026, 12, 1),
            IkbChoiceKind.FISCAL_GOAL,
            amount=H("240.00"),
            goal="vakbondscontributie",
        ),
    )
    _known_employee(make_session, tmp_path / "data", choices)
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data")
    dossier = _read(qtbot, app, lambda store: store.dossier())
    expected = balances(dossier, TODAY)["ikb"]
    summary = _shown(page).summary
    assert summary is not None
    assert expected["year"] == summary.year == TODAY.year
    figures = page.figures.figures
    for key, figure, value in (
        ("accrued_to_date", "accrued", summary.accrued_to_date),
        ("spent_to_date", "spent", summary.spent_to_date),
        ("available", "available", summary.available),
        ("projected_december_payout", "payout", summary.payout),
    ):
        assert value == H(expected[key]), key
        assert figures[figure].value.text() == fmt.money(H(expected[key])), key
    assert summary.accrued_total == H(expected["projected_year_total"])
    assert summary.hours_bought == H(expected["hours_bought"])
    assert summary.hours_buy_max == H(expected["hours_buy_max"])
    assert figures["bought"].value.text().startswith(f"{expected['hours_bought']} ")
    total = page.month_model.index(page.month_model.rowCount() - 1, ACCRUED)
    assert page.month_model.data(total) == fmt.money(H(expected["projected_year_total"]))


def test_explanations_for_the_year_and_a_month(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    _known_employee(make_session, tmp_path / "data")
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    plan = _shown(page).plan
    assert plan is not None
    try:
        qtbot.mouseClick(page.explain_year_button, Qt.MouseButton.LeftButton)
        dialog = page.explain_dialog
        assert dialog is not None
        assert dialog.isVisible() and len(dialog.lines) == len(plan.lines)
        assert dialog.lines[0].amount is None  # the buy maximum is in hours, not euros
        assert "187" in dialog.lines[0].render("nl")
        dialog.reject()
        assert not page.explain_month_button.isEnabled()
        page.month_table.selectRow(2)
        assert page.explain_month_button.isEnabled()
        qtbot.mouseClick(page.explain_month_button, Qt.MouseButton.LeftButton)
        dialog = page.explain_dialog
        assert dialog is not None
        assert dialog.isVisible()
        assert dialog.lines
        assert all(line.on is not None and line.on.month == 3 for line in dialog.lines)
        assert any(
            line.rule is not None and line.rule.key == "ikb_percentage" for line in dialog.lines
        )
        assert fmt.month(MARCH) in dialog.heading.text()
        dialog.reject()
    finally:
        _close_dialogs(page)


def test_edit_and_delete_a_choice_with_undo(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    choice = IkbChoice("k1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("1000.00"))
    _known_employee(make_session, tmp_path / "data", (choice,))
    app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    assert not page.choices.edit_button.isEnabled()
    page.choices.table.selectRow(0)
    qtbot.mouseClick(page.choices.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.choices.dialog
    assert dialog is not None
    try:
        assert dialog.amount_edit.text() == fmt.number(H("1000.00"), 2)
        dialog.amount_edit.setText("1.250,00")
        dialog.accept()
    finally:
        _close_dialogs(page)
    wait_idle(qtbot, app)
    stored = _read(qtbot, app, lambda store: store.dossier().ikb_choices)
    assert stored[0].amount == H("1250.00")
    page.choices.table.selectRow(0)
    qtbot.mouseClick(page.choices.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert _read(qtbot, app, lambda store: store.dossier().ikb_choices) == ()
    assert page.choices.empty.isVisible()
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    assert _read(qtbot, app, lambda store: store.dossier().ikb_choices)[0].amount == H("1250.00")


def test_without_employment_the_page_says_what_to_do(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "data")
    profile_service.save_profile(session.store, Profile(name="Nog Leeg"), TODAY)
    session.close()
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data")
    assert page.empty.isVisible() and page.empty.text()
    assert not page.month_table.isVisible()
    assert not page.choices.add_button.isVisible()


def test_example_profile_in_english(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data", language="en")
    app.window.show_page("ikb")
    wait_idle(qtbot, app)
    page = app.window.pages["ikb"]
    assert isinstance(page, IkbPage)
    assert _shown(page).plan is not None
    assert page.choices.model.rowCount() == 3
    assert page.banner.isVisible()  # the June pay-out is not marked submitted
    assert page.frame.title.text() == "IKB"
    QApplication.processEvents()


def test_every_control_on_the_page_has_a_name(
    start_app: StartApp, make_session: OpenData, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    choice = IkbChoice("k1", date(2025, 6, 1), IkbChoiceKind.PAYOUT, amount=H("1000.00"))
    _known_employee(make_session, tmp_path / "data", (choice,))
    _app, page = _open_ikb(start_app, qtbot, tmp_path / "data", year=2025)
    controls = (
        page.findChildren(QLineEdit)
        + page.findChildren(QAbstractButton)
        + page.findChildren(QComboBox)
        + page.findChildren(QAbstractSpinBox)
    )
    for widget in controls:
        parent = widget.parent()
        if parent is not None and parent.inherits("QAbstractSpinBox"):
            continue
        if widget.objectName().startswith("qt_") or widget.inherits("QTableCornerButton"):
            continue
        assert widget.objectName(), widget
        text = widget.text() if isinstance(widget, (QLineEdit, QAbstractButton)) else ""
        assert widget.accessibleName() or text, widget.objectName()
    for table in (page.month_table, page.choices.table, page.whatif.table):
        assert table.accessibleName(), table.objectName()
    assert page.chart is not None and page.chart.accessibleName()

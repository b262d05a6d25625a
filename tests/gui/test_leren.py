"""Leren: the example's learning log in a table, search and filters, adding and opening by
keyboard, the live shares in the activity dialog, and a certificate added from a file, opened
through a temporary copy that is gone once the data is closed.

The example on 28 November 2026 (TODAY) has seven activities; "Agile werken in beleidsteams"
(planned February 2027, € 780, 21 lesson hours, another reason) is the newest.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rijkapp.domain.records import Funding, LearningKind, StudyReason
from rijkapp.services.example_learning import certificate_pdf
from tests.helpers.gui import wait_idle
from ui.dialogs.learning_activity import LearningActivityDialog


def _leren(start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Any]:
    make_session(tmp_path / "data", example=True).close()
    app = start_app(tmp_path / "data")
    app.window.show_page("leren")
    wait_idle(qtbot, app)
    page = app.window.pages["leren"]
    assert page.data is not None
    return app, page


def _plain(text: str) -> str:
    """Text as read: the no-break spaces of amounts and hours as plain spaces."""
    return text.replace("\N{NO-BREAK SPACE}", " ")


def _titles(page: Any) -> list[str]:
    proxy = page.log.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_log_shows_the_examples_activities_newest_first(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    titles = _titles(page)
    assert len(titles) == 7
    assert titles[0] == "Agile werken in beleidsteams"
    assert titles[-1] == "Projectmatig werken"
    proxy = page.log.proxy
    assert [_plain(proxy.index(0, c).data()) for c in (1, 4, 5, 6)] == [
        "Training",
        "21 uur",
        "€ 780,00",
        "Gepland",
    ]
    assert page.log.count_label.text() == "Activiteiten in je overzicht: 7"
    # the certificates with their status: expired first, the BHV one in its last 90 days
    model = page.certificates.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Verlopen",
        "Verloopt binnenkort",
        "Geldig",
    ]
    assert "BHV-herhaling" in page.certificates.reminders.text()
    assert page.chart is not None and page.chart.point_counts() == (4, 4, 4)  # 2024 to 2027


def test_search_and_the_kind_filter_narrow_the_rows(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    log = page.log
    log.search_edit.setText("rijksacademie")
    log.apply_filter()
    assert _titles(page) == ["Agile werken in beleidsteams", "Projectmatig werken"]
    kinds = log.combos["kind"]
    kinds.setCurrentIndex(kinds.findData(LearningKind.CURSUS.value))
    assert _titles(page) == ["Projectmatig werken"]
    assert log.count_label.text() == "Getoond: 1 van de 7 activiteiten"
    log.search_edit.clear()
    log.apply_filter()
    assert _titles(page) == ["Data-analyse voor beleid", "Projectmatig werken"]


def test_typing_filters_at_once_and_keeps_the_chosen_activity_selected(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    log = page.log
    log.table.selectRow(_titles(page).index("Projectmatig werken"))
    for typed in ("r", "ri", "rijks"):  # no pause: every keystroke shows its rows
        log.search_edit.setText(typed)
        assert log.selected_activity() is not None
        assert log.selected_activity().title == "Projectmatig werken"
    assert _titles(page) == ["Agile werken in beleidsteams", "Projectmatig werken"]
    assert log.count_label.text() == "Getoond: 2 van de 7 activiteiten"
    log.search_edit.setText("rijksx")  # the chosen one is gone: nothing left to select
    assert _titles(page) == [] and log.selected_activity() is None
    assert not log.open_button.isEnabled()
    log.search_edit.setText("rijks")  # a letter taken back: the rows come back
    assert _titles(page) == ["Agile werken in beleidsteams", "Projectmatig werken"]


def test_sorting_by_cost_puts_the_dearest_first(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    page.log.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert _titles(page)[:2] == ["Data-analyse voor beleid", "Projectmatig werken"]


def test_insert_adds_and_enter_opens_by_keyboard(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _leren(start_app, make_session, qtbot, tmp_path)
    table = page.log.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    dialog = page.log.dialog
    assert isinstance(dialog, LearningActivityDialog) and dialog.isVisible()
    assert dialog.original is None
    assert not dialog.ok_button.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, "Feedback geven")
    dialog.hours_edit.setText("6")
    dialog.accept()
    wait_idle(qtbot, app)
    assert "Feedback geven" in _titles(page)
    assert page.log.selected_activity() is not None
    assert page.log.selected_activity().title == "Feedback geven"
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    opened = page.log.dialog
    assert opened is not None and opened.isVisible() and opened.original is not None
    assert opened.title_edit.text() == _titles(page)[0]
    opened.reject()


def test_delete_asks_first_and_undo_brings_it_back(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    app, page = _leren(start_app, make_session, qtbot, tmp_path)
    table = page.log.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = page.log.confirm_box
    assert box is not None and "Agile werken in beleidsteams" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, app)
    assert "Agile werken in beleidsteams" not in _titles(page)
    app.context.undo_stack.undo()
    wait_idle(qtbot, app)
    assert "Agile werken in beleidsteams" in _titles(page)


def test_the_dialog_shows_the_shares_as_the_reason_and_cost_are_typed(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    dialog = page.log.add_activity()
    assert dialog is not None
    shares = dialog.shares
    dialog.title_edit.setText("Leergang Strategisch adviseren")
    dialog.hours_edit.setText("12")
    qtbot.keyClicks(dialog.cost_edit, "640")
    assert _plain(shares.employer.text()) == "Geen studiefaciliteiten: er is geen reden gekozen."
    assert _plain(shares.own.text()) == "Je betaalt zelf € 640,00."
    reasons = dialog.reason_combo
    reasons.setCurrentIndex(reasons.findData(StudyReason.ANDERE_REDEN.value))
    # another reason: at most 50% of € 640,00 and at most 25% of 12 lesson hours
    assert _plain(shares.employer.text()) == "Je werkgever betaalt ten hoogste € 320,00."
    assert _plain(shares.own.text()) == "Je betaalt minstens € 320,00."
    assert (
        _plain(shares.leave.text()) == "Studieverlof: ten hoogste 3 uur van de les- en examenuren."
    )
    assert shares.explain_button.isVisible()
    qtbot.keyClick(dialog.cost_edit, Qt.Key.Key_Backspace)  # € 64
    assert _plain(shares.employer.text()) == "Je werkgever betaalt ten hoogste € 32,00."
    reasons.setCurrentIndex(reasons.findData(StudyReason.VERZOEK_LEIDINGGEVENDE.value))
    assert _plain(shares.employer.text()) == "Je werkgever betaalt € 64,00."
    assert _plain(shares.own.text()) == "Je betaalt € 0,00."
    assert dialog.funding_boxes[Funding.STUDIEFACILITEITEN].isChecked()  # ticked with a reason
    dialog.explain()
    assert dialog.explain_dialog is not None and dialog.explain_dialog.lines
    dialog.explain_dialog.reject()
    dialog.cost_edit.setText("veel")
    assert not dialog.ok_button.isEnabled()
    assert _plain(dialog.errors.labels["cost"].text()) == (
        "Kosten (€): vul een getal in, bijvoorbeeld 12,50."
    )
    dialog.accept()  # refused: the tab with the wrong field comes to the front
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    dialog.reject()


def test_a_certificate_added_from_a_file_opens_through_a_temporary_copy(
    start_app: Any,
    make_session: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, page = _leren(start_app, make_session, qtbot, tmp_path)
    scan = tmp_path / "diploma.pdf"
    payload = certificate_pdf("Feedback geven")
    scan.write_bytes(payload)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(scan), ""))
    )
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    page.log.table.selectRow(0)
    dialog = page.log.open_selected()
    assert dialog is not None
    dialog.tabs.setCurrentIndex(3)
    dialog.certificates.add_button.click()
    assert [c.filename for c in dialog.certificates.certificates()] == ["diploma.pdf"]
    assert dialog.tabs.tabText(3) == "Certificaten (1)"
    dialog.accept()
    wait_idle(qtbot, app)
    certificates = page.certificates
    row = next(
        r
        for r in range(certificates.model.rowCount())
        if certificates.model.index(r, 1).data() == "diploma.pdf"
    )
    certificates.table.selectRow(row)
    certificates.open_button.click()
    wait_idle(qtbot, app)
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "diploma.pdf" and copy.read_bytes() == payload
    assert copy.parent != scan.parent
    app.close()
    assert not copy.exists()


def test_a_file_that_is_too_large_is_refused_beside_the_list(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    dialog = page.log.add_activity()
    assert dialog is not None
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert not dialog.certificates.add_file(empty)
    assert dialog.certificates.error.text() == "Het bestand is leeg."
    assert dialog.certificates.certificates() == ()
    dialog.reject()


def test_hours_per_year_follow_the_log(
    start_app: Any, make_session: Any, qtbot: Any, tmp_path: Path
) -> None:
    _app, page = _leren(start_app, make_session, qtbot, tmp_path)
    totals = {t.year: t.hours for t in page.data.view.totals}
    # 2026: Schrijven 16 + Intervisie 12 + BHV 8 (15 January 2026) = 36 lesson hours
    assert totals[2026] == Decimal(36)
    assert page.chart is not None and page.chart.hours_axis.max() == 40  # the bar fits: 0 to 40
    assert "2026: bedrijfshulpverlening" in page.skills.text()
